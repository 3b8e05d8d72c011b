import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import { MAX_PAIRS, nominalStems } from './compare.js';
import { baseOf } from '../extract/terms.js';
import { strategyWith } from './test-strategy.js';
import type { NamedDoc } from '../types.js';

// Policies on topics of their own (two nouns no other policy uses), so that the words under
// test are rare or common by design: five strategies of five fillers each.
const NOUNS = (
	'anchor basalt cobalt dahlia ember falcon garnet harbor indigo juniper kestrel lantern marble ' +
	'nectar orchid pebble quartz raven saffron thistle umber velvet willow xenon yarrow zephyr ' +
	'acorn bramble cinder dune elm fjord glacier heron iris jasper kelp lichen moss nettle oak ' +
	'pine quill reed sorrel tansy ursa vetch wren yew zinnia'
).split(' ');
const fillers = (k: number, extra = '') =>
	Array.from({ length: 5 }, (_, i) => {
		const at = (k * 5 + i) * 2;
		return `Every ${NOUNS[at % NOUNS.length]} report names the ${NOUNS[(at + 1) % NOUNS.length]} owner${extra}.`;
	});
const names = ['01-ops', '02-platform', '03-billing', '04-field', '05-security'];
/** Five strategies; `extra[k]` adds policies to strategy k, `context[k]` its Context paragraph. */
function set(extra: Record<number, string[]>, context: Record<number, string> = {}): NamedDoc[] {
	return names.map((n, k) =>
		strategyWith(context[k] ?? 'We run the plants of one water company.', `strategy/${n}.md`, [
			...fillers(k),
			...(extra[k] ?? [])
		])
	);
}
/** Two policies sharing only "customers", with the fillers saying `also` too. */
const customers = (also: string) =>
	names.map((n, k) =>
		strategyWith('We run the plants of one water company.', `strategy/${n}.md`, [
			...fillers(k, also),
			...(k === 1 ? ['Customers see a lighthouse page.'] : []),
			...(k === 4 ? ['Customers get a ferry letter.'] : [])
		])
	);
const pairsOf = (docs: NamedDoc[]) => weave(docs, { today: '2026-01-15' }).toCompare;
const has = (docs: NamedDoc[], a: string, b: string) =>
	pairsOf(docs).some(
		(p) =>
			(p.a.text.includes(a) && p.b.text.includes(b)) ||
			(p.a.text.includes(b) && p.b.text.includes(a))
	);

