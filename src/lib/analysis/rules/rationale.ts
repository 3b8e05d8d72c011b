/**
 * `rationale`: a policy or decision with no reason in the sentence, the next sentence of
 * its paragraph, a sub-item (`Why: …`) or a paragraph that opens with one (`This keeps…`).
 * Strategies: each unreasoned policy is a warning, and the document errors when the
 * unreasoned share goes over budget. Design docs: explicit decisions only, warnings only.
 * Visions: the document errors when too few of its paragraphs give any reason at all (a
 * vision of bare assertions).
 */
import type { SentenceInfo } from '../engine/analyze.js';
import type { Finding } from '../types.js';
import {
	blocksFor,
	clamp01,
	findingOnDocument,
	findingOnSentence,
	pct,
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

/** Whether a block's sentence `i` has a reason within reach. */
export function reasonInReach(ctx: RuleContext, b: DocBlock, i: number): boolean {
	const sentences = b.analysis.sentences;
	if (sentences[i].rationale) return true;
	if (i + 1 < sentences.length && sentences[i + 1].reasonFor) return true;
	if (i + 1 < sentences.length) return false;
	// Last sentence of its block: look at sub-items, then an opening `This keeps…` paragraph.
	const blocks = ctx.blocks;
	for (let k = b.index + 1; k < blocks.length; k++) {
		const next = blocks[k];
		if (next.block.type === 'comment') continue;
		if (next.block.type === 'list-item' && isDescendant(ctx, next, b.index)) {
			if (next.analysis.sentences.some((s) => s.reasonFor)) return true;
			continue;
		}
		if (next.block.type === 'paragraph' && b.block.type === 'paragraph') {
			const first = next.analysis.sentences[0];
			return !!first && !!first.reasonFor && startsAsReason(first);
		}
		return false;
	}
	return false;
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

function counts(ctx: RuleContext, b: DocBlock, s: SentenceInfo): boolean {
	const p = s.policy;
	if (!p.policy) return false;
	if (ctx.kind === 'vision') return p.strength === 'strong';
	// Design docs describe the systems around them in the present tense (`Payouts never
	// computes a balance`) and list rollout steps as imperatives: outside a proposal or
	// decision section only the authors' explicit commitments count as decisions.
	if (ctx.kind === 'design')
		return (
			p.strength === 'strong' && (b.role === 'policy' || p.via === 'modal' || p.via === 'decision')
		);
	return true;
}

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	let policies = 0;
	let unreasoned = 0;
	let paragraphs = 0;
	let reasoned = 0;
	for (const b of blocksFor(ctx, id)) {
		if (b.role === 'context') continue;
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
			// A plain statement after the block's first sentence is a policy only by its heading;
			// in practice it explains the policy before it (`A bad release then costs one site a
			// bad morning…`), so it is not counted, or flagged, as a policy of its own.
			if (i > 0 && s.policy.via === 'present' && !s.policy.cue) continue;
			policies++;
			const reasoned = reasonInReach(ctx, b, i);
			// A paragraph is usually one policy and its elaboration: a present-tense detail or an
			// anaphoric follow-up (`Using anything else requires…`, `We will revisit if that
			// changes.`) shares the reason of the reasoned policy before it.
			const elaborates: boolean =
				reasonedBefore && (s.policy.strength === 'weak' || ANAPHORA.test(s.text));
			reasonedBefore = reasoned || elaborates;
			if (reasoned || elaborates) continue;
			unreasoned++;
			findings.push(
				findingOnSentence(ctx, b, s, {
					rule: id,
					severity: 'warning',
					message: `No reason given for this ${ctx.kind === 'design' ? 'decision' : 'policy'} (${policyCue(s.policy.cue, b.headings[b.headings.length - 1] ?? '')}).`,
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
	const share = policies ? unreasoned / policies : 0;
	// A design doc argues its decisions across paragraphs (costs, incidents, alternatives)
	// in ways a sentence-level reader cannot see, so it gets warnings but never fails here.
	if (ctx.kind !== 'design' && unreasoned >= 3 && share > unreasonedShare)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `${unreasoned} of ${policies} policies give no reason (${pct(share)}); the budget is ${pct(unreasonedShare)}.`,
				hint: 'A strategy explains its tradeoffs: give each policy its because.',
				actual: [`${unreasoned} policies without a reason`]
			})
		);
	return { findings, score: clamp01(1 - share) };
}

/** The `rationale` rule. */
export const rationaleRule: Rule = { id, description, appliesTo, check };

/**
 * How a finding names what made a sentence a policy: its cue words, or, for a plain statement
 * that is a policy only because of its heading, that heading.
 */
export function policyCue(cue: string, section: string): string {
	return cue ? `"${cue}"` : `a rule under "${section || 'Policies'}"`;
}
