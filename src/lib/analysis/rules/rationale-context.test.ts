/**
 * Issue 8, "Reasons the checker cannot see" and "Messages": a reason in the sentence before
 * the policy, in the next sentence, in a list's lead-in, in a purpose clause (`so the…`,
 * `to avoid…`), or, in a design doc, in the Context section a Decision section answers; and
 * a finding that quotes the words that made the sentence a policy and says where it looked.
 */
import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const strategy = { kind: 'strategy' as const };
const design = { kind: 'design' as const, config: { rules: { length: false } } };

const cases: [string, string, 'strategy' | 'design', string[]][] = [
	[
		'a problem stated just before the policy',
		'# S\n\n## Policies\n\nCross-region calls time out twice a week. Services must call `ledger-eu` only from eu-west-1.',
		'strategy',
		[]
	],
	[
		'a reason clause just before the policy',
		'# S\n\n## Policies\n\nSince restores exist for Postgres only, that is where state lives. All new services must store state in Postgres 16.',
		'strategy',
		[]
	],
	[
		'the policy draws on the sentence before (therefore)',
		'# S\n\n## Policies\n\nOur on-call team is four people. We will therefore run one queue, `jobs-main`.',
		'strategy',
		[]
	],
	[
		'a purpose clause without a comma: so the…',
		'# S\n\n## Policies\n\nKeep every payload under 64 KB so the mobile client parses it in one pass.',
		'strategy',
		[]
	],
	[
		'a purpose infinitive: to avoid…',
		'# S\n\n## Policies\n\nPin `node` to 20.11 in every repo to avoid surprise upgrades.',
		'strategy',
		[]
	],
	[
		"a list's lead-in gives the reason",
		'# S\n\n## Policies\n\nTo keep pages under 2 a week, we adopt these rules:\n\n- Every alert must link a runbook.\n- Teams must own their alerts in `alerts.yaml`.',
		'strategy',
		[]
	],
	[
		'a plain statement before is no reason',
		'# S\n\n## Policies\n\nWe have 31 services. Services must call `ledger-eu` only from eu-west-1.',
		'strategy',
		['warning 5:22']
	],
	[
		'a policy before is no reason for the next one',
		'# S\n\n## Policies\n\nServices must use gRPC. Teams must publish schemas in `proto/`.',
		'strategy',
		['warning 5:1', 'warning 5:25']
	],
	[
		'an evaluation by comparison in the next sentence argues for the policy',
		'# S\n\n## Factors\n\nPrefer languages with a thriving library ecosystem. Such languages are easier and cheaper to work with.',
		'strategy',
		[]
	],
	[
		'a stated aim in the next sentence is the reason',
		'# S\n\n## Steps\n\nPropose and prioritize preventive measures. This is the key outcome for the team: we want to avoid these problems.',
		'strategy',
		[]
	],
	[
		'given after a dash is a reason',
		'# S\n\n## Scope\n\n- Open data API - Given the public scope, we should write this in Python 3.12.',
		'strategy',
		[]
	],
	[
		'a relative clause that names what the thing makes easier',
		'# S\n\n## HTTP\n\nWe must build a client that makes it easier to add HTTP/3 in 2026.',
		'strategy',
		[]
	],
	[
		'an importance frame that names its purpose',
		'# S\n\n## Docs\n\nEnhancing TypeScript support is essential for delivering a better experience in 2026.',
		'strategy',
		[]
	],
	[
		'a reason by analogy',
		'# S\n\n## Releases\n\nIn the same way that `gofmt` defines one format, we will tag releases as `vX.Y.Z`.',
		'strategy',
		[]
	],
	[
		'the next sentence says the alternative is cheap',
		'# S\n\n## Labels\n\nIt is always fine not to label an issue in GitHub. It is trivial to add the label later.',
		'strategy',
		[]
	],
	[
		'a decision record: the Decision answers its Context',
		'# ADR 12: one queue\n\n## Context\n\nTwo queues double the on-call load and jobs get lost between them.\n\n## Decision\n\nWe will run every background job on `jobs-main`.',
		'design',
		[]
	],
	[
		'a Decision with no Context above it is flagged',
		'# ADR 12: one queue\n\n## Decision\n\nWe will run every background job on `jobs-main`.\n\n## Context\n\nTwo queues double the on-call load.',
		'design',
		['warning 5:1']
	],
	[
		'the Context answers the decision list a Decision section opens with',
		'# ADR 7: move builds\n\n## Context\n\nBuilds queue for an hour because the x86 runners are full.\n\n## Decision\n\nWe will:\n\n- Build every image for ARM in `ci-main`.\n- Scale the x86 pool to zero by June.',
		'design',
		[]
	],
	[
		'a later specification paragraph is not what the Context explains',
		'# ADR 7: move builds\n\n## Context\n\nBuilds queue for an hour because the x86 runners are full.\n\n## Decision\n\nWe will build every image for ARM in `ci-main`.\n\nThe runner label will be `arm-large` and the cache will live in `s3://ci-cache`.',
		'design',
		['warning 11:1']
	],
	[
		"a design doc's Goals list commitments: each is asked for a reason",
		'# RFC 9: faster tests\n\n## Goals\n\n- Run each test set in `ci-main` concurrently.\n- Cache the `kind` images between runs so that no run pulls them again.',
		'design',
		['warning 5:3']
	],
	[
		"a design doc's Non-goals and Motivation are still context",
		'# RFC 9: faster tests\n\n## Motivation\n\nWe will not wait 40 minutes for `ci-main`.\n\n## Non-goals\n\n- Rewrite the test suite in Go.',
		'design',
		[]
	]
];

