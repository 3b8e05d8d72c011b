/**
 * Property: for generated documents in normal form, doc → Markdown → doc gives the same
 * document, and serializing the result again gives the same Markdown.
 *
 * Normal form (what CommonMark can express; see README): no empty paragraphs except a list
 * item's lead paragraph; no newlines, `\r` or NUL in text; emphasis and strong runs begin and
 * end with a letter or digit (CommonMark's flanking rules make `*.*a` unreadable, so such
 * documents have no Markdown form); no trailing hard breaks; code block params trimmed. A list's
 * `tight` flag is compared exactly for lists of two or more single-paragraph items (where it is
 * visible and always writable) and may be changed by the serializer elsewhere, which the
 * stability check then pins down.
 */
import fc from 'fast-check';
import type { Mark, Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { markdownToDoc } from './parse';
import { schema } from './schema';
import { docToMarkdown, trimTrailingSpaces } from './serialize';
import { visibleMarks } from './test-helpers';
import { safeHref } from './url';

const RUNS = Number(process.env.FIVEFOLD_FC_RUNS ?? 10_000);

// Heavy on characters that mean something in Markdown, plus whitespace and non-ASCII.
// U+2028 and U+FEFF are whitespace to JavaScript but letters to markdown-it's flanking rules.
const SPECIAL = [...'abcXYZ0129 \t\u00a0\u2003\u2028\ufeff_*`~[]()<>!#+-=.&;:\\|"\'{}/@%?éß日🎉'];
const char = fc.oneof(
	{ weight: 8, arbitrary: fc.constantFrom(...SPECIAL) },
	// Line breaks inside text (not soft breaks) survive as character references.
	{ weight: 1, arbitrary: fc.constantFrom('\n', '\r') },
	{
		weight: 1,
		arbitrary: fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
			.filter((c) => !/[\r\n\0]/.test(c))
	}
);
const text = (maxLength = 12) =>
	fc.array(char, { minLength: 1, maxLength }).map((cs) => cs.join(''));
const alnum = fc.constantFrom(...'abcXYZ019éß日');
/** Text that starts and ends with a letter or digit, as emphasis needs. */
const boundedText = fc
	.tuple(alnum, fc.option(fc.tuple(text(8), alnum)))
	.map(([a, rest]) => (rest ? a + rest[0] + rest[1] : a));

/** Hrefs hold no line breaks: a Markdown destination cannot, so the serializer percent-encodes them. */
const href = fc.oneof(
	fc.constantFrom(
		'http://example.com',
		'https://x.y/p?q=1&r=2#f',
		'mailto:a@b.c',
		'#frag',
		'../rel path.md',
		'',
		'a(b)c',
		'x\\y'
	),
	fc
		.array(char, { maxLength: 12 })
		.map((cs) => cs.join(''))
		.filter((h) => safeHref(h) !== null && !/[\r\n]/.test(h)),
	text(8)
		.filter((t) => !/[\r\n]/.test(t))
		.map((t) => `https://e.com/${t}`)
);
const title = fc.option(text(8), { nil: null });

/** An inline tree, flattened to marked text nodes later. */
type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'code'; text: string }
	| { kind: 'break' }
	| { kind: 'em' | 'strong'; children: Inline[] }
	| { kind: 'link'; href: string; title: string | null; children: Inline[] };

interface Context {
	em: boolean;
	strong: boolean;
	link: boolean;
	breaks: boolean;
}

const plain = (t: string): Inline => ({ kind: 'text', text: t });

const isEmphasis = (i: Inline | undefined) => i?.kind === 'em' || i?.kind === 'strong';

/** Emphasis with emphasis at an edge, e.g. `strong(em(a), b)`. */
const isNested = (i: Inline | undefined) =>
	(i?.kind === 'em' || i?.kind === 'strong') &&
	(isEmphasis(i.children[0]) || isEmphasis(i.children[i.children.length - 1]));

/**
 * Keep emphasis items from touching: `strong(a) em(strong(b))` would merge the two strongs into
 * one that overlaps the em, and overlapping or abutting emphasis has no CommonMark form. Nested
 * emphasis also gets a space from its neighbours: inside a word (`a***b*c*d***`) CommonMark
 * cannot express it either.
 */
