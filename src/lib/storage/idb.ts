/**
 * The few IndexedDB primitives the store needs on top of idb-keyval's `createStore`:
 * promisified requests and whole transactions whose promise settles only on commit.
 */
import { createStore, type UseStore } from 'idb-keyval';
import { DB_NAME, STORE_NAME, useKeyRange } from './keys';

/** Where documents are kept: IndexedDB, or memory when the browser refuses IndexedDB. */
export interface Backend {
	use: UseStore;
	/** True when nothing survives the tab (private modes, storage disabled). */
	memory: boolean;
}

/** How long opening IndexedDB may take before we treat it as unavailable. */
const OPEN_TIMEOUT_MS = 5000;

/** Whether IndexedDB opens here (creating the store as idb-keyval would). */
function probe(dbName: string): Promise<boolean> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve(false), OPEN_TIMEOUT_MS);
		const done = (ok: boolean) => {
			clearTimeout(timer);
			resolve(ok);
		};
		try {
			const req = indexedDB.open(dbName);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE_NAME);
			req.onsuccess = () => {
				const ok = req.result.objectStoreNames.contains(STORE_NAME);
				req.result.close();
				done(ok);
			};
			req.onerror = () => done(false);
		} catch {
			done(false);
		}
	});
}

/** The same as idb-keyval's `createStore`, on a given factory (the in-memory one). */
function createStoreOn(factory: IDBFactory, dbName: string): UseStore {
	let dbp: Promise<IDBDatabase> | undefined;
	const getDB = () => {
		if (dbp) return dbp;
		const req = factory.open(dbName);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE_NAME);
		dbp = request(req);
		return dbp;
	};
	return (mode, callback) =>
		getDB().then((db) => callback(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME)));
}

/**
 * Open the app's object store: IndexedDB when it works (idb-keyval reopens it if the browser
 * closes it), else an in-memory IndexedDB (fake-indexeddb, loaded only then) so the app still
 * works for this tab (RELIABILITY-NOTES: "Private modes may have no IndexedDB").
 */
export async function openBackend(dbName = DB_NAME): Promise<Backend> {
	if (hasIndexedDb() && (await probe(dbName))) {
		return { use: createStore(dbName, STORE_NAME), memory: false };
	}
	const fake = await import('fake-indexeddb');
	useKeyRange(fake.IDBKeyRange);
	return { use: createStoreOn(fake.indexedDB, dbName), memory: true };
}

/** Whether this browser exposes IndexedDB at all. */
export function hasIndexedDb(): boolean {
	try {
		return typeof indexedDB !== 'undefined' && indexedDB !== null;
	} catch {
		// Some privacy modes throw on mere access.
		return false;
	}
}

/** Resolve with a request's result, reject with its error. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** Thrown inside a transaction body to abort it with a known reason. */
export class AbortReason extends Error {
	constructor(readonly reason: 'conflict' | 'missing' | 'corrupt' | 'test') {
		super(reason);
	}
}

/**
 * Run `body` in one transaction and resolve with its value only once the transaction has
 * committed (so "Saved" is never shown for a write that could still be rolled back). If `body`
 * throws, the transaction is aborted and nothing it wrote persists.
 */
export function transact<T>(
	use: UseStore,
	mode: IDBTransactionMode,
	body: (store: IDBObjectStore) => Promise<T>
): Promise<T> {
	return use(mode, (store) => {
		const tx = store.transaction;
		const done = new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
		});
		done.catch(() => {});
		return body(store).then(
			async (value) => {
				await done;
				return value;
			},
			async (err: unknown) => {
				try {
					tx.abort();
				} catch {
					// Already finished or aborted.
				}
				await done.catch(() => {});
				throw err;
			}
		);
	});
}

/**
 * Ask the transaction to commit now, once its last request is issued, instead of when that
 * request's result has come back to the page: one round trip less before the data is safe. A
 * page closed meanwhile aborts a transaction that has not asked to commit. Where `commit()` is
 * missing (older browsers), the transaction commits on its own as before.
 */
export function commitNow(tx: IDBTransaction): void {
	try {
		tx.commit?.();
	} catch {
		// Already committing or finished: nothing to ask.
	}
}

/** All `[key, value]` pairs in a key range, in key order. */
export async function entries(
	store: IDBObjectStore,
	range: IDBKeyRange
): Promise<[IDBValidKey, unknown][]> {
	const [keys, values] = await Promise.all([
		request(store.getAllKeys(range)),
		request(store.getAll(range))
	]);
	return keys.map((k, i) => [k, values[i]]);
}

/** The last `[key, value]` in a range, or undefined when the range is empty. */
export async function lastEntry(
	store: IDBObjectStore,
	range: IDBKeyRange
): Promise<[IDBValidKey, unknown] | undefined> {
	const cursor = await request(store.openCursor(range, 'prev'));
	return cursor ? [cursor.key, cursor.value] : undefined;
}
