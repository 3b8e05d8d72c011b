import { describe, expect, it } from 'vitest';
import {
	alternativesIn,
	contestIn,
	decisionCues,
	DECISION_THRESHOLD,
	reasonsIn,
	sectionKindOf,
	type SectionKind
} from './cues.js';

const decides = (text: string, kind: SectionKind, first = true) =>
	decisionCues(text, kind, first).score >= DECISION_THRESHOLD;

describe('sectionKindOf', () => {
	it.each([
		['Alternatives considered', 'alternatives'],
		['4. Alternatives', 'alternatives'],
		['Options we looked at', 'alternatives'],
		['Decision', 'decision'],
		['5. Decision', 'decision'],
		['Recommendation', 'decision'],
		['Proposal', 'proposal'],
		['Detailed design', 'proposal'],
		['3. Proposal', 'proposal'],
		['Context', 'context'],
		['Background', 'context'],
		['1. Problem statement', 'context'],
		['Why we are doing this', 'context'],
		['Rollout', 'rollout'],
		['Open questions', 'questions'],
		['Risks and open questions', 'questions'],
		['Test cases', 'questions'],
		['Full test suite', 'questions'],
		['Amendments', 'questions'],
		['Examples', 'questions'],
		['User needs', 'context'],
		['Use cases', 'context'],
		['The language question', null],
		['Where messages live', null]
	])('%s → %s', (heading, kind) => {
		expect(sectionKindOf(heading)).toBe(kind);
	});
});

describe('decisionCues', () => {
	it.each<[string, SectionKind, boolean]>([
		// decisions
		['We keep PostgreSQL as the system of record for the ledger.', 'decision', true],
		['Decision: `sentinel-edge` is written in Go.', 'other', true],
		['The scheduler will be written in Go.', 'proposal', true],
		['Partition the ledger by `merchant_id` into 64 logical shards.', 'proposal', true],
		['Every instant is persisted as UTC.', 'proposal', true],
		['We chose 64 so that we can grow without re-keying.', 'decision', true],
		['The settle step does not produce to Kafka directly.', 'proposal', true],
		[
			'We run OSRM ourselves, on the cluster pricing already operates, rather than paying per request.',
			'proposal',
			true
		],
		['We will do the archiving anyway, but it does not solve the problem.', 'alternatives', true],
		['There will be no default timeout on export jobs.', 'proposal', true],
		// a decision record whose decision section is one imperative
		['Adopt Temporal', 'decision', true],
		['Use Temporal', 'context', false],
		['Temporal workflows', 'decision', false],
		['The importer does not retry rows it has rejected.', 'proposal', true],
		// not decisions
		['We already run Kafka for analytics and the warehouse.', 'context', false],
		['Payouts never computes a balance itself.', 'context', false],
		['Should ledger events expose the logical shard id?', 'proposal', false],
		['It would help Reconciler parallelise the close.', 'proposal', false],
		['In 2024 that produced six incidents and a week of cleanup.', 'proposal', false],
		['We measured a loss rate of about 0.02% across the month.', 'proposal', false],
		['Clinicians will expect full-text search over messages.', 'rollout', false],
		['Keep the cron job and add checkpoints.', 'alternatives', false],
		['The nightly close currently takes 48 minutes.', 'questions', false],
		// an example announced as one, an absence reported, a negation inside a relative clause
		['For example, the second shard will hold merchants 65 to 128.', 'proposal', false],
		['For instance, a retry must wait at least ten seconds.', 'decision', false],
		['There are no known compatibility problems with this flag.', 'proposal', false],
		['There is no impact on existing clients.', 'decision', false],
		['This is one consequence of a design that does not copy the rows.', 'other', false]
	])('%s (%s) → %s', (text, kind, expected) => {
		expect(decides(text, kind)).toBe(expected);
	});

	it('names the words that made a decision', () => {
		expect(decisionCues('We will not build it again this year.', 'proposal', true).cues).toContain(
			'we will'
		);
	});
});

describe('reasonsIn', () => {
	it.each([
		[
			'We keep Postgres, because backups only cover Postgres.',
			'because backups only cover Postgres'
		],
		['Keys expire after a day so that leaks age out.', 'so that leaks age out'],
		['`x` is new code, so it will be written in Go.', '`x` is new code'],
		['We have run Kafka since 2021.', null]
	])('%s → %s', (text, reason) => {
		expect(reasonsIn(text)[0] ?? null).toBe(reason);
	});
});

describe('alternativesIn', () => {
	it.each([
		['Invoices stay in Postgres rather than moving to DynamoDB.', ['moving to DynamoDB']],
		['We prefer gRPC over REST for internal calls.', ['REST for internal calls']],
		[
			'We rejected a proposal to store amounts in DynamoDB, since it disagrees.',
			['store amounts in DynamoDB']
		],
		['A request without one is rejected with 400.', []],
		[
			'We go live one site at a time, so that a bug stops one site rather than all 35,000 customers.',
			[]
		]
	])('%s → %j', (text, alternatives) => {
		expect(alternativesIn(text)).toEqual(alternatives);
	});
});

describe('contestIn', () => {
	it.each([
		['This was argued over for most of February.', 'argued'],
		['The review ran long and did not end in consensus.', 'ran long'],
		['Three engineers preferred Kotlin.', 'preferred'],
		['Nobody argued hard for this.', null],
		['This is the preferred option for most teams.', null],
		['Substitutes suggested by rules are shown first.', null],
		['The badge came to disagree with the shelf for 6% of items.', null],
		['The Shipper Experience team disagreed because of the cost.', 'disagreed']
	])('%s → %s', (text, word) => {
		expect(contestIn(text)).toBe(word);
	});
});
