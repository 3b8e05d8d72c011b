/**
 * Contradictions read from the structure of two policies, beyond choices, poles and numbers
 * (contradictions.ts asks these for every pair it visits):
 *
 * - **open-ended vs an end**: "X stays up … with no end date" / "open-ended" / "indefinitely"
 *   vs "X is switched off on 30 September 2027", for the same subject only;
 * - **never held vs kept**: "we never hold a customer's bank account or card details" vs "X
 *   keeps each customer's Direct Debit details": the same data noun (the head of the object)
 *   and one more word of it in common;
 * - **a place ban vs a placement**: "nothing … runs in our own server rooms or depots" vs "X
 *   stays on the two machines in the Ashby Row depot": the same kind of place (its head noun,
 *   and no common-noun modifier the ban does not have; a proper name is an instance of it);
 * - **an act refused vs done**: "Nobody films a child in a lesson", "no system polls a
 *   machine", "is never used to rank them … or set their pay" vs the same verb used as a verb
 *   in the other side's first sentence ("filmed by their teacher", "polling each one", "is set
 *   from"), a verb few policies use, with another word of the refusal's sentence in common.
 *
 * And one agreement: "Fathom holds no location … of its own" defers to "Atlas is the only place
 * … location … recorded" (`defersToSole`), which the refusal reading would otherwise pair.
 */
import type { Contradiction } from '../types.js';
import { DATE } from './clause.js';
import { baseOf } from '../extract/terms.js';

/** What a unit of contradictions.ts offers these readings. */
export interface PairSide {
	doc: string;
	text: string;
	reasons: readonly [number, number][];
	stance: { exclusive: boolean };
}

/** A contradiction these readings find, worded. */
export interface PairReading {
	key: string;
	kind: Contradiction['kind'];
	topic: string;
	why: string;
	score: number;
}

const DETERMINERS = new Set(
	'the a an our its their this that these those each every any all some his her your two three four'.split(
		' '
	)
);
const short = (doc: string) => doc.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');
const quote = (s: string) => `"${s}"`;
// One form for "branches" and "branch", "details" and "detail".
const singular = (w: string) => baseOf(w.toLowerCase());

/** The text without its reason clauses, each replaced by spaces (offsets stay). */
// Asked of a side once per pair it is in: kept per side (a side's text and reasons are fixed).
const own = new WeakMap<PairSide, string>();
function ownWords(u: PairSide): string {
	let t = own.get(u);
	if (t !== undefined) return t;
	t = u.text;
	for (const [a, b] of u.reasons) t = t.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + t.slice(b);
	own.set(u, t);
	return t;
}

// A label before a policy ("Decision: ", "**Decision:** ").
const LABEL = /^\s*(?:\*\*|__)?[A-Z][\w -]{0,20}:(?:\*\*|__)?\s+/;
const SUBJECT_END =
	/\s(?:is|are|was|were|stays?|remains?|runs?|keeps?|holds?|will|must|shall|may|goes|moves?|gets?|has|have)\b/;

/** The subject of a sentence: its words before the first verb, lower case, no determiners. */
export function subjectOf(text: string): string {
	const t = text.replace(LABEL, '');
	const end = t.search(SUBJECT_END);
	if (end < 0 || end > 60) return '';
	return t
		.slice(0, end)
		.toLowerCase()
		.split(/[^\p{L}\p{N}-]+/u)
		.filter((w) => w && !DETERMINERS.has(w))
		.join(' ');
}

const OPEN_ENDED =
	/\b(?:(?:with\s+)?no\s+(?:end|closing|cut-?off|sunset|switch-off|retirement)\s+date|open-ended|indefinitely|with\s+no\s+end\b|(?:have|has)\s+not\s+(?:yet\s+)?(?:set|put|fixed|agreed|named|given)\s+(?:a|any)\s+date\b)/iu;
// How far a stop verb may stand from its date: a place or an occasion between them ("switched
// off at every site on 30 June 2027", "after the last lift closes on …"), no clause break.
const END_GAP = 60;
// "X stays in / keeps … on Kasbook until Orderbook can …": kept going until a condition, not a
// date; the names before "until" are what is kept going.
const UNTIL = /\buntil\s+([^.;:]*)/iu;
const STOPS =
	/\b(?:switched\s+off|shut\s+down|turned\s+off|retired|decommissioned|closed\s+down|withdrawn|ends?|stops?|sunset)\b/iu;

/** A subject said to last with no end, and a subject said to stop on a date. */
function lifetime(u: PairSide): { subject: string; open: string; end: string; kept: string[] } {
	const text = ownWords(u);
	const subject = subjectOf(text);
	let open = OPEN_ENDED.exec(text)?.[0] ?? '';
	let end = '';
	const stop = STOPS.exec(text);
	if (stop && /\d{4}/.test(text)) {
		DATE.lastIndex = 0;
		for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
			const gap = text.slice(stop.index + stop[0].length, m.index);
			if (m.index > stop.index && gap.length <= END_GAP && !/[.;:,]/.test(gap)) {
				end = `${stop[0]}${gap}${m[0]}`;
				break;
			}
		}
	}
	// Kept going until a condition with no date in it: the names kept going are its subjects.
	const until = UNTIL.exec(text);
	// Said to have no end ("we have not set a date"): the names it keeps going, before any "until".
	const kept =
		until && !/\d{4}|\b(?:after|before)\b/.test(until[1]) && !end
			? namesIn(text.slice(0, until.index))
			: open
				? namesIn(until ? text.slice(0, until.index) : text)
				: [];
	if (kept.length && !open) open = until![0].split(/\s+/).slice(0, 5).join(' ');
	return { subject, open, end, kept };
}

