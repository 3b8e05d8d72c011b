/**
 * Step 3a of `extract`: what the documents say around a decision group. Its reasons, the
 * alternatives it rejects, and whether it is contested. Contested means people disagreed
 * (samples/README.md: "debated, alternatives argued"): it takes a word of disagreement in the
 * evidence, beside it, or in an Alternatives section arguing the same topic; weighing options
 * only raises the rank.
 */
import {
	alternativesIn,
	contestIn,
	isReasonSentence,
	reasonsIn,
	weighsAlternative
} from './cues.js';
import type { Candidate } from './candidates.js';
import { vectorOf, type Centroid, type TermStats } from './group.js';
import type { SourceSentence } from './sentences.js';
import { CATEGORY_PREFIX, keyTerms, NAMED_WEIGHT, type SynonymIndex, type Terms } from './terms.js';

// Similarity to a group above which an Alternatives-section sentence argues the same topic.
const ALT_SIMILARITY = 0.2;
// …and above which a sentence recording disagreement there is about this decision.
const ALT_DISPUTE_SIMILARITY = 0.15;
// …and above which an argued option's title names this decision's topic.
const ALT_TITLE_SIMILARITY = 0.15;
// …and above which a disagreement further away in the evidence's section is about it.
const NEARBY_SIMILARITY = 0.15;
// Bound on per-group work in large groups (generated or very long docs): the heaviest centroid
// terms are enough to find argued options.
const MAX_TOPIC_TERMS = 40;

/** One option argued in an Alternatives section: a sub-section or a bold-led item. */
interface ArguedOption {
	/** Its number in the set (0, 1, …). */
	id: number;
	/** `docIndex:sectionId` of the section it sits in. */
	section: string;
	docIndex: number;
	/** Index of its first sentence in the set, for document order. */
	at: number;
	option: string | null;
	terms: Terms;
	vector: Map<string, number>;
	titleTerms: Terms;
	titleVector: Map<string, number>;
	/** Sentences with words of disagreement, by index in the set. */
	said: { at: number; said: string }[];
}

/** Everything the debate of any group is read from, computed once per `extract` call. */
export interface DebateIndex {
	sentences: SourceSentence[];
	/** Indices of the decision sentences. */
	candidateIdx: Set<number>;
	/** Per sentence: its words of disagreement (`contestIn`), or null. Read once per set. */
	saidIn: (string | null)[];
	/** Sentences outside Alternatives sections with words of disagreement, by `docIndex:sectionId`. */
	saidBySection: Map<string, number[]>;
	/** Argued options by the key terms they contain. */
	optionsByTerm: Map<string, ArguedOption[]>;
	/** How many argued options the set has (their ids run from 0). */
	optionCount: number;
	synonyms: SynonymIndex;
	/** A sentence's vector (computed on demand, cached). */
	sentenceVector(i: number): Map<string, number>;
}

/** The options argued in each document's Alternatives sections, judged as wholes. */
function alternativeOptions(
	sentences: SourceSentence[],
	docCount: number,
	saidAt: (i: number) => string | null,
	synonyms: SynonymIndex
): ArguedOption[][] {
	const byDoc: Map<string, ArguedOption>[] = Array.from({ length: docCount }, () => new Map());
	let count = 0;
	sentences.forEach((s, i) => {
		if (s.kind !== 'alternatives') return;
		const section = `${s.docIndex}:${s.sectionId}`;
		const key = `${section}:${s.option ?? i}`;
		let opt = byDoc[s.docIndex].get(key);
		if (!opt) {
			opt = {
				id: count++,
				section,
				docIndex: s.docIndex,
				at: i,
				option: s.option,
				terms: new Map(),
				vector: new Map(),
				titleTerms: keyTerms(s.option ?? '', { synonyms }),
				titleVector: new Map(),
				said: []
			};
			byDoc[s.docIndex].set(key, opt);
		}
		for (const [t, w] of s.terms) opt.terms.set(t, Math.max(w, opt.terms.get(t) ?? 0));
		const said = saidAt(i);
		if (said) opt.said.push({ at: i, said });
	});
	return byDoc.map((m) => [...m.values()]);
}

