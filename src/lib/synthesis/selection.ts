/**
 * Which design docs a synthesis runs over: two or more, five the target. Fewer than five is
 * allowed with a gentle note; fewer than two cannot find anything that recurs.
 */

/** The method's target number of design docs. */
export const TARGET_DOCS = 5;
/** Fewest docs a decision can recur across. */
export const MIN_DOCS = 2;

/** Whether the run can start, and what to tell the author. */
export interface SelectionStatus {
	canRun: boolean;
	/** Why the run is disabled (only when `canRun` is false). */
	reason: string | null;
	/** A gentle note that does not block (fewer or more than five). */
	note: string | null;
}

/** The run button's state for `picked` of `available` design docs. */
export function selectionStatus(picked: number, available: number): SelectionStatus {
	if (available < MIN_DOCS)
		return {
			canRun: false,
			reason: `A strategy pulls out decisions that recur, so it needs at least ${MIN_DOCS} design docs. This workspace has ${available}: write or import ${MIN_DOCS - available} more.`,
			note: null
		};
	if (picked < MIN_DOCS)
		return {
			canRun: false,
			reason: `Pick at least ${MIN_DOCS} design docs: a decision recurs only across two or more.`,
			note: null
		};
	if (picked < TARGET_DOCS)
		return {
			canRun: true,
			reason: null,
			note: `${picked} of ${TARGET_DOCS} design docs. It works, but five give recurring decisions more room to show.`
		};
	if (picked > TARGET_DOCS)
		return {
			canRun: true,
			reason: null,
			note: `${picked} design docs: more than five is fine, though a strategy usually draws on a closely related five.`
		};
	return { canRun: true, reason: null, note: null };
}

/**
 * The docs picked when the page opens: a strategy's own sources when re-running (those still
 * present), else the five most recently edited design docs (`ids` are most recent first).
 */
export function initialPick(ids: readonly string[], sources: readonly string[] = []): string[] {
	const kept = sources.filter((id) => ids.includes(id));
	return kept.length ? kept : ids.slice(0, TARGET_DOCS);
}

/** Fewest words a design doc needs to be picked without the author asking for it. */
export const MIN_PICK_WORDS = 150;

/** A design doc as the default pick sees it: most recently edited first. */
export interface PickCandidate {
	id: string;
	words: number;
}

/** The default pick and, for every design doc, why it is (or is not) picked. */
export interface DefaultPick {
	picked: string[];
	/** Shown beside each doc: "picked last time", "recently edited", "only 38 words (under 150)…"… */
	reasons: Record<string, string>;
}

/**
 * The docs picked when the page opens, each with its reason: a strategy's own sources when
 * re-running, else the last pick (those still present), else the five most recently edited.
 * A doc under `MIN_PICK_WORDS` words is never picked by default: it is listed with its length.
 */
export function defaultPick(
	docs: readonly PickCandidate[],
	{
		sources = [],
		lastPick = []
	}: { sources?: readonly string[]; lastPick?: readonly string[] } = {}
): DefaultPick {
	const reasons: Record<string, string> = {};
	const long = docs.filter((d) => {
		if (d.words >= MIN_PICK_WORDS) return true;
		reasons[d.id] =
			`only ${d.words} ${d.words === 1 ? 'word' : 'words'} (under ${MIN_PICK_WORDS}), ` +
			'not picked by default';
		return false;
	});
	const ids = long.map((d) => d.id);
	const from = (list: readonly string[], why: string): string[] => {
		const kept = list.filter((id) => ids.includes(id));
		for (const id of kept) reasons[id] = why;
		return kept;
	};
	let picked = from(sources, 'a source of this strategy');
	if (!picked.length) picked = from(lastPick, 'picked last time');
	if (!picked.length) picked = from(ids.slice(0, TARGET_DOCS), 'recently edited');
	return { picked, reasons };
}
