/**
 * Design docs → recurring decisions (issue 4). See extract/README.md for the method, the
 * synonym lexicon and how to measure.
 */
export { extract } from './extract.js';
export type {
	Commitment,
	ExtractedDecision,
	ExtractedEvidence,
	ExtractionResult,
	ExtractOptions
} from './extract.js';
export { groupStatements, termStats, vectorOf, idf, DEFAULT_GROUP_OPTIONS } from './group.js';
export type { GroupOptions, Grouping, Statement, TermStats } from './group.js';
export { keyTerms, SynonymIndex, DEFAULT_SYNONYMS } from './terms.js';
export type { Terms } from './terms.js';
