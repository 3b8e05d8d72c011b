import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

const doc = (name: string, ...sections: [string, string][]) => ({
	name,
	markdown: sections.map(([h, body]) => `## ${h}\n\n${body}\n`).join('\n')
});

const A = doc(
	'a.md',
	['Context', 'We already run Kafka for analytics. Orders are stored in MySQL today.'],
	[
		'Decision',
		'We keep PostgreSQL as the system of record for orders, because our backups only cover Postgres.'
	]
);
const B = doc(
	'b.md',
	['Background', 'Kafka carries the clickstream for the analytics team.'],
	[
		'Proposal',
		'Invoices stay in Postgres rather than moving to DynamoDB, so that finance keeps one source of truth.'
	],
	[
		'Alternatives considered',
		'DynamoDB had real support from the platform team, who argued it scales without sharding.'
	]
);
const C = doc('c.md', [
	'Proposal',
	'The scheduler will be written in Go. Retries use exponential backoff.'
]);

describe('extract', () => {
	it('groups a decision worded differently in two docs, with reasons and the rejected option', () => {
		const out = extract([A, B, C]);
		const first = out.decisions[0];
		expect(first.oneOff).toBe(false);
		expect(first.docs).toEqual(['a.md', 'b.md']);
		expect(first.evidence.map((e) => [e.doc, e.line, e.section])).toEqual([
			['a.md', 7, 'Decision'],
			['b.md', 7, 'Proposal']
		]);
		expect(first.controversial).toBe(true);
		expect(first.alternatives.join(' ')).toMatch(/DynamoDB/);
		expect(first.rationale.join(' ')).toMatch(/because our backups/);
		expect(first.rationale.join(' ')).toMatch(/so that finance/);
		expect(first.id).toMatch(/^d-[0-9a-f]{8}$/);
	});

	it('does not turn mentions in context sections into decisions', () => {
		const out = extract([A, B, C]);
		const texts = out.decisions.flatMap((d) => d.evidence.map((e) => e.text));
		expect(texts.some((t) => /Kafka/.test(t))).toBe(false);
		expect(texts.some((t) => /MySQL/.test(t))).toBe(false);
	});

	it('lists decisions made in one doc only after the recurring ones', () => {
		const out = extract([A, B, C]);
		const go = out.decisions.find((d) => /Go\./.test(d.summary));
		expect(go?.oneOff).toBe(true);
		expect(go?.docs).toEqual(['c.md']);
		const firstOneOff = out.decisions.findIndex((d) => d.oneOff);
		expect(out.decisions.slice(firstOneOff).every((d) => d.oneOff)).toBe(true);
	});

	it('keeps ids stable across re-runs and document order', () => {
		const a = extract([A, B, C]).decisions[0].id;
		const b = extract([C, B, A]).decisions[0].id;
		expect(a).toBe(b);
	});

	it('never throws on odd input and rejects bad options', () => {
		for (const md of ['', '#', '```\ncode', '- \n- ?', '\u0000']) {
			expect(() => extract([{ name: 'x.md', markdown: md }])).not.toThrow();
		}
		expect(extract([]).decisions).toEqual([]);
		expect(() => extract([A], { minDocs: 1 })).toThrow(RangeError);
		expect(() => extract([A], { grouping: { threshold: 2 } })).toThrow(RangeError);
	});

	it('reads terse decisions from lists and tables in decision sections', () => {
		const x = doc('x.md', [
			'Decision',
			'| Area | Choice |\n|---|---|\n| Datastore | PostgreSQL 16 |'
		]);
		const y = doc('y.md', ['Decision', '- Datastore: Postgres, managed by RDS']);
		const first = extract([x, y]).decisions[0];
		expect(first.docs).toEqual(['x.md', 'y.md']);
		expect(first.evidence.map((e) => [e.line, e.text])).toEqual([
			[5, 'Datastore, PostgreSQL 16.'],
			[3, 'Datastore: Postgres, managed by RDS']
		]);
	});

	it('folds extra synonyms given by the caller', () => {
		const x = doc('x.md', ['Decision', 'We standardise on Acme Queue for background jobs.']);
		const y = doc('y.md', ['Decision', 'Every asynchronous task must go through AQ.']);
		const without = extract([x, y]).decisions.filter((d) => !d.oneOff);
		const withSyn = extract([x, y], { synonyms: [['acme-queue', 'acme queue', 'AQ']] }).decisions;
		expect(without.length).toBe(0);
		expect(withSyn[0].docs).toEqual(['x.md', 'y.md']);
	});
});

describe('extract on awkward documents', () => {
	it('does not make a recurring decision of a system every doc merely mentions', () => {
		const docs = ['a', 'b', 'c', 'd'].map((n, i) =>
			doc(
				`${n}.md`,
				['Context', `Service ${n} already publishes its events to Kafka for the warehouse team.`],
				[
					'Proposal',
					`We will cache ${['prices', 'menus', 'routes', 'photos'][i]} in memory for five minutes.`
				]
			)
		);
		const recurring = extract(docs).decisions.filter((d) => !d.oneOff);
		expect(recurring.some((d) => /Kafka/.test(d.evidence.map((e) => e.text).join(' ')))).toBe(
			false
		);
	});

	it('reads docs that use top-level headings for their sections', () => {
		const a =
			'# Problem\n\nOrders must never be lost.\n\n# Decision\n\nWe keep Postgres as the system of record.\n';
		const b =
			'# Context\n\nPayments must never double.\n\n# Decision\n\nPostgres stays the system of record.\n';
		const out = extract([
			{ name: 'a.md', markdown: a },
			{ name: 'b.md', markdown: b }
		]);
		const texts = out.decisions.flatMap((d) => d.evidence.map((e) => e.text));
		expect(texts.some((t) => /must never/.test(t))).toBe(false);
		expect(out.decisions[0].docs).toEqual(['a.md', 'b.md']);
	});
});

describe('extract groups on what decisions are about, not their verbs', () => {
	const docs = [
		doc('imports.md', ['Decision', 'The importer will skip a row containing a malformed date.']),
		doc('mail.md', ['Decision', 'The mailer will skip a message containing an unknown recipient.']),
		doc('audit.md', [
			'Decision',
			'Every malformed date in an imported row is written to the audit log.'
		])
	];
	it('groups a decision with the one that shares its object, not the one that shares its verbs', () => {
		const recurring = extract(docs).decisions.filter((d) => !d.oneOff);
		expect(recurring.map((d) => d.docs)).toEqual([['imports.md', 'audit.md']]);
	});
});
