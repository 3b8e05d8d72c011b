/**
 * One open document in the editor: loads it, takes its one-writer lock (or opens read-only),
 * wires the editor to the autosaver, and tells the truth about saving.
 *
 * Order matters: the lock is taken before the document is read, so a writer always starts from
 * the latest stored revision, and nothing is saved before that first load finished.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState, Plugin } from 'prosemirror-state';
import { EditorController } from '$lib/editor';
import {
	DocSaver,
	tryLockDoc,
	waitForDocLock,
	type DocLock,
	type SaveStatus,
	type StorageError,
	type Unreadable
} from '$lib/storage';
import { schema } from '$lib/markdown/schema';
import { limitsPlugin } from '$lib/editor/limits';
import type { App } from './app.svelte';
import { clampTitle, contentToNode, titleMessage, touched, type DocRecord } from './model';
import {
	adoptedMessage,
	clearNote,
	noteApplies,
	pageStorage,
	readNote,
	recoverNote,
	recoveryMessage,
	writeNote,
	type Recovery
} from './rescue';

type Convert = typeof import('./convert');

// Steps in one journal batch beyond which the batch holds the whole content instead.
const MAX_STEPS = 2000;

/** Where the session is. */
export type SessionPhase = 'loading' | 'ready' | 'missing' | 'failed' | 'unreadable';

/** The editor page's state. */
export class DocSession {
	phase = $state<SessionPhase>('loading');
	/** Why loading failed. */
	error = $state<string | null>(null);
	title = $state('');
	/** Another tab holds the document: this one only shows it. */
	readOnly = $state(false);
	/** Someone else wrote the document while this tab was editing; editing stopped. */
	conflict = $state(false);
	save = $state<SaveStatus>('saved');
	/** Why the last save failed (shown when leaving while not saved). */
	saveError = $state<string | null>(null);
	/** The editor's latest state, for the toolbar. */
	editorState = $state.raw<EditorState | null>(null);
	/** Mod-K asked for the link dialog. */
	linkDialog = $state(false);
	/** The document as loaded (kind, dates, sources…). */
	record = $state.raw<DocRecord | null>(null);
	/** A stored document that fails validation, shown read-only as it is (phase `unreadable`). */
	unreadable = $state.raw<Unreadable | null>(null);

	controller: EditorController | null = null;
	readonly #app: App;
	readonly #id: string;
	#lock: DocLock | null = null;
	#saver: DocSaver<DocRecord> | null = null;
	#waiting: AbortController | null = null;
	#unlisten: (() => void) | null = null;
	#closed = false;
	#announce: ReturnType<typeof setTimeout> | undefined;
	/** Markdown conversion, loaded in the background when the document opens. */
	#convert: Promise<Convert> | null = null;
	#converter: Convert | null = null;
	/**
	 * The latest body, kept when the editor is destroyed: the saver's retries after leaving the
	 * page must write this, never the body as loaded (issue 9, item 1).
	 */
	#latest: Node | null = null;
	/** Edits not yet taken by the saver (see `SaveSource.steps`); null after too many. */
	#steps: unknown[] | null = [];
	/** Counts closes and reopens, so a background save finishing after a reopen does nothing. */
	#generation = 0;
	/** A rescue note was written for this document and is not yet known to be stored. */
	#noted = false;
	/** Removes the page-hide listeners added while saving. */
	#unwatchHide: (() => void) | null = null;

	constructor(app: App, id: string) {
		this.#app = app;
		this.#id = id;
	}

	/** The document's id. */
	get id(): string {
		return this.#id;
	}

