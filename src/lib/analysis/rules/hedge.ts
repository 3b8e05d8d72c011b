/**
 * `hedge`: hedges, weasels and non-committal phrases (classify/hedge.ts). Each hedged
 * sentence is a warning; the document errors only when the share of hedged sentences goes
 * over budget, since one "ideally" means little and a page of them means no decision.
 */
import {
	blocksFor,
	clamp01,
	findingOnDocument,
	findingOnSentence,
	pct,
	quote,
	type Rule,
	type RuleContext
} from './rule.js';
import type { Finding } from '../types.js';

export const id = 'hedge' as const;
export const description =
	'Hedges and non-committal phrases (might, perhaps, where appropriate, as needed).';
export const appliesTo = ['design', 'strategy', 'vision'] as const;

// Hedges that generalise about the world (`developers usually become upset`, `this tends to
// happen`, `seems unlikely`): calibrated description, still named per sentence, but they do
// not make a document non-committal.
const GENERALISING =
	/^(?:usually|generally|in\s+general|typically|normally|tends?\s+to|tend|likely|unlikely|seems?|mostly|in\s+most\s+cases|often|apparently)$/i;
// The authors, a team or the reader as the one acting: `we might`, `teams could perhaps`,
// `you may want to`.
const AGENT = /\b(?:we|our|us|you|your|teams?|i|let['’]s)\b/i;

/**
 * Whether a hedge in this sentence softens what the document decides: the sentence is a
 * policy or sits in a policy section, or a non-generalising hedge has the authors, a team or
 * the reader as the one acting (in the clause before it or just after it, or the hedge opens
 * the sentence and so speaks to the reader). A hedged
 * description of the world (`a change may just miss an edition window`) is not.
 */
export function hedgesDecision(
	text: string,
	hedges: readonly { start: number; end: number; text: string }[],
	policy: boolean,
	inPolicySection: boolean
): boolean {
	const own = hedges.filter((h) => !GENERALISING.test(h.text));
	if (!own.length) return false;
	if (policy || inPolicySection) return true;
	return own.some(
		(h) =>
			// A hedge that opens the sentence (`Try to…`, `Ideally, …`) addresses the reader.
			!text.slice(0, h.start).trim() ||
			AGENT.test(text.slice(0, h.start).split(/[,;:]/).pop() ?? '') ||
			AGENT.test(text.slice(h.end, h.end + 25).split(/[,;:]/)[0])
	);
}

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	let sentences = 0;
	let hedged = 0;
	let decisions = 0;
	for (const b of blocksFor(ctx, id)) {
		for (const s of b.analysis.sentences) {
			if (s.words < 4) continue;
			sentences++;
			if (!s.hedges.length) continue;
			hedged++;
			if (hedgesDecision(s.text, s.hedges, s.policy.policy, b.role === 'policy')) decisions++;
			const words = s.hedges.map((h) => h.text);
			findings.push(
				findingOnSentence(
					ctx,
					b,
					s,
					{
						rule: id,
						severity: 'warning',
						message: `Hedge: ${quote(words)}.`,
						hint: s.policy.policy
							? 'Commit: state the rule and its exception, or drop it.'
							: 'Say what you will do, or what you do not know and when you will.',
						actual: words
					},
					s.hedges[0]
				)
			);
		}
	}
	// The budget is on hedged decisions: a page of calibrated description (`usually`, `a change
	// may miss the window`) is honest; a page of softened rules (`teams should probably…`,
	// `we may try to…`) decides nothing. In the corpus's well-regarded documents at most 14% of
	// sentences hedge a decision, against 64% in the synthetic hedgy strategy.
	const share = sentences ? decisions / sentences : 0;
	const budget = ctx.config.budgets.hedgedShare;
	if (decisions >= 3 && share > budget)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `${decisions} of ${sentences} sentences hedge a decision or rule (${pct(share)}; ${hedged} hedge in all); the budget is ${pct(budget)}.`,
				hint: 'A strategy or vision commits. Turn hedged sentences into decisions or open questions.',
				actual: [`${decisions} hedged decisions`]
			})
		);
	return {
		findings,
		score: clamp01(
			1 - (share + (sentences ? hedged / sentences : 0) / 2) / Math.max(0.01, 2 * budget)
		)
	};
}

/** The `hedge` rule. */
export const hedgeRule: Rule = { id, description, appliesTo, check };