/** The capitalised names of a phrase past its first word ("stay in Kasbook" → Kasbook). */
function namesIn(text: string): string[] {
	return [...text.matchAll(/(?<=\s)[A-Z][\p{L}\p{N}-]+/gu)].map((m) => m[0].toLowerCase());
}

// "never hold / store / keep X", "do not keep X"; "keeps X", "holds X".
const KEEP_VERB = String.raw`(?:hold|holds|store|stores|keep|keeps|retain|retains|save|saves)`;
const NEVER_KEEP = new RegExp(
	String.raw`\b(?:never|(?:do|does|will|must|shall)\s+not|don['’]t|doesn['’]t|won['’]t)\s+${KEEP_VERB}\s+`,
	'giu'
);
const KEEPS = new RegExp(String.raw`\b${KEEP_VERB}\s+`, 'giu');
const OBJECT_END =
	/[,;:.—–()]|\s(?:in|on|at|for|from|so|because|until|when|which|that|who|to|of\s+its|and\s+(?:we|it|they|the|a))\b/iu;

/** The object noun phrase at `at`: its head (singular) and its other words. */
function objectAt(text: string, at: number): { head: string; words: Set<string>; written: string } {
	const rest = text.slice(at, at + 120);
	const end = rest.search(OBJECT_END);
	const written = (end < 0 ? rest : rest.slice(0, end)).trim();
	const words = written
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^\p{L}\p{N}-]+/u)
		.filter((w) => w && !DETERMINERS.has(w) && w !== 'or' && w !== 'and' && w !== 'no');
	const head = singular(words[words.length - 1] ?? '');
	return { head, words: new Set(words.slice(0, -1).map(singular)), written };
}

/** What a unit never holds and what it keeps, as object phrases. */
function holdings(u: PairSide) {
	const text = ownWords(u);
	const never: ReturnType<typeof objectAt>[] = [];
	const kept: ReturnType<typeof objectAt>[] = [];
	if (!/\b(?:hold|store|keep|retain|save)s?\b/i.test(text)) return { never, kept };
	const negated = new Set<number>();
	for (const m of text.matchAll(NEVER_KEEP)) {
		never.push(objectAt(text, m.index + m[0].length));
		negated.add(m.index + m[0].length);
	}
	for (const m of text.matchAll(KEEPS)) {
		const at = m.index + m[0].length;
		if (negated.has(at)) continue;
		// "holds no X", "keeps nothing", a negation earlier in the clause: not a keeping.
		const clause =
			text
				.slice(Math.max(0, m.index - 40), m.index)
				.split(/[,;:.]/)
				.pop() ?? '';
		if (/\b(?:no|not|never|nothing|nobody|without)\b/i.test(clause)) continue;
		if (/^(?:no|nothing|none)\b/i.test(text.slice(at))) continue;
		kept.push(objectAt(text, at));
	}
	return { never, kept };
}

// "Nothing … runs in P", "no part of X runs on P": a place where nothing may run.
const BAN =
	/\b(?:nothing|no\s+(?:part|service|system|server|workload|application|app)s?\b)[^.;:]{0,60}?\b(?:runs?|is\s+(?:hosted|run|deployed|installed|kept)|lives?|sits?)\s+(?:in|on|at)\s+([^.;:,]+)/giu;
// "X stays on P", "runs in P": where something is placed.
const PLACED =
	/\b(?:stays?|remains?|runs?|lives?|sits?|is\s+hosted|are\s+hosted)\s+(?:on|in|at)\s+([^.;:,]+)/giu;

interface Place {
	head: string;
	/** Lower-case modifiers: the kind of place ("server" rooms, "control" room). */
	kind: Set<string>;
	written: string;
}

/** The places of a phrase ("our own server rooms or depots", "the two machines in the X depot"). */
function placesIn(phrase: string): Place[] {
	const cut = phrase.split(/\s(?:because|so|since|when|while|if|unless|until)\b/i)[0];
	return cut
		.split(/\s(?:or|and|in|at|on|with|within|inside)\s/i)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((written) => {
			const ws = written.split(/\s+/).filter(Boolean);
			const last = ws[ws.length - 1] ?? '';
			const kind = new Set(
				ws
					.slice(0, -1)
					.filter((w) => /^[a-z][\w-]*$/.test(w) && !DETERMINERS.has(w) && w !== 'own')
					.map(singular)
			);
			// A proper name is no kind of place: "Azure", "Cold Aston".
			return { head: /^[A-Z]/.test(last) ? '' : singular(last.toLowerCase()), kind, written };
		})
		.filter((p) => p.head.length > 2);
}

