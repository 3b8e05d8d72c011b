/**
 * `extract`: design docs → the decisions that recur across them, ranked, with evidence,
 * reasons and rejected alternatives (DESIGN.md, workflow 2; issue 4).
 *
 * 1. Every sentence is read with its section kind (`sentences.ts`); decision sentences are
 *    the ones whose wording and section say they commit to something (`candidates.ts`, with
 *    the cues of `cues.ts`).
 * 2. Decision sentences are reduced to weighted key terms (`terms.ts`) and grouped across
 *    documents (`group.ts`). A group spanning two or more documents recurs.
 * 3. Each group gets reasons, alternatives and a contested flag (`debate.ts`), a summary
 *    (`summary.ts`) and a score; recurring groups are ranked first (`rank.ts`).
 */
import type { Decision, Evidence, Extraction, NamedDoc } from '../types.js';
import { continuations, findCandidates, mergeTerms } from './candidates.js';
import { debateIndex, debateOf } from './debate.js';
import {
	centroidOf,
	DEFAULT_GROUP_OPTIONS,
	groupStatements,
	termStats,
	type GroupOptions
} from './group.js';
import {
	COMMITMENT_NAMES,
	hash,
	listedOneOffs,
	ordered,
	scoreOf,
	sketchGroups,
	heaviest,
	strongestLink,
	unique,
	type Commitment
} from './rank.js';
import { readSentences } from './sentences.js';
import { summarize, summarySentence } from './summary.js';
import { DEFAULT_SYNONYMS, SynonymIndex } from './terms.js';
import { SYNONYMS } from '../lexicon/synonyms.js';

export type { Commitment };

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

function checkOptions(opts: ExtractOptions) {
	if (opts.minDocs !== undefined && !(Number.isInteger(opts.minDocs) && opts.minDocs >= 2))
		throw new RangeError(`extract: minDocs must be an integer ≥ 2, got ${opts.minDocs}`);
	if (opts.maxOneOff !== undefined && !(Number.isInteger(opts.maxOneOff) && opts.maxOneOff >= 0))
		throw new RangeError(`extract: maxOneOff must be an integer ≥ 0, got ${opts.maxOneOff}`);
	if (opts.synonyms !== undefined && !Array.isArray(opts.synonyms))
		throw new RangeError(`extract: synonyms must be an array of string arrays`);
}

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

	// 1. Sentences and the decision sentences among them.
	const sentences = readSentences(usable, synonyms, undefined, true, true);
	const stats = termStats(sentences.map((s) => ({ doc: s.doc, terms: s.terms.keys() })));
	const candidates = findCandidates(sentences, synonyms);

	// 2. Sentences that continue each other are grouped as one statement (their terms merged).
	const units = continuations(candidates);
	const grouping = groupStatements(
		units.map((u) => ({
			doc: candidates[u[0]].sentence.doc,
			terms: mergeTerms(u.map((i) => candidates[i].terms))
		})),
		stats,
		{ anchor: (t) => synonyms.canonicals.has(t), ...opts.grouping }
	);
	const localFactor = opts.grouping?.localFactor ?? DEFAULT_GROUP_OPTIONS.localFactor;

	// 3. Each group worked out: debate, summary, score.
	const ix = debateIndex(sentences, candidates, usable.length, stats, localFactor, synonyms);
	const docOfUnit = (u: number) => candidates[units[u][0]].sentence.docIndex;
	const sketches = sketchGroups(grouping.groups, units, candidates);
	const listed = listedOneOffs(sketches, minDocs, maxOneOff);
	const linkOf = new Map<ExtractedDecision, number>();
	const decisions: ExtractedDecision[] = [];
	for (const sketch of sketches) {
		const { members, cs, commitment } = sketch;
		const docsSpanned = sketch.docIdx.map((i) => usable[i].name);
		const oneOff = docsSpanned.length < minDocs;
		if (oneOff && !listed.has(sketch)) continue;
		// Centroid of the group, for the summary choice and for matching Alternatives sections.
		const centroid = centroidOf(members, grouping.vectors);
		const debate = debateOf(cs, centroid, ix);
		const cohesion =
			members.length > 1
				? members.reduce((sum, i) => sum + centroid.closeness(grouping.vectors[i]), 0) /
					members.length
				: 1;
		const best = summarySentence(cs, centroid, ix);
		const terms = heaviest(centroid.terms, 6);
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
			rationale: unique(debate.rationale),
			controversial: debate.controversial,
			score: scoreOf({
				docs: docsSpanned.length,
				controversial: debate.controversial,
				contestScore: debate.contestScore,
				commitment,
				cohesion
			}),
			alternatives: unique(debate.alternatives),
			oneOff,
			commitment: COMMITMENT_NAMES[commitment],
			contest: unique(debate.contest),
			terms
		};
		// How many documents commit to it in so many words (not only describe it).
		const committed = new Set(cs.filter((c) => c.commitment >= 2).map((c) => c.sentence.docIndex));
		linkOf.set(
			decision,
			committed.size >= minDocs ? 1 : strongestLink(members, docOfUnit, grouping)
		);
		decisions.push(decision);
	}
	return { decisions: ordered(decisions, linkOf, maxOneOff) };
}