describe('rationale finds reasons in context', () => {
	it.each(cases)('%s', (_name, md, kind, expected) => {
		const found = findingsOf('rationale', md, kind === 'design' ? design : strategy);
		expect(found.filter((f) => f.severity === 'warning').map(brief)).toEqual(expected);
	});
});

describe('rationale: the strategy budget reads sections', () => {
	const bare = (n: number) =>
		Array.from({ length: n }, (_, i) => `- Team ${i} must tag release ${i} in \`git\`.`).join('\n');
	it('errors when the unreasoned policies sit in a section that argues nothing', () => {
		const found = findingsOf('rationale', `# S\n\n## Releases\n\n${bare(4)}`, strategy);
		expect(found[0].severity).toBe('error');
		expect(found[0].message).toMatch(/^4 of 4 policies give no reason, neither beside them/);
	});
	it('warns on each, but does not fail the document, when the section argues for its list', () => {
		const md = `# S\n\n## Releases\n\nTags matter because distributors package released versions only.\n\n${bare(4)}`;
		const found = findingsOf('rationale', md, strategy);
		expect(found.map((f) => f.severity)).toEqual(Array(4).fill('warning'));
	});
});

describe('rationale: a Summary restates what sections argue', () => {
	const summary =
		'# Comments\n\n## Summary\n\n- Be kind to the author.\n- Explain your reasoning.\n\n';
	it('does not ask a strategy summary for reasons its sections give', () => {
		const md = `${summary}## Courtesy\n\nBe kind, because a review is a conversation between colleagues.`;
		expect(findingsOf('rationale', md, strategy)).toEqual([]);
	});
	it('skips a closing summary that recaps the sections before it', () => {
		const md = `# Guide\n\n## Design\n\nThe code is well designed because reviewers read it first.\n\n## Summary\n\n- The code is well designed.\n- Reviewers must read every line.`;
		expect(findingsOf('rationale', md, strategy)).toEqual([]);
	});
	it('still asks when nothing follows the summary', () => {
		expect(findingsOf('rationale', summary, strategy).map(brief)).toEqual([
			'warning 5:3',
			'warning 6:3'
		]);
	});
});

