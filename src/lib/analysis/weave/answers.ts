/**
 * Strategies that state their rules outside list items: as the answers of a FAQ (a question as
 * the heading, the rule in its answer) or as one paragraph per rule under a heading of
 * commitments (a memo's "What I am asking us to hold to"). The structure says where each rule
 * opens; the classifier still decides what the other sentences are.
 */
import type { Block } from '../text/index.js';

/** A heading that asks a question: the blocks under it answer it. */
export const isQuestion = (heading: string | undefined): boolean =>
	!!heading && /\?\s*$/.test(heading);

/** Headings of questions left open: their sub-questions discuss, they do not answer. */
const OPEN_QUESTIONS =
	/\b(?:open|unresolved|undecided|outstanding|pending|unanswered)\b|\bnot\s+(?:yet\s+)?(?:decided|agreed|settled)\b/i;

/**
 * Headings of what a strategy leaves undecided ("Open questions", "What these records leave
 * open", "What we have not decided"): their items ask, they do not rule. Narrower than
 * `OPEN_QUESTIONS`: "Open source" or "Open by default" is no such heading.
 */
export const LEFT_OPEN =
	/\b(?:open\s+(?:questions?|issues?|items?|points?|decisions?|threads?)|(?:left|leaves?|leaving|remains?|remaining|still|kept)\s+open|unresolved|undecided|unanswered|not\s+(?:yet\s+)?(?:decided|agreed|settled|resolved))\b/i;

/**
 * A heading that explains how the strategy's own choices relate ("How these fit", "How the
 * commitments fit together", "How these answers hang together"): it discusses the rules
 * stated elsewhere in the document ("Commitments 4 and 5 mean two payment suppliers"), it
 * states none of its own.
 */
export const FIT_HEADING = /^\s*how\b[^?]*\b(?:fits?|hangs?|hold)\s*(?:together\s*)?$/i;

/**
 * A heading that names a choice as "A over B" ("Fewer names over richer data", "Pool hours
 * over ideal class sizes"), "A rather than B" or "A instead of B": the paragraphs under it
 * state what was chosen, one rule each, and what it costs. Not a question ("Is there a freeze
 * over Christmas?"), nor "over" of time or quantity ("Costs over the next two years").
 */
export function choiceHeading(heading: string): boolean {
	const h = heading.trim();
	if (/\?\s*$/.test(h) || /^(?:how|what|why|when|where|who|which|is|are|do|does|can)\b/i.test(h))
		return false;
	const chosenOver = overIn(h);
	if (chosenOver === null) return false;
	return !/^(?:time|the\s+(?:next|last|past|coming|years?|months?|weeks?|summer|winter)|(?:a|one|two|three|\d+)\s+\w+s?$|\d)/i.test(
		chosenOver
	);
}

// `over`, `rather than` or `instead of` between two words; a match starts only at the first
// blank of a run, so a long run of spaces is read once (not once per blank).
const OVER = /(?<=\S)\s+(?:over|rather\s+than|instead\s+of)\s+(?=\S)/gi;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * What a heading (trimmed) puts after its first `over` / `rather than` / `instead of`, both
 * sides on one line: the second capture of `/^(\S.*?)\s+(?:over|…)\s+(\S.*)$/i`, found in linear
 * time (that pattern is quadratic on a long run of spaces).
 */
function overIn(h: string): string | null {
	const firstBreak = h.search(LINE_BREAK);
	let lastBreak = firstBreak;
	if (firstBreak >= 0)
		for (let i = h.length - 1; i > lastBreak; i--) if (LINE_BREAK.test(h[i])) lastBreak = i;
	OVER.lastIndex = 0;
	for (let m = OVER.exec(h); m; m = OVER.exec(h)) {
		if (firstBreak >= 0 && firstBreak < m.index) return null;
		const after = m.index + m[0].length;
		if (lastBreak < after) return h.slice(after);
		// The next may start inside this one (`a over over b`: its second `over`).
		OVER.lastIndex = m.index + 1;
	}
	return null;
}

