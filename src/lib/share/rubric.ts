/**
 * The review rubric per document kind. Vision: Will Larson's criteria (Staff Engineer,
 * "Writing engineering strategy"): two to three years out, grounded in users and business,
 * optimistic not audacious, concrete and specific, one to two pages. Strategy: opinionated,
 * specific, rationale shown. Design doc: the method's own table in DESIGN.md.
 *
 * Criterion ids are written into review bundles: do not rename them.
 */
import type { DocKind } from '$lib/model/types';

/** One thing a reviewer scores from 1 to 5. */
export interface Criterion {
	id: string;
	name: string;
	/** What a 5 looks like, one sentence. */
	hint: string;
}

/** The criteria by kind, in the order they are shown. */
export const RUBRIC: Readonly<Record<DocKind, readonly Criterion[]>> = {
	vision: [
		{
			id: 'horizon',
			name: 'Two to three years out',
			hint: 'States where things will be in two to three years, not next quarter or a decade away.'
		},
		{
			id: 'grounded',
			name: 'Grounded in users and business',
			hint: 'Says what changes for users and for the business, not only for the technology.'
		},
		{
			id: 'optimistic',
			name: 'Optimistic, not audacious',
			hint: 'Ambitious but believable; no unlimited resources, no "zero incidents ever".'
		},
		{
			id: 'concrete',
			name: 'Concrete and specific',
			hint: 'Names systems, numbers and teams; a reader could tell whether it came true.'
		},
		{
			id: 'length',
			name: 'One to two pages',
			hint: 'Short enough to be read in full and remembered.'
		}
	],
	strategy: [
		{
			id: 'opinionated',
			name: 'Opinionated',
			hint: 'Makes choices a reasonable team could disagree with, and guides tradeoffs.'
		},
		{
			id: 'specific',
			name: 'Specific',
			hint: 'Written for this company and these systems; stops before it turns generic.'
		},
		{
			id: 'rationale',
			name: 'Rationale shown',
			hint: 'Every policy says why, so people can apply it to cases it does not name.'
		}
	],
	design: [
		{
			id: 'problem-first',
			name: 'Starts from the problem',
			hint: 'A specific problem statement comes before the proposal.'
		},
		{ id: 'specific', name: 'Specific', hint: 'Detailed specifics grounded in the real systems.' },
		{
			id: 'reasons',
			name: 'Decisions carry reasons',
			hint: 'Each decision gives its reasons and names the alternatives when contested.'
		}
	]
};

/** The lowest and highest score. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
