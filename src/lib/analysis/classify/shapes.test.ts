import { describe, expect, it } from 'vitest';
import {
	classifyPolicy,
	findAnchors,
	findHedges,
	findRationale,
	isHedged,
	sectionRole
} from './index.js';

// Sentence shapes added for issue 8 (checker round): each row written for this test.
describe('findRationale: a purpose clause that opens the sentence', () => {
	it.each([
		['To settle the naming question, we adopt one prefix for every proposal.', 'to'],
		['To spread the load we will run two brokers per zone.', 'to'],
		[
			'As a way to seed the rotation, the platform team should take the first month.',
			'as a way to'
		],
		[
			'In an effort to win back contributors, each maintainer must answer issues within a week.',
			'in an effort to'
		],
		['As a way to seed the rotation, SRE should take the first month.', 'as a way to'],
		// A participle that lets someone do something states the benefit, comma or not.
		[
			'Every runbook must link its dashboard allowing on-call engineers to start from one page.',
			'allowing'
		],
		['Each service exposes a health endpoint, letting operators drain it safely.', 'letting'],
		['Keep the legacy flag enabling the old parser.', null],
		// Not a reason: asides about the text, and a how-to whose main clause is an imperative.
		['To be clear, the following cases are not outages:', null],
		['To date, we have shipped four releases of the gateway.', null],
		['To rotate a key, run the rotation script from the vault host.', null],
		// The subject after the comma is a name only when it is capitalised: `simply` is not one.
		['To upgrade the cluster, simply run the upgrade script twice.', null],
		['To spread the load, Kafka will run two brokers per zone.', 'to'],
		// Not a reason either: a status to attain (`to be…`, `to become…`) whose main clause is the
		// bar set for it; the rule is the bar, and nothing says why the bar is there.
		['To become a release manager, a committer must have shipped two minor releases.', null],
		['To be listed as an adopter, a company should run the operator in production.', null],
		['To be granted merge rights each reviewer needs twenty approved reviews.', null]
	])('%s → %s', (sentence, marker) => {
		expect(findRationale(sentence)?.marker ?? null).toBe(marker);
	});
});

describe('classifyPolicy: will with no agent', () => {
	it.each([
		// A decision in the passive, or a duty given to a team or role, decides.
		['The v2 export endpoints will be deprecated at the end of the year.', true],
		['Quota requests will be approved by the capacity team within two days.', true],
		['The legacy queue will no longer be supported after the cutover.', true],
		// A passive with no agent is a decision of the process too: someone will do it.
		['A label will be added to each deprecated endpoint.', true],
		['Deprecation of the v1 tariffs will be performed over two releases.', true],
		['Breaking changes will be announced in the release notes.', true],
		['The rota will be regularly reviewed by the platform team.', true],
		// A prediction about a thing or a behaviour does not, nor a feeling or a state.
		['The dashboard will be slower for the first minute.', false],
		['The cache will be warmed by the first request of the day.', false],
		['Depot managers will be motivated to adopt the scanner.', false],
		['Most drivers will be affected by the new routes.', false],
		// The project by a name no ordinary word is written as commits as `we` does.
		['ParcelHub will announce each breaking change a release ahead.', true],
		['For every tariff change, RouteKit will publish a notice.', true],
		['parcelctl will print a warning for each deprecated flag.', true],
		// A title-case opener, a pronoun or a common noun after a comma may be anything.
		['Drivers will print their own labels.', false],
		['Ideally, when they see the depot, they will want to stay.', false],
		['Before the cutover, scanners will need a firmware update.', false]
	])('%s → %s', (sentence, policy) => {
		expect(
			classifyPolicy(sentence, { kind: 'strategy', headings: ['Guide', 'Notes'] }).policy
		).toBe(policy);
	});
});

