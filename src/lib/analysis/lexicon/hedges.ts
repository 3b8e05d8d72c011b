/**
 * Hedges and non-committal phrases: language that avoids committing to a decision.
 *
 * Where the words come from:
 * - `hedges` (wooorm/hedges, MIT, v2), filtered: that list was compiled for academic prose
 *   and includes words that are how policies are written (must, should, will, can), plain
 *   bounds (at least, about, around, roughly, approximately), quantifiers (many, some,
 *   often, few) that the specificity rule handles, and verbs with a literal meaning in
 *   engineering prose (find, read, say, estimate, assume, indicate). `HEDGE_EXCLUDED`
 *   lists every word removed and why.
 * - Our own non-committal phrases, from the samples README definition of `hedged`
 *   (where appropriate, as needed, it depends, aim to, try to, whatever best fits…) and
 *   the common variants of each.
 *
 * To edit: add lower-case words or phrases; multi-word entries match as phrases. `may` is
 * handled in classify/hedge.ts, because only its epistemic sense is a hedge.
 *
 * One home for hedging words: `check` reads `HEDGES` (classify/hedge.ts); `extract` reads
 * `HEDGES` and `HYPOTHETICALS` (extract/cues.ts) to tell a weighed option from a commitment.
 */
import { hedges } from 'hedges';

/** Words from the `hedges` package that are not hedges in engineering strategy prose. */
export const HEDGE_EXCLUDED: ReadonlySet<string> = new Set([
	// How commitments are written.
	'must',
	'should',
	'will',
	'can',
	'would',
	'always',
	'be sure',
	'certain',
	'certainly',
	'surely',
	'definite',
	'definitely',
	'clear',
	'clearly',
	'quite clearly',
	// Numeric bounds and approximations: `about five times` still states a measure.
	'about',
	'around',
	'roughly',
	'approximately',
	'at least',
	'so far',
	// Quantifiers and frequencies: vague, but the specificity rule owns them.
	'few',
	'little',
	'many',
	'much',
	'most',
	'mostly',
	'mainly',
	'largely',
	'partially',
	'overall',
	'some',
	'several',
	'bunch',
	'couple',
	'often',
	'frequently',
	'occasionally',
	'rare',
	'rarely',
	'seldom',
	'sometimes',
	'somebody',
	'someone',
	'something',
	'somewhere',
	'something or other',
	// Literal verbs and nouns in engineering prose.
	'find',
	'finds',
	'found',
	'read',
	'say',
	'says',
	'assume',
	'assumed',
	'assumes',
	'assumption',
	'estimate',
	'estimated',
	'estimates',
	'indicate',
	'diagnostic',
	'consistent with',
	'understand',
	'understands',
	'understood',
	'probability',
	'possibility',
	'necessarily',
	'actually',
	'effectively',
	'like',
	'rather',
	'really',
	'pretty',
	'quite',
	'and all that',
	'and so forth',
	'et cetera',
	'doubt',
	'supposed',
	// `appears in three documents` and `Alternatives considered` are literal; the hedging
	// forms are kept as phrases below.
	'appear',
	'appears',
	'appeared',
	'considered',
	'possible',
	// Statements of a team's judgement (we think, we believe) are how trade-offs are owned.
	'think',
	'thinks',
	'thought',
	'believe',
	'believes',
	'believed',
	// `may` needs its sense resolved first (deontic `may` is a rule, not a hedge).
	'may'
]);

/** Non-committal phrases that `hedges` does not list. */
export const NON_COMMITTAL: readonly string[] = [
	'arguably',
	'appears to',
	'appear to',
	'appeared to',
	'it is possible',
	"it's possible",
	'if at all possible',
	'ideally',
	'potentially',
	'where appropriate',
	'as appropriate',
	'when appropriate',
	'if appropriate',
	'whatever makes sense',
	'where possible',
	'wherever possible',
	'whenever possible',
	'when possible',
	'if possible',
	'where applicable',
	'when applicable',
	'if applicable',
	'as applicable',
	'where relevant',
	'when relevant',
	'if relevant',
	'as relevant',
	'on a best effort basis',
	'on a best-effort basis',
	'would be preferable',
	'would be nice',
	'where feasible',
	'if feasible',
	'where practical',
	'where it makes sense',
	'when it makes sense',
	'if it makes sense',
	'where needed',
	'as needed',
	'if needed',
	'when needed',
	'as necessary',
	'if necessary',
	'it depends',
	'where it adds value',
	'where it helps',
	'where it matters',
	'as it makes sense',
	'if it adds value',
	'depends on the',
	'depend on the',
	// `in most cases` weakens a rule; `in some cases` / `in many cases` state how far a fact
	// reaches (`In many cases, features are proposed on the forum`), so they are not listed.
	'in most cases',
	'case by case',
	'case-by-case',
	'to some extent',
	'to a degree',
	'aim to',
	'aims to',
	'aiming to',
	'try to',
	'tries to',
	'trying to',
	'attempt to',
	'strive to',
	'strives to',
	'striving to',
	'hope to',
	'hopes to',
	'hoping to',
	'aspire to',
	'would like to',
	"we'd like to",
	'whatever best fits',
	'whatever works',
	'whichever fits',
	'whichever works',
	'look into',
	'explore',
	'exploring',
	'considering',
	'could',
	'might',
	'perhaps',
	'probably',
	'possibly',
	'maybe',
	'generally',
	// `usually` comes from `hedges`; its siblings do not.
	'typically',
	'tend to',
	'tends to',
	'tended to',
	'not sure',
	'seem',
	'seems',
	'seemed',
	'consider'
];

/** The hedge lexicon: filtered `hedges` plus our non-committal phrases, lower-case. */
export const HEDGES: readonly string[] = [
	...new Set([...hedges.filter((w) => !HEDGE_EXCLUDED.has(w)), ...NON_COMMITTAL])
];

/**
 * Hypotheticals `extract` reads as hedges on top of `HEDGES`: in a design doc's clause,
 * "would" marks the conditional mood of an alternative being weighed, and "may" and "if we" a
 * possibility, not a commitment. `check` leaves them out of `HEDGES` because in a strategy
 * they are hedges only in some senses (`would` in "which would let us", deontic `may`): see
 * `HEDGE_EXCLUDED` and classify/hedge.ts.
 */
export const HYPOTHETICALS: readonly string[] = ['would', 'may', 'if we'];