function separated(items: Inline[]): Inline[] {
	const out: Inline[] = [];
	for (const item of items) {
		const previous = out[out.length - 1];
		const touching = isEmphasis(item) && isEmphasis(previous);
		if (previous && (touching || isNested(item) || isNested(previous))) out.push(plain(' '));
		out.push(item);
	}
	return out;
}

/**
 * A code span. Inside a link it holds no `]`: a paragraph starting `[a\`]:` is a link reference
 * definition to CommonMark, whatever follows, and code spans cannot be escaped.
 */
function codeSpan(ctx: Context): fc.Arbitrary<Inline> {
	// A line break in a code span reads back as a space; spans cannot hold character references.
	return text(6)
		.filter((t) => !/[\r\n]/.test(t) && (!ctx.link || !t.includes(']')))
		.map((t): Inline => ({ kind: 'code', text: t }));
}

function inlineItem(ctx: Context, depth: number): fc.Arbitrary<Inline> {
	const options: fc.Arbitrary<Inline>[] = [text().map(plain), codeSpan(ctx)];
	if (ctx.breaks) options.push(fc.constant<Inline>({ kind: 'break' }));
	if (depth > 0) {
		for (const kind of ['em', 'strong'] as const) {
			if (!ctx[kind]) options.push(emphasis(kind, { ...ctx, [kind]: true }, depth - 1));
		}
		if (!ctx.link) {
			// A link must show some text: a hard break at its edge drops out of the link.
			const inner = { ...ctx, link: true };
			const edge = fc.oneof(text().map(plain), codeSpan(inner));
			options.push(
				fc
					.record({
						href,
						title,
						first: edge,
						middle: fc.array(inlineItem(inner, depth - 1), { maxLength: 2 }),
						last: fc.option(edge, { nil: undefined })
					})
					.map(({ href, title, first, middle, last }): Inline => ({
						kind: 'link',
						href,
						title,
						children: separated(last ? [first, ...middle, last] : [first])
					}))
			);
		}
	}
	return fc.oneof(...options);
}

/** Emphasis whose first and last characters are letters or digits (possibly nested emphasis). */
function emphasis(kind: 'em' | 'strong', ctx: Context, depth: number): fc.Arbitrary<Inline> {
	const edge: fc.Arbitrary<Inline> =
		depth > 0
			? fc.oneof(
					{ weight: 3, arbitrary: boundedText.map(plain) },
					...(['em', 'strong'] as const)
						.filter((k) => !ctx[k])
						.map((k) => ({ weight: 1, arbitrary: emphasis(k, { ...ctx, [k]: true }, depth - 1) }))
				)
			: boundedText.map(plain);
	return fc
		.tuple(edge, fc.array(inlineItem(ctx, depth), { maxLength: 3 }), fc.option(edge))
		.map(([first, middle, last]) => ({
			kind,
			children: separated(last ? [first, ...middle, last] : [first])
		}));
}

function flatten(items: Inline[], marks: readonly Mark[], out: Node[]): Node[] {
	for (const item of items) {
		switch (item.kind) {
			case 'text':
				out.push(schema.text(item.text, marks));
				break;
			case 'code':
				out.push(schema.text(item.text, schema.marks.code.create().addToSet(marks)));
				break;
			case 'break':
				out.push(schema.nodes.hard_break.create(null, null, marks));
				break;
			case 'em':
			case 'strong':
				flatten(item.children, schema.marks[item.kind].create().addToSet(marks), out);
				break;
			case 'link': {
				const link = schema.marks.link.create({ href: item.href, title: item.title });
				flatten(item.children, link.addToSet(marks), out);
				break;
			}
		}
	}
	return out;
}

/** Inline content of a paragraph: never ends with a hard break (that has no Markdown form). */
const paragraphInline = fc
	.array(inlineItem({ em: false, strong: false, link: false, breaks: true }, 2), {
		minLength: 1,
		maxLength: 5
	})
	.map((items) => flatten(separated(items), [], []))
	.filter((nodes) => nodes.length > 0 && nodes[nodes.length - 1].type !== schema.nodes.hard_break);

const headingInline = fc
	.array(inlineItem({ em: false, strong: false, link: false, breaks: false }, 2), {
		minLength: 1,
		maxLength: 4
	})
	.map((items) => flatten(separated(items), [], []));