describe('isHedged: may with a condition, tentative evaluations', () => {
	it.each([
		// An action permitted when the condition holds: a conditional specification.
		['The gateway may drop the connection if the client sends no heartbeat.', false],
		['A reviewer may close the proposal unless the author replies within a month.', false],
		// A happening or a state hung on a condition is still a guess.
		['The index may drift if nobody rebuilds it.', true],
		['The report may be incomplete if the exporter crashes.', true],
		// A counterfactual evaluation is a tentative suggestion, not a hedge by itself; a hedge word
		// inside one still counts.
		['It would be useful to give each region its own bucket.', false],
		['It would be good to retire the old queue before the launch.', false],
		['It would perhaps be useful to give each region its own bucket.', true],
		['It might be preferable if the agent batched its writes.', true],
		['It is best to give each region its own bucket.', false]
	])('%s → %s', (sentence, hedged) => {
		expect(isHedged(sentence)).toBe(hedged);
	});
});

describe('findAnchors: capitals that name nothing', () => {
	it.each([
		// Requirement keywords and stress in capitals are words, not acronyms.
		['Collectors MUST NOT drop a batch silently.', []],
		['The retry budget is OPTIONAL for clients.', []],
		['We DO keep the old flag for one more cycle.', []],
		// Kinds of thing every project has are categories.
		['Every URL in the docs needs an owner.', []],
		['The E2E suite must pass before a merge.', []],
		// Real acronyms still anchor.
		['Serve every page over HTTPS.', ['HTTPS']]
	])('%s → %j', (sentence, anchors) => {
		expect(findAnchors(sentence).map((a) => a.text)).toEqual(anchors);
	});
});

describe('classifyPolicy: an imperative after a concessive clause', () => {
	it.each([
		['Even if the canary looks healthy, wait a full hour before the next wave.', 'wait'],
		['Although the cache answers faster, keep the ledger as the source of truth.', 'keep'],
		['Whether or not the test flakes, file the failure against its owner.', 'file']
	])('%s → %s', (sentence, cue) => {
		const p = classifyPolicy(sentence, { kind: 'strategy', headings: ['Guide', 'Notes'] });
		expect(p.via).toBe('imperative');
		expect(p.cue.toLowerCase()).toBe(cue);
	});
});

describe('classifyPolicy: words in quotation marks are someone else’s', () => {
	it.each([
		['The data team wrote: “We will move every stream to Pub/Sub by March.”', false],
		// The end of a quotation that opened in the sentence before.
		['We do not create Pub/Sub topics for service-to-service messaging.”', false],
		// The start of a quotation that runs on into the next sentence.
		['Its authors put it this way: “Every team must run its own broker.', false],
		['The charter says "teams must publish their runbooks" and nothing more.', false],
		['Teams must reply to a "help wanted" issue within two days.', true],
		['We adopt the rule “use Kafka for events” for every new service.', true],
		['Teams must reply within two working days.', true]
	])('%s → %s', (sentence, policy) => {
		expect(classifyPolicy(sentence, { kind: 'strategy', headings: ['Policies'] }).policy).toBe(
			policy
		);
	});
});

describe('isHedged: a project or a part of the document aiming, striving, hoping', () => {
	it.each([
		['Lanternfish strives to be boring to operate on every supported kernel.', true],
		['The Lanternfish project aims to be a place where new maintainers feel welcome.', true],
		['This recommendation aims to give operators one upgrade path.', true],
		['This section tries to list every flag the agent reads.', true],
		['Schemas are versioned wherever possible.', true],
		// Said of people the document describes, or of a system behaving: not the authors' hedge.
		['Users hope to see their dashboards load in under a second.', false],
		['Lanternfish tries to reconnect three times before it gives up.', false],
		['The agent attempts to resume the upload from the last chunk.', false]
	])('%s → %s', (sentence, hedged) => {
		expect(isHedged(sentence)).toBe(hedged);
	});
});

