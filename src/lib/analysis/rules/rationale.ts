/**
 * `rationale`: a policy or decision with no reason in the sentence, the next sentence of
 * its paragraph, a sub-item (`Why: …`) or a paragraph that opens with one (`This keeps…`).
 * Strategies: each unreasoned policy is a warning, and the document errors when the
 * unreasoned share goes over budget. Design docs: explicit decisions only, warnings only.
 * Visions: the document errors when too few of its paragraphs give any reason at all (a
 * vision of bare assertions).
 */
import {
	findRationale,
	isGoalsSection,
	isSummarySection,
	type Rationale
} from '../classify/index.js';
import type { SentenceInfo } from '../engine/analyze.js';
import {
	baseOf,
	CATEGORY_PREFIX,
	keyTerms,
	NAMED_WEIGHT,
	termOccurrences
} from '../extract/terms.js';
import { REASON_SECTIONS } from '../lexicon/rationale.js';
import type { Finding } from '../types.js';
import {
	blocksFor,
	clamp01,
	findingOnDocument,
	findingOnSentence,
	pct,
	policyCue,
	type DocBlock,
	type Rule,
	type RuleContext
} from './rule.js';

export const id = 'rationale' as const;
export const description =
	'Policies and decisions that give no reason (because, so that, which lets, a Why: sub-item).';
export const appliesTo = ['design', 'strategy', 'vision'] as const;

const ANAPHORA =
	/\b(?:that|this|it|these|those|them|anything\s+else|everything\s+else|otherwise|the\s+exception|exceptions?)\b/i;

/** Where a reason for a policy was found (quoted in no message; for tests and explanations). */
export type ReasonPlace =
	| 'sentence'
	| 'sentence before'
	| 'sentence after'
	| 'sub-item'
	| 'lead-in'
	| 'next paragraph'
	| 'section';

/** Whether a block's sentence `i` has a reason within reach. */
export function reasonInReach(ctx: RuleContext, b: DocBlock, i: number): boolean {
	return reasonPlace(ctx, b, i) !== null;
}

/**
 * Where the reason for a block's sentence `i` is: the sentence itself, the sentence before it
 * (a reason or a problem stated just before the policy, not itself a policy), the sentence
 * after it, a `Why:` sub-item, the lead-in of its list (`To avoid X, we adopt these rules:`),
 * or a following paragraph that opens with one. Null when none is in reach.
 */
export function reasonPlace(ctx: RuleContext, b: DocBlock, i: number): ReasonPlace | null {
	const sentences = b.analysis.sentences;
	if (ownReason(sentences[i])) return 'sentence';
	if (i > 0) {
		const prev = sentences[i - 1];
		if (byHeadingOnly(prev) || !prev.policy.policy)
			if (
				prev.rationale ||
				prev.reasonFor ||
				prev.problem ||
				(ctx.kind === 'vision' && statesSituation(prev.text))
			)
				return 'sentence before';
	}
	if (
		i + 1 < sentences.length &&
		sentences[i + 1].reasonFor &&
		!derivedPolicy(sentences[i + 1], sentences[i + 1].reasonFor) &&
		!ownsReason(sentences[i + 1])
	)
		return 'sentence after';
	if (i === 0 && b.block.type === 'list-item' && leadInGivesReason(ctx, b)) return 'lead-in';
	if (i + 1 < sentences.length) return null;
	// Last sentence of its block: look at sub-items, then an opening `This keeps…` paragraph.
	const blocks = ctx.blocks;
	for (let k = b.index + 1; k < blocks.length; k++) {
		const next = blocks[k];
		if (next.block.type === 'comment') continue;
		if (next.block.type === 'list-item' && isDescendant(ctx, next, b.index)) {
			if (next.analysis.sentences.some((s) => s.reasonFor)) return 'sub-item';
			continue;
		}
		if (next.block.type === 'paragraph' && b.block.type === 'paragraph') {
			const first = next.analysis.sentences[0];
			return !!first && !!first.reasonFor && startsAsReason(first) ? 'next paragraph' : null;
		}
		return null;
	}
	return null;
}

