/**
 * Results, not exceptions: every storage call resolves to one of these, so a full disk or a
 * missing IndexedDB becomes a visible state instead of an unhandled rejection.
 */

/** Why a storage call failed. */
export type StorageErrorKind =
	/** The origin's quota is used up (`QuotaExceededError`). */
	| 'quota'
	/** IndexedDB is missing or refuses to open (private modes, disabled storage). */
	| 'unavailable'
	/** The stored data vanished under us (the browser evicted or cleared the origin). */
	| 'evicted'
	/** Another writer changed the document since we last read it. */
	| 'conflict'
	/** A stored value failed validation. */
	| 'corrupt'
	/** Anything else IndexedDB threw. */
	| 'failed';

/** A storage failure as data: a kind to branch on and a sentence to show. */
export interface StorageError {
	kind: StorageErrorKind;
	message: string;
	cause?: unknown;
}

/** The outcome of a storage call. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** Wrap a value as a success. */
export function ok<T>(value: T): StorageResult<T> {
	return { ok: true, value };
}

/** Wrap an error as a failure. */
export function fail<T = never>(
	kind: StorageErrorKind,
	message: string,
	cause?: unknown
): StorageResult<T> {
	return { ok: false, error: { kind, message, cause } };
}

const MESSAGES: Record<StorageErrorKind, string> = {
	quota: 'Your browser’s storage for this site is full, so changes are not being saved.',
	unavailable: 'This browser is not letting Fivefold use its storage (IndexedDB).',
	evicted: 'The browser cleared this site’s stored data.',
	conflict: 'This document was changed in another tab.',
	corrupt: 'A stored document could not be read.',
	failed: 'Saving failed.'
};

/**
 * Turn anything IndexedDB threw into a `StorageError`. Classifies by `name`, because Chromium's
 * `QuotaExceededError` has an empty message (RELIABILITY-NOTES, "Storage trouble").
 */
export function classifyError(cause: unknown): StorageError {
	const name =
		cause && typeof cause === 'object' && 'name' in cause ? String(cause.name) : undefined;
	let kind: StorageErrorKind = 'failed';
	if (name === 'QuotaExceededError') kind = 'quota';
	else if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError')
		kind = 'unavailable';
	const detail =
		cause && typeof cause === 'object' && 'message' in cause && String(cause.message)
			? ` (${String(cause.message)})`
			: name
				? ` (${name})`
				: '';
	return { kind, message: MESSAGES[kind] + (kind === 'failed' ? detail : ''), cause };
}

/** The standard sentence for an error kind. */
export function errorMessage(kind: StorageErrorKind): string {
	return MESSAGES[kind];
}
