import { describe, expect, it } from 'vitest';
import {
	classifyPolicy,
	findAbsolutes,
	findAnchors,
	findHedges,
	findRationale,
	findTimes,
	groundingCounts,
	monthsOf,
	phraseMatcher,
	resolveTime,
	sectionRole
} from './index.js';

describe('findAnchors', () => {
	it.each([
		['p99 latency is 40 ms', ['p99', '40 ms'.split(' ')[0]]],
		['Move to PostgreSQL 17 by Q3 2026', ['PostgreSQL', '17', 'Q3', '2026']],
		['Our three pillars and top 3 goals', []],
		['Phase 2 ships version 2 with 10x speed', []],
		['millions of events in the cloud with AI', []],
		['two gate supervisors and three a day', ['two', 'three']],
		['We pay $18,000 an hour', ['$18,000']],
		// Footnote marks in markup are not measures.
		['Teams pick a framework<sup>4</sup> they already know', []],
		// A command-line flag names an option; a double dash used as a dash does not.
		['Keep the --dry-run flag on the importer', ['--dry-run']],
		['Orders ship -- mostly -- on time', []],
		['<a name="fw">4</a>: Not a measure either', []],
		// Acronyms used as countable common nouns: plural, or the head after a determiner.
		['Send each PR to a reviewer, and split large PRs in two.', []],
		['Reply on that ADR before you merge a follow-up ADR.', []],
		['A managed AMQP broker runs in the EU for the ADR 12 pilot.', ['AMQP', 'EU', 'ADR', '12']],
		// Technology names that are English words count only when capitalised.
		['We go through the queue and react to alerts', []],
		['We run Go services behind Envoy', ['Go', 'Envoy']],
		// Slash alternations are judged part by part: kinds and categories name nothing.
		['Both teams run the CI/CD jobs and the Alpha/Beta checks on syntax/API changes', []],
		['Traffic moves over TCP/IP between Linux/Windows hosts', ['TCP/IP', 'Linux/Windows']],
		['The date stays N/A for now', []],
		// A number alone in parentheses labels a list item; a measure in parentheses counts.
		['Reach a decision: (1) ship, (2) wait or (3) drop', []],
		['Keep the timeout short (30 s) for callers', ['30 s'.split(' ')[0]]],
		// Algebra letters stand for values not given; other single capitals can be names.
		['Ask for at least X reviews within Y months on N replicas', []],
		['Teams who deploy XYZ services should hire XYZ engineers', []],
		['We write the parser in C and the charts in R', ['C', 'R']],
		// A number after `these` or `those` points back; it counts nothing new.
		['Compare these two options with those three drafts', []],
		// Categories in mixed case and practices every project has.
		['GenAI tools and IoT devices need an LTS branch, the SCM and a SIG', []],
		// A spaced hyphen opens a gloss, as a colon does.
		['Team familiarity - Given the scope we keep to the usual stack', []]
	] as [string, string[]][])('%s', (text, anchors) => {
		expect(findAnchors(text).map((a) => a.text)).toEqual(anchors);
	});

	it('counts code spans from the raw source', () => {
		expect(
			findAnchors('Start from svc-template.', 'Start from `svc-template`.').map((a) => a.kind)
		).toEqual(['code']);
	});
});

