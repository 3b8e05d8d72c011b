import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { createChecker } from '$lib/analysis';
import { docToMarkdown, trimTrailingSpaces } from '$lib/markdown/serialize';
import { markdownToDoc } from '$lib/markdown/parse';
import { b } from '$lib/markdown/test-helpers';
import { docSource, rangeOf, type DocSource } from './source-map';

const { doc, p, h, quote, ul, ol, li, code, hr, br, em, strong, icode, link } = b;

/** Tables, tasks, strikethrough and verbatim blocks, parsed from Markdown. */
function gfmDocs(): [string, Node, string?][] {
	const parse = (md: string) => {
		const r = markdownToDoc(md);
		if (!r.ok) throw new Error(r.error);
		return r.doc;
	};
	return [
		['front matter and title', parse('---\na: 1\n---\n\nWe ship in May.'), 'Front'],
		['front matter, no title', parse('---\na: 1\n---\n\nWe ship in May.')],
		['table', parse('Intro.\n\n| Goal | *Date* |\n| :-- | --: |\n| Ship \\| it | May |'), 'T'],
		['tasks and strike', parse('- [ ] Write ~~the~~ a plan\n- [x] Done it'), 'T'],
		['raw blocks', parse('<div>\nraw\n</div>\n\n$$\nx\n$$\n\nAfter.'), 'T']
	];
}

/** Documents covering every node and mark, with awkward text (escapes, entities, markers). */
const DOCS: [string, Node, string?][] = [
	['paragraphs', doc(p('First paragraph here.'), p('Second one, with more words.')), 'Title'],
	['no title, h1 first', doc(h(1, 'Heading one'), p('Body text.'))],
	['headings', doc(h(2, 'Goals'), p('We ship in May.'), h(3, 'Non-goals #1'), p('None.')), 'T'],
	[
		'inline marks',
		doc(
			p('Plain ', strong('bold words'), ' and ', em('leaning'), ' then ', icode('a*b`c'), ' end.')
		),
		'Marks'
	],
	[
		'links',
		doc(p('See ', link('the runbook', 'https://example.com/run', 'Run it'), ' for more.')),
		'L'
	],
	['autolink', doc(p('Mail ', link('https://x.org', 'https://x.org'), ' now.'))],
	[
		'escapes',
		doc(p('1. not a list * star [brackets] back\\slash <tag> & co_op snake_case _x_ ~tilde!')),
		'E'
	],
	['leading and trailing spaces', doc(p('  two spaces'), p('trailing ')), 'S'],
	[
		'nested lists',
		doc(
			ul(
				true,
				li(p('Item one')),
				li(p('Item two'), ul(true, li(p('Nested a')), li(p('Nested b')))),
				li(p('1 starts with a digit'))
			),
			ol(3, false, li(p('Third')), li(p('Fourth'), p('More in fourth')))
		),
		'Lists'
	],
	[
		'adjacent lists',
		doc(ul(true, li(p('a one'))), ul(true, li(p('b two'))), ul(true, li(p('c three')))),
		'Adj'
	],
	['quote', doc(quote(p('Quoted line.'), p('Second quoted.')), p('After.')), 'Q'],
	['hard break', doc(p('Line one', br(), 'line two'), quote(p('q1', br(), '- q2'))), 'B'],
	['code block', doc(p('Before.'), code('ts', 'const a = 1;\n- not a list\n'), p('After.'))],
	['empty paragraphs and rule', doc(p('One.'), p(), hr(), p(), p('Two.')), 'R'],
	['list in quote in list', doc(ul(false, li(p('outer'), quote(ul(true, li(p('deep')))))))],
	...gfmDocs()
];

/** Every text character's offset in the Markdown, via the block alignment. */
function alignedChars(source: DocSource, d: Node) {
	const out: { ch: string; md: string }[] = [];
	for (const block of source.blocks) {
		for (let i = 0; i < block.src.length; i++) {
			const pos = block.pos + block.pm[i];
			out.push({
				ch: d.textBetween(pos, pos + 1),
				md: source.markdown.slice(block.offset + block.src[i])
			});
		}
	}
	return out;
}

function textCount(d: Node): number {
	let n = 0;
	d.descendants((node) => {
		if (node.isText) n += node.text!.length;
		return true;
	});
	return n;
}

