/**
 * Workspace and Markdown files: export a workspace as a zip of Markdown files plus a JSON
 * backup (or the JSON alone), and import either back, or a single Markdown file as a document.
 *
 * Everything read here is untrusted: sizes are checked before anything is decoded or
 * decompressed (declared sizes bound what fflate allocates), text must be UTF-8 (or UTF-16
 * with a byte-order mark) without binary control characters, JSON errors say what and where,
 * and all data goes through `restoreWorkspace` / `markdownToDoc`. Nothing here throws.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { markdownToDoc, MAX_MARKDOWN_CHARS } from '../markdown/parse';
import { schema } from '../markdown/schema';
import { docToMarkdown } from '../markdown/serialize';
import { docRecord } from './doc-factory';
import {
	admitNewDoc,
	DOC_ENVELOPE_TYPE,
	restoreDoc,
	restoreWorkspace,
	wrapWorkspace
} from './envelope';
import { directiveDismissals, readIgnoreDirectives, type FindingLike } from './import-directives';
import { contentToDoc } from './validate';
import { extractEntry, readZipDirectory, type ZipEntry } from './zip-reader';
import {
	DOC_KINDS,
	isDocKind,
	type DocKind,
	type DocRecord,
	type Result,
	type WorkspaceData
} from './types';

// Storage name: do not change without a migration; older backups are found by it.
/** Name of the JSON backup inside a workspace zip. */
export const BACKUP_FILE_NAME = 'fivefold-backup.json';

/** Largest workspace file (zip or JSON) accepted, in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Largest Markdown file accepted, in bytes (the parser then limits characters). */
export const MAX_MARKDOWN_FILE_BYTES = 8 * 1024 * 1024;
/** Most entries a zip may list. */
export const MAX_ZIP_ENTRIES = 5_000;
/** Most bytes all extracted zip entries may add up to: a zip bomb stops here. */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * The checker's findings for a Markdown document of `kind`, passed in by the caller so this
 * module does not carry the engine (`(md, kind) => check(md, { kind }).findings`).
 */
export type FindFindings = (markdown: string, kind: DocKind) => readonly FindingLike[];

/** Options for Markdown import. */
export interface MarkdownImportOptions {
	/**
	 * Turns the engine's ignore comments into dismissals of exactly the findings they silence;
	 * without it, each covered block's plain text is the excerpt (see `directiveDismissals`).
	 */
	findings?: FindFindings;
	/** Told what the import is doing, for a progress bar (it may be called often). */
	onProgress?: (progress: ImportProgress) => void;
}

/** What an import is doing: a short sentence, and how far along when that is known. */
export interface ImportProgress {
	step: string;
	done?: number;
	total?: number;
}

/** What `importWorkspaceFile` gives back. */
export type ImportedWorkspace = WorkspaceData & {
	/** Whether the documents came from a JSON backup or were rebuilt from Markdown files. */
	source: 'json' | 'markdown-zip';
	/** Sentences for the user about anything changed or skipped (Markdown zips only). */
	notices: string[];
};

const MARKDOWN_FILE = /\.(md|markdown|txt)$/i;
// A DOS timestamp holds 1980 to 2099 only (fflate throws outside that range).
const ZIP_EPOCH = Date.UTC(1980, 0, 2);
const ZIP_END = Date.UTC(2099, 11, 30);

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function baseName(path: string): string {
	return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Bytes as text: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Refuses invalid UTF-8 and
 * text with control characters that only binary files contain.
 */
export function decodeText(bytes: Uint8Array, name: string): Result<string> {
	let text: string;
	try {
		if (bytes[0] === 0xff && bytes[1] === 0xfe) {
			text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
		} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
			text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
		} else {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		}
	} catch {
		return {
			ok: false,
			error: `“${name}” looks like a binary file, not text: it is not valid UTF-8.`
		};
	}
	// NUL and the C0 controls other than tab, line feed, form feed and carriage return.
	// eslint-disable-next-line no-control-regex -- detecting binary data is the point
	const control = /[\u0000-\u0008\u000b\u000e-\u001f]/.exec(text);
	if (control) {
		return {
			ok: false,
			error: `“${name}” looks like a binary file, not text (it contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}).`
		};
	}
	return { ok: true, value: text };
}