function placements(u: PairSide): { banned: Place[]; placed: Place[] } {
	const text = ownWords(u);
	const banned: Place[] = [];
	const placed: Place[] = [];
	if (!/\b(?:runs?|stays?|remains?|lives?|sits?|hosted|deployed|installed|kept)\b/i.test(text))
		return { banned, placed };
	const bans: [number, number][] = [];
	for (const m of text.matchAll(BAN)) {
		banned.push(...placesIn(m[1]));
		bans.push([m.index, m.index + m[0].length]);
	}
	for (const m of text.matchAll(PLACED)) {
		if (bans.some(([a, b]) => m.index >= a && m.index < b)) continue;
		const clause =
			text
				.slice(Math.max(0, m.index - 60), m.index)
				.split(/[;:.]/)
				.pop() ?? '';
		if (/\b(?:no|not|never|nothing|nobody|without)\b/i.test(clause)) continue;
		placed.push(...placesIn(m[1]));
	}
	return { banned, placed };
}

// "X are used to bill it and for nothing else", "X is used only for billing": one use of X.
const SOLE_USE =
	/(?:^|[,;:]\s*|\b(?:when|that|and)\s+)([^.;:,]{3,80}?)\s+(?:is|are|will\s+be|may\s+be)\s+used\s+(?:(?:only|solely)\s+)?(?:to|for)\s+([^.;:,]+?)(?:\s+and\s+(?:for\s+)?nothing\s+else\b|(?=[.;:,]|$))/iu;

interface SoleUse {
	head: string;
	kind: Set<string>;
	purpose: Set<string>;
	written: string;
}

