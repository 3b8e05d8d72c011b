/** The three shelves of the workspace, in order, with the words each one uses. */
import type { DocKind } from './model';

/** One shelf's copy. */
export interface ShelfInfo {
	kind: DocKind;
	title: string;
	/** One document of this kind, as a label ("Strategy"). */
	singular: string;
	/** Plural noun for "3 of 5 …". */
	noun: string;
	blurb: string;
}

/** Design docs, strategies, visions. */
export const SHELVES: ShelfInfo[] = [
	{
		kind: 'design',
		title: 'Design docs',
		singular: 'Design doc',
		noun: 'design docs',
		blurb: 'One problem each, with the decision and why.'
	},
	{
		kind: 'strategy',
		title: 'Strategies',
		singular: 'Strategy',
		noun: 'strategies',
		blurb: 'The decisions that recur across five design docs.'
	},
	{
		kind: 'vision',
		title: 'Visions',
		singular: 'Vision',
		noun: 'visions',
		blurb: 'Five strategies, two to three years out.'
	}
];
