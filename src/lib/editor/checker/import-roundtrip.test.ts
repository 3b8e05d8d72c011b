/**
 * Dismissals survive Export Markdown → Import Markdown: the export the editor uses
 * (`DocChecker.exportMarkdown`, ignore comments in place) read back by the model's Markdown
 * import gives the same dismissals, no comment text in the body, and the title.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { check, type DocKind, type Finding } from '$lib/analysis';
import { b } from '$lib/markdown/test-helpers';
import { contentToDoc } from '$lib/model/validate';
import { docFromMarkdownFile } from '$lib/model/workspace-file';
import { dismissalOf, restoreDismissals } from './dismissals';
import { DocChecker, type CheckInput } from './run';

const { doc, p, h, ul, li, strong } = b;
const TODAY = '2025-01-15';
const GENERIC = 'We will leverage synergies to deliver world-class innovation across the board.';
const HEDGED = 'We might perhaps consider moving some services to Kubernetes eventually.';

const key = (f: { rule: string; excerpt: string }) =>
	`${f.rule}|${f.excerpt.replace(/\s+/g, ' ').trim()}`;

// [case, document, kind]
const DOCS: [string, Node, DocKind][] = [
	['one paragraph', doc(p(GENERIC)), 'strategy'],
	[
		'paragraphs and a list',
		doc(
			h(2, 'Policies'),
			p(GENERIC),
			p('We will run ', strong('PostgreSQL 16'), ' for the billing ledger because it is proven.'),
			ul(true, li(p('Use Kafka 3.6 for events.')), li(p(HEDGED)), li(p(GENERIC)))
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

describe('dismissals round-trip through Markdown export and import', () => {
	it.each(DOCS)('%s', async (_, d, kind) => {
		const checker = new DocChecker({ worker: false });
		const base: CheckInput = { kind, title: 'Roadmap', today: TODAY, dismissed: [] };
		const first = await checker.check(d, base);
		// One dismissed finding per block, so the block-wide comment silences only it.
		const perBlock = new Map<number, Finding>();
		for (const f of first.shown) if (f.line > 1 && !perBlock.has(f.line)) perBlock.set(f.line, f);
		// Validated as stored: one dismissal per rule and excerpt.
		const dismissed = restoreDismissals([...perBlock.values()].map((f) => dismissalOf(f, 'ok')));
		expect(dismissed.length).toBeGreaterThan(0);
		const input = { ...base, dismissed };
		const before = await checker.check(d, input);
		const markdown = await checker.exportMarkdown(d, input);
		expect(markdown).toContain('<!-- fivefold-disable-next');

		const imported = docFromMarkdownFile(new TextEncoder().encode(markdown), 'x.md', kind, {
			findings: (md, k) => check(md, { kind: k, today: TODAY }).findings
		});
		if (!imported.ok) throw new Error(imported.error);
		const record = imported.value.doc;
		expect(record.title).toBe('Roadmap');
		expect(restoreDismissals(record.dismissed).map(key).sort()).toEqual(dismissed.map(key).sort());
		const body = contentToDoc(record.content, 'Document');
		if (!body.ok) throw new Error(body.error);
		expect(body.value.textContent).not.toContain('<!--');
		expect(body.value.textContent).not.toContain('fivefold-');
		expect(body.value.eq(d)).toBe(true);

		// The editor shows and hides the same findings as before the round trip.
		const after = await checker.check(body.value, {
			...base,
			dismissed: restoreDismissals(record.dismissed)
		});
		expect(after.shown.map(key).sort()).toEqual(before.shown.map(key).sort());
		expect(after.hidden.map(key).sort()).toEqual(before.hidden.map(key).sort());
	});

	it('without the engine, a one-sentence paragraph still round-trips', async () => {
		const checker = new DocChecker({ worker: false });
		const input: CheckInput = { kind: 'strategy', title: 'T', today: TODAY, dismissed: [] };
		const f = (await checker.check(doc(p(GENERIC)), input)).shown.find((x) => x.line > 1)!;
		const dismissed = [dismissalOf(f)];
		const md = await checker.exportMarkdown(doc(p(GENERIC)), { ...input, dismissed });
		const imported = docFromMarkdownFile(new TextEncoder().encode(md), 'x.md', 'strategy');
		if (!imported.ok) throw new Error(imported.error);
		expect(imported.value.doc.dismissed.map(key)).toEqual(dismissed.map(key));
	});
});
