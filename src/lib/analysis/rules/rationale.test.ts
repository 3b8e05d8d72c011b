import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';
import { check, type CheckOptions } from '../check.js';

const strategy: CheckOptions = { kind: 'strategy' };
const policies = (body: string) => `# S\n\n## Policies\n\n${body}`;

const cases: [string, string, string[]][] = [
	[
		'a reason in the sentence',
		policies('Use PostgreSQL 17 for new services, because we only drill restores for Postgres.'),
		[]
	],
	['no reason', policies('Use PostgreSQL 17 for new services.'), ['warning 5:1']],
	[
		'a reason in the next sentence',
		policies(
			'Services never call Kafka directly. They write to an outbox, so that a commit is always announced.'
		),
		[]
	],
	[
		'a `, which lets` clause',
		policies('Kiosks read plates, which lets drivers skip the printout.'),
		[]
	],
	[
		'a descriptive `which` clause is no reason',
		policies('Kiosks read plates, which the Gate team built in 2024.'),
		['warning 5:1']
	],
	[
		'temporal since is no reason',
		policies('Crane telemetry goes to TimescaleDB since the 2025 rollout.'),
		['warning 5:1']
	],
	[
		'a Why: sub-item',
		policies(
			'- Deploys stop when the error budget is spent.\n  - Why: feature work must not eat into the SLO.'
		),
		[]
	],
	[
		'an anaphoric follow-up shares the reason',
		policies(
			'Postgres is the default, because we drill its restores. Anything else needs a review.'
		),
		[]
	],
	[
		'context sections hold no policies (so the strategy states none: an error)',
		'# S\n\n## Diagnosis\n\nWe run 31 databases and must page two people for all of them.',
		['error 1:3']
	],
	[
		'`this means` that opens a derived rule is no reason, for it or the rule before it',
		policies(
			'Riders should trust the timetable. On one level, this means buses should leave on the minute.'
		),
		['warning 5:1', 'warning 5:36']
	],
	[
		'a purpose inside the next policy is its own reason, not the one before it',
		policies(
			'Nominations go to the steering group. The steering group must interview each nominee to ensure they qualify.'
		),
		['warning 5:1']
	],
	[
		'a `so we can` purpose inside the next policy is its own reason too',
		policies(
			'Outages must be announced in the status channel. A review must follow each outage so we can fix its cause.'
		),
		['warning 5:1']
	],
	[
		'a cause inside the next policy still argues for the one before it',
		policies(
			'Pin every base image. The release team must rebuild them weekly, because upstream tags move.'
		),
		[]
	],
	[
		'a purpose after a pronoun that points back explains the policy before',
		policies('Pin every base image. We must do this to keep builds reproducible.'),
		[]
	],
	[
		'a status to attain (`To become…`) is no reason for the bar set for it',
		policies('To become a maintainer, a contributor must review twenty changes.'),
		['warning 5:1']
	],
	[
		'an infinitive right after a decision cue is what is decided, not its purpose',
		policies('We propose to keep the old importer for one more release.'),
		['warning 5:1']
	],
	[
		'an infinitive that completes a duty (`the responsibility of X to`) is the duty',
		policies('It is the responsibility of the release captain to ensure the notes are published.'),
		['warning 5:1']
	],
	[
		'a purpose after the decided act still counts',
		policies('We propose to keep the old importer to avoid breaking nightly jobs.'),
		[]
	],
	[
		'`such` points back as well',
		policies(
			'Merges to main wait for a maintainer. In such cases the bot must hold the branch to avoid races.'
		),
		[]
	],
	[
		'`this means` after the rule states its consequence',
		policies('Buses leave on the minute, which means riders can trust the timetable.'),
		[]
	]
];

describe('rationale', () => {
	it.each(cases)('%s', (_name, md, expected) => {
		expect(findingsOf('rationale', md, strategy).map(brief)).toEqual(expected);
	});

	it('names the cue that made the sentence a policy', () => {
		const [f] = findingsOf('rationale', policies('No new MongoDB collections.'), strategy);
		expect(f.message).toBe(
			'No reason given for this policy ("No new MongoDB collections"); looked in the sentence, the ones before and after it and the next paragraph.'
		);
		expect(f.actual).toEqual(['No new']);
	});

	it('errors on a strategy whose policies mostly lack reasons', () => {
		const md = policies(
			[
				'No new MongoDB collections.',
				'Use Redis for caches only.',
				'API keys expire after 180 days.'
			]
				.map((s) => `- ${s}`)
				.join('\n')
		);
		const found = findingsOf('rationale', md, strategy);
		expect(found[0]).toMatchObject({ severity: 'error', line: 1 });
		expect(found.filter((f) => f.severity === 'warning')).toHaveLength(3);
	});

	it('errors on a vision whose paragraphs give no reasons', () => {
		const para = (i: number) =>
			`Terminal ${i} runs slot booking in 2027. Trucks clear the gate in ${i + 3} minutes. Drivers book in the app.`;
		const bare = `# V\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}`;
		const reasoned = `${bare}\n\nWe do this because queues cost terminals fines.\n\nWe keep two apps so that drivers have one.`;
		expect(
			findingsOf('rationale', bare, { kind: 'vision', today: '2026-01-15' }).map((f) => f.severity)
		).toEqual(['error']);
		expect(findingsOf('rationale', reasoned, { kind: 'vision', today: '2026-01-15' })).toEqual([]);
	});
});

describe('rationale messages', () => {
	it('names the heading when a plain statement is a policy only because of it', () => {
		const md =
			'# Storage strategy\n\n## Policies\n\nEach service schema sits in the shared cluster.\n';
		const f = check(md, { kind: 'strategy' }).findings.find((x) => x.rule === 'rationale');
		expect(f?.message).toBe(
			'No reason given for this policy (a rule under "Policies"); looked in the sentence, the ones before and after it and the next paragraph.'
		);
		expect(f?.actual).toEqual([]);
	});
});
