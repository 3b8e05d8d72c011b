/**
 * One writer per document: a Web Lock named `doc:<id>`. The tab that holds it edits; any other
 * tab opens the document read-only. Chromium releases a lock when its holder's renderer dies,
 * so a crashed tab never blocks the document (RELIABILITY-NOTES, "Tabs").
 */

/** A held lock; call `release` when the document closes. */
export interface DocLock {
	release(): void;
}

/** The lock name for a document. Do not change without a migration of running tabs. */
export function lockName(id: string): string {
	return `doc:${id}`;
}

function locks(): LockManager | undefined {
	return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

function hold(name: string, options: LockOptions, signal?: AbortSignal): Promise<DocLock | null> {
	const manager = locks();
	// Without Web Locks we cannot coordinate; the revision check in storage still refuses a
	// write based on a stale revision.
	if (!manager) return Promise.resolve({ release() {} });
	return new Promise((resolve, reject) => {
		manager
			.request(name, { ...options, ...(signal ? { signal } : {}) }, (lock) => {
				if (!lock) {
					resolve(null);
					return undefined;
				}
				return new Promise<void>((release) => resolve({ release: () => release() }));
			})
			.catch((err: unknown) => reject(err));
	});
}

/** Take the document's lock if nobody holds it; `null` means another tab is editing. */
export function tryLockDoc(id: string): Promise<DocLock | null> {
	return hold(lockName(id), { ifAvailable: true });
}

/**
 * Wait until the document's lock is free and take it. Rejects with an `AbortError` when
 * `signal` aborts first.
 */
export async function waitForDocLock(id: string, signal: AbortSignal): Promise<DocLock> {
	const lock = await hold(lockName(id), {}, signal);
	return lock ?? { release() {} };
}

/** Whether some tab currently holds the document's lock. */
export async function isDocLocked(id: string): Promise<boolean> {
	const manager = locks();
	if (!manager) return false;
	const state = await manager.query();
	return (state.held ?? []).some((l) => l.name === lockName(id));
}

/** Ids of every document some tab holds the lock of. */
export async function lockedDocIds(): Promise<Set<string>> {
	const manager = locks();
	if (!manager) return new Set();
	const state = await manager.query();
	return new Set(
		(state.held ?? [])
			.map((l) => l.name ?? '')
			.filter((name) => name.startsWith('doc:'))
			.map((name) => name.slice(4))
	);
}
