/**
 * `horizon`: a vision states how far out it looks, and that is two to three years from
 * `today` (configurable). The stated horizon is the furthest future time expression in
 * the title and introduction (before the first second-level heading), or, when those name
 * none, the furthest in the document.
 */
import { resolveTime, type TimeMention } from '../classify/index.js';
import type { Finding } from '../types.js';
import {
	blocksFor,
	findingAt,
	findingOnDocument,
	type DocBlock,
	type Rule,
	type RuleContext
} from './rule.js';

export const id = 'horizon' as const;
export const description = 'A vision states a horizon two to three years from today.';
export const appliesTo = ['vision'] as const;

interface Candidate {
	b: DocBlock;
	t: TimeMention;
	from: number;
	to: number;
}

function furthest(list: Candidate[]): Candidate | null {
	let best: Candidate | null = null;
	for (const c of list) if (!best || c.to > best.to) best = c;
	return best;
}

function years(months: number): string {
	const y = Math.round((months / 12) * 10) / 10;
	return `${y} year${y === 1 ? '' : 's'}`;
}

export function check(ctx: RuleContext) {
	const { today } = ctx;
	const { minYears, maxYears } = ctx.config.horizon;
	const intro: Candidate[] = [];
	const all: Candidate[] = [];
	let inIntro = true;
	for (const b of blocksFor(ctx, id)) {
		if (b.block.type === 'heading' && b.block.depth >= 2) inIntro = false;
		for (const t of b.analysis.times) {
			const r = resolveTime(t, today);
			// Only the future can be a horizon; `in 2024` is history.
			if (r.to <= today) continue;
			const c = { b, t, from: r.from, to: r.to };
			all.push(c);
			if (inIntro) intro.push(c);
		}
	}
	const stated = furthest(intro) ?? furthest(all);
	const findings: Finding[] = [];
	if (!stated) {
		findings.push(
			findingOnDocument(ctx, {
				rule: id,
				severity: 'error',
				message: 'No stated horizon: the vision names no year or time span ahead.',
				hint: `Say in the title or introduction when this vision is for (${minYears}–${maxYears} years out, e.g. "by the end of ${Math.floor((today + minYears * 12) / 12)}").`
			})
		);
		return { findings, score: 0 };
	}
	const lo = today + minYears * 12;
	const hi = today + maxYears * 12;
	// A month of slack either side: `three years from now` written on the 1st is in range.
	if (stated.to >= lo - 1 && stated.from <= hi + 1) return { findings, score: 1 };
	const away = (stated.from + stated.to) / 2 - today;
	findings.push(
		findingAt(ctx, stated.b, stated.t.start, stated.t.end, {
			rule: id,
			severity: 'error',
			message: `Horizon "${stated.t.text}" is about ${years(away)} out; a vision looks ${minYears}–${maxYears} years ahead.`,
			hint:
				away < lo - today
					? 'This reads as a plan. Extrapolate your strategies further: where are users and the business in two to three years?'
					: 'This far out, nothing is checkable. Pull the horizon in to two or three years.',
			actual: [stated.t.text]
		})
	);
	const off = away < lo - today ? (lo - today - away) / 12 : (away - (hi - today)) / 12;
	return { findings, score: Math.max(0, 1 - off / Math.max(1, minYears)) * 0.5 };
}

/** The `horizon` rule. */
export const horizonRule: Rule = { id, description, appliesTo, check };
