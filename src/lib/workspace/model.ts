/**
 * The UI's one door to the domain model ($lib/model) and Markdown ($lib/markdown): every
 * conversion the workspace and editor need, named for what the UI does. Keeping the model's
 * API behind this file means a change there is a change here only.
 *
 * TEMPORARY: until $lib/model lands, the record shape, validation and Markdown export are
 * stand-ins here, marked `STAND-IN`.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Node } from 'prosemirror-model';
import { docToMarkdown, markdownToDoc, schema } from '$lib/markdown';
import type { RestoreFn } from '$lib/storage';

/** Document kinds. */
export type DocKind = 'design' | 'strategy' | 'vision';

/** STAND-IN for the model's DocRecord. */
export interface DocRecord {
	id: string;
	kind: DocKind;
	title: string;
	content: unknown;
	createdAt: string;
	updatedAt: string;
	revision: number;
	sources: string[];
	dismissed: unknown[];
	comments: unknown[];
	meta: Record<string, unknown>;
}

const KINDS = new Set(['design', 'strategy', 'vision']);

/** Validate → migrate → defaults for a stored record (STAND-IN). */
export const restoreRecord: RestoreFn<DocRecord> = (raw) => {
	const r = raw as Partial<DocRecord> | null;
	if (!r || typeof r !== 'object') return { ok: false, error: 'not an object' };
	if (typeof r.id !== 'string' || !KINDS.has(String(r.kind)) || typeof r.revision !== 'number')
		return { ok: false, error: 'missing id, kind or revision' };
	if (!contentToNode(r.content)) return { ok: false, error: 'invalid content' };
	return {
		ok: true,
		value: {
			id: r.id,
			kind: r.kind as DocKind,
			title: typeof r.title === 'string' ? r.title : '',
			content: r.content,
			createdAt: String(r.createdAt ?? new Date().toISOString()),
			updatedAt: String(r.updatedAt ?? new Date().toISOString()),
			revision: r.revision,
			sources: Array.isArray(r.sources) ? r.sources : [],
			dismissed: Array.isArray(r.dismissed) ? r.dismissed : [],
			comments: Array.isArray(r.comments) ? r.comments : [],
			meta: {}
		}
	};
};

const DESIGN_TEMPLATE = `## Problem

## Context

## Proposal

## Alternatives considered

## Decision
`;

/** A new document of `kind`, from Markdown if given (its first `# ` heading is the title). */
export function createDoc(kind: DocKind, init: { title?: string; markdown?: string }): DocRecord {
	const markdown = init.markdown ?? (kind === 'design' ? DESIGN_TEMPLATE : '');
	const parsed = markdownToDoc(markdown);
	const doc = parsed.ok ? parsed.doc : schema.topNodeType.createAndFill()!;
	const now = new Date().toISOString();
	return {
		id: crypto.randomUUID(),
		kind,
		title: init.title ?? (parsed.ok ? (parsed.title ?? '') : ''),
		content: doc.toJSON(),
		createdAt: now,
		updatedAt: now,
		revision: 0,
		sources: [],
		dismissed: [],
		comments: [],
		meta: {}
	};
}

/** The record with a new title, one revision on. */
export function renamed(record: DocRecord, title: string): DocRecord {
	return touched(record, { title, revision: record.revision + 1 });
}

/** A copy under a new id. */
export function copyOf(record: DocRecord, title: string): DocRecord {
	const now = new Date().toISOString();
	return { ...record, id: crypto.randomUUID(), title, createdAt: now, updatedAt: now, revision: 0 };
}

/** The record with changed fields and a fresh `updatedAt`. */
export function touched(
	record: DocRecord,
	change: Partial<Pick<DocRecord, 'title' | 'content' | 'revision'>>
): DocRecord {
	return { ...record, ...change, updatedAt: new Date().toISOString() };
}

/** Stored content as a checked ProseMirror node, or null when it is not a valid document. */
export function contentToNode(content: unknown): Node | null {
	try {
		const node = schema.nodeFromJSON(content);
		node.check();
		return node;
	} catch {
		return null;
	}
}

