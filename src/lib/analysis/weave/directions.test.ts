import { describe, expect, it } from 'vitest';
import { directionsOf } from './directions.js';
import { weave } from './weave.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

/** A strategy with one Policies section holding the given policy items. */
const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith(null, name, policies);

describe('directionsOf: what a policy commits to, in any domain’s words', () => {
	it.each([
		['A new kiosk build goes to the two stores in Leeds first, for ten days.', ['staged-rollout']],
		['Pricing changes are shown to 2% of shoppers first, then to everyone.', ['staged-rollout']],
		['Every deploy starts as a canary on a tenth of the hosts.', ['staged-rollout']],
		['The ranking model runs in shadow for a month before it serves anyone.', ['staged-rollout']],
		['Warehouses go live in waves of at most five.', ['staged-rollout']],
		[
			'Kiosk builds spend ten days with the trial stores before every store gets them.',
			['staged-rollout']
		],
		[
			'A new price list sits with the test shoppers for a week before anyone else sees it.',
			['staged-rollout']
		],
		['Orders wait in the queue before every warehouse picks them.', []],
		[
			'A new till program runs at one shop for a full week before the other three get it.',
			['staged-rollout']
		],
		[
			'Every firmware release goes to Hull first, and the other depots get it only after a quiet week.',
			['staged-rollout']
		],
		['The first shift hands over to the others after lunch.', []],
		[
			'A new scanner build goes to two depots for a fortnight before it goes to any other depot.',
			['staged-rollout']
		],
		[
			'Each menu change reaches Bristol first and gets to the other kitchens only after a clean week.',
			['staged-rollout']
		],
		['Before it goes to the printer, every leaflet is proofread twice.', []],
		['The other shops close first and open only after the holiday.', []],
		['A courier can still sign for a parcel when the van has no signal.', ['offline']],
		['When a ferry loses its satellite link, the tills keep taking cards.', ['offline']],
		['The shop has no network printer of its own.', []],
		[
			'The picking app works a whole shift with no signal and syncs when it finds one.',
			['offline']
		],
		['When a depot loses its link to the cloud, its scanners carry on.', ['offline']],
		['Drivers with no phone of their own get one from the depot.', []],
		['Scanners keep working for a whole shift without a network connection.', ['offline']],
		['Meters buffer their readings locally until the link comes back.', ['offline']],
		[
			'Each store keeps selling for a whole day with the leased link to the head office down.',
			['offline']
		],
		['A depot cut off from the data centre keeps dispatching vans for two days.', ['offline']],
		['The team was cut off from the budget discussion.', []],
		['A posted invoice is never edited; a credit note is a new document.', ['append-only']],
		['A booking is never updated in place.', ['append-only']],
		['Each hospital’s patient data lives in its own schema.', ['isolation']],
		['Each tenant gets its own worker pool and rate limits.', ['isolation']],
		['A pharmacist approves every dose change before a nurse sees it.', []],
		['Each ward signs in with one staff account shared across the team.', ['one-identity']],
		['Warehouse scanners use one shared login per aisle.', []],
		['Every driver has one driver account across the three depots.', ['one-identity']],
		['A person approves every dose change before it reaches the ward.', ['human-approval']],
		['Refunds above £500 wait until the shift lead confirms them.', ['human-approval']],
		['Checkout is load-tested at three times last December’s busiest hour.', ['peak-load']],
		['Ticket sales keep serving from one region when the other is down.', ['region-failover']],
		['Cloud costs are reported monthly to each owning team.', ['cost-attribution']],
		['Firewall rules change only through reviewed code and pipelines, never by hand.', ['as-code']],
		['Nurses sign in to every ward app with one hospital account.', ['one-identity']],
		['Clerks reach the ledger with their own council login.', ['one-identity']],
		['Each depot keeps one account per tool for its drivers.', []],
		['We do not release the booking site between 15 December and 2 January.', ['change-freeze']],
		['No timetable change goes live during the summer holidays.', ['change-freeze']],
		['We do not release features that nobody asked for.', []],
		['The booking site is not changed in the week around Easter.', ['change-freeze']],
		['No store deploys from 18 December to 2 January.', ['change-freeze']],
		['The booking site is not changed by hand.', []],
		['No store deploys from a laptop.', []],
		['Till sales reach the ledger within five minutes of happening.', ['fresh-data']],
		['The ledger reads payments as they are published, not nightly copies.', ['fresh-data']],
		['Sales are summarised nightly for the board.', []],
		['Scans reach the ledger within ten minutes of a driver taking them.', ['fresh-data']],
		['Refunds are paid within ten minutes of the call.', []],
		[
			'The signalling network is not connected to the office network in either direction.',
			['no-inbound']
		],
		['No service reachable from the internet can open a valve.', ['no-inbound']],
		['Nothing outside a crane’s own control cabinet can move its jib.', ['no-inbound']],
		['The shop is reachable from the internet all day.', []],
		// A shared topic word is no direction.
		['The kiosk team owns the release calendar.', []],
		['Support engineers see one store at a time.', []],
		['Invoices are stored for seven years.', []]
	])('%s', (text, expected) => {
		expect(directionsOf(text)).toEqual(expected.map((d) => `dir:${d}`));
	});
});