describe('classifyPolicy: the authors or the project stating a hedged intention', () => {
	it.each([
		['By growing the plugin directory we hope to give every team a catalog of its own.', true],
		['Lanternfish strives to be boring to operate on every supported kernel.', true],
		['The Lanternfish project aims to be a place where new maintainers feel welcome.', true],
		['This means that Lanternfish aspires to run the same on laptops and clusters.', true],
		['We are working on removing the last global lock before the 4.0 release.', true],
		// The document's purpose, people the document describes, and a description of work.
		['This proposal aims to simplify the rule store.', false],
		['Users hope to see their dashboards load in under a second.', false],
		['Several companies are working on their own exporters.', false]
	])('%s → %s', (sentence, policy) => {
		expect(
			classifyPolicy(sentence, { kind: 'vision', headings: ['Vision', 'Where we go'] }).policy
		).toBe(policy);
	});
});

describe('findAnchors: a unit of change or a kind of document is no name', () => {
	it.each([
		['Look at the CL description before the code.', []],
		['You must find a maintainer willing to sponsor the RFC.', []],
		['Do not paste LLM output into the PR without reading it.', []],
		// A number names one of them; a body or a system keeps its anchor.
		['This follows RFC 2119 for its keywords.', ['RFC', '2119']],
		['Send the PR to the TSC for a vote.', ['TSC']],
		['Start from the ADR-8 template.', ['ADR-8']]
	])('%s → %j', (sentence, anchors) => {
		expect(findAnchors(sentence).map((a) => a.text)).toEqual(anchors);
	});
});

describe('classifyPolicy: a policy’s FAQ answers with the rule', () => {
	const answer = 'You should say in the pull request which parts a tool wrote.';
	it.each([
		['strategy', ['Tool policy', 'Frequently asked questions'], true],
		['strategy', ['Tool policy', 'FAQ'], true],
		// A design doc's FAQ discusses, and open questions stay open in any document.
		['design', ['Design', 'FAQ'], false],
		['strategy', ['Tool policy', 'Open questions'], false]
	] as const)('%s under %j → %s', (kind, headings, policy) => {
		expect(classifyPolicy(answer, { kind, headings: [...headings] }).policy).toBe(policy);
	});
});

describe('classifyPolicy: a role of the process given work, and the authors’ wish', () => {
	it.each([
		['Maintainers will also triage every report filed within a day.', true],
		['When doing so, Lanternfish maintainers will name one release as the suggested one.', true],
		['If two patches tie, 3-5 approvers for the sub-project will vote on which one merges.', true],
		['We would like to offer a paid bounty for each large feature.', true],
		// What a system does after a setup, and a user story's wish, are not the authors' rules.
		['If the node is drained, the kubelet will evict its pods.', false],
		['As an operator, I would like to open the logs from the dashboard.', false]
	])('%s → %s', (sentence, policy) => {
		expect(
			classifyPolicy(sentence, { kind: 'strategy', headings: ['Bounties', 'Process'] }).policy
		).toBe(policy);
	});
});

describe('findAnchors: a maturity stage is a phase, not a name', () => {
	it.each([
		['All new APIs start at the Alpha stage.', []],
		['Breaking changes to Beta APIs must be announced on the mailing list.', []],
		['The API can graduate to Stable after one release.', ['one']],
		['We ship Lanternfish Beta in 2027.', ['Lanternfish', '2027']]
	])('%s → %j', (sentence, anchors) => {
		expect(findAnchors(sentence).map((a) => a.text)).toEqual(anchors);
	});
});

