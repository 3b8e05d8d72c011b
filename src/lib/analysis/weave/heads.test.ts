import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

// Polarity on a shared head noun (pairs.ts): one policy refuses a noun phrase, the other
// commits to the same head, or to the act the refusal names. Sentences from a ferry operator
// and a hospital pharmacy, written for these tests.

const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith('We run nine ferries and a dozen services for four ports.', name, policies);
const run = (a: string, b: string) =>
	weave([strategy('a.md', a), strategy('b.md', b)], { today: '2026-06-01' }).contradictions;

describe('weave: a refused noun phrase vs a commitment to its head', () => {
	it.each([
		[
			'a compound refused vs a named one of its head',
			"We do not run message queues of our own; ships report through the port authority's feed.",
			'Every ticket gate sends its scans to the Tidemark message queue on the quay server.',
			'message queues'
		],
		[
			'a refused participle vs its verb with an object',
			'Every pharmacist signs in with their own card; there are no shared logins on a ward.',
			'Night porters share one account per ward on the dispensing cabinets.',
			'shared logins'
		],
		[
			'the same compound, its head before "per"',
			'Every engineer has their own tablet; there are no shared tablets, on a ship or ashore.',
			'Engine-room crews use one shared tablet per watch for the daily checks.',
			'shared tablets'
		],
		[
			'a refused act vs the same act (a verb of making) on a word of its object',
			'Timetables come from Seaplan, and we do not write routing software of our own.',
			'We build the winter routing ourselves, from the tide tables and the harbour slots.',
			'routing software'
		],
		[
			'a refused act vs the same verb on a word of its object',
			'We never print boarding passes for foot passengers.',
			'Ticket offices print the boarding cards at check-in for every passenger.',
			'boarding passes'
		],
		[
			'a refusal to own one vs one of its own, of any kind',
			'All ships deploy through the fleet pipeline; crews do not keep pipelines of their own.',
			'The ticketing team keeps its own test and release pipeline on a rented server.',
			'pipelines'
		],
		[
			'"rather than" a phrase vs the phrase chosen',
			'Crews record defects on paper cards rather than handheld scanners.',
			'Deck officers log each defect on the handheld scanners the yard issued in 2025.',
			'handheld scanners'
		]
	])('%s', (_, a, b, topic) => {
		const found = run(a, b);
		expect(found).toHaveLength(1);
		expect(found[0].kind).toBe('polarity');
		expect(found[0].topic).toBe(topic);
		expect(found[0].why).toContain('refuses');
		expect([found[0].a.text, found[0].b.text].sort()).toEqual([a, b].sort());
	});

	it.each([
		[
			'a concession ("radio or no radio")',
			'Every ferry leaves on time in 2027, radio or no radio.',
			'Each bridge keeps a spare radio beside the chart table.'
		],
		[
			'a refusal narrowed to a time',
			'We will not start a refit in the four weeks before the summer timetable.',
			'The last two refits run in May and June.'
		],
		[
			'an opinion, not a refusal of the phrase',
			"We do not think a chatbot's answer should carry the company's name.",
			'Passengers get answers about delays from the chatbot on the booking site.'
		],
		[
			'not building vs buying the same thing',
			'We do not build route planning software.',
			'We buy route planning software from a vendor and licence it per ship.'
		],
		[
			'a refusal vs a removal of the same thing',
			'Booking systems must never keep passport scans.',
			'Passport scans are deleted when the passenger has boarded.'
		],
		[
			'a verb too general to name an act',
			'Small ports do not need a booking desk.',
			'Every port needs a booking app for the harbour staff.'
		],
		[
			'both refuse it',
			'We run no spreadsheets of our own for the timetable.',
			'Harbour staff keep no spreadsheets of the timetable.'
		],
		[
			'a refusal narrowed by a place vs the head elsewhere',
			'Deckhands take no payments at the gangway.',
			'Payments from the web shop are reconciled every night.'
		],
		[
			'not owned: a modifier a refusal of owning one lacks',
			'Crews do not keep pipelines of their own.',
			'Every crew uses the fleet release pipeline.'
		],
		[
			'a modifier the refusal lacks: a different kind of the head',
			'We run no message queues of our own.',
			'Every ticket gate writes to the audit queue on the quay server.'
		]
	])('none: %s', (_, a, b) => {
		// This reading only: "b prescribes what a sets aside" (tradeoff.ts) reads some of these.
		expect(run(a, b).filter((c) => c.why.includes('commits to'))).toEqual([]);
	});
});

describe('weave: a named system refused as such vs adopted', () => {
	it.each([
		[
			'the name ends the refusal',
			'We do not run RabbitMQ: every service publishes to the port authority feed.',
			'Berth sensors write their readings into the RabbitMQ cluster in the harbour office.',
			1
		],
		[
			'the refusal is scoped by what follows the name',
			'We do not run RabbitMQ for ticket sales.',
			'Berth sensors write their readings into the RabbitMQ cluster in the harbour office.',
			0
		]
	])('%s', (_, a, b, n) => {
		const found = run(a, b).filter((c) => c.kind === 'polarity' && c.topic === 'RabbitMQ');
		expect(found).toHaveLength(n);
	});
});

