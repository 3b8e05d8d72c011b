import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

// General readings of what two policies measure and who acts (issue 12): the words that govern
// a number, zero stated as a measure, an automatic action vs a person's exclusive rule, a
// team's own X vs one central X, and another vendor's cloud product. Sentences from domains no
// labelled set uses (a bakery chain, a ferry operator, a library network, a bank).

/** A strategy with one Policies section holding the given policy items. */
const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith('We run about twenty services for sixty branches.', name, policies);
const run = (a: string, b: string) =>
	weave([strategy('a.md', a), strategy('b.md', b)], { today: '2026-06-01' }).contradictions;

describe('weave: a number is compared only with one of the same measure', () => {
	it.each([
		[
			'keeps working for: hours vs days, a number in words',
			'Every bakery keeps baking for a full 10-hour shift with the ordering link down.',
			'A bakery cut off from head office keeps selling bread for two days.',
			'number'
		],
		[
			'data lost: minutes of writes vs a recovery point of zero',
			'If the Dublin site fails, the ledger may lose at most the last two minutes of writes.',
			"No payment is ever lost when a site fails: the ledger's recovery point is zero.",
			'number'
		],
		[
			'notice before a change: months in words on both sides',
			'A breaking change to the catalogue feed is announced to libraries nine months before the old feed is switched off.',
			"Libraries get three months' notice of a breaking change to the catalogue feed.",
			'number'
		]
	])('%s', (_, a, b, kind) => {
		const out = run(a, b);
		expect(out.map((c) => c.kind)).toContain(kind);
		const c = out.find((x) => x.kind === kind)!;
		expect(c.why).toMatch(/ vs /);
		expect(c.topic.length).toBeGreaterThan(0);
	});

	it.each([
		[
			'data lost vs how long history is kept, near one system name',
			'The ledger may lose at most the last two minutes of writes in a site failure.',
			'We keep every ledger event from the last 24 months in an audit store.'
		],
		[
			'an answer within milliseconds vs months of notice, one API',
			'The catalogue API answers 99% of requests within 200 ms.',
			"Libraries get three months' notice of a breaking change to the catalogue API."
		],
		[
			'keeps working offline vs kiosks that answer within seconds',
			'Every bakery keeps baking for a full 10-hour shift with the ordering link down.',
			'The bakery ordering kiosks answer within two seconds.'
		]
	])('must not fire: %s', (_, a, b) => {
		expect(run(a, b).filter((c) => c.kind === 'number')).toEqual([]);
	});
});

describe('weave: an automatic action vs a person decides', () => {
	it.each([
		[
			'a conditional action by a named system vs only <role> may',
			'When a ferry reports an engine fault, Tidewell moves its remaining bookings to the next sailing on the same route.',
			'Only the duty harbour master may move bookings from one sailing to another.'
		],
		[
			'automatically vs a person must approve',
			'Overdue loans are renewed automatically for every library member.',
			'A librarian must approve every renewal of an overdue loan.'
		]
	])('%s', (_, a, b) => {
		const out = run(a, b);
		expect(out.map((c) => c.topic).join(' ')).toMatch(/automatic vs a person decides/);
	});

	it.each([
		[
			'a conditional action by a person',
			'When a ferry reports an engine fault, the duty harbour master moves its bookings to the next sailing.',
			'Only the duty harbour master may move bookings from one sailing to another.'
		],
		[
			'the person rule on another object',
			'When a ferry reports an engine fault, Tidewell moves its cargo manifests to the port archive.',
			'Only the payroll officer may change a crew member salary.'
		]
	])('must not fire: %s', (_, a, b) => {
		expect(run(a, b).filter((c) => /automatic/.test(c.topic))).toEqual([]);
	});
});

describe("weave: a team's own X vs one central X for everyone", () => {
	it('own pager vs the central desk first on call for every system', () => {
		const out = run(
			'The Loans team carries its own pager for the loans service, around the clock.',
			'The Service Desk is first on call for every system a branch depends on, around the clock.'
		);
		expect(out.map((c) => c.topic).join(' ')).toMatch(/own vs one central/);
	});
	it('must not fire: two teams with their own pagers', () => {
		const out = run(
			'The Loans team carries its own pager for the loans service, around the clock.',
			'The Cards team carries its own pager for the card service, around the clock.'
		);
		expect(out.filter((c) => /central/.test(c.topic))).toEqual([]);
	});
});

describe("weave: one cloud vs another vendor's product", () => {
	it.each([
		[
			'everything in AWS and no second provider vs BigQuery',
			'Everything the bank hosts runs in AWS, and we do not take on a second cloud provider.',
			'The risk warehouse moves from our own PostgreSQL to Google BigQuery in 2027.'
		],
		[
			'only AWS vs Azure SQL',
			'Everything the bank hosts runs in AWS, and we do not take on a second cloud provider.',
			'The branch booking service stores its appointments in Azure SQL.'
		]
	])('%s', (_, a, b) => {
		const out = run(a, b);
		const c = out.find((x) => x.kind === 'category' && /cloud/.test(x.topic));
		expect(c).toBeDefined();
		expect(c!.why).toMatch(/a product of/);
	});
	it.each([
		[
			'AWS named in passing, not chosen',
			'Every branch keeps serving customers for a full day with its link to AWS down.',
			'The risk warehouse moves from our own PostgreSQL to Google BigQuery in 2027.'
		],
		[
			'a product that runs on any cloud',
			'Everything the bank hosts runs in AWS, and we do not take on a second cloud provider.',
			'The risk warehouse moves from our own PostgreSQL to Snowflake in 2027.'
		]
	])('must not fire: %s', (_, a, b) => {
		expect(run(a, b).filter((c) => /cloud/.test(c.topic))).toEqual([]);
	});
});