describe('classifyPolicy: items of a roadmap or a goal list that open with a verb', () => {
	const item = (sentence: string, kind: 'vision' | 'strategy', headings: string[]) =>
		classifyPolicy(sentence, { kind, headings, listItem: true });
	it.each([
		// A verb of the lists, or one with a verb's ending, opening a roadmap item.
		['Enable signed uploads for the parcel API', 'vision', ['Roadmap', 'v2.0'], true],
		['Establish nightly soak tests for the sorter', 'vision', ['Roadmap', 'v2.0'], true],
		['Standardise depot naming across regions', 'vision', ['Roadmap', 'v2.0'], true],
		['Support parcel lockers on rural routes', 'vision', ['Roadmap', 'v2.0'], true],
		['Improve label contrast for night shifts', 'strategy', ['Goal: Fewer misreads'], true],
		// A goal list in any kind of document: `Goal: …` or `Goals`.
		['Establish a tier for every depot', 'strategy', ['Depots', 'Goals'], true],
		['Diversify carriers for rural routes', 'strategy', ['Goal: Resilient delivery'], true],
		// A name or a noun opening the item, the subject of a verb, work done or only considered.
		['Parcelhub Design System (PDS)', 'vision', ['Roadmap', 'v2.0'], false],
		['Depot auto discovery for new vans', 'vision', ['Roadmap', 'v2.0'], false],
		['Support is handled by the depot team', 'vision', ['Roadmap', 'v2.0'], false],
		['Enable signed uploads for the parcel API', 'vision', ['Roadmap', 'Completed ✅'], false],
		['Diversify carriers for rural routes', 'vision', ['Roadmap', 'Considerations'], false],
		['Faster reviews for small changes', 'strategy', ['Review', 'Goals'], false],
		// A vision's goals under a heading that names whose or when (`… Goals`), in lower case too.
		['preserve the parcel format across releases;', 'vision', ['Depot High-Level Goals'], true],
		['Streamline the hand-over at the gate', 'vision', ['Roadmap', 'Depot Goals'], true],
		['preserve the parcel format across releases;', 'vision', ['Depot Non-Goals'], false],
		['Streamline the hand-over at the gate', 'strategy', ['Roadmap', 'Depot Goals'], false]
	] as const)('%s (%s, %j) → %s', (sentence, kind, headings, policy) => {
		expect(item(sentence, kind, [...headings]).policy).toBe(policy);
	});

	it('reads a vision paragraph, not a list item, as before', () => {
		const r = classifyPolicy('Diversify carriers for rural routes.', {
			kind: 'vision',
			headings: ['Roadmap', 'v2.0']
		});
		expect(r.policy).toBe(false);
	});
});

describe('classifyPolicy: a list item that opens with a verb no list names', () => {
	const item = { kind: 'design' as const, headings: ['Depot', 'Intake'], listItem: true };
	it.each([
		// A bare first word before a determiner, a particle the verb takes, or `and` and a verb.
		['Stack the crates by weight', 'Stack'],
		['Stick with the current courier until March', 'Stick'],
		['Queue up late parcels at the rear door', 'Queue'],
		['Sort and weigh each parcel at intake', 'Sort'],
		// A noun phrase: the word after `and` is a name or a noun, or the particle is `on`.
		['Trust and Safety reviews every report', ''],
		['Save on fuel by sharing routes', ''],
		['Crate weight by depot', ''],
		// A duty continuing its lead-in in lower case; a topic in capitals; a preposition.
		['reviewing each manifest within a day', 'reviewing'],
		['ensuring that every van leaves on time', 'ensuring'],
		['Running the depot at night', ''],
		['pending approval from the depot lead', '']
	])('%s → %j', (sentence, cue) => {
		expect(classifyPolicy(sentence, item).cue).toBe(cue);
	});

	it.each([
		// The same shape opening a sentence of a paragraph.
		['Stack one spare scanner in every depot.', 'Stack'],
		['Stick with the current courier until March.', 'Stick'],
		// A pointer, an opcode in capitals, a noun before a number, a noun phrase.
		['See the depot handbook for the full rota.', ''],
		['XFER 0 12 moves twelve crates onto the first van.', ''],
		['Therefore the depot closes at noon.', ''],
		['Today the depot closes at noon.', ''],
		['Top 3 depots by volume are in the north.', ''],
		['Parcel volume grew in the spring.', ''],
		// After a purpose clause, the main clause's verb; a proposal put in the passive.
		['To add a depot to the map, file an issue with the team.', 'file'],
		['To be fair, the old rota worked well.', ''],
		['It is proposed to retire the paper manifest.', 'It is proposed to'],
		['It is proposed by some that the rota changes.', '']
	])('paragraph: %s → %j', (sentence, cue) => {
		expect(classifyPolicy(sentence, { kind: 'design', headings: ['Depot', 'Intake'] }).cue).toBe(
			cue
		);
	});
});

