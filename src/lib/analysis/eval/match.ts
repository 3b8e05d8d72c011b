/**
 * Pure helpers for `npm run eval` (scripts/eval.mjs): placing labelled quotes in a document,
 * mapping the checker's findings onto them, precision and recall, and recognising template
 * text among extracted decisions. The label format is /work/wt/spec/CORPUS-FORMAT.md
 * (src/lib/analysis/corpus/README.md in the repo). Nothing here runs the engine.
 */
import type { Extraction, Finding } from '../types.js';
import { groupMatches, overlap, type DocName, type LabelledDecision } from '../extract/score.js';

/** One labelled sentence of a corpus document. */
export interface SentenceLabel {
	quote: string;
	template?: boolean;
	policy?: boolean;
	has_rationale?: boolean | null;
	hedged?: boolean;
	specific?: boolean;
	note?: string;
}

/** Where a quote sits in its file: source offsets, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

/** Offsets at which each line starts (line 1 at index 0). */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

/** Source offset of a 1-based line and column (clamped to the text). */
export function offsetAt(starts: readonly number[], line: number, column: number): number {
	const l = Math.min(Math.max(1, line), starts.length);
	return starts[l - 1] + Math.max(1, column) - 1;
}

/**
 * The span of each quote in `text`, or null when a quote is not in it. Quotes are looked for in
 * order after the previous one first (labels list a document's sentences in order), then
 * anywhere, so a repeated phrase lands on the right occurrence.
 */
export function locateQuotes(text: string, quotes: readonly string[]): (Span | null)[] {
	let from = 0;
	return quotes.map((q) => {
		if (!q) return null;
		let at = text.indexOf(q, from);
		if (at < 0) at = text.indexOf(q);
		if (at < 0) return null;
		from = at + q.length;
		return { start: at, end: at + q.length };
	});
}

/** Where a finding landed among the labelled sentences. */
export type Landing =
	| { on: 'sentence'; index: number }
	/** Its span covers two or more labelled sentences whole (a block or document finding). */
	| { on: 'block' }
	/** It starts outside every labelled sentence (a heading, code, an unlabelled line). */
	| { on: 'none' };

/**
 * The labelled sentence a finding lands on: the one containing the finding's start (line and
 * column in the source). A finding spanning two or more whole labelled sentences is a block or
 * document finding, not a sentence's.
 */
export function landingOf(
	finding: Pick<Finding, 'line' | 'column' | 'length'>,
	starts: readonly number[],
	spans: readonly (Span | null)[]
): Landing {
	const from = offsetAt(starts, finding.line, finding.column);
	const to = from + (finding.length ?? 0);
	let whole = 0;
	for (const s of spans) if (s && s.start >= from && s.end <= to) whole++;
	if (whole >= 2) return { on: 'block' };
	const index = spans.findIndex((s) => s !== null && from >= s.start && from < s.end);
	return index >= 0 ? { on: 'sentence', index } : { on: 'none' };
}

/** Counts and the figures made from them. */
export interface PR {
	tp: number;
	fp: number;
	fn: number;
	precision: number | null;
	recall: number | null;
}

/** Precision and recall from counts; null when undefined (nothing predicted / nothing to find). */
export function pr(tp: number, fp: number, fn: number): PR {
	return {
		tp,
		fp,
		fn,
		precision: tp + fp ? tp / (tp + fp) : null,
		recall: tp + fn ? tp / (tp + fn) : null
	};
}

/** Score predictions against truth over a list of items. */
export function prOver<T>(
	items: readonly T[],
	predicted: (t: T) => boolean,
	truth: (t: T) => boolean
): PR {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const t of items) {
		const p = predicted(t);
		const y = truth(t);
		if (p && y) tp++;
		else if (p) fp++;
		else if (y) fn++;
	}
	return pr(tp, fp, fn);
}

/** The sentence rules measured against sentence labels, and what each label means for them. */
export const SENTENCE_RULES = {
	hedge: {
		truth: (s: SentenceLabel) => s.hedged === true,
		definition: 'flagged ⇔ labelled hedged'
	},
	rationale: {
		truth: (s: SentenceLabel) => s.policy === true && s.has_rationale === false,
		definition: 'flagged ⇔ labelled policy with has_rationale false'
	},
	specificity: {
		// Precision: flagged sentences labelled not specific. Recall: over policies labelled not
		// specific (a generic non-policy may be flagged rightly, but need not be).
		truth: (s: SentenceLabel) => s.specific === false,
		recallOver: (s: SentenceLabel) => s.policy === true && s.specific === false,
		definition:
			'precision = flagged sentences labelled not specific / flagged; recall = flagged / sentences labelled policy and not specific'
	}
} as const;

/** A sentence rule's id. */
export type SentenceRule = keyof typeof SENTENCE_RULES;

/**
 * Per-rule counts over one set of labelled sentences, given which sentences each rule flagged.
 * `tp`/`fp` give precision; recall is `found` over `found + fn`, counted over the rule's recall
 * population (the same sentences as `tp` except for specificity).
 */