/** Pasted Markdown as a document body; a leading `# ` heading stays a heading. */
export function parseMarkdownBody(markdown: string): Node | null {
	const parsed = markdownToDoc(markdown);
	if (!parsed.ok) return null;
	if (parsed.title === null) return parsed.doc;
	const heading = schema.nodes.heading.create(
		{ level: 1 },
		parsed.title ? schema.text(parsed.title) : null
	);
	return parsed.doc.copy(parsed.doc.content.addToStart(heading));
}

/** A document as Markdown with the title as its first `# ` heading. */
export function recordToMarkdown(title: string, doc: Node): string {
	return docToMarkdown(doc, title.trim() || undefined);
}

/** Largest Markdown file imported. */
export const MAX_MARKDOWN_FILE = 2_000_000;
/** Largest workspace file imported. */
export const MAX_WORKSPACE_FILE = 50_000_000;

/** A Markdown file as a new document, or why it cannot be one (STAND-IN). */
export function markdownFileToDoc(
	bytes: Uint8Array,
	name: string,
	kind: DocKind
): { ok: true; doc: DocRecord; notices: string[] } | { ok: false; error: string } {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: `“${name}” is not a text file (it is not valid UTF-8).` };
	}
	// eslint-disable-next-line no-control-regex -- binary files are full of control characters
	if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
		return { ok: false, error: `“${name}” looks like a binary file, not Markdown.` };
	const parsed = markdownToDoc(text.replace(/^\uFEFF/, ''));
	if (!parsed.ok) return { ok: false, error: `“${name}”: ${parsed.error}` };
	const doc = createDoc(kind, {});
	const fallback = name.replace(/\.(md|markdown|txt)$/i, '');
	return {
		ok: true,
		doc: { ...doc, title: parsed.title ?? fallback, content: parsed.doc.toJSON() },
		notices: parsed.notices
	};
}

/** Guess a document's kind from its file name or title; design doc when nothing says otherwise. */
export function guessKind(name: string): DocKind {
	if (/strateg/i.test(name)) return 'strategy';
	if (/vision/i.test(name)) return 'vision';
	return 'design';
}

/** The workspace as a zip: one Markdown file per document by kind, plus a JSON backup (STAND-IN). */
export function workspaceZip(docs: DocRecord[]): Uint8Array {
	const files: Record<string, Uint8Array> = {};
	const enc = new TextEncoder();
	const used = new Set<string>();
	for (const d of docs) {
		const node = contentToNode(d.content);
		if (!node) continue;
		let base = `${d.kind}/${slug(d.title)}`;
		for (let i = 2; used.has(base); i++) base = `${d.kind}/${slug(d.title)}-${i}`;
		used.add(base);
		files[`${base}.md`] = enc.encode(recordToMarkdown(d.title, node));
	}
	files['workspace.json'] = enc.encode(
		JSON.stringify({ type: 'fivefold/workspace', version: 1, docs }, null, 1)
	);
	return zipSync(files);
}

function slug(title: string): string {
	return (
		title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'untitled'
	);
}

/** A workspace zip or JSON as validated documents (STAND-IN). */
export function parseWorkspaceFile(
	bytes: Uint8Array,
	name: string
): { ok: true; docs: DocRecord[]; notices: string[] } | { ok: false; error: string } {
	let json: string;
	try {
		if (/\.zip$/i.test(name)) {
			const files = unzipSync(bytes, { filter: (f) => f.name === 'workspace.json' });
			if (!files['workspace.json'])
				return { ok: false, error: `“${name}” is not a Fivefold workspace export.` };
			json = new TextDecoder('utf-8', { fatal: true }).decode(files['workspace.json']);
		} else json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			ok: false,
			error: `“${name}” could not be read: it is damaged or not a workspace export.`
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, error: `“${name}” is not valid JSON.` };
	}
	const raw = (data as { docs?: unknown })?.docs;
	if (!Array.isArray(raw))
		return { ok: false, error: `“${name}” is not a Fivefold workspace export.` };
	const docs: DocRecord[] = [];
	for (const r of raw) {
		const restored = restoreRecord(r);
		if (!restored.ok)
			return { ok: false, error: `“${name}” holds an invalid document: ${restored.error}.` };
		docs.push(restored.value);
	}
	return { ok: true, docs, notices: [] };
}
