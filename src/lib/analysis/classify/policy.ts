/**
 * Policy and decision sentences (samples README, label `policy`): a sentence that decides,
 * prescribes or constrains future work. Commitment modals, negative rules, defaults,
 * preferences, imperatives, decision verbs after `we`, and, under a policy heading or in
 * the body of a strategy, rules in the present tense (`API keys expire after 365 days.`).
 * Not policies: the present state, history, incidents, measurements, questions, tentative
 * suggestions, and predictions about the world (`fraud losses will fall`).
 */
import type { DocKind } from '../types.js';
import {
	CONTEXT_HEADINGS,
	DECISION_VERBS,
	GUIDANCE_VERBS,
	IMPERATIVE_OPENERS,
	IMPERATIVE_VERBS,
	PLAN_VERBS,
	POLICY_HEADINGS
} from '../lexicon/decisions.js';
import { isAscii, patternSets } from '../text/ascii.js';
import { ASCII_ALNUM, unicodeLetterOrDigitAt } from '../text/tokens.js';
import { hasDeonticMay, hasEpistemicMay } from './hedge.js';
import { gate, Gates, listBit, listsOf, wordSet, type Word } from './phrases.js';

/** Where a sentence sits, as far as policy classification cares. */
export interface PolicyContext {
	/** The kind of document (a present-tense rule counts in a strategy's body). */
	kind?: DocKind;
	/** Headings above the sentence, outermost first (plain text). */
	headings?: readonly string[];
	/** Whether the sentence opens a list item (imperative items are policies). */
	listItem?: boolean;
	/** The sentence's words from `wordsOf`, when the caller has them (saves a scan). */
	words?: readonly Word[];
	/** `sectionRole(headings, kind)`, when the caller has it (saves reading the headings). */
	role?: SectionRole;
}

/** How a sentence was classified, with the words that decided it. */
export interface PolicyResult {
	policy: boolean;
	/** The triggering words (`must`, `do not`, `default to`, `Use`…), '' when not a policy. */
	cue: string;
	/** Offset of the cue in the sentence (-1 when not a policy). */
	at: number;
	/** `strong` for explicit commitment, `weak` for a present-tense rule found by context. */
	strength: 'strong' | 'weak' | 'none';
	/**
	 * Which signal decided: a commitment `modal` (will, must, should, cannot…), a `decision`
	 * verb after we/a team, an `imperative`, deontic `may`, a `negative` rule (never, do not,
	 * no new), a `default` or preference, or a `present`-tense rule found by context.
	 */
	via: 'modal' | 'decision' | 'imperative' | 'may' | 'negative' | 'default' | 'present' | 'none';
}

/** What a section's headings say about its sentences. */
export type SectionRole = 'policy' | 'context' | 'neutral';

const POLICY_HEADING = headingPattern(POLICY_HEADINGS);
const CONTEXT_HEADING = headingPattern(CONTEXT_HEADINGS);
// Sections that illustrate, predict or look back rather than decide: worked examples and user
// stories, the consequences a decision record predicts, drawbacks, prior art, and the
// speculative "future possibilities" of an RFC.
const ILLUSTRATION_HEADING = headingPattern([
	'example',
	'examples',
	'use case',
	'use cases',
	'user story',
	'user stories',
	'scenario',
	'scenarios',
	'walkthrough',
	'consequences',
	'drawbacks',
	'prior art',
	'unresolved questions',
	'future possibilities',
	'future work',
	'rationale'
]);

function headingPattern(words: readonly string[]): RegExp {
	const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+'));
	return new RegExp(`(?:^|[^\\p{L}])(?:${alt.join('|')})(?:$|[^\\p{L}])`, 'iu');
}

// In a strategy or guide, a Summary or Overview restates the rules (`Look at the most important
// part first.`); in a design doc it summarises the proposal and its context.
const SUMMARY_HEADING = headingPattern(['summary', 'overview', 'tl;dr', 'tldr', 'in short']);

const FAQ_HEADING = headingPattern(['faq', 'faqs', 'frequently asked questions', 'q&a', 'q & a']);

// The heading patterns, or their ASCII copies for an ASCII heading (text/ascii.ts).
const HEADING_PATTERNS = patternSets({
	SUMMARY_HEADING,
	ILLUSTRATION_HEADING,
	FAQ_HEADING,
	CONTEXT_HEADING,
	POLICY_HEADING
});

