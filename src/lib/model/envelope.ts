/**
 * Versioned envelopes and the one way back from stored or imported JSON to domain objects:
 * validate → migrate → fill defaults, returning a `Result`, never throwing, never merging
 * input into state (every object returned is built here, field by field).
 */
import {
	clampTitle,
	jsonDepthFor,
	READ_LIMITS,
	timeOf,
	titleMessage,
	WRITE_LIMITS,
	type DocLimits
} from './limits';
import { copyJson, copyJsonArray, copyJsonObject, contentToDoc, type JsonLimits } from './validate';
import {
	isDocKind,
	type StoredDismissal,
	type DocRecord,
	type JsonValue,
	type Result,
	type Settings,
	type WorkspaceData
} from './types';

// ---------------------------------------------------------------------------------------------
// Storage names and format version. Do not change these without a migration: they are written
// into IndexedDB, workspace files and backups that must stay readable.
// ---------------------------------------------------------------------------------------------

/** Version of the data format written by this build. Raise it by one with each migration. */
export const SCHEMA_VERSION = 1;
/** Envelope `type` of a single document. */
export const DOC_ENVELOPE_TYPE = 'fivefold/doc';
/** Envelope `type` of a whole workspace (backups and workspace files). */
export const WORKSPACE_ENVELOPE_TYPE = 'fivefold/workspace';

// ---------------------------------------------------------------------------------------------

/** A stored or exported value with its format version. */
export interface Envelope<T extends string, D> {
	type: T;
	version: number;
	data: D;
}

/** A single document in its envelope. */
export type DocEnvelope = Envelope<typeof DOC_ENVELOPE_TYPE, DocRecord>;
/** A workspace in its envelope. */
export type WorkspaceEnvelope = Envelope<typeof WORKSPACE_ENVELOPE_TYPE, WorkspaceData>;

/** A JSON object, the unit migrations work on. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * One step of the format, from version `n` to `n + 1`. Each function gets a fresh, validated
 * JSON copy (never live state) and returns the upgraded object.
 */
export interface Migration {
	/** Upgrade one document record. */
	doc?: (record: JsonObject) => JsonObject;
	/** Upgrade the workspace settings. */
	settings?: (settings: JsonObject) => JsonObject;
}

/**
 * The migrations, keyed by the version they upgrade from: `MIGRATIONS[1]` turns version-1 data
 * into version 2. Empty while `SCHEMA_VERSION` is 1; add one entry per version bump.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/** Where to migrate to and with which steps (tests pass their own). */
export interface MigrateOptions {
	migrations?: Readonly<Record<number, Migration>>;
	to?: number;
}

/** How strictly to restore: as the reader (stored data) or as an entrance (imports). */
export interface RestoreOptions extends MigrateOptions {
	/**
	 * `read` (default for `restoreDocRecord`): the reader's `READ_LIMITS`, for what is stored.
	 * `write`: an entrance (workspace or document import, restore from a backup): the writer's
	 * `WRITE_LIMITS`, checked again on the normalised record, and an over-long title is cut.
	 */
	mode?: 'read' | 'write';
}

/**
 * Upgrade `data` (a doc record or settings object) from format `from` to `options.to`
 * (default `SCHEMA_VERSION`), one numbered step at a time.
 */
export function migrate(
	part: 'doc' | 'settings',
	data: JsonObject,
	from: number,
	options: MigrateOptions = {}
): Result<JsonObject> {
	const migrations = options.migrations ?? MIGRATIONS;
	const to = options.to ?? SCHEMA_VERSION;
	let current = data;
	for (let version = from; version < to; version++) {
		if (!Object.hasOwn(migrations, version)) {
			return { ok: false, error: `No migration from format ${version} to ${version + 1}.` };
		}
		const step = migrations[version][part];
		if (!step) continue;
		try {
			current = step(current);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return { ok: false, error: `Upgrading from format ${version} failed: ${message}` };
		}
	}
	return { ok: true, value: current };
}

/** Wrap a document for storage or export. */
export function wrapDoc(doc: DocRecord): DocEnvelope {
	return { type: DOC_ENVELOPE_TYPE, version: SCHEMA_VERSION, data: doc };
}

