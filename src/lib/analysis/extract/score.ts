/**
 * Scores an `Extraction` against a labelled set (the `labels.json` format of the shared
 * samples), with the matching rules of the shared `score-samples.mjs`, so figures from the
 * unit tests and from that script compare directly. Used by the labelled-set tests; pure.
 */
import type { Extraction } from '../types.js';

/** A quote from a labelled document. */
export interface LabelQuote {
	doc: string;
	quote: string;
}

/** A labelled recurring decision (see the shared samples/README.md, "labels.json"). */
export interface LabelledDecision {
	id?: string;
	summary?: string;
	docs: string[];
	evidence: LabelQuote[];
	controversial?: boolean;
	topic_keywords?: string[];
}

/** The parts of `labels.json` that `extract` is judged on. */
export interface ExtractLabels {
	recurring_decisions: LabelledDecision[];
	one_off_decisions?: LabelQuote[];
	non_decision_mentions?: (LabelQuote & { topic?: string })[];
	incidental_recurring?: LabelledDecision[];
}

/** Figures for one labelled set. */
export interface ExtractScore {
	/** Labelled recurring decisions found by some predicted group. */
	recall: number;
	/** Predicted recurring groups that match a label (incidental ones left out). */
	precision: number;
	/** Of the first k predicted groups (k = number of labels), how many match a label. */
	precisionTopK: number;
	/** Of the labels matched, those whose best group is flagged controversial, and rightly. */
	contestedPrecision: number;
	contestedRecall: number;
	/** One-off decisions that appear as evidence of some decision. */
	oneOffRecall: number;
	/** Non-decision mentions that leak into a recurring group's evidence (lower is better). */
	mentionLeak: number;
	groups: number;
	missed: string[];
	/** Summaries of predicted groups that match no label and no incidental recurrence. */
	falseGroups: string[];
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9][a-z0-9-]{2,}/g) ?? []);

/** Share of the smaller word set found in the other (score-samples.mjs `overlap`). */
export function overlap(a: string, b: string): number {
	const A = words(a);
	const B = words(b);
	if (!A.size || !B.size) return 0;
	let n = 0;
	for (const w of A) if (B.has(w)) n++;
	return n / Math.min(A.size, B.size);
}

/**
 * The labels' name of a document from the name `extract` was given: `kind/file` for the sample
 * sets (score-samples.mjs `docOf`). Sets whose labels use the names as given pass `sameName`.
 */
export type DocName = (name: string) => string;
export const sampleDocName: DocName = (n) =>
	n.replace(/^.*?((design|strategy|vision)\/[^/]+)$/, '$1');
/** Names compared as given (the real-document corpus: document ids). */
export const sameName: DocName = (n) => n;
type Group = Extraction['decisions'][number];

/** Labelled quotes hit by a group's evidence, as in score-samples.mjs. */
function hits(group: Group, label: LabelledDecision, docOf: DocName): Set<string> {
	const hit = new Set<string>();
	for (const q of label.evidence)
		for (const e of group.evidence)
			if (docOf(e.doc) === q.doc && overlap(e.text, q.quote) >= 0.6) hit.add(q.quote);
	return hit;
}

/**
 * Whether a predicted group matches a label: its evidence hits labelled quotes in two of
 * the labelled docs, or spans two labelled docs and names two of the topic keywords.
 */
export function groupMatches(
	group: Group,
	label: LabelledDecision,
	docOf: DocName = sampleDocName
): boolean {
	const docsHit = new Set<string>();
	for (const q of label.evidence)
		for (const e of group.evidence)
			if (docOf(e.doc) === q.doc && overlap(e.text, q.quote) >= 0.6) docsHit.add(q.doc);
	if (docsHit.size >= 2) return true;
	const docs = new Set(
		group.evidence.map((e) => docOf(e.doc)).filter((d) => label.docs.includes(d))
	);
	const text = (group.evidence.map((e) => e.text).join(' ') + ' ' + group.summary).toLowerCase();
	const keywords = (label.topic_keywords ?? []).filter((k) => text.includes(k.toLowerCase()));
	return docs.size >= 2 && keywords.length >= 2;
}

/** Score an extraction of a labelled set. */
export function scoreExtraction(
	out: Extraction,
	labels: ExtractLabels,
	docOf: DocName = sampleDocName
): ExtractScore {
	const matches = (g: Group, l: LabelledDecision) => groupMatches(g, l, docOf);
	const groups = out.decisions.filter(
		(g) => new Set(g.evidence.map((e) => docOf(e.doc))).size >= 2
	);
	const L = labels.recurring_decisions;
	const found = L.filter((l) => groups.some((g) => matches(g, l)));
	const good = groups.filter((g) => L.some((l) => matches(g, l)));
	const neutral = groups.filter(
		(g) => !good.includes(g) && (labels.incidental_recurring ?? []).some((l) => matches(g, l))
	);
	const topK = groups.slice(0, L.length).filter((g) => L.some((l) => matches(g, l)));
	// The contested flag is judged on the group that best matches each label (most quotes hit).
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const l of L) {
		const matching = groups.filter((g) => matches(g, l));
		if (!matching.length) {
			if (l.controversial) fn++;
			continue;
		}
		const best = matching.reduce((a, g) =>
			hits(g, l, docOf).size > hits(a, l, docOf).size ? g : a
		);
		if (best.controversial && l.controversial) tp++;
		else if (best.controversial) fp++;
		else if (l.controversial) fn++;
	}
	const evidence = out.decisions.flatMap((d) => d.evidence);
	const recurringEvidence = groups.flatMap((d) => d.evidence);
	const appears = (q: LabelQuote, ev: Group['evidence']) =>
		ev.some((e) => docOf(e.doc) === q.doc && overlap(e.text, q.quote) >= 0.6);
	const oneOffs = labels.one_off_decisions ?? [];
	const mentions = labels.non_decision_mentions ?? [];
	return {
		recall: found.length / Math.max(1, L.length),
		precision: good.length / Math.max(1, groups.length - neutral.length),
		precisionTopK: topK.length / Math.max(1, L.length),
		contestedPrecision: tp / Math.max(1, tp + fp),
		contestedRecall: tp / Math.max(1, tp + fn),
		oneOffRecall: oneOffs.filter((q) => appears(q, evidence)).length / Math.max(1, oneOffs.length),
		mentionLeak:
			mentions.filter((q) => appears(q, recurringEvidence)).length / Math.max(1, mentions.length),
		groups: groups.length,
		missed: L.filter((l) => !found.includes(l)).map((l) => l.id ?? l.summary ?? '?'),
		falseGroups: groups
			.filter((g) => !good.includes(g) && !neutral.includes(g))
			.map((g) => g.summary)
	};
}
