/**
 * The checker's part of the workspace settings (`WorkspaceData.settings.checker`, stored with
 * `DocStore.writeSettings`, versioned and migrated with the rest by $lib/model): thresholds and
 * rules, holding only what differs from the engine's `defaultConfig`, so improved defaults
 * reach everyone who did not change that value. Load = validate → fill defaults, returning a
 * result and a sentence, never throwing; other keys of the settings object are kept as they are.
 *
 * DO NOT CHANGE the stored shape (`checker: ConfigInput`) without a model migration.
 */
import {
	defaultConfig,
	resolveConfig,
	type Config,
	type ConfigInput
} from '$lib/analysis/config.js';

/** What is stored: the workspace settings object, with the checker's overrides under `checker`. */
export interface StoredSettings {
	/** Overrides of `defaultConfig` (only keys that differ). */
	checker?: ConfigInput;
	[key: string]: unknown;
}

/** Settings as the app uses them. */
export interface Settings {
	/** The checker's full configuration. */
	checker: Config;
}

/** The defaults: the engine's. */
export function defaultSettings(): Settings {
	return { checker: structuredClone(defaultConfig) as Config };
}

/**
 * The stored `checker` part → settings; `problem` says what was wrong when it could not be used.
 */
export function restoreSettings(raw: unknown): { settings: Settings; problem: string | null } {
	if (raw === undefined || raw === null) return { settings: defaultSettings(), problem: null };
	if (typeof raw !== 'object' || Array.isArray(raw))
		return {
			settings: defaultSettings(),
			problem: 'The stored settings had an unknown format; the defaults are in use.'
		};
	try {
		return { settings: { checker: resolveConfig(raw as ConfigInput) }, problem: null };
	} catch (error) {
		return {
			settings: defaultSettings(),
			problem: `The stored settings were invalid (${(error as Error).message}); the defaults are in use.`
		};
	}
}

/**
 * Settings → what to store, over the stored object `previous` (its other keys kept):
 * validated (throws a RangeError naming a bad value), defaults left out.
 */
export function storeSettings(settings: Settings, previous: object = {}): StoredSettings {
	const config = resolveConfig(settings.checker as ConfigInput);
	const checker: Record<string, unknown> = {};
	for (const section of ['vision', 'strategy', 'design', 'horizon', 'budgets'] as const) {
		const diff: Record<string, number> = {};
		const base = defaultConfig[section] as unknown as Record<string, number>;
		for (const [k, v] of Object.entries(config[section])) if (base[k] !== v) diff[k] = v;
		if (Object.keys(diff).length) checker[section] = diff;
	}
	const rules = Object.fromEntries(Object.entries(config.rules).filter(([, on]) => on === false));
	if (Object.keys(rules).length) checker.rules = rules;
	return { ...previous, checker: checker as ConfigInput };
}
