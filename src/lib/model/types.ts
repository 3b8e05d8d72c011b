/**
 * Domain types for Fivefold's data: documents, dismissals, workspace settings and the
 * workspace as a whole. Plain JSON-serialisable shapes; validation lives in `envelope.ts`.
 */

import type { Dismissal, DocKind } from '../analysis/types.js';

// Document kinds and dismissals are the engine's types (one home: $lib/analysis/types.ts).
export { DOC_KINDS, isDocKind, type Dismissal, type DocKind } from '../analysis/types.js';

/**
 * A dismissal as a document stores it: the rule id is kept as written, so a dismissal of a
 * rule this version does not know (made by a newer one) survives a save. The checker reads
 * only the ones whose rule it knows (`restoreDismissals` in $lib/editor/checker/dismissals.ts).
 */
export type StoredDismissal = Omit<Dismissal, 'rule'> & { rule: string };

/** One document of the workspace. */
export interface DocRecord {
	/** Stable id (`crypto.randomUUID()` for new documents). */
	id: string;
	kind: DocKind;
	title: string;
	/** ProseMirror JSON of the body (a `doc` node of `$lib/markdown`'s schema). */
	content: unknown;
	/** ms since the epoch. */
	createdAt: number;
	/** ms since the epoch. */
	updatedAt: number;
	/** Bumped on every saved change; storage compares it to detect concurrent writers. */
	revision: number;
	/** Ids of the documents it was drafted from (a strategy's design docs, a vision's strategies). */
	sources: string[];
	dismissed: StoredDismissal[];
	/** Review comments; their shape belongs to the review feature. Validated as bounded JSON. */
	comments: unknown[];
	/** Feature data, e.g. synthesis state. Validated as a bounded JSON object. */
	meta: Record<string, unknown>;
}

/** A JSON value as `JSON.parse` produces it. */
export type JsonValue =
	null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Workspace settings. The checker's settings are defined by a later feature; until then this
 * is any JSON object of bounded size without prototype keys.
 */
export type Settings = { [key: string]: JsonValue };

/** Everything a workspace holds: what backups and workspace files carry. */
export interface WorkspaceData {
	docs: DocRecord[];
	settings: Settings;
}

/** The outcome of anything that reads untrusted input: a value, or why there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
