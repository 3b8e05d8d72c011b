/**
 * Hedge detection: hedging and non-committal language in a sentence (samples README,
 * label `hedged`). Commitment modals (must, should, will) are not hedges; `may` is a hedge
 * only in its epistemic sense ("this may slow us down"), not its deontic one ("only the
 * Identity team may issue tokens", "unit tests may not touch the network").
 */
import { HEDGES } from '../lexicon/hedges.js';
import {
	listBit,
	listsOf,
	partsBit,
	partsWithin,
	phraseMatcher,
	wordBefore,
	wordsOf,
	type Span,
	type Word
} from './phrases.js';

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
	'which',
	'some'
]);

// `a "boy who cried wolf" kind of relationship`: a determiner a few modifiers back makes `kind
// of` a classifier too.
const KIND_OF_MODIFIED =
	/(?:^|\s)(?:a|an|the|this|that|what|any|every|one|same|which|some)\s+(?:[^\s,.;:]+\s+){1,4}$/i;

/** Whether `kind of`/`sort of` at `at` classifies a noun rather than softening a verb. */
function classifierKind(sentence: string, at: number): boolean {
	return (
		KIND_OF_DETERMINERS.has(wordBefore(sentence, at)) ||
		(/["”'’]\s*$/.test(sentence.slice(0, at)) && KIND_OF_MODIFIED.test(sentence.slice(0, at)))
	);
}

// A stance adverb between `may` and its verb (`may reasonably expect`) is skipped: the verb decides.
const MAY =
	/\bmay\b(\s+not)?(\s+only)?(?:\s+(?!only\b)\p{L}+ly\b)?\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/giu;
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
	'not',
	// Verbs of evidence and expectation: `may indicate a gap`, `teams may find that…`.
	'indicate',
	'suggest',
	'reflect',
	'find',
	'expect',
	// A frequency on the modal (`may not always succeed`, `may sometimes lag`) is a possibility.
	'always',
	'sometimes',
	'occasionally'
]);
const MAY_OR_MAY_NOT_AFTER = /^may\s+or\s+may\s+not\b/i;
const MAY_OR_BEFORE = /\bmay\s+or\s+$/i;
// `…, as may the server`: an inverted comparison that repeats the verb before it.
const AS_MAY_INVERTED = /^may\s+(?:the|a|an|its|their|our|other|some|any)\b/i;
// `some nodes may…`, `some of the clients may…`: the subject is a part of a population.
const SOME_SUBJECT = /(?:^|[\s,;:(])some\s+(?:of\s+(?:the|our|these|those)\s+)?[\p{L}-]+\s+$/iu;
const OPEN_ENDED =
	/\b(?:later|eventually|at some point|in the future|one day|after the first|if|unless)\b/i;
const PARTICIPLE = /(?:ed|en|wn|ilt|ept|ent|un|ut|et|ade|one|ld|ung|ught)$/;

const DISCRETION = /\b(?:at|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}discretion\b/iu;
const TRANSPARENT_ADVERB = /^(?:also|still|even)$/;
// `Repeated violations may result in a temporary suspension from the channel`: the consequence a
// rule attaches to a condition (a removal, a suspension, an exclusion from something) is a
// conditional specification, not a guess.
const SANCTION_AFTER =
	/^may\s+(?:result\s+in|lead\s+to)\s+(?:[\p{L}'’-]+\s+){0,2}?\p{L}+(?:al|ion|ment)\s+from\b/iu;

/**
 * Is this `may` epistemic (a hedge)? Deontic readings: `only … may`, `may not`/`may only`
 * with an action verb, `may` + an action verb, `may be` + a participle (`may be cached`),
 * each with an agent subject.
 */
function epistemicMay(sentence: string, at: number, m: RegExpExecArray): boolean {
	// `Vitess MAY add an option`: the RFC 2119 keyword grants an option, whatever its subject.
	if (m[0].startsWith('MAY')) return false;
	const before = sentence.slice(0, at);
	if (EPISTEMIC_SUBJECT.test(before)) return true;
	const verb = m[3].toLowerCase();
	const next = (m[4] ?? '').toLowerCase();
	// `you may also add a file`: said to the reader, `may` with an action verb grants.
	if (/\byou\s+$/i.test(before) && TRANSPARENT_ADVERB.test(verb) && !EPISTEMIC_VERBS.has(next))
		return false;
	if (SANCTION_AFTER.test(sentence.slice(at))) return false;
	// `releases that may happen whenever needed at the maintainers' discretion`: a discretion
	// named in the clause makes `may` the permission it grants.
	if (sentence.includes('discretion') && DISCRETION.test(sentence)) return false;
	// `may revisit … later`, `may drift … if`: a possibility hung on a time or a condition. With
	// an action verb and a condition (`the server may reject the request if the limit is
	// exceeded`), `may` states what is permitted when the condition holds: a conditional
	// specification (samples README), not a guess.
	const open = OPEN_ENDED.exec(sentence.slice(at));
	if (open && (!/^(?:if|unless)$/i.test(open[0]) || EPISTEMIC_VERBS.has(verb) || verb === 'be'))
		return true;
	if (/\bonly\b/i.test(before) || m[2]) return verb === 'be' && !PARTICIPLE.test(next);
	if (verb === 'be')
		return !PARTICIPLE.test(next) || next === 'seen' || next === 'needed' || next === 'required';
	if (m[1]) return EPISTEMIC_VERBS.has(verb);
	return EPISTEMIC_VERBS.has(verb);
}

/**
 * Whether the `may` at `at` describes variation rather than a guess or a permission: `X may or
 * may not Y` says both happen; `some clients may support…` says a part of a population does.
 */
function mayOfVariation(sentence: string, at: number): boolean {
	const before = sentence.slice(0, at);
	return (
		MAY_OR_MAY_NOT_AFTER.test(sentence.slice(at)) ||
		MAY_OR_BEFORE.test(before) ||
		(/\bas\s+$/i.test(before) && AS_MAY_INVERTED.test(sentence.slice(at))) ||
		SOME_SUBJECT.test(before)
	);
}

/** Whether a sentence uses `may` in its deontic sense (a permission or a prohibition). */
export function hasDeonticMay(sentence: string): boolean {
	if (!/may/i.test(sentence)) return false;
	MAY.lastIndex = 0;
	for (let m = MAY.exec(sentence); m; m = MAY.exec(sentence))
		if (!mayOfVariation(sentence, m.index) && !epistemicMay(sentence, m.index, m)) return true;
	return false;
}

/** Whether a sentence uses `may` in its epistemic sense (a possibility: a hedge). */
export function hasEpistemicMay(sentence: string): boolean {
	if (!/may/i.test(sentence)) return false;
	MAY.lastIndex = 0;
	for (let m = MAY.exec(sentence); m; m = MAY.exec(sentence))
		if (!mayOfVariation(sentence, m.index) && epistemicMay(sentence, m.index, m)) return true;
	return false;
}

// Effort verbs (`try to`, `aim to`) hedge the authors' own commitment; said of someone else
// (`users try to reconnect`, `the client attempts to resume`) they describe behaviour.
const EFFORT =
	/^(?:try|tries|trying|tried|attempt|attempts|attempting|aim|aims|aiming|hope|hopes|hoping|strive|strives|striving|aspire|aspires)\b/i;
// Subjects that make an effort verb or `could` the authors' own: first person, a team, or no
// subject at all (an imperative, `Try to keep…`).
const AUTHOR_SUBJECT =
	/^(?:we|i|we['’](?:ll|re|d)|i['’](?:ll|m|d)|let['’]s|let\s+us|our\s+(?:team|teams|goal|aim|plan)|the\s+(?:[\p{L}-]+\s+)?team|teams|each\s+team|every\s+team|you|(?:please\s+)?(?:do\s+)?)$/iu;
// `exploring`/`considering` hedge as a progressive verb (`we are exploring`, `we will
// consider`), not as a noun or a preposition (`after some exploring`, `considering the cost`).
const PROGRESSIVE_NEEDED = /^(?:exploring|considering)$/i;
const PROGRESSIVE_BEFORE =
	/\b(?:am|is|are|was|were|be|been|being|['’]re|['’]m|we|i|still|also|currently|actively|now)\s+(?:\p{L}+ly\s+)?$/iu;
// `could` that states an ability or its absence rather than a guess: negated (`could not`,
// `nobody could`), past ability (`could only`, `could no longer`), or inside a purpose clause
// (`so that users could…`).
const COULD_NEGATED_SUBJECT =
	/\b(?:nobody|no\s+one|none|nothing|neither|no\s+[\p{L}-]+|never)\s+(?:[\p{L}-]+\s+)?$/iu;
const COULD_ABILITY_AFTER =
	/^could\s+(?:not\b|n['’]t|never\b|hardly\b|barely\b|only\b|no\s+longer\b|always\b|already\b)/i;
const PURPOSE_BEFORE = /\bso(?:\s+that)?\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;
// Phrases that hedge and that no word list catches alone.
const HEDGE_PHRASES =
	/\b(?:there\s+is|there['’]s|there\s+may\s+be|there\s+might\s+be)\s+(?:a|some|an\s+argument|a\s+good|a\s+strong)?\s*case\s+for\b|\bstriv(?:e|es|ing)\s+for\b|\baspir(?:e|es|ing)\s+to(?:wards?)?\b|\bin\s+principle\b/giu;

/** The subject words of the clause before `at`: text after the last clause break. */
function clauseBefore(sentence: string, at: number): string {
	const before = sentence.slice(0, at);
	const cut = Math.max(
		before.lastIndexOf(','),
		before.lastIndexOf(';'),
		before.lastIndexOf(':'),
		before.lastIndexOf('—'),
		before.lastIndexOf('('),
		before.lastIndexOf(' and '),
		before.lastIndexOf(' but ')
	);
	return before.slice(cut + 1).trim();
}

/** Whether an effort verb at `at` is said of the authors (or is an imperative). */
function authorsEffort(sentence: string, at: number): boolean {
	const clause = clauseBefore(sentence, at)
		.replace(
			/\b(?:will|shall|should|must|can|would|could|also|always|still|then|not|now|to|continue|continues|need|needs|want|wants|am|is|are|be|will be|currently|actively)\b/gi,
			' '
		)
		.replace(/\s+/g, ' ')
		.trim();
	if (AUTHOR_SUBJECT.test(clause)) return true;
	// `By fostering a community we hope to…`, `While we try to…`: an adverbial before the
	// subject; `This proposal aims to…`: the document speaks for its authors; `in order to try
	// to…`, `with an aim to…`: a purpose of the authors' with no subject of its own.
	if (
		AUTHOR_LAST_WORD.test(clause) ||
		DOCUMENT_SUBJECT.test(clause) ||
		PURPOSE_OR_NOUN.test(clause)
	)
		return true;
	// `OpenTelemetry strives to…`, `The Foo project aims to…`: a project speaking of itself in
	// the third person (a mission or vision page) hedges its own commitment. Only verbs of
	// intention: a named system that `tries` or `attempts` something is behaving.
	return (
		INTENT.test(sentence.slice(at)) &&
		PROJECT_SUBJECT.test(clause) &&
		!POPULATION.test(clause.split(/\s+/).pop() ?? '')
	);
}
const INTENT = /^(?:aim|aims|aiming|hope|hopes|hoping|strive|strives|striving|aspire|aspires)\b/i;
// A proper name (`OpenTelemetry`, `The Foo project`) or the project or community itself.
const PROJECT_SUBJECT =
	/^(?:(?:the|our)\s+)?(?:\p{Lu}[\p{L}\d.+-]*\s+){0,2}(?:project|community|foundation|organi[sz]ation|initiative|ecosystem)$|^\p{Lu}[\p{L}\d.+-]*(?:\s+\p{Lu}[\p{L}\d.+-]*)?$/u;
// People the document describes rather than speaks for (`Users hope to…`).
const POPULATION =
	/^(?:users?|customers?|people|developers?|operators?|clients?|callers?|attackers?|readers?|vendors?|companies|others|they|he|she|it)$/i;
const AUTHOR_LAST_WORD = /(?:^|\s)(?:we|i|we['’](?:ll|re|d)|i['’](?:ll|m|d))$/iu;
const DOCUMENT_SUBJECT =
	/^(?:this|the)(?:\s+(?:proposal|document|doc|rfc|design|adr|cfp|otep|kep|pep|change|plan|roadmap|strategy|work|effort|project|initiative|section|recommendation|approach|specification|spec|guide|page|process))?$/i;
const PURPOSE_OR_NOUN = /(?:^|\s)(?:in\s+order|so\s+as|an|our|the|with\s+an|with\s+the)$/i;

// `consider` introducing an example or the next point (`Consider the following code:`,
// `Let's consider some examples`) is discourse, not a tentative suggestion.
const CONSIDER_DISCOURSE =
	/^consider(?:s|ed|ing)?\s+(?:(?:the|a|an|this|these|some|two|three|an?\s+other)\s+)?(?:[\p{L}-]+\s+)?(?:following|example|examples|case|cases|scenario|scenarios|code|snippet|program)\b/iu;
// `could be called`, `could be described as`: naming a thing, not doubting it.
const COULD_NAMING =
	/^could\s+be\s+(?:called|named|termed|described|referred|thought\s+of|seen\s+as)\b/i;
// `Rather than try to guess…`: a non-finite verb inside a comparison has no committing subject.
const NON_FINITE_BEFORE = /\b(?:rather\s+than|instead\s+of|than)\s+$/i;

// `could` as the consequence in a conditional or counterfactual (`the code could remove the
// import` after `would be taken care of`, `could be obviated if…`), or as an option a setup
// makes available (`With multi-cluster we could do a blue-green upgrade`): not a guess.
const COULD_CONDITIONAL = /\b(?:would|if|assuming|unless|whether)\b|['’]d\b/i;
const COULD_ENABLED = /^(?:with|in\s+this\s+(?:situation|case|way)|this\s+way|that\s+way)\b/i;
// `consider if they are correct`, `two issues to consider`: the weighing itself is the action.
const CONSIDER_LITERAL_AFTER = /^consider\s+(?:if|whether|how|what|why|which|who)\b/i;
// `suggest` hedges the authors' own recommendation (`we suggest…`, `I'd suggest…`); reported
// (`Research suggests…`, `DR suggests…`) or as the action itself (`a good idea to suggest to the
// developer…`) it is literal.
// Reported (`In the last RFC we suggested…`) or with a mandative subjunctive (`I suggest that the
// loop be removed`: the formal proposal itself, as `propose that`), it is not tentative.
const MANDATIVE = /^\s+that\s+(?:[\p{L}\d`'’_.-]+\s+){1,5}?(?:not\s+)?be\s/iu;
const SUGGEST_BY_AUTHORS = /^(?:we|i|we['’]d|i['’]d|we\s+would|i\s+would)(?:\s+\p{L}+ly)?$/iu;

// Subjects that make `could` the authors' guess or option (`we could`, `this could help`,
// `you could also measure`); a sentence that opens with `Could` has none and is a suggestion.
// Said of a named thing (`godoc.org could show users…`, `the RFC could be discarded`,
// `users could use CDEvents`) `could` describes a possibility of that system or process:
// the samples README's "technical possibility describing a system", not a hedge.
const COULD_AUTHOR_OR_PRONOUN =
	/^(?:we|i|you|our|my|your|us|it|this|that|these|those|there|they|one|which|let['’]s)$/i;
const COULD_SKIP = /^(?:\p{L}+ly|also|still|then|even|only|just|so|and|but|or)$/iu;

// `memo could be an actual component`, `the progress could be tracked by issue number`: `could
// be` with no agent named is an option or a guess about the thing, whoever its subject (the
// authors weighing a design); `could be reopened by its reporter` names who may act, and a
// scenario the sentence sets (`in the case of a breach`, `during the review phase`, `for cases
// where the link drops`) makes it what the process or system does then, like COULD_CONDITIONAL.
const COULD_BE = /^could\s+(?:(?:also|then|still|simply|just|instead)\s+)?be\s/i;
const BY_AGENT = /\bby\s+(?:its|their|his|her|the|a|an|any|each|every)\s/i;
const SCENARIO =
	/\b(?:in\s+(?:the\s+)?case\s+of|(?:in|for)\s+(?:the\s+)?cases?\s+(?:where|when)|during|when|whenever|once(?!\s+again\b)|after|before)\b/i;

/** Whether `could be…` at `at` weighs an option rather than naming an agent or a scenario. */
function couldBeOption(sentence: string, at: number): boolean {
	const after = sentence.slice(at);
	return (
		COULD_BE.test(after) && !BY_AGENT.test(after.split(/[,;:]/)[0]) && !SCENARIO.test(sentence)
	);
}

/** Whether the clause before `could` at `at` has the authors, a pronoun or no subject. */
function couldOfAuthors(sentence: string, at: number): boolean {
	const words = (clauseBefore(sentence, at).match(/[\p{L}'’]+/gu) ?? []).filter(
		(w) => !COULD_SKIP.test(w)
	);
	if (!words.length) return true;
	const last = words[words.length - 1].toLowerCase();
	// `features that could…`, `a change which could…`: a relative clause about a thing.
	if ((last === 'that' || last === 'which' || last === 'who') && words.length > 1) return false;
	return words.slice(-3).some((w) => COULD_AUTHOR_OR_PRONOUN.test(w));
}

// `consider X to be Y` defines (`We consider assets.example.org to be a GOV.UK domain`).
const CONSIDER_DEFINES = /^consider(?:s|ed)?\s+(?:\S+\s+){1,6}?to\s+be\b/i;
// `looks like a GOV.UK page` compares a thing with another; `it looks like we will…` hedges.
const LOOK_LIKE_THING = /^looks?\s+like\s+(?:a|an|the|any|one|each|every|other|another)\b/i;
// `basically no reason`, `essentially all`: an intensifier on an absolute, not a hedge.
const INTENSIFIED_ABSOLUTE =
	/^\s+(?:no|none|nothing|nobody|never|every|all|always|any|the\s+same|identical|impossible)\b/i;
// `designs explore an idea`: the verb said of a thing; the authors exploring is the hedge.
const EXPLORE = /^explor(?:e|es|ed)$/i;

// `I would like to…`, `we'd like to adopt ARI`: a stated wish (a user story's want, a team's
// intent), not doubt; a hedge inside what is wished (`we'd like to explore…`) is still found.
const VOLITION = /^(?:would|we['’]d|i['’]d)\s+like\s+to$/i;
// `If you don't know where to start…`, `If you previously had fairly lax reviews…`: the
// hedge describes the reader's situation in a condition, not the authors' commitment (until
// `then` opens the main clause: `if you don't need X then you're likely better off…`).
const LEADING_MARKUP = /^[\s*_>#-]+/;
const READER_CONDITION =
	/^(?:if|when|unless|whenever)\s+(?:you|they|someone|anyone|a\s+user|users|a\s+reader|readers)\b(?!.*\bthen\b)/i;
// `Rather than try to guess what it might be useful to reserve, this RFC reserves…`: the hedge
// belongs to the alternative the sentence rejects (up to the clause break that ends it).
const REJECTED_ALTERNATIVE = /\b(?:rather\s+than|instead\s+of)\b/i;

/** The text after the last clause break (`,;:.—`) of `before`: read backwards, so a long
 *  sentence is not rescanned from every "rather than" for each hedge. */
function sinceClauseBreak(before: string): string {
	let i = before.length;
	while (i > 0 && !',;:.—'.includes(before[i - 1])) i--;
	return before.slice(i);
}
// `we will not attempt to…`, `never try to…`: declining an effort commits.
const NEGATED_BEFORE = /(?:\bnot|\bnever|n['’]t)\s+(?:[\p{L}]+\s+)?$/iu;
// `What this vision looks like differs…`: an appearance named in a wh-clause, not a guess.
const WH_CLAUSE = /^(?:what|how)\b/i;
// `backing off 250ms as needed`, `automatically allocates resources as needed`: how a system
// behaves (a participle clause or an automatic agent), not a rule left open.
const BEHAVIOUR_CLAUSE = /^\p{L}+ing\b|\b(?:automatically|dynamically)\b/iu;

const ALMOST_ALWAYS = /^almost\s+always\b/i;

// `a fairly reliable way`, `a somewhat fuzzy concept`, `a bit too long`: a degree adverb grades
// the property after it (`back off for a bit`: a duration); it does not leave a commitment open.
const DEGREE = /^(?:fairly|somewhat|slightly|relatively|a\s+bit)$/i;

// `as needed` said of how a system behaves. (Measured: widening this to `where possible`, `as
// necessary` lost two true hedges, `making it … as necessary` and `Existing features should be
// reused when possible`, and removed no false one.)
const OPEN_SCOPE = /^(?:as|when|where|if)\s+needed$/i;
// A modal in the clause makes it a rule (`Existing workers should be added as needed`).
const CLAUSE_MODAL = /\b(?:should|must|shall|will|can|need|needs|may)\b/i;
// `At the time, data could be stuck…`, `previously users could…`: a past ability or event, not a
// guess about the future.
const PAST_TIME =
	/\b(?:previously|formerly|in\s+the\s+past|used\s+to|at\s+the\s+time|back\s+then|historically|until\s+(?:now|recently))\b/i;

// The last sentence PAST_TIME read, and its answer: a sentence with many hedges reads it once.
let pastSentence = '';
let pastAnswer = false;
function pastTime(sentence: string): boolean {
	if (sentence !== pastSentence) {
		pastSentence = sentence;
		pastAnswer = PAST_TIME.test(sentence);
	}
	return pastAnswer;
}

// The quotation marks of the last sentence `quoted` read, by position: a sentence with many
// hedges finds them once instead of rescanning its start for each hedge.
let quoteSentence = '';
let quoteMarks: { open: number[]; close: number[]; straight: number[] } = {
	open: [],
	close: [],
	straight: []
};

/** How many of the sorted positions `xs` are below `at`. */
function countBelow(xs: number[], at: number): number {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid] < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Whether the span at `start` sits inside a quotation (`"…"`, `“…”`): words quoted, not said. */
function quoted(sentence: string, start: number): boolean {
	if (sentence !== quoteSentence) {
		quoteSentence = sentence;
		quoteMarks = { open: [], close: [], straight: [] };
		for (let i = 0; i < sentence.length; i++) {
			const c = sentence[i];
			if (c === '“') quoteMarks.open.push(i);
			else if (c === '”') quoteMarks.close.push(i);
			else if (c === '"') quoteMarks.straight.push(i);
		}
	}
	const { open, close, straight } = quoteMarks;
	const opens = countBelow(open, start);
	// The last “ before the span, and no ” after it (still before the span).
	if (
		opens > 0 &&
		(countBelow(close, start) === 0 || close[countBelow(close, start) - 1] < open[opens - 1])
	)
		return true;
	const straightBefore = countBelow(straight, start);
	if (straightBefore % 2 === 1) return true;
	// A quotation the sentence splitter cut: its closing mark, with no opening one before it,
	// ends the sentence or leads to its attribution (`…might be useful." -- A. Name`).
	const closeAt =
		straight.length % 2 === 1 && straightBefore === 0
			? straight[0]
			: close.length > 0 && opens === 0 && close[0] > start
				? close[0]
				: -1;
	return closeAt >= 0 && QUOTE_ENDS.test(sentence.slice(closeAt + 1));
}
const QUOTE_ENDS = /^\s*(?:$|[-—–]|\(|\[)/;

/** Whether the clause before `at` describes a system's behaviour (see BEHAVIOUR_CLAUSE). */
function behaviourClause(sentence: string, at: number): boolean {
	const clause = clauseBefore(sentence, at);
	return BEHAVIOUR_CLAUSE.test(clause) && !CLAUSE_MODAL.test(clause);
}

/** Whether a hedge match is a false friend in its context (see the patterns above). */
function notAHedge(sentence: string, s: Span): boolean {
	const word = s.text;
	const before = sentence.slice(0, s.start);
	if (VOLITION.test(word)) return true;
	if (quoted(sentence, s.start)) return true;
	if (/^(?:could|might)$/i.test(word) && pastTime(sentence)) return true;
	if (READER_CONDITION.test(clauseBefore(sentence, s.start))) return true;
	// `If you read this and are still unsure…`: the hedge in a reader's condition that opens the
	// sentence, before the comma that ends it.
	if (READER_CONDITION.test(before.replace(LEADING_MARKUP, '')) && !/[,;:]/.test(before))
		return true;
	if (REJECTED_ALTERNATIVE.test(sinceClauseBreak(before))) return true;
	if (EFFORT.test(word) && NEGATED_BEFORE.test(before)) return true;
	if (/^looks?\s+like$/i.test(word) && WH_CLAUSE.test(clauseBefore(sentence, s.start))) return true;
	if (/^likely$/i.test(word) && /\bthe\s+(?:more|less)\s+$/i.test(before)) return true;
	// `will become apparent`: visible, said of a thing; `apparently` and `the apparent cause` doubt.
	if (/^apparent$/i.test(word) && /\b(?:becom(?:e|es|ing)|became|be\s+made|made)\s+$/i.test(before))
		return true;
	// `almost never`, like `rarely`, is a frequency (the specificity rule owns frequencies), and so
	// is `almost always` (`this is almost always the case`); `almost all cases` still hedges.
	if (/^almost\s+never$/i.test(word) || ALMOST_ALWAYS.test(sentence.slice(s.start))) return true;
	if (DEGREE.test(word) && /^\s*,?\s*[\p{L}]/u.test(sentence.slice(s.end))) return true;
	if (OPEN_SCOPE.test(word) && behaviourClause(sentence, s.start)) return true;
	if (CONSIDER_DEFINES.test(sentence.slice(s.start))) return true;
	if (LOOK_LIKE_THING.test(sentence.slice(s.start))) return true;
	if (/^(?:basically|essentially)$/i.test(word) && INTENSIFIED_ABSOLUTE.test(sentence.slice(s.end)))
		return true;
	if (EXPLORE.test(word)) return !authorsEffort(sentence, s.start);
	// `In general, …` generalises; `too strict in general`, `what the CL does in general` scope.
	if (/^in\s+general$/i.test(word)) return sentence.slice(0, s.start).trim() !== '';
	if (/^suggest(?:s|ed|ing)?$/i.test(word))
		return (
			!SUGGEST_BY_AUTHORS.test(clauseBefore(sentence, s.start)) ||
			/^suggested$/i.test(word) ||
			MANDATIVE.test(sentence.slice(s.end))
		);
	if (EFFORT.test(word))
		return NON_FINITE_BEFORE.test(sentence.slice(0, s.start)) || !authorsEffort(sentence, s.start);
	if (/^consider/i.test(word) && !PROGRESSIVE_NEEDED.test(word))
		return (
			CONSIDER_DISCOURSE.test(sentence.slice(s.start)) ||
			CONSIDER_LITERAL_AFTER.test(sentence.slice(s.start)) ||
			(/\bto\s+$/i.test(sentence.slice(0, s.start)) &&
				/^\s*[.!:;]?\s*$/.test(sentence.slice(s.end))) ||
			/\b(?:let['’]s|let\s+us|next|now|first)\s+$/i.test(sentence.slice(0, s.start)) ||
			/:\s*$/.test(sentence) ||
			NEGATED_BEFORE.test(before)
		);
	if (/^(?:it['’]s|it\s+is)\s+possible$/i.test(word))
		return /^\s+(?:to|for)\b/i.test(sentence.slice(s.end));
	if (PROGRESSIVE_NEEDED.test(word))
		return (
			!PROGRESSIVE_BEFORE.test(sentence.slice(0, s.start)) &&
			!/^(?:exploring|considering)\s+(?:whether|if|how|options|alternatives|ways)\b/i.test(
				sentence.slice(s.start)
			)
		);
	if (/^could$/i.test(word)) {
		return (
			COULD_NAMING.test(sentence.slice(s.start)) ||
			COULD_ABILITY_AFTER.test(sentence.slice(s.start)) ||
			COULD_NEGATED_SUBJECT.test(before) ||
			PURPOSE_BEFORE.test(before) ||
			COULD_CONDITIONAL.test(sentence) ||
			COULD_ENABLED.test(sentence) ||
			// `For example, the scheduler could retry…`: an option the authors offer for the case,
			// whatever its subject (EXAMPLE_OPENER below); a `could` that stages words is `staged`.
			(!EXAMPLE_OPENER.test(sentence) &&
				!couldOfAuthors(sentence, s.start) &&
				!couldBeOption(sentence, s.start))
		);
	}
	return false;
}

// An example (`For example, you might say…`) stages a scene: a supposition (`suppose that…`), a
// modal that introduces the words or code shown (`might say: “…”`, `could be something like
// this:`) belongs to the scene, not to the authors. Any other hedge in an example (`For
// instance, a feature may be too costly to maintain`, `find GC to be generally unsuitable`) is
// the authors' own claim about the case, and counts.
const EXAMPLE_OPENER = /^\W*(?:for\s+(?:example|instance)|e\.g\.|as\s+an\s+example)\b/i;
const STAGED_AFTER =
	/^(?:\s+not)?\s+(?:(?:say|write|ask|reply|answer|comment)\b|be\s+something\s+like\b|look\s+like\s+(?:this|that)\b)/i;
const SUPPOSITION = /^(?:suppose|supposing|imagine|say)$/i;

/** Whether a hedge inside an example belongs to the scene the example stages. */
function staged(sentence: string, s: Span): boolean {
	return (
		SUPPOSITION.test(s.text) || STAGED_AFTER.test(sentence.slice(s.end)) || /:\s*$/.test(sentence)
	);
}
// A hedging adverb (`For example, ideally, a tool would…`) is the authors' doubt even in a scene.
const HEDGE_ADVERB =
	/^(?:probably|possibly|perhaps|maybe|ideally|potentially|arguably|presumably|supposedly|apparently|conceivably)$/i;

// A commitment bounded by what will turn out to be possible, which no word list catches alone:
// `as quickly as we can`, `to the greatest extent possible`, a scope left to judgement
// (`where reasonable`, `wherever feasible`; `When writable, …` states a condition), and
// `try` + a gerund said by the authors or as an imperative (`Try using the cache first`).
const BOUNDED_COMMITMENT =
	/\bas\s+[a-z]+\s+as\s+(?:we|i|you|they)\s+(?:can|could|are\s+able(?:\s+to)?)\b|\bto\s+the\s+[a-z]+\s+extent\s+(?:possible|practical|practicable|feasible)\b|\b(?:where|wherever)\s+[a-z]+(?:able|ible)(?=\s*(?:[,.;:)]|$))|\btry\s+[a-z]+ing\b/gi;

// `this should not change the bar`, `overall it should increase throughput`: `should` after an
// anaphoric subject with a verb of effect (the verbs that make `may` a guess) predicts an outcome;
// `it should include…`, `it should be possible to…` state a rule.
const PREDICTIVE_SHOULD =
	/\b(?:this|that|it|which|doing\s+so)\s+(should)\s+(?:not\s+)?(?:(?:also|still|already)\s+)?([a-z]+)/gi;
const NOT_AN_EFFECT = new Set(['be', 'have', 'need', 'want', 'not', 'also', 'still', 'even', 'or']);

/** Adds each predictive `should` of a sentence (PREDICTIVE_SHOULD) not already in `out`. */
function addPredictiveShould(sentence: string, out: Span[]): void {
	PREDICTIVE_SHOULD.lastIndex = 0;
	for (let m = PREDICTIVE_SHOULD.exec(sentence); m; m = PREDICTIVE_SHOULD.exec(sentence)) {
		const verb = m[2].toLowerCase();
		if (!EPISTEMIC_VERBS.has(verb) || NOT_AN_EFFECT.has(verb)) continue;
		const start = m.index + m[0].toLowerCase().indexOf('should');
		if (out.some((o) => o.start < start + 6 && o.end > start)) continue;
		out.push({ start, end: start + 6, text: m[1] });
	}
}

// Qualifiers that leave a claim true only in part: a proportion of cases (`in the majority of
// cases`, `for the most part`, `most of the time`, siblings of the listed `in most cases`), a
// frequency on an evaluation (`the right answer is often to…`, `are often better`; a frequency
// that describes what people do, `developers often mail a CL`, is a fact), and an impersonal
// expectation (`It is expected that the doc may go through revisions`; `X is expected to`
// states a duty).
const PARTIAL_CLAIM =
	/\bin\s+(?:the\s+)?(?:vast\s+)?majority\s+of\s+(?:the\s+)?cases\b|\bfor\s+the\s+most\s+part\b|\bmost\s+of\s+the\s+time\b(?!\s+(?:is|was|goes|went|spent)\b)|\b(?:is|are)\s+(?:often|usually|mostly|frequently)\s+(?=(?:the\s+)?(?:better|best|right|preferable|easier|simpler|safer|wiser)\b|to\s+[a-z])|\bit\s+is\s+(?:expected|anticipated|hoped)\s+that\b/gi;

/** Adds the partial claims of a sentence (PARTIAL_CLAIM) not already in `out`. */
function addPartialClaims(sentence: string, out: Span[]): void {
	PARTIAL_CLAIM.lastIndex = 0;
	for (let m = PARTIAL_CLAIM.exec(sentence); m; m = PARTIAL_CLAIM.exec(sentence)) {
		const text = m[0].trim();
		const start = m.index;
		const end = start + text.length;
		if (out.some((o) => o.start < end && o.end > start)) continue;
		out.push({ start, end, text });
	}
}

// The authors' belief about what will or should happen (`we expect this will be rare`, `I believe
// it should be removed`, `what we think we can deliver`, `I doubt it would pass`): a forecast
// offered as an opinion. A judgement with no modal after it (`we believe in small teams`, `we
// think the cost is worth it`) owns a trade-off and is left alone (lexicon/hedges.ts), and so is an
// emphatic one (`we do expect that members will follow the embargo`: a norm, not a guess).
const AUTHOR_BELIEF =
	/\b(?:we|i)\s+(?:(?:also|still|strongly|really|don['’]t|do\s+not)\s+)?(?:think|believe|expect|feel|doubt|suspect)\b(?:\s*,(?:[^,.;:]{0,100},){1,2})?(?:\s+that\s+(?:[^.;:!?]{0,160}?\s)?|\s+(?:[^.;:!?]{0,50}?\s)?)(?:will|would|should|can|could|might|won['’]t|wouldn['’]t|shouldn['’]t|can['’]t)\b/gi;

/** Adds the authors' forecasts of a sentence (AUTHOR_BELIEF) not already in `out`. */
function addAuthorBeliefs(sentence: string, out: Span[]): void {
	AUTHOR_BELIEF.lastIndex = 0;
	for (let m = AUTHOR_BELIEF.exec(sentence); m; m = AUTHOR_BELIEF.exec(sentence)) {
		const verb = /(?:think|believe|expect|feel|doubt|suspect)/i.exec(m[0])!;
		const start = m.index + verb.index;
		const end = start + verb[0].length;
		if (out.some((o) => o.start < end && o.end > start)) continue;
		out.push({ start, end, text: verb[0] });
	}
}

/** Adds the bounded commitments of a sentence (BOUNDED_COMMITMENT) not already in `out`. */
function addBoundedCommitments(sentence: string, out: Span[]): void {
	BOUNDED_COMMITMENT.lastIndex = 0;
	for (let m = BOUNDED_COMMITMENT.exec(sentence); m; m = BOUNDED_COMMITMENT.exec(sentence)) {
		const start = m.index;
		const end = start + m[0].length;
		if (/^try/i.test(m[0]) && !authorsEffort(sentence, start)) continue;
		if (out.some((o) => o.start < end && o.end > start)) continue;
		out.push({ start, end, text: m[0] });
	}
}

// The words without which none of the shapes above can match, looked up through the sentence's
// shared word list (one registered bit; most sentences carry none of them).
const HINT_BOUNDED = 1;
const HINT_AS_CAN = 2;
const HINT_PARTIAL = 4;
const HINT_SHOULD = 8;
const HINT_AS = 16;
const HINT_BELIEF = 32;
const HINT_WORDS = new Map<string, number>([
	...['think', 'believe', 'expect', 'feel', 'doubt', 'suspect'].map((w): [string, number] => [
		w,
		HINT_BELIEF
	]),
	...['extent', 'try', 'where', 'wherever'].map((w): [string, number] => [w, HINT_BOUNDED]),
	...['can', 'could', 'able'].map((w): [string, number] => [w, HINT_AS_CAN]),
	...['most', 'majority', 'often', 'usually', 'frequently', 'expected', 'anticipated', 'hoped'].map(
		(w): [string, number] => [w, HINT_PARTIAL]
	),
	['should', HINT_SHOULD],
	['as', HINT_AS]
]);
const HINT_BIT = listBit(HINT_WORDS.keys());

/** Which shapes a sentence's words leave possible (HINT_* bits). */
function shapeHints(words: readonly Word[]): number {
	let hints = 0;
	for (const w of words) if (listsOf(w) & HINT_BIT) hints |= HINT_WORDS.get(w.lower) ?? 0;
	// `as quickly as we can` needs both `as` and a word of ability.
	if (!(hints & HINT_AS)) hints &= ~HINT_AS_CAN;
	return hints & ~HINT_AS;
}

// Letters the gated shapes below cannot match without, read from the sentence's word table
// (`partsWithin`) so that most sentences skip even the gate's scan.
const PHRASE_LETTERS = partsBit(['case', 'striv', 'aspir', 'principle']);
const MAY_LETTERS = partsBit(['may']);

// No shape for a counterfactual evaluation (`It would be useful to…`, `it would be good to…`): the
// policy rule reads it as a tentative suggestion, and as a hedge it was right once in three
// findings across the seen sets (three labellers, three projects). A hedge word inside it
// (`it might be preferable`, `it would perhaps be useful`) is still found.
/** The hedges in a sentence, in order, as spans of the sentence. */
export function findHedges(sentence: string, words: readonly Word[] = wordsOf(sentence)): Span[] {
	const out: Span[] = [];
	const example = EXAMPLE_OPENER.test(sentence);
	for (const s of HEDGE_MATCHER.find(sentence, words)) {
		if (example && !HEDGE_ADVERB.test(s.text) && staged(sentence, s)) continue;
		if (FALSE_FRIENDS.test(sentence.slice(s.start))) continue;
		if (/^(?:kind|sort) of/i.test(s.text) && classifierKind(sentence, s.start)) continue;
		if (notAHedge(sentence, s)) continue;
		out.push(s);
	}
	const letters = partsWithin(words, 0, sentence.length);
	if ((letters & PHRASE_LETTERS) !== 0 && /case\s+for|striv|aspir|principle/i.test(sentence)) {
		HEDGE_PHRASES.lastIndex = 0;
		for (let m = HEDGE_PHRASES.exec(sentence); m; m = HEDGE_PHRASES.exec(sentence))
			if (!out.some((o) => o.start < m!.index + m![0].length && o.end > m!.index))
				out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
		out.sort((a, b) => a.start - b.start);
	}
	const hints = shapeHints(words);
	if (hints) {
		if (hints & (HINT_BOUNDED | HINT_AS_CAN)) addBoundedCommitments(sentence, out);
		if (hints & HINT_PARTIAL) addPartialClaims(sentence, out);
		if (hints & HINT_SHOULD) addPredictiveShould(sentence, out);
		if (hints & HINT_BELIEF) addAuthorBeliefs(sentence, out);
		out.sort((a, b) => a.start - b.start);
	}
	// Exactly `/may/i.test(sentence)`: the letters lie inside a word.
	if ((letters & MAY_LETTERS) === 0) return out;
	MAY.lastIndex = 0;
	for (let m = MAY.exec(sentence); m; m = MAY.exec(sentence)) {
		if (mayOfVariation(sentence, m.index) || !epistemicMay(sentence, m.index, m)) continue;
		const span = { start: m.index, end: m.index + 3, text: sentence.slice(m.index, m.index + 3) };
		if (!example || !staged(sentence, span)) out.push(span);
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Whether a sentence hedges (samples README, label `hedged`). */
export function isHedged(sentence: string): boolean {
	return findHedges(sentence).length > 0;
}