// A vision narrates: the situation today, then where it goes (`Today's servers run many threads.
// Node.js must use all of them.`). A statement just before the policy, in its paragraph, that
// names a lack, a difficulty, a contrast or the present state is the reason the policy answers.
// Measured on the dev sets (tuning, holdouts 1–4): 12 of 14 such vision policies are labelled
// reasoned; in strategies only 1 of 5, so only visions read it.
const SITUATION =
	/\b(?:not|no|never|lack(?:s|ing)?|hard|difficult|unfortunately|however|but|without|only|confus\w*|ambiguous|inconsistent|different|today|currently|led\s+to)\b|n['’]t\b/iu;

function statesSituation(text: string): boolean {
	return !/[:?]\s*$/.test(text) && SITUATION.test(text);
}

/** Whether the paragraph that introduces a list (`…, we adopt these rules:`) gives a reason. */
function leadInGivesReason(ctx: RuleContext, b: DocBlock): boolean {
	let k = b.index;
	while (k >= 0 && ctx.blocks[k].block.type === 'list-item') k--;
	// Only the top-level items of the list the paragraph introduces.
	if (k < 0 || b.block.parent !== -1) return false;
	const intro = ctx.blocks[k];
	if (intro.block.type !== 'paragraph' || !/:\s*$/.test(intro.block.text)) return false;
	const last = intro.analysis.sentences[intro.analysis.sentences.length - 1];
	return !!last && (last.rationale !== null || last.reasonFor !== null);
}

// A following paragraph explains the previous one only when it opens as a reason.
function startsAsReason(s: SentenceInfo): boolean {
	return s.reasonFor !== null && s.reasonFor.start === 0;
}

function isDescendant(ctx: RuleContext, item: DocBlock, ancestor: number): boolean {
	for (let p = item.block.parent; p !== -1; p = ctx.blocks[p].block.parent)
		if (p === ancestor) return true;
	return false;
}

/**
 * `On some level, this means the tool should be kept up to date`: a policy the sentence derives
 * from what came before. Its opening `this means` points back: it gives no reason for the rule
 * that follows it, nor for the policy before it, which it only restates in other words.
 */
function derivedPolicy(s: SentenceInfo, r: Rationale | null): boolean {
	if (!r || !s.policy.policy || !/^(?:this|that)\s+means$/.test(r.marker) || s.policy.at <= r.start)
		return false;
	const before = s.text.slice(0, r.start).trim();
	return before === '' || (before.length <= 40 && before.endsWith(','));
}

// `…this`, `doing so`, `it is`, `in such cases`: a pronoun or `such` that stands for the policy
// before, not a noun's determiner (`This committee…` names a new subject).
const POINTS_BACK =
	/\bsuch\b(?!\s+as\b)|\b(?:this|that|it|doing\s+so|do\s+so)(?=\s*(?:[,;:—–]|$)|\s+(?:is|was|will|would|should|must|can|could|may|might|does|did|has|had|also|only|to|so|because|in\s+order)\b)/iu;
// A purpose (`to ensure…`, `in order to…`, `so that…`, `so we can…`) is bound to the action of
// its own clause; a cause (`because…`, `since…`, `otherwise…`) states a fact that may argue for the
// sentence before as well.
const PURPOSE_MARKER = /^(?:to|in order to|so|so that|so as to)\b/;

/**
 * `Nominations go to a committee. The committee must review each nominee to ensure they qualify.`:
 * the sentence after a policy is a policy of its own (an explicit cue, not only its heading) and
 * its reason is a purpose inside it, after its own subject and verb, with nothing before it that
 * points back at the policy before. That purpose is what the second policy's action is for, not a
 * reason for the first. A reason that opens the sentence (`Otherwise…`, `This keeps…`, `Why:`)
 * and a cause (`…, because…`) still count for the policy before.
 */
function ownsReason(next: SentenceInfo): boolean {
	const r = next.rationale;
	if (!r || r !== next.reasonFor || r.start === 0 || !next.policy.policy) return false;
	if (!PURPOSE_MARKER.test(r.marker)) return false;
	if (byHeadingOnly(next)) return false;
	return !POINTS_BACK.test(next.text.slice(0, r.start));
}

/**
 * The sentence's own reason, unless it is only the content of its policy cue: `We propose to
 * keep…`, `it is the responsibility of the sponsor to ensure…` name what is decided or owed, not
 * what it is for. Then a reason later in the sentence still counts (`We propose to keep X to
 * avoid Y`).
 */
function ownReason(s: SentenceInfo): boolean {
	const r = s.rationale;
	if (!r || derivedPolicy(s, r)) return false;
	if (!completesCue(s, r)) return true;
	return findRationale(s.text.slice(r.end)) !== null;
}

/** Whether a `to` purpose follows the policy's cue directly (`We propose to`, `duty of X to`). */
function completesCue(s: SentenceInfo, r: Rationale): boolean {
	const { cue, at } = s.policy;
	if (!cue || !/^to\b/.test(r.marker) || r.start < at + cue.length) return false;
	const between = s.text.slice(at + cue.length, r.start).trim();
	if (s.policy.via === 'decision') return between === '';
	return /\bof$/i.test(cue) && /^[^,;()]{1,40}$/.test(between);
}

/** A plain statement that is a policy only because of the heading above it. */
function byHeadingOnly(s: SentenceInfo): boolean {
	return s.policy.via === 'present' && !s.policy.cue;
}

/**
 * A design doc's Goals section lists what the design commits to do (`Run each test set
 * concurrently.`): its commitments are decisions, asked for a reason like any other, though the
 * section is context for everything else (a strategy's or a process's goals are outcomes).
 */
function designGoals(ctx: RuleContext, b: DocBlock): boolean {
	return ctx.kind === 'design' && isGoalsSection(b.headings);
}

function counts(ctx: RuleContext, b: DocBlock, s: SentenceInfo): boolean {
	const p = s.policy;
	if (!p.policy) return false;

	if (ctx.kind === 'vision') return p.strength === 'strong';
	// Design docs describe the systems around them in the present tense (`Payouts never
	// computes a balance`) and list rollout steps as imperatives: outside a proposal or
	// decision section only the authors' explicit commitments count as decisions.
	if (ctx.kind === 'design')
		return (
			p.strength === 'strong' &&
			(b.role === 'policy' || designGoals(ctx, b) || p.via === 'modal' || p.via === 'decision')
		);
	return true;
}

/**
 * The section that motivates a design doc's decisions (the shape of a decision record:
 * Context or Motivation, then Decision): the first context section, before `before`, whose
 * prose states a problem or gives a reason. Returns its heading, or null.
 */
function motivatingSection(ctx: RuleContext, before: number): string | null {
	for (const b of ctx.blocks) {
		if (b.index >= before) return null;
		if (b.role !== 'context' || b.block.type === 'heading') continue;
		if (b.analysis.sentences.some((s) => s.problem || s.rationale || s.reasonFor))
			return b.headings[b.headings.length - 1] ?? null;
	}
	return null;
}

/**
 * The blocks that state a design doc's decision: in each Decision or Proposal section, the first
 * block with a policy in it and, when it is a list item or introduces a list (`We will:`), the
 * rest of that list. A Context or Motivation section argues for the decision stated there; the
 * specification that follows (fields, defaults, steps, later paragraphs) is not what it explains.
 */
function openingDecisions(ctx: RuleContext): Set<number> {
	const open = new Set<number>();
	const seen = new Set<string>();
	let listOf: string | null = null;
	for (const b of ctx.blocks) {
		if (b.block.type === 'heading' || b.block.type === 'comment') continue;
		const key = sectionKey(b);
		if (listOf !== null) {
			if (b.block.type === 'list-item' && key === listOf) {
				open.add(b.index);
				continue;
			}
			listOf = null;
		}
		if (b.role !== 'policy' || seen.has(key) || !b.analysis.sentences.some((s) => s.policy.policy))
			continue;
		seen.add(key);
		open.add(b.index);
		if (b.block.type === 'list-item' || /:\s*$/.test(b.block.text)) listOf = key;
	}
	return open;
}

/** What the finding says it searched, so the author knows where a reason would be seen. */
function lookedIn(ctx: RuleContext, b: DocBlock): string {
	const places = ['the sentence', 'the ones before and after it'];
	if (b.block.type === 'list-item') places.push('its sub-items', "the list's lead-in");
	else places.push('the next paragraph');
	if (ctx.kind === 'design') places.push('a Context or Motivation section');
	return places.slice(0, -1).join(', ') + ' and ' + places[places.length - 1];
}

/**
 * Whether a block sits in a Summary section beside other sections at its level (before or
 * after it): the summary then recaps rules those sections state and argue for.
 */
function summaryWithSections(ctx: RuleContext, b: DocBlock): boolean {
	if (!isSummarySection(b.headings)) return false;
	const depth = b.headings.length;
	return ctx.blocks.some(
		(x) =>
			x.block.type === 'heading' &&
			x.headings.length === depth - 1 &&
			!isSummarySection([x.block.text])
	);
}

/** The section a block sits in: its heading path (the block's own heading excluded). */
function sectionKey(b: DocBlock): string {
	return b.headings.join('\u0002');
}

/**
 * Sections (by heading path) whose prose gives a reason anywhere: a guide that argues for its
 * rules in the section's opening paragraph (`There are two major reasons…`, `This helps…`)
 * and then lists them is reasoned as a whole, though a list item on its own is not.
 */
function arguedSections(ctx: RuleContext): Set<string> {
	const argued = new Set<string>();
	for (const b of ctx.blocks)
		if (b.analysis.sentences.some((s) => s.rationale || s.reasonFor)) argued.add(sectionKey(b));
	return argued;
}

// A heading that opens with a reason word (`Rationale`, `Design rationale`, `2. Motivation`,
// `Why not a queue?`): its section argues for decisions stated elsewhere in the document.
const REASON_SECTION = new RegExp(
	`^[\\d.\\s)]*(?:(?:design|the|our|technical)\\s+)?(?:${REASON_SECTIONS.join('|')})\\b`,
	'i'
);

const PROSE_BLOCKS = new Set(['heading', 'paragraph', 'list-item', 'blockquote', 'table']);

/** A section that argues for the document's decisions: its heading and the terms it uses. */
interface ReasonSection {
	heading: string;
	key: string;
	terms: ReadonlySet<string>;
}

/** The document's reason sections, and what tells its topic words from specific ones. */
interface ReasonSections {
	sections: ReasonSection[];
	/** Every term of every reason section: a sentence with none of them is not read further. */
	any: ReadonlySet<string>;
	/** The title's text, and its terms once read (`topicOf`). */
	titleText: string;
	title: ReadonlySet<string> | null;
	/** Each section's prose, one string per block, and the same lower-cased once read. */
	texts: readonly string[][];
	lower: string[] | null;
	/** In how many sections a term's written form appears (memo of `sectionsUsing`). */
	df: Map<string, number>;
}

const NO_SECTIONS: ReasonSections = {
	sections: [],
	any: new Set(),
	titleText: '',
	title: null,
	texts: [],
	lower: null,
	df: new Map()
};

const termsOf = (text: string) =>
	[...keyTerms(text).keys()].filter((t) => !t.startsWith(CATEGORY_PREFIX));

/**
 * The document's reason sections (see REASON_SECTION): for each, the deepest heading of its
 * path that names a reason, and the key terms of its prose and sub-headings. Only those blocks
 * are read for terms here; the title and the rest of the document only when a policy shares a
 * word with a reason section (`topicOf`, `sectionsUsing`). Nothing is read when no heading
 * names a reason.
 */
function reasonSections(ctx: RuleContext): ReasonSections {
	if (!ctx.blocks.some((b) => b.block.type === 'heading' && REASON_SECTION.test(b.block.text)))
		return NO_SECTIONS;
	const byKey = new Map<string, { heading: string; key: string; terms: Set<string> }>();
	const texts = new Map<string, string[]>();
	// The reason heading of each heading path (its index in the path, or -1), read once.
	const reasonAt = new Map<string, number>();
	let titleText = '';
	for (const b of ctx.blocks) {
		if (!PROSE_BLOCKS.has(b.block.type)) continue;
		if (b.block.type === 'heading' && b.headings.length === 0) {
			titleText += b.block.text + '\n';
			continue;
		}
		const own = sectionKey(b);
		const list = texts.get(own);
		if (list) list.push(b.block.text);
		else texts.set(own, [b.block.text]);
		const path = b.block.type === 'heading' ? [...b.headings, b.block.text] : b.headings;
		const pathKey = b.block.type === 'heading' ? path.join('\u0002') : own;
		let at = reasonAt.get(pathKey);
		if (at === undefined) {
			at = -1;
			for (let i = path.length - 1; i >= 0 && at < 0; i--) if (REASON_SECTION.test(path[i])) at = i;
			reasonAt.set(pathKey, at);
		}
		if (at < 0) continue;
		const key = path.slice(0, at + 1).join('\u0002');
		let sec = byKey.get(key);
		if (!sec) byKey.set(key, (sec = { heading: path[at], key, terms: new Set() }));
		for (const t of termsOf(b.block.text)) sec.terms.add(t);
	}
	const sections = [...byKey.values()];
	const any = new Set<string>();
	for (const sec of sections) for (const t of sec.terms) any.add(t);
	return {
		sections,
		any,
		titleText,
		title: null,
		texts: [...texts.values()],
		lower: null,
		df: new Map()
	};
}

/** Whether a term is one of the title's: the document's topic, shared by every section. */
function topicOf(found: ReasonSections, term: string): boolean {
	found.title ??= new Set(termsOf(found.titleText));
	return found.title.has(term);
}

/** In how many of the document's sections a term (a stem or a name, lower case) is written. */
function sectionsUsing(found: ReasonSections, term: string): number {
	let n = found.df.get(term);
	if (n === undefined) {
		found.lower ??= found.texts.map((blocks) => blocks.join('\n').toLowerCase());
		n = 0;
		for (const text of found.lower) if (text.includes(term)) n++;
		found.df.set(term, n);
	}
	return n;
}

/**
 * A design doc's Goals and its Abstract or Summary state in brief what the design commits to
 * (`Run each test set concurrently.`); the document argues for them in its Motivation or
 * Rationale section, or the Context section that states the problem. Returns that section's
 * heading, or null when the block sits elsewhere or the document has no such section.
 */
// The headings of a design doc's summary: `Abstract`, `Summary`, `TL;DR`, `Overview`.
const BRIEF_HEADING = /^[\d.\s)]*(?:abstract|summary|overview|tl;?dr|in short)\s*$/i;

