import { describe, expect, it } from 'vitest';
import {
	boundsCompatible,
	floorVsAge,
	personMakes,
	whoChooses,
	retentionAt,
	wordDurations,
	wordShares
} from './words.js';

// Numbers and bounds in words (words.ts), on sentences written for these tests: a ferry
// operator, a library network, a bakery chain, a hospital pharmacy.

describe('wordShares: shares written in words, as percentages', () => {
	it.each([
		['one in twenty', 'We accept that one sailing in twenty leaves late.', 5],
		['three in four', 'Three in four loans are renewed online.', 75],
		['two out of five', 'Two out of five orders are collected in store.', 40],
		['one in every hundred', 'One parcel in every hundred may be opened for inspection.', 1],
		['half of', 'Half of the branches open on Sundays.', 50],
		['a third of', 'A third of the fleet is in dock each winter.', 100 / 3],
		['two thirds of', 'Two thirds of the doses are prepared the night before.', 200 / 3],
		['three quarters of', 'Three quarters of the bread is baked before six.', 75]
	])('%s', (_, text, value) => {
		const found = wordShares(text);
		expect(found).toHaveLength(1);
		expect(found[0].value).toBeCloseTo(value, 6);
	});

	it.each([
		['a count in a period', 'No branch runs more than one stock take in a month.'],
		['a count in a time unit', 'One ferry in two weeks goes to the dry dock.'],
		['a larger count than the whole', 'Twenty in ten is no share.'],
		['"in" with no number after it', 'One loaf in the window is always rye.'],
		['half an hour is a duration', 'Orders are packed within half an hour.']
	])('no share: %s', (_, text) => {
		expect(wordShares(text)).toEqual([]);
	});
});

describe('wordDurations: "a month", "half an hour" where they are lengths', () => {
	it.each([
		[
			'a month after',
			'Scans of library cards are destroyed a month after they are taken.',
			2629800
		],
		['within half an hour', 'Passengers are told within half an hour of a cancellation.', 1800],
		['for a week', 'Unclaimed parcels are kept for a week.', 604800],
		['at least a year', 'Dispensing logs are kept for at least a year.', 31557600],
		['a full day', 'Bread dough proves for at least a full day before baking.', 86400],
		['a whole week', 'Recalled batches stay in quarantine for a whole week.', 604800],
		[
			'half a day',
			'A recall reaches every pharmacy no more than half a day after it is issued.',
			43200
		]
	])('%s', (_, text, value) => {
		const found = wordDurations(text);
		expect(found).toHaveLength(1);
		expect(found[0].value).toBe(value);
	});

	it.each([
		['a rate in money', 'The new ovens cost us £40,000 a year.'],
		['a count in a month', 'No bakery takes more than one delivery of flour in a month.'],
		['a cadence', 'Stock is counted twice a week.'],
		['a percentage per month', 'A branch whose bill grows more than 2% in a month explains why.'],
		['no bound or role word', 'A week is a long time in retail.'],
		['part of a compound', 'The half-hourly timetable runs all day.']
	])('not a length: %s', (_, text) => {
		expect(wordDurations(text)).toEqual([]);
	});
});

describe('retentionAt: a duration of keeping or of destroying', () => {
	it.each([
		['keeps … for at least', 'Every branch keeps CCTV footage for at least 30 days.', '30', 'kept'],
		[
			'destroyed … after',
			'Scans are destroyed a month after they are taken.',
			'a month',
			'deleted'
		],
		['deleted after', 'Loan history is deleted after 90 days.', '90', 'deleted'],
		['the nearest verb wins', 'Footage is kept until it is purged 30 days later.', '30', 'deleted'],
		['neither', 'Every ferry sails within 10 minutes of its slot.', '10', ''],
		['not across a clause', 'Footage is kept on site; crews change within 30 minutes.', '30', '']
	])('%s', (_, text, at, kind) => {
		expect(retentionAt(text, text.indexOf(at))).toBe(kind);
	});
});

describe('boundsCompatible: a retention floor vs a deletion age', () => {
	const week = 604800;
	it.each([
		['kept at least five weeks vs destroyed after a month', 5 * week, 2629800, false],
		['kept at least four weeks vs destroyed after six weeks', 4 * week, 6 * week, true],
		['kept at least a month vs destroyed after a month', 2629800, 2629800, true]
	])('%s', (_, floor, age, ok) => {
		const x = { value: floor, bound: 'at least', keep: 'kept' as const };
		const y = { value: age, bound: '', keep: 'deleted' as const };
		expect(floorVsAge(x, y)).toBe(true);
		expect(boundsCompatible(x, y)).toBe(ok);
		expect(boundsCompatible(y, x)).toBe(ok);
	});

	it.each([
		['two floors', { value: 1, bound: 'at least', keep: 'kept' as const }],
		['a cap on keeping', { value: 1, bound: 'at most', keep: 'kept' as const }],
		['a deletion age with its own bound', { value: 1, bound: 'within', keep: 'deleted' as const }],
		['no keeping verb', { value: 1, bound: '', keep: '' as const }]
	])('not a floor-vs-age pair: %s', (_, y) => {
		const x = { value: 5, bound: 'at least', keep: 'kept' as const };
		expect(floorVsAge(x, y)).toBe(false);
		expect(boundsCompatible(x, y)).toBe(true);
	});
});

describe('personMakes: a person makes each change', () => {
	it.each([
		[
			'made by a named role',
			'Every change to a ferry timetable is made by a named duty manager in Oban.'
		],
		[
			'decided by a pharmacist',
			'Each substitution of a medicine is decided by the pharmacist on shift.'
		],
		[
			'software does not act by itself',
			'The planner may suggest a route, but it does not act on a ship by itself.'
		]
	])('%s', (_, text) => {
		expect(personMakes(text)).not.toBeNull();
	});

	it.each([
		['made by a machine', 'Every loaf is made by the bakery in Leith.'],
		['no "every"', 'The timetable was made by a consultant in 2019.'],
		['acts by itself', 'The planner acts by itself overnight.']
	])('not: %s', (_, text) => {
		expect(personMakes(text)).toBeNull();
	});
});

describe('whoChooses: one central body vs teams choosing themselves', () => {
	it.each([
		[
			'approved by a board',
			'Every new database is approved by the architecture board.',
			'one shared choice'
		],
		[
			"needs a group's agreement",
			"A third language needs the architecture group's agreement.",
			'one shared choice'
		],
		['teams themselves', 'Teams choose their own databases themselves.', 'each team chooses'],
		['each team itself', 'Each team picks its queue itself.', 'each team chooses'],
		[
			'each crew, whatever the group is called',
			'Each crew picks its own navigation app for the bridge.',
			'each team chooses'
		],
		[
			'every ward picks the thing for what it runs',
			'Every ward selects the infusion pumps for the beds it runs.',
			'each team chooses'
		],
		[
			"each branch's people decide when",
			"Each library's duty librarians decide when a branch closes early for staff training.",
			'each team chooses'
		]
	])('%s', (_, text, pole) => {
		expect(whoChooses(text)?.pole).toBe(pole);
	});

	it.each([
		['approved by a person', 'Every refund is approved by a duty manager.'],
		['a board that is no approver', 'The architecture board meets every month.'],
		['a phrasal verb, not a choice', 'Each ferry picks up passengers at two ports.'],
		['a time, not a group', 'Every week picks the next duty officer from the rota.'],
		['a decision with no choice in it', 'Each captain decides quickly in a storm.']
	])('not: %s', (_, text) => {
		expect(whoChooses(text)).toBeNull();
	});
});
