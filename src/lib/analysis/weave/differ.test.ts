import { describe, expect, it } from 'vitest';
import { clockOf, marksOf } from './differ.js';
import { insertSorted, phrasesOf } from './compare.js';
import { weave } from './weave.js';
import { strategyWith } from './test-strategy.js';

describe('marksOf: what a policy refuses, allows and names', () => {
	it.each([
		['Kiosk tickets are never printed on paper.', { negation: 'never', forbids: 'never' }],
		['Kiosks print a ticket no later than noon.', { negation: '', forbids: '' }],
		['Stewards may open the side gate at dusk.', { permits: 'may', forbids: '' }],
		['Stewards must not open the side gate.', { forbids: 'must not', permits: '' }],
		['No ferry crew gets a second roster.', { forbids: 'no ferry crew gets' }]
	])('%s', (text, expected) => {
		expect(marksOf(text)).toMatchObject(expected);
	});

	it('reads proper names after a preposition, not a month', () => {
		const m = marksOf('Ledgers are kept in Oslo from March onwards.');
		expect([...(m.places.get('in') ?? [])]).toEqual(['Oslo']);
		expect(m.places.has('from')).toBe(false);
	});

	it('reads counts of a thing, not durations', () => {
		const m = marksOf('Buoys are replaced at the 300th tide or after 4 years.');
		expect(m.counts.get('tide')?.value).toBe(300);
		expect(m.counts.has('year')).toBe(false);
	});
});

describe('phrasesOf: two-word phrases, inflections folded', () => {
	it.each([
		[
			'The harbour pilots log each tide gauge reading.',
			'The tide gauges read hourly.',
			'tide gaug'
		],
		['Ferry tickets polled every hour.', 'Polling ferry ticket stock.', 'ferri ticket']
	])('%s / %s', (a, b, shared) => {
		expect(phrasesOf(a)).toContain(shared);
		expect(phrasesOf(b)).toContain(shared);
	});

	it('keeps no phrase across punctuation or with a participle', () => {
		const ps = phrasesOf('Buoys, lanterns and switched lights.');
		expect(ps).not.toContain('buoi lantern');
		expect([...ps].some((p) => p.startsWith('switch'))).toBe(false);
	});
});

describe('insertSorted', () => {
	it('keeps the order and puts an equal item after its equals', () => {
		const list: [number, string][] = [];
		const by = (p: [number, string], q: [number, string]) => q[0] - p[0];
		for (const x of [
			[3, 'a'],
			[5, 'b'],
			[3, 'c'],
			[9, 'd'],
			[1, 'e']
		] as [number, string][])
			insertSorted(list, x, by);
		expect(list.map((x) => x[1]).join('')).toBe('dbace');
	});
});

// Five strategies of five fillers each on topics of their own, with two policies under test.
const FILLER = (
	'anchor basalt cobalt dahlia ember falcon garnet harbor indigo juniper kestrel lantern marble ' +
	'nectar orchid pebble quartz raven saffron thistle umber velvet willow xenon yarrow zephyr ' +
	'acorn bramble cinder dune elm fjord glacier heron iris jasper kelp lichen moss nettle oak ' +
	'pine quill reed sorrel tansy ursa vetch wren yew zinnia'
).split(' ');
const docs = (a: string, b: string) =>
	['01-ops', '02-platform', '03-billing', '04-field', '05-security'].map((n, k) =>
		strategyWith('We run the ferries of one island council.', `strategy/${n}.md`, [
			...Array.from(
				{ length: 5 },
				(_, i) =>
					`Every ${FILLER[(k * 5 + i) * 2]} report names the ${FILLER[(k * 5 + i) * 2 + 1]} owner.`
			),
			...(k === 1 ? [a] : []),
			...(k === 3 ? [b] : [])
		])
	);
const pairOf = (a: string, b: string) =>
	weave(docs(a, b), { today: '2026-01-15' }).toCompare.find(
		(p) => p.a.text === a || p.b.text === a
	);

