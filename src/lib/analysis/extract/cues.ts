/**
 * Sentence-level cues for decisions: section kinds from headings, commitment and decision
 * wording, hedges, descriptions of the current state, reasons, rejected alternatives and
 * signs of disagreement. Patterns are built once from the word lists in
 * `lexicon/decisions.ts`, `lexicon/hedges.ts` and `lexicon/extract-cues.ts`; the functions
 * here only scan.
 */
import { CONTEST_MARKERS, DESCRIPTION_MARKERS } from '../lexicon/extract-cues.js';
import {
	CHOICE_MARKERS,
	COMMITMENT_STRONG,
	DECISION_REPORTS,
	IMPERATIVE_VERBS,
	KEEP_VERBS
} from '../lexicon/decisions.js';
import { HEDGES, HYPOTHETICALS } from '../lexicon/hedges.js';
import { findRationale, givesReasonFor } from '../classify/rationale.js';
import { whitespaceFields } from '../text/tokens.js';

/** What a section of a design doc is for, judged from its heading (and its parents'). */
export type SectionKind =
	'decision' | 'proposal' | 'alternatives' | 'context' | 'rollout' | 'questions' | 'other';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/**
 * A case-insensitive whole-word alternation, longest phrases first so they win. When every
 * phrase opens with a word character, a leading `\b` says nothing the lookbehind does not (the
 * character before is not one), but lets the engine skip positions without trying each phrase:
 * two to three times faster on long lists.
 */
function wordsPattern(words: readonly string[], flags = 'i'): RegExp {
	const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
	const lead = sorted.every((w) => /^\w/.test(w)) ? '\\b' : '';
	return new RegExp(`${lead}(?<![\\w-])(?:${sorted.join('|')})(?![\\w-])`, flags);
}

