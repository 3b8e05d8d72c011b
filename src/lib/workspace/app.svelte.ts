/**
 * The app's shared services, created once per tab in the browser: the store, the tab channel,
 * toasts, the storage-health flag, the workspace list and the open editor session (so the
 * storage banner can export what is in memory from any page).
 */
import { DocStore, errorMessage, TabChannel } from '$lib/storage';
import { restoreSettings } from '$lib/model/envelope';
import { RECORD_VERSION, restoreRecord, type DocRecord, type Settings } from './model';
import { applyStepsToContent } from './steps';
import { StorageHealth } from './storage-health.svelte';
import { Toasts } from './toasts.svelte';
import { Transfer } from './transfer.svelte';
import { Workspace } from './workspace.svelte';
import type { DocSession } from './doc-session.svelte';

/** Shared services for one tab. */
export class App {
	readonly store = new DocStore<DocRecord>(restoreRecord, {
		version: RECORD_VERSION,
		applySteps: applyStepsToContent
	});
	readonly channel = new TabChannel();
	readonly toasts = new Toasts();
	readonly health = new StorageHealth();
	readonly workspace: Workspace;
	readonly transfer: Transfer;
	/** The document open in the editor, if any. */
	session = $state.raw<DocSession | null>(null);
	/** Resolves when the last closed session finished saving and released its lock. */
	closing: Promise<void> = Promise.resolve();
	/**
	 * Sessions left with text that could not be saved (storage full): they keep it in memory and
	 * keep retrying; reopening the document takes the session back (issue 9, item 1).
	 */
	// Bookkeeping, never rendered (`unsavedCount` is): a plain Map on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #unsaved = new Map<string, DocSession>();
	/** How many documents are waiting in memory to be saved (for the unload warning). */
	unsavedCount = $state(0);

	constructor() {
		void this.store.memoryOnly().then((memory) => {
			if (memory) this.health.report({ kind: 'unavailable', message: errorMessage('unavailable') });
		});
		this.workspace = new Workspace(this);
		this.transfer = new Transfer(this);
	}

	/** The stored workspace settings, validated; the defaults ({}) when unreadable. */
	async storedSettings(): Promise<Settings> {
		const stored = await this.store.readSettings();
		if (!stored.ok) return {};
		const restored = restoreSettings(stored.value.settings, stored.value.version);
		return restored.ok ? restored.value : {};
	}

	/** Keep a closed session whose text is not stored yet (it keeps retrying). */
	keepUnsaved(session: DocSession): void {
		this.#unsaved.set(session.id, session);
		this.unsavedCount = this.#unsaved.size;
	}

	/** Forget a kept session: its text is stored now. */
	dropUnsaved(session: DocSession): void {
		if (this.#unsaved.get(session.id) === session) this.#unsaved.delete(session.id);
		this.unsavedCount = this.#unsaved.size;
	}

	/** The kept session for document `id`, revived for the editor, if its text is still unsaved. */
	takeUnsaved(id: string): DocSession | null {
		const session = this.#unsaved.get(id);
		if (!session) return null;
		this.#unsaved.delete(id);
		this.unsavedCount = this.#unsaved.size;
		session.revive();
		return session;
	}

	/** Every document as it is in memory now: the open one and kept ones with unsaved text. */
	memoryDocs(): DocRecord[] {
		const open = this.session?.phase === 'ready' ? this.session.current() : null;
		const held = [...this.#unsaved.values()].map((s) => s.current());
		const inMemory = open ? [...held, open] : held;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
		const ids = new Set(inMemory.map((d) => d.id));
		return [...this.workspace.docs.filter((d) => !ids.has(d.id)), ...inMemory];
	}
}

let app: App | undefined;

/** The tab's `App`, created on first use (browser only). */
export function getApp(): App {
	app ??= new App();
	return app;
}
