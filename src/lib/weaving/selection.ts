/**
 * Which strategies a weave runs over: two or more, five the target. Fewer than five is allowed
 * with a gentle note; fewer than two cannot share a thread or contradict each other.
 */
import type { SelectionStatus } from '$lib/synthesis';

/** The method's target number of strategies. */
export const TARGET_STRATEGIES = 5;
/** Fewest strategies a thread can run through. */
export const MIN_STRATEGIES = 2;

/** The run button's state for `picked` of `available` strategies. */
export function weaveSelectionStatus(picked: number, available: number): SelectionStatus {
	if (available < MIN_STRATEGIES)
		return {
			canRun: false,
			reason: `A vision weaves directions that several strategies share, so it needs at least ${MIN_STRATEGIES} strategies. This workspace has ${available}: write or synthesize ${MIN_STRATEGIES - available} more.`,
			note: null
		};
	if (picked < MIN_STRATEGIES)
		return {
			canRun: false,
			reason: `Pick at least ${MIN_STRATEGIES} strategies: a thread runs through two or more, and a contradiction needs two sides.`,
			note: null
		};
	if (picked < TARGET_STRATEGIES)
		return {
			canRun: true,
			reason: null,
			note: `${picked} of ${TARGET_STRATEGIES} strategies. It works, but five give threads more room to show.`
		};
	if (picked > TARGET_STRATEGIES)
		return {
			canRun: true,
			reason: null,
			note: `${picked} strategies: more than five is fine, though a vision usually extrapolates a recent five.`
		};
	return { canRun: true, reason: null, note: null };
}