const paragraph = paragraphInline.map((c) => schema.nodes.paragraph.create(null, c));
const heading = fc
	.tuple(fc.integer({ min: 1, max: 3 }), headingInline)
	.map(([level, c]) => schema.nodes.heading.create({ level }, c));
const codeBlock = fc
	.tuple(
		fc.option(
			text(6).map((t) => t.replace(/[\r\n]/g, ' ').trim()),
			{ nil: '' }
		),
		fc.array(fc.oneof(char, fc.constantFrom('\n', '`', '~')), { maxLength: 20 })
	)
	// markdown-it turns every `\r` in its input into a line ending, in code too.
	.map(([params, cs]) => [params, cs.join('').replace(/\r/g, '')] as const)
	.map(([params, code]) =>
		schema.nodes.code_block.create({ params }, code ? schema.text(code) : null)
	);
const hr = fc.constant(null).map(() => schema.nodes.horizontal_rule.create());

const { block } = fc.letrec<{ block: Node; item: Node; list: Node; quote: Node }>((tie) => ({
	block: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		{ weight: 6, arbitrary: paragraph },
		{ weight: 2, arbitrary: heading },
		{ weight: 1, arbitrary: codeBlock },
		{ weight: 1, arbitrary: hr },
		{ weight: 2, arbitrary: tie('quote') },
		{ weight: 2, arbitrary: tie('list') }
	),
	quote: fc
		.array(tie('block'), { minLength: 1, maxLength: 3 })
		.map((c) => schema.nodes.blockquote.create(null, c)),
	item: fc
		.oneof(
			{
				weight: 5,
				arbitrary: fc
					.tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
					.map(([p, rest]) => [p, ...rest])
			},
			// An empty item, and one whose first block is not a paragraph (`- # h`).
			{ weight: 1, arbitrary: fc.constant(null).map(() => [schema.nodes.paragraph.create()]) },
			{
				weight: 1,
				arbitrary: fc
					.tuple(
						fc.oneof(heading, codeBlock, hr, tie('quote'), tie('list')),
						fc.array(tie('block'), { maxLength: 1 })
					)
					.map(([first, rest]) => [schema.nodes.paragraph.create(), first, ...rest])
			}
		)
		.map((c) => schema.nodes.list_item.create(null, c as Node[])),
	list: fc
		.tuple(
			fc.boolean(),
			fc.boolean(),
			fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 1_000_000_000 })),
			fc.array(tie('item'), { minLength: 1, maxLength: 3 })
		)
		.map(([ordered, tight, order, items]) =>
			ordered
				? schema.nodes.ordered_list.create({ order: Math.min(order, 999_999_999), tight }, items)
				: schema.nodes.bullet_list.create({ tight }, items)
		)
}));

const documents = fc.record({
	title: text(10),
	doc: fc.array(block, { minLength: 1, maxLength: 4 }).map((c) => schema.nodes.doc.create(null, c))
});

/** A list where `tight` is visible and always writable: two or more one-paragraph items. */
function isPlainList(json: JsonNode): boolean {
	const items = json.content ?? [];
	return (
		items.length > 1 &&
		items.every(
			(i) =>
				i.content?.length === 1 &&
				i.content[0].type === 'paragraph' &&
				(i.content[0].content?.length ?? 0) > 0
		)
	);
}

interface JsonNode {
	type: string;
	attrs?: Record<string, unknown>;
	content?: JsonNode[];
}

/** Copy `tight` from `actual` into `expected` wherever the serializer may choose it. */
function allowTightChoice(expected: JsonNode, actual: JsonNode): JsonNode {
	const copy: JsonNode = { ...expected };
	if (
		(expected.type === 'bullet_list' || expected.type === 'ordered_list') &&
		!isPlainList(expected)
	) {
		if (actual?.type === expected.type)
			copy.attrs = { ...expected.attrs, tight: actual.attrs?.tight };
	}
	if (expected.content) {
		copy.content = expected.content.map((c, i) =>
			allowTightChoice(c, actual?.content?.[i] as JsonNode)
		);
	}
	return copy;
}

