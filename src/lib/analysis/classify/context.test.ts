/**
 * Issue 8, "Non-policies read as policies", "Hedge words out of context" and "Word lists that
 * catch ordinary words": each classifier judged by the sentence's structure (who the subject
 * is, which reading a modal has, whether a gerund is a noun), not by the word alone.
 */
import { describe, expect, it } from 'vitest';
import { classifyPolicy, sectionRole } from './policy.js';
import { findHedges } from './hedge.js';
import { groundingCounts } from './grounding.js';

const proposal = { kind: 'design' as const, headings: ['Leases', 'Proposal'] };

describe('non-policies: predictions, examples, current state, questions', () => {
	const cases: [string, string, boolean][] = [
		[
			'in a proposal too, what a system will then do after a setup predicts behaviour (issue 8)',
			'The scheduler will then place both pods on one node.',
			false
		],
		[
			'in a proposal, what the system will do after a setup is the design',
			'If the node is drained, the kubelet will evict every pod on it.',
			true
		],
		[
			'an eventual outcome',
			'Once the flag is on, clients will eventually see the new field.',
			false
		],
		['an example', 'For example, a team might run two replicas in one zone.', false],
		[
			'an example with a modal',
			'For instance, the controller must hold the lease for 15 s.',
			false
		],
		['the current state', 'The controller currently retries every five seconds.', false],
		['a question', 'Should the controller hold the lease for 15 s?', false],
		['the authors commit after a condition', 'If latency exceeds 200 ms, we will roll back.', true],
		['the authors commit, then', 'We will then delete the `leases_v1` table.', true],
		['a design statement', 'The new controller will retry with exponential backoff.', true]
	];
	it.each(cases)('%s', (_name, sentence, policy) => {
		expect(classifyPolicy(sentence, proposal).policy).toBe(policy);
	});

	it('reads what a system will do after a setup as a prediction outside a design', () => {
		const strategy = { kind: 'strategy' as const, headings: ['Capacity', 'Scheduling'] };
		for (const text of [
			'The scheduler will then place both pods on one node.',
			'If the node is drained, the kubelet will evict every pod on it.'
		])
			expect(classifyPolicy(text, strategy).policy).toBe(false);
	});

	it('reads an Examples or Consequences section as context', () => {
		const text = 'The controller must hold the lease for 15 s.';
		expect(classifyPolicy(text, { kind: 'design', headings: ['L', 'Examples'] }).policy).toBe(
			false
		);
		expect(classifyPolicy(text, { kind: 'design', headings: ['L', 'Consequences'] }).policy).toBe(
			false
		);
		expect(classifyPolicy(text, proposal).policy).toBe(true);
	});
});

describe('hedges in context', () => {
	const cases: [string, string, string[]][] = [
		['permission may', 'Teams may keep using it until the review.', []],
		['specification may', 'If the limit is exceeded, the server may reject the request.', []],
		['exploring as a noun', 'Exploring is cheap compared with building.', []],
		[
			'exploring after a preposition',
			'After some exploring of the design space we chose leases.',
			[]
		],
		['considering as a preposition', 'Considering the cost, we chose SQS.', []],
		['we are exploring', 'We are exploring a second region.', ['exploring']],
		['exploring whether', 'Exploring whether gRPC fits is next.', ['Exploring']],
		['try to, said of users', 'Users try to reconnect as soon as the socket drops.', []],
		['try to, said of a system', 'The client will try to reconnect three times.', []],
		['try to, said by the authors', 'We will try to migrate by June.', ['try to']],
		['try to, an imperative', 'Try to keep handlers small.', ['Try to']],
		['aim to, said of teams', 'Teams should aim to ship weekly.', ['aim to']],
		['could, negated subject', 'Nobody could sensibly rely on that ordering.', []],
		['could, past ability', 'Before the change, teams could only deploy on Tuesdays.', []],
		['could, in a purpose clause', 'We keep the API small so that clients could be generated.', []],
		['could, a guess', 'This could break older clients.', ['could']],
		['could, an option', 'We could move the queue to Postgres.', ['could']],
		[
			'there is a case for',
			'I think there is a case for a second region.',
			['there is a case for']
		],
		['strive for', 'We strive for predictable releases.', ['strive for']],
		['consider, introducing an example', 'Consider the following code:', []],
		["let's consider", "Let's consider two cases first.", []],
		['consider, a suggestion', 'Consider using gRPC for internal calls.', ['Consider']],
		['could, naming', 'This is what could be called a systems view.', []],
		['it is possible to (ability)', 'It is possible to automate the migration with rustfix.', []],
		['it is possible that (doubt)', 'It is possible that the cache fills up.', ['It is possible']],
		['rather than try to', 'Rather than try to pick the prefixes, we reserve all of them.', []],
		['an example', 'For example, you might say the change looks good.', []]
	];
	it.each(cases)('%s', (_name, sentence, hedges) => {
		expect(findHedges(sentence).map((h) => h.text)).toEqual(hedges);
	});
});

