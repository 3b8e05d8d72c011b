import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

// Contradictions read from structure that holds for any company: which sentence of a policy's
// item is quoted, quantities written in words, the phrase that governs a number, a person vs
// an automatic action, a refusal's scope, where a system runs. Sentences are from domains no
// labelled set uses (retail, pharmacy, travel, banking).

/** A strategy with one Policies section holding the given policy items. */
const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith('We run about thirty services for four hundred shops.', name, policies);
const run = (docs: NamedDoc[]) => weave(docs, { today: '2026-06-01' }).contradictions;

describe('weave contradictions: the policy is quoted, not its reason', () => {
	it.each([
		[
			'a Why: sub-item under the rule',
			[
				strategy('a.md', 'PostgreSQL is the only database engine in our estate.'),
				strategy(
					'b.md',
					'Loyalty balances and voucher state are kept in DynamoDB.\n   - Why: a voucher changes shape every season, and the team knows DynamoDB well.'
				)
			],
			'Loyalty balances and voucher state are kept in DynamoDB.'
		],
		[
			'the argument after a bold-titled recommendation',
			[
				strategy(
					'a.md',
					'We keep routing support tickets through our own ticket-desk service and will not buy a commercial ticketing tool.'
				),
				strategy(
					'b.md',
					'**Buy the desk.** We will buy Zendesk and move every support queue onto it by 2028, retiring the ticket routing code we maintain ourselves. A commercial tool gives the agents routing they can change without us, and vendor connectors for the shops.'
				)
			],
			'We will buy Zendesk and move every support queue onto it by 2028, retiring the ticket routing code we maintain ourselves.'
		]
	])('%s', (_, docs, side) => {
		const out = run(docs);
		expect(out).toHaveLength(1);
		expect([out[0].a.text, out[0].b.text]).toContain(side);
		expect(out[0].why.length).toBeGreaterThan(10);
	});
});

describe('weave contradictions: quantities and measures', () => {
	it.each([
		[
			'"N nines" against a percentage',
			[
				strategy('a.md', 'The booking API is held to three nines of monthly availability.'),
				strategy('b.md', 'The booking API is built for 99.5% availability in every month.')
			],
			/three nines/
		],
		[
			'a percentile on one side only',
			[
				strategy(
					'a.md',
					"A paid order's receipt reaches the customer's inbox within two minutes for 99% of orders."
				),
				strategy('b.md', 'A receipt for a paid order is in the customer inbox within 30 seconds.')
			],
			/two minutes/
		],
		[
			'a limit counted in uses: an ordinal against a count',
			[
				strategy('a.md', 'Rental ski boots stay on the shelf until their 120th hire.'),
				strategy('b.md', 'Rental ski boots are scrapped after 90 hires, whatever their state.')
			],
			/120th hire/
		],
		[
			'the same governing phrase on differently named subjects',
			[
				strategy('a.md', 'Kiosk screens lock after 10 minutes without a touch.'),
				strategy('b.md', 'Shared tills in the shop lock after two minutes of inactivity.')
			],
			/"lock after"/
		],
		[
			'a cadence in words against a cap per period',
			[
				strategy(
					'a.md',
					'Mobile app releases go out every other Thursday, and every app user gets every release.'
				),
				strategy('b.md', 'No app user gets more than one app update in a month.')
			],
			/cadence/
		],
		[
			'a refresh slower than a delay cap on the same thing',
			[
				strategy(
					'a.md',
					'Shop tills download the voucher list from the head office every ten minutes.'
				),
				strategy('b.md', 'A voucher sold online works at the shop tills within two minutes.')
			],
			/refresh slower than the cap/
		]
	])('%s', (_, docs, why) => {
		const out = run(docs);
		expect(out).toHaveLength(1);
		expect(out[0].kind).toBe('number');
		expect(out[0].why).toMatch(why);
	});
});

describe('weave contradictions: the same act through different named things', () => {
	it('one side claims its means for everything, the other does the act through another', () => {
		const out = run([
			strategy(
				'a.md',
				'Every till and kiosk sends its sales to the head office through Ledgerway.'
			),
			strategy('b.md', 'Fuel pumps send their sales to the head office through Pumpnet.')
		]);
		expect(out).toHaveLength(1);
		expect(out[0].why).toMatch(/"through Ledgerway".*"through Pumpnet".*the same act/);
	});

	it.each([
		[
			'neither side claims its means for everything',
			'Tills send their sales to the head office through Ledgerway.',
			'Fuel pumps send their sales to the head office through Pumpnet.'
		],
		[
			'the side claiming everything names the other means itself',
			'Every till sends its sales to the head office through Ledgerway, and Pumpnet is retired.',
			'Fuel pumps send their sales to the head office through Pumpnet.'
		],
		[
			'different acts through different names',
			'Every till sends its sales to the head office through Ledgerway.',
			'Shop staff book their holidays through Rotaplan.'
		]
	])('%s: none', (_, a, b) => {
		expect(run([strategy('a.md', a), strategy('b.md', b)])).toEqual([]);
	});
});

