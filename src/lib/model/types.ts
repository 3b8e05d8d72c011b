/**
 * Domain types for Fivefold's data: documents, dismissals, workspace settings and the
 * workspace as a whole. Plain JSON-serialisable shapes; validation lives in `envelope.ts`.
 */

/** The three kinds of document the method works with. */
export type DocKind = 'design' | 'strategy' | 'vision';

/** Every kind, in shelf order. */
export const DOC_KINDS: readonly DocKind[] = ['design', 'strategy', 'vision'];

/** Whether a value is one of the document kinds. */
export function isDocKind(value: unknown): value is DocKind {
	return value === 'design' || value === 'strategy' || value === 'vision';
}

/** A checker finding the author dismissed, with their reason. */
export interface Dismissal {
	/** Stable rule id, e.g. `hedge`. */
	rule: string;
	/** The text the finding was about, to recognise it again after edits. */
	excerpt: string;
	reason: string;
	/** When it was dismissed (ms since the epoch). */
	at: number;
}

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
	dismissed: Dismissal[];
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
