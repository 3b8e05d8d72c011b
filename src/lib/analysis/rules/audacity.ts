/**
 * `audacity`: a vision is optimistic, not audacious. Absolutes and infinite-resource
 * promises (`zero incidents`, `100% of`, `never again`, `unlimited`) are each a warning;
 * the document errors when it holds more of them than the budget (default 2).
 */
import { isStandingClaim } from '../classify/audacity.js';
import type { Finding } from '../types.js';
import {
	blocksFor,
	clamp01,
	findingOnDocument,
	findingOnSentence,
	quote,
	type Rule,
	type RuleContext
} from './rule.js';

export const id = 'audacity' as const;
export const description =
	'Absolutes, infinite-resource promises and claims of standing in a vision (zero incidents, 100% of, unlimited, the leading provider).';
export const appliesTo = ['vision'] as const;

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	let strong = 0;
	const all: string[] = [];
	for (const b of blocksFor(ctx, id)) {
		for (const s of b.analysis.sentences) {
			const hits = s.absolutes.strong;
			if (!hits.length) continue;
			strong += hits.length;
			const words = hits.map((h) => h.text);
			all.push(...words);
			findings.push(
				findingOnSentence(
					ctx,
					b,
					s,
					{
						rule: id,
						severity: 'warning',
						message: words.every(isStandingClaim)
							? `Claim of standing: ${quote(words)}.`
							: `Absolute promise: ${quote(words)}.`,
						hint: words.every(isStandingClaim)
							? 'Say what changes for users and by how much, not the rank you award yourself.'
							: 'Promise a number you can reach (99.95%, under 10 a month), not a perfect world.',
						actual: words
					},
					hits[0]
				)
			);
		}
	}
	const budget = ctx.config.budgets.audacityMarkers;
	if (strong > budget)
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `${strong} absolute promises or claims of standing (${quote(all, 5)}); a vision may hold ${budget}.`,
				hint: 'Optimistic, not audacious: state outcomes the strategies can actually reach in two to three years.',
				actual: all
			})
		);
	return { findings, score: clamp01(1 - strong / (2 * (budget + 1))) };
}

/** The `audacity` rule. */
export const audacityRule: Rule = { id, description, appliesTo, check };
