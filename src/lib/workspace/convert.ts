/**
 * Conversions that need Markdown (markdown-it, prosemirror-markdown) or zip (fflate): new
 * documents, Markdown export and paste, Markdown files and workspace files. Import this module
 * dynamically (`await import('./convert')`): it is most of the app's JavaScript, and neither
 * the workspace list nor typing needs it.
 */
import type { Node } from 'prosemirror-model';
import { docToMarkdown, markdownToDoc, schema } from '$lib/markdown';
import {
	docFromMarkdownFile,
	exportWorkspaceZip,
	importWorkspaceFile,
	MAX_IMPORT_BYTES,
	MAX_MARKDOWN_FILE_BYTES,
	newDoc,
	type DocKind,
	type DocRecord,
	type Result,
	type Settings
} from '$lib/model';
import { readIgnoreDirectives } from '$lib/model/import-directives';
import type { MarkdownImportOptions } from '$lib/model/workspace-file';
import { slugify } from '$lib/model/workspace-file';
import { salvageMarkdown } from '$lib/model/salvage';
import type { Unreadable } from '$lib/storage';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Largest Markdown file read (checked before reading it). */
export const MAX_MARKDOWN_FILE = MAX_MARKDOWN_FILE_BYTES;
/** Largest workspace file read (checked before reading it). */
export const MAX_WORKSPACE_FILE = MAX_IMPORT_BYTES;

/**
 * A new document of `kind`: from Markdown if given (its first `# ` heading is the title), else
 * from the kind's template (a design doc: Problem, Context, Proposal, Alternatives considered,
 * Decision).
 */
export function createDoc(kind: DocKind, init: { title?: string; markdown?: string }): DocRecord {
	return newDoc(kind, init);
}

/**
 * Pasted Markdown as a document body; a leading `# ` heading stays a heading. The checker's
 * ignore comments (as Export Markdown writes them) are dropped rather than shown as text.
 */
export function parseMarkdownBody(markdown: string): Node | null {
	const parsed = markdownToDoc(readIgnoreDirectives(markdown).markdown);
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

/**
 * A Markdown file as a new document, or why it cannot be one; its ignore comments become
 * dismissals (pass `options.findings` to match them to the engine's findings exactly).
 */
export function markdownFileToDoc(
	bytes: Uint8Array,
	name: string,
	kind: DocKind,
	options: MarkdownImportOptions = {}
): Result<{ doc: DocRecord; notices: string[] }> {
	return docFromMarkdownFile(bytes, name, kind, options);
}

/**
 * The workspace as a zip: Markdown files by kind plus the JSON backup; stored documents that
 * could not be read go in `unreadable/`, as stored (JSON) and as best-effort Markdown, so an
 * export never leaves one behind (issue 9, item 3).
 */
export function workspaceZip(
	docs: DocRecord[],
	settings: Settings,
	unreadable: readonly Unreadable[] = []
): Uint8Array {
	const zip = exportWorkspaceZip({ docs, settings });
	if (unreadable.length === 0) return zip;
	const files: Zippable = unzipSync(zip);
	for (const doc of unreadable) {
		const name = `unreadable/${slugify(doc.title || 'untitled')}-${doc.id.slice(0, 40)}`;
		files[`${name}.json`] = strToU8(JSON.stringify(doc.raw, null, 2));
		files[`${name}.md`] = strToU8(salvageMarkdown(doc.raw));
	}
	return zipSync(files);
}

/** A workspace zip or JSON backup as validated documents and settings, or why not. */
export function parseWorkspaceFile(
	bytes: Uint8Array,
	name: string,
	options: MarkdownImportOptions = {}
): Result<{ docs: DocRecord[]; settings: Settings; notices: string[] }> {
	return importWorkspaceFile(bytes, name, options);
}