describe('weave threads on directions', () => {
	it('threads policies that take one direction in different words, and not one that only shares a month', () => {
		const w = weave(
			[
				strategy(
					'strategy/a-tills.md',
					'A new till release goes to the three stores in Leeds first and reaches the other stores only after a week without faults.',
					'Till receipts are printed in the store’s own language.'
				),
				strategy(
					'strategy/b-pricing.md',
					'Pricing rules are switched on for 2% of shoppers first, then for everyone once the margin report is clean.',
					'From 1 September the pricing service is frozen for the autumn sale.'
				),
				strategy(
					'strategy/c-stock.md',
					'The replenishment model runs in shadow for a month against one region’s orders before it places any order.',
					'Stock counts are taken every September.'
				)
			],
			{ today: '2026-06-01' }
		);
		const staged = w.threads.find((t) => t.terms.includes('dir:staged-rollout'));
		expect(staged?.docs).toEqual([
			'strategy/a-tills.md',
			'strategy/b-pricing.md',
			'strategy/c-stock.md'
		]);
		// "September" in two strategies is a date, not a direction.
		expect(w.threads.some((t) => t.evidence.some((e) => /September/.test(e.text)))).toBe(false);
	});

	it('threads two policies of one direction that disagree on a number, and keeps the contradiction', () => {
		const w = weave(
			[
				strategy(
					'strategy/a-tills.md',
					'Every till release goes first to the trial stores and stays there for seven days before any other store gets it.'
				),
				strategy(
					'strategy/b-kiosks.md',
					'Kiosk releases spend a fortnight with the trial stores before every store gets them.'
				)
			],
			{ today: '2026-06-01' }
		);
		expect(w.contradictions.map((c) => c.kind)).toEqual(['number']);
		const staged = w.threads.find((t) => t.terms.includes('dir:staged-rollout'));
		expect(staged?.docs).toEqual(['strategy/a-tills.md', 'strategy/b-kiosks.md']);
	});

	it('keeps apart two policies whose only common ground is a number they disagree on', () => {
		const w = weave(
			[
				strategy('strategy/a.md', 'The booking API is held to 99.95% monthly availability.'),
				strategy(
					'strategy/b.md',
					'Every service, the booking API included, targets 99.9% monthly availability.'
				)
			],
			{ today: '2026-06-01' }
		);
		expect(w.contradictions.map((c) => c.kind)).toEqual(['number']);
		expect(w.threads).toEqual([]);
	});

	it('does not thread two policies that only choose in one category', () => {
		const w = weave(
			[
				strategy('strategy/a.md', 'The billing service is written in Kotlin for its type safety.'),
				strategy('strategy/b.md', 'The admin console is written in TypeScript for its tooling.')
			],
			{ today: '2026-06-01' }
		);
		expect(w.threads).toEqual([]);
	});
});
