/**
 * Sentence classifiers shared by the checker rules and the extract engine. Each follows
 * the label definitions in samples/README.md ("What the sentence-level labels mean").
 */
export {
	phraseMatcher,
	wordSet,
	wordsOf,
	type PhraseMatcher,
	type Span,
	type Word
} from './phrases.js';
export { findHedges, isHedged } from './hedge.js';
export {
	findAnchors,
	findBuzzwords,
	findGenericMarkers,
	isSpecific,
	type Anchor,
	type AnchorKind
} from './specificity.js';
export {
	classifyPolicy,
	isGoalsSection,
	isPolicy,
	isSummarySection,
	sectionRole,
	type PolicyContext,
	type PolicyResult,
	type SectionRole
} from './policy.js';
export { findRationale, givesReasonFor, hasRationale, type Rationale } from './rationale.js';
export { findTimes, monthsOf, resolveTime, type TimeMention, type TimeRange } from './time.js';
export { groundingCounts, type GroundingCounts } from './grounding.js';
export { findAbsolutes, type Absolutes } from './audacity.js';
export { COMMITMENT_MODALS, DECISION_VERBS, IMPERATIVE_VERBS } from '../lexicon/decisions.js';
export { BENEFIT_VERBS, RATIONALE_MARKERS } from '../lexicon/rationale.js';
export { HEDGES } from '../lexicon/hedges.js';
export { BUZZWORDS, VAGUE_QUANTIFIERS, VAGUE_VERBS } from '../lexicon/generic.js';
