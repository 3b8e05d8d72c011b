/**
 * What a vision remembers of the weave it was drafted from, kept in the vision's `meta.weave`:
 * the strategies, the threads and contradictions the author was shown, which threads went in,
 * how each contradiction was resolved, and the fingerprint of every evidence sentence seen.
 * Re-running compares against it (`diff.ts`). Read with `readWeave`, which validates and never
 * throws.
 */
import type { Weave } from '$lib/analysis/types';
import { fingerprint } from '$lib/synthesis';
import { isResolved, type Resolution, type WeaveBoard } from './board';

// Stored in documents: do not change without a migration.
/** The key under a vision's `meta`. */
export const WEAVE_META_KEY = 'weave';
const TYPE = 'fivefold/weave';
const VERSION = 1;

/** The weave behind a vision draft. */
export interface WeaveRecord {
	type: typeof TYPE;
	version: typeof VERSION;
	/** When the draft was created or last appended to (ISO). */
	wovenAt: string;
	/** `weave.horizon.from` when drafted (YYYY-MM-DD). */
	horizon: string;
	/** Strategy ids, in the order they were picked. */
	sources: string[];
	/** Every thread id the author was shown. */
	threads: string[];
	/** Thread ids written into the vision. */
	drafted: string[];
	/** Every contradiction id the author was shown. */
	contradictions: string[];
	/** How contradictions were resolved (the unresolved ones went under Open questions). */
	resolutions: Record<string, Resolution>;
	/** Fingerprints of every thread evidence sentence seen (`fingerprint`). */
	evidence: string[];
}

const uniq = (list: string[]) => [...new Set(list)];

function resolvedOnly(board: WeaveBoard, ids: readonly string[]): Record<string, Resolution> {
	const out: Record<string, Resolution> = {};
	for (const id of ids) {
		const r = board.resolutions[id];
		if (r && isResolved(r)) out[id] = r;
	}
	return out;
}

/** The record for a vision drafted now from `weave` over `sources`, with the page's `board`. */
export function weaveRecord(
	sources: readonly string[],
	weave: Weave,
	board: WeaveBoard,
	now = new Date()
): WeaveRecord {
	const contradictions = weave.contradictions.map((c) => c.id);
	return {
		type: TYPE,
		version: VERSION,
		wovenAt: now.toISOString(),
		horizon: weave.horizon.from,
		sources: [...sources],
		threads: uniq(weave.threads.map((t) => t.id)),
		drafted: weave.threads.filter((t) => !board.dropped.includes(t.id)).map((t) => t.id),
		contradictions: uniq(contradictions),
		resolutions: resolvedOnly(board, contradictions),
		evidence: uniq(weave.threads.flatMap((t) => t.evidence.map(fingerprint)))
	};
}

/** The record after appending `threads` and settling `contradictions`, having seen `weave`. */
export function afterWeaveAppend(
	record: WeaveRecord,
	weave: Weave,
	board: WeaveBoard,
	appended: { threads: readonly string[]; contradictions: readonly string[] },
	sources: readonly string[] = record.sources,
	now = new Date()
): WeaveRecord {
	return {
		...record,
		wovenAt: now.toISOString(),
		sources: uniq([...record.sources, ...sources]),
		threads: uniq([...record.threads, ...weave.threads.map((t) => t.id)]),
		drafted: uniq([...record.drafted, ...appended.threads]),
		contradictions: uniq([...record.contradictions, ...weave.contradictions.map((c) => c.id)]),
		resolutions: { ...record.resolutions, ...resolvedOnly(board, appended.contradictions) },
		evidence: uniq([
			...record.evidence,
			...weave.threads.flatMap((t) => t.evidence.map(fingerprint))
		])
	};
}

const strings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((s) => typeof s === 'string');

function readResolutions(v: unknown): Record<string, Resolution> | null {
	if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
	const out: Record<string, Resolution> = {};
	for (const [id, r] of Object.entries(v as Record<string, unknown>)) {
		if (!r || typeof r !== 'object') return null;
		const o = r as Record<string, unknown>;
		if (o.keep === 'a' || o.keep === 'b') out[id] = { keep: o.keep };
		else if (typeof o.reconcile === 'string') out[id] = { reconcile: o.reconcile };
		else return null;
	}
	return out;
}

/** A document's weave record, or null when it has none or it is not valid. */
export function readWeave(meta: unknown): WeaveRecord | null {
	if (!meta || typeof meta !== 'object') return null;
	const r = (meta as Record<string, unknown>)[WEAVE_META_KEY] as
		Record<string, unknown> | undefined;
	if (!r || typeof r !== 'object' || r.type !== TYPE || r.version !== VERSION) return null;
	if (typeof r.wovenAt !== 'string' || typeof r.horizon !== 'string') return null;
	const { sources, threads, drafted, contradictions, evidence } = r;
	if (!strings(sources) || !strings(threads) || !strings(drafted)) return null;
	if (!strings(contradictions) || !strings(evidence)) return null;
	const resolutions = readResolutions(r.resolutions);
	if (!resolutions) return null;
	return {
		type: TYPE,
		version: VERSION,
		wovenAt: r.wovenAt,
		horizon: r.horizon,
		sources: [...sources],
		threads: [...threads],
		drafted: [...drafted],
		contradictions: [...contradictions],
		resolutions,
		evidence: [...evidence]
	};
}

/** `meta` with the weave record set (other features' keys kept). */
export function withWeave(
	meta: Record<string, unknown>,
	record: WeaveRecord
): Record<string, unknown> {
	return { ...meta, [WEAVE_META_KEY]: record };
}