/** A use a policy allows a kind of data and no other ("… are used to bill it and for nothing else"). */
function soleUse(u: PairSide): SoleUse | null {
	const text = ownWords(u).replace(LABEL, '');
	if (!/\bused\b/i.test(text) || !/\bnothing\s+else\b|\b(?:only|solely)\b/i.test(text)) return null;
	const m = SOLE_USE.exec(text);
	if (!m || !(/nothing\s+else/i.test(m[0]) || /\bused\s+(?:only|solely)\b/i.test(m[0])))
		return null;
	const words = m[1]
		.replace(/['’]s\b/g, '')
		.split(/[^\p{L}\p{N}-]+/u)
		.filter((w) => w && !DETERMINERS.has(w.toLowerCase()) && /^[a-z]/.test(w));
	if (words.length < 2) return null;
	const head = singular(words[words.length - 1]);
	const purpose = new Set(
		m[2]
			.toLowerCase()
			.split(/[^\p{L}\p{N}-]+/u)
			.filter((w) => w.length > 2 && !DETERMINERS.has(w))
			.map(singular)
	);
	return { head, kind: new Set(words.slice(0, -1).map(singular)), purpose, written: m[0].trim() };
}

/** Whether `text` puts data of that head and kind to a use outside `purpose`. */
function otherUse(text: string, use: SoleUse): string {
	const words = text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
	const stems = words.map(singular);
	if (stems.some((w) => use.purpose.has(w))) return '';
	if (/\bopts?\s+in\b|\bconsent/i.test(text)) return '';
	for (let i = 0; i < stems.length; i++) {
		if (stems[i] !== use.head) continue;
		// A compound of the same kind: the word right before the head is one of its modifiers
		// ("its half-hourly reads"; not "meters can be read").
		if (i === 0 || !use.kind.has(stems[i - 1])) continue;
		const phrase = words.slice(i - 1, i + 1).join(' ');
		// "are never sold", "no … reads": a negation of the use agrees with the limit.
		const near = words.slice(Math.max(0, i - 3), i + 4).join(' ');
		if (/\b(?:no|not|never)\b/i.test(near)) continue;
		return phrase;
	}
	return '';
}

// ---- Polarity on a shared head noun ------------------------------------------------------

// A negation that refuses the noun phrase after it: "no X", "do not run X", "never use X",
// "rather than X", "instead of X", "avoid X", "stop running X".
const REFUSES =
	/\b(?:no\s+|(?:(?:do|does|did|will|shall|must|should|can|may)\s+not|(?:don|doesn|won|shouldn|mustn)['’]t|cannot|never)\s+(\p{L}+)\s+|(?:rather\s+than|instead\s+of|avoids?|stops?)\s+(?:(\p{L}+ing)\s+)?)(?=\p{L})/giu;
// Any negation in a clause, or a verb of removal: a commitment read in such a clause is not one
// ("their personal data is erased").
const NEGATED =
	/\b(?:no|not|never|nothing|none|nobody|neither|nor|without|cannot|rather\s+than|instead\s+of|avoids?|stops?|(?:eras|delet|remov|dropp|disabl|retir|destroy|purg)(?:e|es|ed|ing|s)?)\b|n['’]t\b/iu;
// Words that stand for a noun phrase named elsewhere: they name no head.
const PRONOUNS = new Set(
	'it them they this that these those one ones anything something everything anyone someone everyone'.split(
		' '
	)
);
// A refusal narrowed by a time or a condition right after its phrase ("not start a wave in the
// six weeks before a billing run") refuses it then, not as such.
const NARROWED = /^\s+(?:in|during|before|after|until|when|while|unless|except|outside|within)\b/iu;
// A refusal narrowed by a place right after its phrase ("no orders at the door") refuses it
// there: only a commitment at the same place takes it up.
const AT_PLACE = /^\s+at\s+(?:(?:the|a|an|our|their|its|each|every|any)\s+)?(\p{Ll}[\p{L}-]+)/u;
const EMBEDDED = /^\s+(?:should|would|could|must|will|can|may|might|is|are|was|were|has|have)\b/iu;
// Verbs that take a clause, not an object ("we do not think a model's answer should …").
const COGNITION = /^(?:think|believe|expect|know|see|want|say|feel|agree|mind|care)$/i;
// The same verb on both sides says more than a shared noun: its object may be a word a tenth
// of the policies use.
const ONE_ACT_SHARE = 0.1;
// Verbs of making: refusing to write X and building X are one act.
const MAKING = /^(?:build|write|develop|make|creat)$/;
// Verbs too general to name an act ("do not have X" vs "has X" is seldom a conflict).
const BLAND_VERBS = new Set(['be', 'have', 'get', 'need', 'go', 'let', 'take', 'give']);
// Buying is what a refusal to build leaves: "we do not build X" agrees with "we buy X".
const BUILD = /^(?:build|write|develop|make)$/i;
const BUYS = /\b(?:buy|buys|bought|licen[cs]e[sd]?|subscribes?|vendors?|suppliers?)\b/i;
// Where a clause ends, for its polarity.
const CLAUSE_END = /[;:.!?()](?:\s|$)|\s[—–]\s|,/u;
// Words a noun phrase ends before.
const NP_END = new Set(
	'of in on at per for to from with by via into onto over under after before within without through across against between about and or but nor than as if unless because so not that which who whose where when while is are was were be been being will would must shall should can could may might has have had does do did own'.split(
		' '
	)
);
const ARTICLES = new Set([...DETERMINERS, 'any', 'more', 'new', 'one', 'single', 'such']);

/** A refused noun phrase: its head (singular stem), its other words, as written. */
interface Refused {
	head: string;
	/** Lower-case modifiers, stemmed ("shared" → "share"). */
	kind: Set<string>;
	/** Those of them written as past participles ("shared"): an act refused. */
	done: Set<string>;
	/** The verb it is refused with ("run" of "do not run"), or ''. */
	verb: string;
	/** Refused as one's own ("pipelines of their own"): any kind of the head, if owned. */
	own: boolean;
	/** The place it is refused at ("door" of "no orders at the door"), or ''. */
	at: string;
	written: string;
}

/** The noun phrase from `at`: up to four words before a boundary word or punctuation. */
function phraseAt(text: string, at: number, verb: string): Refused | null {
	const m = /^[\p{L}\p{N}][\p{L}\p{N}'’/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’/-]*){0,5}/u.exec(
		text.slice(at)
	);
	if (!m) return null;
	const words: string[] = [];
	for (const w of m[0].split(/\s+/)) {
		const lower = w.toLowerCase();
		if (NP_END.has(lower)) break;
		if (!words.length && ARTICLES.has(lower)) continue;
		words.push(w.replace(/['’]s$/u, ''));
		if (words.length === 4) break;
	}
	if (!words.length) return null;
	const last = words[words.length - 1];
	if (PRONOUNS.has(last.toLowerCase()) || /ed$/.test(last)) return null;
	const after = text.slice(at).split(last)[1] ?? '';
	// The subject of a clause of its own ("do not think a model's answer should …").
	if (NARROWED.test(after) || EMBEDDED.test(after)) return null;
	// A proper name is an instance, not a kind: "no Kasbook" is a choice, read elsewhere.
	if (/^[A-Z]/.test(last) || /\d/.test(last)) return null;
	const head = singular(last);
	if (head.length < 3) return null;
	const kind = new Set(
		words
			.slice(0, -1)
			.filter((w) => /^[a-z]/.test(w))
			.map(singular)
	);
	const done = new Set(
		words
			.slice(0, -1)
			.filter((w) => /^[a-z][\p{L}-]*ed$/u.test(w))
			.map(singular)
	);
	const own = OF_OWN.test(after);
	const place = singular(AT_PLACE.exec(after)?.[1] ?? '');
	return { head, kind, done, verb: verb.toLowerCase(), own, at: place, written: words.join(' ') };
}

// "pipelines of their own": the refusal is of owning one, whatever its kind.
const OF_OWN = /^\s+of\s+(?:its|their|our|his|her|your|my)\s+own\b/iu;
const POSSESSIVES = new Set('its their our his her your my'.split(' '));

/**
 * Where the possessive stands when the noun at `i` is owned, over modifiers and their
 * coordination ("its own build and release pipeline"), or -1.
 */
function ownedAt(words: readonly string[], i: number): number {
	for (let j = i - 1; j >= 1 && j >= i - 6; j--) {
		const lower = words[j].toLowerCase();
		if (lower === 'own') return POSSESSIVES.has(words[j - 1].toLowerCase()) ? j - 1 : -1;
		if ((NP_END.has(lower) && lower !== 'and' && lower !== 'or') || ARTICLES.has(lower)) return -1;
	}
	return -1;
}

/** A unit's clauses: its own words (reasons blanked) cut at punctuation, with their offsets. */
function clausesOf(text: string): { at: number; text: string }[] {
	const out: { at: number; text: string }[] = [];
	let at = 0;
	for (let rest = text; rest.length;) {
		const m = CLAUSE_END.exec(rest);
		const end = m ? m.index + m[0].length : rest.length;
		out.push({ at, text: rest.slice(0, end) });
		at += end;
		rest = rest.slice(end);
	}
	return out;
}

/** What a unit refuses by noun phrase, and the stems it commits to in its un-negated clauses. */
function headsOf(u: PairSide): {
	refused: Refused[];
	acts: RefusedAct[];
	committed: { stems: string[]; words: string[]; lead: boolean }[];
	stems: Set<string>;
} {
	const text = ownWords(u).replace(LABEL, '');
	const refused: Refused[] = [];
	const acts = actsRefused(text);
	const committed: { stems: string[]; words: string[]; lead: boolean }[] = [];
	// Where its first sentence ends: the sentence a contradiction's side points at.
	const lead = /[.!?](?:\s|$)/u.exec(text)?.index ?? text.length;
	for (const c of clausesOf(text)) {
		if (NEGATED.test(c.text)) {
			for (const m of c.text.matchAll(REFUSES)) {
				// "link or no link": a concession, not a refusal; "do not think X …": an opinion.
				if (/\bor\s+$/i.test(c.text.slice(0, m.index)) || COGNITION.test(m[1] ?? '')) continue;
				const p = phraseAt(c.text, m.index + m[0].length, m[1] ?? m[2] ?? '');
				if (p) refused.push(p);
			}
			continue;
		}
		if (PRONOUNS.has(c.text.trim().toLowerCase())) continue;
		const words = c.text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
		committed.push({ words, stems: words.map(singular), lead: c.at < lead });
	}
	return { refused, acts, committed, stems: contentStems(text) };
}

/** The stems of a text's content words (lower case, three letters or more, no boundary words). */
function contentStems(text: string): Set<string> {
	const out = new Set<string>();
	for (const w of text.replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}'’-]+/u))
		if (w.length > 2 && /^\p{Ll}/u.test(w) && !NP_END.has(w) && !ARTICLES.has(w))
			out.add(singular(w));
	return out;
}

// A negated act: "nobody films", "no one uses", "no system polls a …", "is never shown",
// "never used to rank … or set …" (auxiliaries and "used to" skipped: the act is the verb after).
const NEGATED_ACT =
	/\b(?:[Nn]obody|[Nn]o[\s-]one|[Nn]o\s+(?:[\p{Ll}-]+\s+){1,2}?(?=[\p{Ll}-]+s\s+(?:the|a|an|any|its|their|our|each|every)\b)|[Nn]ever|not|n['’]t|cannot)\b\s*(?:(?:be|been|being|ever|always|(?:used|allowed|permitted|able)\s+to)\s+)*([\p{Ll}-]+)/gu;
// After the act, the verbs coordinated with it: "photographs or films", "rank them, discipline
// them or set their pay" (a word after a comma, "or" or "nor" that an object follows).
const COORDINATED =
	/(?:,\s*|\s+(?:or|nor)\s+)([\p{Ll}-]+)\s+(?=(?:the|a|an|any|its|their|our|them|his|her)\b)/gu;
// Words that open a subordinate clause: a negation after one ("a result that cannot be coded",
// "riders who are not texted") describes something; it refuses nothing.
const SUBORDINATE =
	/\b(?:that|which|who|whom|whose|where|when|if|unless|whether|once|until|because|since|while|so)\b/iu;
// A word used as a noun: after an article, a possessive or a preposition ("the charging
// contacts", "of updates").
const NOUN_BEFORE = new Set([
	...ARTICLES,
	...'of in on at per for from with by via into onto over under after before within without through across against between about than'.split(
		' '
	)
]);

/** An act a text refuses: its verb (a stem), the refusal as written, its sentence's stems. */
interface RefusedAct {
	verb: string;
	/** The verb as written, lower case. */
	form: string;
	written: string;
	about: Set<string>;
}

/** How a verb is inflected: "-s", "-ing", "-ed" or bare, for coordination. */
const inflection = (w: string) =>
	/ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /s$/.test(w) ? 's' : '';

/** The acts a text refuses in its main clauses, by their verbs. */
function actsRefused(text: string): RefusedAct[] {
	const out: RefusedAct[] = [];
	for (const m of text.matchAll(NEGATED_ACT)) {
		// The sentence around the refusal, and its clause up to the negation.
		const from =
			Math.max(...['.', ';', ':', '!', '?'].map((c) => text.lastIndexOf(c, m.index))) + 1;
		const clauseFrom = Math.max(from, text.lastIndexOf(',', m.index) + 1);
		if (SUBORDINATE.test(text.slice(clauseFrom, m.index))) continue;
		const rest = /^[^.;:!?]*/u.exec(text.slice(m.index + m[0].length))![0];
		const verbs = [m[1]];
		for (const c of rest.matchAll(COORDINATED))
			if (inflection(c[1]) === inflection(m[1])) verbs.push(c[1]);
		const written = (m[0] + rest).trim().replace(/[\s,]+$/u, '');
		const about = contentStems(text.slice(from, m.index + m[0].length + rest.length));
		for (const v of verbs) {
			const verb = singular(v);
			if (verb.length < 3 || BLAND_VERBS.has(verb) || NP_END.has(v) || ARTICLES.has(v)) continue;
			out.push({ verb, form: v.toLowerCase(), written, about });
		}
	}
	return out;
}

/**
 * Where a committed clause does an act another side refuses: the verb in any form ("films",
 * "filmed", "polling") used as a verb (no article or preposition before it), a verb few
 * policies use, and one more word of the refusal's sentence in the committing side (`theirs`).
 * The words around the verb, as written, or ''.
 */
function doesAct(
	p: RefusedAct,
	c: { stems: string[]; words: string[] },
	theirs: ReadonlySet<string>,
	rare: (stem: string, share?: number) => boolean
): string {
	const i = c.stems.indexOf(p.verb);
	if (i < 0 || NOUN_BEFORE.has(c.words[i - 1]?.toLowerCase() ?? '')) return '';
	// An "-s" form is as often a plural noun ("install updates") as a verb: it counts only as
	// the refusal wrote it.
	const form = c.words[i].toLowerCase();
	if (inflection(form) === 's' && form !== p.form) return '';
	if (!rare(p.verb, ONE_ACT_SHARE)) return '';
	for (const w of p.about)
		if (w !== p.verb && theirs.has(w) && !BLAND_VERBS.has(w))
			return c.words.slice(Math.max(0, i - 1), i + 3).join(' ');
	return '';
}

/** The words right before `i` in a clause that modify the word at `i` (to an article or boundary). */
function modifiersBefore(words: readonly string[], i: number): string[] {
	const out: string[] = [];
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		const lower = words[j].toLowerCase();
		if (NP_END.has(lower) || ARTICLES.has(lower) || /['’]s$/u.test(words[j])) break;
		out.unshift(words[j]);
	}
	return out;
}

/**
 * Where a committed clause takes up what `p` refuses: the same head noun as a noun ("no MQTT
 * brokers of our own" vs "to the Mosquitto broker"), with no common-noun modifier the refusal
 * lacks and the refusal's own modifiers in the clause; or the verb of a refused participle
 * ("no shared accounts" vs "share one login") with an object after it.
 */
function takesUp(
	p: Refused,
	c: { stems: string[]; words: string[] },
	rare: (stem: string, share?: number) => boolean
): string {
	// A common head ("team", "data") names no one thing.
	if (!rare(p.head)) return '';
	if (p.at && !c.stems.includes(p.at)) return '';
	for (let i = 0; i < c.stems.length; i++) {
		if (c.stems[i] !== p.head) continue;
		const next = c.words[i + 1]?.toLowerCase();
		// The head ends its phrase: a boundary, or a clause about it ("the scanners the yard …").
		if (next !== undefined && !NP_END.has(next) && !ARTICLES.has(next)) continue;
		// One's own of any kind, against a refusal to own one ("its own release pipeline" vs
		// "no pipelines of their own").
		const owner = p.own && !p.kind.size ? ownedAt(c.words, i) : -1;
		if (owner >= 0) return c.words.slice(owner, i + 1).join(' ');
		const mods = modifiersBefore(c.words, i);
		if (mods.some((w) => /^[a-z]/.test(w) && !p.kind.has(singular(w)))) continue;
		if (![...p.kind].every((k) => c.stems.includes(k))) continue;
		return [...mods, c.words[i]].join(' ');
	}
	// The same act: the refused verb (or another verb of making) with an object that shares a
	// word of the refused phrase ("do not build a forecasting model" vs "build the yield
	// forecast ourselves").
	const verb = p.verb && singular(p.verb);
	if (verb && !BLAND_VERBS.has(verb)) {
		const stems = new Set([p.head, ...p.kind]);
		for (let i = 0; i < c.words.length - 1; i++) {
			const w = c.stems[i];
			if (w !== verb && !(MAKING.test(w) && MAKING.test(verb))) continue;
			for (let j = i + 1; j < Math.min(c.words.length, i + 5); j++) {
				const x = c.words[j].toLowerCase();
				if (NP_END.has(x)) break;
				if (stems.has(c.stems[j]) && rare(c.stems[j], ONE_ACT_SHARE))
					return c.words.slice(i, j + 1).join(' ');
			}
		}
	}
	for (const k of p.done) {
		for (let i = 0; i < c.words.length - 1; i++) {
			const w = c.words[i].toLowerCase();
			if (singular(w) !== k || /ed$/.test(w)) continue;
			const next = c.words[i + 1].toLowerCase();
			if (!ARTICLES.has(next) && !/^\d/.test(next)) continue;
			return c.words.slice(i, i + 3).join(' ');
		}
	}
	return '';
}

// ---- Orderings ---------------------------------------------------------------------------

// Words that name no step of an ordering.
const NOT_STEPS = new Set([
	...NP_END,
	...ARTICLES,
	...'we us they it them its their our anyone everyone every each all first then afterwards later next once how what is are be has have will must can shall may should'.split(
		' '
	)
]);
/** A step of an ordering as stems ("merge the … records into it" → merg, record). */
function stepOf(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.replace(/['’]s?\b/g, '')
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length > 2 && !NOT_STEPS.has(w))
			.map(singular)
	);
}
// "A before B" (not "before 2027", "before the end of", "the week before"); "A first … B
// afterwards / after that / then".
const BEFORE =
	/([^.;:]{8,}?)\s+before\s+(?!\d|the\s+end\b|(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)([^.;:,]{8,})/u;
const FIRST_THEN =
	/([^.;:]*?\bfirst\b[^.;:]*?)(?:,\s*)?\b(?:and|then)\s+([^.;:]*?)\b(?:afterwards|after\s+that|then|later|next)\b/iu;

/** Longest sentence read for an ordering, in characters. */
const MAX_ORDERING_CHARS = 400;

/** The orderings a unit commits to, each as [earlier step, later step]. */
function orderings(u: PairSide): [Set<string>, Set<string>][] {
	const text = ownWords(u).replace(LABEL, '');
	if (!/\b(?:before|first)\b/i.test(text)) return [];
	const out: [Set<string>, Set<string>][] = [];
	for (const sentence of text.split(/[.;:!?](?:\s|$)/)) {
		// BEFORE and FIRST_THEN are lazy and unanchored (quadratic and worse on long runs): only
		// sentences of ordinary length that name an order are read.
		if (sentence.length > MAX_ORDERING_CHARS || !/\b(?:before|first)\b/i.test(sentence)) continue;
		// "No X before Y", "not … before": a negated ordering is read the other way round; left out.
		if (NEGATED.test(sentence)) continue;
		const m = FIRST_THEN.exec(sentence) ?? BEFORE.exec(sentence);
		if (!m) continue;
		const [early, late] = [stepOf(m[1]), stepOf(m[2])];
		if (early.size && late.size) out.push([early, late]);
	}
	return out;
}
/** Stems as a text writes them ("merg" → "merged"). */
function writtenAs(stems: readonly string[], text: string): string[] {
	const words = text.toLowerCase().split(/[^\p{L}]+/u);
	return stems.map((t) => words.find((w) => singular(w) === t) ?? t);
}
const overlap = (x: Set<string>, y: Set<string>) => [...x].filter((w) => y.has(w));

/**
 * Two orderings of the same two steps the other way round: A's earlier step is B's later one
 * and A's later step B's earlier one, more than each is its own counterpart.
 */
function reversed(
	as: readonly [Set<string>, Set<string>][],
	bs: readonly [Set<string>, Set<string>][]
): string[] | null {
	for (const [e1, l1] of as)
		for (const [e2, l2] of bs) {
			const x = overlap(e1, l2);
			const y = overlap(l1, e2);
			if (!x.length || !y.length || x.length + y.length < 3) continue;
			if (overlap(e1, e2).length >= x.length || overlap(l1, l2).length >= y.length) continue;
			return [...x, ...y];
		}
	return null;
}

interface Read {
	life: ReturnType<typeof lifetime>;
	held: ReturnType<typeof holdings>;
	places: ReturnType<typeof placements>;
	use: SoleUse | null;
	heads: ReturnType<typeof headsOf>;
	order: [Set<string>, Set<string>][];
}
const memo = new WeakMap<PairSide, Read>();
function readOf(u: PairSide): Read {
	let r = memo.get(u);
	if (!r) {
		r = {
			life: lifetime(u),
			held: holdings(u),
			places: placements(u),
			use: soleUse(u),
			heads: headsOf(u),
			order: orderings(u)
		};
		memo.set(u, r);
	}
	return r;
}

/** Contradictions between two units from the readings above, `a` first. */
export function pairReadings(
	a: PairSide,
	b: PairSide,
	rare: (stem: string, share?: number) => boolean = () => true
): PairReading[] {
	const out: PairReading[] = [];
	const ra = readOf(a);
	const rb = readOf(b);
	// Each way round (`p` the first side, `q` the other), with no tuple built per pair.
	for (let k = 0; k < 2; k++) {
		const p = k ? b : a;
		const q = k ? a : b;
		const rp = k ? rb : ra;
		const rq = k ? ra : rb;
		// Open-ended vs an end, for one subject.
		if (
			rp.life.open &&
			rq.life.end &&
			rq.life.subject &&
			(rp.life.subject === rq.life.subject || rp.life.kept.includes(rq.life.subject))
		)
			out.push({
				key: `lifetime:${rq.life.subject}`,
				kind: 'number',
				topic: `when ${rq.life.subject} ends`,
				why:
					`${short(p.doc)} keeps ${quote(rq.life.subject)} with ${quote(rp.life.open)}; ` +
					`${short(q.doc)}: ${quote(rq.life.end)}`,
				score: 3
			});
		// Never held vs kept: the same data noun.
		for (const n of rp.held.never)
			for (const k of rq.held.kept) {
				if (!n.head || n.head !== k.head) continue;
				const common = [...n.words].filter((w) => k.words.has(w));
				if (!common.length) continue;
				out.push({
					key: `held:${n.head}`,
					kind: 'polarity',
					topic: `${[...common, n.head].join(' ')} held`,
					why:
						`${short(p.doc)} never holds ${quote(n.written)}; ` +
						`${short(q.doc)} keeps ${quote(k.written)}`,
					score: 3 + common.length * 0.2
				});
			}
		// A place where nothing runs vs something placed there.
		for (const ban of rp.places.banned)
			for (const at of rq.places.placed) {
				if (ban.head !== at.head) continue;
				if (![...at.kind].every((w) => ban.kind.has(w))) continue;
				out.push({
					key: `place:${ban.head}`,
					kind: 'polarity',
					topic: `what runs in ${ban.written}`,
					why:
						`${short(p.doc)}: nothing runs in ${quote(ban.written)}; ` +
						`${short(q.doc)} places it in ${quote(at.written)}`,
					score: 3
				});
			}
		// One use of a kind of data allowed vs another use of it.
		const other = rp.use ? otherUse(ownWords(q), rp.use) : '';
		if (rp.use && other)
			out.push({
				key: `use:${rp.use.head}`,
				kind: 'polarity',
				topic: `what ${other} are used for`,
				why:
					`${short(p.doc)}: ${quote(rp.use.written)}; ` +
					`${short(q.doc)} uses ${quote(other)} for something else`,
				score: 2.5
			});
		// One order of two steps vs the other ("switch sign-in first, merge afterwards" vs
		// "records are merged before … signs in").
		const order =
			p === a && ra.order.length && rb.order.length ? reversed(ra.order, rb.order) : null;
		if (order)
			out.push({
				key: `order:${order.slice(0, 2).join(',')}`,
				kind: 'polarity',
				topic: `which comes first: ${writtenAs(order.slice(0, 4), a.text + ' ' + b.text).join(', ')}`,
				why: `${short(a.doc)} and ${short(b.doc)} put the same two steps in opposite orders (${writtenAs(order, a.text + ' ' + b.text).join(', ')})`,
				score: 2.5
			});
		// A noun phrase refused vs the same head (or the refused act) committed to.
		for (const n of rp.heads.refused) {
			if (defersToSole(q, p)) continue;
			if (rq.heads.refused.some((x) => x.head === n.head)) continue;
			for (const c of rq.heads.committed) {
				if (BUILD.test(n.verb) && tested(buys, BUYS, q)) continue;
				const took = takesUp(n, c, rare);
				if (!took) continue;
				out.push({
					key: `head:${n.head}`,
					kind: 'polarity',
					topic: n.written,
					why: `${short(p.doc)} refuses ${quote(n.written)}; ${short(q.doc)} commits to ${quote(took)}`,
					score: 2.5 + n.kind.size * 0.2
				});
				break;
			}
		}
		// An act refused vs the same act done ("Nobody films a child in a lesson" vs "a clip of
		// their stroke, filmed by their teacher").
		for (const n of rp.heads.acts) {
			if (rq.heads.acts.some((x) => x.verb === n.verb)) continue;
			// In the side's first sentence, which the contradiction points at.
			for (const c of rq.heads.committed) {
				if (!c.lead) break;
				const did = doesAct(n, c, rq.heads.stems, rare);
				if (!did) continue;
				out.push({
					key: `act:${n.verb}`,
					kind: 'polarity',
					topic: n.written,
					why: `${short(p.doc)} refuses ${quote(n.written)}; ${short(q.doc)} does it (${quote(did)})`,
					score: 2.5
				});
				break;
			}
		}
	}
	return out;
}

// "no location or asset detail of its own": a refusal to keep one's own copy.
const OWN_COPY = /\bno\s+[^.;:]{0,60}?\bof\s+(?:its|their|our)\s+own\b/iu;
// "X is the only place …", "the one place", "only in X".
const SOLE_PLACE =
	/\b(?:is|are)\s+the\s+(?:only|one|single|sole)\s+(?:place|source|record|system)\b/iu;

/**
 * Whether `q`'s refusal to keep its own copy ("holds no location … of its own") defers to
 * `p`'s one place for it ("Atlas is the only place … recorded"): agreement, not a conflict.
 */
export function defersToSole(p: PairSide, q: PairSide): boolean {
	return tested(ownCopy, OWN_COPY, q) && tested(solePlace, SOLE_PLACE, p);
}
const buys = new WeakMap<PairSide, boolean>();
const ownCopy = new WeakMap<PairSide, boolean>();
const solePlace = new WeakMap<PairSide, boolean>();
/** `re` tested on a side's own words, once per side. */
function tested(memo: WeakMap<PairSide, boolean>, re: RegExp, u: PairSide): boolean {
	let r = memo.get(u);
	if (r === undefined) memo.set(u, (r = re.test(ownWords(u))));
	return r;
}