// Heading → section kind. Order matters: "Alternatives considered" before "considered",
// "Decision" before "Proposal" ("Proposed decision" decides).
const SECTION_PATTERNS: [SectionKind, RegExp][] = [
	[
		'alternatives',
		/\balternatives?\b|\boptions? (?:considered|we (?:looked at|considered|rejected))|\brejected\b|\bother (?:options|approaches)\b|\bconsidered\b|\bwhat we (?:did not|didn't) (?:do|choose)\b|\bprior art\b/
	],
	[
		'questions',
		/\bopen (?:questions?|issues?|points?)\b|^questions\b|\bunresolved\b|\bunanswered\b|\bfaq\b|\bappendix\b|\breferences?\b|\bfuture work\b|\bto be decided\b|\btbd\b|\bchangelog\b|\brevision history\b|\bamendments?\b|\btest (?:cases?|suites?|vectors?)\b|^examples?\b/
	],
	[
		'decision',
		/\bdecisions?\b|\bdecided\b|\bresolution\b|\boutcome\b|\bconclusions?\b|\brecommendations?\b|\brecommended\b|\bverdict\b|\bpolic(?:y|ies)\b|\bwhat we(?:'ll| will) do\b/
	],
	[
		'rollout',
		/\broll-?out\b|\bcosts?\b|\bdrawbacks?\b|\btrade-?offs?\b|\bconsequences\b|\bmigration plan\b|\btimeline\b|\bmilestones?\b|\blaunch\b|\bphases?\b|\bschedule\b|\bnext steps\b|\bdeployment plan\b|\bdelivery plan\b|\bmetrics\b|\bsuccess (?:criteria|metrics)\b|\bmeasur/
	],
	[
		'context',
		/\bcontext\b|\bobjectives?\b|\brisks?\b|\bnon-goals?\b|\bout of scope\b|\bbackground\b|\bcurrent (?:state|system|design)\b|\btoday\b|\bhistory\b|\boverview\b|\bexisting\b|\baround it\b|\blandscape\b|\bstatus quo\b|\bproblem\b|\bmotivation\b|\bwhy\b|\bgoals?\b|\brequirements\b|\bscope\b|\bsummary\b|\btl;?dr\b|\babstract\b|\bintroduction\b|\bglossary\b|\bterminology\b|\bconstraints\b|\bassumptions\b|\b(?:user|customer|business) needs\b|\buse cases?\b|\buser stories\b/
	],
	[
		'proposal',
		/\bproposals?\b|\bproposed\b|\bdesign\b|\bsolution\b|\bapproach\b|\bplan\b|\barchitecture\b|\bimplementation\b|\bhow it works\b|\bwhat we(?:'ll| will) build\b|\bspecification\b|\bdetails?\b/
	]
];

/**
 * The kind of a section from its heading text, or null when the heading names no known kind
 * (then the section inherits its parent heading's kind).
 */
export function sectionKindOf(heading: string): SectionKind | null {
	const h = heading
		.toLowerCase()
		.replace(/^[\s\d.)§-]+/, '')
		.trim();
	for (const [kind, re] of SECTION_PATTERNS) if (re.test(h)) return kind;
	return null;
}

// Participles that are decisions only as verbs: "we selected X", not "the selected range",
// "chosen from accounts" or "decided by the scorer".
// `\b` first, when the alternation opens with it, for the same reason as in `wordsPattern`.
const DECISION_WORDS = wordsPattern(DECISION_REPORTS).source;
const DECISION_VERB = new RegExp(
	`${DECISION_WORDS.startsWith('\\b') ? '\\b' : ''}(?<!\\b(?:the|a|an|this|that|any|each|every|pre|un)[\\s-]+)${DECISION_WORDS}(?!\\s+(?:from|by|range|set|list)\\b)`,
	'i'
);
const STRONG = wordsPattern(COMMITMENT_STRONG.filter((w) => !/^(?:the only|only|will)$/.test(w)));
const WE_DECIDE =
	/\b(?:we|i|the team|the review)(?:'ll| will| shall| are going to| won't| will not| have| had)?(?:\s+(?:also|then|now|instead|therefore|still|briefly|all))?\s+(?:decided|chose|choose|picked|selected|opted|settled|agreed|rejected|adopt(?:ed)?|standardi[sz]ed?|keep|kept|prefer(?:red)?|use|build|move|stay|retain|go with|went with|will|won't|shall|must)\b/i;
const WE_WILL = /\bwe(?:'ll| will| shall| are going to| won't| will not)\b/i;
// Predictive "will" ("clinicians will expect search", "most integrators will never notice")
// forecasts what people do; it commits nobody.
const WILL =
	/\b(?:will|won't)\b(?!\s+(?:never\s+|not\s+|probably\s+|likely\s+)?(?:expect|notice|see|find|want|need|like|feel|ask|complain|assume|be able|be surprised|know|think|wonder|care)\b)/i;
const ONLY = /\b(?:only|the only)\b/i;
const UNIVERSAL = /^(?:every|all|each|any|no|none of the)(?=\s+(?!of\s+(?:us|them)\b)\w)/i;
// A bound or a retention period, with digits or a number word ("after seven days").
const NUMBER = String.raw`(?:\S*\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|a hundred)\b`;
const BOUND = new RegExp(
	String.raw`\b(?:limited to|capped at|at most|at least|no more than|no later than|up to|within|(?:expires?|expired|deleted|kept|retained|stored|held|archived|purged)\s+(?:for|after))\s+` +
		NUMBER,
	'i'
);
const KEEP = wordsPattern(KEEP_VERBS);
const CHOICE = wordsPattern(CHOICE_MARKERS);
const PREFER_OVER = /\bprefer(?:s|red|ring)?\b[^.;]{1,80}?\bover\b/i;
const NEGATED_PRESENT =
	/\b(?:does not|do not|doesn't|don't|is not|are not|isn't|aren't|no new|never)\b/gi;
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+$/i;

/**
 * The first negation that rules something out ("The settle step does not produce to Kafka"),
 * not one inside a relative clause, which describes its noun ("…a vendoring that does not
 * modify source code").
 */
function rulingNegation(main: string): RegExpExecArray | null {
	NEGATED_PRESENT.lastIndex = 0;
	for (let m = NEGATED_PRESENT.exec(main); m; m = NEGATED_PRESENT.exec(main))
		if (!RELATIVE_BEFORE.test(main.slice(Math.max(0, m.index - 8), m.index))) return m;
	return null;
}
const DECISION_LABEL = /^(?:decision|we decided|resolution|verdict|outcome|recommendation)\s*:/i;
const HEDGE = wordsPattern([...HEDGES, ...HYPOTHETICALS]);
const DESCRIPTION = wordsPattern([...DESCRIPTION_MARKERS, 'previous', 'the old', 'originally']);
// Past narrative: auxiliaries, or a first-person subject with a past-tense verb ("We validated
// it…", "We spent most of the review…"). Decision verbs are told apart before this applies.
const PAST =
	/\b(?:was|were|had|did|used to)\b|\b(?:have|has)\s+(?:never\s+|not\s+|already\s+|always\s+)?\w+(?:ed|en|ne|wn|ht)\b|(?:^|[,;:]\s*|\b(?:and|but|then|when)\s+)(?:we|they|it)\s+(?:\w+ly\s+)?(?:\w+ed|spent|ran|took|saw|found|built|wrote|had|lost|knew|thought|went|got|held|left|met|paid|sent|told|made|gave|began|came|brought|bought)\b/i;
// A dated past event: "In 2024 that produced six incidents" (a year, then an active verb in
// the past tense; "in Q3 2025 the old path is removed" is a plan).
const YEAR =
	/\b(?:in|during|since|until|by)\s+(?:early\s+|late\s+|mid-?)?(?:q[1-4]\s+)?(?:19|20)\d\d\b/i;
const ACTIVE_PAST =
	/\b(?<!\b(?:is|are|be|been|being|was|were|get|gets)\s)(?:\w{3,}ed|built|ran|took|lost|made|sent|paid)\b/i;
function dated(main: string): boolean {
	const m = YEAR.exec(main);
	return !!m && ACTIVE_PAST.test(main.slice(m.index + m[0].length));
}

const MEASUREMENT_VERB =
	/\b(?:took|takes|reached|reaches|adds|added|costs?|cost us|peaked|measured|averaged?|came out|ran at|is about|was about|sounds)\b/i;
const MEASURE = /\d[\d.,]*\s?(?:%|ms|s|sec|seconds?|minutes?|hours?|days?|gb|mb|tb|k|m)?\b|\$\d/i;
const IMPERATIVE = new Set(IMPERATIVE_VERBS);
const CONTEST_ALL = wordsPattern(CONTEST_MARKERS, 'gi');

// A clause boundary after which a reason or an aside starts: commitments and hedges are judged
// on the main clause only ("We rejected X, since that would give us…" is not hedged).
const CLAUSE_BREAK =
	/;|\s[—–]\s|\s-\s|,\s*(?:which|giving|letting|keeping|making)\s|,?\s(?:because|since|so that|in order to|given that|otherwise)\b/i;

/** The sentence up to the first reason or aside, where commitment is judged. */
export function mainClause(text: string): string {
	const m = CLAUSE_BREAK.exec(text);
	return m && m.index > 0 ? text.slice(0, m.index) : text;
}

// An example announced as one ("For example, the first release will be 1.0.1") illustrates a
// rule stated elsewhere; a present-tense existential with a negated subject ("There are no
// known issues with this opcode", "There is no impact on…") reports that something is absent.
// Neither commits anybody, whatever modal follows.
const ILLUSTRATION = /^(?:for (?:example|instance)|e\.g\.|as an example)\b/i;
const ABSENCE = /^there\s+(?:is|are)\s+(?:no|not any|nothing)\b/i;

/** Whether a sentence only illustrates ("For example, …") or reports an absence ("There is no …"). */
export function illustratesOrReportsAbsence(text: string): boolean {
	return ILLUSTRATION.test(text) || ABSENCE.test(text);
}

/** Whether a sentence opens with a capitalised imperative verb ("Partition the ledger…"). */
function opensImperative(text: string): boolean {
	const firstWord = (/^[A-Za-z]+/.exec(text)?.[0] ?? '').toLowerCase();
	return (
		IMPERATIVE.has(firstWord) &&
		/^[A-Z]/.test(text) &&
		!/^\w+\s+(?:is|are|was|were|of|and|has|have)\b/i.test(text)
	);
}

/** How firmly a sentence commits, with the words that said so. */
export interface DecisionCues {
	/** Prior from the section plus cues minus penalties; ≥ DECISION_THRESHOLD is a decision. */
	score: number;
	/** Commitment strength from wording alone: 0 none, 1 weak, 2 moderate, 3 strong. */
	commitment: number;
	/** The words that made it a decision (for explanations). */
	cues: string[];
}

/** Minimum `DecisionCues.score` for a sentence to count as a decision. */
export const DECISION_THRESHOLD = 1.5;

// How much the section alone says a sentence decides something. A proposal describes the
// design being decided, so its plain present-tense statements pass; context and alternatives
// sections describe the world and the options, and only a first-person decision counts there.
const SECTION_PRIOR: Record<SectionKind, number> = {
	decision: 1.5,
	proposal: 1,
	other: 0.4,
	rollout: -0.3,
	context: 0,
	alternatives: 0,
	questions: -9
};

/**
 * Score a sentence as a decision. `first` tells whether it opens its paragraph or list
 * item, where imperative instructions ("Partition the ledger by merchant") sit.
 */
export function decisionCues(
	text: string,
	kind: SectionKind,
	first: boolean,
	short = false
): DecisionCues {
	const cues: string[] = [];
	const none = { score: -9, commitment: 0, cues };
	// A list item or table row in a decision section may be a terse decision ("Datastore:
	// PostgreSQL 16"); elsewhere a fragment that short is a label or a heading in disguise.
	// So is a decision section's own imperative ("## Decision" then "Use Prometheus Operator"),
	// the shape of a decision record whose title is the decision.
	const minWords =
		(short && (kind === 'decision' || kind === 'proposal')) ||
		(kind === 'decision' && first && opensImperative(text))
			? 2
			: 4;
	if (/\?\s*$/.test(text) || whitespaceFields(text, minWords) < minWords) return none;
	if (illustratesOrReportsAbsence(text)) return none;
	const main = mainClause(text);
	const label = DECISION_LABEL.exec(text);
	const verb = DECISION_VERB.exec(main);
	const we = WE_DECIDE.exec(main);
	// Each cue is read once from the clause: several rules below ask the same one.
	const weWill = WE_WILL.exec(main);
	// In context and alternatives sections only an explicit decision counts ("We will do the
	// archiving anyway"); "Payouts never computes a balance itself" there describes the world.
	if ((kind === 'context' || kind === 'alternatives') && !label && !(we && (verb || weWill)))
		return none;
	let commitment = 0;
	const bump = (level: number, cue: string) => {
		commitment = Math.max(commitment, level);
		cues.push(cue.toLowerCase());
	};
	let m: RegExpExecArray | null;
	if (label) bump(3, label[0]);
	if (verb) bump(3, verb[0]);
	if ((m = weWill)) bump(3, m[0]);
	else if ((m = WILL.exec(main))) bump(2, m[0]);
	if ((m = STRONG.exec(main))) bump(3, m[0]);
	const preferOver = PREFER_OVER.test(main);
	if (preferOver) bump(3, 'prefer … over');
	if ((m = KEEP.exec(main))) bump(2, m[0]);
	const choice = CHOICE.exec(text);
	if ((m = choice)) bump(2, m[0]);
	if ((m = ONLY.exec(main))) bump(1, m[0]);
	// Rules in the present tense (samples/README.md, policy): a universally quantified subject
	// ("Every instant is persisted as UTC") or a bound ("limited to 10 MB", "at most 8 jobs").
	if ((m = UNIVERSAL.exec(text)) || (m = BOUND.exec(main))) bump(2, m[0]);
	const firstWord = (/^[A-Za-z]+/.exec(text)?.[0] ?? '').toLowerCase();
	const imperative = first && opensImperative(text);
	const decides = kind === 'decision' || kind === 'proposal' || kind === 'other';
	if (imperative && decides) bump(2, firstWord);
	let pastTold: boolean | undefined;
	const toldInPast = () => (pastTold ??= PAST.test(main));
	if (decides && (m = rulingNegation(main)) && !toldInPast()) bump(2, m[0]);

	const decisive = !!(label || verb || weWill);
	// "We run OSRM ourselves, on the cluster pricing already operates, rather than paying…"
	// chooses, whatever tense its asides are in.
	// (No choice in the whole sentence is none in its main clause, which ends at a break.)
	const chooses = (choice !== null && CHOICE.test(main)) || preferOver;
	const past = !chooses && (toldInPast() || DESCRIPTION.test(main) || dated(main));
	// Narrative about the past or the current state decides nothing, whatever modal it holds
	// ("…were never published", "Payouts already never…").
	if (past && !decisive) commitment = Math.min(commitment, 1);
	let score = SECTION_PRIOR[kind] + commitment;
	if ((kind === 'proposal' || kind === 'decision') && !past) score += 0.5;
	if (!decisive && HEDGE.test(main) && !/\bmust\b/i.test(main)) score -= 2;
	if (!decisive) {
		if (past) score -= 1.5;
		if (MEASURE.test(main) && MEASUREMENT_VERB.test(main)) score -= 1.5;
	}
	return { score, commitment, cues };
}

// "A, so B": B follows from A, so A is the reason ("`x` is new code, so it will be in Go").
const SO_RESULT = /,\s*so\s+(?!that\b)/i;

/**
 * Where the reason clause of a sentence starts, or -1. Reasons are found by the checker's
 * rationale classifier (classify/rationale.ts), so `extract` and the `rationale` rule agree
 * on what counts; "A, so B" gives its reason first and starts nothing here.
 */
export function reasonStart(text: string): number {
	const r = reason(text);
	if (!r || r.marker === 'so') return -1;
	return r.start;
}

// The classifier's markers that name a judgement ("is worth telling the customer") rather
// than introduce a reason for a decision are not taken as the reason.
// Memoised: extract asks for the reason of one sentence several times (terms, rationale,
// alternatives). Bounded, since sentences differ between runs.
const reasonMemo = new Map<string, ReturnType<typeof findRationale>>();
function reason(text: string) {
	let r = reasonMemo.get(text);
	if (r === undefined) {
		const found = findRationale(text);
		r = found && !/^(?:is|are|was|were)\s/.test(found.marker) ? found : null;
		if (reasonMemo.size > 20_000) reasonMemo.clear();
		reasonMemo.set(text, r);
	}
	return r;
}

/**
 * The reason a sentence gives for itself: the clause from its causal or purpose connective
 * ("because …", "so that …", "to avoid …"), or the clause before ", so …".
 */
export function reasonsIn(text: string): string[] {
	const r = reason(text);
	if (!r) return [];
	if (r.marker === 'so') {
		const so = SO_RESULT.exec(text);
		return so && so.index > 10 ? [text.slice(0, so.index).trim()] : [];
	}
	return [
		text
			.slice(r.start)
			.replace(/[.;:]+$/, '')
			.trim()
	];
}

/** Whether a sentence, following a decision, reads as the reason for it. */
export function isReasonSentence(text: string): boolean {
	// Only a sentence that opens with its reason ("Because…", "Why: …", "This keeps…"): one
	// with a "since" in the middle argues its own point, often for the rejected option.
	const r = givesReasonFor(text);
	return !/\?\s*$/.test(text) && r !== null && r.start === 0;
}

// The rejected option runs to the next clause break; commas inside numbers do not end it.
const ALT_AFTER =
	/\b(?:rather than|instead of|as opposed to|not by|in preference to)\s+((?:[^,.;:()]|[,.](?=\d))+)/gi;
const ALT_OVER = /\bprefer(?:s|red|ring)?\b[^.;]{1,80}?\bover\s+([^,.;:()]+)/gi;
// Only a decision someone took ("we rejected …"), not a request "rejected with 400".
const ALT_REJECTED =
	/\b(?:we|they|the review|the team|reviewers)\s+(?:\w+\s+)?(?:rejected|ruled out|declined|turned down|will not build|won't build|are not building)\s+(?:a |the |an )?(?:proposal|idea|option|suggestion|plan)?\s*(?:to |of )?([^,.;:()]+)/gi;

/**
 * Options a sentence sets aside: "rather than X", "instead of X", "prefer A over X",
 * "rejected X". Only before the reason clause: "…so that a bug stops one building rather than
 * the network" compares outcomes, not options.
 */
export function alternativesIn(sentence: string): string[] {
	const at = reasonStart(sentence);
	const text = at > 0 ? sentence.slice(0, at) : sentence;
	const out: string[] = [];
	for (const re of [ALT_AFTER, ALT_OVER, ALT_REJECTED]) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const alt = m[1]
				.replace(/\s+(?:because|since|so that|and then|which|until)\b.*$/i, '')
				.trim()
				.slice(0, 100);
			if (alt.split(/\s+/).length >= 1 && alt.length > 1 && !/^it$/i.test(alt)) out.push(alt);
		}
	}
	return out;
}

/** Whether a sentence names a choice against another option ("rather than", "instead of"…). */
export function weighsAlternative(text: string): boolean {
	return CHOICE.test(text) || PREFER_OVER.test(text);
}

/** Words in a sentence that say people disagreed ("debated", "argued", "no consensus"…). */
export function contestIn(text: string): string | null {
	const re = CONTEST_ALL;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const word = m[0].toLowerCase();
		// "Nobody argued hard for this" records agreement.
		if (
			/\b(?:nobody|no one|not|never|without|little|no)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index))
		)
			continue;
		// "preferred", "suggested" report disagreement only as verbs with a subject
		// ("three engineers preferred Kotlin"), not as adjectives ("the preferred option",
		// "substitutes suggested by rules").
		// Data disagree too: "two places that disagree about what a merchant is owed", "the
		// badge came to disagree with the shelf".
		if (/^disagree/.test(word) && /\b(?:that|which|to|they)\s+$/i.test(text.slice(0, m.index)))
			continue;
		if (/^(?:preferred|suggested|advocated)$/.test(word)) {
			const before = text.slice(0, m.index);
			const after = text.slice(m.index + m[0].length);
			if (/\b(?:the|a|an|our|their|its|is|are|was|were|be|been|being)\s+$/i.test(before)) continue;
			if (/^\s+by\b/i.test(after) || !before.trim()) continue;
		}
		return word;
	}
	return null;
}
