/**
 * The Weave vision page's working state, as data that survives a reload: the strategies picked,
 * the ones the shown results came from, how each contradiction is resolved and which threads
 * are dropped. Operations are pure (`WeaveBoard → WeaveBoard`); `readBoard` validates what
 * storage returns and never throws.
 */

/** How the author settles a contradiction: keep one side, or write the reconciliation. */
export type Resolution =
	| { keep: 'a' }
	| { keep: 'b' }
	| {
			/** The author's own words, "X even over Y". */
			reconcile: string;
	  };

/** The author's verdict on a pair worth comparing (`Weave.toCompare`). */
export type Verdict = 'conflict' | 'agree';

/** What the page keeps between visits. */
export interface WeaveBoard {
	version: 1;
	/** Strategy ids picked, in pick order. */
	picked: string[];
	/** The strategies the last run used (empty until the first run). */
	ranOn: string[];
	/** Contradiction id → resolution. */
	resolutions: Record<string, Resolution>;
	/** Thread ids the author left out of the vision (threads are in by default). */
	dropped: string[];
	/** The vision's title as typed on the page (empty: the default). */
	title: string;
	/**
	 * Pair id → the author's verdict on a pair worth comparing: a conflict joins the
	 * contradictions (same id space, so its resolution is in `resolutions`), an agreement is
	 * dismissed. Absent from boards stored before it existed: read as `{}`.
	 */
	compared: Record<string, Verdict>;
}

/** A board with nothing decided yet. */
export function emptyBoard(picked: readonly string[] = []): WeaveBoard {
	return {
		version: 1,
		picked: [...picked],
		ranOn: [],
		resolutions: {},
		dropped: [],
		title: '',
		compared: {}
	};
}

/** Most characters kept of a reconciliation (longer input is cut, never refused). */
export const MAX_RECONCILE = 2000;

/** Pick or unpick a strategy. */
export function togglePick(board: WeaveBoard, id: string, on: boolean): WeaveBoard {
	const rest = board.picked.filter((p) => p !== id);
	return { ...board, picked: on ? [...rest, id] : rest };
}

/** Record which strategies the results now shown came from. */
export function ranOn(board: WeaveBoard, ids: readonly string[]): WeaveBoard {
	return { ...board, ranOn: [...ids] };
}

/**
 * Resolve a contradiction. A reconciliation is kept as typed (cut to `MAX_RECONCILE`), even
 * while empty, so a half-written one survives a reload; `isResolved` decides whether it counts.
 */
export function resolve(board: WeaveBoard, id: string, resolution: Resolution): WeaveBoard {
	const r: Resolution =
		'reconcile' in resolution
			? { reconcile: resolution.reconcile.slice(0, MAX_RECONCILE) }
			: { keep: resolution.keep };
	return { ...board, resolutions: { ...board.resolutions, [id]: r } };
}

/** Forget how a contradiction was resolved. */
export function unresolve(board: WeaveBoard, id: string): WeaveBoard {
	if (!(id in board.resolutions)) return board;
	const resolutions = { ...board.resolutions };
	delete resolutions[id];
	return { ...board, resolutions };
}

/**
 * Judge a pair worth comparing, or take the verdict back (`null`). A pair that no longer
 * conflicts loses its resolution.
 */
export function setVerdict(board: WeaveBoard, id: string, verdict: Verdict | null): WeaveBoard {
	const compared = { ...board.compared };
	if (verdict) compared[id] = verdict;
	else delete compared[id];
	const next = { ...board, compared };
	return verdict === 'conflict' ? next : unresolve(next, id);
}

/** Keep a thread in the vision, or leave it out. */
export function setThread(board: WeaveBoard, id: string, keep: boolean): WeaveBoard {
	const rest = board.dropped.filter((d) => d !== id);
	return { ...board, dropped: keep ? rest : [...rest, id] };
}

/** Set the vision's title (trimmed on use, not here, so typing a space works). */
export function setTitle(board: WeaveBoard, title: string): WeaveBoard {
	return { ...board, title: title.slice(0, 300) };
}

/** Whether a resolution settles its contradiction: a side kept, or a reconciliation written. */
export function isResolved(r: Resolution | undefined): boolean {
	if (!r) return false;
	return 'reconcile' in r ? r.reconcile.trim().length > 0 : true;
}

const strings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((s) => typeof s === 'string');

function readResolution(v: unknown): Resolution | null {
	if (!v || typeof v !== 'object') return null;
	const r = v as Record<string, unknown>;
	if (r.keep === 'a' || r.keep === 'b') return { keep: r.keep };
	if (typeof r.reconcile === 'string') return { reconcile: r.reconcile.slice(0, MAX_RECONCILE) };
	return null;
}

function readVerdicts(v: unknown): Record<string, Verdict> {
	const out: Record<string, Verdict> = {};
	if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
	for (const [id, x] of Object.entries(v as Record<string, unknown>))
		if (x === 'conflict' || x === 'agree') out[id] = x;
	return out;
}

/** A stored board, validated; null for anything that is not one (the page then starts fresh). */
export function readBoard(raw: unknown): WeaveBoard | null {
	if (!raw || typeof raw !== 'object') return null;
	const b = raw as Record<string, unknown>;
	if (b.version !== 1 || !strings(b.picked) || !strings(b.ranOn) || !strings(b.dropped))
		return null;
	if (!b.resolutions || typeof b.resolutions !== 'object' || Array.isArray(b.resolutions))
		return null;
	const resolutions: Record<string, Resolution> = {};
	for (const [id, v] of Object.entries(b.resolutions as Record<string, unknown>)) {
		const r = readResolution(v);
		if (r) resolutions[id] = r;
	}
	return {
		version: 1,
		picked: [...b.picked],
		ranOn: [...b.ranOn],
		resolutions,
		dropped: [...b.dropped],
		title: typeof b.title === 'string' ? b.title.slice(0, 300) : '',
		compared: readVerdicts(b.compared)
	};
}

/** The board with strategies that no longer exist left out of the pick and the run. */
export function withExisting(board: WeaveBoard, ids: readonly string[]): WeaveBoard {
	const keep = (list: string[]) => list.filter((id) => ids.includes(id));
	return { ...board, picked: keep(board.picked), ranOn: keep(board.ranOn) };
}