describe('classifyPolicy', () => {
	const policies = { kind: 'strategy' as const, headings: ['S', 'Policies'] };
	it.each([
		['We will retire the FTP drop in 2026.', {}, 'will'],
		['No new MongoDB collections.', {}, 'No new'],
		['Never deploy during a vessel call.', {}, 'Never'],
		['Only the Identity team may issue keys.', {}, 'Only'],
		['API keys expire after 180 days.', policies, 'expire'],
		['We stopped using Cassandra in 2023.', policies, ''],
		['It would perhaps be useful to try event sourcing.', policies, ''],
		['Should we keep the FTP drop?', policies, ''],
		['Fraud losses will fall to 2 basis points.', {}, ''],
		['Drivers cannot plan their day.', { headings: ['D', 'Problem'] }, ''],
		// Guidance to the reader: imperatives, also after a leading clause.
		['Look at the most important part of the change first.', {}, 'Look'],
		['Apologize for what happened.', { listItem: true }, 'Apologize'],
		['If so, let them know that they are right.', {}, 'let'],
		['In the next edition, change the behavior of the old specifier.', {}, 'change'],
		['Be kind to the author.', {}, 'Be'],
		['Note that the list is moderated.', {}, ''],
		// Prescription through evaluation, wanting, or the document as subject.
		['It is usually best to insist that the developer clean up now.', {}, 'It is usually best to'],
		[
			'This kind of courtesy is important because we respect each other.',
			{},
			'is important because'
		],
		['We want open APIs and community participation.', {}, 'We want'],
		['Therefore this RFC proposes reserving the syntax.', {}, 'this RFC proposes'],
		// Descriptions, needs of others, counterfactuals, relative clauses, goals.
		["Usually developers actually don't become upset at all.", {}, ''],
		['In fact, unless the developer cleans up at once, it never happens.', {}, ''],
		['Before anybody can use your project, they need to know it exists.', {}, ''],
		['They are also going to have to re-work their later CL.', {}, ''],
		['We would not have to wait for new editions to add these.', {}, ''],
		["Some reviews end in a conflict that can't be resolved by talking.", {}, ''],
		['It is expected that the design doc may go through revisions.', {}, ''],
		['Make past proposals easy to find.', { headings: ['Process', 'Goals'] }, ''],
		// A design doc's Goals list the design's own plan; its Non-goals do not.
		[
			'Maintain separate ledgers per region.',
			{ kind: 'design', headings: ['D', 'Goals'], listItem: true },
			'Maintain'
		],
		[
			'Print receipts at the kiosk.',
			{ kind: 'design', headings: ['D', 'Non-goals'], listItem: true },
			''
		],
		// The authors proposing, and a `may or may not` that forbids nothing.
		['We propose to rename the archive bucket.', {}, 'We propose'],
		['However, we are proposing to keep the nightly export.', {}, 'we are proposing'],
		['This CFP proposes a shared tariff table.', {}, 'This CFP proposes'],
		['Parcels may or may not carry a barcode.', {}, ''],
		['A proposal is a suggestion filed as a GitHub issue.', policies, ''],
		['For Proposal issues:', policies, ''],
		['If you need help with this process, contact the list.', {}, 'contact'],
		["If you're familiar with design docs, the process has not changed.", policies, ''],
		[
			'Developers often mail a CL and then start new work on it.',
			{ kind: 'strategy', headings: ['S', 'Navigating', 'Step two'] },
			''
		],
		// A strategy's Summary restates its rules; a design doc's Summary states the proposal in
		// brief (its imperative is a weak decision: context.test.ts), and its Motivation is context.
		['Look at the tests first.', { kind: 'strategy', headings: ['G', 'Summary'] }, 'Look'],
		['Look at the tests first.', { kind: 'design', headings: ['G', 'Summary'] }, 'Look'],
		['Look at the tests first.', { kind: 'design', headings: ['G', 'Motivation'] }, ''],
		// A rule carried by a relative clause, and a rule with history after its modal.
		['Sometimes there are emergency CLs that must pass review quickly.', {}, 'must'],
		[
			'Before any analysis we should write a timeline, beginning when the incident was found.',
			{},
			'should'
		],
		// The document or the authors deciding, also in a Motivation or Alternatives section.
		[
			'Therefore this RFC proposes reserving the syntax.',
			{ headings: ['R', 'Motivation'] },
			'this RFC proposes'
		],
		[
			'Consequently, we have decided not to do this.',
			{ headings: ['R', 'Alternatives'] },
			'we have decided'
		],
		['We have decided to:', {}, ''],
		// A need put on a thing in the passive prescribes; a need of someone else does not.
		['They need to be documented better so that users find them.', {}, 'need to'],
		['They need to know the project exists.', {}, ''],
		// A denied reading and a predicted result are not rules.
		["This doesn't mean the reviewer should be unhelpful, though.", {}, ''],
		['Asking for an explanation should usually result in a rewrite.', {}, ''],
		['(Note: none of this means you should interrupt coding to reply.)', {}, ''],
		['If you follow these guidelines, you should find that reviews go faster.', {}, ''],
		['Developers learn what is required for healthy code.', {}, ''],
		// The condition's modal is not the rule; the main clause's is.
		["If a CL can't be split, reviewers must still answer within a day.", {}, 'must'],
		// Modals that are mentioned, compared or chained in a relative clause.
		['"Too complex" usually means "can\'t be understood quickly by readers."', {}, ''],
		['Over-engineering makes the code more generic than it needs to be.', {}, ''],
		['Vendors get a review first, so that nobody has to unwind data later.', {}, ''],
		// `need not`, a polite command, a stated intention, a process role's `will`.
		['Design notes need not run past one page.', {}, 'need not'],
		['Before you open a ticket, please search the tracker.', {}, 'please search'],
		['If you are stuck, please contact the platform desk.', {}, ''],
		['Please note that the tracker is public.', {}, ''],
		['We intend to ship the kiosk app to every gate.', {}, 'We intend to'],
		['We have no plans to support the legacy scanner.', {}, 'We have no plans to'],
		['The approver will merge the change within a day.', {}, 'will'],
		['The scanner will beep twice.', {}, ''],
		['Submit the form through the portal.', { listItem: true }, 'Submit'],
		['Ensure the owner signs off before launch.', {}, 'Ensure']
	] as [string, object, string][])('%s', (text, ctx, cue) => {
		expect(classifyPolicy(text, ctx).cue).toBe(cue);
	});

	it.each([
		[['Strategy', 'Guiding policies'], 'policy'],
		[['RFC', '3. Proposal', '3.1 Idempotency'], 'policy'],
		[['RFC', 'Alternatives considered', 'Move to DynamoDB'], 'context'],
		[['Strategy', 'What we are not deciding here'], 'context'],
		[['Vision', 'Trucks clear the gate'], 'neutral'],
		// The sections of a design doc that specify the proposed system.
		[['RFC', 'Detailed design'], 'policy'],
		[['RFC', 'Reference-level explanation'], 'policy'],
		[['RFC', 'Design discussion'], 'neutral'],
		[['Crane telemetry design'], 'neutral']
	] as [string[], string][])('sectionRole(%j) = %s', (headings, role) => {
		expect(sectionRole(headings)).toBe(role);
	});
});

