/**
 * Audacity markers: absolutes and infinite-resource promises in outcome claims. A vision
 * should be optimistic, not audacious (Larson); "zero incidents" and "unlimited" promise
 * what no plan delivers.
 *
 * Where the words come from: our own lists, from the examples (zero incidents,
 * 100% of, never again, every team, unlimited) and their common variants.
 *
 * To edit: lower-case phrases. Strong markers count toward the document's budget; weak
 * ones (universal quantifiers that are often just scope) are reported as information only.
 */

/** Phrases that promise the impossible on their own. */
export const STRONG_ABSOLUTES: readonly string[] = [
	'never again',
	'never fail',
	'never fails',
	'can never',
	'will never',
	'no upper limit',
	'no limit',
	'no limits',
	'without limit',
	'unlimited',
	'infinite',
	'infinitely',
	'limitless',
	'whatever it takes',
	'as many as it takes',
	'as many clusters as it takes',
	'on earth',
	'in the world',
	'every country',
	'every currency',
	'every market',
	'every programming language',
	'any volume',
	'any scale',
	'perfect',
	'perfectly',
	'flawless',
	'flawlessly',
	'instantly',
	'instant and',
	'bug-free',
	'zero-defect',
	'ever again',
	'at any hour',
	'all of them, always',
	'100% uptime',
	'100% availability'
];

/** Nouns that `zero` turns into an impossible promise (`zero incidents`). */
export const ZERO_NOUNS: readonly string[] = [
	'incidents',
	'incident',
	'outages',
	'outage',
	'downtime',
	'bugs',
	'bugs',
	'defects',
	'errors',
	'failures',
	'lag',
	'latency',
	'tickets',
	'complaints',
	'fraud',
	'losses',
	'risk',
	'churn',
	'friction',
	'toil',
	'pages',
	'duplicate',
	'lost',
	'support',
	'breaking',
	'manual',
	'effort'
];

/** Universal quantifiers that are often plain scope, so they only count as weak signals. */
export const WEAK_ABSOLUTES: readonly string[] = [
	'every',
	'always',
	'never',
	'all',
	'everything',
	'everyone',
	'everywhere',
	'any',
	'no one',
	'nothing'
];