/**
 * A Markdown file (`.md`, `.markdown` or `.txt`) as a new document of `kind`. The title is the
 * leading `# ` heading, else the file name without its extension. The checker's ignore
 * comments (`<!-- fivefold-disable-next rule -->`, as Export Markdown writes dismissals) are
 * taken out of the text and become the document's dismissals. Notices say what the
 * conversion changed (images kept as text, unsafe links dropped…).
 */
export function docFromMarkdownFile(
	bytes: Uint8Array,
	fileName: string,
	kind: DocKind,
	options: MarkdownImportOptions = {}
): Result<{ doc: DocRecord; notices: string[] }> {
	const name = baseName(fileName);
	if (!MARKDOWN_FILE.test(name)) {
		return {
			ok: false,
			error: `“${name}” is not a Markdown file: choose a .md, .markdown or .txt file.`
		};
	}
	if (!isDocKind(kind))
		return { ok: false, error: `Unknown document kind ${JSON.stringify(kind)}.` };
	if (!(bytes instanceof Uint8Array)) return { ok: false, error: `“${name}” could not be read.` };
	if (bytes.length > MAX_MARKDOWN_FILE_BYTES) {
		return {
			ok: false,
			error: `“${name}” is ${megabytes(bytes.length)}; Markdown files up to ${megabytes(MAX_MARKDOWN_FILE_BYTES)} can be imported.`
		};
	}
	const text = decodeText(bytes, name);
	if (!text.ok) return text;
	if (text.value.length > MAX_MARKDOWN_CHARS) {
		return {
			ok: false,
			error: `“${name}” has ${text.value.length.toLocaleString('en')} characters; the limit is ${MAX_MARKDOWN_CHARS.toLocaleString('en')}.`
		};
	}
	options.onProgress?.({ step: 'Converting Markdown' });
	const directives = readIgnoreDirectives(text.value);
	const parsed = markdownToDoc(directives.markdown);
	if (!parsed.ok) return { ok: false, error: `“${name}”: ${parsed.error}` };
	const title = parsed.title ?? name.replace(MARKDOWN_FILE, '').trim();
	// Issue 9: one check against the shared limits, so an imported document always opens again.
	const admitted = admitNewDoc(docRecord(kind, title, parsed.doc), `“${name}”`);
	if (!admitted.ok) return admitted;
	const { doc } = admitted.value;
	if (directives.covered.length) {
		let findings: readonly FindingLike[] | null = null;
		try {
			findings = options.findings?.(directives.markdown, kind) ?? null;
		} catch {
			// A checker failure must not fail the import: fall back to the blocks' text.
		}
		doc.dismissed = directiveDismissals(directives, findings, doc.createdAt);
	}
	return { ok: true, value: { doc, notices: [...parsed.notices, ...admitted.value.notices] } };
}

/** A file-name stem from a title: letters and digits joined by dashes, at most 60 characters. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	if (!slug) return 'untitled';
	// Names Windows reserves for devices cannot be files there.
	return /^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug) ? `${slug}-doc` : slug;
}

/** The workspace as its JSON backup (a `fivefold/workspace` envelope), pretty-printed. */
export function exportWorkspaceJson(ws: WorkspaceData): string {
	return JSON.stringify(wrapWorkspace(ws), null, 2) + '\n';
}

/**
 * The workspace as a zip: `design/<slug>.md`, `strategy/<slug>.md`, `vision/<slug>.md` (title
 * as the first `# ` heading, slugs unique per folder) and `fivefold-backup.json`, the full
 * backup that `importWorkspaceFile` prefers. Entry times are the documents' `updatedAt`, so
 * the same workspace always gives the same bytes.
 */