describe('classifyPolicy: a rule after a clause that sets its time or links it', () => {
	it.each([
		// History in the condition or the leading clause does not make the rule history.
		['Once the counts have been gathered, the depot lead should revisit the rota.', true],
		['In the old depot historically, a missed scan means the driver should rescan.', true],
		// `Because of that,` links to the sentence before; `Because …` alone gives a reason.
		['Because of that, each parcel must carry a second label.', true],
		['Because labels fade, each parcel must carry a second label.', false],
		// History in the main clause is still history.
		['Last year the depot lead had agreed that drivers should rescan.', false]
	])('%s → %s', (sentence, policy) => {
		expect(
			classifyPolicy(sentence, { kind: 'strategy', headings: ['Depots', 'Process'] }).policy
		).toBe(policy);
	});
});

describe('sectionRole: a context word that names a topic of rules', () => {
	it.each([
		// A glossary is context; definitions as the topic of a section of rules are not.
		[['Depots', 'Definitions'], 'strategy', 'context'],
		[['Depots', 'Parcel Tier Definitions'], 'strategy', 'neutral'],
		[['Depots', 'Tiers and their definitions'], 'strategy', 'neutral'],
		[['Depots', 'Background and definitions'], 'strategy', 'context'],
		// A policy's consequences are its penalties; a decision record's predict.
		[['Conduct guidelines', 'Consequences for violations'], 'strategy', 'policy'],
		[['Depots', 'Consequences for violations'], 'strategy', 'neutral'],
		[['Queues', 'Consequences'], 'design', 'context']
	] as const)('%j in a %s → %s', (headings, kind, role) => {
		expect(sectionRole([...headings], kind)).toBe(role);
	});
});

// Hedge shapes of round hedge9: each row written for this test; the second column is the
// words each finding names (an empty list: not hedged).
const hedgeWords = (sentence: string) => findHedges(sentence).map((s) => s.text.toLowerCase());

