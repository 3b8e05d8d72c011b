/**
 * Conversions that need Markdown (markdown-it, prosemirror-markdown) or zip (fflate): new
 * documents from templates or files, Markdown export, workspace files. Import this module
 * dynamically (`await import('./convert')`): it is most of the app's JavaScript, and neither
 * the workspace list nor typing needs it.
 *
 * TEMPORARY: parts marked STAND-IN wait for $lib/model.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Node } from 'prosemirror-model';
import { docToMarkdown, markdownToDoc, schema } from '$lib/markdown';
import { contentToNode, restoreRecord, type DocKind, type DocRecord } from './model';

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
