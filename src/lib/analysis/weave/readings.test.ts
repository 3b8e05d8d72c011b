import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

// Readings of words.ts and pairs.ts through `weave`: shares and durations in words, a
// retention floor vs a deletion age, open-ended vs an end date, never held vs kept, a place
// ban vs a placement, a person making every change, a decision record's Decision paragraph.
// Sentences from domains no labelled set uses (a parcel carrier, a library network, a ferry
// operator).

const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith('We run about twenty services for sixty branches.', name, policies);
const run = (a: string, b: string) =>
	weave([strategy('a.md', a), strategy('b.md', b)], { today: '2026-06-01' }).contradictions;

describe('weave readings: contradictions', () => {
	it.each([
		[
			'a share in words vs a percentage',
			'No more than 2% of parcels in any week are delivered late.',
			'While the depot is rebuilt we accept that one parcel in twenty will be delivered late.',
			'number'
		],
		[
			'a retention floor vs a shorter deletion age, in two units',
			'Every branch keeps its CCTV footage for at least five weeks.',
			'CCTV footage is destroyed a month after it is recorded.',
			'number'
		],
		[
			'open-ended vs an end date, one subject',
			'The old catalogue stays online, read-only, with no end date.',
			'The old catalogue is switched off on 31 March 2028.',
			'number'
		],
		[
			'never held vs kept, one data noun',
			"We never hold a member's card or bank details in anything we run.",
			"The library app keeps each member's bank details, so renewals need no typing.",
			'polarity'
		],
		[
			'a place ban vs a placement there',
			'Nothing the web team builds runs in our own server rooms or branches.',
			'The booking server stays on two machines in the Leith branch.',
			'polarity'
		],
		[
			'a person makes every change vs changes that go out on their own',
			'Every change to a sailing timetable is made by a named duty manager.',
			'Sailing timetable changes from the planner go out on their own, without a manager approving them.',
			'polarity'
		],
		[
			'one use of a kind of data vs another use of it',
			"A member's loan records are used to run the service and for nothing else unless the member opts in.",
			'Every member gets a reading suggestion when their loan records show three books by one author.',
			'polarity'
		],
		[
			'one central body approves every choice vs teams choosing themselves',
			'Every new database for the delivery apps is approved by the architecture board.',
			'Teams choose the databases for their delivery apps themselves.',
			'polarity'
		],
		[
			'licence as a verb (buy) vs building',
			'We license a route planning product for the delivery vans.',
			'We build our own route planning for the delivery vans.',
			'polarity'
		],
		[
			'one store and no other database vs a move off one store to another',
			'Every branch system keeps its records in MySQL, and we are not adding a second database.',
			"The ferry desk's booking log moves off the old mainframe to Cassandra next year.",
			'category'
		],
		[
			'a replacement: the system after "with" is chosen',
			'All ticket events go through Kafka and no other broker.',
			'We replace the old queue with RabbitMQ for the ticket events.',
			'category'
		],
		[
			'a name in apposition to "one <noun>" is the one of its category',
			'The library has one card processor, Adyen, for every fine and fee.',
			'Annual memberships are collected by direct debit through GoCardless.',
			'category'
		]
	])('%s', (_, a, b, kind) => {
		const out = run(a, b);
		expect(out.map((c) => c.kind)).toContain(kind);
		expect(out.find((c) => c.kind === kind)!.why.length).toBeGreaterThan(0);
	});

	it.each([
		[
			'a floor and a later deletion both hold',
			'Every branch keeps its CCTV footage for at least four weeks.',
			'CCTV footage is destroyed six weeks after it is recorded.'
		],
		[
			'the same share, in words and in digits',
			'No more than 5% of parcels in any week are delivered late.',
			'We accept that one parcel in twenty will be delivered late.'
		],
		[
			'open-ended and an end date of two different things',
			'The old catalogue stays online, read-only, with no end date.',
			'The old ticket machine is switched off on 31 March 2028.'
		],
		[
			'never held vs kept, different data',
			"We never hold a member's bank details in anything we run.",
			"The library app keeps each member's reading history."
		],
		[
			'a place ban vs a placement in another kind of room',
			'Nothing the web team builds runs in our own server rooms.',
			'The signalling servers stay in the Oban control room.'
		],
		[
			'no copy of its own defers to the only place it is recorded',
			'The catalogue holds no branch address or opening detail of its own.',
			"The directory is the only place a branch's address and opening hours are recorded."
		],
		[
			'one use of a kind of data vs the same use',
			"A member's loan records are used to send reminders and for nothing else.",
			'Every member gets reminders from their loan records when a book is late.'
		],
		[
			'one use of a kind of data vs a promise never to sell it',
			"A member's loan records are used to send reminders and for nothing else.",
			'Loan records are never sold to anyone.'
		],
		[
			'licences as a noun are no buying',
			'Its route planning licences are not renewed after March for the delivery vans.',
			'We build our own route planning for the delivery vans.'
		],
		[
			'one payment provider on each side, the same one',
			'The library has one card processor, Adyen, for every fine and fee.',
			'Annual memberships are collected by card through Adyen.'
		],
		[
			'"one <noun>, X" names no category member: no claim',
			'Each branch has one reading room, Oakwood, for quiet study.',
			'Annual memberships are collected by direct debit through GoCardless.'
		],
		[
			'a negation in a condition is no refusal',
			'Every timetable change is replayed against 30 recorded sailings and ships only if no replayed sailing leaves later than it did.',
			'Timetable changes are replayed against recorded sailings before they ship.'
		]
	])('none: %s', (_, a, b) => {
		expect(run(a, b)).toEqual([]);
	});
});

describe("weave readings: a decision record's Decision paragraph", () => {
	const record = (name: string, decision: string, more = ''): NamedDoc => ({
		name,
		markdown: [
			`# ${name}`,
			'',
			'## FD-3: Where passenger records live',
			'',
			'**Status:** accepted',
			'',
			'**Context:** Passenger records were kept in three places until 2024.',
			'',
			`**Decision:** ${decision}${more ? ' ' + more : ''}`,
			'',
			'**Consequences:** The booking team migrates its copy.',
			''
		].join('\n')
	});

	it('reads the decision as a policy, not its context, consequences or history', () => {
		const w = weave(
			[
				record(
					'a.md',
					'Passenger records stay in the booking system.',
					'In 2023 a copied manifest cost us a week of calls.'
				),
				strategy('b.md', 'We build our own booking system.')
			],
			{ today: '2026-06-01' }
		);
		const texts = w.policies.filter((p) => p.doc === 'a.md').map((p) => p.text);
		expect(texts).toEqual(['Decision: Passenger records stay in the booking system.']);
	});
});
