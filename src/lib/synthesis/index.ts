/**
 * Synthesize strategy (issue 4, the page's logic): design docs → `extract` → a board the author
 * works through → a strategy draft in Markdown, and later what is new since that draft.
 * Pure TypeScript, no DOM; see README.md.
 */
export * from './selection';
export * from './phrasing';
export * from './board';
export * from './evidence';
export * from './draft';
export * from './record';
export * from './diff';
export * from './saved';
