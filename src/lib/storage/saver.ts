/**
 * Autosave for one open document: every edit reaches IndexedDB within one transaction's time.
 *
 * No debounce: the first change after an idle period is written at once (on the next
 * task), and changes that arrive while a write is in flight are coalesced into the next one,
 * so batches form only under load and the wait is bounded by one transaction. A debounce of
 * 300 ms lost everything typed before a crash in measurements (RELIABILITY-NOTES, "Saving").
 * The journal is folded into the snapshot when typing pauses or grows long.
 */
import type { DocChange, DocStore, StorableDoc } from './doc-store';
import type { StorageError } from './result';

/** What the save indicator shows. `saved` means the IndexedDB transaction committed. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'conflict';

/** Where the saver reads the current state from (the editor session). */
export interface SaveSource<R> {
	title(): string;
	content(): unknown;
	/** The whole in-memory record, with the saver's current revision, to re-save after eviction. */
	record(revision: number): R;
	/**
	 * The edits since the previous call (ProseMirror steps as JSON), taken: the next call
	 * returns only newer ones. `null` when they cannot be given (the whole content is written
	 * instead). Without it every batch holds the whole content.
	 */
	steps?(): unknown[] | null;
}

/** Saver tuning and callbacks. */
export interface SaverOptions {
	/** Called whenever the status changes; `error` is set for `unsaved` and `conflict`. */
	onStatus?: (status: SaveStatus, error?: StorageError) => void;
	/** Called after storage vanished and the open document was written back from memory. */
	onRecovered?: () => void;
	/**
	 * Fold the journal after this many appended batches even while typing goes on (default 400:
	 * entries are small steps, and the fold serialises the whole document, so it waits for a
	 * pause unless the journal grows long).
	 */
	compactEvery?: number;
	/** Fold the journal after this much idle time in ms (default 1500). */
	compactIdleMs?: number;
	/** Retry a failed save after this many ms (default 2000). */
	retryMs?: number;
	/** Write the whole content instead of steps at least every this many batches (default 20). */
	fullEvery?: number;
}

/** Writes one document's changes to the journal in order, one transaction at a time. */
export class DocSaver<R extends StorableDoc> {
	readonly #store: DocStore<R>;
	readonly #id: string;
	readonly #source: SaveSource<R>;
	readonly #opts: Required<Omit<SaverOptions, 'onStatus' | 'onRecovered'>> & SaverOptions;
	#revision: number;
	#dirtyTitle = false;
	#dirtyContent = false;
	#running = false;
	#scheduled: ReturnType<typeof setTimeout> | undefined;
	#compactTimer: ReturnType<typeof setTimeout> | undefined;
	#sinceCompact = 0;
	// Batches of steps since the whole content was last written; `Infinity` forces a whole one.
	#sinceFull = Infinity;
	#status: SaveStatus = 'saved';
	#stopped = false;
	#idle: (() => void)[] = [];
	#stored: (() => void)[] = [];

	/**
	 * @param revision the revision of the record as loaded; appends must start from it
	 */
	constructor(
		store: DocStore<R>,
		id: string,
		revision: number,
		source: SaveSource<R>,
		opts: SaverOptions = {}
	) {
		this.#store = store;
		this.#id = id;
		this.#revision = revision;
		this.#source = source;
		this.#opts = { compactEvery: 400, compactIdleMs: 1500, retryMs: 2000, fullEvery: 20, ...opts };
		// The first batch may be steps: they apply to the record as loaded, at `revision`.
		this.#sinceFull = source.steps ? 0 : Infinity;
	}

	/** The latest revision known to be stored. */
	get revision(): number {
		return this.#revision;
	}

	/** The current status. */
	get status(): SaveStatus {
		return this.#status;
	}

	/** Whether something typed is not yet stored. */
	get pending(): boolean {
		return this.#dirtyTitle || this.#dirtyContent || this.#running;
	}

	/** Whether a batch is on its way to the store now. */
	get writing(): boolean {
		return this.#running;
	}

