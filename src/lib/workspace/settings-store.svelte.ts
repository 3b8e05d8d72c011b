/**
 * The workspace settings as reactive state: loaded once per tab (and again when another tab
 * says it changed them, so an open editor follows), saved on request.
 */
import type { Config } from '$lib/analysis/config.js';
import { restoreSettings as restoreWorkspaceSettings } from '$lib/model/envelope';
import type { App } from './app.svelte';
import { defaultSettings, restoreSettings, storeSettings, type Settings } from './settings';

/** Load state of the settings. */
export type SettingsPhase = 'loading' | 'ready';

/** The workspace's settings. */
export class SettingsStore {
	phase = $state<SettingsPhase>('loading');
	settings = $state.raw<Settings>(defaultSettings());
	/** Why the stored settings were not used, if they were not. */
	problem = $state<string | null>(null);
	readonly #app: App;
	#loading: Promise<void> | null = null;

	constructor(app: App) {
		this.#app = app;
		app.channel.listen((message) => {
			if (message.type === 'settings-changed' && this.phase === 'ready') void this.#read();
		});
	}

	/** The checker configuration in force. */
	get checker(): Config {
		return this.settings.checker;
	}

	/** Load once; later calls wait for the same load. */
	load(): Promise<void> {
		return (this.#loading ??= this.#read());
	}

	/** The stored settings object, validated and migrated by the model; null if unreadable. */
	async #stored(): Promise<{ value: object } | { error: string } | null> {
		const raw = await this.#app.store.readSettings();
		if (!raw.ok) {
			this.#app.health.report(raw.error);
			return null;
		}
		const restored = restoreWorkspaceSettings(raw.value.settings, raw.value.version);
		return restored.ok ? { value: restored.value } : { error: restored.error };
	}

	async #read(): Promise<void> {
		const stored = await this.#stored();
		if (!stored) {
			this.phase = 'ready';
			return;
		}
		const { settings, problem } =
			'error' in stored
				? {
						settings: defaultSettings(),
						problem: `The stored settings could not be read (${stored.error}); the defaults are in use.`
					}
				: restoreSettings((stored.value as { checker?: unknown }).checker);
		// Keep the object when nothing changed, so effects that read it do not re-run.
		if (JSON.stringify(settings) !== JSON.stringify(this.settings)) this.settings = settings;
		this.problem = problem;
		this.phase = 'ready';
	}

	/** Validate and store; resolves to an error sentence, or null when saved. */
	async save(settings: Settings): Promise<string | null> {
		const previous = await this.#stored();
		let stored;
		try {
			stored = storeSettings(settings, previous && 'value' in previous ? previous.value : {});
		} catch (error) {
			return (error as Error).message;
		}
		const result = await this.#app.store.writeSettings(stored);
		if (!result.ok) {
			this.#app.health.report(result.error);
			return result.error.message;
		}
		this.settings = settings;
		this.problem = null;
		return null;
	}

	/** Back to the engine's defaults. */
	reset(): Promise<string | null> {
		return this.save(defaultSettings());
	}
}

const stores = new WeakMap<App, SettingsStore>();

/** The tab's settings store for `app`, created on first use. */
export function getSettings(app: App): SettingsStore {
	let s = stores.get(app);
	if (!s) stores.set(app, (s = new SettingsStore(app)));
	return s;
}
