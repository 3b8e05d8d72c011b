/**
 * New documents: a fresh id, timestamps, and a starting body. A design doc starts from the
 * minimal template the method asks for (problem first); strategy and vision start with a
 * short skeleton. Every section is an ordinary heading and paragraph, so deleting one is just
 * deleting text.
 */
import type { Node } from 'prosemirror-model';
import { markdownToDoc } from '../markdown/parse';
import { schema } from '../markdown/schema';
import { isDocKind, type DocKind, type DocRecord } from './types';

/** Section headings each kind starts with (level 2; the title is the level-1 heading). */
export const TEMPLATES: Readonly<Record<DocKind, readonly string[]>> = Object.freeze({
	design: ['Problem', 'Context', 'Proposal', 'Alternatives considered', 'Decision'],
	// A strategy is a diagnosis and the policies that follow from it, each with its rationale.
	strategy: ['Diagnosis', 'Policies'],
	// A vision describes the world two to three years out, and why it is worth reaching.
	vision: ['Where we will be', 'Why it matters']
});

/** A body with one level-2 heading and an empty paragraph per section. */
export function templateDoc(kind: DocKind): Node {
	const blocks = TEMPLATES[kind].flatMap((heading) => [
		schema.nodes.heading.create({ level: 2 }, schema.text(heading)),
		schema.nodes.paragraph.create()
	]);
	return schema.nodes.doc.create(null, blocks);
}

/** Options for `newDoc`. */
export interface NewDocOptions {
	/** The title; by default the Markdown's leading `# ` heading, else empty. */
	title?: string;
	/** Markdown for the body instead of the template (parsed with `markdownToDoc`). */
	markdown?: string;
}

/**
 * A new document of `kind` with a `crypto.randomUUID()` id, revision 0 and no sources,
 * dismissals or comments. Without `markdown` the body is the kind's template.
 *
 * Throws a RangeError for an unknown kind or for Markdown `markdownToDoc` refuses (over its
 * size limit): user files should go through `docFromMarkdownFile`, which reports instead.
 */
export function newDoc(kind: DocKind, opts: NewDocOptions = {}): DocRecord {
	if (!isDocKind(kind)) throw new RangeError(`Unknown document kind ${JSON.stringify(kind)}`);
	let body: Node;
	let title = opts.title;
	if (opts.markdown !== undefined) {
		const parsed = markdownToDoc(opts.markdown);
		if (!parsed.ok) throw new RangeError(parsed.error);
		body = parsed.doc;
		title ??= parsed.title ?? undefined;
	} else {
		body = templateDoc(kind);
	}
	return docRecord(kind, title ?? '', body);
}

/**
 * A new record of `kind` holding `body` (a checked `schema` doc), with a fresh id and
 * timestamps. The building block of `newDoc` and the importers.
 */
export function docRecord(kind: DocKind, title: string, body: Node): DocRecord {
	const now = Date.now();
	return {
		id: crypto.randomUUID(),
		kind,
		title,
		content: body.toJSON(),
		createdAt: now,
		updatedAt: now,
		revision: 0,
		sources: [],
		dismissed: [],
		comments: [],
		meta: {}
	};
}
