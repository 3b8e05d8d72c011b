/**
 * Rationale: does a sentence give a reason or an intended benefit (samples README,
 * `has_rationale`)? Causal connectives (because, since, as, so that, given, otherwise),
 * purpose infinitives that state a benefit (`to avoid…`), `, which lets/keeps/means…` and
 * participle clauses (`, giving…`). Not rationale: temporal `since`, conditions (`if…`),
 * descriptive `which` clauses, and `to` that introduces the object (`migrate to X`).
 */
import {
	BENEFIT_VERBS,
	NON_PURPOSE_TO,
	RATIONALE_MARKERS,
	REASON_LEADS
} from '../lexicon/rationale.js';
import { isAscii, patternSets } from '../text/ascii.js';
import {
	gate,
	Gates,
	phraseMatcher,
	wordBefore,
	wordSet,
	type Span,
	type Word
} from './phrases.js';

/** A reason found in a sentence: the connective that introduces it. */
export interface Rationale extends Span {
	/** The connective, lower-case (`because`, `so that`, `which lets`, `to avoid`…). */
	marker: string;
}

const MARKERS = phraseMatcher(RATIONALE_MARKERS);
const BENEFIT = wordSet(BENEFIT_VERBS);
const NON_PURPOSE = wordSet(NON_PURPOSE_TO);
const BENEFIT_ALT = [...BENEFIT].join('|');

// `, which keeps…`, `, which is why…`; also after a dash or a semicolon.
const WHICH = new RegExp(
	`[,;—–(]\\s*(?:which|that|this)\\s+(?:also\\s+|in turn\\s+|then\\s+)?(${BENEFIT_ALT})\\b`,
	'iu'
);
// Participle clause after a comma: `, giving integrators…`.
const PARTICIPLE = new RegExp(`[,;—–]\\s*(?:thereby\\s+|which\\s+)?(${BENEFIT_ALT})\\b`, 'iu');
// Purpose infinitive: `to avoid…`, `to keep…`.
const PURPOSE = new RegExp(`\\bto\\s+(?:(?:help|better|further)\\s+)?(${BENEFIT_ALT})\\b`, 'giu');
// A purpose clause that opens the sentence, before the main clause it motivates: `To keep the
// build reproducible, we pin…`, `As a way to start the process, the board should…`, `In an effort
// to cut cost, …`. Whatever its verb, an opening `to`-infinitive with a main clause after it
// (a subject and its verb: `To migrate, run…` is a how-to, not a reason) is the purpose of that clause (`to` cannot open a sentence as the object of a verb). Not: `To be
// clear`, `To date`, `To summarize`, `To do so`, asides that point at the text; nor a status to
// attain (`To be eligible…`, `To become a maintainer, …`): its main clause is the bar set for the
// status, and gives no reason for the bar.
// Case-sensitive (no `i` flag): under /iu, `\p{Lu}` matches every letter, and the capitalised
// subject (`…, Kafka will…`) must be a name, not any word before a verb.
const OPENING_PURPOSE =
	/^(?:(?:[Aa]s\s+a\s+(?:way|means)|[Ii]n\s+an\s+(?:effort|attempt)|[Ww]ith\s+the\s+(?:aim|goal|intent(?:ion)?))\s+to|[Tt]o)\s+(?!(?:be|become|date|summari[sz]e|sum\s+up|recap|do\s+so|this\s+end|that\s+end|illustrate|give\s+an\s+example|put\s+it|learn\s+more|find\s+out|read\s+more|see|get\s+started|begin|start\s+with|conclude)\b)(?:[\p{Ll}]+\s+){0,2}[\p{Ll}]+\b[^.;:!?]{0,140}?(?:,\s*|\s+)(?=(?:we|you|the|our|teams?|each|every|all|it|they|this|these|those|a|an|any|no|new|\p{Lu}[\p{L}\d.-]*)\s+(?:\p{L}+\s+){0,3}?(?:will|must|should|shall|can|cannot|need|needs|use|adopt|keep|run|pin|require|prefer|default|may|do|does|are|is)\b)/u;