describe('grounding terms in context', () => {
	const cases: [string, string, string[]][] = [
		[
			'ordinary words are not technology',
			'We reached consensus across the project in service of the rest of the team.',
			[]
		],
		['the verb rest, inflected', 'The plan rests on two strategies and rested on a third.', []],
		[
			'a stem shared with a technology word',
			'The project ships projections of the ledger.',
			['projections']
		],
		[
			'REST, the acronym',
			'Partners call our REST API and a Raft consensus log.',
			['REST', 'API', 'consensus', 'log']
		],
		[
			'a service, the system',
			'The billing service writes to the database.',
			['service', 'database']
		]
	];
	it.each(cases)('%s', (_name, sentence, tech) => {
		expect(groundingCounts(sentence).techWords.map((w) => w.text)).toEqual(tech);
	});
});

describe("a design's specification: `will` states what the design does", () => {
	const cases: [string, string[], string, boolean][] = [
		[
			'proposal, system subject',
			['Quotas', 'Proposal'],
			'The gateway will reject requests over 2 MB.',
			true
		],
		[
			'detailed design, passive',
			['Quotas', 'Detailed design'],
			'Rejected requests will be logged with their tenant ID.',
			true
		],
		[
			'detailed design, a state',
			['Quotas', 'Implementation'],
			'Each tenant will have one quota record.',
			true
		],
		[
			'proposal, after a condition',
			['Quotas', 'Proposal'],
			'If the header is missing, the gateway will use the default quota.',
			true
		],
		[
			'a forecast stays a prediction',
			['Quotas', 'Proposal'],
			'Clients will eventually stop sending the old header.',
			false
		],
		[
			'the document as subject',
			['Quotas', 'Proposal'],
			'This proposal will make quotas easier to audit.',
			false
		],
		[
			'motivation is context',
			['Quotas', 'Motivation'],
			'Without limits, one tenant will exhaust the pool.',
			false
		],
		[
			'consequences are context',
			['Quotas', 'Consequences'],
			'Large uploads will fail for some tenants.',
			false
		]
	];
	it.each(cases)('%s', (_name, headings, sentence, policy) => {
		expect(classifyPolicy(sentence, { kind: 'design', headings }).policy).toBe(policy);
	});

	it('reads the same `will` in a strategy as a prediction', () => {
		const headings = ['Quotas', 'Guidance'];
		expect(
			classifyPolicy('Each tenant will have one quota record.', { kind: 'strategy', headings })
				.policy
		).toBe(false);
	});
});

describe('RFC 2119 keywords in capitals are normative in any section', () => {
	const motivation = { kind: 'design' as const, headings: ['Tokens', 'Motivation'] };
	const cases: [string, string, boolean, string][] = [
		['SHOULD with a system subject', 'The broker SHOULD expose a health endpoint.', true, 'SHOULD'],
		['MUST NOT', 'Clients MUST NOT cache refresh tokens on disk.', true, 'MUST NOT'],
		['MAY as a permission', 'Servers MAY compress responses above 1 KB.', true, 'MAY'],
		[
			'a mention of the keywords',
			'This document uses MUST, MUST NOT and MAY as in RFC 2119.',
			false,
			''
		],
		['lower case stays context', 'The broker should expose a health endpoint.', false, ''],
		['an all-caps heading word', 'See the FAQ for MUST cases.', false, '']
	];
	it.each(cases)('%s', (_name, sentence, policy, cue) => {
		const r = classifyPolicy(sentence, motivation);
		expect(r.policy).toBe(policy);
		expect(r.cue).toBe(cue);
		if (policy) expect(sentence.slice(r.at, r.at + cue.length)).toBe(cue);
	});
});

describe('items of a list of planned work', () => {
	const item = (kind: 'design' | 'strategy' | 'vision', headings: string[], sentence: string) =>
		classifyPolicy(sentence, { kind, headings, listItem: true });
	const cases: [string, 'design' | 'strategy' | 'vision', string[], string, boolean][] = [
		[
			'a noun phrase under Future work',
			'vision',
			['Plan', 'Future work 🔮'],
			'Offline mode for the mobile app',
			true
		],
		[
			'an item under Next steps',
			'strategy',
			['Billing', 'Next steps'],
			'Billing dashboards per region',
			true
		],
		[
			'an item under Follow-ups',
			'design',
			['Queues', 'Consequences', 'Follow-ups'],
			'Nightly report of dead letters.',
			true
		],
		[
			'a design Goals item that is not an imperative',
			'design',
			['Leases', 'Goals'],
			'Each lease has exactly one holder.',
			true
		],
		[
			'work under way',
			'vision',
			['Mobile', 'Ongoing work'],
			'Offline mode for the mobile app',
			false
		],
		[
			'work done',
			'vision',
			['Mobile', 'Completed milestones'],
			'Offline mode for the mobile app',
			false
		],
		['a ticked task box', 'design', ['Leases', 'Next steps'], '[x] Rename the lease table', false],
		[
			'a state of affairs in the list',
			'design',
			['Leases', 'Goals'],
			'We are still in beta, so nothing is frozen.',
			false
		],
		[
			'a Non-goals item',
			'design',
			['Leases', 'Non-goals'],
			'Lease transfer between regions',
			false
		],
		[
			"a strategy's Goals are outcomes",
			'strategy',
			['Review', 'Goals'],
			'Faster reviews for small changes',
			false
		]
	];
	it.each(cases)('%s', (_name, kind, headings, sentence, policy) => {
		const r = item(kind, headings, sentence);
		expect(r.policy).toBe(policy);
		// No word made it a policy, the list did: the finding names the section.
		if (policy && r.via === 'present') expect(r.cue).toBe('');
	});

	it('needs the list: the same words as a paragraph are not planned work', () => {
		expect(
			classifyPolicy('Offline mode for the mobile app', {
				kind: 'vision',
				headings: ['Plan', 'Future work']
			}).policy
		).toBe(false);
	});
});

