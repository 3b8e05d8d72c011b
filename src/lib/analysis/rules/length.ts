/**
 * `length`: a vision should be one to two pages (default 400–1,000 words; a page is 500),
 * a strategy should stop before it generalises (default 150–1,500 words), and a design
 * doc needs substance (default at least 150 words in 6 sentences).
 */
import { blocksFor, findingAt, findingOnDocument, type Rule, type RuleContext } from './rule.js';

export const id = 'length' as const;
export const description =
	'Vision one to two pages, strategy under its word budget, design docs with substance.';
export const appliesTo = ['design', 'strategy', 'vision'] as const;

/** Where a running word count first passes `limit`, to point at the overflow. */
function overflowAt(ctx: RuleContext, limit: number) {
	let total = 0;
	for (const b of blocksFor(ctx, 'length')) {
		total += b.analysis.words;
		if (total > limit) return b;
	}
	return null;
}

export function check(ctx: RuleContext) {
	const { kind, words, config } = ctx;
	const pages = Math.round((words / 500) * 10) / 10;
	if (kind === 'vision') {
		const { minWords, maxWords } = config.vision;
		if (words < minWords)
			return {
				findings: [
					findingOnDocument(ctx, {
						rule: id,
						severity: 'error',
						message: `Too short for a vision: ${words} words (${pages} pages); aim for ${minWords}–${maxWords}.`,
						hint: 'Say, for each thread, what the world looks like for users and the business, and what you trade to get there.',
						actual: [`${words} words`]
					})
				],
				score: words / minWords
			};
		if (words > maxWords) {
			const at = overflowAt(ctx, maxWords);
			const input = {
				rule: id,
				severity: 'error' as const,
				message: `Too long for a vision: ${words} words (${pages} pages); aim for ${minWords}–${maxWords}. The budget runs out here.`,
				hint: 'A vision is one to two pages. Move milestones, risks and FAQs to the strategies or a roadmap.',
				actual: [`${words} words`]
			};
			return {
				findings: [
					at ? findingAt(ctx, at, 0, at.block.text.length, input) : findingOnDocument(ctx, input)
				],
				score: maxWords / words
			};
		}
		return { findings: [], score: 1 };
	}
	if (kind === 'strategy') {
		const { minWords, maxWords } = config.strategy;
		if (words < minWords)
			return {
				findings: [
					findingOnDocument(ctx, {
						rule: id,
						severity: 'error',
						message: `Too short for a strategy: ${words} words; a strategy needs at least ${minWords} to state its diagnosis and policies.`,
						hint: 'Say what the situation is, which policies follow from it, and why.',
						actual: [`${words} words`]
					})
				],
				score: minWords ? words / minWords : 1
			};
		if (words <= maxWords) return { findings: [], score: 1 };
		const at = overflowAt(ctx, maxWords);
		const input = {
			rule: id,
			severity: 'error' as const,
			message: `Strategy is ${words} words (${pages} pages), over the ${maxWords}-word budget from here on.`,
			hint: 'Write until you start to generalise, then stop: cut the general tail or split the strategy.',
			actual: [`${words} words`]
		};
		return {
			findings: [
				at ? findingAt(ctx, at, 0, at.block.text.length, input) : findingOnDocument(ctx, input)
			],
			score: maxWords / words
		};
	}
	const { minWords, minSentences } = config.design;
	const sentences = ctx.blocks.reduce((n, b) => n + b.analysis.sentences.length, 0);
	if (words >= minWords && sentences >= minSentences) return { findings: [], score: 1 };
	return {
		findings: [
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: `Design doc has little substance: ${words} words in ${sentences} sentences (at least ${minWords} words and ${minSentences} sentences).`,
				hint: 'State the problem with numbers, the proposal, and the alternatives you rejected.',
				actual: [`${words} words`, `${sentences} sentences`]
			})
		],
		score: Math.min(words / minWords, sentences / minSentences)
	};
}

/** The `length` rule. */
export const lengthRule: Rule = { id, description, appliesTo, check };
