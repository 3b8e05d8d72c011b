/**
 * Fivefold's analysis engine: pure TypeScript over strings, the same in Node and the
 * browser. See README.md in this folder and DESIGN.md ("The engine's public contract").
 */
export { check, createChecker, type CheckOptions, type Checker } from './check.js';
export { defaultConfig, resolveConfig, RULE_IDS, type Config, type ConfigInput } from './config.js';
export { ruleInfo } from './rules/index.js';
export type { RuleInfo } from './rules/index.js';
export type * from './types.js';
export { DOC_KINDS, isDocKind } from './types.js';
export { extract, groupStatements } from './extract/index.js';
export type { ExtractedDecision, ExtractedEvidence, ExtractOptions } from './extract/index.js';
export { weave } from './weave/index.js';
export type { WeaveOptions } from './weave/index.js';
