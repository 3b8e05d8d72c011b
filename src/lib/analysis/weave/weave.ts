/**
 * `weave`: strategies → the policies with their tradeoffs, the threads shared by several
 * strategies, the contradictions between them, the horizon two to three years out, and
 * extrapolation prompts (DESIGN.md, workflow 3; issue 12). See weave/README.md.
 *
 * Threads are grouped by the same machinery as `extract`'s recurring decisions
 * (`extract/group.ts` over `extract/terms.ts` key terms): policies are the statements, and a
 * group spanning two or more strategies is a thread.
 */
import type { NamedDoc, Thread, ThreadEvidence, Weave, WovenPolicy } from '../types.js';
import { mergeTerms } from '../extract/candidates.js';
import {
	centroidOf,
	groupStatements,
	termStats,
	vectorOf,
	type GroupOptions
} from '../extract/group.js';
import { heaviest, unique } from '../extract/rank.js';
import {
	baseOf,
	CATEGORY_PREFIX,
	DEFAULT_SYNONYMS,
	keyTerms,
	SynonymIndex,
	type Terms
} from '../extract/terms.js';
import { SYNONYMS } from '../lexicon/synonyms.js';
import { pairsToCompare } from './compare.js';
import { findContradictions, type Unit } from './contradictions.js';
import { DIRECTION_PREFIX, directionsOf } from './directions.js';
import { horizonOf, promptsFor, todayUTC } from './horizon.js';
import { fingerprint, setId } from './ids.js';
import { readPolicies, type PolicyRecord } from './read.js';
import { aliasesMentioned, harvestAliases } from './clause.js';
import { aliasesIn, NUMBER_WORDS, stanceOf, type Alias, type Stance } from './stance.js';
import { tradeoffOf, whoIn } from './tradeoff.js';
import { tokenize, type Token } from '../text/index.js';

/** Options for `weave`. */
export interface WeaveOptions {
	/** The day the vision is written, YYYY-MM-DD (default: today, UTC). */
	today?: string;
	/** Extra synonym entries `[canonical, ...variants]`, as for `extract`. */
	synonyms?: readonly (readonly string[])[];
	/** Grouping thresholds for threads (see extract/group.ts). */
	grouping?: Partial<GroupOptions>;
}

// Policies of strategies are longer and more varied than design-doc decisions: two
// strategies agreeing share fewer words, so a thread links a little lower than `extract`.
const THREAD_GROUPING: Partial<GroupOptions> = {
	threshold: 0.15,
	sameDocThreshold: 0.5,
	linkage: 0.1
};
// A group recurs only when two of its documents commit to it in so many words, or when its
// closest cross-document pair is at least this similar.
const WEAK_LINK = 0.4;
const ANAPHOR = /^(?:it|its|they|their|them|this|these|that)\b/i;
const MAX_UNIT = 3;
// Verbs every policy uses, left out of the topic two policies are compared on.
// The words of the axes (build vs buy, who chooses) are how two policies differ, not what
// they are about, and are left out too.
const VERBS = new Set(
	(
		'write use run make get take need ship go build bui vendor in-house licens purchas ' +
		'outsourc team choos pick share central own'
	).split(' ')
);

// Stances of policies already read, kept between runs (bounded): the app re-weaves the same
// strategies as they are edited. Only for the built-in synonyms. Kept by text first, then by
// its reasons, the names its document defines and its key terms, compared in place (a key
// string built per unit cost as much as the lookup saved on text never seen).
interface StanceEntry {
	reasons: string;
	named: string;
	terms: string[];
	stance: Stance;
}
const stances = new Map<string, StanceEntry[]>();
let stanceCount = 0;
// The names a document defines, as part of a memo key: once per map of aliases.
const namedKeys = new WeakMap<ReadonlyMap<string, Alias>, string>();
/** Whether a memo's terms are `terms`' keys, in order. */
function sameKeys(keys: readonly string[], terms: Terms): boolean {
	if (keys.length !== terms.size) return false;
	let i = 0;
	for (const t of terms.keys()) if (keys[i++] !== t) return false;
	return true;
}
function stanceMemo(
	text: string,
	synonyms: SynonymIndex,
	terms: Terms,
	reasons: [number, number][],
	aliases: ReadonlyMap<string, Alias>,
	tokens: readonly Token[]
): Stance {
	if (synonyms !== DEFAULT_SYNONYMS)
		return stanceOf(text, synonyms, terms, reasons, aliases, tokens);
	let named = namedKeys.get(aliases);
	if (named === undefined) {
		named = aliases.size
			? [...aliases].map(([k, a]) => `${k}=${a.name}:${a.category}`).join(',')
			: '';
		namedKeys.set(aliases, named);
	}
	const why = reasons.length ? reasons.join(';') : '';
	let list = stances.get(text);
	const hit = list?.find((e) => e.reasons === why && e.named === named && sameKeys(e.terms, terms));
	if (hit) return hit.stance;
	const stance = stanceOf(text, synonyms, terms, reasons, aliases, tokens);
	if (stanceCount > 20_000) {
		stances.clear();
		stanceCount = 0;
		list = undefined;
	}
	if (!list) stances.set(text, (list = []));
	list.push({ reasons: why, named, terms: [...terms.keys()], stance });
	stanceCount++;
	return stance;
}