export function scoreSentenceRule(
	rule: SentenceRule,
	labels: readonly SentenceLabel[],
	flagged: ReadonlySet<number>
): PR & { found: number; onTemplate: number } {
	const def = SENTENCE_RULES[rule];
	const recallOver: (s: SentenceLabel) => boolean =
		'recallOver' in def ? def.recallOver : def.truth;
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let found = 0;
	let onTemplate = 0;
	labels.forEach((s, i) => {
		const f = flagged.has(i);
		// Template text is never a sentence a rule should flag.
		if (f && s.template) onTemplate++;
		if (f && !s.template && def.truth(s)) tp++;
		else if (f) fp++;
		if (!s.template && recallOver(s)) {
			if (f) found++;
			else fn++;
		}
	});
	return {
		tp,
		fp,
		fn,
		found,
		onTemplate,
		precision: tp + fp ? tp / (tp + fp) : null,
		recall: found + fn ? found / (found + fn) : null
	};
}

/** Lower-case words of a text with Markdown and punctuation gone, single-spaced. */
export function normalWords(text: string): string {
	return text
		.toLowerCase()
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Whether an extracted sentence is a template line: it contains the template quote or is
 * contained in it (word for word, ignoring Markdown and punctuation, at least three words), or
 * shares most of its words with it both ways.
 */
export function isTemplateText(text: string, templateQuote: string): boolean {
	const a = normalWords(text);
	const b = normalWords(templateQuote);
	if (!a || !b) return false;
	const wordsA = a.split(' ').length;
	const wordsB = b.split(' ').length;
	if (wordsB >= 3 && ` ${a} `.includes(` ${b} `)) return true;
	if (wordsA >= 3 && ` ${b} `.includes(` ${a} `)) return true;
	const similarLength = Math.max(wordsA, wordsB) <= 1.5 * Math.min(wordsA, wordsB);
	return Math.min(wordsA, wordsB) >= 4 && similarLength && overlap(a, b) >= 0.8;
}

/** Decisions of an extraction judged against a group's labels. */
export interface TopFigures {
	/** Recurring groups (evidence in two or more documents) among the first five. */
	top5: number;
	/** …of which match a labelled recurring decision. */
	top5Right: number;
	/** Labelled recurring decisions some recurring group matches. */
	found: number;
	/**
	 * Labelled decisions matched when each group may stand for one label only (a maximum
	 * matching): one broad group that names the keywords of three labels finds one of them.
	 */
	foundOneToOne: number;
	labelled: number;
	/** Decisions among the first ten with a template sentence as summary or evidence. */
	templateInTop10: string[];
}

/** Precision in the top five, recall, and template text in the top ten. */
export function topFigures(
	out: Extraction,
	labels: { recurring_decisions: LabelledDecision[] },
	templates: readonly string[],
	docOf: DocName
): TopFigures {
	const recurring = out.decisions.filter(
		(g) => new Set(g.evidence.map((e) => docOf(e.doc))).size >= 2
	);
	const L = labels.recurring_decisions;
	const top = recurring.slice(0, 5);
	const templateInTop10 = out.decisions
		.slice(0, 10)
		.filter((d) =>
			[d.summary, ...d.evidence.map((e) => e.text)].some((t) =>
				templates.some((q) => isTemplateText(t, q))
			)
		)
		.map((d) => d.summary);
	return {
		top5: top.length,
		top5Right: top.filter((g) => L.some((l) => groupMatches(g, l, docOf))).length,
		found: L.filter((l) => recurring.some((g) => groupMatches(g, l, docOf))).length,
		foundOneToOne: maxMatching(
			L.map((l) => recurring.flatMap((g, j) => (groupMatches(g, l, docOf) ? [j] : [])))
		),
		labelled: L.length,
		templateInTop10
	};
}

/** Size of a maximum matching: `edges[i]` lists the right-hand items left item `i` may take. */
export function maxMatching(edges: readonly (readonly number[])[]): number {
	const owner = new Map<number, number>();
	const take = (i: number, seen: Set<number>): boolean => {
		for (const j of edges[i]) {
			if (seen.has(j)) continue;
			seen.add(j);
			const o = owner.get(j);
			if (o === undefined || take(o, seen)) {
				owner.set(j, i);
				return true;
			}
		}
		return false;
	};
	let n = 0;
	for (let i = 0; i < edges.length; i++) if (take(i, new Set())) n++;
	return n;
}

/** The headings above `offset` in a Markdown text, outermost first (ATX headings only). */
export function headingsAt(text: string, offset: number): string[] {
	const stack: { level: number; text: string }[] = [];
	let fence: string | null = null;
	for (const line of text.slice(0, offset).split('\n')) {
		const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
		if (f) {
			if (!fence) fence = f[1][0];
			else if (f[1][0] === fence) fence = null;
			continue;
		}
		if (fence) continue;
		const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (!h) continue;
		while (stack.length && stack[stack.length - 1].level >= h[1].length) stack.pop();
		stack.push({ level: h[1].length, text: plainText(h[2]) });
	}
	return stack.map((h) => h.text);
}

/** A quote's plain text: list markers, quote markers, emphasis, code ticks and link targets gone. */
export function plainText(quote: string): string {
	return quote
		.replace(/^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|>\s?)+/gm, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
		.replace(/`+([^`]*)`+/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