function briefAnsweredBy(ctx: RuleContext, b: DocBlock, found: ReasonSections): string | null {
	const h = b.headings[b.headings.length - 1] ?? '';
	if (ctx.kind !== 'design' || !(isGoalsSection(b.headings) || BRIEF_HEADING.test(h))) return null;
	const own = sectionKey(b);
	const named = found.sections.find((x) => x.key !== own && !own.startsWith(x.key + '\u0002'));
	if (named) return named.heading;
	// Else a context section (not this one) that states a problem or gives a reason.
	for (const x of ctx.blocks)
		if (
			x.role === 'context' &&
			x.block.type !== 'heading' &&
			sectionKey(x) !== own &&
			!isGoalsSection(x.headings) &&
			x.analysis.sentences.some((t) => t.problem || t.rationale || t.reasonFor)
		)
			return x.headings[x.headings.length - 1] ?? null;
	return null;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}_-]*/gu;

/** Whether a sentence has a word whose plain or base form is one of `terms` (before keyTerms). */
function mayShare(text: string, terms: ReadonlySet<string>): boolean {
	for (const [w] of text.toLowerCase().matchAll(WORDS))
		if (terms.has(w) || terms.has(baseOf(w))) return true;
	return false;
}

/** Where a policy's reason may be, a section away: the section and the terms they share. */
export interface ReasonElsewhere {
	heading: string;
	/** The policy's words (as written) whose terms the section uses too. */
	shared: string[];
}