/** Whether the deepest heading says the section summarises (`Summary`, `Overview`, `TL;DR`). */
export function isSummarySection(headings: readonly string[] | undefined): boolean {
	const h = headings?.[headings.length - 1];
	return !!h && SUMMARY_HEADING.test(h.replace(/['’]/g, ''));
}

/**
 * The role of a section, from the deepest heading that says something. Pass the document's
 * kind: a strategy's Summary is where its rules are restated, so it is neutral there.
 */
export function sectionRole(headings: readonly string[] | undefined, kind?: DocKind): SectionRole {
	if (!headings) return 'neutral';
	for (let i = headings.length - 1; i >= 0; i--) {
		const h = headings[i].replace(/^[\d.\s)]+/, '').replace(/['’]/g, '');
		const { SUMMARY_HEADING, ILLUSTRATION_HEADING, FAQ_HEADING, CONTEXT_HEADING, POLICY_HEADING } =
			HEADING_PATTERNS(isAscii(h));
		if (kind === 'strategy' && SUMMARY_HEADING.test(h) && !ILLUSTRATION_HEADING.test(h))
			return 'neutral';
		// A policy's FAQ answers with the rule (`Can I…? Yes, but you should…`); a design doc's
		// FAQ, like its open questions, discusses.
		if (kind === 'strategy' && FAQ_HEADING.test(h)) return 'neutral';
		// `What we are not deciding` and `Non-goals` describe scope, not rules.
		if (CONTEXT_HEADING.test(h) || ILLUSTRATION_HEADING.test(h)) {
			if (!notContext(h, kind)) return 'context';
		} else if (POLICY_HEADING.test(h)) return 'policy';
		continue;
	}
	return 'neutral';
}

// `Definitions` heads a glossary, but `Custom Resource Definitions` or `Tiers and their
// definitions` name a topic whose section states its rules; a strategy's `Consequences for
// violations` are its penalties, where a decision record's `Consequences` predict.
const COMPOUND_CONTEXT = /^(?!(?:definitions|terminology)\b)\S.*\b(?:definitions|terminology)\b/i;

/** Whether a heading that names a context word still heads a section of rules (above). */
function notContext(h: string, kind: DocKind | undefined): boolean {
	const { CONTEXT_HEADING, ILLUSTRATION_HEADING } = HEADING_PATTERNS(isAscii(h));
	const rest = h.replace(/\b(?:definitions|terminology|consequences)\b/gi, ' ');
	if (CONTEXT_HEADING.test(rest) || ILLUSTRATION_HEADING.test(rest)) return false;
	return COMPOUND_CONTEXT.test(h) || (kind === 'strategy' && /^consequences\b/i.test(h));
}

const GOALS_HEADING =
	/^(?:[\d.\s)]*)(?:(?:design|project|technical|our|the)\s+)?goals?(?:\s+and\s+(?:scope|requirements))?\s*$/i;
// A heading that names a goal or the goals of something: `Goal: Cultivate a healthy community`,
// `Goals and objectives of the project`, `Objectives`. Its list is the plan towards that goal.
const GOAL_LIST_HEADING =
	/^(?:[\d.\s)]*)(?:(?:design|project|technical|our|the|key|main|primary)\s+)?(?:goals?|objectives?)(?:\s*:|\s+(?:and|&)\s+(?:objectives?|goals?|scope|requirements)\b|\s*$)/i;
// A heading whose last word is `goals` or `objectives` after a few words naming whose or when
// (`Platform High-Level Goals`, `2027 Goals`): the list below is the plan of a vision.
const NAMED_GOALS_HEADING =
	/^(?:[\d.\s)]*)(?:[\p{L}\d][\p{L}\d'’-]*\s+){1,3}(?:goals|objectives)\s*$/iu;

/** Whether the deepest heading is `Goals` (not `Non-goals`). */
export function isGoalsSection(headings: readonly string[] | undefined): boolean {
	const h = headings?.[headings.length - 1];
	return !!h && GOALS_HEADING.test(h.trim());
}

/** Whether the deepest heading names goals (`Goals`, `Goal: …`, `Goals and objectives of …`). */
function isGoalListSection(headings: readonly string[] | undefined, kind?: DocKind): boolean {
	const h = headings?.[headings.length - 1]?.trim();
	return !!h && (GOAL_LIST_HEADING.test(h) || (kind === 'vision' && NAMED_GOALS_HEADING.test(h)));
}

// Headings of a list of planned work: what is next, not what is done or under way.
const PLANNED_WORK_HEADING =
	/^(?:(?:related\s+)?future\s+work|next\s+steps|follow[\s‑-]?ups?|action\s+items|to[\s-]?dos?)\b/i;
const DONE_HEADING =
	/\b(?:completed|done|shipped|released|ongoing|in\s+progress|current|past|previous|finished|delivered)\b/i;
// An item that states the situation (`We are still in beta`, `There is no API yet`), not work;
// a ticked task-list box (`[x] Rename the files`) is work done.
const ITEM_STATES =
	/^(?:(?:we|i|it|there|this|that|they)\s+(?:are|is|am|was|were|have|has|had)\b|\[[xX✓✔]\])/i;

/** A heading's words without numbering, emoji or trailing punctuation. */
function headingWords(h: string): string {
	return h
		.replace(/^[\d.\s)]+/, '')
		.replace(/[^\p{L}\p{N}\s‑-]+/gu, ' ')
		.trim();
}

/**
 * Whether the sentence opens an item of a list of planned work: under a Next steps, Follow-ups,
 * Future work, Action items or TODO heading, or (passed in) a design doc's Goals. Not under a
 * heading of work done or under way. (`Roadmap`, `Milestones` and `Backlog` were tried: they also
 * hold work done and descriptions, and cost precision on the held-out brake.)
 */
function plannedWorkItem(context: PolicyContext, designGoal: boolean): boolean {
	if (!context.listItem) return false;
	if (designGoal) return true;
	// A vision's goal headings (`Goal: Enable adoption`, `2023 Goals`) head its plan, whatever the
	// shape of the items (`Running Tekton at scale`, `Persistent logs support`); a guide's goal
	// list reads as advice.
	if (
		context.kind === 'vision' &&
		isGoalListSection(context.headings, context.kind) &&
		!notPlanned(context.headings)
	)
		return true;
	const hs = context.headings;
	if (!hs?.length) return false;
	const deepest = headingWords(hs[hs.length - 1]);
	if (DONE_HEADING.test(deepest)) return false;
	return PLANNED_WORK_HEADING.test(deepest);
}

/**
 * A design doc's Summary, Abstract or TL;DR states the proposal in brief (`Reduce one copy in
 * the send path.`, `The controller will verify each event's signature.`): read it as a neutral
 * section, where explicit cues decide, not as context where they are vetoed.
 */
function summaryRole(context: PolicyContext, role: SectionRole): SectionRole {
	return role === 'context' && context.kind === 'design' && isSummarySection(context.headings)
		? 'neutral'
		: role;
}

/**
 * An imperative in a design doc's Summary (read as context before) is the proposal's headline
 * (`Reduce one copy in the send path.`): a decision, but one the sections below argue and anchor,
 * so it is weak (the rules judge it there, not in its summary).
 */
function imperativeStrength(context: PolicyContext): 'strong' | 'weak' {
	const role = context.role ?? sectionRole(context.headings, context.kind);
	return summaryRole(context, role) !== role ? 'weak' : 'strong';
}

// Words that open a list item without being a verb: determiners, pronouns, prepositions,
// conjunctions, question words, auxiliaries and sentence adverbs (`Therefore this RFC…`).
const NOT_A_VERB = wordSet(
	'the a an all every each our your its their any no some many most more few both either neither this that these those it they we i you he she there here what which who whom whose when where why how if unless while although though because since as so but and or nor not also only just then thus hence however instead otherwise without within despite due per via like unlike across about above below under over between among into onto from with without for to of in on at by after before during until is are was were be been being am do does did have has had can could will would shall should may might must yes one two three first second third next last new more less therefore once today tomorrow yesterday meanwhile moreover furthermore still yet even often soon now again already perhaps maybe rather whether whereas whilst upon given'.split(
		' '
	)
);
const DETERMINER_NEXT =
	/^(?:the|a|an|all|every|each|our|your|its|their|any|one|two|three|this|these|those|\d[\d.,]*)$/;

/**
 * A sentence or list item in the imperative mood with a verb no word list names (`Provision one
 * bucket per environment`, `treat the staging cluster as production`, `Abide by the rota`,
 * `Sort and weigh each parcel`): a bare first word that is no function word, no acronym and
 * carries no noun or participle ending, then a determiner opening its object, a particle the
 * verb takes, or `and` and a second bare verb. Returns the verb as the cue, or null.
 */
function bareImperative(
	text: string,
	listItem: boolean,
	words?: readonly string[]
): PolicyResult | null {
	// The sentence's first two words, when the caller has them, rule out most sentences cheaply.
	if (words) {
		if (words.length < 2 || NOT_A_VERB.has(words[0])) return null;
		if (!BARE_NEXT.has(words[1]) && !/^\d/.test(words[1])) return null;
	}
	const m = /^([\p{L}]+)\s+([\p{L}\d][\p{L}\d.,]*)(?:\s+([\p{L}]+))?/u.exec(text);
	// An acronym or a name in capitals (`MCOPY 0 32`) is no verb; `See the FAQ` points elsewhere.
	if (!m || !/^\p{L}\p{Ll}+$/u.test(m[1]) || POINTER.test(m[1]) || !bareVerbShape(m[1]))
		return null;
	const next = m[2].toLowerCase();
	const shaped =
		// A number after a sentence's first word counts in a list only (`Top 3 priorities are…`).
		(DETERMINER_NEXT.test(next) && (listItem || !/^\d/.test(next))) ||
		PARTICLE_NEXT.test(next) ||
		(next === 'and' && !!m[3] && bareVerbShape(m[3]) && /^\p{Ll}/u.test(m[3]));
	return shaped ? { policy: true, cue: m[1], at: 0, strength: 'strong', via: 'imperative' } : null;
}

/**
 * A list item that opens with a verb's `-ing` form in lower case (`ensuring the design is
 * followed`, `reviewing each proposal within a week`): the item continues its lead-in (`The
 * sponsor is responsible for:`), a duty in a list of duties. In capitals it is as often a topic
 * (`Running at scale`, `Copying output into chat is…`): that cost precision on four seen sets.
 * Returns the verb, or null.
 */
function gerundDuty(text: string): PolicyResult | null {
	const m = /^(\p{Ll}+ing)\s+\p{L}/u.exec(text);
	if (
		!m ||
		m[1].length < 6 ||
		/^(?:during|according|including|regarding|following|pending|something|nothing|anything|everything|thing|string|morning|evening)$/i.test(
			m[1]
		)
	)
		return null;
	return { policy: true, cue: m[1], at: 0, strength: 'strong', via: 'imperative' };
}

// A purpose clause before the main clause: `To add a depot, file an issue…`.
const PURPOSE_LEAD = /^to\s+\p{L}+\b[^,;:]{0,120},\s*(?=\p{Ll})/iu;

/** The bare imperative of the main clause after a purpose clause (`To join, file an issue`). */
function afterPurpose(text: string): PolicyResult | null {
	const lead = PURPOSE_LEAD.exec(text);
	if (!lead) return null;
	const r = bareImperative(text.slice(lead[0].length), false);
	return r && shifted(r, lead[0].length);
}

// The words that may follow a bare imperative's verb (below: determiners, particles, `and`).
const BARE_NEXT = wordSet(
	'the a an all every each our your its their any one two three this these those by with into up out through against away back off and'.split(
		' '
	)
);

const POINTER = /^(?:see|cf|refer|visit)$/i;

// A preposition or particle that a verb takes right after it (`Abide by…`, `Comply with…`,
// `Opt into…`, `Follow up…`): after a bare first word it makes the word the verb.
const PARTICLE_NEXT = /^(?:by|with|into|up|out|through|against|away|back|off)$/;

/** A word that could be a verb's base form: no function word, no noun or participle ending. */
function bareVerbShape(word: string): boolean {
	const w = word.toLowerCase();
	return (
		!NOT_A_VERB.has(w) &&
		!/(?:ing|ed|s|ly|tion|sion|ment|ness|ity|ance|ence|er|or|ist|ism|al|ous|ive|ful|less|able|ible)$/.test(
			w
		)
	);
}

// What follows a first word that is the subject, not a verb (`Helm charts are…`, `CI runs…`).
const FINITE_NEXT =
	/^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did|and|or|of|for|to|in|on|with)$/;

// Endings that make a word a verb (`minimise`, `standardize`, `diversify`, `automate`,
// `establish`), where the first word of an item is otherwise as often a name (`Backstage`).
const VERB_ENDING = /(?:is|iz|yz|ys)e$|ify$|ate$|ish$/;

/**
 * A fragment that opens with a verb in its base form (`Establish initial testing`, `Support
 * extended API fields`, `Minimise the surface area of the core`): a verb of the imperative lists
 * or one with a verb's ending, that a finite verb or a preposition does not follow, or any bare
 * word of verb shape before a determiner (`bareImperative`). The shape of a roadmap's or a goal
 * list's items. Returns the verb, or null.
 */
function verbFirst(text: string, words: readonly string[]): PolicyResult | null {
	const m = /^([\p{L}]+)\b/u.exec(text);
	if (!m || words.length < 2) return null;
	const [w0, w1] = words;
	if (FINITE_NEXT.test(w1) || /^['’]/.test(text.slice(m[0].length))) return null;
	const verb =
		IMPERATIVE_VERBS_SET.has(w0) ||
		GUIDANCE.has(w0) ||
		PLAN_VERB.has(w0) ||
		(VERB_ENDING.test(w0) && bareVerbShape(w0.replace(/e$/, '')));
	if (!verb) return bareImperative(text, true, words);
	return { policy: true, cue: m[1], at: 0, strength: 'strong', via: 'imperative' };
}

// Headings of work done, under way or only considered: their items are not the plan.
const NOT_PLANNED_HEADING = new RegExp(
	`${DONE_HEADING.source}|\\bconsiderations?\\b|\\bideas?\\b`,
	'i'
);

const NOT_PLANNED = new WeakMap<readonly string[], boolean>();

/** Whether any heading above says its work is done, under way or only considered. */
function notPlanned(headings: readonly string[] | undefined): boolean {
	if (!headings) return false;
	let r = NOT_PLANNED.get(headings);
	if (r === undefined) {
		r = headings.some((h) => NOT_PLANNED_HEADING.test(headingWords(h)));
		NOT_PLANNED.set(headings, r);
	}
	return r;
}

// A duty assigned to a role: `it is the responsibility of X to…`, `it is your responsibility to…`,
// `X is (the person) responsible for…`, `X will be responsible for…`, `…is ultimately the decision (and responsibility) of X`.
const DUTY =
	/\b(?:it\s+is|it['’]s|it\s+will\s+be)\s+(?:the\s+)?(?:sole\s+|shared\s+)?responsibility\s+of\b|\b(?:it\s+is|it['’]s|it\s+will\s+be)\s+(?:still\s+|also\s+|always\s+|ultimately\s+)?(?:your|their|the\s+[\p{L}-]+['’]s)\s+(?:sole\s+|own\s+)?responsibility\s+to\b|\b(?:is|are|will\s+be|remains?)\s+(?:the\s+(?:person|people|team|role|one|ones|party)\s+)?(?:solely\s+|ultimately\s+|also\s+|jointly\s+)?responsible\s+for\b|\b(?:is|are)\s+(?:ultimately\s+)?the\s+(?:decision|responsibility|call)\s+(?:\(and\s+responsibility\)\s+)?of\b/iu;

// A role defined by its duty in a process document (`A sponsor is a project maintainer
// responsible for…`); in a design doc the same shape describes a component (`The agent is a
// daemon responsible for…`).
const ROLE_DUTY = /\b(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){1,3}responsible\s+for\b/iu;

const QUESTION = /\?\s*$/;
// `For example, …`, `e.g. …`: an illustration of a rule, not a rule.
const EXAMPLE_OPENER =
	/^(?:for\s+(?:example|instance)|e\.g\.|as\s+an\s+example|an?\s+example|example\s*:|imagine|suppose|say\s+(?:a|an|the|we)\b)/i;
// `X will then…`, `…will end up…`, `…will eventually…`: what follows from a setup, a
// prediction of behaviour rather than a commitment.
const WILL_SEQUEL =
	/\b(?:will|['’]ll)\s+(?:then|eventually|end\s+up|in\s+turn|likely|probably|naturally|simply|also\s+then|automatically\s+then)\b|\b(?:then|as\s+a\s+result|in\s+turn|eventually),?\s+(?:the\s+|a\s+|an\s+|it\s+|they\s+)?(?:[\p{L}-]+\s+){0,3}(?:will|['’]ll)\b/iu;
// The authors or a team as the subject of `will`, anywhere in the sentence.
// `Sometimes a developer will push back`, `Your product will fail if…`, `this document won't
// discuss…`: a frequency, a reader or the document itself as the subject of `will` describes
// what happens or what the text covers, not a commitment.
const WILL_DESCRIBES =
	/^(?:note\s+that\s+)?(?:(?:sometimes|usually|often|typically|occasionally|inevitably|either|eventually|otherwise)\b|(?:your|their|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:will|won['’]t)\b|(?:this|the)\s+(?:document|doc|rfc|proposal|adr|kep|guide|page|section|chapter|post)\s+(?:will|won['’]t)\b)/iu;
const AGENT_WILL =
	/\b(?:we|i|our\s+(?:team|teams|engineers)|each\s+team|every\s+team|teams|the\s+[\p{L}-]+\s+team)\s+(?:[\p{L}-]+\s+)?(?:will|shall)\b|\b(?:we|i)['’]ll\b/iu;
// A commitment modal besides `will`: `If we anticipate a project which will be handed off,
// we should be conservative` commits, whatever the `will` of the relative clause says.
const OTHER_COMMITMENT =
	/\b(?:must|mustn['’]t|shall|should|shouldn['’]t|cannot|can['’]t|needs?\s+to|ha(?:ve|s)\s+to)\b/i;
// A conditional opener: `If the node is drained, …`, `When a pod restarts, …`.
const CONDITIONAL_OPENER =
	/^(?:if|when|whenever|once|after|unless|as\s+soon\s+as|in\s+case)\b[^,]{3,},\s*/i;
// `We stopped…`, `The team moved…`: a subject and a simple past verb tell history (`need`,
// `proceed`, `succeed` end in -ed but are present).
const SIMPLE_PAST =
	/^(?:we|they|i|our\s+[\p{L}-]+|the\s+[\p{L}-]+(?:\s+team)?)\s+(?:(?!\p{L}*eed\b)\p{L}+ed|ran|wrote|chose|took|made|built|went|began|spent|lost|saw|found|had|did|got|kept|left|sent|brought)\b(?!\s+by\b)/iu;
// `please` before a verb of the main clause; `please note`, `please see` point elsewhere.
const PLEASE =
	/(?<=^|[,;:]\s*|\s)please\s+(?!note\b|see\b|refer\b|visit\b|find\b|read\b|enjoy\b|contact\b|reach\b|email\b|let\s+us\b)[\p{Ll}][\p{L}-]*/iu;
// `Because of that, …` only links the sentence to the one before it: not a reason line.
const REASON_OPENER =
	/^(?:why|because(?!\s+of\s+(?:this|that|these|those|it)\s*,)|rationale|reason|reasons)\b/i;
/**
 * Single words and word pairs to look for, each list a bit in one index: per word, the lists it
 * is in and the lists it opens a pair of (by the second word), so a word costs one lookup.
 */
interface WordEntry {
	bits: number;
	pairs: Map<string, number> | null;
}

const WORD_INDEX = new Map<string, WordEntry>();

function indexEntry(w: string): WordEntry {
	let e = WORD_INDEX.get(w);
	if (!e) WORD_INDEX.set(w, (e = { bits: 0, pairs: null }));
	return e;
}

const WORD_INDEX_BITS = { count: 0 };
const TENTATIVE_LIST = wordList(
	['might', 'could', 'perhaps', 'maybe', 'possibly', 'probably', 'likely'],
	['it would', 'one option', 'an option']
);

const COMMITTING_LIST = wordList(
	['will', "won't", 'shall', 'must', 'should'],
	['need to', 'needs to']
);

const MODAL =
	/\b(?:will|won['’]t|shall|must|mustn['’]t|should|shouldn['’]t|cannot|can['’]t|needs? to|need\s+not|needn['’]t|ha(?:ve|s) to|(?:is|are)\s+(?:not\s+)?(?:required|expected|allowed|permitted|forbidden|prohibited|banned|mandatory)|may\s+(?:not|only)|only\s+(?:[\p{L}-]+\s+){0,4}may|['’]ll)\b/iu;
const NEGATIVE =
	/^(?:no\s+new\b|no\s+[\p{L}-]+\s+(?:is|are|may|will)\b|never\b|do\s+not\b|don['’]t\b|avoid\b)|\b(?:do|does)\s+not\b|\b(?:don['’]t|doesn['’]t)\b|\bnever\b|\b(?:is|are)\s+not\s+(?:[\p{L}-]+ed|built|written|run|kept|made|used|created|extended|added|shipped|taken|given|done|split|cut|set|put|sent)\b|\bnot\s+(?:extended|accepted|supported|allowed)\b|^we\s+(?:are|will)\s+not\s+\p{L}+ing\b|^we\s+are\s+not\s+(?:going\s+to|becoming|building|adopting)\b/iu;
const DEFAULTS =
	/\bdefaults?\s+to\b|\bby\s+default\b|\b(?:is|are)\s+(?:the|our)\s+(?:default|only|standard|preferred|sole)\b|\bprefer(?:s|red)?\b[^.]*\b(?:over|to|rather\s+than)\b|\bstandardi[sz]e\s+on\b|\b(?:is|are)\s+(?:[\p{L}-]+\s+)?only\b|\bonly\s+(?:through|via|from|in|on|for|with|after|when)\b|\b(?:is|are)\s+(?:the|our)\s+(?:only\s+|default\s+|standard\s+|single\s+)?(?:language|database|datastore|store|system\s+of\s+record|protocol|format|framework|runtime|queue|broker|tool|path|source\s+of\s+truth)\s+(?:for|of)\b|\bonly[.!]?\s*$/iu;
const WE_DECIDE =
	/^(?:we|the\s+[\p{L}-]+\s+team|teams)\s+(?:now\s+|also\s+|deliberately\s+|explicitly\s+)?(standardi[sz]e|adopt|prefer|choose|chose|default|deprecate|decided?|commit|mandate|forbid|ban|retire|pick|select|support|require|use|build|buy|accept|reject|keep|migrate|move|allow|replace|consolidate|limit|cap|ship|hold|stop|start|introduce|treat|own|freeze|run|invest|hire|fund|spend|staff|measure|review|revisit|publish|rewrite|split|merge|extract|add|remove|drop)\b/iu;
const DECISIONAL = new Set([
	'standardize',
	'standardise',
	'adopt',
	'prefer',
	'choose',
	'chose',
	'deprecate',
	'decide',
	'decided',
	'commit',
	'mandate',
	'forbid',
	'ban',
	'retire',
	'default'
]);
const IMPERATIVE = wordSet([...IMPERATIVE_VERBS, ...IMPERATIVE_OPENERS, ...GUIDANCE_VERBS]);
const GUIDANCE = wordSet(GUIDANCE_VERBS);
const IMPERATIVE_VERBS_SET = wordSet(IMPERATIVE_VERBS);
const PLAN_VERB = wordSet(PLAN_VERBS);
const NOUN_VERB_NEXT = /^(?:of|is|are|was|were|has|have|and)$/;
// A leading adverbial or conditional clause before an imperative main clause: `If so, let them
// know…`, `In the next edition, change…`, `When migrating, have cargo fix…`, `Beginning with
// the 2021 edition, reserve…`, `After looking at tickets, start an issue…`.
const LEADING_CLAUSE =
	/^(?:if|when|whenever|once|after|before|unless|while|even\s+if|even\s+when|even\s+though|although|though|whether\s+or\s+not|in|at|on|for|during|beginning\s+with|starting\s+with|from|with|as\s+soon\s+as|to\s+be\s+clear|in\s+(?:general|particular|short)|first|then|next|finally|also|instead|otherwise|again)\b[^,;:]{0,120},\s*/i;
// Necessity and importance frames: `It is important that the project work…`, `it is usually
// best to insist…`, `It's always fine to label…`, `it behooves us to write…`, `X is crucial
// for us to provide…`: the author prescribes through an evaluation of the action.
const NECESSITY =
	/\b(?:it\s+is|it['’]s),?\s*(?:(?:also|therefore|thus|always|usually|generally|often|so|very|particularly|especially|then|still)\s*,?\s*)*(?:important|essential|crucial|critical|vital|necessary|imperative|best|fine|recommended|fundamental|helpful|useful|simplest|easiest|safest|better|wise|wiser|advisable|preferable|good\s+practice|a\s+good\s+idea|a\s+bad\s+idea)\s+(?:that|to|for|not\s+to)\b|\b(?:is|are)\s+(?:(?:therefore|thus|also|so|very|particularly|especially)\s+)*(?:important|essential|crucial|critical|vital|fundamental)\s+(?:because|that|for\s+(?:[\p{L}.-]+\s+){1,2}to|for\s+\p{L}+ing)\b|\bbehooves\s+(?:us|you|the\s+team|teams)\b/iu;
// Cheap gates: the words NECESSITY and WE_WANT cannot match without.
const FRAME_WORDS = gate([
	'important',
	'essential',
	'crucial',
	'critical',
	'vital',
	'necessary',
	'imperative',
	'best',
	'fine',
	'recommended',
	'fundamental',
	'behoove',
	'helpful',
	'useful',
	'simplest',
	'easiest',
	'safest',
	'better',
	'wise',
	'advisable',
	'preferable',
	'practice',
	'idea'
]);
const WANT_WORDS = gate(
	['want', 'encourage', 'recommend', 'urge', 'ask', 'intend', 'plan', 'like'],
	/want|encourage|recommend|urge|ask|intend|\bplans?\b|\blike\b/
);
// The authors stating what they want, encourage or ask of the reader: `We want open APIs`,
// `we encourage selecting from our first tier`. `We want to avoid…` states the aim a rule
// serves: a reason, not a rule.
// `We intend to…`, `we plan to…`, `we have no plans to…`: the authors' stated intention commits
// them as `we will` does; `We'd like to…` is the authors' wish, hedged (`As a user, I would like
// to…` is a user story's, not theirs).
const WE_WANT =
	/\bwe(?:['’]d|\s+would)\s+(?:really\s+|also\s+)?like\s+to\b|\b(?:we|i)\s+(?:also\s+|really\s+|explicitly\s+|strongly\s+|do\s+)?(?:want(?!\s+to\s+(?:avoid|prevent|reduce|minimi[sz]e|limit|learn)\b)|encourage|recommend|urge|ask\s+(?:that|you|teams|authors|reviewers))\b|\b(?:we|i)\s+(?:(?:also|fully|still|do\s+not|don['’]t|currently)\s+)?(?:intend|plan)\s+(?:to|for|on)\b|\b(?:we|i)\s+(?:(?:currently|also)\s+)?have\s+no\s+(?:plans?|intention)\s+(?:to|of|on|for)\b/iu;
// The authors' or the project's stated intention, hedged (`we hope to provide…`, `OpenTelemetry
// strives to be…`, `We are working on ironing out…`): a vision or roadmap commits this way, and a
// hedged policy is still a policy (samples README). The document itself as the subject (`This
// proposal aims to simplify…`) states its purpose instead; `This` never opens a match here.
const INTENT_WORDS = gate(['hope', 'aim', 'striv', 'aspir', 'working']);
const WE_INTEND =
	/\b(?:we|i)\s+(?:also\s+|really\s+|still\s+|continue\s+to\s+)?(?:hope|aim|strive|aspire)\s+to\b|\bwe\s+(?:are|['’]re)\s+(?:(?:actively|currently|also|now)\s+)?working\s+(?:on|to|towards?)\b/iu;
const PROJECT_INTENDS =
	/(?:^|\bthat\s+)(?:[Tt]he\s+)?(?!(?:This|That|These|Those|It|They|Users?|Customers?|People|Developers?|Operators?|Clients?)\b)\p{Lu}[\p{L}\d.+-]*(?:\s+\p{Lu}[\p{L}\d.+-]*)?(?:\s+(?:project|community))?\s+(?:also\s+)?(?:aims|strives|aspires|hopes)\s+to\b/u;
// The document as the subject of a decision verb: `This RFC proposes…`, `this proposal
// establishes…`, `this RFC reserves all identifiers…`.
const DOC_DESCRIBES = /\b(?:this|the)\s+(?:rfc|proposal|adr|kep|pep)\s+(?:also\s+)?describes\b/i;
const DOC_DECIDES =
	/\b(?:this|the)\s+(?:rfc|proposal|adr|kep|pep|cfp|document|design|policy|decision)\s+(?:also\s+|therefore\s+|instead\s+)?(?:proposes|recommends|reserves|establishes|requires|mandates|adopts|specifies|deprecates|introduces|forbids|prohibits)\b/iu;
// The document naming itself at the start of a sentence, by its kind or by an enhancement
// process's acronym (`This JEP introduces…`, `This VEP aims to codify…`, `This proposal adds
// support for…`): the authors stating what their proposal does, as `This RFC proposes` does.
// Not what it only deliberates or records (`This RFC aims to reach consensus…`), nor `defines`,
// which introduces the rules below it (`This RFC defines a policy for…`).
const DOC_ACTS =
	/^(?:[Tt]his|[Tt]he\s+present)\s+(?:[A-Z]{0,3}EP|[A-Z]{1,3}DP|RFC|ADR|CFP|[Pp]roposal|[Dd]esign\s+[Dd]oc(?:ument)?|[Ee]nhancement(?:\s+[Pp]roposal)?)\s+(?:(?:also|therefore|instead|only|further)\s+)?(?:(?:proposes|introduces|adds|suggests|extends|codifies|specifies|changes|replaces|removes|deprecates|focuses\s+on)\b|(?:aims|seeks|intends)\s+to\s+(?!(?:reach|gather|discuss|start|collect|explore|describe|document|understand|summari[sz]e|capture)\b))/u;
/**
 * `DOC_ACTS` in a sentence. The document's aim (`This proposal aims to…`) is its decision in a
 * design doc, which is the proposal; elsewhere it states the document's purpose.
 */
function docActs(text: string, kind: DocKind | undefined): RegExpExecArray | null {
	const m = DOC_ACTS.exec(text);
	return m && (kind === 'design' || !/\sto\s*$/.test(m[0])) ? m : null;
}

// `Consequently, we've decided not to do this.`, `so we decided to keep…`: the authors' decision
// after the connective that closes their argument.
const WE_DECIDED =
	/(?<=^|[,;]\s*|\b(?:so|consequently|therefore|thus|hence|and)\s+)(?:we|we['’]ve|we\s+have)\s+(?:therefore\s+|thus\s+)?decided\b/iu;
// `We propose to rename…`, `we are proposing to keep…`, `However, we propose we add…`: the
// authors putting their decision forward, wherever it stands (a summary restates it).
const WE_PROPOSE =
	/\b(?:we|i)\s+(?:also\s+|therefore\s+|now\s+|instead\s+)?(?:propose|are\s+proposing|am\s+proposing|['’]re\s+proposing)\b|^it\s+is\s+(?:therefore\s+|thus\s+)?proposed\s+(?:to|that)\b/iu;
// `don't become upset`, `never happens`, `doesn't require`: a negative with a verb of state or
// experience describes what happens, not a rule.
const NEGATIVE_STATE =
	/(?:\b(?:do|does)\s+not|\b(?:don['’]t|doesn['’]t)|\bnever)\s+(?:(?:really|actually|always|usually|even)\s+)?(?:want|wants|become|becomes|happen|happens|know|knows|like|likes|care|cares|seem|seems|understand|believe|think|feel|exist|exists|correlate|need|require|requires|mean|means|get|gets|hear|see|notice|[\p{L}]+ed)\b/iu;
// Obligations of someone other than the authors or the reader (`they need to know it exists`,
// `they're going to have to re-work it`) and obligations that would hold only in a
// counterfactual (`We would not have to wait`) describe circumstances, not rules.
const OTHERS_NEED =
	/\b(?:they|he|she|it)\s+(?:(?:also|really|only|still)\s+)?(?:(?:are|['’]re|is|['’]s)\s+(?:also\s+)?going\s+to\s+)?(?:need|needs|have|has)\s+to\b(?!\s+be\s+\p{L}+ed\b)|\bgoing\s+to\s+have\s+to\b|\bwould\s+(?:not\s+)?(?:need|have)\s+to\b/iu;
// A modal inside a relative clause (`a conflict that can't be resolved`, `aspects which should
// be balanced`) qualifies a noun; it is not the sentence's commitment.
// Also after `than` (`more complex than it needs to be`) and after another modal of the same
// clause (`who will have to use it`).
const RELATIVE_BEFORE =
	/(?:\b(?:that|which|who|what)|\bthan\s+(?:it|they|this|that|[\p{L}-]+))\s+(?:(?:will|would|can|could|might|may)\s+)?$/iu;
/** Whether offset `at` of `text` is inside double quotes (a quoted phrase is mentioned, not used). */
function insideQuotes(text: string, at: number): boolean {
	if (!text.includes('"') && !text.includes('“')) return false;
	const before = text.slice(0, at);
	const straight = (before.match(/"/g) ?? []).length;
	const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	return straight % 2 === 1 || open > 0;
}
// Only modals of ability and prediction qualify a noun there; `CLs that must pass review
// quickly` states the rule through its relative clause.
// (`will` in a relative clause is left to the will-reading below, which already takes another
// commitment modal of the sentence over it.)
const QUALIFYING_MODAL = /^(?:can|cannot|can['’]t|could|would)$/i;
// `If you're already familiar…, the process has not changed`, `If you need help…`: the reader's
// situation; a command in the main clause is caught above as an imperative. Outside a policy
// section, a frequency or a comparison (`Developers often mail a CL…`, `Major changes take
// longer than small ones`) describes how things go; under `Rules` it is still the rule.
const DESCRIBES_HOW =
	/\b(?:often|usually|sometimes|typically|generally|rarely|seldom|frequently|tend\s+to)\b|(?<!\brather\s{1,3})\bthan\b/i;
// In a design doc's specification, `It` and a verb in the present tense states what the
// specified thing does (`It copies the bytes…`, `It then connects to the socket.`), not the
// situation. A copula, a modal or a verb that explains (`It is…`, `It means…`, `It makes…`,
// `It ensures…`) still describes; a demonstrative with its noun (`This feature requires…`,
// `This ordering matches…`) described more often than not on the seen sets.
const SPEC_SUBJECT =
	/^It\s+(?:(?:then\s+|also\s+|first\s+|only\s+)?(?!(?:is|are|was|were|has|have|had|does|do|did|means|seems|looks|makes|allows|gives|lets|ensures|helps|would|could|might|can|may)\b)\p{Ll}+s\b)/u;
const NOT_A_RULE =
	/^if\s+you(?:['’]re|\s+are|\s+need|\s+want|\s+have)\b|:\s*$|^\(|^(?:they|he|she)\b/i;
// A definition or a change already made, read in the main clause only (`…, because no analysis
// needs them once the window has closed` is still a rule).
const NOT_A_RULE_MAIN =
	/\b(?:means|refers\s+to|describes|is\s+defined\s+as)\b|\b(?:has|have)\s+(?:not\s+)?(?:\p{L}+ed|been|changed|grown|become)\b/iu;
const CLAUSE_BREAK =
	/[,;]|\b(?:because|since|once|after|when|while|so\s+that|which|that|who|what)\b/i;
const PURPOSE_BEFORE_MODAL = /\b(?:so\s+that|in\s+order\s+that)\b[^,;.]*$/i;
// `It is expected that…`, `posters should expect a delay`: predictions.
const EXPECTED = /\bit\s+is\s+expected\s+that\b|\bshould\s+expect\b/i;
const NOUN_USE = wordSet([
	'of',
	'is',
	'are',
	'was',
	'were',
	'has',
	'have',
	'case',
	'cases',
	'and',
	'for',
	'time',
	'times'
]);
// Openers that are verbs far more often than nouns at the start of a sentence.
const CLEAR_IMPERATIVE = wordSet(
	"never always do don't only avoid prefer consider use keep let give remove replace migrate adopt deprecate retire standardize standardise require enforce validate encrypt rotate delete extract add introduce consolidate choose pick reject forbid allow accept isolate centralize centralise upgrade expose".split(
		' '
	)
);
const ALWAYS_RULE = wordSet(['never', 'always', 'do', "don't", 'only', 'avoid']);
const OBJECT_START =
	/^(?:the|a|an|all|every|each|our|your|its|their|any|new|only|one|it|them|this|that|these|those|no|at|to|up|down|out|in|on|before|after|\d.*)$/;
const DECISION_VERB = wordSet(DECISION_VERBS.filter((v) => v !== 'is' && v !== 'are'));
// `X will be robust` predicts a state; `X will be retired` decides one.
const WILL_STATE =
	/\bwill\s+(?:still\s+|also\s+|perhaps\s+|probably\s+|likely\s+|soon\s+|continue\s+to\s+|remain\s+)?(?:be\s+(?!(?:[\p{L}-]+ed|built|run|kept|made|written|taken|given|done|split|cut|shut|moved|held|sent|set|put|shown|known|frozen|chosen|retired|owned|the\s+only|the\s+default|a\s+hard|required)\b)|feel|fall|rise|grow|drop|increase|decrease|reach|double|halve|shrink|decline|become|see|love|have|look|seem|come|happen|arrive|thrive|emerge|improve|evolve|mature|change)\b/iu;
// `the share should go from 27 to 36`: a target for a measure, not a rule for anyone.
const SHOULD_STATE =
	/\bshould\s+(?:(?:usually|generally|normally|then|also)\s+)?(?:go\s+from|fall|drop|rise|grow|reach|stop|improve|shrink|decline|double|halve|increase|decrease|result\s+in|lead\s+to|find|see|notice|be\s+(?:down|up|under|over|below|above))\b/iu;
// `This doesn't mean the reviewer should be unhelpful`: a modal under a denied `mean` is the
// reading the author rules out, not a rule.
const DENIED_MEANING =
	/\b(?:(?:does\s+not|doesn['’]t|do\s+not|don['’]t|is\s+not\s+to)\s+(?:necessarily\s+)?(?:mean|say|imply|suggest)|(?:none\s+of\s+this|nothing\s+(?:here|in\s+this\s+\p{L}+))\s+(?:means|says|implies))\b/iu;
const WILL_AGENT =
	/^(?:we|our\s+(?:team|teams|engineers|platform\s+team)|each\s+team|every\s+team|teams|the\s+[\p{L}-]+\s+team)\b/iu;
const DEICTIC_START =
	/^(?:this|that|these|those|it|its|there|here|such|so|for\s+example|e\.g\.|because|but|and|or|also|however|today|currently|historically|in\s+(?:19|20)\d\d|last|as\s+a\s+result|which|while|although|since|one\s+of|some|many|most|both|neither|either|what|why|how|we\s+(?:think|believe|know|expect|hope|considered|looked|analysed|analyzed|measured|found|saw|tried|spent|lost|learned|have|had|were|are(?!\s+not\s+\p{L}+ing\b)|run|ran|lose|operate|see|estimate|need|want)\b)/iu;
// History and present-state markers, as words and word pairs (a set lookup per word is far
// cheaper than one long alternation per sentence on a 100,000-word document).
const PAST_LIST = wordList(
	[
		'was',
		'were',
		'did',
		"didn't",
		'had',
		'ago',
		'yesterday',
		'previously',
		'historically',
		'originally'
	],
	[
		'has been',
		'have been',
		'used to',
		'last year',
		'last quarter',
		'last month',
		'last week',
		'last time',
		'so far'
	]
);

const PAST_WORDS =
	/\b(?:was|were|did|didn['’]t|had|ago|yesterday|previously|historically|originally|has\s+been|have\s+been|used\s+to|last\s+(?:year|quarter|month|week|time)|so\s+far)\b/i;

const STATE_LIST = wordList(
	['today', 'currently'],
	['right now', 'at present', 'as of', 'these days', 'on average', 'the moment']
);
// Single words read on their own below, found in the same pass.
const MAY_WORD = wordList(['may'], []);
const PLEASE_WORD = wordList(['please'], []);
// Every word of the index above, so `wordHits` skips the rest without a lookup of its own.
const INDEXED = listBit(WORD_INDEX.keys());

const PRESENT_PASSIVE =
	/\b(?:is|are)\s+(?:[\p{L}-]+ly\s+)?(?:[\p{L}-]+ed|written|built|run|kept|made|held|taken|given|done|sent|set|put|split|owned|stored|frozen|chosen)\b/iu;
const HAS_RULE =
	/\b(?:has|have|gets?|carr(?:y|ies)|owns?|uses?|runs?|goes|go|lives?|stays?|expires?)\b/iu;
const NOUN_CONTEXT =
	/^(?:the|a|an|of|per|for|to|in|on|by|with|our|their|its|his|her|your|this|that|these|those|and|or|many|few|some|more|most|all|each|every|any|no|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|thousands|hundreds|millions)$/;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of the clause before the `will` at `at` (its subject, usually). */
function willClause(text: string, at: number): string {
	return (
		text
			.slice(0, at)
			.split(/[,;:—(]/)
			.pop() ?? ''
	).trim();
}

const AUTHORS_CLAUSE =
	/^(?:we|i|you|and\s+we|then\s+we|so\s+we|we\s+\p{L}+ly|)$|\b(?:we|our|team|teams|i)\b/iu;

/** Whether the subject of the `will` at `at` is the authors, a team or the reader. */
function willByAgent(text: string, at: number, ascii: boolean): boolean {
	const { AUTHORS_CLAUSE, PROCESS_ROLE } = PATTERNS(ascii);
	const clause = willClause(text, at);
	return AUTHORS_CLAUSE.test(clause) || PROCESS_ROLE.test(clause);
}

// The project by its name as the subject of `will` (`KEDA will always announce…`, `The
// OpenTelemetry project will…`, `containerd will ship…`): a name written in a way no ordinary word
// is at the start of a sentence (capitals inside it, or all lower case where the sentence opens),
// so the organisation commits as `we will` does. A name in title case (`Users`, `Istio`) is left
// alone, and so is `there will always be…`'s cousin, a quantified subject (`every project will
// experience outages` predicts).
const PROJECT_SUBJECT =
	/^(?:the\s+)?\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d.-]*(?:\s+(?:project|community|maintainers|team|runtime|operator))?(?:\s+(?:also|always|then|now|only|still))?$/u;
const LOWER_NAME = /^\p{Ll}[\p{Ll}\d]*(?:[-.]\p{Ll}[\p{Ll}\d]*)*$/u;

/** Whether the subject of the `will` at `at` is the project by name or every member of a set. */
function willByProcess(text: string, at: number): boolean {
	const clause = willClause(text, at);
	// A name is a few words: a longer clause is no name (and PROJECT_SUBJECT's two stretchy parts
	// would split a long run of capitals in quadratically many ways).
	if (clause.length > 80) return false;
	if (PROJECT_SUBJECT.test(clause)) return true;
	// A lower-case word opening the sentence is a name (`containerd will…`), not a function word.
	return (
		LOWER_NAME.test(clause) &&
		text.startsWith(clause) &&
		!NOT_A_VERB.has(clause) &&
		!/^(?:they|he|she|you|someone|anyone|everyone|nobody)$/.test(clause)
	);
}

// A role of a review or decision process as the subject (`The sponsor will assign…`, `the
// reviewers will reply…`, `gRPC maintainers will publicize…`, `3-5 Approvers for the
// sub-project will vote…`), or a governing body of it (`The steering council will record…`, `the
// working group will take ownership…`, `A TSC member will add it…`): a process document
// assigning work, as `we will` does.
const PROCESS_ROLE =
	/^(?:(?:the|each|every|a|an|one|two|both|all|\d+(?:[-–]\d+)?)\s+)?(?:[\p{L}-]+\s+)?(?:sponsor|owner|author|reviewer|approver|maintainer|committer|assignee|on-call|submitter|proposer|champion|shepherd|steward|chair|moderator|release\s+manager|council|committee|board|working\s+group|tsc|ssc|tsc\s+member|steering\s+committee)s?(?:\s+(?:of|for)\s+the\s+[\p{L}-]+)?(?:\s+(?:then|also|always|first))?$/iu;

// `will` with no agent still decides when what follows is a decision in the passive (`The v1
// endpoints will be deprecated`, `X will no longer be supported`) or a duty given to a team or
// role (`Plans will be reviewed by the platform team`): someone has decided it will be done.
const PASSIVE_DECISION =
	/^(?:will|['’]ll)\s+(?:not|no\s+longer)\s+be\s+(?:supported|accepted|allowed|maintained|shipped|published|merged)\b|^(?:will|['’]ll)\s+(?:(?:not|no\s+longer|also|then|now|first)\s+)?be\s+(?:(?:deprecated|removed|retired|dropped|rejected|replaced|required|enforced|disabled|archived|sunset|frozen|forbidden|prohibited|banned|mandatory|phased\s+out|turned\s+off|shut\s+down)\b|(?:no\s+longer\s+)?supported\s+(?:only|until|after|for\s+(?:at\s+least|one|two|three|\d))\b|[\p{L}-]+ed\s+(?:[\p{L}-]+\s+){0,3}?by\s+(?:the|each|every|a|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:team|teams|maintainers?|owners?|reviewers?|committee|board|council|sig|tsc|lead|leads)\b)/iu;

// `will be` and a participle with no agent, or an agent that is no thing (`A label will be added
// to the issue`, `effort will be made to…`, `Deprecation will be performed over years`): the
// passive of a process's decision, someone will do it. Not a state or a feeling (`users will be
// motivated`), and not a thing doing it (`the cache will be warmed by the first request`).
const WILL_PASSIVE =
	/^(?:will|['’]ll)\s+(?:(?:also|then|now|first|only|always|regularly|automatically|typically|generally|usually|still)\s+)?be\s+(?:(?:also|then|regularly|automatically|typically|generally|usually|clearly|publicly|promptly|immediately)\s+)?(?!(?:motivated|interested|surprised|pleased|excited|disappointed|confused|tempted|inclined|impressed|frustrated|worried|concerned|affected|impacted|exposed|based|involved|used|needed|located|related|connected|supposed|able|unable|glad|happy|fine)\b)(?:\p{L}+ed|made|done|written|held|run|kept|given|taken|sent|set|put|shown|known|built|cut|split|chosen|frozen|paid|sought|brought|met)\b(?![^,;.]*\bby\s+(?!(?:the|each|every|a|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:team|teams|maintainers?|owners?|reviewers?|committee|board|council|sig|tsc|lead|leads|ssc)\b))/iu;

/**
 * Whether a `will` states what the design will do: in a design doc, outside its context
 * sections (Motivation, Alternatives, Consequences…), the proposal and its detailed design
 * specify the system (`The receiver will reject unsigned payloads`, `If the field is empty, the
 * controller will act on every event`). What a system will do there is what the authors decided
 * it does, whatever the subject of the `will`; elsewhere it predicts.
 */
// An RFC 2119 keyword in capitals used as a modal (`The client MUST NOT cache…`, `Servers SHOULD
// send…`): a word before it and a verb after it, so a mention (`definitions of MUST, MUST NOT and
// MAY`) is not one.
const RFC2119 =
	/(?<=[\p{L}\p{N})]\s+)(?<!\b(?:and|or|of|for|the|a|an|in|as|uses?|with|like|to|see)\s+)(?:MUST(?:\s+NOT)?|SHALL(?:\s+NOT)?|SHOULD(?:\s+NOT)?|MAY|(?:IS\s+)?REQUIRED\s+TO|(?:IS\s+)?RECOMMENDED\s+TO)(?=\s+(?!(?:and|or|as|in|for|to|of|is|are|with|keywords?|cases?)\b)\p{Ll})/u;

/**
 * The RFC 2119 keyword that makes a sentence normative, as a policy result, or null. The
 * capitals are the structure: a specification marks its requirements this way in any section,
 * Motivation included, so the section's role does not veto it.
 */
function normativeKeyword(text: string): PolicyResult | null {
	if (!/[A-Z]{3}/.test(text)) return null;
	return hit(text, RFC2119.exec(text), 'strong', 'modal');
}

// In a design's specification, a `will` that only forecasts (`clients will eventually see…`,
// `…will likely grow`) is still a prediction.
const WILL_PREDICTS =
	/\b(?:will|['’]ll)\s+(?:eventually|end\s+up|likely|probably|naturally|in\s+time)\b|\beventually\b/i;

function designSpecWill(kind: DocKind | undefined, role: SectionRole): boolean {
	return kind === 'design' && role !== 'context';
}

function isWillLike(modal: string): boolean {
	return /^(?:will|won['’]t|['’]ll)$/i.test(modal);
}

/** The length in UTF-16 units of the letter or digit at `i` (`[\p{L}\p{N}]`), else 0. */
function alnumAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	return c < 128 ? ASCII_ALNUM[c] : unicodeLetterOrDigitAt(text, i);
}

/**
 * The first `n` words of a sentence, lower-cased: the first matches of `WORDS` (a letter or
 * digit, then letters, digits, apostrophes and hyphens), found by character class, which is
 * cheaper than running the pattern for a few words.
 */
function firstWords(sentence: string, n: number): string[] {
	const out: string[] = [];
	const len = sentence.length;
	let i = 0;
	while (i < len && out.length < n) {
		const first = alnumAt(sentence, i);
		if (!first) {
			i++;
			continue;
		}
		const start = i;
		i += first;
		while (i < len) {
			const c = sentence.charCodeAt(i);
			const k = c === 39 || c === 45 || c === 0x2019 ? 1 : alnumAt(sentence, i);
			if (!k) break;
			i += k;
		}
		out.push(sentence.slice(start, i).toLowerCase());
	}
	return out;
}

/** Lower-cased words of a sentence, apostrophes folded. */
function allWords(text: string, ascii: boolean): string[] {
	const { WORDS } = PATTERNS(ascii);
	const out: string[] = [];
	WORDS.lastIndex = 0;
	for (let m = WORDS.exec(text); m; m = WORDS.exec(text))
		out.push(m[0].toLowerCase().replace(/’/g, "'"));
	return out;
}

/** Register a list of words and `a b` pairs under its own bit; returns the bit. */
function wordList(single: readonly string[], pairs: readonly string[]): number {
	const bit = 1 << WORD_INDEX_BITS.count++;
	for (const w of single) indexEntry(w).bits |= bit;
	for (const p of pairs) {
		const [a, b] = p.split(' ');
		const e = indexEntry(a);
		e.pairs ??= new Map<string, number>();
		e.pairs.set(b, (e.pairs.get(b) ?? 0) | bit);
	}
	return bit;
}

/** Which lists a sentence's words hit, as bits: one pass over the words for all of them. */
function listHits(words: readonly string[]): number {
	let hits = 0;
	for (let i = 0; i < words.length; i++) {
		const e = WORD_INDEX.get(words[i]);
		if (e === undefined) continue;
		hits |= e.bits;
		if (e.pairs !== null && i + 1 < words.length) hits |= e.pairs.get(words[i + 1]) ?? 0;
	}
	return hits;
}

/** `listHits` of the words' lower-cased forms, without collecting them. */
function wordHits(words: readonly Word[]): number {
	let hits = 0;
	for (let i = 0; i < words.length; i++) {
		if ((listsOf(words[i]) & INDEXED) === 0) continue;
		const e = WORD_INDEX.get(words[i].lower);
		if (e === undefined) continue;
		hits |= e.bits;
		if (e.pairs !== null && i + 1 < words.length) hits |= e.pairs.get(words[i + 1].lower) ?? 0;
	}
	return hits;
}

// Whether the text names itself (`this RFC`, `the proposal`): gates the document-subject cues.
const NAMES = gate([
	'rfc',
	'proposal',
	'adr',
	'kep',
	'pep',
	'cfp',
	'document',
	'design',
	'policy',
	'decision'
]);
const DUTY_WORDS = gate(['respons', 'decision']);
const MEANING_WORDS = gate(['mean', 'say', 'impl', 'sugg']);
const EXPECT_WORD = gate(['expect']);
const DECIDED_WORD = gate(['decided']);
const PROPOSE_WORDS = gate(['propos']);
const NEGATIVE_WORDS = gate(['no', 'never', "n't", 'avoid'], /\bno\b|never|not\b|n['’]t\b|avoid/);
// DEFAULTS needs one of its cue words, or else a role it names after `is the` / `are our`
// (`is the standard`, `is our language for`): testing `is the` alone would pass nearly every
// sentence through to the scan of its lower-cased text.
const DEFAULT_CUES = gate(['default', 'prefer', 'standardi', 'only']);
const DEFAULT_ROLES = gate(
	[
		'standard',
		'sole',
		'language',
		'database',
		'store',
		'system',
		'protocol',
		'format',
		'framework',
		'runtime',
		'queue',
		'broker',
		'tool',
		'path',
		'source'
	],
	/\b(?:is|are) (?:the|our)\b/
);

/** `r` with its cue `by` characters further on (a literal: cheaper than spreading `r`). */
function shifted(r: PolicyResult, by: number): PolicyResult {
	return { policy: r.policy, cue: r.cue, at: r.at + by, strength: r.strength, via: r.via };
}

const NONE: PolicyResult = { policy: false, cue: '', at: -1, strength: 'none', via: 'none' };

function hit(
	sentence: string,
	m: RegExpExecArray | null,
	strength: 'strong' | 'weak',
	via: PolicyResult['via']
): PolicyResult | null {
	if (!m) return null;
	return {
		policy: true,
		cue: m[0].trim(),
		at: m.index + (m[0].length - m[0].trimStart().length),
		strength,
		via
	};
}

/**
 * Classify a sentence as a policy or not, with the words that decided it. `context` tells
 * what the section is (policy, context or neither) and whether the sentence opens a list
 * item; without it, only explicit cues count.
 */
export function classifyPolicy(sentence: string, context: PolicyContext = {}): PolicyResult {
	const r = classifyWords(sentence, context);
	// Words in quotation marks are someone else's (`The data team wrote: “We will move every
	// stream to Pub/Sub.”`): a policy cue inside a quotation does not make this document's policy.
	return r.policy && inQuotation(sentence, r.at) ? NONE : r;
}

/**
 * Whether offset `at` of a sentence lies inside a quotation: between curly quotes, after an
 * opening one left open (the quotation runs on into the next sentence) or before a closing
 * one that was opened in an earlier sentence; or between a pair of straight double quotes.
 */
export function inQuotation(sentence: string, at: number): boolean {
	if (at < 0 || !/[“”"]/.test(sentence)) return false;
	let open = -1;
	for (let i = 0; i < sentence.length; i++) {
		const c = sentence[i];
		if (c === '“') open = i;
		else if (c === '”') {
			if (at < i && at > open) return true;
			open = -1;
		}
	}
	if (open >= 0 && at > open) return true;
	const straight: number[] = [];
	for (let i = sentence.indexOf('"'); i >= 0; i = sentence.indexOf('"', i + 1)) straight.push(i);
	// An odd count leaves which one opens unknown: only well-paired straight quotes count.
	if (straight.length % 2) return false;
	for (let k = 0; k < straight.length; k += 2)
		if (at > straight[k] && at < straight[k + 1]) return true;
	return false;
}

// The sentence patterns above, or their ASCII copies for an ASCII sentence (text/ascii.ts).
const PATTERNS = patternSets({
	SIMPLE_PAST,
	PLEASE,
	MODAL,
	RELATIVE_BEFORE,
	DENIED_MEANING,
	OTHERS_NEED,
	AGENT_WILL,
	PROCESS_ROLE,
	WILL_SEQUEL,
	WILL_DESCRIBES,
	PASSIVE_DECISION,
	WILL_PASSIVE,
	WILL_STATE,
	SHOULD_STATE,
	WILL_AGENT,
	DOC_DECIDES,
	WE_DECIDED,
	WE_PROPOSE,
	NECESSITY,
	WE_WANT,
	WE_INTEND,
	PROJECT_INTENDS,
	WE_DECIDE,
	DEICTIC_START,
	NEGATIVE_STATE,
	NEGATIVE,
	DEFAULTS,
	NOT_A_RULE_MAIN,
	WORDS,
	PRESENT_PASSIVE,
	HAS_RULE,
	AUTHORS_CLAUSE
});

function classifyWords(sentence: string, context: PolicyContext): PolicyResult {
	const ascii = isAscii(sentence);
	const {
		SIMPLE_PAST,
		PLEASE,
		MODAL,
		RELATIVE_BEFORE,
		DENIED_MEANING,
		OTHERS_NEED,
		AGENT_WILL,
		PROCESS_ROLE,
		WILL_SEQUEL,
		WILL_DESCRIBES,
		PASSIVE_DECISION,
		WILL_PASSIVE,
		WILL_STATE,
		SHOULD_STATE,
		WILL_AGENT,
		DOC_DECIDES,
		WE_DECIDED,
		WE_PROPOSE,
		NECESSITY,
		WE_WANT,
		WE_INTEND,
		PROJECT_INTENDS,
		WE_DECIDE,
		DEICTIC_START,
		NEGATIVE_STATE,
		NEGATIVE,
		DEFAULTS,
		NOT_A_RULE_MAIN,
		PRESENT_PASSIVE,
		HAS_RULE,
		WORDS
	} = PATTERNS(ascii);
	const trimmed = sentence.trim();
	const text = trimmed.replace(/^\*\*[^*]+\*\*\s*/, '');
	if (!text || QUESTION.test(text)) return NONE;
	// A `Why:` or `Because…` line gives the reason for the policy above it; it is not one.
	if (REASON_OPENER.test(text)) return NONE;
	if (EXAMPLE_OPENER.test(text)) return NONE;
	const words = firstWords(text, 3);
	if (words.length < 2) return NONE;
	const role = summaryRole(context, context.role ?? sectionRole(context.headings, context.kind));
	const inContext = role === 'context';
	// A design doc's Goals list what the design will do (`Run each test set concurrently.`): an
	// imperative there commits the design, where a strategy's or a process's goals are outcomes.
	const designGoal = inContext && context.kind === 'design' && isGoalsSection(context.headings);
	const hits = context.words ? wordHits(context.words) : listHits(allWords(text, ascii));
	const past = (hits & PAST_LIST) !== 0 || SIMPLE_PAST.test(text);
	const state = (hits & STATE_LIST) !== 0;
	// Tentative suggestions (`we might…`, `it would perhaps…`) are not policies unless a
	// commitment modal also appears (`Perhaps we should revisit…` still prescribes).
	const tentative =
		(hits & TENTATIVE_LIST) !== 0 || ((hits & MAY_WORD) !== 0 && hasEpistemicMay(text));
	if (tentative && (hits & COMMITTING_LIST) === 0) return NONE;
	// A roadmap's or a goal's list of work (`Goal: Cultivate a healthy community` over `Improve
	// our contributor experience`, a vision's `Support extended API fields`): a list item that
	// opens with a verb is an item of the plan.
	const planItem =
		context.listItem &&
		!past &&
		((context.kind === 'vision' && !inContext) ||
			isGoalListSection(context.headings, context.kind));
	const planVerb = planItem ? verbFirst(text, words) : null;
	if (planVerb && !notPlanned(context.headings)) return shifted(planVerb, sentence.indexOf(text));

	// Imperatives: `Use Postgres for…`, `Never publish…`, `Do not…`, `Look at the tests first.`,
	// also after a leading clause (`If so, let them know…`). Verbs that are also nouns
	// (`Release trains ship weekly`) need an object-like word after them.
	// `Clients SHOULD retry…` under Motivation: an RFC 2119 keyword is normative in any section.
	if (inContext) {
		const normative = normativeKeyword(text);
		if (normative) return shifted(normative, sentence.indexOf(text));
	}
	const lead = LEADING_CLAUSE.exec(text);
	for (const from of lead ? [0, lead[0].length] : [0]) {
		const rest = from ? text.slice(from) : text;
		const w = from ? firstWords(rest, 2) : words;
		if (w.length < 2 || !IMPERATIVE.has(w[0])) continue;
		// `Release of…`, `Review is…`: a verb that is also a noun, used as a noun. A verb of
		// guidance takes prepositions as a verb does (`Apologize for…`, `Look at…`).
		if (GUIDANCE.has(w[0]) ? NOUN_VERB_NEXT.test(w[1]) : NOUN_USE.has(w[1])) continue;
		// `be` commands only with an adjective or `sure`/`aware` after it (`Be kind.`).
		if (w[0] === 'be' && OBJECT_START.test(w[1])) continue;
		// `Have`, `get`, `go`, `take` open statements too (`Have you…`): need an object.
		// A list item under a design doc's Goals (`Separate internal policy from the API`) is
		// an item of the design's plan: the verb need not be one that is rarely a noun.
		const clear =
			(CLEAR_IMPERATIVE.has(w[0]) ||
				(designGoal && context.listItem && IMPERATIVE_VERBS_SET.has(w[0])) ||
				(GUIDANCE.has(w[0]) &&
					!/^(?:have|get|go|take|file|note|help|check|fix|post|label)$/.test(w[0])) ||
				OBJECT_START.test(w[1])) &&
			// A clause of the authors' own (`In Go development historically, …`) is no command.
			!(from && /^(?:we|they|i|you|it|this|that|there)$/.test(w[0]));
		if (clear && (!inContext || designGoal || ALWAYS_RULE.has(w[0])))
			return {
				policy: true,
				cue: rest
					.split(/\s+/)
					.slice(0, w[0] === 'do' ? 2 : 1)
					.join(' '),
				at: sentence.indexOf(text) + from,
				strength: imperativeStrength(context),
				via: 'imperative'
			};
	}
	const offset = sentence.indexOf(text);
	const shift = (r: PolicyResult | null) => (r ? shifted(r, offset) : null);
	const bare =
		!inContext && !past
			? (bareImperative(text, !!context.listItem, words) ??
				(context.listItem && words[0].endsWith('ing') ? gerundDuty(text) : null) ??
				(words[0] === 'to' ? afterPurpose(text) : null))
			: null;
	if (bare) return shift(bare)!;
	// `It is the responsibility of the leads to…`, `The owner will be responsible for…`: a duty
	// assigned to a role, whatever the tense of the copula.
	// Where `text` starts in the sentence (`offset` is its first occurrence, maybe in a bold lead).
	const from = sentence.length - sentence.trimStart().length + trimmed.length - text.length;
	const gates = new Gates(text, context.words, from);
	const duty =
		!inContext && !past && gates.pass(DUTY_WORDS)
			? (DUTY.exec(text) ?? (context.kind !== 'design' ? ROLE_DUTY.exec(text) : null))
			: null;
	if (duty) return shift(hit(text, duty, 'strong', 'modal'))!;
	// `Please name your documents…`, `Before submitting, please discuss…`: a polite command.
	if (!inContext && !past && (hits & PLEASE_WORD) !== 0) {
		const please = PLEASE.exec(text);
		if (please) return shift(hit(text, please, 'strong', 'imperative'))!;
	}

	const names = gates.pass(NAMES);
	let modal = MODAL.exec(text);
	// A modal in a relative clause qualifies a noun: look for the sentence's own modal after it.
	// …and a modal of the condition (`If a CL can't be broken up, …`) is not the rule either: the
	// main clause after the comma says what to do.
	const condition = CONDITIONAL_OPENER.exec(text);
	const conditionEnd = condition ? condition[0].length : 0;
	while (
		modal &&
		(((QUALIFYING_MODAL.test(modal[0]) ||
			/^(?:is|are|ha(?:ve|s)\s+to|needs?\s+to)/i.test(modal[0])) &&
			RELATIVE_BEFORE.test(text.slice(0, modal.index))) ||
			modal.index < conditionEnd ||
			// …nor is one inside a purpose clause (`…, so that we never have to unwind data`):
			// that is the reason the rule gives.
			PURPOSE_BEFORE_MODAL.test(text.slice(0, modal.index)) ||
			// …nor is `may not` in `may or may not`: both happen, nothing is forbidden.
			/\bmay\s+or\s+$/i.test(text.slice(0, modal.index)) ||
			insideQuotes(text, modal.index))
	) {
		const next = new RegExp(MODAL.source, MODAL.flags);
		const m2 = next.exec(text.slice(modal.index + modal[0].length));
		modal = m2 ? Object.assign(m2, { index: m2.index + modal.index + modal[0].length }) : null;
	}
	if (
		modal &&
		((gates.pass(EXPECT_WORD) && EXPECTED.test(text)) ||
			(gates.pass(MEANING_WORDS) && DENIED_MEANING.test(text.slice(0, modal.index))) ||
			(/^(?:needs?\s+to|ha(?:ve|s)\s+to)$/i.test(modal[0]) && OTHERS_NEED.test(text)))
	)
		modal = null;
	// `…a project which will be handed off, we should be conservative`: the commitment is the
	// other modal; a `will` in a relative clause only describes.
	if (modal && /^(?:will|['’]ll)$/i.test(modal[0])) {
		OTHER_COMMITMENT.lastIndex = 0;
		const other = OTHER_COMMITMENT.exec(text);
		if (other && !/^(?:cannot|can['’]t)$/i.test(other[0])) modal = other;
		if (modal && PURPOSE_BEFORE_MODAL.test(text.slice(0, modal.index))) modal = null;
	}
	// History in a subordinate clause after the modal (`we should write a timeline, beginning
	// when the incident was discovered`) does not make the rule history.
	const pastForModal =
		past &&
		!!modal &&
		(SIMPLE_PAST.test(text) ||
			!/^(?:should|must|shall|needs?\s+to|ha(?:ve|s)\s+to)$/i.test(modal[0]) ||
			// …history in a condition or a leading clause before it (`Once the data has been
			// gathered, the group should…`) sets the time of the rule, it is not the rule.
			PAST_WORDS.test(text.slice(Math.max(conditionEnd, lead?.[0].length ?? 0), modal.index)));
	if (modal && !pastForModal) {
		const isWill = /^(?:will|['’]ll)$/i.test(modal[0]);
		const spec = isWill && designSpecWill(context.kind, role);
		// A process's decision in the passive (`A label will be added…`), outside a design doc
		// (whose specification reads every `will` as the design already).
		const passive =
			isWill && context.kind !== 'design' && WILL_PASSIVE.test(text.slice(modal.index));
		// What a system will do after a setup (`If the node is drained, the kubelet will evict…`,
		// `the scheduler will then place…`) predicts behaviour; only an agent's `will` commits.
		const behaviour =
			isWill &&
			!AGENT_WILL.test(text) &&
			!OTHER_COMMITMENT.test(text) &&
			// …but a role of the process after the setup is assigned work (`When doing so, gRPC
			// maintainers will publicize…`).
			!PROCESS_ROLE.test(willClause(text, modal.index)) &&
			// In a design's specification a plain `will` is the design, but `will then…` (what
			// follows from a setup) still predicts: on the seen splits −4 policies found, −2 wrong.
			(spec
				? WILL_PREDICTS.test(text) || WILL_SEQUEL.test(text)
				: WILL_SEQUEL.test(text) || CONDITIONAL_OPENER.test(text));
		if (behaviour || (isWillLike(modal[0]) && WILL_DESCRIBES.test(text))) return NONE;
		// Outside a policy or decision section, `will` commits only with the authors, a team or
		// the reader as its subject (`We will…`, `Teams will…`); with any other subject it
		// predicts (`every project will experience outages`). Measured on the tuning split: the
		// subject read this way lifts precision of will-sentences from 0.44 to 0.73.
		if (
			isWill &&
			!spec &&
			role !== 'policy' &&
			!willByAgent(text, modal.index, ascii) &&
			!(context.kind !== 'design' && willByProcess(text, modal.index)) &&
			!PASSIVE_DECISION.test(text.slice(modal.index)) &&
			!passive
		)
			return NONE;
		const prediction =
			((isWill && !spec && !passive && WILL_STATE.test(text)) ||
				(/^should$/i.test(modal[0]) && SHOULD_STATE.test(text))) &&
			!WILL_AGENT.test(text);
		// In a context section, `must`/`cannot` usually describe the world (`postings must
		// balance`, `drivers cannot plan`); only the authors committing (`we will`) decide.
		// A prediction about a measure (`losses will fall`, `the share should go from…`) is
		// an outcome, not a policy, whatever else the sentence says.
		if (prediction) return NONE;
		if (!(inContext && !WILL_AGENT.test(text))) return shift(hit(text, modal, 'strong', 'modal'))!;
	}
	if (
		!inContext &&
		!past &&
		!(gates.pass(EXPECT_WORD) && EXPECTED.test(text)) &&
		hasDeonticMay(text)
	) {
		const at = text.search(/\bmay\b/i);
		return {
			policy: true,
			cue: 'may',
			at: at + sentence.indexOf(text),
			strength: 'strong',
			via: 'may'
		};
	}
	// `This RFC proposes…` decides wherever it stands (RFCs restate it in Summary and Motivation);
	// `so we've decided not to do this` after the argument in an Alternatives section too.
	if (!past || /['’]ve\s+decided/i.test(text)) {
		const own =
			(names ? DOC_DECIDES.exec(text) : null) ??
			(names ? DOC_DESCRIBES.exec(text) : null) ??
			(words[0] === 'this' ? docActs(text, context.kind) : null) ??
			// `We have decided to:` introduces the decisions listed under it.
			(/:\s*$/.test(text) || !gates.pass(DECIDED_WORD) ? null : WE_DECIDED.exec(text)) ??
			(gates.pass(PROPOSE_WORDS) ? WE_PROPOSE.exec(text) : null);
		if (own) return shift(hit(text, own, 'strong', 'decision'))!;
	}
	// `It is important that…`, `We want…`: prescriptions without a modal.
	if (!inContext && !past) {
		const frame =
			(gates.pass(FRAME_WORDS) ? NECESSITY.exec(text) : null) ??
			(gates.pass(WANT_WORDS) ? WE_WANT.exec(text) : null) ??
			(gates.pass(INTENT_WORDS) ? (WE_INTEND.exec(text) ?? PROJECT_INTENDS.exec(text)) : null) ??
			(names ? DOC_DECIDES.exec(text) : null);
		if (frame) return shift(hit(text, frame, 'strong', 'modal'))!;
	}
	const we = WE_DECIDE.exec(text);
	if (we && (DECISIONAL.has(we[1].toLowerCase()) || (!inContext && !past && !state)))
		return shift(hit(text, we, 'strong', 'decision'))!;
	// An item of a list of planned work (`## Next steps`, `## Future work`, a design's Goals)
	// is work the authors have taken on, whatever its shape (`Plugin marketplace`).
	if (!past && plannedWorkItem(context, designGoal) && !ITEM_STATES.test(text))
		return { policy: true, cue: '', at: offset, strength: 'weak', via: 'present' };
	if (inContext || past) return NONE;
	// `It does not cover the public API`, `This is the only…`: scope and description.
	if (
		DEICTIC_START.test(text) &&
		!(role === 'policy' && context.kind === 'design' && SPEC_SUBJECT.test(text))
	)
		return NONE;
	const neg = gates.pass(NEGATIVE_WORDS) && !NEGATIVE_STATE.test(text) ? NEGATIVE.exec(text) : null;
	if (neg) return shift(hit(text, neg, 'strong', 'negative'))!;
	const def = gates.pass(DEFAULT_CUES) || gates.pass(DEFAULT_ROLES) ? DEFAULTS.exec(text) : null;
	if (def && !state)
		return shift(hit(text, def, role === 'policy' ? 'strong' : 'weak', 'default'))!;

	// Present-tense rules: under a policy heading, or in a section of a strategy's body (the
	// introduction under the title describes the situation).
	if (state) return NONE;
	const kind = context.kind;
	const inBody = (context.headings?.length ?? 0) >= 2;
	if (
		(role === 'policy' || (kind === 'strategy' && role === 'neutral' && inBody)) &&
		!NOT_A_RULE.test(text) &&
		!NOT_A_RULE_MAIN.test(text.split(CLAUSE_BREAK)[0]) &&
		!(role !== 'policy' && DESCRIBES_HOW.test(text))
	) {
		WORDS.lastIndex = 0;
		let prev = '';
		for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
			const w = m[0].toLowerCase();
			// `moves per shift`, `the build`: after a determiner or a number it is a noun.
			// A verb inside the leading condition (`If a CL changes how users build…`) is not the rule.
			if (
				m.index > 0 &&
				m.index >= conditionEnd &&
				DECISION_VERB.has(w) &&
				!NOUN_CONTEXT.test(prev)
			)
				return { policy: true, cue: m[0], at: m.index + offset, strength: 'weak', via: 'present' };
			prev = w;
		}
		// Under a policy heading, a plain declarative sentence is a rule (`APIs are REST`); a
		// lead-in (`For Proposal issues:`), an aside in brackets, a definition (`X means Y`), a
		// change already made (`the process has not changed`) or what others want is not (above).
		if (role === 'policy' && words.length >= 3)
			return {
				policy: true,
				// No word triggered it, the heading did: callers name the section instead.
				cue: '',
				at: offset,
				strength: 'weak',
				via: 'present'
			};
		const passive = PRESENT_PASSIVE.exec(text) ?? (role === 'policy' ? HAS_RULE.exec(text) : null);
		if (passive) return shift(hit(text, passive, 'weak', 'present'))!;
	}
	return NONE;
}

/** Whether a sentence is a policy or decision (samples README, label `policy`). */
export function isPolicy(sentence: string, context: PolicyContext = {}): boolean {
	return classifyPolicy(sentence, context).policy;
}