describe('weave contradictions: polarity read from structure', () => {
	it.each([
		[
			'an action without waiting for a named role vs every one done by that role',
			[
				strategy(
					'a.md',
					'Repeat prescriptions inside their agreed limits are issued by the dispensing rules without waiting for a pharmacist.'
				),
				strategy(
					'b.md',
					'Every prescription is checked by a registered pharmacist before it leaves the pharmacy.'
				)
			],
			/automatic vs a person decides/
		],
		[
			'an adoption inside the scope a refusal names',
			[
				strategy(
					'a.md',
					'New retailer interfaces are built on AS2, and we do not build another EDIFACT interface to a retailer system.'
				),
				strategy(
					'b.md',
					'New replenishment interfaces take orders from the retailer as EDIFACT messages.'
				)
			],
			/EDIFACT/
		],
		[
			'a sole engine vs another, the other side moving off a third',
			[
				strategy('a.md', 'PostgreSQL is the only database engine for our services.'),
				strategy('b.md', 'Loyalty balances move off MySQL to MongoDB during 2027.')
			],
			/^primary datastore: .*"MongoDB"/
		],
		[
			'a sole engine vs another named in two words',
			[
				strategy('a.md', 'PostgreSQL is the only database engine for our services.'),
				strategy('b.md', 'The loyalty ledger is kept in SQL Server.')
			],
			/^primary datastore: .*"SQL Server"/
		],
		[
			'a policy with its own reason, in a paragraph after another policy, is no reason of it',
			[
				{
					name: 'a.md',
					markdown:
						"# Shops\n\n## Guiding policy\n\nStocktakes must finish in the last week of March, so that the books close on time. Each shop's managers decide when a till is replaced, since they know which weeks are quiet.\n"
				},
				strategy(
					'b.md',
					'From 2027, till replacement is planned centrally from the warranty data rather than left to each shop.'
				)
			],
			/^who chooses: .*till/
		]
	])('%s', (_, docs, why) => {
		const out = run(docs);
		expect(out).toHaveLength(1);
		expect(`${out[0].topic}: ${out[0].why}`).toMatch(why);
	});
});

describe('weave contradictions: different scopes and non-refusals stay apart', () => {
	it.each([
		[
			'one engine in the hosted estate vs a local store on a device',
			[
				strategy('a.md', 'PostgreSQL is the only database engine in our hosted platform.'),
				strategy(
					'b.md',
					'The till app writes each sale to a local SQLite file on the till before it syncs.'
				)
			]
		],
		[
			'a refusal scoped to retailers vs an adoption for carriers',
			[
				strategy(
					'a.md',
					'New retailer interfaces are built on AS2, and we do not build another EDIFACT interface to a retailer system.'
				),
				strategy('b.md', 'New carrier drivers speak EDIFACT where the carrier supports it.')
			]
		],
		[
			'"No X takes more than N" bounds a number; "we do not own" states a fact',
			[
				strategy('a.md', 'No shop takes more than two stock counts in a year.'),
				strategy(
					'b.md',
					'We do not own the shop scanners; each shop counts its stock on them every spring.'
				)
			]
		],
		[
			'"on its own" before a noun is possession, not automation',
			[
				strategy(
					'a.md',
					'Each shop verifies a new price list on its own tills before the list goes live.'
				),
				strategy(
					'b.md',
					'Every price change is approved by a category manager before it goes live.'
				)
			]
		],
		[
			'an act set aside vs its words used apart',
			[
				strategy(
					'a.md',
					'Till rolls are ordered by each shop manager and then left to the head office to pay.'
				),
				strategy(
					'b.md',
					'Till roll orders are placed by the head office buyers rather than left to each shop.'
				)
			]
		],
		[
			'limits counted in uses of different things',
			[
				strategy('a.md', 'Rental ski boots are scrapped after 90 hires.'),
				strategy('b.md', 'Rental ski boots are scrapped after 12 resolings.')
			]
		],
		[
			'kept for different periods in different places',
			[
				strategy(
					'a.md',
					'Till receipts are kept on each shop server for 30 days and then sent to the head office.'
				),
				strategy('b.md', 'Till receipts are kept in the head office ledger for six years.')
			]
		],
		[
			'caps on two different acts after one event',
			[
				strategy(
					'a.md',
					'When a flight is cancelled, every traveller booked on it gets an email within 30 minutes.'
				),
				strategy(
					'b.md',
					'Show a cancelled flight on the departures board within two minutes and rebook every traveller on it.'
				)
			]
		],
		[
			'a refresh faster than the delay cap',
			[
				strategy('a.md', 'Shop tills download the voucher list from the head office every minute.'),
				strategy('b.md', 'A voucher sold online works at the shop tills within five minutes.')
			]
		]
	])('%s: none', (_, docs) => {
		expect(run(docs)).toEqual([]);
	});

	it('a decision record reads its Decision paragraph, not its Context or Consequences', () => {
		const record: NamedDoc = {
			name: 'r.md',
			markdown: [
				'# Records',
				'',
				'## ADR-7: Tills',
				'',
				'**Context:** Tills used to hold sales for a supervisor to release, and sales sat unseen.',
				'',
				'**Decision:** Tills must send each sale to the ledger as soon as it is rung up.',
				'',
				'**Consequences:** Review and approval happen in the ledger, and nowhere else.'
			].join('\n')
		};
		const texts = weave([record, strategy('b.md', 'Every refund is paid by the ledger.')], {
			today: '2026-06-01'
		}).policies.map((p) => p.text);
		expect(texts.some((t) => t.includes('Tills must send each sale'))).toBe(true);
		expect(texts.some((t) => /sat unseen|nowhere else/.test(t))).toBe(false);
	});
});
