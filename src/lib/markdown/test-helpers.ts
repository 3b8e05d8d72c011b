/**
 * Shared by the Markdown tests: short builders for `schema` documents and the round-trip check.
 * Not part of the public API (index.ts does not export it).
 */
import { expect } from 'vitest';
import type { Mark, Node } from 'prosemirror-model';
import { markdownToDoc } from './parse';
import { schema } from './schema';
import { docToMarkdown, trimTrailingSpaces } from './serialize';

type Child = Node | string;

function kids(children: Child[]): Node[] {
	return children.map((c) => (typeof c === 'string' ? schema.text(c) : c));
}

/** Builders: `doc(p('a', em('b')))`. Strings become unmarked text. */
export const b = {
	doc: (...c: Child[]) => schema.node('doc', null, kids(c)),
	p: (...c: Child[]) => schema.node('paragraph', null, kids(c)),
	h: (level: number, ...c: Child[]) => schema.node('heading', { level }, kids(c)),
	quote: (...c: Child[]) => schema.node('blockquote', null, kids(c)),
	ul: (tight: boolean, ...items: Node[]) => schema.node('bullet_list', { tight }, items),
	ol: (order: number, tight: boolean, ...items: Node[]) =>
		schema.node('ordered_list', { order, tight }, items),
	li: (...c: Child[]) => schema.node('list_item', null, kids(c)),
	code: (params: string, text: string) =>
		schema.node('code_block', { params }, text ? [schema.text(text)] : []),
	hr: () => schema.node('horizontal_rule'),
	br: () => schema.node('hard_break'),
	text: (text: string, ...marks: Mark[]) => schema.text(text, marks),
	em: (text: string) => schema.text(text, [schema.marks.em.create()]),
	strong: (text: string) => schema.text(text, [schema.marks.strong.create()]),
	icode: (text: string) => schema.text(text, [schema.marks.code.create()]),
	link: (text: string, href: string, title: string | null = null) =>
		schema.text(text, [schema.marks.link.create({ href, title })])
};

/** Parse, expecting success. */
export function parseOk(markdown: string) {
	const result = markdownToDoc(markdown);
	if (!result.ok) throw new Error(result.error);
	return result;
}

/**
 * doc → Markdown → doc gives the same document and title, and a second serialization is
 * identical to the first. Returns the Markdown.
 */
export function expectDocRoundTrip(doc: Node, title = 'T'): string {
	doc.check();
	const markdown = docToMarkdown(doc, title);
	const back = parseOk(markdown);
	expect(back.doc.toJSON(), `Markdown was:\n${markdown}`).toEqual(trimTrailingSpaces(doc).toJSON());
	expect(back.title).toBe(title);
	expect(docToMarkdown(back.doc, back.title ?? undefined)).toBe(markdown);
	return markdown;
}

/**
 * Markdown → doc → Markdown → doc: the document survives, and the serialized text is stable
 * after one pass. Returns the first serialization.
 */
export function expectMarkdownRoundTrip(markdown: string): string {
	const first = parseOk(markdown);
	const once = docToMarkdown(first.doc, first.title ?? undefined);
	const second = parseOk(once);
	expect(second.doc.toJSON(), `Serialized as:\n${once}`).toEqual(first.doc.toJSON());
	expect(second.title ?? '').toBe(first.title ?? '');
	expect(docToMarkdown(second.doc, second.title ?? undefined), 'stable after one pass').toBe(once);
	return once;
}

/**
 * Each character of a document with its marks, emphasis on whitespace left out: what a reader
 * can see. Overlapping emphasis has to be split at a space in Markdown, and emphasis cannot
 * start or end with whitespace, so the whitespace at the split loses its emphasis.
 */
export function visibleMarks(doc: Node): string[] {
	const out: string[] = [];
	doc.descendants((node) => {
		if (node.isBlock && node.childCount === 0) out.push(`<${node.type.name}>`);
		if (!node.isText) return true;
		for (const char of node.text ?? '') {
			const marks = node.marks
				.filter(
					(m) => !/\s/.test(char) || (m.type !== schema.marks.em && m.type !== schema.marks.strong)
				)
				.map((m) => m.type.name + (m.attrs.href ? `(${m.attrs.href})` : ''));
			out.push(`${char}:${marks.join('+')}`);
		}
		return false;
	});
	return out;
}
