/**
 * What is new since a vision was woven: threads nobody saw (by id, or with fewer than half their
 * evidence sentences seen, as ids follow evidence that an edit may change), contradictions not
 * shown then, and strategies added or gone. `appendVisionMarkdown` writes the new threads and
 * contradictions under a dated heading for the end of the vision; it never touches the body.
 */
import type { Contradiction, Thread, Weave } from '$lib/analysis/types';
import { fingerprint, type SourceDoc } from '$lib/synthesis';
import { isResolved, type WeaveBoard } from './board';
import {
	monthYear,
	openQuestionMarkdown,
	resolvedMarkdown,
	threadMarkdown,
	wovenFromMarkdown
} from './draft';
import type { WeaveRecord } from './record';

/** What a re-run found that the vision has not seen. */
export interface NewSinceWeave {
	threads: Thread[];
	contradictions: Contradiction[];
	/** Strategies picked now that the vision was not woven from. */
	added: string[];
	/** Strategies the vision was woven from that are not in this run. */
	missing: string[];
}

/** Whether a thread was seen when the vision was woven (or appended to). */
export function threadSeen(thread: Thread, record: WeaveRecord): boolean {
	if (record.threads.includes(thread.id)) return true;
	const seen = thread.evidence.filter((e) => record.evidence.includes(fingerprint(e))).length;
	return thread.evidence.length > 0 && seen * 2 >= thread.evidence.length;
}

/** The threads and contradictions in `weave` that `record` has not seen. */
export function newSinceWeave(
	record: WeaveRecord,
	weave: Weave,
	picked: readonly string[]
): NewSinceWeave {
	return {
		threads: weave.threads.filter((t) => !threadSeen(t, record)),
		contradictions: weave.contradictions.filter((c) => !record.contradictions.includes(c.id)),
		added: picked.filter((id) => !record.sources.includes(id)),
		missing: record.sources.filter((id) => !picked.includes(id))
	};
}

/**
 * The Markdown appended to a vision on re-run: the new threads the author kept, the new
 * contradictions (resolved, or as open questions), and Woven from when strategies were added.
 */
export function appendVisionMarkdown(input: {
	diff: NewSinceWeave;
	weave: Weave;
	board: WeaveBoard;
	sources: readonly SourceDoc[];
	today: string;
}): string {
	const { diff, weave, board, sources, today } = input;
	const by = monthYear(weave.horizon.from);
	const threads = diff.threads.filter((t) => !board.dropped.includes(t.id));
	const out = [`## Added on ${today}`, ''];
	if (threads.length)
		out.push(
			`Threads found when the strategies were woven again on ${today}; each is a scaffold to fill.`,
			''
		);
	for (const t of threads)
		out.push(threadMarkdown(t, weave, sources, by).replace(/^## /, '### '), '');
	const resolved = diff.contradictions.filter((c) => isResolved(board.resolutions[c.id]));
	const open = diff.contradictions.filter((c) => !isResolved(board.resolutions[c.id]));
	for (const c of resolved) out.push(resolvedMarkdown(c, board.resolutions[c.id], sources, by), '');
	if (open.length) {
		out.push(`### Open questions added on ${today}`, '');
		for (const c of open) out.push(openQuestionMarkdown(c, sources), '');
	}
	if (diff.added.length)
		out.push(
			wovenFromMarkdown(sources).replace('## Woven from', `### Woven from, as of ${today}`),
			''
		);
	return (
		out
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}

/** Whether a re-run has anything to append. */
export function hasNews(diff: NewSinceWeave, board: WeaveBoard): boolean {
	return diff.threads.some((t) => !board.dropped.includes(t.id)) || diff.contradictions.length > 0;
}
