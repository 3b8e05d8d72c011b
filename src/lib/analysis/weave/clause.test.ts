import { describe, expect, it } from 'vitest';
import { DATE, dayOf, harvestAliases, aliasesMentioned, normalPhrase } from './clause.js';
import { weave } from './weave.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

// The clause reader's readings, on sentences written for these tests (a bakery chain, a
// library, a courier): aliases, dates, and the contradictions they let `weave` find.

const day = (s: string) => {
	DATE.lastIndex = 0;
	const m = DATE.exec(s);
	return m ? dayOf(m) : null;
};
const iso = (d: number | null) =>
	d === null ? null : new Date(d * 86400000).toISOString().slice(0, 10);

describe('clause reader: aliases from all the text', () => {
	it.each([
		[
			'Crumb Till, which the shop staff call "the red box", prints receipts.',
			'crumb till',
			'red box'
		],
		['We run Shelfmark (the catalogue) on two servers.', 'shelfmark', 'catalogue'],
		['The courier app, as the drivers call Parcelpoint, is slow.', 'parcelpoint', 'courier app'],
		['Route Planner, also known as the board, assigns vans.', 'route planner', 'board'],
		[
			'Ovenline sends orders to every shop; the Baking team calls it "the pipe".',
			'ovenline',
			'pipe'
		],
		[
			'Crumb Till, the old register we bought in 2019, still runs in forty shops.',
			'crumb till',
			'old register'
		],
		['Shelfmark, the lending catalogue, runs on two servers.', 'shelfmark', 'lending catalogue']
	])('%s', (text, x, y) => {
		const classes = harvestAliases([text]);
		expect(classes.get(x)).toBeDefined();
		expect(classes.get(x)).toBe(classes.get(y));
	});
	it('an appositive that is a clause or a long description is no alias', () => {
		expect(
			harvestAliases(['Crumb Till, the register in every shop since 2019, prints.']).size
		).toBe(0);
		expect(
			harvestAliases(['We chose Shelfmark, the one with the best search, last year.']).size
		).toBe(0);
	});
	it('a name followed by many different asides has no aliases', () => {
		const text = [1, 2, 3, 4, 5].map((k) => `Orders move off Crumb Till (batch ${k}0-${k}).`);
		expect(harvestAliases(text).size).toBe(0);
	});
	it('an aside in parentheses is no alias', () => {
		expect(harvestAliases(['We keep 30 days of logs (e.g. access logs) for audits.']).size).toBe(0);
		expect(harvestAliases(['Crumb Till (2019) prints receipts.']).size).toBe(0);
		expect(harvestAliases(['Orders move off Crumb Till (batch 40-2).']).size).toBe(0);
		expect(harvestAliases(['Orders move off Crumb Till (the HL7 v2 feed).']).size).toBe(2);
	});
	it('a policy naming one name mentions the whole class', () => {
		const classes = harvestAliases(['Shelfmark (the catalogue) runs on two servers.']);
		expect(aliasesMentioned('The catalogue is rebuilt nightly.', classes).sort()).toEqual([
			['catalogue', true],
			['shelfmark', false]
		]);
		expect(aliasesMentioned('Catalogues of other libraries are mirrored.', classes)).toEqual([]);
	});
	it('normalises phrases: quotes, determiners, a trailing modifier', () => {
		expect(normalPhrase('“the Red Box” for shops')).toBe('red box');
	});
});

describe('clause reader: dates', () => {
	it.each([
		['until 31 December 2027', '2027-12-31'],
		['by March 3, 2028', '2028-03-03'],
		['at the end of Q2 2028', '2028-06-30'],
		['from the start of Q3 2027', '2027-07-01'],
		['by the end of 2027', '2027-12-31'],
		['before June 2027', '2027-06-30'],
		['by the third quarter of 2028', '2028-09-30']
	])('%s', (text, want) => expect(iso(day(text))).toBe(want));
});

const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith('We run about thirty services for four hundred shops.', name, policies);
const run = (docs: NamedDoc[]) => weave(docs, { today: '2026-06-01' }).contradictions;

