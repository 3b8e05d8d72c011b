/**
 * Hedge detection: hedging and non-committal language in a sentence (samples README,
 * label `hedged`). Commitment modals (must, should, will) are not hedges; `may` is a hedge
 * only in its epistemic sense ("this may slow us down"), not its deontic one ("only the
 * Identity team may issue tokens", "unit tests may not touch the network").
 */
import { HEDGES } from '../lexicon/hedges.js';
import { phraseMatcher, wordBefore, type Span, type Word } from './phrases.js';

const HEDGE_MATCHER = phraseMatcher(HEDGES);

// `generally available` is a release stage; `a kind of service` is a classifier, not a hedge.
const FALSE_FRIENDS = /^(?:generally(?=\s+available)|could(?=\s+not\b|n['’]t))/i;
const KIND_OF_DETERMINERS = new Set([
	'a',
	'an',
	'the',
	'this',
	'that',
	'what',
	'any',
	'every',
	'one',
	'new',
	'same',
	'which'
]);

const MAY = /\bmay\b(\s+not)?(\s+only)?\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/giu;
// Subjects that make `may` a guess about the world rather than a permission.
const EPISTEMIC_SUBJECT =
	/\b(?:we|it|this|that|there|which|what|these|those|some|they|such|results?|numbers?|costs?|latency|demand|load|traffic)\s+(?:\w+\s+)?$/i;
// Verbs after `may` that report possibility, not permission.
const EPISTEMIC_VERBS = new Set([
	'be',
	'have',
	'need',
	'take',
	'cause',
	'depend',
	'become',
	'help',
	'require',
	'want',
	'seem',
	'prove',
	'affect',
	'lead',
	'happen',
	'mean',
	'make',
	'turn',
	'end',
	'look',
	'feel',
	'get',
	'fail',
	'break',
	'slow',
	'grow',
	'increase',
	'decrease',
	'exceed',
	'hurt',
	'result',
	'vary',
	'well',
	'also',
	'even',
	'still',
	'eventually',
	'already',
	'or',
	'never',
	'drift',
	'differ',
	'change',
	'come',
	'apply',
	'work',
	'not'
]);
const OPEN_ENDED =
	/\b(?:later|eventually|at some point|in the future|one day|after the first|if|unless)\b/i;
const PARTICIPLE = /(?:ed|en|wn|ilt|ept|ent|un|ut|et|ade|one|ld|ung|ught)$/;

/**
 * Is this `may` epistemic (a hedge)? Deontic readings: `only … may`, `may not`/`may only`
 * with an action verb, `may` + an action verb, `may be` + a participle (`may be cached`),
 * each with an agent subject.
 */
function epistemicMay(sentence: string, at: number, m: RegExpExecArray): boolean {
	const before = sentence.slice(0, at);
	if (EPISTEMIC_SUBJECT.test(before)) return true;
	// `may revisit … later`, `may drift … if`: a possibility hung on a time or a condition.
	if (OPEN_ENDED.test(sentence.slice(at))) return true;
	const verb = m[3].toLowerCase();
	const next = (m[4] ?? '').toLowerCase();
	if (/\bonly\b/i.test(before) || m[2]) return verb === 'be' && !PARTICIPLE.test(next);
	if (verb === 'be') return !PARTICIPLE.test(next) || next === 'seen' || next === 'needed';
	if (m[1]) return EPISTEMIC_VERBS.has(verb);
	return EPISTEMIC_VERBS.has(verb);
}

/** Whether a sentence uses `may` in its deontic sense (a permission or a prohibition). */
export function hasDeonticMay(sentence: string): boolean {
	if (!/may/i.test(sentence)) return false;
	MAY.lastIndex = 0;
	for (let m = MAY.exec(sentence); m; m = MAY.exec(sentence))
		if (!epistemicMay(sentence, m.index, m)) return true;
	return false;
}

/** Whether a sentence uses `may` in its epistemic sense (a possibility: a hedge). */
export function hasEpistemicMay(sentence: string): boolean {
	if (!/may/i.test(sentence)) return false;
	MAY.lastIndex = 0;
	for (let m = MAY.exec(sentence); m; m = MAY.exec(sentence))
		if (epistemicMay(sentence, m.index, m)) return true;
	return false;
}

/** The hedges in a sentence, in order, as spans of the sentence. */
export function findHedges(sentence: string, words?: readonly Word[]): Span[] {
	const out: Span[] = [];
	for (const s of HEDGE_MATCHER.find(sentence, words)) {
		if (FALSE_FRIENDS.test(sentence.slice(s.start))) continue;
		if (/^(?:kind|sort) of/i.test(s.text) && KIND_OF_DETERMINERS.has(wordBefore(sentence, s.start)))
			continue;
		out.push(s);
	}
	if (!/may/i.test(sentence)) return out;
	MAY.lastIndex = 0;
	for (let m = MAY.exec(sentence); m; m = MAY.exec(sentence)) {
		if (epistemicMay(sentence, m.index, m))
			out.push({ start: m.index, end: m.index + 3, text: sentence.slice(m.index, m.index + 3) });
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Whether a sentence hedges (samples README, label `hedged`). */
export function isHedged(sentence: string): boolean {
	return findHedges(sentence).length > 0;
}