const ENABLING_PARTICIPLE =
	/\b(?:allowing|letting|enabling|helping|permitting)\s+(?:(?:the|our|their|its|every|each|all|any)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:users?|developers?|teams?|operators?|clients?|callers?|customers?|reviewers?|maintainers?|contributors?|engineers?|authors?|readers?|owners?|admins?|administrators?|members?|people|us|them|you|everyone|anyone)\s+to\s+\p{L}+/iu;
const SINCE = /\bsince\b/giu;
const TEMPORAL_AFTER_SINCE =
	/^\s+(?:(?:19|20)\d\d|then|last|early|late|mid|the\s+(?:start|beginning|end|launch|migration|incident|outage|move|rewrite|acquisition|last|first|day|week|month|year|quarter|release)|its\s+(?:launch|release|creation|inception)|launch|inception|(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])\b|\d|we\s+\w+ed\b|they\s+\w+ed\b|it\s+was\b|before|yesterday|our\s+(?:launch|migration|founding|ipo|series)|(?:the\s+|our\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:rollout|launch|migration|incident|outage|release|rewrite|acquisition|upgrade|merger|reorg|redesign|cutover)s?\b)/iu;
const PERFECT_BEFORE =
	/\b(?:has|have|had)\s+(?:\w+\s+){0,2}(?:been|\w+ed|grown|run|seen|done|made|kept|held|become|gone|taken|built|written)\b[^.]*$/i;
// `, to learn…`: after a comma, a purpose infinitive is the clause's reason whatever its verb.
const COMMA_PURPOSE =
	/,\s+(?:in\s+part\s+)?to\s+(?!(?:the|a|an|our|their|its|this|that|these|those|be|date|do)\b)[\p{Ll}]+/u;
const COUNTERFACTUAL =
	/\bwould\s+(?!like\b|love\b|prefer\b|rather\b|you\b|we\b)(?:\p{L}+\s+)?\p{L}+/iu;