	/** Take the lock if free, then load the latest stored revision. */
	async open(): Promise<void> {
		this.#convert ??= import('./convert').then((m) => (this.#converter = m));
		// Reopened while its unsaved text was still being retried: carry on where it was.
		if (this.phase === 'ready') return;
		this.#lock = await tryLockDoc(this.#id);
		if (this.#closed) return this.#lock?.release();
		const recovery = this.#lock ? await this.#recover() : 'none';
		const loaded = await this.#load();
		// Closed while loading: close() already released the lock; do not start a reader.
		if (!loaded || this.#closed) return;
		if (this.#lock) this.#startSaving(loaded, recovery);
		else this.#openReadOnly();
		this.phase = 'ready';
	}

	async #load(): Promise<DocRecord | null> {
		const result = await this.#app.store.loadDoc(this.#id);
		if (!result.ok && result.error.kind === 'corrupt') {
			// Stored but not valid: never hidden; shown read-only, exportable as it is.
			const raw = await this.#app.store.loadUnreadable(this.#id);
			if (raw.ok && raw.value) {
				this.unreadable = raw.value;
				this.title = raw.value.title;
				this.phase = 'unreadable';
				return null;
			}
		}
		if (!result.ok) {
			this.#app.health.report(result.error);
			this.error = result.error.message;
			this.phase = 'failed';
			return null;
		}
		if (!result.value) {
			this.phase = 'missing';
			return null;
		}
		this.record = result.value;
		this.title = result.value.title;
		return result.value;
	}

	/** The edits since the saver last took them, as ProseMirror steps (JSON); null when too many. */
	#takeSteps(): unknown[] | null {
		const steps = this.#steps;
		this.#steps = [];
		return steps;
	}

	/** Start writing `record`; `recovery` is what happened to its rescue note just before. */
	#startSaving(record: DocRecord, recovery: Recovery): void {
		this.readOnly = false;
		// Steps are journalled relative to the record as loaded.
		this.#steps = [];
		this.#saver = new DocSaver(
			this.#app.store,
			this.#id,
			record.revision,
			{
				title: () => this.title,
				content: () => (this.controller?.doc ?? this.#latest)?.toJSON() ?? record.content,
				record: (revision) => this.current(revision),
				steps: () => this.#takeSteps()
			},
			{
				onStatus: (status, error) => this.#onStatus(status, error),
				onRecovered: () => this.#app.health.markRecovered()
			}
		);
		this.#watchHide();
		if (recovery === 'failed') this.#adoptNote(record);
	}

	/**
	 * A note that could not be folded in (storage full) is not left behind: this tab's own saves
	 * would move the document on by one revision, and the note would then be applied over them
	 * next time. Its text goes into the editor instead, written as the whole content by the
	 * first batch, and the note is removed once that is stored.
	 */
	#adoptNote(record: DocRecord): void {
		const note = readNote(pageStorage(), this.#id);
		const doc = note && noteApplies(note, record.revision) ? contentToNode(note.content) : null;
		if (!note || !doc || !this.#saver) return;
		this.title = clampTitle(note.title);
		this.#latest = doc;
		this.controller?.replaceDoc(doc);
		// Steps are relative to the stored record, which does not hold the note's text.
		this.#steps = null;
		this.#noted = true;
		this.#saver.push({ title: true, content: true });
		this.#app.toasts.show(adoptedMessage(this.title));
	}

	/**
	 * With the lock held: fold a rescue note left by a tab that went away with a save pending
	 * (see `rescue.ts`) into the stored document, and say so.
	 */
	async #recover(): Promise<Recovery> {
		const recovery = await recoverNote(this.#app.store, pageStorage(), this.#id);
		const message = recoveryMessage(recovery);
		if (message) this.#app.toasts.show(message);
		if (recovery.copyId) this.#app.channel.post({ type: 'docs-changed', ids: [recovery.copyId] });
		return recovery.kind;
	}

	/**
	 * While this tab writes the document: when the page is hidden or closed with a save still
	 * pending (or failing), write a rescue note synchronously. IndexedDB cannot finish a write
	 * after the page is gone; localStorage needs none.
	 */
	#watchHide(): void {
		if (this.#unwatchHide || typeof window === 'undefined') return;
		const onHide = () => {
			if (document.visibilityState === 'hidden') this.#writeNote();
		};
		const onPageHide = () => this.#writeNote();
		document.addEventListener('visibilitychange', onHide);
		window.addEventListener('pagehide', onPageHide);
		this.#unwatchHide = () => {
			document.removeEventListener('visibilitychange', onHide);
			window.removeEventListener('pagehide', onPageHide);
		};
	}

