/**
 * `extract`: design docs → the decisions that recur across them, ranked, with evidence,
 * reasons and rejected alternatives (DESIGN.md, workflow 2; issue 4).
 *
 * 1. Every sentence is read with its section kind; decision sentences are the ones whose
 *    wording and section say they commit to something (`cues.ts`).
 * 2. Decision sentences are reduced to weighted key terms (`terms.ts`) and grouped across
 *    documents (`group.ts`). A group spanning two or more documents recurs.
 * 3. Each group gets a summary, reasons, alternatives, a contested flag and a score.
 */
import type { Decision, Evidence, Extraction, NamedDoc } from '../types.js';
import {
	alternativesIn,
	contestIn,
	decisionCues,
	DECISION_THRESHOLD,
	isReasonSentence,
	mainClause,
	type SectionKind,
	reasonsIn,
	reasonStart,
	weighsAlternative
} from './cues.js';
import {
	DEFAULT_GROUP_OPTIONS,
	groupStatements,
	termStats,
	vectorOf,
	type GroupOptions
} from './group.js';
import { readSentences, type SourceSentence } from './sentences.js';
import {
	CATEGORY_PREFIX,
	DEFAULT_SYNONYMS,
	keyTerms,
	NAMED_WEIGHT,
	SynonymIndex,
	type Terms
} from './terms.js';
import { SYNONYMS } from '../lexicon/synonyms.js';

/** How firmly the strongest evidence sentence commits. */
export type Commitment = 'strong' | 'moderate' | 'weak';

/** Evidence with the exact span in the source, so an editor can highlight it. */
export interface ExtractedEvidence extends Evidence {
	/** 1-based column of the sentence start on `line`. */
	column: number;
	/** Length of the sentence in source characters. */
	length: number;
}

/** A decision as `extract` returns it: the contract's `Decision` plus what the UI needs. */
export interface ExtractedDecision extends Decision {
	/** Stable across re-runs while the decision's key terms stay the same. */
	id: string;
	/** Decided in one document only (listed after the recurring ones). */
	oneOff: boolean;
	/** How firmly the strongest evidence commits. */
	commitment: Commitment;
	/** Options the documents set aside (never undefined here). */
	alternatives: string[];
	/** The words that made it contested ("debated", "rather than", an argued alternative…). */
	contest: string[];
	/** The heaviest key terms shared by the evidence, for display and merging. */
	terms: string[];
	evidence: ExtractedEvidence[];
}

/** The result of `extract`. */
export interface ExtractionResult extends Extraction {
	decisions: ExtractedDecision[];
}

/** Options for `extract`. */
export interface ExtractOptions {
	/** Extra synonym entries `[canonical, ...variants]`, added to lexicon/synonyms.ts. */
	synonyms?: readonly (readonly string[])[];
	/** Grouping thresholds (see group.ts). */
	grouping?: Partial<GroupOptions>;
	/** Documents a group must span to recur (default 2). */
	minDocs?: number;
	/** Most one-off decisions returned (default 40). */
	maxOneOff?: number;
}

interface Candidate {
	sentence: SourceSentence;
	/** Index of the sentence in the whole set. */
	index: number;
	commitment: number;
	cues: string[];
	terms: Terms;
}

// A sentence that opens with a pronoun continues the one before it.
// Only personal pronouns: "These payloads…" or "This means…" usually open a new point.
const ANAPHOR = /^(?:it|its|they|their)\b/i;
const MAX_UNIT = 3;
// How well a sentence from each kind of section reads as the summary of a decision.
const SUMMARY_SECTION: Record<SectionKind, number> = {
	decision: 0.4,
	proposal: 0.2,
	other: 0,
	rollout: -0.2,
	context: -0.5,
	alternatives: -1,
	questions: -1
};
// Similarity to a group above which an Alternatives-section sentence argues the same topic.
const ALT_SIMILARITY = 0.2;
// …and above which a sentence recording disagreement there is about this decision.
const ALT_DISPUTE_SIMILARITY = 0.15;
// …and above which an argued option's title names this decision's topic.
const ALT_TITLE_SIMILARITY = 0.15;
// Closest cross-document similarity a group needs to recur when fewer than two of its
// documents commit to it in so many words.
const WEAK_LINK = 0.45;
// Bounds on per-group work in large groups (generated or very long docs): the heaviest centroid
// terms are enough to find argued options, and the firmest sentences to pick a summary.
const MAX_TOPIC_TERMS = 40;
const MAX_SUMMARY_CANDIDATES = 24;