describe('rationale messages', () => {
	it('quotes the words that made the sentence a policy and says where it looked', () => {
		const [f] = findingsOf(
			'rationale',
			'# S\n\n## Policies\n\nWe will retire the v1 billing API by June 2026.',
			strategy
		);
		expect(f.message).toBe(
			'No reason given for this policy ("will retire the v1 billing…"); looked in the sentence, the ones before and after it and the next paragraph.'
		);
		expect(f.actual).toEqual(['will']);
	});

	it("names a list item's sub-items and lead-in, and a design doc's Context section", () => {
		const [item] = findingsOf(
			'rationale',
			'# S\n\n## Policies\n\n- Never page for a retry.',
			strategy
		);
		expect(item.message).toMatch(/its sub-items and the list's lead-in\.$/);
		const [decision] = findingsOf(
			'rationale',
			'# D\n\n## Decision\n\nWe will run every job on `jobs-main`.',
			design
		);
		expect(decision.message).toMatch(
			/^No reason given for this decision \("will run every job on…"\)/
		);
		expect(decision.message).toMatch(/a Context or Motivation section\.$/);
	});
});

describe('rationale: in a vision, the situation just before a policy is its reason', () => {
	const vision = { kind: 'vision' as const, today: '2026-12-01' };
	const warnings = (md: string) =>
		findingsOf('rationale', md, vision)
			.filter((f) => f.severity === 'warning')
			.map(brief);
	it.each([
		[
			'a lack',
			'New contributors find the setup docs hard to follow. We must rewrite them by 2028.'
		],
		[
			'the present state',
			'Today the agent runs one worker per host. It must use every core by 2028.'
		],
		[
			'a contrast',
			'The API is stable, but the CLI still changes every release. The CLI must freeze by 2028.'
		]
	])('%s', (_name, paragraph) => {
		expect(warnings(`# Vision\n\n## Where we go\n\n${paragraph}`)).toEqual([]);
	});
	it('still asks when the sentence before only describes', () => {
		expect(
			warnings(
				'# Vision\n\n## Where we go\n\nThe agent ships as one binary. It must use every core by 2028.'
			)
		).toEqual(['warning 5:32']);
	});
	it('still asks in a strategy, where a contrast before a rule is rarely its reason', () => {
		expect(
			findingsOf(
				'rationale',
				'# S\n\n## Policies\n\nThe API is stable, but the CLI still changes every release. The CLI must freeze by 2028.',
				{ kind: 'strategy' }
			)
				.filter((f) => f.severity === 'warning')
				.map(brief)
		).toContain('warning 5:61');
	});
});

// Issue 8, rationale10: a policy with no reason beside it whose document argues for it in a
// Rationale, Motivation, Context, Background or Why section gets an info note naming that
// section, not a warning, when the two share specific terms (not the document's topic words).
const elsewhere: [string, string, 'strategy' | 'design', string[], RegExp | null][] = [
	[
		'a Rationale section that names the same things',
		'# RFC 4: cache tiers\n\n## Specification\n\nThe resolver must read `tier-hot` before the cold bucket.\n\n## Rationale\n\nReading `tier-hot` first means the cold bucket sees a tenth of the lookups.',
		'design',
		['info 5:1'],
		/^Reason given under ‘Rationale’\? That section also speaks of .*“tier-hot”/
	],
	[
		'a Why section in a strategy',
		'# Release strategy\n\n## Policies\n\n- Every crate must pin its toolchain in `rust-toolchain.toml`.\n\n## Why\n\nUnpinned toolchains broke three releases, and `rust-toolchain.toml` is what rustup reads.',
		'strategy',
		['info 5:3'],
		/under ‘Why’\?/
	],
	[
		'a Motivation section about something else is no reason',
		'# Release strategy\n\n## Motivation\n\nOn-call pages doubled after the March outage of the billing exporter.\n\n## Policies\n\n- The resolver must read `tier-hot` before the cold bucket.',
		'strategy',
		['warning 9:3'],
		null
	],
	[
		"words of the document's title are its topic, not a link",
		'# Cache tiers for the resolver\n\n## Specification\n\nThe resolver must keep cache tiers per region.\n\n## Rationale\n\nThe resolver and its cache tiers grew out of one prototype.',
		'design',
		['warning 5:1'],
		null
	],
	[
		'a reason section never answers a policy inside itself',
		'# Guide\n\n## Rationale\n\nOpen reviews of `infra/` hold every deploy.\n\n### Rules\n\nReviews of `infra/` must finish within `48h`.',
		'strategy',
		['warning 9:1'],
		null
	],
	[
		"a design doc's Goals take their reason from its Motivation",
		'# RFC 9: faster tests\n\n## Motivation\n\nA full run of the suite takes 40 minutes, so reviews stall.\n\n## Goals\n\n- Run each test set in `ci-main` concurrently.',
		'design',
		['info 9:3'],
		/under ‘Motivation’\? This decision sits in ‘Goals’/
	],
	[
		"a design doc's Abstract takes its reason from its Background",
		'# RFC 2: one queue\n\n## Abstract\n\nWe will run every background job on `jobs-main`.\n\n## Background\n\nTwo queues double the on-call load.',
		'design',
		['info 5:1'],
		/under ‘Background’\?/
	]
];

describe('rationale: a reason in another section becomes a note', () => {
	it.each(elsewhere)('%s', (_name, md, kind, expected, message) => {
		const found = findingsOf('rationale', md, kind === 'design' ? design : strategy).filter(
			(f) => f.severity !== 'error'
		);
		expect(found.map(brief)).toEqual(expected);
		if (message) expect(found[0].message).toMatch(message);
	});
});