/** Adjacent policy sentences of one paragraph or item that continue each other. */
function unitsOf(records: readonly PolicyRecord[]): PolicyRecord[][] {
	const units: PolicyRecord[][] = [];
	let prev: PolicyRecord | null = null;
	for (const r of records) {
		const last = units[units.length - 1];
		const adjacent =
			prev !== null &&
			prev.index === r.index - 1 &&
			prev.sentence.block === r.sentence.block &&
			prev.sentence.docIndex === r.sentence.docIndex;
		const theme = [...r.terms.keys()].find((t) => !t.startsWith(CATEGORY_PREFIX));
		const sameCategory =
			prev !== null &&
			[...r.terms.keys()].some((t) => t.startsWith(CATEGORY_PREFIX) && prev!.terms.has(t));
		if (
			adjacent &&
			last.length < MAX_UNIT &&
			(ANAPHOR.test(r.sentence.text) ||
				sameCategory ||
				(theme !== undefined && prev!.terms.has(theme)))
		)
			last.push(r);
		else units.push([r]);
		prev = r;
	}
	return units;
}

// The name right after a verb of buying: a product the lexicon may not know.
const BOUGHT_NAME =
	/\b(?:buy|buys|buying|license|licenses|licence|licences|licensing|purchase|purchases|purchasing|procure|procures)\s+([A-Z][\w-]+)/gu;
// How much the words of a reason or an argument count in its policy's topic.
const SUPPORT_WEIGHT = 0.5;
const REASON_LEAD = /^(?:why|because|rationale|reason|reasons)\b/i;

/**
 * For each unit, the unit whose policy it supports, or -1: a reason given right after a policy
 * (`Why:` items, the next sentence read as its reason), or a later sentence of a list item (or a
 * bold-titled item) whose opening sentence is a policy.
 */
export function supportingUnits(
	units: readonly PolicyRecord[][],
	reasonFor: ReadonlyMap<number, number>
): number[] {
	const unitAt = new Map<number, number>();
	units.forEach((u, i) => u.forEach((r) => unitAt.set(r.index, i)));
	const out: number[] = [];
	units.forEach((u, i) => {
		const first = u[0];
		const explained = reasonFor.get(first.index);
		const lead = explained === undefined ? undefined : unitAt.get(explained);
		if (
			lead !== undefined &&
			lead < i &&
			(REASON_LEAD.test(first.sentence.text) ||
				(!first.listed && u.every((r) => reasonFor.has(r.index))))
		) {
			out.push(out[lead] >= 0 ? out[lead] : lead);
			return;
		}
		const prev = i > 0 ? units[i - 1][0] : null;
		if (
			!first.listed &&
			prev &&
			prev.sentence.docIndex === first.sentence.docIndex &&
			prev.sentence.block === first.sentence.block &&
			(prev.listed || out[i - 1] >= 0)
		) {
			out.push(out[i - 1] >= 0 ? out[i - 1] : i - 1);
			return;
		}
		out.push(-1);
	});
	return out;
}