/** Index the set's words of disagreement and argued options. */
export function debateIndex(
	sentences: SourceSentence[],
	candidates: readonly Candidate[],
	docCount: number,
	stats: TermStats,
	localFactor: number,
	synonyms: SynonymIndex
): DebateIndex {
	const saidIn = sentences.map((s) => contestIn(s.text));
	// Sentences with words of disagreement, by section: the only ones near evidence that matter.
	// (Alternatives sections are read as argued options instead.)
	const saidBySection = new Map<string, number[]>();
	sentences.forEach((s, i) => {
		if (!saidIn[i] || s.kind === 'alternatives') return;
		const key = `${s.docIndex}:${s.sectionId}`;
		const list = saidBySection.get(key);
		if (list) list.push(i);
		else saidBySection.set(key, [i]);
	});
	const optionsByDoc = alternativeOptions(sentences, docCount, (i) => saidIn[i], synonyms);
	const optionsByTerm = new Map<string, ArguedOption[]>();
	let optionCount = 0;
	for (const opts of optionsByDoc)
		for (const o of opts) {
			optionCount++;
			o.vector = vectorOf(o.terms, stats, localFactor);
			o.titleVector = vectorOf(o.titleTerms, stats, localFactor);
			for (const t of o.terms.keys()) {
				const list = optionsByTerm.get(t);
				if (list) list.push(o);
				else optionsByTerm.set(t, [o]);
			}
		}
	const vectors: (Map<string, number> | undefined)[] = [];
	return {
		sentences,
		candidateIdx: new Set(candidates.map((c) => c.index)),
		saidIn,
		saidBySection,
		optionsByTerm,
		optionCount,
		synonyms,
		sentenceVector: (i) => (vectors[i] ??= vectorOf(sentences[i].terms, stats, localFactor))
	};
}

/** What the documents say about one decision group. */
export interface Debate {
	/** The words that made it contested, in the order found (may repeat). */
	contest: string[];
	/** Two points per disagreement, one for argued options, one for a weighed alternative. */
	contestScore: number;
	/** People disagreed about it. */
	controversial: boolean;
	/** Options set aside (may repeat). */
	alternatives: string[];
	/** Reasons given for it (may repeat). */
	rationale: string[];
}

/** The debate around the decision group with evidence `cs` and centroid `centroid`. */
export function debateOf(cs: readonly Candidate[], centroid: Centroid, ix: DebateIndex): Debate {
	const d: Debate = {
		contest: [],
		contestScore: 0,
		controversial: false,
		alternatives: [],
		rationale: []
	};
	const weighed = readEvidence(cs, ix, d);
	const evidenceIdx = new Set(cs.map((c) => c.index));
	const sections = new Set(cs.map((c) => `${c.sentence.docIndex}:${c.sentence.sectionId}`));
	disputesNearby(cs, evidenceIdx, sections, centroid, ix, d);
	argumentsElsewhere(cs, sections, centroid, ix, d);
	if (weighed) {
		d.contest.push('alternative weighed');
		d.contestScore += 1;
	}
	return d;
}

function disputed(d: Debate, said: string) {
	d.contest.push(said);
	d.contestScore += 2;
	d.controversial = true;
}

/**
 * The evidence itself: its words of disagreement, the alternatives it rejects, its reasons and
 * a reason sentence right after it. Returns whether it weighs an alternative in passing.
 */
function readEvidence(cs: readonly Candidate[], ix: DebateIndex, d: Debate): boolean {
	// Choosing "X rather than Y" in passing weighs an alternative but is not yet a dispute:
	// one point however often it is said, so it takes a second sign to be contested.
	let weighed = false;
	for (const c of cs) {
		const s = c.sentence;
		const said = ix.saidIn[c.index];
		if (said) disputed(d, said);
		if (weighsAlternative(s.text)) weighed = true;
		for (const a of alternativesIn(s.text)) d.alternatives.push(a);
		// A reason given while arguing ("Marta argued for X, since…") is the other side's.
		if (!said) for (const r of reasonsIn(s.text)) d.rationale.push(r);
		const next = ix.sentences[c.index + 1];
		if (
			next &&
			next.block === s.block &&
			!ix.candidateIdx.has(c.index + 1) &&
			isReasonSentence(next.text)
		)
			d.rationale.push(next.text);
	}
	return weighed;
}

