import { describe, expect, it } from 'vitest';
import type { Extraction } from '../types.js';
import {
	headingsAt,
	isTemplateText,
	landingOf,
	maxMatching,
	lineStarts,
	locateQuotes,
	offsetAt,
	plainText,
	pr,
	scoreSentenceRule,
	topFigures,
	type SentenceLabel
} from './match.js';
import { sameName } from '../extract/score.js';

const DOC = [
	'# Title', // line 1
	'',
	'We use Postgres. It is fast.', // line 3
	'',
	'- Teams may try Kafka.', // line 5
	'',
	'## Status',
	'',
	'Accepted' // line 9
].join('\n');

describe('locating quotes and findings', () => {
	const starts = lineStarts(DOC);
	const spans = locateQuotes(DOC, [
		'We use Postgres.',
		'It is fast.',
		'Teams may try Kafka.',
		'Accepted',
		'not in the file'
	]);

	it('finds each quote in order, and null for one that is not there', () => {
		expect(spans.map((s) => (s ? DOC.slice(s.start, s.end) : null))).toEqual([
			'We use Postgres.',
			'It is fast.',
			'Teams may try Kafka.',
			'Accepted',
			null
		]);
	});

	it('takes the occurrence after the previous quote when a phrase repeats', () => {
		const text = 'A. B. A.';
		expect(locateQuotes(text, ['B.', 'A.'])).toEqual([
			{ start: 3, end: 5 },
			{ start: 6, end: 8 }
		]);
	});

	it('turns 1-based line and column into an offset', () => {
		expect(offsetAt(starts, 3, 1)).toBe(DOC.indexOf('We use'));
		expect(offsetAt(starts, 5, 3)).toBe(DOC.indexOf('Teams'));
	});

	// [case, finding line:column+length, landing]
	const cases: [string, [number, number, number], string][] = [
		['start of a sentence', [3, 1, 16], 'sentence 0'],
		['inside the second sentence of a line', [3, 21, 4], 'sentence 1'],
		['a list item after its marker', [5, 3, 20], 'sentence 2'],
		['a heading', [1, 1, 7], 'none'],
		['a paragraph-wide finding covering two sentences', [3, 1, 28], 'block']
	];
	it.each(cases)('maps a finding on %s', (_, [line, column, length], want) => {
		const l = landingOf({ line, column, length }, starts, spans);
		expect(l.on === 'sentence' ? `sentence ${l.index}` : l.on).toBe(want);
	});
});

describe('scoring a sentence rule', () => {
	const labels: SentenceLabel[] = [
		{ quote: 'a', policy: true, has_rationale: false, hedged: true, specific: false },
		{ quote: 'b', policy: true, has_rationale: true, hedged: false, specific: true },
		{ quote: 'c', policy: false, has_rationale: null, hedged: false, specific: false },
		{ quote: 'd', template: true, policy: false, hedged: true, specific: false }
	];

	it('counts template sentences as false positives, and apart', () => {
		const s = scoreSentenceRule('hedge', labels, new Set([0, 3]));
		expect(s).toMatchObject({ tp: 1, fp: 1, fn: 0, onTemplate: 1, precision: 0.5, recall: 1 });
	});

	it('rationale: a reasoned policy flagged is a false positive', () => {
		const s = scoreSentenceRule('rationale', labels, new Set([0, 1]));
		expect(s).toMatchObject({ tp: 1, fp: 1, fn: 0 });
	});

	it('specificity: precision over any generic sentence, recall over generic policies', () => {
		// Flags the generic non-policy (right) and misses the generic policy.
		const s = scoreSentenceRule('specificity', labels, new Set([2]));
		expect(s).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0 });
	});

	it('leaves precision and recall undefined when nothing was predicted or expected', () => {
		expect(pr(0, 0, 0)).toMatchObject({ precision: null, recall: null });
	});
});

describe('template text', () => {
	// [extracted sentence, template quote, is template]
	const cases: [string, string, boolean][] = [
		[
			'Items marked with (R) are required',
			'- Items marked with (R) are required *prior to targeting*',
			true
		],
		[
			'[ ] Design details are appropriately documented',
			'- [ ] Design details are appropriately documented',
			true
		],
		['We keep Postgres for the ledger.', 'Status: Accepted', false],
		['Status: Accepted', 'Accepted', false],
		['Use Prometheus Operator for monitoring', 'Use Prometheus Operator', true]
	];
	it.each(cases)('%s ~ %s → %s', (text, quote, want) => {
		expect(isTemplateText(text, quote)).toBe(want);
	});
});

describe('top-five figures', () => {
	const group = (summary: string, docs: string[], oneOff = false) => ({
		summary,
		docs,
		evidence: docs.map((doc) => ({ doc, line: 1, section: '', text: summary })),
		rationale: [],
		controversial: false,
		score: 0,
		oneOff
	});
	const out = {
		decisions: [
			group('Adopt the edition mechanism for the prelude', ['p/a', 'p/b']),
			group('Items marked with (R) are required', ['p/a', 'p/c']),
			group('Run the lints in the edition migration', ['p/a'], true)
		]
	} as Extraction;
	const labels = {
		recurring_decisions: [
			{
				docs: ['p/a', 'p/b'],
				evidence: [
					{ doc: 'p/a', quote: 'Adopt the edition mechanism for the prelude.' },
					{ doc: 'p/b', quote: 'We adopt the edition mechanism for the prelude.' }
				],
				topic_keywords: ['edition', 'prelude']
			}
		]
	};

	it('counts right groups among the first five recurring, recall and template decisions', () => {
		const t = topFigures(out, labels, ['Items marked with (R) are required'], sameName);
		expect(t).toMatchObject({ top5: 2, top5Right: 1, found: 1, foundOneToOne: 1, labelled: 1 });
		expect(t.templateInTop10).toEqual(['Items marked with (R) are required']);
	});
});

describe('reading Markdown around a quote', () => {
	it('lists the headings above an offset, skipping fenced code', () => {
		const md = '# A\n\n## B\n\n```\n# not a heading\n```\n\n### C\n\ntext\n\n## D\n';
		expect(headingsAt(md, md.indexOf('text'))).toEqual(['A', 'B', 'C']);
	});

	it('strips list markers, emphasis, code ticks and link targets', () => {
		expect(plainText('- **Why:** use `pgx` via [the driver](https://x.y)')).toBe(
			'Why: use pgx via the driver'
		);
	});
});

describe('one-to-one matching', () => {
	// [case, label → groups it matches, matched pairs]
	const cases: [string, number[][], number][] = [
		['one broad group matching three labels finds one', [[0], [0], [0]], 1],
		['an augmenting path frees a group for a second label', [[0, 1], [0]], 2],
		['labels nothing matches', [[], [1]], 1]
	];
	it.each(cases)('%s', (_, edges, want) => {
		expect(maxMatching(edges)).toBe(want);
	});
});