const CAUSAL_AS =
	/(?:^|[,;]\s*)as\s+(?!well\b|soon\b|long\b|far\b|much\b|many\b|part\b|of\b|needed\b|usual\b|before\b|described\b|shown\b|noted\b|planned\b|expected\b|discussed\b|such\b|if\b|though\b)(?:(?:it|this|that|these|those|we|they|our|the|each|every|a|an|its|their|most|all)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,6}(?:is|are|has|have|does|do|cannot|can't|can|will|must|would|needs|need|requires?|demands?|expects?|already|already\s+\w+)\b/iu;
const SO_CLAUSE =
	/(?:[,;]\s*|^)so\s+(?!that\b|far\b|much\b|many\b|long\b|called\b|-called|on\b|too\b|as\b|well\b)(?:[\p{L}'’-]+)/iu;
// `…small so the client parses it in one pass`, `so as to…`: a purpose clause without a comma.
const SO_PURPOSE =
	/\bso\s+(?:as\s+to\s+\p{L}+|(?:the|we|it|they|our|each|every|users?|teams?|nobody|no\s+one|its|their|clients?|callers?|operators?|readers?|reviewers?|people|engineers?|everyone|anyone|nothing|none)\s+(?:[\p{L}-]+\s+){0,3}?(?:can|cannot|can['’]t|could|will|won['’]t|would|do|does|don['’]t|doesn['’]t|never|always|only|need|needs|stay|stays|get|gets|see|sees|know|knows|keep|keeps|is|are|has|have|\p{L}+s)\b)/iu;
// `Therefore…`, `For this reason…`, `We thus…`: the sentence draws on the reason before it.
const CONSEQUENCE =
	/^(?:and\s+)?(?:therefore|thus(?!\s+far)|hence|consequently|accordingly|so(?!\s+far\b)|for\s+(?:this|that|these|those|both|all\s+these)\s+reasons?|given\s+(?:this|that|these|the\s+above))\b|\b(?:therefore|consequently)\b/iu;
const GIVEN =
	/(?:^|[,;]\s*|\s[-—–]\s+)given\s+(?:that|our|the|how|a|an|its|their|this|these|those|we|current)\b/iu;
const STARTS_THIS = new RegExp(
	`^(?:this|that|these|it|doing so|which)\\s+(?:also\\s+|alone\\s+)?(?:${BENEFIT_ALT}|is\\s+(?:because|why|what|how)|matters|pays|buys)\\b`,
	'iu'
);
const REASON_LEAD = new RegExp(
	`^\\s*(?:${REASON_LEADS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b\\s*[:—–-]?`,
	'iu'
);

// A benefit stated as what the thing makes easier or helps (`an implementation that makes it
// easier to integrate…`, `behavior that will help your project thrive`), and the risk run
// without it (`Without other people pitching in, you risk…`).
// `X is essential for delivering…`, `This is fundamental for Node.js to be lightweight`, `it is
// important to … to ensure`: the purpose an evaluation names is its reason.
const ESSENTIAL_FOR =
	/\b(?:important|essential|crucial|critical|vital|fundamental|necessary|key)\s+(?:for\s+(?:[\p{L}.-]+\s+){1,3}to\s+\p{L}+|for\s+\p{L}+ing\b)/iu;
const MAKES_EASIER =
	/\b(?:makes?|making)\s+it\s+(?:easier|simpler|safer|faster|cheaper|possible)\b|\bthat\s+(?:will\s+)?helps?\s+(?!to\b)\p{L}+|\b(?:you|we|they|teams?)\s+risk\s+\p{L}+/iu;
// In the sentence next to a policy: an evaluation by comparison (`Languages with a thriving
// library ecosystem will be easier to work with`, `the safer it is to use`, `bleeding edge
// languages are more risky`) or a stated aim (`we want to avoid these problems`, `This is the
// key outcome`) argues for the policy beside it.
const COMPARATIVE =
	/\b(?:easier|harder|safer|riskier|cheaper|faster|slower|simpler|more\s+(?:risky|difficult|expensive|efficient|effective|reliable|costly|secure|robust|maintainable|cost[- ]effective)|less\s+(?:risky|expensive|costly|reliable|secure))\b/i;
const EVALUATED_BEFORE = /\b(?:is|are|be|it\s+is|gets?)\s+(?:much\s+|far\s+|a\s+lot\s+)?$/i;
const CORRELATIVE = /^the\s+(?:more|less|fewer)\b[^,]+,\s*the\s+\p{L}+/iu;
const AIM =
	/\b(?:want|need|hope)\s+to\s+(?:avoid|prevent|reduce|minimi[sz]e|limit)\b|\b(?:key|main|intended|desired)\s+(?:outcome|goal|benefit|purpose)\b|\bit\s+is\s+(?:trivial|easy|cheap|simple|straightforward)\s+to\b/i;

// The patterns above, or their ASCII copies for an ASCII sentence (text/ascii.ts): each function
// below takes them by the same names from the set its sentence picks.
const PATTERNS = patternSets({
	WHICH,
	PARTICIPLE,
	PURPOSE,
	OPENING_PURPOSE,
	ENABLING_PARTICIPLE,
	SINCE,
	TEMPORAL_AFTER_SINCE,
	PERFECT_BEFORE,
	COMMA_PURPOSE,
	COUNTERFACTUAL,
	CAUSAL_AS,
	SO_CLAUSE,
	SO_PURPOSE,
	CONSEQUENCE,
	GIVEN,
	STARTS_THIS,
	REASON_LEAD,
	ESSENTIAL_FOR,
	MAKES_EASIER,
	COMPARATIVE,
	EVALUATED_BEFORE,
	CORRELATIVE,
	AIM
});

// Cheap gates (phrases.ts) before givesReasonFor's unanchored patterns: the letters each needs.
const WOULD_WORD = gate(['would']);
const COMPARATIVE_WORDS = gate([
	'easier',
	'harder',
	'safer',
	'riskier',
	'cheaper',
	'faster',
	'slower',
	'simpler',
	'more',
	'less'
]);
const AIM_WORDS = gate([
	'avoid',
	'prevent',
	'reduc',
	'minimi',
	'limit',
	'outcome',
	'goal',
	'benefit',
	'purpose',
	'trivial',
	'easy',
	'cheap',
	'simple',
	'straightforward'
]);

/** The evaluation or aim a neighbouring sentence states (see above), or null. Cheap tests first. */
function evaluates(next: string, ascii: boolean, gates: Gates): RegExpExecArray | null {
	const { COMPARATIVE, EVALUATED_BEFORE, CORRELATIVE, AIM } = PATTERNS(ascii);
	let m = gates.pass(COMPARATIVE_WORDS) ? COMPARATIVE.exec(next) : null;
	if (m && EVALUATED_BEFORE.test(next.slice(Math.max(0, m.index - 24), m.index))) return m;
	if (/^the\s/i.test(next) && (m = CORRELATIVE.exec(next))) return m;
	return gates.pass(AIM_WORDS) ? AIM.exec(next) : null;
}

function span(sentence: string, start: number, end: number, marker: string): Rationale {
	return {
		start,
		end,
		text: sentence.slice(start, end),
		marker: marker.toLowerCase().replace(/\s+/g, ' ')
	};
}

function causalSince(sentence: string, ascii: boolean): Rationale | null {
	const { SINCE, TEMPORAL_AFTER_SINCE, PERFECT_BEFORE } = PATTERNS(ascii);
	SINCE.lastIndex = 0;
	for (let m = SINCE.exec(sentence); m; m = SINCE.exec(sentence)) {
		const after = sentence.slice(m.index + 5);
		const before = sentence.slice(0, m.index);
		if (/\bever\s*$/i.test(before)) continue;
		if (TEMPORAL_AFTER_SINCE.test(after)) continue;
		if (PERFECT_BEFORE.test(before)) continue;
		return span(sentence, m.index, m.index + 5, 'since');
	}
	return null;
}

/**
 * The reason a sentence gives, or null. Reports the first connective found (in the order
 * of the samples README definition), positioned in `sentence`. Pass the sentence's
 * `wordsOf` words when already split, and the sentence lower-cased when the caller has it.
 */
export function findRationale(
	sentence: string,
	words?: readonly Word[],
	ascii = isAscii(sentence),
	lower?: string
): Rationale | null {
	const {
		WHICH,
		SO_CLAUSE,
		SO_PURPOSE,
		CONSEQUENCE,
		GIVEN,
		CAUSAL_AS,
		PURPOSE,
		COMMA_PURPOSE,
		ENABLING_PARTICIPLE,
		OPENING_PURPOSE,
		PARTICIPLE,
		STARTS_THIS,
		ESSENTIAL_FOR,
		MAKES_EASIER
	} = PATTERNS(ascii);
	for (const m of MARKERS.find(sentence, words)) {
		// `because of` in a history sentence is still causal; `otherwise` always is.
		return span(sentence, m.start, m.end, m.text);
	}
	lower ??= sentence.toLowerCase();
	const since = lower.includes('since') ? causalSince(sentence, ascii) : null;
	if (since) return since;
	let m: RegExpExecArray | null;
	const clause = /[,;—–(]/.test(sentence);
	if (clause && (m = WHICH.exec(sentence)))
		return span(sentence, m.index, m.index + m[0].length, m[0].replace(/^[,;—–(]\s*/, ''));
	if (lower.includes('so') && (m = SO_CLAUSE.exec(sentence))) {
		const at = m.index + m[0].search(/so/i);
		return span(sentence, at, at + 2, 'so');
	}
	if (lower.includes('so ') && (m = SO_PURPOSE.exec(sentence))) {
		const at = m.index;
		return span(
			sentence,
			at,
			at + m[0].length,
			m[0].toLowerCase().startsWith('so as') ? 'so as to' : 'so'
		);
	}
	if ((m = CONSEQUENCE.exec(sentence))) {
		const at = m.index + m[0].search(/\S/);
		return span(sentence, at, m.index + m[0].length, m[0].trim().replace(/^and\s+/i, ''));
	}
	if (lower.includes('given') && (m = GIVEN.exec(sentence))) {
		const at = m.index + m[0].search(/given/i);
		return span(sentence, at, at + 5, 'given');
	}
	if (lower.includes('as') && (m = CAUSAL_AS.exec(sentence))) {
		const at = m.index + m[0].search(/as/i);
		return span(sentence, at, at + 2, 'as');
	}
	PURPOSE.lastIndex = lower.includes('to ') ? 0 : sentence.length;
	for (m = PURPOSE.exec(sentence); m; m = PURPOSE.exec(sentence)) {
		const lead = wordBefore(sentence, m.index);
		if (NON_PURPOSE.has(lead)) continue;
		return span(sentence, m.index, m.index + m[0].length, m[0]);
	}
	if (
		clause &&
		(m = COMMA_PURPOSE.exec(sentence)) &&
		!NON_PURPOSE.has(wordBefore(sentence, m.index + 1))
	) {
		const at = m.index + m[0].search(/to\s/);
		return span(sentence, at, m.index + m[0].length, m[0].slice(at - m.index));
	}
	// `…must be defined for the API allowing users to explore it`: a participle that lets someone
	// do something states the benefit, with or without a comma.
	if (/ing\s/i.test(sentence) && (m = ENABLING_PARTICIPLE.exec(sentence)))
		return span(sentence, m.index, m.index + m[0].length, m[0].split(/\s+/)[0].toLowerCase());
	if (/^(?:to|as|in|with)\s/i.test(sentence) && (m = OPENING_PURPOSE.exec(sentence))) {
		const to = m[0].search(/\bto\s/i);
		return span(sentence, 0, to + 2, m[0].slice(0, to + 2));
	}
	if (clause && (m = PARTICIPLE.exec(sentence)) && /ing$/i.test(m[1]))
		return span(sentence, m.index + 1, m.index + m[0].length, m[1]);
	if ((m = STARTS_THIS.exec(sentence))) return span(sentence, 0, m[0].length, m[0]);
	if (lower.includes(' for ') && (m = ESSENTIAL_FOR.exec(sentence)))
		return span(sentence, m.index, m.index + m[0].length, m[0].toLowerCase());
	if (/help|risk| it /.test(lower) && (m = MAKES_EASIER.exec(sentence)))
		return span(sentence, m.index, m.index + m[0].length, m[0].toLowerCase());
	return null;
}

/** Whether a sentence gives a reason (samples README, `has_rationale`). */
export function hasRationale(sentence: string): boolean {
	return findRationale(sentence) !== null;
}

/**
 * Whether a sentence or list item that follows a policy gives its reason: it opens with a
 * reason lead (`Why:`, `Because…`, `Rationale:`), or with `This/That` and a benefit verb,
 * or contains any connective `findRationale` knows, or states what the alternative would
 * cost (`supporting a second paradigm would split the team`). Pass `own` (the sentence's
 * `findRationale` result) when already computed, and its `wordsOf` words when already split.
 */
export function givesReasonFor(
	next: string,
	own?: Rationale | null,
	ascii = isAscii(next),
	words?: readonly Word[]
): Rationale | null {
	const { REASON_LEAD, COUNTERFACTUAL } = PATTERNS(ascii);
	const lead = REASON_LEAD.exec(next);
	if (lead) return span(next, 0, lead[0].length, lead[0].replace(/[:—–-]\s*$/, '').trim());
	const found = own !== undefined ? own : findRationale(next, words, ascii);
	if (found) return found;
	const gates = new Gates(next, words, 0);
	// The cost of the road not taken (`…would split the team`) argues for the policy before it.
	const m = gates.pass(WOULD_WORD) ? COUNTERFACTUAL.exec(next) : null;
	if (m) return span(next, m.index, m.index + m[0].length, 'would');
	const e = evaluates(next, ascii, gates);
	return e ? span(next, e.index, e.index + e[0].length, e[0].toLowerCase()) : null;
}