describe('findHedges: wishes, the reader’s situation, rejected alternatives', () => {
	it.each([
		// A wish (a user story's want, a team's intent) is not doubt; a hedge inside it still is.
		['As an operator, I would like to rotate the signing keys from the console.', []],
		['We would like to move the build cache to the shared bucket next quarter.', []],
		["We'd like to move the build cache to the shared bucket where possible.", ['where possible']],
		// The reader's situation in a condition; the main clause after `then` is the author's.
		["If you don't know which queue to use, ask in the platform channel.", []],
		['If you previously had fairly loose limits, tighten them one service at a time.', []],
		[
			"If you don't need the old client then you're likely better off with the new one.",
			['likely']
		],
		['If possible, keep each migration under one hundred lines.', ['if possible']],
		// The alternative a sentence rejects carries its own modal, not the authors'.
		['Rather than guess which ports might be needed, the proxy opens none by default.', []],
		['The proxy opens no port by default, which might surprise new users.', ['might']],
		// Declining an effort commits; making one is tentative.
		['We will not attempt to support the legacy wire format.', []],
		['We will attempt to support the legacy wire format.', ['attempt to']]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: descriptions that borrow a hedge word', () => {
	it.each([
		// `what X looks like` names an appearance; `it looks like` guesses.
		['What the rollout looks like differs by region.', []],
		['It looks like we will slip by a week.', ['looks like']],
		// A correlative comparison states a trend, `most likely` guesses.
		['The longer a branch lives, the less likely a clean merge is.', []],
		['The merge will most likely fail on the old branch.', ['likely']],
		// `some kind of X` classifies like `a kind of X`; `kind of slow` softens.
		['Most checks can be run by some kind of plugin.', []],
		['The importer is kind of slow on large files.', ['kind of']],
		// How a system behaves versus a rule left open.
		['The scheduler retries the job, backing off 200ms as needed.', []],
		['The pool automatically adds workers as needed.', []],
		['Teams should add workers as needed.', ['as needed']]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: grading a property, granting the reader, a rule’s sanction', () => {
	it.each([
		// A degree adverb grades the adjective after it.
		['The sidecar gives a fairly cheap way to read the queue depth.', []],
		['This is a somewhat rough estimate, and we will revise it in March.', []],
		// `you may (also)` with an action verb grants; with a verb of wanting it guesses.
		['You may also attach the trace file to the ticket.', []],
		['You may also want to attach the trace file to the ticket.', ['may']],
		// The consequence a rule attaches to a breach, against a guess about an outcome.
		['Repeated abuse may result in a permanent suspension from the tracker.', []],
		['Late reviews may result in an exclusion from the release train.', []],
		['This may result in longer queues for the batch jobs.', ['may']]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: a commitment bounded by what turns out to be possible', () => {
	it.each([
		['We will support new Kafka versions as quickly as we can.', ['as quickly as we can']],
		['We will support new Kafka versions within 30 days of release.', []],
		[
			'To the greatest extent possible, the API should not expose pod settings.',
			['to the greatest extent possible']
		],
		['Move the nightly jobs to the shared runners where reasonable.', ['where reasonable']],
		// A condition on the object's state is not a judgement left open.
		['When writable, configure the mirror as a normal bucket.', []],
		// `try` + a gerund: the authors' or the reader's attempt, not a system's behaviour.
		['Try using the cache before adding a new index.', ['try using']],
		['The client will try reconnecting every second until the lease expires.', []]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: `should` that predicts an outcome against `should` in a rule', () => {
	it.each([
		['Since both teams review the same specs, this should not change the release bar.', ['should']],
		['We buffer more writes, but overall it should increase throughput.', ['should']],
		['It should include the rollback plan and the owner of each step.', []],
		['It should be possible to rerun a pipeline without the controller.', []],
		['The gateway should reject requests over 1 MB.', []]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findAnchors: a dotted version names a release, a bare one labels a step', () => {
	it.each([
		['We will drop the upgrade order rule starting from version 8.0.', ['8.0']],
		['The flag is removed in v2.18 of the operator.', ['v2.18']],
		['We will drop the upgrade order rule starting from version 2.', []],
		['The v2 API keeps the old field names.', []]
	])('%s → %j', (sentence, anchors) => {
		expect(findAnchors(sentence).map((a) => a.text)).toEqual(anchors);
	});
});

describe('findHedges: a claim true only in part, and an impersonal expectation', () => {
	it.each([
		[
			'In the majority of cases, we will backport the fix to the last release.',
			['in the majority of cases']
		],
		['For the most part, we can reuse the existing alert rules.', ['for the most part']],
		['The queue should be drained most of the time.', ['most of the time']],
		['Most of the time is spent in the JSON parser.', []],
		// A frequency on an evaluation hedges it; a frequency of what people do is a fact.
		['The right answer is often to run two smaller clusters.', ['is often']],
		['Design reviews are frequently better than long comment threads.', ['are frequently']],
		['Developers often mail a change and start the next one at once.', []],
		// `it is expected that` predicts; `X is expected to` gives a duty.
		[
			'It is expected that the design doc will go through several revisions.',
			['it is expected that']
		],
		['Reviewers are expected to answer within one working day.', []],
		// `become apparent` is said of a thing; `apparently` doubts.
		['The gaps will become apparent after the first drill.', []],
		['The gaps are apparently small.', ['apparently']]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: a named discretion, a degree, a frequency', () => {
	it.each([
		['Hotfix releases may happen at the release manager’s discretion.', []],
		['Hotfix releases may happen without notice.', ['may']],
		['The summary line is a bit too long for the changelog.', []],
		['On a full queue the client backs off for a bit and retries.', []],
		['The cache almost never misses on the second read.', []],
		['The first read of a cold page almost always misses the cache.', []],
		['In almost all cases a retry fixes the error.', ['almost']]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: RFC 2119 MAY, quoted words, a past ability', () => {
	it.each([
		['The gateway MAY be restarted during the maintenance window.', []],
		['The gateway may be slow during the maintenance window.', ['may']],
		['The banner reads "this page might be out of date" until the sync ends.', []],
		['Operators might see stale pages until the sync ends.', ['might']],
		['Previously, any admin could delete a project without review.', []],
		['At the time, data could be stuck for minutes in the TCP layer.', []],
		['We could delete stale projects without review.', ['could']],
		// A modal in the clause makes `as needed` a rule left open, not a behaviour.
		['Existing workers should be resized as needed.', ['as needed']]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

describe('findHedges: `could` in an example offers the authors’ option, whatever its subject', () => {
	it.each([
		['For example, the scheduler could retry the job on another node.', ['could']],
		['For instance, the registry could mirror each image to a second region.', ['could']],
		// Outside an example, a named system that could do something describes that system.
		['The scheduler could retry the job on another node.', []],
		// An example that stages the words shown is still the scene's, not the authors'.
		['For example, the banner could say something like this:', []],
		['For example, no operator could delete a project without review.', []]
	])('%s → %j', (sentence, words) => {
		expect(hedgeWords(sentence)).toEqual(words);
	});
});

// Long runs that made patterns rescan from every position (review13): each case answers as the
// short sentence does. The vitest timeout is the bound; the assertions are on the result.
describe('long runs read in one pass', () => {
	it('a run of capitals before `will` is no project name', () => {
		const text = `${'A'.repeat(20_000)}_ will ship the release.`;
		expect(classifyPolicy(text, { kind: 'strategy' }).policy).toBe(false);
	});

	it('a path with a capital is an identifier, and a long run of capitals reads fast', () => {
		expect(findAnchors('Configs live in src/Main for now.').map((a) => a.text)).toContain(
			'src/Main'
		);
		expect(findAnchors(`${'Ä'.repeat(40_000)}+x will ship.`)).toEqual([]);
	});

	it('a hedge after many `rather than` clauses is still judged by its own clause', () => {
		const rejected = `${'rather than '.repeat(4_000)}try to guess it might help, we ship.`;
		expect(isHedged(`We ship, rather than ${'wait, '.repeat(2_000)}and it might help.`)).toBe(true);
		expect(isHedged(rejected)).toBe(false);
		expect(isHedged('Rather than guess what might help, this RFC reserves the name.')).toBe(false);
	});

	it('quoted hedges in a long sentence stay quoted, and an unquoted one is found', () => {
		const quotedOnly = `We ship, ${'it "might" ship, '.repeat(3_000)}done.`;
		expect(isHedged(quotedOnly)).toBe(false);
		expect(isHedged(`${quotedOnly.slice(0, -5)} it might ship.`)).toBe(true);
	});
});

// Policy shapes of round policy12: each row written for this test.
describe('classifyPolicy: the proposal naming itself by its kind or its process’s acronym', () => {
	const summary = { kind: 'design' as const, headings: ['Depot scanners', 'Summary'] };
	it.each([
		['This DEP introduces a second barcode on every crate.', 'This DEP introduces'],
		['This proposal adds support for night deliveries.', 'This proposal adds'],
		['This XKEP aims to retire the paper manifest.', 'This XKEP aims to'],
		['This RFC suggests a shorter review window.', 'This RFC suggests'],
		['This proposal focuses on keeping the depot open at night.', 'This proposal focuses on'],
		// Deliberating or recording is not deciding; a thing of the system is not the document.
		['This RFC aims to reach agreement on the term.', ''],
		['This DEP aims to document how the depot works today.', ''],
		['This API introduces a delay of two seconds.', ''],
		['This change proposes nothing new.', '']
	])('%s → %j', (sentence, cue) => {
		expect(classifyPolicy(sentence, summary).cue).toBe(cue);
	});
});

describe('classifyPolicy: a governing body of the process as the subject of will', () => {
	const process = { kind: 'strategy' as const, headings: ['Depot governance', 'Membership'] };
	it.each([
		['The steering committee will publish the rota every March.', true],
		['The depot working group will take over the scanner fleet.', true],
		['A TSC member will add the request to the agenda.', true],
		// Anyone else's `will` still predicts.
		['The scanners will fail in the cold.', false],
		['Drivers will like the new rota.', false]
	])('%s → %s', (sentence, policy) => {
		expect(classifyPolicy(sentence, process).policy).toBe(policy);
	});
});

describe('classifyPolicy: `It` and a present-tense verb in a design’s specification', () => {
	const spec = { kind: 'design' as const, headings: ['Depot scanners', 'Detailed design'] };
	it.each([
		['It then uploads the scan to the depot server.', true],
		['It rejects a crate without a second label.', true],
		// A copula, a verb that explains, or another section: a description.
		['It is a small change to the scanner.', false],
		['It ensures that no crate is lost.', false],
		['This ordering matches the old scanner.', false]
	])('%s → %s', (sentence, policy) => {
		expect(classifyPolicy(sentence, spec).policy).toBe(policy);
	});
	it('not outside a specification', () => {
		const motivation = { kind: 'design' as const, headings: ['Depot scanners', 'Motivation'] };
		expect(classifyPolicy('It then uploads the scan to the depot server.', motivation).policy).toBe(
			false
		);
	});
});

describe('classifyPolicy: a duty given to the reader or to a role', () => {
	it.each([
		['It is your responsibility to label each crate before noon.', 'strategy', true],
		['If you borrow a van, it is still your responsibility to refuel it.', 'strategy', true],
		['A dispatcher is a depot lead responsible for assigning every route.', 'strategy', true],
		// A component described by its job in a design, and a responsibility only mentioned.
		['The router is a small daemon responsible for assigning every route.', 'design', false],
		['Responsibility for the rota has moved around a lot.', 'strategy', false]
	] as const)('%s (%s) → %s', (sentence, kind, policy) => {
		expect(classifyPolicy(sentence, { kind, headings: ['Depots', 'Roles'] }).policy).toBe(policy);
	});
});

describe('classifyPolicy: the items under a vision’s goal heading are its plan', () => {
	const item = (kind: 'vision' | 'strategy', heading: string) => ({
		kind,
		headings: ['Depot plan', heading],
		listItem: true
	});
	it.each([
		['Night deliveries at scale', item('vision', 'Goal: Grow the depot network'), true],
		['Second barcode on every crate', item('vision', '2027 Goals'), true],
		['Design to run on the old scanners;', item('vision', 'Depot High-Level Goals'), true],
		// Work done, a guide's goals, or an item that states the situation.
		['Night deliveries at scale', item('vision', 'Completed goals'), false],
		['Night deliveries at scale', item('strategy', 'Goal: Grow the depot network'), false],
		['We are still in beta', item('vision', 'Goal: Grow the depot network'), false]
	])('%s → %s', (sentence, ctx, policy) => {
		expect(classifyPolicy(sentence, ctx).policy).toBe(policy);
	});
});