/**
 * A reason section (other than the policy's own) that speaks to the same thing as the policy:
 * it uses at least two of the policy's key terms, or one name (a code span, an identifier, an
 * acronym, a capitalised name). Common words do not count: keyTerms drops stop words, modal and
 * decision verbs, hedges and vague verbs, and the document's topic terms are left out (above); a
 * term that a third section also uses counts half. The section sharing the most terms wins.
 */
export function reasonElsewhere(
	found: ReasonSections,
	b: DocBlock,
	s: SentenceInfo
): ReasonElsewhere | null {
	if (!found.sections.length || !mayShare(s.text, found.any)) return null;
	const keep = termOccurrences();
	const terms = keyTerms(s.text, { keep });
	const own = sectionKey(b);
	// More than half of the sections (and at least three) use it: a word of the topic.
	const topic = Math.max(2, found.texts.length / 2);
	let best: ReasonElsewhere | null = null;
	let bestScore = 0;
	for (const sec of found.sections) {
		if (own === sec.key || own.startsWith(sec.key + '\u0002')) continue;
		let score = 0;
		const shared: string[] = [];
		for (const [t, w] of terms) {
			if (!sec.terms.has(t) || topicOf(found, t)) continue;
			const n = sectionsUsing(found, t);
			if (n > topic) continue;
			score += (w >= NAMED_WEIGHT ? 2 : 1) * (n <= 2 ? 1 : 0.5);
			const i = keep.terms.indexOf(t);
			const word = (/^[\p{L}\p{N}_.'’-]+/u.exec(s.text.slice(keep.at[i]))?.[0] ?? t).replace(
				/[.'’]+$/,
				''
			);
			if (!shared.includes(word)) shared.push(word);
		}
		if (score >= 2 && score > bestScore) {
			bestScore = score;
			best = { heading: sec.heading, shared };
		}
	}
	return best;
}

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	let policies = 0;
	let unreasoned = 0;
	// Unreasoned policies whose section argues elsewhere: warned on, but not counted against the
	// strategy's budget (the document does give its reasons, a few sentences away).
	let inArguedSection = 0;
	const argued = ctx.kind === 'strategy' ? arguedSections(ctx) : null;
	const opening = ctx.kind === 'design' ? openingDecisions(ctx) : null;
	// Read only when a policy has no reason in reach.
	let sections: ReasonSections | undefined;
	let paragraphs = 0;
	let reasoned = 0;
	for (const b of blocksFor(ctx, id)) {
		if (b.role === 'context' && !designGoals(ctx, b)) continue;
		// A strategy's Summary restates rules that its sections argue for (`Be kind.` above a
		// Courtesy section): the reason is a section away by design, so it is not asked for here.
		// Its rules still count as the strategy's policies.
		const recap = ctx.kind === 'strategy' && summaryWithSections(ctx, b);
		const sentences = b.analysis.sentences;
		// Short lines (labels, one-line items) are not paragraphs unless they give a reason.
		const gives = sentences.some((s) => s.rationale || s.reasonFor);
		if (sentences.length && (gives || sentences.length >= 2 || b.analysis.words >= 20)) {
			paragraphs++;
			if (gives) reasoned++;
		}
		let reasonedBefore = false;
		for (let i = 0; i < sentences.length; i++) {
			const s = sentences[i];
			if (!counts(ctx, b, s)) continue;
			// A plain statement of a problem under a policy heading, followed by an explicit
			// policy (`Cross-region calls time out twice a week. Services must…`), is the
			// diagnosis that policy answers, not a rule of its own.
			const next = sentences[i + 1];
			if (byHeadingOnly(s) && s.problem && next?.policy.policy && next.policy.cue) continue;
			// A plain statement after the block's first sentence is a policy only by its heading;
			// in practice it explains the policy before it (`A bad release then costs one site a
			// bad morning…`), so it is not counted, or flagged, as a policy of its own.
			if (i > 0 && s.policy.via === 'present' && !s.policy.cue) continue;
			policies++;
			if (recap) continue;
			const reasoned =
				reasonPlace(ctx, b, i) !== null ||
				// A decision record answers its Context section: in a design doc, the decision stated
				// at the head of a Decision or Proposal section takes its reason from the motivation
				// above (its specification details do not).
				(!!opening?.has(b.index) && motivatingSection(ctx, b.index) !== null);
			// A paragraph is usually one policy and its elaboration: a present-tense detail or an
			// anaphoric follow-up (`Using anything else requires…`, `We will revisit if that
			// changes.`) shares the reason of the reasoned policy before it.
			const elaborates: boolean =
				reasonedBefore && (s.policy.strength === 'weak' || ANAPHORA.test(s.text));
			reasonedBefore = reasoned || elaborates;
			if (reasoned || elaborates) continue;
			// No reason in reach, but a Rationale or Motivation section speaks to the same thing:
			// a note that names the section, not a warning, and no count against the budget.
			const found = ctx.kind === 'vision' ? null : (sections ??= reasonSections(ctx));
			const brief = found && briefAnsweredBy(ctx, b, found);
			const away = found && !brief ? reasonElsewhere(found, b, s) : null;
			if (brief || away) {
				const what = ctx.kind === 'design' ? 'decision' : 'policy';
				findings.push(
					findingOnSentence(ctx, b, s, {
						rule: id,
						severity: 'info',
						message: away
							? `Reason given under ‘${away.heading}’? That section also speaks of ${away.shared.map((w) => `“${w}”`).join(', ')}; nothing beside this ${what} says why.`
							: `Reason given under ‘${brief}’? This ${what} sits in ‘${b.headings[b.headings.length - 1]}’, which states the design in brief; nothing beside it says why.`,
						hint: 'If that section is the reason, say so here in a clause ("…, for the reasons under Rationale") or move the reason next to it.',
						actual: away ? away.shared : [brief ?? '']
					})
				);
				continue;
			}
			unreasoned++;
			if (argued?.has(sectionKey(b))) inArguedSection++;
			findings.push(
				findingOnSentence(ctx, b, s, {
					rule: id,
					severity: 'warning',
					message: `No reason given for this ${ctx.kind === 'design' ? 'decision' : 'policy'} (${policyCue(s.policy.cue, b.headings[b.headings.length - 1] ?? '', s.text, s.policy.at)}); looked in ${lookedIn(ctx, b)}.`,
					hint: 'Say why: "because…", "so that…", ", which lets…", or a "Why:" sub-item.',
					actual: s.policy.cue ? [s.policy.cue] : []
				})
			);
		}
	}
	const { unreasonedShare, reasonedParagraphShare } = ctx.config.budgets;
	if (ctx.kind === 'vision') {
		const share = paragraphs ? reasoned / paragraphs : 1;
		if (paragraphs >= 4 && share < reasonedParagraphShare)
			findings.unshift(
				findingOnDocument(ctx, {
					rule: id,
					severity: 'error',
					message: `Only ${reasoned} of ${paragraphs} paragraphs give a reason (${pct(share)}); aim for at least ${pct(reasonedParagraphShare)}.`,
					hint: 'A vision explains why each change matters: because…, so that…, which lets…',
					actual: [`${paragraphs - reasoned} paragraphs without a reason`]
				})
			);
		return { findings, score: clamp01(share / Math.max(0.01, 2 * reasonedParagraphShare)) };
	}
	// A strategy that states no policy has nothing to review, whatever else it says.
	if (ctx.kind === 'strategy' && policies === 0)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message:
					'No policies: nothing in this strategy decides or constrains future work (we will…, must, never, default to…).',
				hint: 'A strategy is a diagnosis and the guiding policies that answer it: state each policy and its reason.',
				actual: ['0 policies']
			})
		);
	// The document fails on policies with no reason in reach and none anywhere in their section.
	const bare = unreasoned - inArguedSection;
	const share = policies ? bare / policies : 0;
	// A design doc argues its decisions across paragraphs (costs, incidents, alternatives)
	// in ways a sentence-level reader cannot see, so it gets warnings but never fails here.
	if (ctx.kind !== 'design' && bare >= 3 && share > unreasonedShare)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `${bare} of ${policies} policies give no reason, neither beside them nor anywhere in their section (${pct(share)}); the budget is ${pct(unreasonedShare)}.`,
				hint: 'A strategy explains its tradeoffs: give each policy its because.',
				actual: [`${bare} policies without a reason`]
			})
		);
	return { findings, score: ctx.kind === 'strategy' && policies === 0 ? 0 : clamp01(1 - share) };
}

/** The `rationale` rule. */
export const rationaleRule: Rule = { id, description, appliesTo, check };