// Dates say when, not which way: two policies that both start in September share no direction.
const CALENDAR = new Set(
	'januari februari march april june juli august septemb octob novemb decemb monday tuesday wednesday thursday friday saturday sunday'.split(
		' '
	)
);
// Counts in words ("eleven engineers", "forty practices") and quarters of a year ("by the end of
// Q2") say how many and when, not which way: "eleven people" and "eleven versions" share none.
const COUNT_WORDS = new Set(
	[
		...Object.keys(NUMBER_WORDS).filter((w) => w.length > 2),
		'eleven thirteen fourteen fifteen sixteen seventeen eighteen nineteen forty fifty sixty',
		'seventy eighty ninety dozen dozens hundreds thousands millions'
	]
		.join(' ')
		.split(' ')
		.map(baseOf)
);
const COUNT_TERM = /^(?:q[1-4]|h[12])$/;
// A direction weighs more than a name; a unit that takes one is grouped mostly on it, so
// its other words (the domain's nouns) pull it less towards units that take none.
const DIRECTION_WEIGHT = 3;
const DIRECTED_DAMP = 0.5;
/**
 * What a unit is grouped into threads on: its key terms without dates and numbers, with the
 * directions its sentences commit to (directions.ts) weighed as names.
 */
function threadTerms(
	unit: readonly PolicyRecord[],
	terms: Terms,
	directions: readonly string[][]
): Terms {
	const directed = new Set(unit.flatMap((r) => directions[r.index]));
	const out: Terms = new Map();
	// (Maps are walked with forEach in the loops of `weave`: no entry array per term.)
	terms.forEach((w, t) => {
		if (CALENDAR.has(t) || /^\d/.test(t) || COUNT_WORDS.has(t) || COUNT_TERM.test(t)) return;
		// Categories and common verbs say what kind of choice, not which way ("written in
		// Kotlin" and "written in TypeScript" share no direction); contradictions read them.
		if (t.startsWith(CATEGORY_PREFIX) || VERBS.has(t)) return;
		out.set(t, directed.size ? w * DIRECTED_DAMP : w);
	});
	for (const d of directed) out.set(d, DIRECTION_WEIGHT);
	return out;
}

/** A sentence opening with a pronoun or a connective reads badly as a summary. */
const POOR_SUMMARY = /^(?:it|its|they|their|this|these|that|those|and|but|so|also)\b/i;

/** Whether two units commit to one direction (directions.ts). */
function directionShared(
	a: readonly PolicyRecord[],
	b: readonly PolicyRecord[],
	directions: readonly string[][]
): boolean {
	const da = new Set(a.flatMap((r) => directions[r.index]));
	return b.some((r) => directions[r.index].some((d) => da.has(d)));
}

/**
 * Whether a group of two strategies meets only where one of them is contested: every unit one
 * strategy brings is a side of a contradiction (with either strategy or a third), and no two of
 * its units commit to one direction (directions.ts). Such a pair shares a topic ("Kasbook",
 * "the Ashby Row machines"), and the contradiction is what the author reads there; a shared
 * direction ("a person approves") is a thread whatever else either strategy contests.
 */
function contestedMeeting(
	us: readonly (readonly PolicyRecord[])[],
	docIdx: readonly number[],
	contested: ReadonlySet<string>,
	directions: readonly string[][]
): boolean {
	const docOf = (u: readonly PolicyRecord[]) => u[0].sentence.docIndex;
	const onlyContested = docIdx.some((d) =>
		us.every((u) => docOf(u) !== d || u.some((r) => contested.has(r.policy.id)))
	);
	if (!onlyContested) return false;
	return !us.some((u) =>
		us.some((v) => docOf(v) !== docOf(u) && directionShared(u, v, directions))
	);
}

/**
 * Strategies → policies, threads, contradictions, horizon and prompts. Throws a RangeError on
 * an invalid `today` or options; never throws on odd Markdown.
 */