describe('findRationale', () => {
	it.each([
		['Use Postgres, because restores exist only there.', 'because'],
		['Sign webhooks, which lets carriers verify them.', 'which lets'],
		['Sign webhooks, which the Gate team built.', null],
		['Retry with one key, otherwise filings duplicate.', 'otherwise'],
		['Keep data 30 days, to avoid storage bills.', 'to avoid'],
		['Migrate to PostgreSQL by Q3.', null],
		['Retries are allowed since a retried call is safe.', 'since'],
		['It has run on Kafka since 2019.', null],
		['Kafka is the bus since the 2025 rollout.', null],
		['Keep reads local, since the schema changes with every customer rollout.', 'since'],
		['If the job keeps failing, page the owner.', null],
		['Batch moves per crane, giving the scheduler one queue.', 'giving']
	] as [string, string | null][])('%s', (text, marker) => {
		expect(findRationale(text)?.marker ?? null).toBe(marker);
	});
});

describe('findHedges', () => {
	it.each([
		['Teams should consider gRPC where appropriate.', ['consider', 'where appropriate']],
		['We must and will ship in May.', []],
		['Unit tests may not touch the network.', []],
		['This may not be enough.', ['may']],
		['It is about five times faster.', []],
		// `in general` as scope, `consider` as the weighing asked for, reported `suggests`.
		['In general, reviews take a day.', ['In general']],
		['They complain that you are too strict in general.', []],
		['First take a moment to consider if they are correct.', []],
		['There are two issues to consider.', []],
		['You should consider re-working the process.', ['consider']],
		['Research suggests that responsiveness matters.', []],
		['We suggest that teams pin their versions.', ['suggest']],
		// `could` as a consequence, an enabled option, or a guess.
		['The prelude would import it, and the code could remove the import.', []],
		['With two clusters we could do a blue-green upgrade.', []],
		['You could also measure the time between stages.', ['could']],
		['Changes can go through the process if appropriate.', ['if appropriate']],
		// `could` said of a named system or process is a possibility, not the authors' guess.
		['The scheduler could evict the pod under memory pressure.', []],
		['A rejected ticket could be reopened by its reporter.', []],
		// `could be` with no agent weighs an option or guesses, whatever the subject; a scenario
		// the sentence sets makes it what happens then.
		['The ledger could be a plain append-only table instead.', ['could']],
		['The rota could be kept in the shared calendar.', ['could']],
		['During the audit, a ticket could be reassigned twice.', []],
		['In the case of a power cut, the queue could be lost.', []],
		['We will drop flags that could confuse operators.', []],
		['This could double the queue size.', ['could']],
		['Perhaps our team could own the gateway.', ['Perhaps', 'could']],
		['Could we batch the writes instead?', ['Could']],
		// Scope, definition, comparison and intensifiers are not hedges.
		['In many cases, bugs are filed on the forum first.', []],
		['In most cases, pin the version.', ['In most cases']],
		['We consider the staging bucket to be production data.', []],
		['We will consider a second region.', ['consider']],
		['Any page that looks like a payment form must be served over TLS.', []],
		['It looks like we will need a cache.', ['looks like']],
		['There is basically no reason to keep the old client.', []],
		['It is basically done.', ['basically']],
		['Prototypes explore an idea before anyone proposes it.', []],
		['We will explore a second vendor.', ['explore']],
		['Reviews typically take a day.', ['typically']],
		['Migrations tend to slip past the freeze.', ['tend to']],
		['We are not sure the cache helps.', ['not sure']],
		// `may` with a stance adverb, a frequency, a verb of evidence, or `be required`.
		['Riders may reasonably expect a refund.', ['may']],
		['The nightly export may not always finish.', ['may']],
		['A late delivery may indicate a routing fault.', ['may']],
		['A second freezer may be required next summer.', ['may']],
		['Drivers may freely swap shifts.', []],
		['A second freezer may be installed by the landlord.', []],
		// The authors' belief about what will happen is a forecast; a judgement, an emphatic
		// norm, or someone else's belief is not.
		['We expect the new depot will cut travel time.', ['expect']],
		['I doubt the old scanner would survive a winter.', ['doubt']],
		['We believe, given last spring, that the rota should hold.', ['believe']],
		// The modal may sit anywhere in the clause `that` opens, after one or two asides.
		[
			'We believe that moving every weekday delivery to the northern depot on the ring road will shorten the routes.',
			['believe']
		],
		['We expect, though, given the trial (run in May), that the vans should cope.', ['expect']],
		['We think that the rota is fair and that most drivers will keep it.', ['think']],
		// With no `that`, the modal must follow closely: a later clause has its own subject.
		[
			'We believe most depots in the region already share one rota and the drivers would rather keep it.',
			[]
		],
		['We believe in small kitchens.', []],
		['We do expect that couriers will wear badges.', []],
		['Couriers expect the van will be loaded.', []],
		// Reported or formal suggestions, discourse and classification, a reader's condition, a
		// classifier `kind of`, and a `should` after `already` that states a fact.
		['Last year we suggested closing the annex.', []],
		['I suggest that the annex be closed in March.', []],
		['I suggest closing the annex.', ['suggest']],
		['We can also consider three nearby depots:', []],
		['Are there faults that we do not consider defects?', []],
		['We will consider a second depot.', ['consider']],
		['**If you read the guide and are still unsure whether to file, ask the desk.**', []],
		['We avoid a "last one out" kind of rota.', []],
		['The rota is kind of messy.', ['kind of']],
		['The crates that should already be sealed wait by the door.', []],
		// `may or may not` and `some X may` describe variation, not a guess.
		['Orders may or may not carry a coupon code.', []],
		['Some printers may reject duplex jobs, as may the spooler.', []],
		['Some stores may open late.', []],
		// An example's scene (a supposition, a modal introducing the words or code shown) is not
		// the authors' hedge; a hedge in the claim the example makes is.
		['For example, a courier might scan the parcel twice.', ['might']],
		['For example, ideally, the kiosk would print a receipt.', ['ideally']],
		['For instance, a tenant may be too small to need a shard.', ['may']],
		['For example, suppose that the depot closes at noon.', []],
		['For example, a driver might say: "the van is full".', []],
		['For instance, the config could be something like this:', []],
		// A quotation the sentence splitter cut, open at the end or closed before its attribution.
		['A reviewer might write "this probably needs a test', ['might']],
		['Keeping both clients might be useful." -- a reviewer', []],
		['Keeping both clients might be useful.” (from the thread)', []],
		// Effort verbs after an adverbial, with the document as subject, or in a purpose clause.
		['By pooling the vans we hope to cut idle time.', ['hope to']],
		['While we try to keep menus short, seasons add dishes.', ['try to']],
		['This proposal aims to shorten checkout.', ['aims to']],
		['In order to try to reduce waste, kitchens weigh leftovers.', ['try to']],
		['We cover the east wing first, with an aim to extend later.', ['aim to']],
		['The scanner tries to reconnect after a timeout.', []],
		// Scope qualifiers in the `where appropriate` family.
		['Update the signage where applicable.', ['where applicable']],
		['Staff should, on a best effort basis, log returns.', ['on a best effort basis']]
	] as [string, string[]][])('%s', (text, hedges) => {
		expect(findHedges(text).map((h) => h.text)).toEqual(hedges);
	});
});

