/**
 * The workspace: every document's summary for the shelves, and the operations on whole
 * documents (create, rename, duplicate, delete with undo, start empty). Imports and exports
 * live in `transfer.svelte.ts`. Writes to a document another tab is editing are refused.
 */
import { lockedDocIds, tryLockDoc, type Meta, type Unreadable } from '$lib/storage';
import type { App } from './app.svelte';
import { notedIds, pageStorage, recoverNote, recoveryMessage } from './rescue';
import {
	admitNewDoc,
	copyOf,
	copyTitle,
	renamed,
	type DocKind,
	type DocRecord,
	type Settings
} from './model';

/** How long a deleted document can be brought back from storage (the toast shows for 10 s). */
const TRASH_KEEP_MS = 10 * 60_000;

/** Workspace phases. */
export type WorkspacePhase = 'loading' | 'ready' | 'failed';

/** The documents on the shelves and what the user can do to them. */
export class Workspace {
	phase = $state<WorkspacePhase>('loading');
	docs = $state.raw<DocRecord[]>([]);
	meta = $state.raw<Meta | null>(null);
	/** Stored documents that could not be read (left untouched in storage). */
	problems = $state<string[]>([]);
	/** Those documents themselves: listed, opened read-only, exported as they are (issue 9). */
	unreadable = $state.raw<Unreadable[]>([]);
	/** The first-visit note about the samples is showing. */
	showSampleNote = $derived(Boolean(this.meta?.samplesLoaded && !this.meta.sampleNoteDismissed));

	readonly #app: App;
	#loading: Promise<void> | null = null;

	constructor(app: App) {
		this.#app = app;
		app.channel.listen((message) => {
			if (this.phase !== 'ready') return;
			if (message.type === 'docs-changed') void this.refreshDocs(message.ids);
			else if (message.type === 'workspace-replaced') void this.refresh();
		});
	}

	/** Documents of one kind, most recently updated first. */
	byKind(kind: DocKind): DocRecord[] {
		return this.docs
			.filter((d) => d.kind === kind)
			.sort((a, b) => stamp(b.updatedAt) - stamp(a.updatedAt));
	}

