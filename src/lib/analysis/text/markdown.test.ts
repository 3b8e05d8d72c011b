import { describe, expect, it } from 'vitest';
import { parseMarkdown, positionOf } from './markdown.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

describe('parseMarkdown', () => {
	it('finds blocks with lines, sections and list nesting', () => {
		const md = [
			'# Title',
			'',
			'Intro with **bold** and `code`.',
			'',
			'## Decision',
			'',
			'- We will use [Postgres](https://postgresql.org).',
			'  - Why: it is the system of record.',
			'- Second item',
			'',
			'```',
			'code here',
			'```'
		].join('\n');
		const p = parseMarkdown(md);
		const summary = p.blocks.map((b) => [b.type, b.line, b.section, b.depth, b.parent, b.text]);
		expect(summary).toEqual([
			['heading', 1, 'Title', 1, -1, 'Title'],
			['paragraph', 3, 'Title', 0, -1, 'Intro with bold and code.'],
			['heading', 5, 'Decision', 2, -1, 'Decision'],
			['list-item', 7, 'Decision', 0, -1, 'We will use Postgres.'],
			['list-item', 8, 'Decision', 1, 3, 'Why: it is the system of record.'],
			['list-item', 9, 'Decision', 0, -1, 'Second item'],
			['code', 11, 'Decision', 0, -1, '']
		]);
	});

	it.each([
		['## Principles {#principles}', 'Principles'],
		['## Motivation {: #why .lead}', 'Motivation'],
		['### Alternatives {.unnumbered}', 'Alternatives'],
		['## Use {braces} in text', 'Use {braces} in text'],
		['## Sets like {a, b}', 'Sets like {a, b}']
	])('a heading attribute list is not part of the section name: %s', (heading, name) => {
		const p = parseMarkdown(`${heading}\n\nWe will do it.`);
		expect(p.blocks[0].text).toBe(name);
		expect(p.blocks[1].section).toBe(name);
	});

	it.each([
		[
			'a tab-indented sub-list nests in the open item',
			'- For Proposal issues:\n\t- The goal is agreement.\n\t- The discussion ends soon.',
			[
				['list-item', 0, 'For Proposal issues:'],
				['list-item', 1, 'The goal is agreement.'],
				['list-item', 1, 'The discussion ends soon.']
			]
		],
		[
			'a tab-indented marker outside a list is code',
			'Text\n\n\t- not an item',
			[
				['paragraph', 0, 'Text'],
				['code', 0, '']
			]
		]
	] as [string, string, [string, number, string][]][])('%s', (_name, md, expected) => {
		expect(parseMarkdown(md).blocks.map((b) => [b.type, b.depth, b.text])).toEqual(expected);
	});

	it('maps plain-text offsets back to source lines and columns', () => {
		const md = 'Line one\ncontinues *here* and\n\n- item `x` word';
		const p = parseMarkdown(md);
		const para = p.blocks[0];
		const at = para.text.indexOf('here');
		expect(positionOf(p.lineStarts, para.map[at])).toEqual({ line: 2, column: 12 });
		const item = p.blocks[1];
		expect(positionOf(p.lineStarts, item.map[item.text.indexOf('word')])).toEqual({
			line: 4,
			column: 12
		});
	});

	it('keeps HTML comments as their own blocks and never throws on odd input', () => {
		const p = parseMarkdown('<!-- fivefold-disable rationale -->\nText\n\n> quote\n> more');
		expect(p.blocks.map((b) => b.type)).toEqual(['comment', 'paragraph', 'blockquote']);
		expect(p.blocks[2].text).toBe('quote more');
		for (const odd of ['', '\n\n', '```', '<div>', '[x](', '***', '#', '1.', '\u0000\uffff']) {
			expect(() => parseMarkdown(odd)).not.toThrow();
		}
	});
});

describe('splitSentences', () => {
	it('keeps abbreviations inside sentences', () => {
		expect(
			splitSentences('We use e.g. Postgres 16 here. It is 2.5 ms. Why?').map((s) => s.text)
		).toEqual(['We use e.g. Postgres 16 here.', 'It is 2.5 ms.', 'Why?']);
	});
});

describe('tokenize', () => {
	it('keeps technical tokens whole', () => {
		expect(tokenize('p99 of v2.1 is 40ms, idempotency-key at 99.9%').map((t) => t.text)).toEqual([
			'p99',
			'of',
			'v2.1',
			'is',
			'40ms',
			'idempotency-key',
			'at',
			'99.9%'
		]);
	});
});
