/**
 * Helpers for the rule tests: run the checker and keep one rule's findings, in a compact
 * shape a table can state (`severity line:column actual…`).
 */
import { createChecker, type CheckOptions } from '../check.js';
import type { Finding, RuleId } from '../types.js';

/** The findings of one rule for a document. */
export function findingsOf(rule: RuleId, markdown: string, opts: CheckOptions): Finding[] {
	return createChecker()
		.check(markdown, opts)
		.findings.filter((f) => f.rule === rule);
}

/** A finding as `severity line:column` for compact expectations. */
export function brief(f: Finding): string {
	return `${f.severity} ${f.line}:${f.column}`;
}

/** A paragraph of `n` words of concrete, reasoned prose, to reach a length threshold. */
export function filler(n: number, seed = 0): string {
	const words: string[] = [];
	const base =
		'Gate 4 at Valencia clears 210 trucks an hour because the slot service spreads arrivals across the shift'.split(
			' '
		);
	for (let i = 0; words.length < n; i++) words.push(base[(i + seed) % base.length]);
	return words.join(' ') + '.';
}
