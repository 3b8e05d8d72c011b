/**
 * Workspace settings (stored with `DocStore.writeSettings`): for now, the checker's thresholds
 * and rules. Stored as a versioned object holding only what differs from the engine's
 * `defaultConfig`, so improved defaults reach everyone who did not change that value.
 * Load = validate → fill defaults, returning a result and a sentence, never throwing.
 *
 * DO NOT CHANGE the stored shape (`{ version, checker }`) without a migration here.
 */
import {
	defaultConfig,
	resolveConfig,
	type Config,
	type ConfigInput
} from '$lib/analysis/config.js';

/** Version of the stored settings object. */
export const SETTINGS_VERSION = 1;

/** What is stored. */
export interface StoredSettings {
	version: typeof SETTINGS_VERSION;
	/** Overrides of `defaultConfig` (only keys that differ). */
	checker: ConfigInput;
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

/** Stored settings → settings; `problem` says what was wrong when they could not be used. */
export function restoreSettings(raw: unknown): { settings: Settings; problem: string | null } {
	if (raw === undefined || raw === null) return { settings: defaultSettings(), problem: null };
	const stored = raw as Partial<StoredSettings>;
	if (typeof raw !== 'object' || stored.version !== SETTINGS_VERSION)
		return {
			settings: defaultSettings(),
			problem: 'The stored settings had an unknown format; the defaults are in use.'
		};
	try {
		return { settings: { checker: resolveConfig(stored.checker ?? {}) }, problem: null };
	} catch (error) {
		return {
			settings: defaultSettings(),
			problem: `The stored settings were invalid (${(error as Error).message}); the defaults are in use.`
		};
	}
}

/** Settings → what to store: validated (throws a RangeError naming a bad value), defaults left out. */
export function storeSettings(settings: Settings): StoredSettings {
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
	return { version: SETTINGS_VERSION, checker: checker as ConfigInput };
}
