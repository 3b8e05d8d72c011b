/**
 * The app's shared services, created once per tab in the browser: the store, the tab channel,
 * toasts, the storage-health flag, the workspace list and the open editor session (so the
 * storage banner can export what is in memory from any page).
 */
import { DocStore, errorMessage, TabChannel } from '$lib/storage';
import { restoreSettings } from '$lib/model/envelope';
import { RECORD_VERSION, restoreRecord, type DocRecord, type Settings } from './model';
import { StorageHealth } from './storage-health.svelte';
import { Toasts } from './toasts.svelte';
import { Transfer } from './transfer.svelte';
import { Workspace } from './workspace.svelte';
import type { DocSession } from './doc-session.svelte';

/** Shared services for one tab. */
export class App {
	readonly store = new DocStore<DocRecord>(restoreRecord, { version: RECORD_VERSION });
	readonly channel = new TabChannel();
	readonly toasts = new Toasts();
	readonly health = new StorageHealth();
	readonly workspace: Workspace;
	readonly transfer: Transfer;
	/** The document open in the editor, if any. */
	session = $state.raw<DocSession | null>(null);
	/** Resolves when the last closed session finished saving and released its lock. */
	closing: Promise<void> = Promise.resolve();

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

	/** Every document as it is in memory now: the open one with its unsaved text. */
	memoryDocs(): DocRecord[] {
		const open = this.session?.phase === 'ready' ? this.session.current() : null;
		const docs = this.workspace.docs.filter((d) => d.id !== open?.id);
		return open ? [...docs, open] : docs;
	}
}

let app: App | undefined;

/** The tab's `App`, created on first use (browser only). */
export function getApp(): App {
	app ??= new App();
	return app;
}