/** Wrap a workspace for backup or export. */
export function wrapWorkspace(workspace: WorkspaceData): WorkspaceEnvelope {
	return { type: WORKSPACE_ENVELOPE_TYPE, version: SCHEMA_VERSION, data: workspace };
}

// Limits. Generous for real use, small enough that a hostile file cannot exhaust memory.
/** Most documents in one workspace. */
export const MAX_WORKSPACE_DOCS = 5_000;
// Document limits live in limits.ts (WRITE_LIMITS for entrances, READ_LIMITS for the reader).
function recordLimits(limits: DocLimits): JsonLimits {
	return { depth: jsonDepthFor(limits), nodes: limits.jsonValues, chars: limits.jsonChars };
}
function metaLimits(limits: DocLimits): JsonLimits {
	return { depth: 32, nodes: limits.metaValues, chars: limits.metaChars };
}
const SETTINGS_LIMITS: JsonLimits = { depth: 16, nodes: 5_000, chars: 200_000 };
const MAX_ID_CHARS = 128;
const MAX_SOURCES = 1_000;
const MAX_DISMISSALS = 10_000;
const MAX_DISMISSAL_TEXT = 5_000;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkVersion(version: unknown): Result<number> {
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: `Unknown format version ${JSON.stringify(version)}.` };
	}
	if (version > SCHEMA_VERSION) {
		return {
			ok: false,
			error: `This was saved by a newer version of Fivefold (format ${version}; this version reads up to format ${SCHEMA_VERSION}). Update Fivefold to open it.`
		};
	}
	return { ok: true, value: version };
}

function checkEnvelope(
	raw: unknown,
	type: string,
	what: string
): Result<{ version: number; data: unknown }> {
	if (!isObject(raw))
		return { ok: false, error: `Not a Fivefold ${what}: expected a JSON object.` };
	if (raw.type !== type) {
		return {
			ok: false,
			error: `Not a Fivefold ${what}: its type is ${JSON.stringify(raw.type ?? null)}, expected "${type}".`
		};
	}
	const version = checkVersion(raw.version);
	if (!version.ok) return version;
	if (!('data' in raw)) return { ok: false, error: `Not a Fivefold ${what}: it has no data.` };
	return { ok: true, value: { version: version.value, data: raw.data } };
}

function text(value: unknown, max: number): string | null {
	return typeof value === 'string' && value.length <= max ? value : null;
}

function restoreDismissals(value: unknown, label: string): Result<StoredDismissal[]> {
	if (value === undefined) return { ok: true, value: [] };
	if (!Array.isArray(value))
		return { ok: false, error: `${label}: dismissed findings must be a list.` };
	if (value.length > MAX_DISMISSALS) {
		return { ok: false, error: `${label}: more than ${MAX_DISMISSALS} dismissed findings.` };
	}
	const out: StoredDismissal[] = [];
	for (let i = 0; i < value.length; i++) {
		const d = value[i];
		const rule = isObject(d) ? text(d.rule, 200) : null;
		const excerpt = isObject(d) ? text(d.excerpt, MAX_DISMISSAL_TEXT) : null;
		const reason = isObject(d) ? text(d.reason ?? '', MAX_DISMISSAL_TEXT) : null;
		const at = isObject(d) ? timeOf(d.at) : null;
		if (rule === null || excerpt === null || reason === null || at === null) {
			return {
				ok: false,
				error: `${label}: dismissed finding ${i + 1} needs a rule, an excerpt, a reason and a time.`
			};
		}
		out.push({ rule, excerpt, reason, at });
	}
	return { ok: true, value: out };
}

function labelOf(record: Record<string, unknown>, label: string): string {
	return typeof record.title === 'string' && record.title
		? `${label} “${record.title.slice(0, 60)}”`
		: label;
}

/**
 * Validate → migrate → fill defaults for one bare document record (no envelope) written in
 * format `version`. For callers that keep the version elsewhere, such as the storage layer.
 * `label` names the document in error messages.
 */