describe('weave contradictions read by the clause reader', () => {
	it.each([
		[
			'automatic vs a person decides, in different words',
			'Stock orders to suppliers go out on their own every night, never approved by a manager, so that shelves stay full.',
			'No stock order leaves until someone in the shop has checked it and pressed Send, because a wrong order wastes flour.',
			'automatic vs a person decides'
		],
		[
			'buy from a supplier vs build it ourselves',
			'We buy delivery tracking from a logistics provider, because every courier has its own tracking format.',
			'We build a connection to each courier for delivery tracking, so that the tracking format is ours.',
			'build vs buy'
		],
		[
			'a licensed feed vs our own list with no paid data',
			'Allergen data for recipes comes from a licensed feed, because the feed is kept current.',
			'We keep our own allergen list for recipes from the public register, with no paid data, so that costs stay flat.',
			'build vs buy'
		],
		[
			'bought from a supplier vs a tool we are writing',
			'Staff rotas are bought: we pay a supplier per shop and do not write rota software.',
			'From spring we plan the staff rotas ourselves, with a rota tool we are writing on the till data.',
			'build vs buy'
		],
		[
			'left when nobody is in vs handed to a person',
			'If nobody is in, the courier leaves the boxes in the side passage and takes a photo.',
			'Couriers hand every box to a person and take it back to the hub if nobody can sign for it.',
			'left unattended vs handed to a person'
		],
		[
			'years vs a decade',
			'Payroll records are kept for six years, because the tax office asks for it.',
			'Payroll records are kept for a decade, because disputes come late.',
			'number'
		],
		[
			'days vs a fortnight',
			'Returned parcels are held for seven days before they go back to the sender.',
			'Returned parcels are held for a fortnight before they go back to the sender.',
			'number'
		]
	])('%s', (_, a, b, want) => {
		const found = run([strategy('a.md', a), strategy('b.md', b)]);
		expect(found).toHaveLength(1);
		expect(
			found[0].kind === want || found[0].topic.startsWith(want) || found[0].why.includes(want)
		).toBe(true);
	});

	it.each([
		[
			'both hand every box to a person: agreement',
			'Couriers hand every box to a person where one is there.',
			'Couriers hand every box to a person at the counter.'
		],
		[
			'ten years and a decade agree',
			'Payroll records are kept for ten years, because the tax office asks for it.',
			'Payroll records are kept for a decade, because disputes come late.'
		],
		[
			'14 days and a fortnight agree',
			'Returned parcels are held for 14 days before they go back to the sender.',
			'Returned parcels are held for a fortnight before they go back to the sender.'
		],
		[
			'the end of 2027 and 31 December 2027 agree',
			'The old depot closes by the end of 2027, so that the lease can end.',
			'The old depot closes on 31 December 2027, so that the lease can end.'
		],
		[
			'a date in a sentence of history is no deadline',
			'The depot opened in January 2019 and we keep it open for deliveries.',
			'The depot closes for deliveries on 31 March 2028, so that the lease can end.'
		],
		[
			'both people decide',
			'No stock order leaves until someone in the shop has pressed Send.',
			'A manager must approve every stock order before it leaves the shop.'
		]
	])('agreement: %s', (_, a, b) => {
		expect(run([strategy('a.md', a), strategy('b.md', b)])).toHaveLength(0);
	});
});

describe('weave: a deadline of one thing under two names', () => {
	// The alias is defined in one strategy's Context section, not in a policy.
	const withAlias = (policy: string) =>
		strategyWith(
			'Crumb Till, which the shop staff call "the red box", prints receipts in every shop.',
			'strategy/a.md',
			[policy]
		);
	const a = 'Crumb Till is supported until the end of Q2 2028, for shops that cannot move sooner.';
	const b =
		'The red box is switched off by 31 December 2027, so that every shop runs the new tills.';

	it('compares the two dates', () => {
		const found = run([withAlias(a), strategy('strategy/b.md', b)]);
		expect(found).toHaveLength(1);
		expect(found[0].kind).toBe('number');
		expect(found[0].why).toContain('"crumb till" = "red box"');
	});
	it('two things with different deadlines do not conflict when nothing says they are one', () => {
		const plain = strategyWith('Crumb Till prints receipts in every shop.', 'strategy/a.md', [a]);
		expect(run([plain, strategy('strategy/b.md', b)])).toHaveLength(0);
	});
	it('one date under two names agrees', () => {
		const same =
			'The red box is switched off at the end of Q2 2028, so that every shop runs the new tills.';
		expect(run([withAlias(a), strategy('strategy/b.md', same)])).toHaveLength(0);
	});
	it('a heading above the name is no part of it', () => {
		const classes = harvestAliases([
			'## Context\n\nCrumb Till, which the staff call "the red box", prints.'
		]);
		expect(classes.get('crumb till')).toBeDefined();
		expect(classes.get('context crumb till')).toBeUndefined();
	});
});

describe('weave: numbers about different named things', () => {
	it.each([
		[
			'two targets for two named services',
			'The error-rate target for `oven-feed` is 99%, measured at the door, because bakers notice.',
			'The error-rate target for `till-sync` is 95%, measured at the door, because cashiers notice.'
		],
		[
			'one named service, two measures that share only its name',
			'The error-rate target for `oven-feed` is 99%, measured at the door.',
			'`oven-feed` keeps flour orders for 90% and no longer, which means bakers cannot look back.'
		],
		[
			'a code span opening the sentence is read as a name',
			'`oven-feed` keeps flour orders for 30 days and no longer, so that bakers see last month.',
			'`till-sync` keeps flour orders for 90 days and no longer, so that cashiers see a quarter.'
		]
	])('no contradiction: %s', (_, a, b) => {
		expect(run([strategy('a.md', a), strategy('b.md', b)])).toHaveLength(0);
	});
	it('one named service, one measure, two numbers: a contradiction', () => {
		const found = run([
			strategy('a.md', 'The error-rate target for `oven-feed` is 99%, measured at the door.'),
			strategy('b.md', 'The error-rate target for `oven-feed` is 95%, measured at the door.')
		]);
		expect(found.map((c) => c.kind)).toEqual(['number']);
	});
});