/**
 * Adjacent decision sentences of one block that continue each other form one unit, grouped
 * together: "The settle step does not produce to Kafka directly. It writes a row into the
 * outbox…". A sentence continues the previous one when it opens with a pronoun, or when its
 * first content word (its theme) was named in the previous sentence ("…without an idempotency
 * key. Keys are stored in a unique index…").
 */
function continuations(candidates: Candidate[]): number[][] {
	const units: number[][] = [];
	let prev: Candidate | null = null;
	candidates.forEach((c, k) => {
		const last = units[units.length - 1];
		const adjacent =
			prev &&
			prev.index === c.index - 1 &&
			prev.sentence.block === c.sentence.block &&
			prev.sentence.docIndex === c.sentence.docIndex;
		const theme = [...c.terms.keys()].find((t) => !t.startsWith(CATEGORY_PREFIX));
		if (
			adjacent &&
			last.length < MAX_UNIT &&
			(ANAPHOR.test(c.sentence.text) || (theme !== undefined && prev!.terms.has(theme)))
		)
			last.push(k);
		else units.push([k]);
		prev = c;
	});
	return units;
}

/** One option argued in an Alternatives section: a sub-section or a bold-led item. */
interface ArguedOption {
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

/** The options argued in each document's Alternatives sections, judged as wholes. */
function alternativeOptions(
	sentences: SourceSentence[],
	docCount: number,
	saidAt: (i: number) => string | null,
	synonyms: SynonymIndex
): ArguedOption[][] {
	const byDoc: Map<string, ArguedOption>[] = Array.from({ length: docCount }, () => new Map());
	sentences.forEach((s, i) => {
		if (s.kind !== 'alternatives') return;
		const section = `${s.docIndex}:${s.sectionId}`;
		const key = `${section}:${s.option ?? i}`;
		let opt = byDoc[s.docIndex].get(key);
		if (!opt) {
			opt = {
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

/** Union of term maps, keeping the larger weight. */
function mergeTerms(list: Terms[]): Terms {
	if (list.length === 1) return list[0];
	const out: Terms = new Map();
	for (const terms of list) for (const [t, w] of terms) if ((out.get(t) ?? 0) < w) out.set(t, w);
	return out;
}

function checkOptions(opts: ExtractOptions) {
	if (opts.minDocs !== undefined && !(Number.isInteger(opts.minDocs) && opts.minDocs >= 2))
		throw new RangeError(`extract: minDocs must be an integer ≥ 2, got ${opts.minDocs}`);
	if (opts.maxOneOff !== undefined && !(Number.isInteger(opts.maxOneOff) && opts.maxOneOff >= 0))
		throw new RangeError(`extract: maxOneOff must be an integer ≥ 0, got ${opts.maxOneOff}`);
	if (opts.synonyms !== undefined && !Array.isArray(opts.synonyms))
		throw new RangeError(`extract: synonyms must be an array of string arrays`);
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id from text. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

const COMMITMENT_NAMES: Commitment[] = ['weak', 'weak', 'moderate', 'strong'];

/**
 * Design docs → recurring decisions. Decisions spanning `minDocs` or more documents come
 * first (ranked by documents spanned, then contested, then commitment), then one-off
 * decisions (`oneOff: true`). Never throws on odd Markdown; throws a RangeError on bad options.
 */
export function extract(docs: readonly NamedDoc[], opts: ExtractOptions = {}): ExtractionResult {
	checkOptions(opts);
	if (!Array.isArray(docs))
		throw new RangeError('extract: docs must be an array of { name, markdown }');
	const minDocs = opts.minDocs ?? 2;
	const maxOneOff = opts.maxOneOff ?? 40;
	const synonyms = opts.synonyms?.length
		? new SynonymIndex([...SYNONYMS, ...opts.synonyms])
		: DEFAULT_SYNONYMS;
	const usable = docs.filter(
		(d) => d && typeof d.name === 'string' && typeof d.markdown === 'string'
	);
	const sentences = readSentences(usable, synonyms);
	const stats = termStats(sentences.map((s) => ({ doc: s.doc, terms: s.terms.keys() })));

	const candidates: Candidate[] = [];
	sentences.forEach((sentence, index) => {
		const c = decisionCues(sentence.text, sentence.kind, sentence.first, sentence.short);
		if (c.score < DECISION_THRESHOLD) return;
		// What a decision is about lives before its reason clause; the reason counts half.
		const reason = reasonStart(sentence.text);
		const terms =
			reason > 0
				? keyTerms(sentence.text, {
						synonyms,
						codeSpans: sentence.codeSpans,
						damp: [[reason, sentence.text.length]]
					})
				: sentence.terms;
		candidates.push({ sentence, index, commitment: c.commitment, cues: c.cues, terms });
	});
	const candidateIdx = new Set(candidates.map((c) => c.index));
	// Sentences that continue each other are grouped as one statement (their terms merged).
	const units = continuations(candidates);
	const grouping = groupStatements(
		units.map((u) => ({
			doc: candidates[u[0]].sentence.doc,
			terms: mergeTerms(u.map((i) => candidates[i].terms))
		})),
		stats,
		{ anchor: (t) => synonyms.canonicals.has(t), ...opts.grouping }
	);
	const groups = grouping.groups;
	const localFactor = opts.grouping?.localFactor ?? DEFAULT_GROUP_OPTIONS.localFactor;

	// Per sentence, computed once: its document's sentences, its words of disagreement, and
	// (on demand) its vector.
	const saidIn = sentences.map((s) => (s.kind === 'alternatives' ? null : contestIn(s.text)));
	// Sentences with words of disagreement, by section: the only ones near evidence that matter.
	const saidBySection = new Map<string, number[]>();
	sentences.forEach((s, i) => {
		if (!saidIn[i]) return;
		const key = `${s.docIndex}:${s.sectionId}`;
		const list = saidBySection.get(key);
		if (list) list.push(i);
		else saidBySection.set(key, [i]);
	});
	const optionsByDoc = alternativeOptions(
		sentences,
		usable.length,
		(i) => contestIn(sentences[i].text),
		synonyms
	);
	const optionsByTerm = new Map<string, ArguedOption[]>();
	for (const opts of optionsByDoc)
		for (const o of opts) {
			o.vector = vectorOf(o.terms, stats, localFactor);
			o.titleVector = vectorOf(o.titleTerms, stats, localFactor);
			for (const t of o.terms.keys()) {
				const list = optionsByTerm.get(t);
				if (list) list.push(o);
				else optionsByTerm.set(t, [o]);
			}
		}
	const vectors: (Map<string, number> | undefined)[] = [];
	const sentenceVector = (i: number) =>
		(vectors[i] ??= vectorOf(sentences[i].terms, stats, localFactor));
	const linkOf = new Map<ExtractedDecision, number>();
	// Every recurring group is worked out in full; of the one-off groups only as many as are
	// listed, the most firmly worded first (weakly worded ones are never listed).
	const sketches = groups.map((members) => {
		const cs = members.flatMap((u) => units[u].map((i) => candidates[i]));
		const docIdx = [...new Set(cs.map((c) => c.sentence.docIndex))].sort((a, b) => a - b);
		const commitment = Math.max(...cs.map((c) => c.commitment));
		const decided = cs.some((c) => c.sentence.kind === 'decision');
		return { members, cs, docIdx, commitment, rank: commitment + (decided ? 0.5 : 0) };
	});
	const listedOneOffs = new Set(
		sketches
			.filter((k) => k.docIdx.length < minDocs && k.commitment >= 2)
			.sort((a, b) => b.rank - a.rank)
			.slice(0, maxOneOff)
	);
	const built = sketches.map((sketch): ExtractedDecision | null => {
		const { members, cs, commitment } = sketch;
		const docsSpanned = sketch.docIdx.map((i) => usable[i].name);
		const oneOff = docsSpanned.length < minDocs;
		if (oneOff && !listedOneOffs.has(sketch)) return null;
		// Centroid of the group, for the summary choice and for matching Alternatives sections.
		const centroid = new Map<string, number>();
		for (const i of members)
			for (const [t, x] of grouping.vectors[i]) centroid.set(t, (centroid.get(t) ?? 0) + x);
		const cnorm = Math.sqrt([...centroid.values()].reduce((s, x) => s + x * x, 0)) || 1;
		const toCentroid = (v: Map<string, number>) => {
			let d = 0;
			for (const [t, x] of v) d += x * (centroid.get(t) ?? 0);
			return d / cnorm;
		};

		const contest: string[] = [];
		let contestScore = 0;
		const alternatives: string[] = [];
		const rationale: string[] = [];
		const evidenceIdx = new Set(cs.map((c) => c.index));
		// Choosing "X rather than Y" in passing weighs an alternative but is not yet a dispute:
		// one point however often it is said, so it takes a second sign to be contested.
		let weighed = false;
		// Contested means people disagreed (samples/README.md: "debated, alternatives argued"):
		// it takes a word of disagreement; weighing options only raises the rank.
		let disputed = false;
		for (const c of cs) {
			const s = c.sentence;
			const said = contestIn(s.text);
			if (said) {
				contest.push(said);
				contestScore += 2;
				disputed = true;
			}
			if (weighsAlternative(s.text)) weighed = true;
			for (const a of alternativesIn(s.text)) alternatives.push(a);
			// A reason given while arguing ("Marta argued for X, since…") is the other side's.
			if (!said) for (const r of reasonsIn(s.text)) rationale.push(r);
			const next = sentences[c.index + 1];
			if (
				next &&
				next.block === s.block &&
				!candidateIdx.has(c.index + 1) &&
				isReasonSentence(next.text)
			)
				rationale.push(next.text);
		}
		// Disagreement recorded near the evidence, and Alternatives sections arguing the same
		// topic (or the very option the evidence rejects), in the documents the group spans.
		const rejected = new Set<string>();
		const rejectedNames = new Set<string>();
		for (const a of alternatives)
			for (const [t, w] of keyTerms(a, { synonyms }))
				if (!t.startsWith(CATEGORY_PREFIX)) {
					rejected.add(t);
					if (w >= NAMED_WEIGHT) rejectedNames.add(t);
				}
		const docSet = new Set(cs.map((c) => c.sentence.docIndex));
		const sections = new Set(cs.map((c) => `${c.sentence.docIndex}:${c.sentence.sectionId}`));
		let argumentSeen = false;
		const nearby = [...sections].flatMap((k) => saidBySection.get(k) ?? []);
		for (const i of nearby) {
			const s = sentences[i];
			if (evidenceIdx.has(i)) continue;
			const key = `${s.docIndex}:${s.sectionId}`;
			const said = saidIn[i];
			if (sections.has(key)) {
				if (!said) continue;
				// The debate about a decision sits in its paragraph or right beside it; further
				// away in the section it must share the topic.
				const close = cs.some(
					(c) =>
						c.sentence.docIndex === s.docIndex &&
						(c.sentence.block === s.block || Math.abs(c.index - i) <= 2)
				);
				if (close || toCentroid(sentenceVector(i)) >= 0.15) {
					contest.push(said);
					contestScore += 2;
					disputed = true;
				}
			}
		}
		// Only options sharing a term with this group can be on its topic.
		const reachable = new Set<ArguedOption>();
		const topical = [...centroid.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, MAX_TOPIC_TERMS)
			.map(([t]) => t);
		for (const t of [...topical, ...rejected])
			for (const opt of optionsByTerm.get(t) ?? [])
				if (docSet.has(opt.docIndex)) reachable.add(opt);
		for (const opt of [...reachable].sort((a, b) => a.at - b.at)) {
			{
				if (sections.has(opt.section)) continue;
				const sim = toCentroid(opt.vector);
				let names = 0;
				let named = false;
				for (const t of opt.terms.keys()) {
					if (rejected.has(t)) names++;
					if (rejectedNames.has(t)) named = true;
				}
				if (!(sim >= ALT_SIMILARITY || names >= 2 || named)) continue;
				// Options listed and dismissed are not yet a dispute: one point, however many.
				if (!argumentSeen) {
					contest.push('alternatives section');
					contestScore += 1;
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
								toCentroid(sentenceVector(j)) >= ALT_DISPUTE_SIMILARITY
						)
				);
				if (said) {
					contest.push(said.said);
					contestScore += 2;
					disputed = true;
				}
				// The option's own title must be on this topic too: a doc's other options are not.
				if (
					opt.option &&
					([...opt.titleTerms.keys()].some((t) => rejected.has(t)) ||
						toCentroid(opt.titleVector) >= ALT_TITLE_SIMILARITY)
				)
					alternatives.push(opt.option);
			}
		}
		if (weighed) {
			contest.push('alternative weighed');
			contestScore += 1;
		}
		// The strongest tie between two documents: what makes the group recur at all.
		// (Only whether it reaches WEAK_LINK matters, so the search stops there.)
		let link = 0;
		for (let a = 0; a < members.length && link < WEAK_LINK; a++)
			for (let b = a + 1; b < members.length && link < WEAK_LINK; b++) {
				const i = members[a];
				const j = members[b];
				if (candidates[units[i][0]].sentence.docIndex !== candidates[units[j][0]].sentence.docIndex)
					link = Math.max(link, grouping.similarity(i, j));
			}
		const linkOfGroup = link;
		const cohesion =
			members.length > 1
				? members.reduce((sum, i) => sum + toCentroid(grouping.vectors[i]), 0) / members.length
				: 1;
		// The summary: the most committed sentence closest to what the group shares.
		// What recurs is what the other documents say too: a sentence's closeness to each
		// other document's nearest evidence, averaged.
		const dot = (a: Map<string, number>, b: Map<string, number>) => {
			let d = 0;
			for (const [t, x] of a) d += x * (b.get(t) ?? 0);
			return d;
		};
		// In a large group, the firmest sentences are the summary's candidates and the yardstick.
		const firm =
			cs.length > MAX_SUMMARY_CANDIDATES
				? [...cs].sort((a, b) => b.commitment - a.commitment).slice(0, MAX_SUMMARY_CANDIDATES)
				: cs;
		const shared = (c: Candidate) => {
			const v = sentenceVector(c.index);
			const best = new Map<number, number>();
			for (const o of firm)
				if (o.sentence.docIndex !== c.sentence.docIndex)
					best.set(
						o.sentence.docIndex,
						Math.max(best.get(o.sentence.docIndex) ?? 0, dot(v, sentenceVector(o.index)))
					);
			return best.size ? [...best.values()].reduce((a, b) => a + b, 0) / best.size : 0;
		};
		const best = firm
			.map((c) => ({
				c,
				// Sentences that report the debate ("Owen made the call") or are too short to
				// stand alone make poor summaries, however central their few words are.
				rank:
					2 * toCentroid(sentenceVector(c.index)) +
					2 * shared(c) +
					0.5 * c.commitment +
					SUMMARY_SECTION[c.sentence.kind] -
					(contestIn(c.sentence.text) ? 1 : 0) -
					(ANAPHOR.test(c.sentence.text) ? 1 : 0) -
					(c.sentence.text.split(/\s+/).length < 7 ? 0.5 : 0) -
					(c.sentence.text.length > 220 ? 0.5 : 0)
			}))
			.sort((a, b) => b.rank - a.rank)[0].c;
		const terms = [...centroid.entries()]
			.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
			.slice(0, 6)
			.map(([t]) => t);
		const controversial = disputed;
		// Lexicographic in spirit: documents spanned, then contested, then commitment.
		const score =
			docsSpanned.length * 100 +
			(controversial ? 50 : 0) +
			Math.min(contestScore, 6) * 2 +
			commitment * 3 +
			cohesion * 2;
		const decision: ExtractedDecision = {
			id: 'd-' + hash(terms.slice(0, 4).sort().join(' ')),
			summary: summarize(best.sentence.text),
			docs: docsSpanned,
			evidence: cs.map(({ sentence: s }) => ({
				doc: s.doc,
				line: s.line,
				column: s.column,
				length: s.length,
				section: s.section,
				text: s.text
			})),
			rationale: unique(rationale),
			controversial,
			score: Math.round(score * 100) / 100,
			alternatives: unique(alternatives),
			oneOff,
			commitment: COMMITMENT_NAMES[commitment],
			contest: unique(contest),
			terms
		};
		// How many documents commit to it in so many words (not only describe it).
		const committed = new Set(cs.filter((c) => c.commitment >= 2).map((c) => c.sentence.docIndex));
		linkOf.set(decision, committed.size >= minDocs ? 1 : linkOfGroup);
		return decision;
	});
	const decisions = built.filter((d): d is ExtractedDecision => d !== null);

	// Plain statements of a design ("the portal reads positions…") recur by accident more often
	// than commitments do: unless two documents commit to it in so many words, a group needs a
	// closer tie to count as recurring.
	const recurring = decisions
		.filter((d) => !d.oneOff && linkOf.get(d)! >= WEAK_LINK)
		.sort((a, b) => b.score - a.score);
	const oneOff = decisions
		.filter((d) => d.oneOff && d.commitment !== 'weak')
		.sort((a, b) => b.score - a.score)
		.slice(0, maxOneOff);
	const seen = new Map<string, number>();
	for (const d of [...recurring, ...oneOff]) {
		const n = (seen.get(d.id) ?? 0) + 1;
		seen.set(d.id, n);
		if (n > 1) d.id += '-' + n;
	}
	return { decisions: [...recurring, ...oneOff] };
}

/** A summary from a sentence: the main clause when the sentence runs long. */
function summarize(text: string): string {
	const t = text.replace(/^(?:decision|resolution|outcome)\s*:\s*/i, '');
	const out =
		t.length > 200 && mainClause(t).length >= 40 ? mainClause(t).replace(/[,\s]+$/, '') + '.' : t;
	return out.charAt(0).toUpperCase() + out.slice(1);
}

function unique(xs: string[]): string[] {
	const seen = new Set<string>();
	return xs.filter((x) => {
		const k = x.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
