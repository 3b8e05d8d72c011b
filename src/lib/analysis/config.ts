/**
 * Checker configuration: per-kind thresholds, per-rule budgets and rules on/off.
 *
 * Budgets, not bans: where one hit means little (one generic sentence, one hedge), a rule
 * reports each hit as a warning and raises an error only when the document as a whole goes
 * over its budget, the way Hemingway says "4 generic sentences, aim for 1 or fewer".
 */
import { DOC_KINDS, RULE_IDS, type RuleId } from './types.js';

export { DOC_KINDS, RULE_IDS };

/** Everything the checker can be told. `resolveConfig` fills the gaps from `defaultConfig`. */
export interface Config {
	/** A vision should be one to two pages: words outside [minWords, maxWords] are an error. */
	vision: { minWords: number; maxWords: number };
	/**
	 * "Write until you start to generalize, then stop": a strategy over maxWords is an error,
	 * and one under minWords has too little to review.
	 */
	strategy: { minWords: number; maxWords: number };
	/** A design doc needs substance: at least minWords of prose and minSentences sentences. */
	design: { minWords: number; minSentences: number };
	/** A vision's stated horizon must fall between minYears and maxYears after `today`. */
	horizon: { minYears: number; maxYears: number };
	/** Document-level budgets; going over one turns a rule's warnings into an error. */
	budgets: {
		/** Largest share of prose sentences with no concrete anchor (0..1). */
		genericShare: number;
		/** Largest share of prose sentences with hedging language (0..1). */
		hedgedShare: number;
		/** Largest share of policies with no rationale in reach (0..1), strategy and design. */
		unreasonedShare: number;
		/** For a vision: smallest share of prose paragraphs that give any reason (0..1). */
		reasonedParagraphShare: number;
		/** Largest share of technology paragraphs with no tie to users or the business (0..1). */
		ungroundedShare: number;
		/** Most strong audacity markers (zero incidents, unlimited, 100% of…) a vision may hold. */
		audacityMarkers: number;
	};
	/** Rules switched on or off; a missing id means on (where the rule applies to the kind). */
	rules: Partial<Record<RuleId, boolean>>;
}

/** A configuration override: any subset of `Config`, nested objects included. */
export type ConfigInput = {
	[K in keyof Config]?: Config[K] extends Record<string, unknown> ? Partial<Config[K]> : Config[K];
};

/** The defaults (DESIGN.md: a vision is one to two pages, two to three years out). */
export const defaultConfig: Readonly<Config> = Object.freeze({
	vision: Object.freeze({ minWords: 400, maxWords: 1000 }),
	strategy: Object.freeze({ minWords: 150, maxWords: 1500 }),
	design: Object.freeze({ minWords: 150, minSentences: 6 }),
	horizon: Object.freeze({ minYears: 2, maxYears: 3 }),
	budgets: Object.freeze({
		genericShare: 0.45,
		hedgedShare: 0.2,
		unreasonedShare: 0.6,
		reasonedParagraphShare: 0.2,
		ungroundedShare: 0.5,
		audacityMarkers: 2
	}),
	rules: Object.freeze({})
}) as Readonly<Config>;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function count(path: string, v: unknown, min = 0): number {
	if (typeof v !== 'number' || !Number.isFinite(v) || v < min)
		throw new RangeError(
			`Invalid config ${path}: ${JSON.stringify(v)} (expected a number ≥ ${min})`
		);
	return v;
}

function share(path: string, v: unknown): number {
	if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
		throw new RangeError(`Invalid config ${path}: ${JSON.stringify(v)} (expected 0..1)`);
	return v;
}

function section<T extends object>(
	name: string,
	base: T,
	input: unknown,
	check: (path: string, v: unknown) => number
): T {
	if (input === undefined) return base;
	if (!isObject(input))
		throw new RangeError(`Invalid config ${name}: ${JSON.stringify(input)} (expected an object)`);
	const out = { ...base } as Record<string, unknown>;
	for (const [key, value] of Object.entries(input)) {
		if (!(key in base)) throw new RangeError(`Unknown config key ${name}.${key}`);
		if (value !== undefined) out[key] = check(`${name}.${key}`, value);
	}
	return out as T;
}

/**
 * Merge a partial configuration over the defaults and validate it.
 * Throws a RangeError naming the bad key or value (unknown keys included, so a typo in a
 * config file is caught instead of silently ignored).
 */
export function resolveConfig(partial?: ConfigInput | null): Config {
	if (partial === undefined || partial === null) return defaultConfig as Config;
	if (!isObject(partial))
		throw new RangeError(`Invalid config: ${JSON.stringify(partial)} (expected an object)`);
	for (const key of Object.keys(partial))
		if (!(key in defaultConfig)) throw new RangeError(`Unknown config key ${key}`);
	const d = defaultConfig;
	const config: Config = {
		vision: section('vision', d.vision, partial.vision, (p, v) => count(p, v)),
		strategy: section('strategy', d.strategy, partial.strategy, (p, v) => count(p, v)),
		design: section('design', d.design, partial.design, (p, v) => count(p, v)),
		horizon: section('horizon', d.horizon, partial.horizon, (p, v) => count(p, v)),
		budgets: section('budgets', d.budgets, partial.budgets, (p, v) =>
			p === 'budgets.audacityMarkers' ? count(p, v) : share(p, v)
		),
		rules: d.rules
	};
	if (partial.rules !== undefined) {
		if (!isObject(partial.rules))
			throw new RangeError(`Invalid config rules: ${JSON.stringify(partial.rules)}`);
		for (const [id, on] of Object.entries(partial.rules)) {
			if (!RULE_IDS.includes(id as RuleId))
				throw new RangeError(`Unknown rule id in config: ${id}`);
			if (typeof on !== 'boolean')
				throw new RangeError(
					`Invalid config rules.${id}: ${JSON.stringify(on)} (expected boolean)`
				);
		}
		config.rules = { ...partial.rules };
	}
	if (config.vision.minWords > config.vision.maxWords)
		throw new RangeError(
			`Invalid config vision: minWords ${config.vision.minWords} > maxWords ${config.vision.maxWords}`
		);
	if (config.strategy.minWords > config.strategy.maxWords)
		throw new RangeError(
			`Invalid config strategy: minWords ${config.strategy.minWords} > maxWords ${config.strategy.maxWords}`
		);
	if (config.horizon.minYears > config.horizon.maxYears)
		throw new RangeError(
			`Invalid config horizon: minYears ${config.horizon.minYears} > maxYears ${config.horizon.maxYears}`
		);
	return config;
}

/** A stable string for a resolved config, for cache keys. */
export function configKey(config: Config): string {
	return JSON.stringify(config);
}