export function restoreDocRecord(
	raw: unknown,
	version: number = SCHEMA_VERSION,
	label = 'Document',
	options: RestoreOptions = {}
): Result<DocRecord> {
	const write = options.mode === 'write';
	const limits = write ? WRITE_LIMITS : READ_LIMITS;
	if (!isObject(raw)) return { ok: false, error: `${label}: expected an object.` };
	const named = labelOf(raw, label);
	const copied = copyJsonObject(raw, recordLimits(limits), named);
	if (!copied.ok) return copied;
	const migrated = migrate('doc', copied.value, version, options);
	if (!migrated.ok) return { ok: false, error: `${named}: ${migrated.error}` };
	const r = migrated.value;

	const id = text(r.id, MAX_ID_CHARS);
	if (!id || !/^[\w-]+$/.test(id)) return { ok: false, error: `${named}: missing or invalid id.` };
	if (!isDocKind(r.kind)) {
		return {
			ok: false,
			error: `${named}: unknown kind ${JSON.stringify(r.kind ?? null)} (expected design, strategy or vision).`
		};
	}
	// An entrance cuts an over-long title rather than refuse the whole document for it.
	const rawTitle = write && typeof r.title === 'string' ? clampTitle(r.title) : r.title;
	const title = rawTitle === undefined ? '' : text(rawTitle, limits.titleChars);
	if (title === null)
		return {
			ok: false,
			error: `${named}: the title must be text of at most ${limits.titleChars.toLocaleString('en')} characters.`
		};

	const content =
		r.content === undefined ? { type: 'doc', content: [{ type: 'paragraph' }] } : r.content;
	const doc = contentToDoc(content, named, limits);
	if (!doc.ok) return doc;

	const created = r.createdAt === undefined ? null : timeOf(r.createdAt);
	const updated = r.updatedAt === undefined ? null : timeOf(r.updatedAt);
	if (
		(r.createdAt !== undefined && created === null) ||
		(r.updatedAt !== undefined && updated === null)
	) {
		return { ok: false, error: `${named}: createdAt and updatedAt must be times.` };
	}
	const now = Date.now();
	const revision = r.revision === undefined ? 0 : r.revision;
	// Past 2^53 a revision stops counting up but stays a whole number: read it as stored, since
	// the store compares it with what it holds (a backup at Number.MAX_SAFE_INTEGER, issue 9).
	if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
		return { ok: false, error: `${named}: the revision must be a whole number of zero or more.` };
	}

	const sources = r.sources === undefined ? [] : r.sources;
	if (
		!Array.isArray(sources) ||
		sources.length > MAX_SOURCES ||
		!sources.every((s) => typeof s === 'string' && s.length <= MAX_ID_CHARS)
	) {
		return { ok: false, error: `${named}: sources must be a list of document ids.` };
	}
	const dismissed = restoreDismissals(r.dismissed, named);
	if (!dismissed.ok) return dismissed;
	const comments =
		r.comments === undefined
			? { ok: true as const, value: [] }
			: copyJsonArray(r.comments, metaLimits(limits), `${named}: comments`);
	if (!comments.ok) return comments;
	const meta =
		r.meta === undefined
			? { ok: true as const, value: {} }
			: copyJsonObject(r.meta, metaLimits(limits), `${named}: meta`);
	if (!meta.ok) return meta;

	const record: DocRecord = {
		id,
		kind: r.kind,
		title,
		content: doc.value.toJSON(),
		createdAt: created ?? updated ?? now,
		updatedAt: updated ?? created ?? now,
		revision,
		sources: [...(sources as string[])],
		dismissed: dismissed.value,
		comments: comments.value,
		meta: meta.value
	};
	if (write) {
		// Normalising can add JSON (default attributes): check what will be stored, too.
		const stored = copyJson(record, recordLimits(limits), named);
		if (!stored.ok) return { ok: false, error: `${stored.error} (too large to store)` };
	}
	return { ok: true, value: record };
}

/**
 * Restore a record as an entrance does (imports, restore from a backup, duplicate, rename):
 * within `WRITE_LIMITS`, so that whatever it returns, the reader opens again.
 */
export function admitDocRecord(
	raw: unknown,
	version: number = SCHEMA_VERSION,
	label = 'Document',
	options: MigrateOptions = {}
): Result<DocRecord> {
	return restoreDocRecord(raw, version, label, { ...options, mode: 'write' });
}