describe('findAbsolutes', () => {
	it('separates strong promises from scope words', () => {
		const a = findAbsolutes('Every team ships with zero incidents and unlimited capacity.');
		expect(a.strong.map((s) => s.text)).toEqual(['zero incidents', 'unlimited']);
		expect(a.weak.map((s) => s.text)).toEqual(['Every']);
	});
});

describe('findTimes and resolveTime', () => {
	const today = monthsOf('2025-07-01')!;
	const years = (text: string) =>
		findTimes(text).map((t) => {
			const r = resolveTime(t, today);
			return [
				t.text,
				Math.round(((r.from - today) / 12) * 10) / 10,
				Math.round(((r.to - today) / 12) * 10) / 10
			];
		});
	it.each([
		['by the end of 2027', [['the end of 2027', 2.3, 2.5]]],
		['in two to three years', [['two to three years', 2, 3]]],
		['next quarter', [['next quarter', 0.3, 0.5]]],
		[
			'Q3 2027 and mid-2028',
			[
				['Q3 2027', 2, 2.3],
				['mid-2028', 2.8, 3.2]
			]
		],
		['December 2025', [['December 2025', 0.4, 0.5]]],
		['18 months from now', [['18 months from now', 1.5, 1.5]]]
	] as [string, unknown[]][])('%s', (text, expected) => {
		expect(years(text)).toEqual(expected);
	});

	it('rejects impossible dates', () => {
		expect(monthsOf('2025-13-01')).toBeNull();
		expect(monthsOf('yesterday')).toBeNull();
	});
});

describe('groundingCounts', () => {
	it('counts users, business and technology by stem', () => {
		const g = groundingCounts("Customers' invoices move to a Kafka cluster; drivers save money.");
		expect([g.user, g.business, g.tech]).toEqual([2, 2, 2]);
	});
});

describe('phraseMatcher', () => {
	it('matches whole words and phrases, longest first, across whitespace', () => {
		const m = phraseMatcher(['as needed', 'needed', 'world-class']);
		expect(
			m.find('Add as\n needed; a world-class-ish thing is needed.').map((s) => s.text)
		).toEqual(['as\n needed', 'needed']);
	});
});