export function weave(strategies: readonly NamedDoc[], opts: WeaveOptions = {}): Weave {
	if (!Array.isArray(strategies))
		throw new RangeError('weave: strategies must be an array of { name, markdown }');
	if (opts.synonyms !== undefined && !Array.isArray(opts.synonyms))
		throw new RangeError('weave: synonyms must be an array of string arrays');
	const horizon = horizonOf(opts.today ?? todayUTC());
	const synonyms = opts.synonyms?.length
		? new SynonymIndex([...SYNONYMS, ...opts.synonyms])
		: DEFAULT_SYNONYMS;
	const docs = strategies.filter(
		(d) => d && typeof d.name === 'string' && typeof d.markdown === 'string'
	);
	const reading = readPolicies(docs, synonyms);
	const { sentences, policies: records } = reading;
	// Directions a sentence commits to (directions.ts) count as terms, for threads only.
	const directions = sentences.map((s) => directionsOf(s.text));
	const stats = termStats(
		sentences.map((s, i) => ({
			doc: s.doc,
			terms: directions[i].length ? [...s.terms.keys(), ...directions[i]] : s.terms.keys()
		}))
	);

	// Costs stated in a section of their own ("What this costs") belong to the policies of
	// that document they share the most with.
	const policyById = new Map<string, WovenPolicy>(records.map((r) => [r.policy.id, r.policy]));
	const policyAt = new Set(records.map((r) => r.index));
	const recordVectors = new Map<PolicyRecord, Map<string, number>>();
	const recordVector = (r: PolicyRecord) => {
		let v = recordVectors.get(r);
		if (!v) recordVectors.set(r, (v = vectorOf(r.terms, stats, 1)));
		return v;
	};
	reading.costSentences.forEach((list, docIndex) => {
		const own = records.filter((r) => r.sentence.docIndex === docIndex);
		if (!own.length) return;
		for (const { sentence: s, index } of list) {
			if (policyAt.has(index)) continue;
			const v = vectorOf(s.terms, stats, 1);
			let best: PolicyRecord | null = null;
			let bestSim = 0.1;
			for (const r of own) {
				const w = recordVector(r);
				let d = 0;
				v.forEach((x, t) => (d += x * (w.get(t) ?? 0)));
				if (d > bestSim) {
					bestSim = d;
					best = r;
				}
			}
			if (!best) continue;
			const t = tradeoffOf(s.text);
			// "We accept that: …" and "This costs …" say what the cost is in the whole sentence.
			const cost =
				t.costs.length && t.costs.every((c) => c.split(/\s+/).length >= 4) ? t.costs : [s.text];
			best.policy.tradeoff.costs = unique([...best.policy.tradeoff.costs, ...cost]);
			best.policy.tradeoff.whoPays = unique([
				...best.policy.tradeoff.whoPays,
				...t.whoPays,
				...whoIn(s.text)
			]);
		}
	});

	const units = unitsOf(records);
	const unitTerms = units.map((u) => mergeTerms(u.map((r) => r.terms)));

	// Contradictions, between units of different strategies. A name a strategy defines for a
	// system ("`mq-core`, the IBM MQ queue manager") stands for that system in its policies.
	const aliases = docs.map((d) => aliasesIn(d.markdown, synonyms));
	// One thing under two names ("X, which the team calls Y", "X (Y)"), from all the text: a
	// policy naming one shares a topic with a policy naming the other.
	const aliasClasses = harvestAliases(docs.map((d) => d.markdown));
	const aliasTerms = new Map<string, string[]>();
	const termsOfPhrase = (p: string) => {
		let t = aliasTerms.get(p);
		if (!t) {
			t = [...keyTerms(p, { synonyms }).keys()].filter((k) => !k.startsWith(CATEGORY_PREFIX));
			aliasTerms.set(p, t);
		}
		return t;
	};
	const cunits: Unit[] = units.map((u, i) => {
		const text = u.map((r) => r.sentence.text).join(' ');
		// Tokenized once here for every reader of the unit (stance, contradictions, comparison).
		const tokens = tokenize(text);
		// Reason clauses, as ranges of the unit's text: what a policy refuses or measures is
		// in its main clause ("…, because vendor tools record video" refuses nothing).
		const reasons: [number, number][] = [];
		let offset = 0;
		for (const r of u) {
			if (r.reasonAt >= 0) reasons.push([offset + r.reasonAt, offset + r.sentence.text.length]);
			offset += r.sentence.text.length + 1;
		}
		const stance = stanceMemo(
			text,
			synonyms,
			unitTerms[i],
			reasons,
			aliases[u[0].sentence.docIndex] ?? new Map(),
			tokens
		);
		const names = new Set(stance.choices.map((c) => c.name));
		// The words of a name as written ("HL7 v2": hl7, v2) are the name too.
		for (const c of stance.choices)
			if (/\s/.test(c.written))
				for (const w of c.written.toLowerCase().split(/\s+/)) names.add(baseOf(w));
		// A product bought by name ("We will buy Rhapsody") is the choice, not the topic.
		if (stance.poles.some((p) => p.pole === 'buy'))
			for (const m of text.matchAll(BOUGHT_NAME)) names.add(baseOf(m[1].toLowerCase()));
		const topicTerms: Terms = new Map();
		unitTerms[i].forEach((w, t) => {
			if (!t.startsWith(CATEGORY_PREFIX) && !names.has(t) && !/^\d/.test(t) && !VERBS.has(t))
				topicTerms.set(t, w);
		});
		const named = new Map<number, string[]>();
		for (const [p, written] of aliasesMentioned(text, aliasClasses)) {
			const c = aliasClasses.get(p)!;
			if (written) named.set(c, [...(named.get(c) ?? []), p]);
			else if (!named.has(c)) named.set(c, []);
			for (const t of termsOfPhrase(p))
				if (!topicTerms.has(t) && !VERBS.has(t)) topicTerms.set(t, 1);
		}
		return {
			doc: u[0].sentence.doc,
			docIndex: u[0].sentence.docIndex,
			line: u[0].sentence.line,
			text,
			tokens,
			policy: u[0].policy.id,
			fingerprint: u.length === 1 ? u[0].fingerprint : fingerprint(u[0].sentence.doc, text),
			stance,
			topic: vectorOf(topicTerms, stats, 1),
			terms: new Set(topicTerms.keys()),
			strong: u.some((r) => r.strong),
			listed: u[0].listed,
			reasons,
			named,
			// The code spans of its own sentences (a row's spans include its other sentences').
			code: new Set(
				u.flatMap((r) =>
					r.sentence.codeSpans
						.filter((c) => r.sentence.text.includes(c))
						.map((c) => c.toLowerCase())
				)
			)
		};
	});
	// A contradiction quotes policies, never their reasons: a sentence given as the reason of
	// the policy before it (a `Why:` item) or arguing for the policy that opens its item (the
	// sentences after "**Buy an engine.** We will buy X.") is no side of its own. Its words
	// tell what the policy is about, and join the policy's topic at half weight.
	const leadOf = supportingUnits(units, reading.reasonFor);
	const sides: Unit[] = [];
	cunits.forEach((u, i) => {
		const lead = leadOf[i];
		if (lead < 0) {
			sides.push(u);
			return;
		}
		const to = cunits[lead];
		to.core ??= to.topic.size;
		const merged = new Map(to.topic);
		u.topic.forEach((w, t) => merged.set(t, (merged.get(t) ?? 0) + w * SUPPORT_WEIGHT));
		let norm = 0;
		for (const w of merged.values()) norm += w * w;
		norm = Math.sqrt(norm) || 1;
		merged.forEach((w, t) => merged.set(t, w / norm));
		to.topic = merged;
		for (const t of u.terms) to.terms.add(t);
	});
	const contradictions = findContradictions(sides);
	const contested = new Set(contradictions.flatMap((c) => [c.a.policy, c.b.policy]));
	const unitOf = new Map(cunits.map((u, i) => [u.policy, i]));
	const apart = new Map<number, number[]>();
	for (const c of contradictions) {
		const x = unitOf.get(c.a.policy)!;
		const y = unitOf.get(c.b.policy)!;
		// Two policies that commit to one direction (directions.ts: a staged rollout, …) and
		// disagree on a number ("seven days" vs "a fortnight" in the first ring) take that
		// direction and disagree on how far: they may share a thread. Two numbers with nothing
		// else in common, opposite poles and different choices of one category keep apart.
		if (c.kind === 'number' && directionShared(units[x], units[y], directions)) continue;
		apart.set(x, [...(apart.get(x) ?? []), y]);
		apart.set(y, [...(apart.get(y) ?? []), x]);
	}

	// Threads: the grouping `extract` uses, over policies; two policies that contradict each
	// other in direction (polarity, category) share a topic, not a direction, and never land in
	// one thread.
	// A unit that supports another (its reason, or a sentence arguing for the policy opening its
	// item) is no direction of its own: its words join the policy it supports, at half weight,
	// as for contradictions, and it joins no thread by itself ("Why: a scientist … cannot take
	// gloves off" is not a second policy about manual steps).
	const threadTermsOf = units.map((u, i) => threadTerms(u, unitTerms[i], directions));
	leadOf.forEach((lead, i) => {
		if (lead < 0) return;
		const to = new Map(threadTermsOf[lead]);
		threadTermsOf[i].forEach((w, t) => to.set(t, (to.get(t) ?? 0) + w * SUPPORT_WEIGHT));
		threadTermsOf[lead] = to;
		threadTermsOf[i] = new Map();
	});
	const grouping = groupStatements(
		units.map((u, i) => ({ doc: u[0].sentence.doc, terms: threadTermsOf[i] })),
		stats,
		{
			anchor: (t) => synonyms.canonicals.has(t) || t.startsWith(DIRECTION_PREFIX),
			apart,
			...THREAD_GROUPING,
			...opts.grouping
		}
	);

	const threads: Thread[] = [];
	for (const members of grouping.groups) {
		const us = members.map((m) => units[m]);
		const docIdx = [...new Set(us.map((u) => u[0].sentence.docIndex))].sort((a, b) => a - b);
		if (docIdx.length < 2) continue;
		const committed = new Set(
			us.filter((u) => u.some((r) => r.strong)).map((u) => u[0].sentence.docIndex)
		);
		// The strongest tie between two strategies, needed only when fewer than two commit.
		let link = committed.size >= 2 ? 1 : 0;
		for (let a = 0; a < members.length && link < WEAK_LINK; a++)
			for (let b = a + 1; b < members.length && link < WEAK_LINK; b++)
				if (units[members[a]][0].sentence.docIndex !== units[members[b]][0].sentence.docIndex)
					link = Math.max(link, grouping.similarity(members[a], members[b]));
		if (committed.size < 2 && link < WEAK_LINK) continue;
		if (docIdx.length === 2 && contestedMeeting(us, docIdx, contested, directions)) continue;
		const centroid = centroidOf(members, grouping.vectors);
		const toCentroid = (m: number) => centroid.closeness(grouping.vectors[m]);
		const rankOf = (m: number) =>
			toCentroid(m) +
			(units[m].some((r) => r.strong) ? 0.3 : 0) -
			(POOR_SUMMARY.test(units[m][0].sentence.text) ? 1 : 0) -
			(units[m][0].sentence.text.length > 220 ? 0.3 : 0);
		let best = members[0];
		let bestRank = -Infinity;
		for (const m of members) {
			const r = rankOf(m);
			if (r > bestRank) {
				bestRank = r;
				best = m;
			}
		}
		const records = us.flat();
		const evidence: ThreadEvidence[] = records.map((r) => ({
			doc: r.sentence.doc,
			line: r.sentence.line,
			column: r.sentence.column,
			length: r.sentence.length,
			section: r.sentence.section,
			text: r.sentence.text,
			policy: r.policy.id
		}));
		const cohesion =
			members.length > 1 ? members.reduce((s, m) => s + toCentroid(m), 0) / members.length : 1;
		const controversial = records.some((r) => contested.has(r.policy.id));
		const terms = heaviest(centroid.terms, 6, (t) => !t.startsWith(CATEGORY_PREFIX));
		const tradeoffs = unique(
			records.flatMap((r) => [...r.policy.tradeoff.setAside, ...r.policy.tradeoff.costs])
		);
		threads.push({
			id: setId(
				't-',
				records.map((r) => r.fingerprint)
			),
			summary: summarize(units[best][0].sentence.text),
			docs: docIdx.map((i) => docs[i].name),
			evidence,
			rationale: outermost(unique(records.flatMap((r) => r.policy.rationale))),
			controversial,
			score:
				Math.round(
					(docIdx.length * 100 +
						Math.min(records.length, 6) * 3 +
						committed.size * 5 +
						cohesion * 10 +
						(controversial ? 5 : 0)) *
						100
				) / 100,
			alternatives: unique(records.flatMap((r) => r.policy.tradeoff.setAside)),
			policies: records.map((r) => r.policy.id),
			tradeoffs,
			terms
		});
	}
	threads.sort((a, b) => b.docs.length - a.docs.length || b.score - a.score);

	return {
		policies: records.map((r) => r.policy),
		threads,
		contradictions,
		toCompare: pairsToCompare(sides, contradictions, threads, stats),
		horizon,
		prompts: promptsFor(threads, policyById, contradictions, horizon, docs.length)
	};
}

/**
 * Reasons without those that end another ("because X" of a sentence also given whole as the
 * reason of the policy before it). Reason clauses run to the end of their sentence, so the
 * contained one shares the container's ending.
 */
function outermost(reasons: string[]): string[] {
	const longest = new Map<string, string>();
	for (const r of reasons) {
		const k = r.slice(-40);
		const prev = longest.get(k);
		if (!prev || (r.length > prev.length && r.endsWith(prev))) longest.set(k, r);
	}
	return reasons.filter((r) => longest.get(r.slice(-40)) === r);
}

/** A summary from a sentence: without a bold label, capitalised. */
function summarize(text: string): string {
	const t = text.trim();
	return t.charAt(0).toUpperCase() + t.slice(1);
}