describe('pairs worth comparing say how the two differ', () => {
	it.each([
		[
			'two places in one slot',
			'Ferry timetable copies are stored in Tromsø.',
			'Ferry timetable copies are stored in Bergen.',
			'in Tromsø vs in Bergen'
		]
	])('%s', (_, a, b, why) => {
		const pair = pairOf(a, b);
		expect(pair?.differences).toContain(why);
	});

	it.each([
		[
			'a refused thing the other has, with a word the refusal lacks',
			'We put no computers in the ticket offices.',
			'The timetable board runs on a small computer in each harbour hut.',
			'“no computers in the ticket offices” on one side, “computers” not refused on the other'
		],
		[
			'two times of day, no other word of note in common',
			'The harbour office shuts at 17:30 on weekdays.',
			'Ferry tickets are sold at the harbour office until 6pm.',
			'17:30 vs 6pm'
		],
		[
			'a refusal of two acts, one of them done on the other side',
			'Nobody photographs or films a passenger on board.',
			'The films of each crossing are shown to passengers on the bridge screens.',
			'“Nobody photographs or films a passenger on” on one side, “films” not refused on the other'
		]
	])('%s', (_, a, b, why) => {
		expect(pairOf(a, b)?.differences).toContain(why);
	});

	it('says nothing differs when nothing does', () => {
		const pair = pairOf(
			'Ferry timetable copies are printed for the quay.',
			'Ferry timetable copies are pinned at the quay.'
		);
		expect(pair?.differences).toEqual([]);
	});
});

describe('counts of one thing', () => {
	it('are a contradiction, not a pair to compare (stance.ts reads the count)', () => {
		const a = 'Harbour buoys are replaced at their 300th tide.';
		const w = weave(docs(a, 'Harbour buoys are replaced after 200 tides.'), {
			today: '2026-01-15'
		});
		expect(w.contradictions).toHaveLength(1);
		expect(pairOf(a, 'Harbour buoys are replaced after 200 tides.')).toBeUndefined();
	});
});

describe('marksOf: a year is no count', () => {
	it.each(['From 2025 releases go out monthly.', 'In 2024 teams moved to the new rota.'])(
		'%s',
		(text) => {
			expect(marksOf(text).counts.size).toBe(0);
		}
	);
});

describe('marksOf: what a refusal covers, to the end of its clause', () => {
	it.each([
		['We put no kiosks in the branches, and staff sell tickets.', ['kiosk', 'branch'], ['staff']],
		['Nobody photographs or films a rower.', ['photograph', 'film', 'rower'], []],
		['No sailor works a shift that starts before dawn.', ['sailor', 'work', 'shift'], ['dawn']],
		['Ferries leave on time.', [], ['ferri']]
	])('%s', (text, covered, outside) => {
		const { refused } = marksOf(text);
		for (const t of covered) expect(refused.has(t)).toBe(true);
		for (const t of outside) expect(refused.has(t)).toBe(false);
	});
});

describe('marksOf: what a refusal is about', () => {
	it.each([
		['We put no kiosks in the branches.', ['kiosk', 'branch'], []],
		['We do not build ticketing software.', ['build'], ['ticket', 'softwar']],
		['Nobody photographs or films a rower.', ['photograph', 'film'], ['rower']],
		['Tide tables are never even printed on paper.', ['print'], ['paper']],
		['We sell tickets without a booking fee.', ['book', 'fee'], []]
	])('%s', (text, about, notAbout) => {
		const { refused } = marksOf(text);
		for (const t of about) expect(refused.get(t)?.about).toBe(true);
		for (const t of notAbout) expect(refused.get(t)?.about).toBe(false);
	});
});

describe('clockOf: the first time of day, in minutes after midnight', () => {
	it.each([
		['The quay gate shuts at 21:30.', 1290],
		['Crews board at 6.45am before the first sailing.', 405],
		['A return ticket costs £3.50 at the quay.', undefined],
		['The last ferry leaves at 9pm.', 1260],
		['Tickets are sold from 7 am.', 420],
		['Cargo is loaded after midnight.', 0],
		['The timetable is fixed at noon.', 720],
		['The ferry carries 40 cars.', undefined],
		['Each crossing takes 45 minutes.', undefined]
	])('%s → %s', (text, minutes) => {
		expect(clockOf(text)?.minutes).toBe(minutes);
	});
});