/** Validate → migrate → fill defaults for workspace settings written in format `version`. */
export function restoreSettings(
	raw: unknown,
	version: number = SCHEMA_VERSION,
	options: MigrateOptions = {}
): Result<Settings> {
	if (raw === undefined || raw === null) return { ok: true, value: {} };
	const copied = copyJsonObject(raw, SETTINGS_LIMITS, 'Settings');
	if (!copied.ok) return copied;
	const migrated = migrate('settings', copied.value, version, options);
	if (!migrated.ok) return { ok: false, error: `Settings: ${migrated.error}` };
	return migrated;
}

/** Restore one document from its envelope (`{ type: 'fivefold/doc', version, data }`). */
export function restoreDoc(raw: unknown, options: MigrateOptions = {}): Result<DocRecord> {
	const envelope = checkEnvelope(raw, DOC_ENVELOPE_TYPE, 'document');
	if (!envelope.ok) return envelope;
	return admitDocRecord(envelope.value.data, envelope.value.version, 'Document', options);
}

/**
 * Restore a workspace from its envelope (`{ type: 'fivefold/workspace', version, data: { docs,
 * settings } }`). Fails as a whole on the first invalid document, naming it; document ids must
 * be unique.
 */
export function restoreWorkspace(
	raw: unknown,
	options: MigrateOptions & {
		/** Called before each document is checked, and once at the end (for progress). */
		onDoc?: (done: number, total: number) => void;
	} = {}
): Result<WorkspaceData> {
	const envelope = checkEnvelope(raw, WORKSPACE_ENVELOPE_TYPE, 'workspace');
	if (!envelope.ok) return envelope;
	const { version, data } = envelope.value;
	if (!isObject(data) || !Array.isArray(data.docs)) {
		return { ok: false, error: 'Not a Fivefold workspace: its data has no list of documents.' };
	}
	for (const key of Object.keys(data)) {
		if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
			return { ok: false, error: `Workspace: the key "${key}" is not allowed.` };
		}
	}
	if (data.docs.length > MAX_WORKSPACE_DOCS) {
		return {
			ok: false,
			error: `The workspace has ${data.docs.length} documents; the limit is ${MAX_WORKSPACE_DOCS}.`
		};
	}
	const docs: DocRecord[] = [];
	const ids = new Set<string>();
	for (let i = 0; i < data.docs.length; i++) {
		options.onDoc?.(i, data.docs.length);
		const doc = admitDocRecord(data.docs[i], version, `Document ${i + 1}`, options);
		if (!doc.ok) return doc;
		if (ids.has(doc.value.id)) {
			return {
				ok: false,
				error: `Document ${i + 1}: another document has the same id (${doc.value.id}).`
			};
		}
		ids.add(doc.value.id);
		docs.push(doc.value);
	}
	options.onDoc?.(data.docs.length, data.docs.length);
	const settings = restoreSettings(data.settings, version, options);
	if (!settings.ok) return settings;
	return { ok: true, value: { docs, settings: settings.value } };
}

/**
 * The check every entrance that builds a record in the app runs before storing it (Markdown
 * import, duplicate, rename, synthesis drafts): the title is cut to the limit (with a notice),
 * the rest must fit `WRITE_LIMITS`, so the reader opens it again. `label` names the source.
 */
export function admitNewDoc(
	record: DocRecord,
	label: string
): Result<{ doc: DocRecord; notices: string[] }> {
	const notices: string[] = [];
	const title = clampTitle(record.title);
	if (title !== record.title) notices.push(`${label}: ${titleMessage()}`);
	// The body first, so the message names what is too large in words a writer knows.
	const body = contentToDoc(record.content, label, WRITE_LIMITS);
	const admitted = body.ok ? admitDocRecord({ ...record, title }, SCHEMA_VERSION, label) : body;
	if (!admitted.ok) {
		return {
			ok: false,
			error: `${admitted.error.replace(/\.$/, '')}. It was not added, so that every document stays openable; split it into smaller parts.`
		};
	}
	return { ok: true, value: { doc: admitted.value, notices } };
}
