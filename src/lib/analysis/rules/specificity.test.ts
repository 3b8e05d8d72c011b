import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';
import { tailStart } from './specificity.js';

const strategy = { kind: 'strategy' as const };

const cases: [string, string, string[]][] = [
	[
		'a sentence with a number and a name',
		'The Gate team cuts turn time to 4 minutes by May 2026.',
		[]
	],
	[
		'buzzwords with no anchor',
		'We will leverage our platform to unlock seamless experiences.',
		['warning 1:9']
	],
	[
		'buzzwords do not cancel an anchor',
		'We will leverage Kafka to unlock 40 ms event delivery.',
		[]
	],
	[
		'rhetorical numbers are not anchors',
		'Our three pillars will deliver 10x better innovation across the board.',
		['warning 1:36']
	],
	[
		'a generic policy in a strategy',
		'Teams must document their services properly and consistently.',
		['warning 1:1']
	],
	['short lead-ins are not judged', 'Safe retries.', []],
	[
		'a bold lead-in that names a topic is a label',
		'- **Safe retries.** Clients back off between attempts.',
		[]
	],
	[
		'a bold lead-in that is a rule with its own modal is judged',
		'- **Every change must be written down.** Readers find it later.',
		['warning 1:5']
	],
	[
		'a bold lead-in with its own negation is judged',
		'- **Authors do not merge their own changes.** A second reader catches slips.',
		['warning 1:5']
	],
	['a short rule with its own modal is judged', 'Dashboards should be readable.', ['warning 1:1']],
	['a short rule with an anchor is not flagged', 'Dashboards must load from Grafana.', []],
	['a short statement with no modal is not judged', 'Dashboards load slowly today.', []],
	[
		'a vague word in a description is ordinary prose',
		'Sometimes it takes a few rounds of explaining a suggestion before it sinks in.',
		[]
	],
	[
		'the same vague word in a rule is flagged',
		'Reviewers should explain a suggestion over a few rounds before they escalate.',
		['warning 1:46']
	],
	[
		'a short plan item with no anchor',
		'- Faster berth planning\n- Quay crane scheduling',
		['warning 1:3', 'warning 2:3']
	],
	['a short plan item that names its system', '- Berth planning in Harbourline', []],
	['a short item that leads in to the items under it', '- Berth planning stages:', []],
	['a bold label opening a list item', '- **Berth planning.** The Harbourline team owns it.', []],
	[
		'a buzzword in a description is flagged',
		'Our platform unlocks seamless synergies across the board for everyone.',
		['warning 1:14']
	]
];

// Commitments with no anchor and no vague word: a generic policy in a vision, not in a design
// doc (whose decisions lean on the systems the document names around them).
const byKind: [string, 'vision' | 'design', string, string[]][] = [
	[
		'a vision commitment with no anchor',
		'vision',
		'Operators should enjoy planning a berth.',
		['warning 1:1']
	],
	[
		'a vision commitment with an anchor',
		'vision',
		'Operators should plan a berth in 3 minutes.',
		[]
	],
	['a vision statement that commits nothing', 'vision', 'Planning a berth is hard today.', []],
	// A design doc's `will` describes the system it designs; an obligation (`must`, `should`,
	// `shall`) or an imperative is the design telling itself or its readers what to do.
	['a design decision with no anchor', 'design', 'The planner will retry the request.', []],
	[
		'a design obligation with no anchor',
		'design',
		'Every caller must retry the request.',
		['warning 1:1']
	],
	[
		'a design obligation with an anchor',
		'design',
		'Every caller must retry the request within 200 ms.',
		[]
	],
	[
		'a design imperative with no anchor',
		'design',
		'Move the retry logic out of the request handler.',
		['warning 1:1']
	],
	// The authors putting their decision forward (`we propose`, `we've decided`, `This RFC
	// proposes`) decide as plainly as an imperative, wherever the sentence stands.
	[
		'a proposal with no anchor',
		'design',
		'We propose to batch the deliveries of each morning together.',
		['warning 1:1']
	],
	[
		'a decision of the authors with no anchor',
		'design',
		'After a long discussion, we have decided to keep the old order form.',
		['warning 1:1']
	],
	[
		'the document proposing with no anchor',
		'design',
		'This RFC proposes moving the retry logic into the caller.',
		['warning 1:1']
	],
	[
		'a proposal that names its system',
		'design',
		'We propose to batch the deliveries in the Harbourline scheduler.',
		[]
	],
	[
		'a short imperative item under a design Goals heading',
		'design',
		'# Courier routing\n\n## Goals\n\n- Merge duplicate stops.\n- The depot map is old and hard to read.',
		['warning 5:3']
	],
	[
		'a short noun-phrase item in a design doc is not judged',
		'design',
		'# Courier routing\n\n## Parts\n\n- The stop merger\n- The depot map',
		[]
	],
	[
		'a short plan item in a vision',
		'vision',
		'# Harbour\n\n## Next year\n\n- Quicker crane turnarounds',
		['warning 5:3']
	],
	[
		'a short imperative item that names its system',
		'design',
		'# Courier routing\n\n## Goals\n\n- Retire the --legacy-routes flag.',
		[]
	]
];

