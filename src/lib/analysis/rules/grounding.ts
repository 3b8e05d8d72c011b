/**
 * `grounding`: a vision is grounded in users and the business. A paragraph that talks
 * technology (two or more technology terms) with no user or business term, in it or in its
 * section heading, is a warning; the document errors when the share of such paragraphs
 * goes over budget or when it names no user or business term at all.
 */
import type { Finding } from '../types.js';
import {
	blocksFor,
	clamp01,
	findingAt,
	findingOnDocument,
	pct,
	quote,
	type Rule,
	type RuleContext
} from './rule.js';

export const id = 'grounding' as const;
export const description =
	'Vision paragraphs that talk technology with no tie to users or the business.';
export const appliesTo = ['vision'] as const;

/** Below this share of user and business terms among all grounding terms, a vision is tech for tech. */
const MIN_PEOPLE_SHARE = 0.2;

export function check(ctx: RuleContext) {
	const findings: Finding[] = [];
	let techTerms = 0;
	let tech = 0;
	let ungrounded = 0;
	let people = 0;
	const headingGrounded = new Map<number, boolean>();
	for (const b of ctx.blocks)
		if (b.block.type === 'heading') {
			const g = b.analysis.grounding;
			headingGrounded.set(b.index, g.user + g.business > 0);
		}
	for (const b of blocksFor(ctx, id)) {
		const g = b.analysis.grounding;
		people += g.user + g.business;
		techTerms += g.tech;
		if (b.block.type === 'heading' || !b.analysis.sentences.length) continue;
		if (g.tech < 2) continue;
		tech++;
		if (g.user + g.business > 0 || headingGrounded.get(b.block.sectionIndex)) continue;
		ungrounded++;
		const words = g.techWords.map((w) => w.text);
		findings.push(
			findingAt(ctx, b, 0, b.block.text.length, {
				rule: id,
				severity: 'warning',
				message: `Technology with no tie to users or the business: ${quote(words)}.`,
				hint: 'Say who this helps and how: which users, what they can do then, what it earns or saves.',
				actual: words
			})
		);
	}
	const share = tech ? ungrounded / tech : 0;
	const budget = ctx.config.budgets.ungroundedShare;
	const peopleShare = people + techTerms ? people / (people + techTerms) : 1;
	const sparse = techTerms >= 10 && peopleShare < MIN_PEOPLE_SHARE;
	if ((tech >= 3 && share > budget) || sparse || (ctx.words >= 150 && people === 0))
		findings.unshift(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message:
					people === 0
						? 'The vision never mentions users, customers or the business.'
						: sparse && share <= budget
							? `Users and the business make up ${pct(peopleShare)} of what this vision talks about; technology the rest.`
							: `${ungrounded} of ${tech} technology paragraphs (${pct(share)}) never mention users or the business; the budget is ${pct(budget)}.`,
				hint: 'Ground each thread: what changes for users and for the business, and why that is worth the technology.',
				actual: [`${ungrounded} ungrounded paragraphs`]
			})
		);
	return { findings, score: clamp01(1 - share) };
}

/** The `grounding` rule. */
export const groundingRule: Rule = { id, description, appliesTo, check };
