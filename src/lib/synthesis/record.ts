/**
 * What a strategy remembers of the synthesis it was drafted from, kept in the strategy's
 * `meta.synthesis`: the design docs, which decisions were seen, accepted and dropped, and the
 * fingerprint of every evidence sentence seen. Re-running compares against it (`diff.ts`).
 * Read with `readSynthesis`, which validates and never throws.
 */
import type { ExtractedDecision } from '$lib/analysis/extract';
import type { Board, Group } from './board';
import { fingerprint } from './evidence';

// Stored in documents: do not change without a migration.
/** The key under a strategy's `meta`. */
export const SYNTHESIS_META_KEY = 'synthesis';
const TYPE = 'fivefold/synthesis';
const VERSION = 1;

/** The synthesis behind a strategy draft. */
export interface SynthesisRecord {
	type: typeof TYPE;
	version: typeof VERSION;
	/** When the draft was created or last appended to (ISO). */
	draftedAt: string;
	/** Design doc ids, in the order they were picked. */
	sources: string[];
	/** Every decision id the author was shown. */
	seen: string[];
	/** Decision ids behind accepted policies. */
	accepted: string[];
	/** Decision ids the author dropped. */
	dropped: string[];
	/** Fingerprints of every evidence sentence seen (`fingerprint`). */
	evidence: string[];
}

const uniq = (list: string[]) => [...new Set(list)];

/** The record for a draft made now from `decisions` (all shown) and the board's `groups`. */
export function synthesisRecord(
	sources: readonly string[],
	decisions: readonly ExtractedDecision[],
	groups: readonly Group[],
	now = new Date()
): SynthesisRecord {
	const ids = (status: Group['status']) =>
		uniq(groups.filter((g) => g.status === status).flatMap((g) => g.decisionIds));
	return {
		type: TYPE,
		version: VERSION,
		draftedAt: now.toISOString(),
		sources: [...sources],
		seen: uniq(decisions.map((d) => d.id)),
		accepted: ids('accepted'),
		dropped: ids('dropped'),
		evidence: uniq(decisions.flatMap((d) => d.evidence.map(fingerprint)))
	};
}

/** The record after appending `appended` decision ids, having now seen `decisions`. */
export function afterAppend(
	record: SynthesisRecord,
	decisions: readonly ExtractedDecision[],
	appended: readonly string[],
	sources: readonly string[] = record.sources,
	now = new Date()
): SynthesisRecord {
	return {
		...record,
		draftedAt: now.toISOString(),
		sources: uniq([...record.sources, ...sources]),
		seen: uniq([...record.seen, ...decisions.map((d) => d.id)]),
		accepted: uniq([...record.accepted, ...appended]),
		evidence: uniq([...record.evidence, ...decisions.flatMap((d) => d.evidence.map(fingerprint))])
	};
}

const strings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A document's synthesis record, or null when it has none or it is not valid. */
export function readSynthesis(meta: unknown): SynthesisRecord | null {
	if (!meta || typeof meta !== 'object') return null;
	const r = (meta as Record<string, unknown>)[SYNTHESIS_META_KEY] as
		Record<string, unknown> | undefined;
	if (!r || typeof r !== 'object' || r.type !== TYPE || r.version !== VERSION) return null;
	if (typeof r.draftedAt !== 'string') return null;
	const { sources, seen, accepted, dropped, evidence } = r;
	if (!strings(sources) || !strings(seen) || !strings(accepted) || !strings(dropped)) return null;
	if (!strings(evidence)) return null;
	return {
		type: TYPE,
		version: VERSION,
		draftedAt: r.draftedAt,
		sources: [...sources],
		seen: [...seen],
		accepted: [...accepted],
		dropped: [...dropped],
		evidence: [...evidence]
	};
}

/** `meta` with the synthesis record set (other features' keys kept). */
export function withSynthesis(
	meta: Record<string, unknown>,
	record: SynthesisRecord
): Record<string, unknown> {
	return { ...meta, [SYNTHESIS_META_KEY]: record };
}

/**
 * A fresh board with the statuses a draft recorded: decisions accepted then are accepted (they
 * are in the strategy already), decisions dropped then are dropped; anything else stays pending.
 */
export function restoreStatuses(board: Board, record: SynthesisRecord): Board {
	const accepted = new Set(record.accepted);
	const dropped = new Set(record.dropped);
	return {
		...board,
		groups: board.groups.map((g) =>
			g.decisionIds.some((id) => accepted.has(id))
				? { ...g, status: 'accepted' }
				: g.decisionIds.some((id) => dropped.has(id))
					? { ...g, status: 'dropped' }
					: g
		)
	};
}

/** Whether a group's policy is already in the strategy `record` was drafted into. */
export function inDraft(group: Group, record: SynthesisRecord): boolean {
	return group.decisionIds.some((id) => record.accepted.includes(id));
}

/** Accepted groups not yet in the strategy: what "Append" adds at its end. */
export function appendable(groups: readonly Group[], record: SynthesisRecord): Group[] {
	return groups.filter((g) => g.status === 'accepted' && !inDraft(g, record));
}
