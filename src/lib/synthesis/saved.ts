/**
 * The Synthesize board as stored between visits (`DocStore.writeSynthesis`): the pick, the docs
 * the board came from, the extracted decisions and the board itself. `readSavedBoard` checks the
 * shape and returns null for anything else, so a damaged or older value only means a fresh board.
 */
import type { ExtractedDecision } from '$lib/analysis/extract';
import type { Board, Group } from './board';

/** Bumped when the shape changes; an older value is dropped (the author runs again). */
export const SAVED_BOARD_VERSION = 1;

export interface SavedBoard {
	version: typeof SAVED_BOARD_VERSION;
	picked: string[];
	ranOn: string[];
	decisions: ExtractedDecision[];
	board: Board;
}

const isStrings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((s) => typeof s === 'string');
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function isGroup(g: unknown): g is Group {
	return (
		isObject(g) &&
		typeof g.key === 'string' &&
		['extracted', 'split', 'hand'].includes(g.origin as string) &&
		['pending', 'accepted', 'dropped'].includes(g.status as string) &&
		isStrings(g.decisionIds) &&
		typeof g.summary === 'string' &&
		typeof g.policy === 'string' &&
		typeof g.reworded === 'boolean' &&
		Array.isArray(g.evidence) &&
		g.evidence.every(
			(e) => isObject(e) && typeof e.doc === 'string' && typeof e.text === 'string'
		) &&
		isStrings(g.rationale) &&
		isStrings(g.alternatives) &&
		typeof g.controversial === 'boolean'
	);
}

/** What to store for the page's current state. */
export function savedBoard(
	picked: readonly string[],
	ranOn: readonly string[],
	decisions: readonly ExtractedDecision[],
	board: Board
): SavedBoard {
	return {
		version: SAVED_BOARD_VERSION,
		picked: [...picked],
		ranOn: [...ranOn],
		decisions: [...decisions],
		board
	};
}

/**
 * A stored board, or null when `value` is not one, or when a doc it was built from is gone
 * (`present` = the design docs in the workspace now).
 */
export function readSavedBoard(value: unknown, present: readonly string[]): SavedBoard | null {
	if (!isObject(value) || value.version !== SAVED_BOARD_VERSION) return null;
	const { picked, ranOn, decisions, board } = value;
	if (!isStrings(picked) || !isStrings(ranOn) || !Array.isArray(decisions)) return null;
	if (!decisions.every((d) => isObject(d) && typeof d.id === 'string' && Array.isArray(d.evidence)))
		return null;
	if (!isObject(board) || typeof board.next !== 'number' || !Array.isArray(board.groups))
		return null;
	if (!board.groups.every(isGroup)) return null;
	if (!ranOn.every((id) => present.includes(id))) return null;
	return {
		version: SAVED_BOARD_VERSION,
		picked: picked.filter((id) => present.includes(id)),
		ranOn,
		decisions: decisions as unknown as ExtractedDecision[],
		board: { next: board.next, groups: board.groups }
	};
}

/** The last pick as stored, or null. */
export function readLastPick(value: unknown): string[] | null {
	return isStrings(value) ? value : null;
}