describe('specificity', () => {
	it.each(cases)('%s', (_name, md, expected) => {
		expect(findingsOf('specificity', md, strategy).map(brief)).toEqual(expected);
	});

	it.each(byKind)('%s', (_name, kind, md, expected) => {
		const found = findingsOf('specificity', md, { kind });
		expect(found.map(brief)).toEqual(expected);
		for (const f of found) expect(f.actual?.length).toBeGreaterThan(0);
	});

	it('errors when anchorless sentences go over budget and names the share', () => {
		const md = Array.from(
			{ length: 6 },
			() => 'We will streamline our processes and empower every team to do great work.'
		).join('\n\n');
		const [first] = findingsOf('specificity', md, strategy);
		expect(first.severity).toBe('error');
		expect(first.message).toMatch(/^6 of 6 sentences \(100%\) have no concrete anchor/);
	});

	it('does not error on plain advice that has no anchor but no vague words either', () => {
		const advice = [
			'Look at the description of the change before the code.',
			'Ask the author what the change is for when the description does not say.',
			'Send comments on the design before comments on the details.',
			'Reply to every comment the author leaves on the change.',
			'Explain why you ask for a change when you ask for it.',
			'Be kind to the author of the change in every comment you write.'
		].join('\n\n');
		const found = findingsOf('specificity', advice, strategy);
		expect(found.filter((f) => f.severity === 'error')).toEqual([]);
	});

	it('points at the sentence where the tail turns generic', () => {
		const specific = Array.from(
			{ length: 8 },
			(_, i) => `Terminal ${i + 1} moves to PostgreSQL 17 by Q${(i % 4) + 1} 2026.`
		);
		const generic = [
			'After that we will keep improving everything we do.',
			'We will foster a culture of excellence across the organisation.',
			'Teams will be empowered to move fast with confidence.',
			'We will continue to evolve our practices over time.'
		];
		const found = findingsOf('specificity', [...specific, ...generic].join('\n\n'), strategy);
		const tail = found.find((f) => f.message.startsWith('The text turns generic here'));
		expect(tail && brief(tail)).toBe('warning 17:1');
	});

	it.each([
		[[false, false, false, false, true, true, true, true], 4],
		[[false, false, false, false, true, false, false, false], -1],
		[[true, true, true, true, true, true], -1]
	] as [boolean[], number][])('tailStart(%j) = %i', (flags, at) => {
		expect(tailStart(flags)).toBe(at);
	});
});

describe('specificity: a present-tense rule of a strategy is judged as its other policies are', () => {
	const warnings = (md: string) =>
		findingsOf('specificity', md, strategy)
			.filter((f) => f.severity === 'warning')
			.map((f) => `${brief(f)} ${f.message}`);
	it.each([
		[
			'# S\n\n## Policies\n\nA reviewer approves the change before it merges.',
			[
				'warning 5:1 Generic policy (a rule under "Policies"): it names no system, number, date or team.'
			]
		],
		[
			'# S\n\n## Policies\n\nReviewers should approve changes before they merge.',
			[
				'warning 5:1 Generic policy ("should approve changes before they…"): it names no system, number, date or team.'
			]
		],
		['# S\n\n## Policies\n\nThe Payments team approves every change to `ledger-core`.', []]
	])('%s', (md, expected) => {
		expect(warnings(md)).toEqual(expected);
	});
	it('leaves a design doc’s present-tense sentences alone', () => {
		expect(
			findingsOf(
				'specificity',
				'# D\n\n## Decision\n\nA reviewer approves the change before it merges.',
				{
					kind: 'design',
					config: { rules: { length: false } }
				}
			).filter((f) => f.severity === 'warning')
		).toEqual([]);
	});
});