/** Disagreement recorded in the evidence's sections, beside it or on its topic. */
function disputesNearby(
	cs: readonly Candidate[],
	evidenceIdx: Set<number>,
	sections: Set<string>,
	centroid: Centroid,
	ix: DebateIndex,
	d: Debate
) {
	const nearby = [...sections].flatMap((k) => ix.saidBySection.get(k) ?? []);
	for (const i of nearby) {
		const s = ix.sentences[i];
		if (evidenceIdx.has(i)) continue;
		const key = `${s.docIndex}:${s.sectionId}`;
		const said = ix.saidIn[i];
		if (sections.has(key)) {
			if (!said) continue;
			// The debate about a decision sits in its paragraph or right beside it; further
			// away in the section it must share the topic.
			const close = cs.some(
				(c) =>
					c.sentence.docIndex === s.docIndex &&
					(c.sentence.block === s.block || Math.abs(c.index - i) <= 2)
			);
			if (close || centroid.closeness(ix.sentenceVector(i)) >= NEARBY_SIMILARITY) disputed(d, said);
		}
	}
}

/**
 * Alternatives sections arguing the same topic (or the very option the evidence rejects), in
 * the documents the group spans.
 */
function argumentsElsewhere(
	cs: readonly Candidate[],
	sections: Set<string>,
	centroid: Centroid,
	ix: DebateIndex,
	d: Debate
) {
	const { sentences } = ix;
	const rejected = new Set<string>();
	const rejectedNames = new Set<string>();
	for (const a of d.alternatives)
		for (const [t, w] of keyTerms(a, { synonyms: ix.synonyms }))
			if (!t.startsWith(CATEGORY_PREFIX)) {
				rejected.add(t);
				if (w >= NAMED_WEIGHT) rejectedNames.add(t);
			}
	const docSet = new Set(cs.map((c) => c.sentence.docIndex));
	let argumentSeen = false;
	// Only options sharing a term with this group can be on its topic (each taken once; they
	// are put in document order below, so the order terms are visited in does not matter).
	const reachable: ArguedOption[] = [];
	const taken = new Uint8Array(ix.optionCount);
	const reach = (t: string) => {
		for (const opt of ix.optionsByTerm.get(t) ?? [])
			if (!taken[opt.id] && docSet.has(opt.docIndex)) {
				taken[opt.id] = 1;
				reachable.push(opt);
			}
	};
	// The heaviest centroid terms: all of them in a group with few (no sort needed).
	const topical =
		centroid.terms.size <= MAX_TOPIC_TERMS
			? centroid.terms.keys()
			: [...centroid.terms.entries()]
					.sort((a, b) => b[1] - a[1])
					.slice(0, MAX_TOPIC_TERMS)
					.map(([t]) => t);
	for (const t of topical) reach(t);
	for (const t of rejected) reach(t);
	for (const opt of reachable.sort((a, b) => a.at - b.at)) {
		if (sections.has(opt.section)) continue;
		const sim = centroid.closeness(opt.vector);
		let names = 0;
		let named = false;
		// (Nothing rejected: no term of the option can name it.)
		if (rejected.size)
			for (const t of opt.terms.keys()) {
				if (rejected.has(t)) names++;
				if (rejectedNames.has(t)) named = true;
			}
		if (!(sim >= ALT_SIMILARITY || names >= 2 || named)) continue;
		// Options listed and dismissed are not yet a dispute: one point, however many.
		if (!argumentSeen) {
			d.contest.push('alternatives section');
			d.contestScore += 1;
			argumentSeen = true;
		}
		// A disagreement belongs to this decision when it, or a sentence beside it, is on
		// this topic ("We debated this. The site leads argued that an offline mode…"), or
		// when it names the option the evidence rejects.
		const said = opt.said.find(
			({ at }) =>
				[...sentences[at].terms.keys()].some((t) => rejectedNames.has(t)) ||
				[at - 1, at, at + 1].some(
					(j) =>
						sentences[j]?.sectionId === sentences[at].sectionId &&
						sentences[j]?.docIndex === opt.docIndex &&
						centroid.closeness(ix.sentenceVector(j)) >= ALT_DISPUTE_SIMILARITY
				)
		);
		if (said) disputed(d, said.said);
		// The option's own title must be on this topic too: a doc's other options are not.
		if (
			opt.option &&
			([...opt.titleTerms.keys()].some((t) => rejected.has(t)) ||
				centroid.closeness(opt.titleVector) >= ALT_TITLE_SIMILARITY)
		)
			d.alternatives.push(opt.option);
	}
}