	/** Record that the title and/or content changed; the values are read when the batch is written. */
	push(what: { title?: boolean; content?: boolean }): void {
		if (this.#stopped) return;
		this.#dirtyTitle ||= Boolean(what.title);
		this.#dirtyContent ||= Boolean(what.content);
		if (this.#status !== 'unsaved') this.#setStatus('saving');
		this.#schedule(0);
	}

	/** Resolve once everything pushed so far is stored, or saving has failed or stopped. */
	flush(): Promise<void> {
		if (!this.pending || this.#stopped) return Promise.resolve();
		if (!this.#running) this.#schedule(0);
		return new Promise((resolve) => this.#idle.push(resolve));
	}

	/** Whether saving stopped for good (a conflict, or `dispose`). */
	get stopped(): boolean {
		return this.#stopped;
	}

	/**
	 * Resolve once everything pushed so far is stored, however many retries that takes, or once
	 * saving stopped. Unlike `flush`, a failed attempt does not resolve it: the saver keeps
	 * retrying every `retryMs`, so the caller can wait for text that could not be saved yet.
	 */
	stored(): Promise<void> {
		if (!this.pending || this.#stopped) return Promise.resolve();
		return new Promise((resolve) => this.#stored.push(resolve));
	}

	/** Stop saving (the page is closing or the document went read-only); folds the journal. */
	async dispose(): Promise<void> {
		await this.flush();
		this.#stopped = true;
		clearTimeout(this.#scheduled);
		clearTimeout(this.#compactTimer);
		this.#settle();
		if (this.#sinceCompact > 0) await this.#fold();
	}

	#setStatus(status: SaveStatus, error?: StorageError): void {
		this.#status = status;
		this.#opts.onStatus?.(status, error);
	}

	#schedule(ms: number): void {
		if (this.#scheduled !== undefined || this.#running) return;
		this.#scheduled = setTimeout(() => {
			this.#scheduled = undefined;
			void this.#run();
		}, ms);
	}

	#settle(): void {
		const waiting = this.#idle;
		this.#idle = [];
		for (const resolve of waiting) resolve();
		if (this.pending && !this.#stopped) return;
		const stored = this.#stored;
		this.#stored = [];
		for (const resolve of stored) resolve();
	}

	async #run(): Promise<void> {
		if (this.#running || this.#stopped) return;
		this.#running = true;
		clearTimeout(this.#compactTimer);
		let failed = false;
		try {
			while (!this.#stopped && (this.#dirtyTitle || this.#dirtyContent)) {
				const change: DocChange = {};
				if (this.#dirtyTitle) change.title = this.#source.title();
				if (this.#dirtyContent) this.#takeContent(change);
				this.#dirtyTitle = this.#dirtyContent = false;
				const result = await this.#store.append(this.#id, change, this.#revision);
				if (result.ok) {
					this.#revision = result.value;
					this.#sinceCompact++;
					if (change.content !== undefined) this.#sinceFull = 0;
					else if (change.steps) this.#sinceFull++;
					continue;
				}
				// Steps taken for a batch that was not stored are gone from the source: the next
				// batch writes the whole content, which holds them.
				this.#sinceFull = Infinity;
				const { error } = result;
				if (error.kind === 'conflict') {
					this.#stopped = true;
					this.#setStatus('conflict', error);
					break;
				}
				if (error.kind === 'evicted') {
					// The browser cleared storage: write back everything we hold in memory.
					const record = this.#source.record(this.#revision + 1);
					this.#source.steps?.();
					const saved = await this.#store.putDocs([record]);
					if (saved.ok) {
						this.#revision = record.revision;
						this.#sinceCompact = 0;
						this.#opts.onRecovered?.();
						continue;
					}
					this.#failed(change, saved.error);
					failed = true;
					break;
				}
				this.#failed(change, error);
				failed = true;
				break;
			}
		} finally {
			this.#running = false;
		}
		if (this.#stopped) return this.#settle();
		if (failed) {
			this.#settle();
			this.#schedule(this.#opts.retryMs);
			return;
		}
		this.#setStatus('saved');
		this.#settle();
		if (this.#sinceCompact >= this.#opts.compactEvery) void this.#compact();
		else if (this.#sinceCompact > 0)
			this.#compactTimer = setTimeout(() => void this.#compact(), this.#opts.compactIdleMs);
	}

	/**
	 * The batch's content: the steps since the last batch, or the whole content when the source
	 * gives no steps, after a failed batch, and every `fullEvery` batches. Content and steps are
	 * read in one go, so the whole content always holds exactly the steps taken with it.
	 */
	#takeContent(change: DocChange): void {
		const steps = this.#source.steps?.() ?? null;
		if (steps && steps.length && this.#sinceFull < this.#opts.fullEvery) change.steps = steps;
		else change.content = this.#source.content();
	}

	#failed(change: DocChange, error: StorageError): void {
		// Keep the batch pending: the text stays in memory and the next attempt writes it.
		if (change.title !== undefined) this.#dirtyTitle = true;
		if (change.content !== undefined || change.steps !== undefined) this.#dirtyContent = true;
		this.#setStatus('unsaved', error);
	}

	async #compact(): Promise<void> {
		if (this.#running || this.#stopped || this.pending) return;
		const result = await this.#fold();
		// A failed compaction loses nothing: the journal stays and is replayed on load.
		if (result.ok) this.#sinceCompact = Math.max(0, this.#sinceCompact - result.value);
	}

	/**
	 * Fold the journal into the snapshot. With nothing pending, the record in memory is exactly
	 * the latest stored revision: it becomes the snapshot (no journal read, no steps replayed);
	 * otherwise the store folds its journal.
	 */
	#fold() {
		if (this.pending) return this.#store.compact(this.#id);
		return this.#store.compactFrom(this.#source.record(this.#revision));
	}
}