/**
 * Whether a sentence under a choice heading states the cost of the choice rather than the
 * rule ("We give up the simple number.", "This costs us…", "The price is…").
 */
export const COST_OPENING =
	/^(?:we\s+(?:give\s+up|gave\s+up|lose|accept|pay)|this\s+(?:costs|means)|the\s+(?:cost|price|downside)\b|it\s+costs)\b/i;

/**
 * Blocks that answer a FAQ's question, by block index: under a section (not the document's
 * title, not a list of open questions) whose sub-headings are three or more questions, each
 * answered in a few blocks with no sub-heading of its own. A guide whose chapters are headed
 * by questions ("Why write small changes?") argues at length under them: it is no FAQ.
 */
export function faqAnswers(blocks: readonly Block[]): Set<number> {
	const out = new Set<number>();
	blocks.forEach((parent, p) => {
		if (parent.type !== 'heading' || parent.depth < 2 || isQuestion(parent.text)) return;
		if (OPEN_QUESTIONS.test(parent.text)) return;
		const answers: number[][] = [];
		let ok = true;
		for (let i = p + 1; i < blocks.length; i++) {
			const b = blocks[i];
			if (b.type === 'heading' && b.depth <= parent.depth) break;
			if (b.type === 'heading') {
				if (b.depth !== parent.depth + 1 || !isQuestion(b.text)) ok = false;
				answers.push([]);
			} else if (answers.length) answers[answers.length - 1].push(i);
		}
		if (!ok || answers.length < 3 || answers.some((a) => !a.length || a.length > 3)) return;
		for (const a of answers) for (const i of a) out.add(i);
	});
	return out;
}

/** The heading path a FAQ answer is classified under: the questions left out. */
export function withoutQuestions(headings: readonly string[]): string[] {
	return headings.filter((h) => !isQuestion(h) && !/\b(?:questions?|answers?)\b/i.test(h));
}

/** A one-word reply that opens an answer ("No.", "Yes, but…", "Not yet."). */
const REPLY = /^(?:yes|no|not\s+yet|not\s+really|never|always|sometimes|partly)\b/i;

/**
 * Whether an answer's sentence states its rule: the first sentence of six words or more that is
 * not the reply and does not open with a reason ("Because…"), once per answer. A reason clause
 * inside it ("…, because a phone's battery dies in the cold") is the rule's own.
 */
export function opensAnswer(text: string): boolean {
	if (REPLY.test(text.trim())) return false;
	if (text.trim().split(/\s+/).length < 6 || /\?\s*$/.test(text)) return false;
	return !/^(?:because|since|as)\b/i.test(text.trim());
}

/** A heading of a memo's asks ("What I am asking us to hold to", "What we ask of you"). */
export const ASK_HEADING =
	/^\s*(?:what\s+(?:i|we)\s+(?:am\s+|are\s+|['’]m\s+|['’]re\s+)?ask(?:ing)?\b|(?:my|our)\s+asks?\b|the\s+asks?\b)/i;

/**
 * Blocks that open a rule as a list item would, by block index: the paragraphs of a section
 * written as one rule per paragraph (two or more paragraphs and no list or table to hold them).
 */
export function paragraphRules(blocks: readonly Block[]): Set<number> {
	const bySection = new Map<number, number[]>();
	const listed = new Set<number>();
	blocks.forEach((b, i) => {
		if (b.type === 'heading') return;
		if (b.type === 'list-item' || b.type === 'table') listed.add(b.sectionIndex);
		if (b.type !== 'paragraph') return;
		const ps = bySection.get(b.sectionIndex);
		if (ps) ps.push(i);
		else bySection.set(b.sectionIndex, [i]);
	});
	const out = new Set<number>();
	for (const [section, ps] of bySection)
		if (ps.length >= 2 && !listed.has(section)) for (const i of ps) out.add(i);
	return out;
}
