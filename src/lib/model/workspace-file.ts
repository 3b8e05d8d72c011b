/**
 * Workspace and Markdown files: export a workspace as a zip of Markdown files plus a JSON
 * backup (or the JSON alone), and import either back, or a single Markdown file as a document.
 *
 * Everything read here is untrusted: sizes are checked before anything is decoded or
 * decompressed (declared sizes bound what fflate allocates), text must be UTF-8 (or UTF-16
 * with a byte-order mark) without binary control characters, JSON errors say what and where,
 * and all data goes through `restoreWorkspace` / `markdownToDoc`. Nothing here throws.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
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

function fromJson(text: string, name: string): Result<ImportedWorkspace> {
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
	const ws = restoreWorkspace(data);
	if (!ws.ok) return { ok: false, error: `“${name}”: ${ws.error}` };
	return { ok: true, value: { ...ws.value, source: 'json', notices: [] } };
}

interface ZipEntry {
	name: string;
	originalSize: number;
}

/** Names and declared sizes of a zip's entries, without extracting anything. */
function listZip(bytes: Uint8Array): ZipEntry[] {
	const entries: ZipEntry[] = [];
	unzipSync(bytes, {
		filter: (file) => {
			entries.push({ name: file.name, originalSize: file.originalSize });
			return false;
		}
	});
	return entries;
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
	const damaged = (why: string): Result<ImportedWorkspace> => ({
		ok: false,
		error: `“${name}” is damaged or not a complete zip file (${why}).`
	});
	let entries: ZipEntry[];
	try {
		entries = listZip(bytes);
	} catch (error) {
		return damaged(error instanceof Error ? error.message : String(error));
	}
	if (entries.length > MAX_ZIP_ENTRIES) {
		return {
			ok: false,
			error: `“${name}” holds ${entries.length} files; the limit is ${MAX_ZIP_ENTRIES}.`
		};
	}
	const backups = entries
		.filter((e) => baseName(e.name) === BACKUP_FILE_NAME && !isIgnored(e.name))
		.sort((a, b) => a.name.split('/').length - b.name.split('/').length);
	const wanted = backups.length
		? [backups[0]]
		: entries.filter((e) => MARKDOWN_FILE.test(e.name) && !isIgnored(e.name));
	if (wanted.length === 0) {
		return {
			ok: false,
			error: `“${name}” has neither a ${BACKUP_FILE_NAME} nor any Markdown files to import.`
		};
	}
	const total = wanted.reduce((sum, e) => sum + e.originalSize, 0);
	if (total > MAX_UNZIPPED_BYTES) {
		return {
			ok: false,
			error: `“${name}” would unpack to ${megabytes(total)}; the limit is ${megabytes(MAX_UNZIPPED_BYTES)}.`
		};
	}

	let files: Record<string, Uint8Array>;
	const names = new Set(wanted.map((e) => e.name));
	let unpacked = 0;
	let tooBig = false;
	try {
		files = unzipSync(bytes, {
			filter: (file) => {
				if (!names.has(file.name)) return false;
				// Check again as extracted: sizes are what fflate allocates, and a zip may list
				// one name twice.
				unpacked += file.originalSize;
				if (unpacked > MAX_UNZIPPED_BYTES) tooBig = true;
				return !tooBig;
			}
		});
	} catch (error) {
		return damaged(error instanceof Error ? error.message : String(error));
	}
	if (tooBig) {
		return {
			ok: false,
			error: `“${name}” would unpack to more than ${megabytes(MAX_UNZIPPED_BYTES)}.`
		};
	}

	if (backups.length) {
		const backup = files[backups[0].name];
		if (!backup) return damaged(`${BACKUP_FILE_NAME} could not be read`);
		const text = decodeText(backup, BACKUP_FILE_NAME);
		if (!text.ok) return { ok: false, error: `“${name}”: ${text.error}` };
		const ws = fromJson(text.value, `${name}/${BACKUP_FILE_NAME}`);
		return ws;
	}

	const docs: DocRecord[] = [];
	const notices: string[] = [];
	for (const entry of [...wanted].sort((a, b) => a.name.localeCompare(b.name))) {
		const data = files[entry.name];
		if (!data) {
			notices.push(`“${entry.name}” was skipped: it could not be read.`);
			continue;
		}
		const doc = docFromMarkdownFile(data, entry.name, kindFromPath(entry.name), options);
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
	return fromJson(text.value, name);
}