	/**
	 * Load the documents (each time the workspace page opens, since the editor may have changed
	 * them); the first load of a first visit plants the sample workspace.
	 */
	load(): Promise<void> {
		// Let a document being closed in this tab finish saving first, so its card is current.
		if (this.#loading)
			return Promise.all([this.#loading, this.#app.closing]).then(() => this.refresh());
		this.#loading = this.#firstLoad();
		return this.#loading;
	}

	async #firstLoad(): Promise<void> {
		const { store, health } = this.#app;
		const meta = await store.readMeta();
		if (!meta.ok) {
			health.report(meta.error);
			this.phase = 'failed';
			return;
		}
		if (meta.value) {
			this.meta = meta.value;
			void store.purgeTrash(Date.now() - TRASH_KEEP_MS);
			await this.#recoverNotes();
		} else {
			await this.#firstVisit();
		}
		await this.refresh();
		void health.checkPersistence();
	}

	/**
	 * Fold the rescue notes of documents whose tab closed with a save pending (see `rescue.ts`),
	 * so the list and exports show their last words. A document open elsewhere is left to its
	 * writer: the lock is taken first.
	 */
	async #recoverNotes(): Promise<void> {
		const storage = pageStorage();
		for (const id of notedIds(storage)) {
			const lock = await tryLockDoc(id);
			if (!lock) continue;
			try {
				const message = recoveryMessage(await recoverNote(this.#app.store, storage, id));
				if (message) this.#app.toasts.show(message);
			} finally {
				lock.release();
			}
		}
	}

	async #firstVisit(): Promise<void> {
		const { store, health } = this.#app;
		const existing = await store.listDocs();
		// No marker but documents: the marker alone was lost; never plant samples over real work.
		const plant = existing.ok && existing.value.docs.length === 0;
		if (plant) {
			// Loaded only on a first visit: the samples (and the engine that links the vision to
			// its strategies) are most of the workspace's bytes. Newest first, a millisecond apart,
			// so each shelf lists the samples in file order.
			const { plantedSamples } = await import('$lib/samples/plant');
			const docs = plantedSamples(Date.now());
			const put = await store.putDocs(docs);
			if (!put.ok) health.report(put.error);
		}
		const meta = {
			installId: crypto.randomUUID(),
			createdAt: Date.now(),
			samplesLoaded: plant,
			sampleNoteDismissed: false
		};
		const written = await store.writeMeta(meta);
		if (!written.ok) health.report(written.error);
		this.meta = { type: 'fivefold/meta', version: 1, ...meta };
	}

	/** Re-read every document (after another tab changed something). */
	async refresh(): Promise<void> {
		const listed = await this.#app.store.listDocs();
		if (!listed.ok) {
			this.#app.health.report(listed.error);
			if (this.phase === 'loading') this.phase = 'failed';
			return;
		}
		this.docs = listed.value.docs;
		this.problems = listed.value.problems;
		this.unreadable = listed.value.unreadable;
		this.phase = 'ready';
	}

	/** Re-read only these documents (another tab saved them); cheaper than `refresh` while typing. */
	async refreshDocs(ids: string[]): Promise<void> {
		for (const id of ids) {
			const loaded = await this.#app.store.loadDoc(id);
			if (!loaded.ok) continue;
			// Patch the current list after the await, so concurrent changes are kept.
			const others = this.docs.filter((d) => d.id !== id);
			this.docs = loaded.value ? [...others, loaded.value] : others;
		}
	}

	/** Create a document of `kind` and return its id (or null when storage refused). */
	async create(kind: DocKind): Promise<string | null> {
		const { createDoc } = await import('./convert');
		const doc = createDoc(kind, {});
		if (!(await this.#put([doc]))) return null;
		void this.#app.health.requestPersistence();
		return doc.id;
	}

	/** Store new documents and show them; false when storage refused. */
	async add(docs: DocRecord[]): Promise<boolean> {
		if (!(await this.#put(docs))) return false;
		// The author's own work is now stored: ask the browser to keep it.
		if (docs.length) void this.#app.health.requestPersistence();
		return true;
	}

	async #put(docs: DocRecord[]): Promise<boolean> {
		const put = await this.#app.store.putDocs(docs);
		if (!put.ok) {
			this.#app.health.report(put.error);
			this.#app.toasts.show(put.error.message, { tone: 'error' });
			return false;
		}
		const ids = docs.map((d) => d.id);
		this.docs = [...this.docs.filter((d) => !ids.includes(d.id)), ...docs];
		this.#app.channel.post({ type: 'docs-changed', ids });
		return true;
	}

	/** Run `body` holding the document's lock; refuse while another tab edits it. */
	async #withLock(id: string, body: () => Promise<void>): Promise<void> {
		const lock = await tryLockDoc(id);
		if (!lock) {
			this.#app.toasts.show(
				'That document is open in another tab. Close it there first, then try again.',
				{ tone: 'error' }
			);
			return;
		}
		try {
			await body();
		} finally {
			lock.release();
		}
	}

	/** Give a document a new title. */
	rename(id: string, title: string): Promise<void> {
		return this.#withLock(id, async () => {
			const latest = await this.#app.store.loadDoc(id);
			if (!latest.ok || !latest.value) return;
			const admitted = this.#admit(renamed(latest.value, title));
			if (admitted) await this.#put([admitted]);
		});
	}

	/** Copy a document; returns the copy's id. */
	async duplicate(id: string): Promise<string | null> {
		const latest = await this.#app.store.loadDoc(id);
		if (!latest.ok || !latest.value) return null;
		const copy = this.#admit(copyOf(latest.value, copyTitle(latest.value.title)));
		return copy && (await this.#put([copy])) ? copy.id : null;
	}

	/**
	 * The shared limits for a record about to be stored (issue 9): an over-long title is cut with
	 * a message; anything else over the limits is refused with one, so every document reopens.
	 */
	#admit(record: DocRecord): DocRecord | null {
		const admitted = admitNewDoc(record, `“${(record.title || 'Untitled').slice(0, 60)}”`);
		if (!admitted.ok) {
			this.#app.toasts.show(admitted.error, { tone: 'error' });
			return null;
		}
		for (const notice of admitted.value.notices) this.#app.toasts.show(notice);
		return admitted.value.doc;
	}

	/** Delete a document, offering Undo for ten seconds. */
	remove(id: string): Promise<void> {
		return this.#withLock(id, async () => {
			const doc = this.docs.find((d) => d.id === id);
			const trashed = await this.#app.store.trash(id);
			if (!trashed.ok) {
				this.#app.toasts.show(trashed.error.message, { tone: 'error' });
				return;
			}
			this.docs = this.docs.filter((d) => d.id !== id);
			this.#app.channel.post({ type: 'docs-changed', ids: [id] });
			this.#app.toasts.show(`Deleted “${doc?.title || 'Untitled'}”.`, {
				action: { label: 'Undo', run: () => void this.undelete(id) }
			});
		});
	}

	/** Bring back a document deleted in the last few minutes. */
	async undelete(id: string): Promise<void> {
		const back = await this.#app.store.untrash(id);
		if (!back.ok || !back.value) {
			this.#app.toasts.show('That document can no longer be restored.', { tone: 'error' });
			return;
		}
		this.docs = [...this.docs, back.value];
		this.#app.channel.post({ type: 'docs-changed', ids: [id] });
		this.#app.toasts.show(`Restored “${back.value.title || 'Untitled'}”.`, { tone: 'success' });
	}

	/** Hide the first-visit note for good. */
	async dismissSampleNote(): Promise<void> {
		if (!this.meta) return;
		this.meta = { ...this.meta, sampleNoteDismissed: true };
		await this.#app.store.writeMeta(this.meta);
	}

	/** Refuse (with a message) while any document is open for editing in some tab. */
	async #noneOpen(): Promise<boolean> {
		const open = await lockedDocIds();
		if (open.size === 0) return true;
		this.#app.toasts.show(
			'A document is open in another tab. Close it there first, so no edits are lost.',
			{ tone: 'error' }
		);
		return false;
	}

	/** Replace every document with `docs`, and the settings (the user chose Replace on import). */
	async replaceAll(docs: DocRecord[], settings: Settings): Promise<boolean> {
		if (!(await this.#noneOpen())) return false;
		const replaced = await this.#app.store.replaceDocs(docs);
		if (!replaced.ok) {
			this.#app.toasts.show(replaced.error.message, { tone: 'error' });
			return false;
		}
		const stored = await this.#app.store.writeSettings(settings);
		if (!stored.ok) this.#app.toasts.show(stored.error.message, { tone: 'error' });
		this.#app.channel.post({ type: 'settings-changed' });
		this.docs = docs;
		this.#app.channel.post({ type: 'workspace-replaced' });
		return true;
	}

	/** Add `docs` under new ids, so nothing existing changes (the user chose Merge on import). */
	addCopies(docs: DocRecord[]): Promise<boolean> {
		return this.#put(docs.map((d) => copyOf(d, d.title)));
	}

	/** Delete every document (after the user confirmed) and hide the sample note. */
	async startEmpty(): Promise<void> {
		if (!(await this.#noneOpen())) return;
		const cleared = await this.#app.store.clearDocs();
		if (!cleared.ok) {
			this.#app.toasts.show(cleared.error.message, { tone: 'error' });
			return;
		}
		this.docs = [];
		await this.dismissSampleNote();
		this.#app.channel.post({ type: 'workspace-replaced' });
		this.#app.toasts.show('The workspace is empty. Start with a design doc.');
	}
}

function stamp(value: number | string): number {
	return typeof value === 'number' ? value : Date.parse(value) || 0;
}