describe('pairs worth comparing', () => {
	it.each([
		[
			'a rare shared term',
			set({
				0: ['The historian stays where the plant readings are kept today.'],
				2: ['Billing reads plant readings from the historian copy in the cloud.']
			}),
			'historian stays',
			'historian copy',
			true
		],
		[
			'one thing under two names (an alias)',
			set(
				{
					0: ['Orbit Desk is switched off for new depots.'],
					3: ['Crews log every visit in the blue app on their tablets.']
				},
				{ 3: 'Field crews use Orbit Desk, which the crews call the blue app, on every visit.' }
			),
			'Orbit Desk is switched',
			'blue app on their',
			true
		],
		['a word only these two use', customers(''), 'lighthouse page', 'ferry letter', true],
		[
			'only a word most policies use',
			customers(' for customers'),
			'lighthouse page',
			'ferry letter',
			false
		],
		[
			'two policies of one thread saying the same thing',
			set({
				0: ['Every kiosk firmware release goes to the pilot depot first.'],
				3: ['Every kiosk firmware release goes to the pilot depot first!']
			}),
			'kiosk firmware',
			'kiosk firmware',
			false
		],
		[
			'only a verb both write as a participle',
			set({
				0: ['Old pagers are switched off for the night crew.'],
				2: ['Printer trays are switched off at the loading dock.']
			}),
			'pagers are switched',
			'trays are switched',
			false
		],
		[
			'only a word neither uses as a noun',
			set({
				0: ['Every system we build has a named owning team for two years.'],
				3: ['Customer names, addresses and phone numbers are removed after 25 months.']
			}),
			'named owning team',
			'Customer names',
			false
		],
		[
			'two policies of one strategy',
			set({
				1: [
					'The historian stays where the plant readings are kept today.',
					'Billing reads plant readings from the historian copy in the cloud.'
				]
			}),
			'historian stays',
			'historian copy',
			false
		]
	])('%s', (_, docs, a, b, expected) => {
		expect(has(docs, a, b)).toBe(expected);
	});

	it('names one thing under two names by both names', () => {
		const docs = set(
			{
				0: ['Orbit Desk is switched off for new depots.'],
				3: ['Crews log every visit in the blue app on their tablets.']
			},
			{ 3: 'Field crews use Orbit Desk, which the crews call the blue app, on every visit.' }
		);
		expect(pairsOf(docs)[0].terms).toContain('orbit desk = blue app');
	});

	it('names what both share, as written', () => {
		const docs = set({
			0: ['The historian stays where the plant readings are kept today.'],
			2: ['Billing reads plant readings from the historian copy in the cloud.']
		});
		const pair = pairsOf(docs).find((p) => p.a.text.includes('historian'))!;
		expect(pair.terms).toContain('historian');
		expect(pair.a.doc).not.toBe(pair.b.doc);
	});

	it('names an acronym as written, not lower-cased', () => {
		const docs = set({
			0: ['Every release runs the flight-mode suite in the SLX lab before it ships.'],
			2: ['Schema changes are checked against the SLX lab records on every merge.']
		});
		const pair = pairsOf(docs).find((p) => p.a.text.includes('SLX'))!;
		expect(pair.terms).toContain('SLX');
	});

	it('leaves out pairs reported as contradictions', () => {
		const docs = set({
			0: ['We standardize on PostgreSQL for the ledger service.'],
			2: ['The ledger service stores its entries in DynamoDB.']
		});
		const w = weave(docs, { today: '2026-01-15' });
		expect(w.contradictions.length).toBeGreaterThan(0);
		const ids = new Set(w.contradictions.map((c) => c.id));
		expect(w.toCompare.some((p) => ids.has(p.id))).toBe(false);
		expect(has(docs, 'PostgreSQL for the ledger', 'ledger service stores')).toBe(false);
	});

	it('marks two numbers about one term the reader does not oppose', () => {
		// Bounds in opposite directions can both hold: no contradiction, but worth a look.
		const docs = set({
			1: ['Ledger backups are kept for at least 12 months.'],
			4: ['Ledger backups are kept for at most 25 months.']
		});
		const w = weave(docs, { today: '2026-01-15' });
		expect(w.contradictions).toEqual([]);
		const pair = w.toCompare.find((p) => p.terms.includes('backups'));
		expect(pair?.numbers).toBe(true);
		expect(w.toCompare[0]).toBe(pair);
	});

	it(`shows at most ${MAX_PAIRS}, each policy at most twice`, () => {
		const many: Record<number, string[]> = {};
		for (let k = 0; k < 5; k++)
			many[k] = NOUNS.slice(0, 8).map((n) => `The ${n} gauge of strategy ${k} is read daily.`);
		const pairs = pairsOf(set(many));
		expect(pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
		const count = new Map<string, number>();
		for (const p of pairs)
			for (const s of [p.a, p.b]) count.set(s.policy, (count.get(s.policy) ?? 0) + 1);
		expect(Math.max(...count.values())).toBeLessThanOrEqual(2);
	});
});

describe('nominalStems: the words a policy uses as nouns', () => {
	it.each([
		['Scans are deleted two years after the season ends.', ['scans', 'season'], ['deleted']],
		['Each squad picks the database it runs.', ['squad', 'database'], ['picks']],
		['Every system has a named owning team.', ['system'], ['named']],
		[
			'Nothing lives outside the cabinet except the last relay.',
			['cabinet', 'relay'],
			['lives', 'except', 'last']
		],
		['Reports stay in the country of the accident.', ['reports', 'country', 'accident'], ['stay']],
		['Keep offers away from guests in Sentier.', ['guests', 'sentier'], ['keep', 'away']],
		['The gate list reaches Cairn within a minute.', ['gate', 'list', 'cairn'], ['reaches']],
		['The pass list lives on each gate.', ['pass', 'list', 'gate'], ['lives']],
		['The copies of the gate lists are kept.', ['copies', 'lists'], ['kept']]
	])('%s', (text, nouns, others) => {
		const stems = nominalStems(text);
		for (const n of nouns) expect(stems, n).toContain(baseOf(n));
		for (const o of others) expect(stems, o).not.toContain(baseOf(o));
	});
});
