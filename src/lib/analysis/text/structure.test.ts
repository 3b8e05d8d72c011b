/**
 * Issue 8, "Document structure is read as prose" and "Parsing": front matter, comments,
 * tables of contents, template checklists, metadata lines and link-only lines are structure
 * (samples README, label `template`), and inline code written with triple backticks on one
 * line stays inline.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { boilerplateOf, normaliseForRecurrence, recurringSentences } from './boilerplate.js';
import { parseMarkdown } from './markdown.js';

function kinds(md: string): (string | null)[] {
	const p = parseMarkdown(md);
	const stack: { depth: number; text: string }[] = [];
	return p.blocks.map((b) => {
		if (b.type === 'heading') {
			while (stack.length && stack[stack.length - 1].depth >= b.depth) stack.pop();
			const own = boilerplateOf(
				b,
				stack.map((h) => h.text)
			);
			stack.push({ depth: b.depth, text: b.text });
			return own;
		}
		return boilerplateOf(
			b,
			stack.map((h) => h.text)
		);
	});
}

const cases: [string, string, (string | null)[]][] = [
	[
		'front matter at the top',
		'---\ntitle: Lease renewals\nstatus: accepted\n---\n\nWe renew leases every 10 s.',
		['front matter', null]
	],
	['a thematic break is not front matter', '---\n\nWe renew leases every 10 s.', [null, null]],
	['an HTML comment', '<!-- Fill in the sections below. -->\n\nProse here.', ['comment', null]],
	[
		'metadata lines, plain and bold',
		'Status: Accepted\nDate: 2024-03-02\nDeciders: the storage group\n\n**Authors:** A. Writer\n\nWe decided to shard by tenant.',
		['metadata', 'metadata', null]
	],
	[
		'a metadata key with a sentence for a value is prose',
		'Status: we will decide after the pilot in June because the numbers from the first region are not in yet.',
		[null]
	],
	['a reason sub-item is not metadata', '- Why: restores exist for Postgres only.', [null]],
	[
		'template checklist items',
		'- [ ] (R) Design details are appropriately documented\n- [x] Tests are written',
		['checklist', 'checklist']
	],
	[
		'a table of contents',
		'## Table of Contents\n\n- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)',
		[null, 'table of contents', 'table of contents', 'table of contents']
	],
	[
		'a table of contents with no heading',
		'1. [Summary](#summary)\n2. [Design](#design)',
		['table of contents', 'table of contents']
	],
	[
		'link-only navigation lines',
		'[Back to the index](README.md)\n\n← [Previous](01.md) | [Next](03.md) →\n\n[Back to main Readme]',
		['link-only line', 'link-only line', 'link-only line']
	],
	[
		'a sentence with a link is prose',
		'We follow [the lease protocol](lease.md) for every controller.',
		[null]
	],
	[
		'prose under a checklist heading is template',
		'## Release Signoff Checklist\n\nItems marked with (R) are required prior to the release.',
		[null, 'template section']
	]
];

describe('boilerplateOf', () => {
	it.each(cases)('%s', (_name, md, expected) => {
		expect(kinds(md)).toEqual(expected);
	});
});

describe('check ignores document structure', () => {
	it('puts no finding on front matter, metadata, checklists, TOCs or nav lines', () => {
		const md = [
			'---',
			'title: Maybe a new scheduler',
			'---',
			'',
			'# Scheduler leases',
			'',
			'Status: Perhaps accepted',
			'Last updated: June 2031',
			'',
			'## Table of Contents',
			'',
			'- [Seamless synergy where appropriate](#x)',
			'',
			'## Checklist',
			'',
			'- [ ] We might consider robust, seamless scalability where appropriate',
			'',
			'[Possibly back to the index](README.md)'
		].join('\n');
		const r = check(md, { kind: 'design', config: { rules: { length: false } } });
		expect(r.findings.filter((f) => f.rule !== 'problem-first')).toEqual([]);
	});

	it('takes no horizon from a date in the metadata', () => {
		const body = 'Merchants are paid within the hour because payouts run every 15 minutes.';
		const md = `# Vision\n\nLast updated: March 2028\n\n${Array(40).fill(body).join(' ')}`;
		const r = check(md, { kind: 'vision', today: '2025-07-01' });
		expect(r.findings.find((f) => f.rule === 'horizon')?.message).toMatch(/No stated horizon/);
	});

	it('does not count boilerplate words toward length', () => {
		const meta = Array(10).fill('Reviewers: someone').join('\n');
		const r = check(`# S\n\n${meta}`, { kind: 'strategy' });
		expect(r.words).toBe(1);
	});
});

describe('recurringSentences', () => {
	it('finds sentences that recur verbatim in half the documents or more (3 of 5)', () => {
		const s = (doc: number, text: string) => ({ doc, text });
		const found = recurringSentences([
			s(0, 'Items marked with (R) are required prior to release.'),
			s(1, 'Items marked with *(R)* are required prior to  release.'),
			s(4, 'Items marked with (R) are required prior to release.'),
			s(2, 'We store leases in etcd.'),
			s(3, 'We store leases in etcd.'),
			s(3, 'Yes.'),
			s(2, 'Yes.')
		]);
		expect([...found]).toEqual(['items marked with (r) are required prior to release.']);
	});

	it.each([
		['Plain text stays as it is.', 'plain text stays as it is.'],
		['  Leading and\ttabbed\n text ', 'leading and tabbed text'],
		['Some *emphasis* and `code` and __bold__', 'some emphasis and code and bold'],
		['Double  space', 'double space']
	])('normalises %j for comparison', (text, key) => {
		expect(normaliseForRecurrence(text)).toBe(key);
	});
});

describe('parseMarkdown, inline code with triple backticks', () => {
	it('keeps a one-line ```code``` span inline and reads the rest of the document', () => {
		const md = '```npm ci``` comes first, then ```npm test```.\n\n## Later\n\nWe will ship it.';
		const p = parseMarkdown(md);
		expect(p.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
		expect(p.blocks[0].text).toBe('npm ci comes first, then npm test.');
	});

	it('still opens a fenced block with an info string', () => {
		const p = parseMarkdown('```ts\nconst x = 1;\n```\n\nAfter.');
		expect(p.blocks.map((b) => b.type)).toEqual(['code', 'paragraph']);
	});
});
