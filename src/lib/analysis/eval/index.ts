/**
 * What `npm run eval` (scripts/eval.mjs) bundles from source besides the built engine: the
 * matching helpers, the sentence classifiers (for classifier-level figures), the in-repo
 * labelled sets and the extract scorer. Not part of the engine's public API.
 */
export * from './match.js';
export {
	classifyPolicy,
	findAnchors,
	findGenericMarkers,
	findRationale,
	givesReasonFor,
	isHedged,
	isSpecific,
	sectionRole
} from '../classify/index.js';
export { SENTENCES } from '../fixtures/sentences.js';
export { DOCS } from '../fixtures/docs.js';
export { groupMatches, sameName, sampleDocName, scoreExtraction } from '../extract/score.js';