function lineCol(markdown: string, offset: number) {
	const before = markdown.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

describe('docSource', () => {
	it.each(DOCS)('%s: Markdown equals docToMarkdown', (_, d, title) => {
		expect(docSource(d, title).markdown).toBe(docToMarkdown(d, title));
	});

	it.each(DOCS)(
		'%s: every text character is aligned with the character that wrote it',
		(_, d, title) => {
			const source = docSource(d, title);
			const chars = alignedChars(source, d);
			// Trailing spaces are not written (export trims them), so they align with nothing.
			expect(chars.length).toBe(textCount(trimTrailingSpaces(d)));
			for (const { ch, md } of chars) {
				const written = md.startsWith('&#x')
					? String.fromCodePoint(parseInt(md.slice(3), 16))
					: md[0];
				expect(written === ch || (ch === '\n' && written === ' ')).toBe(true);
			}
		}
	);

	it('reuses pieces of unchanged blocks (same node, same Markdown)', () => {
		const a = doc(p('Stays.'), p('Changes.'));
		const s1 = docSource(a);
		const b2 = a.replace(a.child(0).nodeSize + 1, a.child(0).nodeSize + 2, doc(p('X')).slice(1, 2));
		const s2 = docSource(b2);
		expect(s2.blocks[0].src).toBe(s1.blocks[0].src);
		expect(s2.blocks[1].src).not.toBe(s1.blocks[1].src);
	});
});

describe('rangeOf', () => {
	/** [name, doc, title, Markdown span (unique in the source), expected ProseMirror text]. */
	const SPANS: [string, Node, string | undefined, string, string][] = [
		['plain word', doc(p('Alpha beta gamma.')), 'T', 'beta', 'beta'],
		['second paragraph', doc(p('One.'), p('Two three.')), 'T', 'three', 'three'],
		['bold span with its markers', doc(p('A ', strong('big'), ' deal.')), 'T', '**big**', 'big'],
		[
			'sentence across marks',
			doc(p('We use ', em('Kafka'), ' for events.')),
			'T',
			'use *Kafka* for',
			'use Kafka for'
		],
		[
			'link text',
			doc(p('Read ', link('the doc', 'https://e.com'), ' now.')),
			'T',
			'the doc',
			'the doc'
		],
		[
			'whole link',
			doc(p('Read ', link('the doc', 'https://e.com'), ' now.')),
			'T',
			'[the doc](https://e.com) now',
			'the doc now'
		],
		['heading text', doc(h(2, 'Our goals')), 'T', 'Our goals', 'Our goals'],
		[
			'nested list item',
			doc(ul(true, li(p('top'), ul(true, li(p('inner item text')))))),
			'T',
			'inner item',
			'inner item'
		],
		[
			'ordered item starting with a digit',
			doc(ol(1, true, li(p('first')), li(p('2 teams agree')))),
			'T',
			'2 teams',
			'2 teams'
		],
		['escaped star', doc(p('a * b c')), 'T', '\\* b', '* b'],
		['inline code', doc(p('Run ', icode('make all'), ' daily.')), 'T', 'make all', 'make all'],
		['code block line', doc(code('', 'line one\nline two')), 'T', 'line two', 'line two'],
		['quote', doc(quote(p('Quoted words here.'))), 'T', 'words', 'words'],
		['after hard break', doc(p('one', br(), 'two three')), 'T', 'two', 'two']
	];

	it.each(SPANS)('%s', (_, d, title, span, expected) => {
		const source = docSource(d, title);
		const at = source.markdown.indexOf(span);
		expect(at, source.markdown).toBeGreaterThanOrEqual(0);
		expect(source.markdown.indexOf(span, at + 1)).toBe(-1);
		const { line, column } = lineCol(source.markdown, at);
		const range = rangeOf(source, line, column, span.length);
		expect(range).not.toBeNull();
		expect(d.textBetween(range!.from, range!.to, '\n')).toBe(expected);
	});

	it('puts the title line outside the body', () => {
		const source = docSource(doc(p('Body.')), 'My title');
		expect(rangeOf(source, 1, 3, 5)).toBeNull();
		expect(rangeOf(source, 99, 1, 1)).toBeNull();
	});

	it('maps every finding of the engine onto text inside its excerpt', () => {
		const checker = createChecker();
		const d = doc(
			h(2, 'Policies'),
			p('We will ', strong('leverage synergies'), ' across teams as appropriate.'),
			ul(
				true,
				li(p('Use ', icode('pg'), ' for everything where it makes sense.')),
				li(p('We might consider improving quality going forward.'))
			),
			p('Our ', em('world-class'), ' platform will delight users with seamless innovation.')
		);
		const source = docSource(d, 'Strategy');
		const report = checker.check(source.markdown, { kind: 'strategy', today: '2025-01-15' });
		const inBody = report.findings.filter((f) => f.line > 1);
		expect(inBody.length).toBeGreaterThan(2);
		const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
		for (const f of inBody) {
			const range = rangeOf(source, f.line, f.column, f.length);
			expect(range, JSON.stringify(f)).not.toBeNull();
			const text = norm(d.textBetween(range!.from, range!.to, ' '));
			expect(text.length).toBeGreaterThan(0);
			expect(norm(f.excerpt), JSON.stringify(f)).toContain(text);
		}
	});
});
