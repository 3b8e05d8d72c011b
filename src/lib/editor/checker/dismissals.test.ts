import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { check, type Finding } from '$lib/analysis';
import { markdownToDoc } from '$lib/markdown/parse';
import { b } from '$lib/markdown/test-helpers';
import {
	dismissalKey,
	dismissalOf,
	originalLine,
	partition,
	restoreDismissals,
	type Dismissal
} from './dismissals';
import { withIgnoreComments } from './ignore-comments';
import { DocChecker, type CheckInput } from './run';

const { doc, p, h, ul, ol, li, strong } = b;
const TODAY = '2025-01-15';

const finding = (rule: Finding['rule'], excerpt: string): Finding => ({
	rule,
	severity: 'warning',
	message: 'm',
	line: 1,
	column: 1,
	excerpt
});

describe('restoreDismissals', () => {
	it.each([
		['not an array', { rule: 'hedge' }, []],
		['unknown rule', [{ rule: 'nope', excerpt: 'x', reason: '', at: 1 }], []],
		['no excerpt', [{ rule: 'hedge', reason: '' }], []],
		[
			'valid, ISO time',
			[{ rule: 'hedge', excerpt: 'We might.', reason: 'ok', at: '2025-01-01T00:00:00Z' }],
			[
				{
					rule: 'hedge',
					excerpt: 'We might.',
					reason: 'ok',
					at: Date.parse('2025-01-01T00:00:00Z')
				}
			]
		],
		[
			'duplicates keep the first; missing reason is empty',
			[
				{ rule: 'hedge', excerpt: 'A  b', at: 5 },
				{ rule: 'hedge', excerpt: 'A b', reason: 'second', at: 6 }
			],
			[{ rule: 'hedge', excerpt: 'A  b', reason: '', at: 5 }]
		]
	])('%s', (_, raw, expected) => {
		expect(restoreDismissals(raw)).toEqual(expected);
	});
});

describe('partition', () => {
	it('matches by rule and excerpt, ignoring whitespace', () => {
		const d: Dismissal[] = [{ rule: 'hedge', excerpt: 'We  might\nship.', reason: '', at: 0 }];
		const all = [
			finding('hedge', 'We might ship.'),
			finding('specificity', 'We might ship.'),
			finding('hedge', 'We will ship.')
		];
		const { shown, hidden } = partition(all, d);
		expect(hidden).toEqual([all[0]]);
		expect(shown).toEqual([all[1], all[2]]);
	});

	it('builds a dismissal from a finding, trimming the reason', () => {
		const d = dismissalOf(finding('hedge', 'x'), '  too   strict ', new Date(42));
		expect(d).toEqual({ rule: 'hedge', excerpt: 'x', reason: 'too strict', at: 42 });
		expect(dismissalKey('hedge', ' x ')).toBe(dismissalKey(d.rule, d.excerpt));
	});
});

describe('originalLine', () => {
	it('maps lines of the commented text back', () => {
		const c = { markdown: '', inserted: [3, 5] };
		// Commented text: 1, 2, <c>, 3, 4, <c>, 5, 6
		expect([1, 2, 3, 4, 5, 6, 7, 8].map((l) => originalLine(c, l))).toEqual([
			1,
			2,
			null,
			3,
			4,
			null,
			5,
			6
		]);
	});
});

/** Documents with findings in paragraphs, first and later list items, nested items. */
const GENERIC = 'We will leverage synergies to deliver world-class innovation across the board.';
const HEDGED = 'We might possibly consider moving some services where appropriate.';
const DOCS: [string, Node, CheckInput['kind']][] = [
	[
		'strategy with generic policies',
		doc(
			h(2, 'Policies'),
			p(GENERIC),
			p('We will run ', strong('PostgreSQL 16'), ' for the billing ledger because it is proven.'),
			ul(
				true,
				li(p(HEDGED)),
				li(p(GENERIC.replace('We will', 'Teams should'))),
				li(p(HEDGED.replace('some', 'all')))
			),
			ol(
				1,
				true,
				li(p('Use Kafka 3.6 for events.'), ul(true, li(p(GENERIC.replace('across', 'throughout')))))
			),
			p(HEDGED.replace('services', 'jobs'))
		),
		'strategy'
	],
	[
		'vision',
		doc(
			p('By 2027 drivers in Leeds get routes in 2 seconds.'),
			p(GENERIC),
			ul(true, li(p('Zero incidents, unlimited scale, forever.')), li(p(HEDGED)))
		),
		'vision'
	]
];

const key = (f: Finding) => `${f.rule}|${f.excerpt.replace(/\s+/g, ' ').trim()}`;

describe('export with ignore comments agrees with fivefold check', () => {
	it.each(DOCS)('%s', async (_, d, kind) => {
		const checker = new DocChecker();
		const base: CheckInput = { kind, title: 'Doc', today: TODAY, dismissed: [] };
		const before = (await checker.check(d, base))!;
		const candidates = before.shown.filter((f) => f.range && f.severity !== 'error');
		expect(candidates.length).toBeGreaterThanOrEqual(3);
		// Dismiss every other finding in the body, list items included.
		const dismissed = candidates.filter((_, i) => i % 2 === 0).map((f) => dismissalOf(f, 'ok'));
		const input = { ...base, dismissed };

		const editor = (await checker.check(d, input))!;
		const exported = await checker.exportMarkdown(d, input);
		const cli = check(exported, { kind, today: TODAY });

		expect(cli.findings.map(key).sort()).toEqual(editor.shown.map(key).sort());
		expect(cli.pass).toBe(editor.report.pass);
		for (const dm of dismissed) {
			expect(editor.hidden.map(key)).toContain(key(finding(dm.rule, dm.excerpt)));
			expect(cli.findings.map(key)).not.toContain(key(finding(dm.rule, dm.excerpt)));
		}
		// Every shown finding is still placed in the text after the comments shifted the lines.
		for (const f of editor.shown.filter((f) => f.line > 1)) {
			expect(f.range, JSON.stringify(f)).not.toBeNull();
			const text = d.textBetween(f.range!.from, f.range!.to, ' ');
			expect(f.excerpt.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').trim());
		}
		// The file is still Markdown the app reads: one list stays one list.
		const back = markdownToDoc(exported);
		expect(back.ok).toBe(true);
	});

	it('leaves Markdown alone when nothing is dismissed', () => {
		const md = '# T\n\nWe might consider it.\n';
		const c = withIgnoreComments(md, check(md, { kind: 'strategy', today: TODAY }).findings, []);
		expect(c).toEqual({ markdown: md, inserted: [] });
	});

	it('writes the directive the engine reads, before the block', () => {
		const md = '# T\n\nFirst paragraph is fine with PostgreSQL 16.\n\n' + HEDGED + '\n';
		const findings = check(md, { kind: 'strategy', today: TODAY }).findings;
		const hedge = findings.find((f) => f.rule === 'hedge')!;
		const c = withIgnoreComments(md, findings, [dismissalOf(hedge)]);
		expect(c.markdown).toContain(`\n\n<!-- fivefold-disable-next hedge -->\n${HEDGED}\n`);
	});
});
