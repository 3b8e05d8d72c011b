/**
 * The app's one storage-trouble flag, shown as a banner (role="alert") on every page:
 * full storage, no IndexedDB, or data the browser cleared. Pages keep their text in memory
 * and offer export while it is set.
 */
import type { StorageError } from '$lib/storage';

/** What the banner shows. */
export class StorageHealth {
	/** The current problem, or null when storage works. */
	problem = $state<StorageError | null>(null);
	/** The browser cleared stored data and the app wrote back what it held. */
	recovered = $state(false);
	/** Whether the browser promised not to evict this site's data (null: unknown). */
	persisted = $state<boolean | null>(null);

	/** Raise the banner (the latest problem wins). */
	report(error: StorageError): void {
		if (error.kind === 'conflict') return;
		this.problem = error;
	}

	/** A save succeeded: transient trouble is over (memory-only storage stays reported). */
	clear(): void {
		if (this.problem && this.problem.kind !== 'unavailable') this.problem = null;
	}

	/** Note that storage was cleared under us and restored from memory. */
	markRecovered(): void {
		this.recovered = true;
	}

	/** Read whether the browser already keeps this site's data (asks nothing). */
	async checkPersistence(): Promise<void> {
		try {
			if (!navigator.storage?.persisted) return;
			this.persisted = await navigator.storage.persisted();
		} catch {
			this.persisted = null;
		}
	}

	#asked = false;

	/**
	 * Ask the browser for persistent storage, once per tab, after the author's first own
	 * document (created or imported): the moment the data is worth keeping.
	 */
	async requestPersistence(): Promise<void> {
		if (this.#asked || this.persisted === true) return;
		this.#asked = true;
		try {
			if (!navigator.storage?.persist) return;
			this.persisted = await navigator.storage.persist();
		} catch {
			this.persisted = null;
		}
	}
}