function staysNormalWhenTrimmed(doc: Node): boolean {
	let ok = true;
	const trimmed = trimTrailingSpaces(doc);
	if (trimmed === doc) return true;
	trimmed.descendants((node) => {
		if (!node.isTextblock) return true;
		if (node.lastChild?.type === schema.nodes.hard_break) ok = false;
		if (node.childCount === 0) ok = false;
		// A hard break carries only the marks it shares with the content after it (a link
		// holding nothing but a break has no Markdown form); trimming can take that content away.
		node.forEach((child, _offset, index) => {
			if (child.type !== schema.nodes.hard_break) return;
			let next: Node | null = null;
			for (let k = index + 1; k < node.childCount && !next; k++) {
				if (node.child(k).type !== schema.nodes.hard_break) next = node.child(k);
			}
			if (child.marks.some((m) => !next || !m.isInSet(next.marks))) ok = false;
		});
		return false;
	});
	return ok;
}

describe('doc → Markdown → doc property', () => {
	it(
		`holds for ${RUNS} generated documents`,
		() => {
			fc.assert(
				fc.property(documents, ({ title, doc }) => {
					doc.check();
					// Trailing spaces are trimmed on export; a line left empty by that (a paragraph
					// ending in a hard break, an empty paragraph) is outside normal form.
					fc.pre(staysNormalWhenTrimmed(doc));
					const markdown = docToMarkdown(doc, title);
					const back = markdownToDoc(markdown);
					if (!back.ok) throw new Error(back.error);
					const actual = back.doc.toJSON() as JsonNode;
					const context = `Markdown:\n${markdown}\nDocument: ${JSON.stringify(doc.toJSON())}`;
					expect(actual, context).toEqual(
						allowTightChoice(trimTrailingSpaces(doc).toJSON() as JsonNode, actual)
					);
					expect(back.title, context).toBe(title);
					expect(back.notices, context).toEqual([]);
					expect(docToMarkdown(back.doc, back.title ?? undefined), context).toBe(markdown);
				}),
				{ numRuns: RUNS }
			);
		},
		Math.max(300_000, RUNS * 30)
	);
});

/**
 * The editor's way of marking text: bold and italic over arbitrary, possibly overlapping,
 * ranges of whole words. Words are separated by spaces, which carry the marks both neighbours
 * share, so every emphasis edge touches a space or the block edge.
 */
const word = fc
	.array(fc.constantFrom(...'abcXYZ019éß日.,;:!?()-'), { minLength: 1, maxLength: 6 })
	.map((cs) => cs.join(''));
const markedWords = fc.array(
	fc.record({ word, em: fc.boolean(), strong: fc.boolean(), link: fc.boolean() }),
	{ minLength: 1, maxLength: 8 }
);

function wordsParagraph(
	words: { word: string; em: boolean; strong: boolean; link: boolean }[]
): Node {
	const link = schema.marks.link.create({ href: 'https://example.com', title: null });
	const marksOf = (w: { em: boolean; strong: boolean; link: boolean }) => {
		let marks: readonly Mark[] = [];
		if (w.em) marks = schema.marks.em.create().addToSet(marks);
		if (w.strong) marks = schema.marks.strong.create().addToSet(marks);
		if (w.link) marks = link.addToSet(marks);
		return marks;
	};
	const nodes: Node[] = [];
	words.forEach((w, i) => {
		if (i > 0) {
			const shared = marksOf(w).filter((m) => m.isInSet(marksOf(words[i - 1])));
			nodes.push(schema.text(' ', shared));
		}
		nodes.push(schema.text(w.word, marksOf(w)));
	});
	return schema.nodes.paragraph.create(null, nodes);
}

describe('overlapping emphasis over whole words', () => {
	it(`round-trips for ${Math.round(RUNS / 5)} generated paragraphs`, () => {
		fc.assert(
			fc.property(markedWords, (words) => {
				const doc = schema.nodes.doc.create(null, wordsParagraph(words));
				const markdown = docToMarkdown(doc, 'T');
				const back = markdownToDoc(markdown);
				if (!back.ok) throw new Error(back.error);
				expect(back.doc.childCount, markdown).toBe(1);
				expect(visibleMarks(back.doc), `Markdown:\n${markdown}`).toEqual(
					visibleMarks(trimTrailingSpaces(doc))
				);
			}),
			{ numRuns: Math.round(RUNS / 5) }
		);
	});
});