export function exportWorkspaceZip(ws: WorkspaceData): Uint8Array {
	const files: Zippable = {};
	const used = new Set<string>();
	let latest = ZIP_EPOCH;
	for (const doc of ws.docs) {
		const restored = contentToDoc(doc.content, 'Document');
		// The app only holds checked documents; if one were broken, its text is still in the backup.
		const body = restored.ok ? restored.value : schema.topNodeType.createAndFill()!;
		const stem = slugify(doc.title);
		let path = `${doc.kind}/${stem}.md`;
		for (let n = 2; used.has(path); n++) path = `${doc.kind}/${stem}-${n}.md`;
		used.add(path);
		const mtime = Math.min(ZIP_END, Math.max(ZIP_EPOCH, doc.updatedAt || 0));
		latest = Math.max(latest, mtime);
		files[path] = [strToU8(docToMarkdown(body, doc.title || undefined)), { mtime }];
	}
	files[BACKUP_FILE_NAME] = [strToU8(exportWorkspaceJson(ws)), { mtime: latest }];
	return zipSync(files, { level: 6 });
}

function isZip(bytes: Uint8Array): boolean {
	// Local file header, or the end record of an empty archive.
	return (
		bytes[0] === 0x50 &&
		bytes[1] === 0x4b &&
		((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
	);
}

function fromJson(
	text: string,
	name: string,
	progress?: (progress: ImportProgress) => void
): Result<ImportedWorkspace> {
	progress?.({ step: 'Reading the backup' });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return { ok: false, error: `“${name}” is not valid JSON: ${why}.` };
	}
	// A single exported document is a workspace of one.
	if ((data as { type?: unknown } | null)?.type === DOC_ENVELOPE_TYPE) {
		const doc = restoreDoc(data);
		if (!doc.ok) return { ok: false, error: `“${name}”: ${doc.error}` };
		return { ok: true, value: { docs: [doc.value], settings: {}, source: 'json', notices: [] } };
	}
	const ws = restoreWorkspace(data, {
		onDoc: progress && ((done, total) => progress({ step: 'Checking documents', done, total }))
	});
	if (!ws.ok) return { ok: false, error: `“${name}”: ${ws.error}` };
	return { ok: true, value: { ...ws.value, source: 'json', notices: [] } };
}

function kindFromPath(path: string): DocKind {
	for (const segment of path.split('/').slice(0, -1)) {
		const folder = segment.toLowerCase();
		for (const kind of DOC_KINDS) {
			// `design`, `designs`, `design-docs`; `strategy`, `strategies`; `vision`, `visions`.
			if (folder === kind || folder.startsWith(kind === 'strategy' ? 'strateg' : kind)) return kind;
		}
	}
	return 'design';
}

function isIgnored(path: string): boolean {
	return path.endsWith('/') || path.startsWith('__MACOSX/') || baseName(path).startsWith('.');
}

function fromZip(
	bytes: Uint8Array,
	name: string,
	options: MarkdownImportOptions
): Result<ImportedWorkspace> {
	const refuse = (why: string): Result<ImportedWorkspace> => ({
		ok: false,
		error: `“${name}” cannot be imported: ${why}. Nothing was changed. If it is a Fivefold export, export the workspace again; otherwise unzip it and import its Markdown files.`
	});
	// The directory is read with every count and offset checked before anything is allocated.
	const listed = readZipDirectory(bytes, { maxEntries: MAX_ZIP_ENTRIES });
	if (!listed.ok) return refuse(listed.error);
	const entries = listed.value;
	const backups = entries
		.filter((e) => baseName(e.name) === BACKUP_FILE_NAME && !isIgnored(e.name))
		.sort((a, b) => a.name.split('/').length - b.name.split('/').length);
	// Two backups under one path: there is no telling which one is the workspace, and picking
	// either could restore the wrong one, so refuse (zip tools never write this; appending does).
	if (backups.length > 1 && backups[0].name === backups[1].name) {
		return refuse(
			`it holds “${backups[0].name}” twice, so it is not clear which backup to restore`
		);
	}
	const wanted = backups.length
		? [backups[0]]
		: entries.filter((e) => MARKDOWN_FILE.test(e.name) && !isIgnored(e.name));
	if (wanted.length === 0) {
		return {
			ok: false,
			error: `“${name}” has neither a ${BACKUP_FILE_NAME} nor any Markdown files to import.`
		};
	}
	const total = wanted.reduce((sum, e) => sum + e.size, 0);
	if (total > MAX_UNZIPPED_BYTES) {
		return {
			ok: false,
			error: `“${name}” would unpack to ${megabytes(total)}; the limit is ${megabytes(MAX_UNZIPPED_BYTES)}.`
		};
	}
	const progress = options.onProgress;
	let unpacked = 0;
	/** An entry's bytes, capped by its declared size, `limit`, and what the total has left. */
	const extract = (entry: ZipEntry, limit: number) => {
		const before = unpacked;
		const got = extractEntry(bytes, entry, {
			maxBytes: Math.min(limit, MAX_UNZIPPED_BYTES - unpacked),
			onBytes: progress
				? (n) => progress({ step: `Unpacking ${baseName(entry.name)}`, done: before + n, total })
				: undefined
		});
		if (got.ok) unpacked += got.value.length;
		return got;
	};

	if (backups.length) {
		const backup = extract(backups[0], MAX_UNZIPPED_BYTES);
		if (!backup.ok) return refuse(backup.error);
		const text = decodeText(backup.value, BACKUP_FILE_NAME);
		if (!text.ok) return { ok: false, error: `“${name}”: ${text.error}` };
		return fromJson(text.value, `${name}/${BACKUP_FILE_NAME}`, progress);
	}

	const docs: DocRecord[] = [];
	const notices: string[] = [];
	const seen = new Map<string, number>();
	for (const entry of wanted) seen.set(entry.name, (seen.get(entry.name) ?? 0) + 1);
	// Markdown files listed twice under one name are both kept: each becomes its own document,
	// so nothing is lost and nothing is overwritten; the notice says so.
	for (const [path, times] of seen) {
		if (times > 1) {
			notices.push(
				`“${path}” is in the zip ${times} times; each copy was imported as its own document.`
			);
		}
	}
	const sorted = [...wanted].sort((a, b) => a.name.localeCompare(b.name));
	for (let i = 0; i < sorted.length; i++) {
		const entry = sorted[i];
		progress?.({ step: 'Converting Markdown files', done: i, total: sorted.length });
		const data = extract(entry, MAX_MARKDOWN_FILE_BYTES);
		if (!data.ok) {
			notices.push(`Skipped: ${data.error}.`);
			continue;
		}
		const doc = docFromMarkdownFile(data.value, entry.name, kindFromPath(entry.name), {
			findings: options.findings
		});
		if (!doc.ok) {
			notices.push(`Skipped: ${doc.error}`);
			continue;
		}
		docs.push(doc.value.doc);
		for (const notice of doc.value.notices) notices.push(`“${entry.name}”: ${notice}`);
	}
	if (docs.length === 0) {
		return {
			ok: false,
			error: `None of the Markdown files in “${name}” could be imported. ${notices.join(' ')}`
		};
	}
	return { ok: true, value: { docs, settings: {}, source: 'markdown-zip', notices } };
}

/**
 * Read a workspace file: a zip (its `fivefold-backup.json` when present, else its Markdown
 * files, kind from the folder name, design by default) or a JSON backup. Returns fresh,
 * validated documents, or an error sentence naming the file and the problem. `options` are
 * for the Markdown files of a zip without a backup (see `docFromMarkdownFile`).
 */
export function importWorkspaceFile(
	bytes: Uint8Array,
	fileName: string,
	options: MarkdownImportOptions = {}
): Result<ImportedWorkspace> {
	const name = baseName(fileName);
	if (!(bytes instanceof Uint8Array)) return { ok: false, error: `“${name}” could not be read.` };
	if (bytes.length > MAX_IMPORT_BYTES) {
		return {
			ok: false,
			error: `“${name}” is ${megabytes(bytes.length)}; workspace files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported.`
		};
	}
	if (bytes.length === 0) return { ok: false, error: `“${name}” is empty.` };
	if (isZip(bytes)) return fromZip(bytes, name, options);
	if (/\.zip$/i.test(name)) {
		return {
			ok: false,
			error: `“${name}” is not a zip file (or it is damaged): it does not start like one.`
		};
	}
	if (MARKDOWN_FILE.test(name)) {
		return {
			ok: false,
			error: `“${name}” is a Markdown file, not a workspace: import it as a document instead.`
		};
	}
	const text = decodeText(bytes, name);
	if (!text.ok) return text;
	return fromJson(text.value, name, options.onProgress);
}