describe('weave: kept going until a condition vs switched off on a date', () => {
	const end = 'Harbourdesk is switched off at every port on 31 March 2028.';
	it.each([
		[
			'until a condition with no date',
			'Freight bookings stay on Harbourdesk until Portline can price hazardous loads.',
			1
		],
		[
			'a date not set, in so many words',
			'Freight bookings stay on Harbourdesk; we have not set a date for moving them.',
			1
		],
		['until a date', 'Freight bookings stay on Harbourdesk until the end of March 2028.', 0],
		[
			'the name after "until" is not what is kept going',
			'Freight bookings stay on Portline until Harbourdesk can price hazardous loads.',
			0
		]
	])('%s', (_, open, n) => {
		const found = run(end, open).filter((c) => c.topic === 'when harbourdesk ends');
		expect(found).toHaveLength(n);
	});
});

describe('weave: kept for a period vs deleted sooner, for one kind of data', () => {
	it.each([
		[
			'kept for years vs deleted months after, one head noun',
			"Each member's loan histories are kept in the archive for seven years.",
			"A member's borrowing histories are deleted 18 months after their last loan.",
			1
		],
		[
			'a period in seasons',
			'Passenger manifests are kept for six seasons.',
			'Passenger manifests that name a child are deleted two years after the sailing.',
			1
		],
		[
			'deleted later than it is kept: both hold',
			'Loan histories are kept for seven years.',
			'Loan histories are deleted ten years after the last loan.',
			0
		],
		[
			'different data that share a modifier only',
			'Every ferry inspection record is kept for the life of the ferry plus ten years.',
			'Ferry tickets that can be tied to a passenger are deleted two years after the sailing.',
			0
		]
	])('%s', (_, a, b, n) => {
		const found = run(a, b).filter((c) => c.kind === 'number');
		expect(found).toHaveLength(n);
	});
});

describe('weave: a floor and a cap counted from one event', () => {
	it.each([
		[
			'the floor above the cap',
			'Returned parcels wait at the depot for at least two days after delivery before they go back.',
			'Every returned parcel is with its sender within 24 hours of delivery.',
			1
		],
		[
			'the floor below the cap: both hold',
			'Returned parcels wait at the depot for at least 12 hours after delivery before they go back.',
			'Every returned parcel is with its sender within two days of delivery.',
			0
		],
		[
			'counted from different events',
			'Returned parcels wait at the depot for at least two days after delivery before they go back.',
			'Every returned parcel is with its sender within 24 hours of collection.',
			0
		]
	])('%s', (_, a, b, n) => {
		const found = run(a, b).filter((c) => c.why.includes('the floor is above the cap'));
		expect(found).toHaveLength(n);
	});
});

describe('weave: the same two steps in opposite orders', () => {
	const first =
		'We move ferry bookings to Portline first, in May, and train the harbour staff afterwards.';
	it.each([
		['the other way round', 'Harbour staff are trained before ferry bookings move to Portline.', 1],
		[
			'the same order',
			'We move ferry bookings to Portline first and train the harbour staff afterwards.',
			0
		],
		['before a date, no second step', 'Harbour staff are trained before June 2027.', 0],
		[
			'a negated ordering is not read',
			'No ferry booking moves to Portline before the harbour staff are trained.',
			0
		]
	])('%s', (_, other, n) => {
		const found = run(first, other).filter((c) => c.topic.startsWith('which comes first'));
		expect(found).toHaveLength(n);
	});
});

describe('weave: an act refused vs the same act done', () => {
	const acts = (a: string, b: string) => run(a, b).filter((c) => c.why.includes('does it'));
	it.each([
		[
			'"nobody" and the verb, vs its participle',
			"Nobody records a passenger's voice on the help line, crew and contractors alike.",
			'Each complaint call is recorded by the help line and filed with the booking.',
			'record'
		],
		[
			'"no" and a subject, then the verb and an object',
			'Every berth sensor sends its readings to the harbour feed, and no system polls a sensor directly.',
			'The berth planner polls each sensor every ten seconds.',
			'poll'
		],
		[
			'"never used to" and coordinated verbs, vs a passive of one of them',
			"A deckhand's loading time is never used to rank them, warn them or set their wage.",
			"Each deckhand's wage band is set from their own loading times in Portline.",
			'set'
		]
	])('%s', (_, a, b, verb) => {
		const found = acts(a, b);
		expect(found).toHaveLength(1);
		expect(found[0].kind).toBe('polarity');
		expect(found[0].why).toContain('refuses');
		expect(found[0].why.toLowerCase()).toContain(verb);
		expect([found[0].a.text, found[0].b.text].sort()).toEqual([a, b].sort());
	});

	it.each([
		[
			'a negation in a subordinate clause describes; it refuses nothing',
			'A ticket that cannot be scanned at the gate is checked by hand.',
			'Gate staff scan every ticket at the gate twice.'
		],
		[
			'an "-s" form on the other side is a plural noun',
			'Timetables are never updated in the week of a sailing.',
			'Crews install updates on the bridge tablets in the week of every sailing.'
		],
		[
			'after an article the word is a noun',
			'We cannot charge the ferries at the small ports yet.',
			'The charging points at the main ports are checked every night.'
		],
		[
			'both refuse the act',
			'Nobody films a passenger on board.',
			'Crew never film passengers at the gangway.'
		],
		[
			'the same verb with nothing else in common',
			'Nobody films a passenger on board.',
			'Marketing films the new terminal in spring.'
		]
	])('none: %s', (_, a, b) => {
		expect(acts(a, b)).toEqual([]);
	});
});