	#writeNote(): void {
		const saver = this.#saver;
		if (!saver || this.conflict || !this.record) return;
		if (!saver.pending && this.save !== 'unsaved') return;
		const current = this.current();
		// A note refused (localStorage full) leaves the previous one, which must still be cleared.
		const written = writeNote(pageStorage(), {
			id: this.#id,
			revision: saver.revision,
			inFlight: saver.writing,
			title: current.title,
			content: current.content,
			at: Date.now()
		});
		if (written) this.#noted = true;
	}

	#onStatus(status: SaveStatus, error?: StorageError): void {
		this.save = status;
		if (status === 'saved') this.saveError = null;
		else if (error) this.saveError = error.message;
		if (status === 'saved') {
			this.#app.health.clear();
			// Everything is stored: a rescue note written while the page was hidden is not needed.
			if (this.#noted && !this.#saver?.pending) {
				this.#noted = false;
				clearNote(pageStorage(), this.#id);
			}
			// Let the workspace list in other tabs catch up, without a message per keystroke.
			this.#announce ??= setTimeout(() => {
				this.#announce = undefined;
				this.#app.channel.post({ type: 'docs-changed', ids: [this.#id] });
			}, 400);
		} else if (status === 'conflict') {
			this.conflict = true;
			this.controller?.setEditable(false);
		} else if (status === 'unsaved' && error) {
			this.#app.health.report(error);
		}
	}

	#openReadOnly(): void {
		this.readOnly = true;
		// Follow the writer's saves while read-only.
		this.#unlisten = this.#app.channel.listen((message) => {
			if (message.type === 'docs-changed' && message.ids.includes(this.#id) && this.readOnly)
				void this.#refresh();
		});
		// Become the writer as soon as the other tab lets go.
		this.#waiting = new AbortController();
		waitForDocLock(this.#id, this.#waiting.signal).then(
			async (lock) => {
				if (this.#closed) return lock.release();
				this.#lock = lock;
				this.#unlisten?.();
				const recovery = await this.#recover();
				const record = await this.#refresh();
				if (!record || this.#closed) return;
				this.#startSaving(record, recovery);
				this.controller?.setEditable(true);
				this.#app.toasts.show('The other tab closed this document. You can edit it here now.');
			},
			() => {}
		);
	}

	async #refresh(): Promise<DocRecord | null> {
		const result = await this.#app.store.loadDoc(this.#id);
		if (!result.ok || !result.value) return null;
		this.record = result.value;
		this.title = result.value.title;
		const doc = contentToNode(result.value.content);
		if (doc) this.#latest = doc;
		if (doc && this.controller) this.controller.replaceDoc(doc);
		return result.value;
	}

	/**
	 * Create the editor in `mount`, with extra ProseMirror `plugins` if given (more can be added
	 * later with `controller.addPlugins`); returns the cleanup for `$effect`.
	 */
	mount(mount: HTMLElement, plugins: Plugin[] = []): () => void {
		const doc = this.#latest ?? (this.record ? contentToNode(this.record.content) : null);
		if (!doc) {
			this.error = 'The stored document could not be shown.';
			this.phase = 'failed';
			return () => {};
		}
		this.controller = new EditorController(mount, {
			schema,
			doc,
			editable: !this.readOnly && !this.conflict,
			// The shared limits for typing and pasting (issue 9, item 2).
			plugins: [
				limitsPlugin((message) => this.#app.toasts.show(message, { tone: 'error' })),
				...plugins
			],
			// Until the Markdown module has loaded (a moment after opening), pastes stay plain text.
			parseMarkdown: (md) => this.#converter?.parseMarkdownBody(md) ?? null,
			placeholder: 'Start writing. Markdown works: # heading, - list, > quote.',
			onDocChange: (doc, transactions) => {
				this.#latest = doc;
				if (this.#steps)
					for (const tr of transactions)
						for (const step of tr.steps) this.#steps.push(step.toJSON());
				// A burst too large for one journal entry (a huge paste) goes as the whole content.
				if (this.#steps && this.#steps.length > MAX_STEPS) this.#steps = null;
				this.#saver?.push({ content: true });
			},
			onState: (state) => (this.editorState = state),
			onSaveRequest: () => void this.#saver?.flush(),
			onLinkRequest: () => (this.linkDialog = true)
		});
		this.editorState = this.controller.state;
		this.#latest = this.controller.doc;
		return () => {
			if (this.controller) this.#latest = this.controller.doc;
			this.controller?.destroy();
			this.controller = null;
		};
	}

	/** Change the title (saved like any edit). */
	setTitle(title: string): void {
		if (this.readOnly || this.conflict) return;
		const clamped = clampTitle(title);
		if (clamped !== title) this.#app.toasts.show(titleMessage(), { tone: 'error' });
		this.title = clamped;
		this.#saver?.push({ title: true });
	}

	/**
	 * Change record fields the journal does not carry (the checker's `dismissed`, review
	 * `comments` and `meta`). Once pending
	 * edits are stored, the record is written as a fresh snapshot at the saver's revision (no
	 * append can slip in between: IndexedDB runs the transactions in order). False if not stored.
	 */
	async updateRecord(
		change: Partial<Pick<DocRecord, 'dismissed' | 'comments' | 'meta'>>
	): Promise<boolean> {
		if (!this.record || this.readOnly || this.conflict) return false;
		this.record = { ...this.record, ...change };
		const saver = this.#saver;
		if (!saver) return false;
		for (let i = 0; i < 5 && saver.pending; i++) await saver.flush();
		if (saver.pending || this.conflict || this.#closed) return false;
		const result = await this.#app.store.putDocs([this.current()]);
		if (!result.ok) this.#app.health.report(result.error);
		return result.ok;
	}

	/** The document as it is in memory now (saved or not). */
	current(revision = this.#saver?.revision ?? this.record?.revision ?? 0): DocRecord {
		const base = this.record as DocRecord;
		return touched(base, {
			title: this.title,
			content: (this.controller?.doc ?? this.#latest)?.toJSON() ?? base.content,
			revision
		});
	}

	/** The document body as a ProseMirror node. */
	get doc(): Node | null {
		return this.controller?.doc ?? this.#latest;
	}

	/** The document as Markdown, title first. */
	async markdown(): Promise<string> {
		const { recordToMarkdown } = await (this.#convert ?? import('./convert'));
		const doc =
			this.controller?.doc ??
			this.#latest ??
			(this.record ? contentToNode(this.record.content) : null);
		return doc ? recordToMarkdown(this.title, doc) : '';
	}

	/** Whether leaving now would lose text (saving failed or is still running). */
	get unsafeToLeave(): boolean {
		return this.save === 'unsaved' || this.conflict || Boolean(this.#saver?.pending);
	}

	/** Whether saving has failed and leaving by a link would leave text unsaved (ask first). */
	get notSaved(): boolean {
		return this.save === 'unsaved' || this.conflict;
	}

	/**
	 * Save what is pending, fold the journal, release the lock. When saving fails (storage
	 * full), the session stays alive in the background instead: it keeps the text in memory,
	 * keeps retrying, keeps the lock, and reopening the document in this tab takes it back
	 * (`App.takeUnsaved`). It finishes closing once its text is stored.
	 */
	async close(): Promise<void> {
		this.#closed = true;
		const generation = ++this.#generation;
		this.#waiting?.abort();
		this.#unlisten?.();
		clearTimeout(this.#announce);
		const saver = this.#saver;
		if (saver) {
			await saver.flush();
			if (generation !== this.#generation) return;
			if (saver.pending && !saver.stopped) {
				this.#app.keepUnsaved(this);
				void this.#finishInBackground(saver, generation);
				return;
			}
		}
		await this.#release(generation);
	}

	async #finishInBackground(saver: DocSaver<DocRecord>, generation: number): Promise<void> {
		await saver.stored();
		if (generation !== this.#generation) return;
		this.#app.dropUnsaved(this);
		await this.#release(generation);
	}

	async #release(generation: number): Promise<void> {
		if (this.#saver) await this.#saver.dispose();
		if (generation !== this.#generation) return;
		this.#unwatchHide?.();
		this.#unwatchHide = null;
		if (this.#lock) {
			this.#lock.release();
			this.#app.channel.post({ type: 'docs-changed', ids: [this.#id] });
		}
		this.#lock = null;
	}

	/** Reopen in this tab a session that was closed with unsaved text (see `close`). */
	revive(): void {
		this.#generation++;
		this.#closed = false;
	}
}
