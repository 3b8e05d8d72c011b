/**
 * Weave vision (issue 12, the page's logic): strategies → `weave` → a board where the author
 * resolves contradictions and keeps threads → a vision draft in Markdown, and later what is new
 * since that draft. Pure TypeScript, no DOM; see README.md.
 */
export * from './selection';
export * from './board';
export * from './draft';
export * from './record';
export * from './diff';
export * from './compare';
