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

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	let sentences = 0;
	let hedged = 0;
	for (const b of blocksFor(ctx, id)) {
		for (const s of b.analysis.sentences) {
			if (s.words < 4) continue;
			sentences++;
			if (!s.hedges.length) continue;
			hedged++;
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
	const share = sentences ? hedged / sentences : 0;
	const budget = ctx.config.budgets.hedgedShare;
	if (hedged >= 3 && share > budget)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `${hedged} of ${sentences} sentences hedge (${pct(share)}); the budget is ${pct(budget)}.`,
				hint: 'A strategy or vision commits. Turn hedged sentences into decisions or open questions.',
				actual: [`${hedged} hedged sentences`]
			})
		);
	return { findings, score: clamp01(1 - share / Math.max(0.01, 2 * budget)) };
}

/** The `hedge` rule. */
export const hedgeRule: Rule = { id, description, appliesTo, check };