describe("a design doc's Summary states the proposal in brief", () => {
	const summary = { kind: 'design' as const, headings: ['Lease renewal', 'Summary'] };
	const cases: [string, string, boolean, string][] = [
		['an imperative headline', 'Replace the lease table with a key-value store.', true, 'weak'],
		['the design will', 'The controller will renew each lease before it expires.', true, 'strong'],
		['a description of today', 'Leases currently expire after 30 s.', false, 'none'],
		['what users think', 'Operators find the current interval confusing.', false, 'none']
	];
	it.each(cases)('%s', (_name, sentence, policy, strength) => {
		const r = classifyPolicy(sentence, summary);
		expect(r.policy).toBe(policy);
		expect(r.strength).toBe(strength);
	});

	it("keeps a strategy's Summary and a design's Motivation as they were", () => {
		const text = 'Replace the lease table with a key-value store.';
		expect(classifyPolicy(text, { kind: 'strategy', headings: ['L', 'Summary'] }).strength).toBe(
			'strong'
		);
		expect(classifyPolicy(text, { kind: 'design', headings: ['L', 'Motivation'] }).policy).toBe(
			false
		);
	});
});

describe('a list item in the imperative with a verb no list names', () => {
	const item = (sentence: string, headings = ['Storage', 'Implementation']) =>
		classifyPolicy(sentence, { kind: 'design', headings, listItem: true });
	const cases: [string, string, boolean][] = [
		['a bare verb and its object', 'Tag the ledger rows with their merchant ID.', true],
		['a verb before a number', 'Mail two copies of each report to the auditors.', true],
		['a noun phrase', 'Ledger shards by merchant ID.', false],
		['a gerund', 'Sharding the ledger by merchant ID.', false],
		['a preposition opener', 'Without the index, reads scan every shard.', false],
		['a plural noun subject', 'Shards the size of a region are too coarse.', false]
	];
	it.each(cases)('%s', (_name, sentence, policy) => {
		const r = item(sentence);
		expect(r.policy).toBe(policy);
		if (policy) expect(r).toMatchObject({ via: 'imperative', cue: sentence.split(' ')[0] });
	});

	it('reads a paragraph too, but not in a context section', () => {
		const text = 'Tag the ledger rows with their merchant ID.';
		expect(classifyPolicy(text, { kind: 'design', headings: ['S', 'Implementation'] }).policy).toBe(
			true
		);
		expect(item(text, ['S', 'Consequences']).policy).toBe(false);
	});
});

describe('a Guidance section states rules', () => {
	it('reads a plain statement under Guidance as a rule, named by its section', () => {
		const r = classifyPolicy('Each ticket in this column has one named owner.', {
			kind: 'strategy',
			headings: ['Triage', 'Guidance:']
		});
		expect(r).toMatchObject({ policy: true, via: 'present', cue: '' });
		expect(sectionRole(['Triage', 'Guidance'], 'strategy')).toBe('policy');
		expect(sectionRole(['Triage', 'Background'], 'strategy')).toBe('context');
	});
});

describe('a duty assigned to a role', () => {
	const body = { kind: 'strategy' as const, headings: ['Releases', 'Ownership'] };
	const cases: [string, string, boolean, string][] = [
		[
			'it is the responsibility of',
			'It is the responsibility of the release captain to tag each build.',
			true,
			'It is the responsibility of'
		],
		[
			'will be responsible for',
			'The platform team will be responsible for rotating the signing keys.',
			true,
			'will be responsible for'
		],
		[
			'the person responsible',
			'The on-call engineer is the person responsible for paging the owner.',
			true,
			'is the person responsible for'
		],
		[
			'the decision of',
			'Choosing a base image is ultimately the decision of each team.',
			true,
			'is ultimately the decision of'
		],
		['history', 'The release captain was responsible for tagging each build.', false, ''],
		[
			'a responsibility that shifts',
			'With unsafe code the burden of proof shifts to its author.',
			false,
			''
		]
	];
	it.each(cases)('%s', (_name, sentence, policy, cue) => {
		const r = classifyPolicy(sentence, body);
		expect(r.policy).toBe(policy);
		expect(r.cue).toBe(cue);
	});

	it('is not read in a context section', () => {
		const text = 'The release captain is responsible for tagging each build.';
		expect(classifyPolicy(text, { ...body, headings: ['Releases', 'Background'] }).policy).toBe(
			false
		);
	});
});
