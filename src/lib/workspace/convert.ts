/**
 * Conversions that need Markdown (markdown-it, prosemirror-markdown) or zip (fflate): new
 * documents, Markdown export and paste, workspace export (imports run in the import worker,
 * `import/`). Import this module dynamically (`await import('./convert')`): it is most of the
 * app's JavaScript, and neither the workspace list nor typing needs it.
 */
import type { Node } from 'prosemirror-model';
import { docToMarkdown, markdownToDoc, schema } from '$lib/markdown';
import {
	exportWorkspaceZip,
	newDoc,
	type DocKind,
	type DocRecord,
	type Settings
} from '$lib/model';
import { readIgnoreDirectives } from '$lib/model/import-directives';
import { slugify } from '$lib/model/workspace-file';
import { salvageMarkdown } from '$lib/model/salvage';
import type { Unreadable } from '$lib/storage';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

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
