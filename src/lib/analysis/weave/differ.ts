/**
 * How two policies on one topic differ, by structure: what a reader of a pair worth comparing
 * (compare.ts) should look at first. Each difference is a place where two strategies quietly
 * part ways when the contradiction finder cannot read their stance:
 *
 * - **numbers**: a number, duration or date of one dimension on both sides, of other values
 *   ("within 18 hours" / "at least a full day");
 * - **negation**: a refusal on one side only ("never", "no", "not"); heavier when what one
 *   side refuses is a word both share and the other side does not refuse it ("We put no
 *   kiosks in the branches" / "a kiosk in each reading room"), and that word is what the
 *   refusal is about (after "no", the phrase; else the verb: "we do not build device
 *   management" refuses building, and "we buy device management" does not take it up);
 * - **permission vs prohibition**: one side allows ("may", "can"), the other forbids ("must
 *   not", "never");
 * - **who decides**: the same axis of stance.ts at another pole (one board vs each team);
 * - **times of day**: a clock time on both sides, of other values ("close at 21:30" / "slots
 *   until 22:00", "fixed at noon" / "until 14:00");
 * - **another name in the same slot**: two systems of one category, or two proper names after
 *   the same preposition ("hosted in London" / "stored in Ireland").
 */
import type { Unit } from './contradictions.js';
import { tokenize } from '../text/index.js';
import type { Token } from '../text/tokens.js';
import { NUMBER_WORDS as STANCE_NUMBERS } from './stance.js';
import { baseOf } from '../extract/terms.js';

/** One difference: how much it weighs in the ranking, and what the reader is told. */
export interface Difference {
	weight: number;
	why: string;
}

// Weights of each kind, as a share of the topic score they add (tuned on the seen sets).
const WEIGHT = {
	numbers: 0.6,
	numbersElsewhere: 0.1,
	clock: 0.6,
	negation: 0.25,
	refusedShared: 0.8,
	permission: 0.6,
	pole: 0.8,
	name: 0.5,
	place: 0.4
};

// Words of a refusal. "no later than", "not only", "no more than" are bounds and emphasis.
const NEGATORS = new Set(
	"never nor cannot can't can’t won't won’t don't don’t doesn't doesn’t isn't isn’t aren't aren’t not no without none nobody nothing".split(
		' '
	)
);
const NOT_REFUSING = new Set('only later earlier more less fewer longer sooner'.split(' '));
// Words that forbid on their own, and the modals and auxiliaries that forbid before "not".
const FORBIDDING = new Set("cannot can't can’t never forbidden prohibited banned".split(' '));
const BEFORE_NOT = new Set('must may shall should will can do does is are'.split(' '));
// A subject under "no" that then acts is forbidden: "no UK site gets", "no team may".
const AFTER_NO = new Set('may can is are get gets go goes leave leaves'.split(' '));
const MODAL_PERMITS = new Set('may can could'.split(' '));
const LEAVE = new Set('free allowed permitted'.split(' '));
// Capitalised words that name a time, not a place or a system.
const CALENDAR =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|q[1-4])$/;
// Prepositions whose proper-name object is a slot: where, on what, by whom, from where.
const SLOT = new Set('in on at from to by with via into onto'.split(' '));

/** What `differences` reads of one policy, computed once per policy. */
export interface Marks {
	negation: string;
	forbids: string;
	permits: string;
	/** Proper names by the preposition before them ("in" → London), as written. */
	places: Map<string, Set<string>>;
	/** Counts of a thing, by the stem of the noun they count ("150 washes", "the 200th wash"). */
	counts: Map<string, { value: number; written: string }>;
	/**
	 * What a refusal covers: stems of the words after each negator up to the end of its clause
	 * (at most `REFUSAL_SPAN` words), with the phrase as written ("no kiosks in the branches").
	 */
	refused: Map<string, { phrase: string; word: string; about: boolean }>;
	/** The first time of day it states, in minutes after midnight, as written ("21:30", "noon"). */
	clock?: { minutes: number; written: string };
}

// A time of day: "21:30", "9.30pm", "4am", "noon", "midnight" (not "£3.50", "2.5 hours").
export const CLOCK_TIME =
	/\b(?:([01]?\d|2[0-3]):([0-5]\d)(?:\s?(am|pm))?|(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s?(am|pm)|(noon|midday|midnight))\b/i;

/** The first time of day of a text, in minutes after midnight. */
export function clockOf(text: string): Marks['clock'] {
	const m = CLOCK_TIME.exec(text);
	if (!m) return undefined;
	const written = m[0].trim();
	if (m[7]) return { minutes: /midnight/i.test(m[7]) ? 0 : 720, written };
	const half = (m[3] ?? m[6])?.toLowerCase();
	const hour = Number(m[1] ?? m[4]);
	const hours = half ? (hour % 12) + (half === 'pm' ? 12 : 0) : hour;
	return { minutes: hours * 60 + Number(m[2] ?? m[5] ?? 0), written };
}

// How many words after a negator it refuses, at most; a clause ends it sooner.
const REFUSAL_SPAN = 6;
// Words that end a refusal's clause: what follows is another clause.
const CLAUSE_WORDS = new Set(
	'and but because since so which who that while unless until when whereas if'.split(' ')
);

// A count and the noun it counts: "150 washes", "the 200th wash", "three depots".
const COUNT = /^\d+(?:st|nd|rd|th)?$/;
// A year ("From 2025 releases go out monthly", "In 2024 teams…") is a date, not a count.
const YEAR = /^(?:19|20)\d\d$/;
// Number words from two up (stance.ts's list: "one" and "a" count nothing worth comparing).
const NUMBER_WORDS = new Map(Object.entries(STANCE_NUMBERS).filter(([, n]) => n >= 2));
// Every word `marksOf` reads a role of (numbers in digits aside).
const ROLES = new Set([
	...NEGATORS,
	...FORBIDDING,
	...BEFORE_NOT,
	...MODAL_PERMITS,
	...SLOT,
	...NUMBER_WORDS.keys(),
	'not',
	'no'
]);
// Nouns a count of which is a quantity of stance.ts (durations, sizes, shares): compared there.
const UNITS =
	/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|percent|per|times|ms|kb|mb|gb|tb|am|pm)$/;

/** What `differences` needs of a policy's text. */
export function marksOf(text: string, tokens: readonly Token[] = tokenize(text)): Marks {
	const places = new Map<string, Set<string>>();
	const counts: Marks['counts'] = new Map();
	let negation = '';
	let forbids = '';
	let permits = '';
	const refused: Marks['refused'] = new Map();
	const joined = (i: number) => !/[,.;:]/.test(text.slice(tokens[i - 1].end, tokens[i].start));
	for (let i = 0; i < tokens.length; i++) {
		const w = tokens[i].lower;
		const digit = w.charCodeAt(0) < 58;
		// Most words play none of these roles: one look-up and on.
		if (!digit && !ROLES.has(w)) continue;
		const next = tokens[i + 1]?.lower ?? '';
		if (NEGATORS.has(w) && !NOT_REFUSING.has(next)) {
			if (!negation) negation = w;
			refusal(tokens, i, text, joined, refused);
		}
		if (!forbids) {
			if (FORBIDDING.has(w)) forbids = w;
			else if (next === 'not' && BEFORE_NOT.has(w)) forbids = `${w} not`;
			else if (w === 'not' && (next === 'allowed' || next === 'permitted')) forbids = `not ${next}`;
			else if (w === 'no')
				for (let j = i + 2; j < Math.min(tokens.length, i + 6) && joined(j); j++)
					if (AFTER_NO.has(tokens[j].lower)) {
						forbids = text.slice(tokens[i].start, tokens[j].end).toLowerCase();
						break;
					}
		}
		if (!permits) {
			if (MODAL_PERMITS.has(w) && next !== 'not') permits = w;
			else if ((w === 'is' || w === 'are') && LEAVE.has(next) && tokens[i + 2]?.lower === 'to')
				permits = `${w} ${next} to`;
		}
		// A count and the noun after it ("150 washes", "the 200th wash", "three depots").
		const value = digit
			? COUNT.test(w) && !YEAR.test(w)
				? parseInt(w, 10)
				: undefined
			: NUMBER_WORDS.get(w);
		if (value !== undefined && /^[a-z][a-z-]+$/.test(next) && !UNITS.test(next) && joined(i + 1)) {
			const key = baseOf(next);
			if (!counts.has(key))
				counts.set(key, { value, written: text.slice(tokens[i].start, tokens[i + 1].end) });
		}
		// A proper name after a preposition (after "the"): "in London", "on the Bobbin pipeline".
		if (SLOT.has(w) && i > 0 && i + 1 < tokens.length) {
			let j = i + 1;
			if (next === 'the' && j + 1 < tokens.length) j++;
			const t = tokens[j];
			if (!/^[A-Z]/.test(t.text) || CALENDAR.test(t.lower) || !joined(i + 1)) continue;
			const set = places.get(w) ?? new Set<string>();
			set.add(t.text);
			places.set(w, set);
		}
	}
	return { negation, forbids, permits, places, counts, refused, clock: clockOf(text) };
}

/** Adds to `refused` the stems of the words the negator at `i` covers, to its clause's end. */
function refusal(
	tokens: readonly Token[],
	i: number,
	text: string,
	joined: (i: number) => boolean,
	refused: Marks['refused']
): void {
	let end = i;
	for (let j = i + 1; j < Math.min(tokens.length, i + 1 + REFUSAL_SPAN); j++) {
		if (!joined(j) || CLAUSE_WORDS.has(tokens[j].lower)) break;
		end = j;
	}
	if (end === i) return;
	const phrase = text.slice(tokens[i].start, tokens[end].end);
	const about = aboutOf(tokens, i, end);
	for (let j = i + 1; j <= end; j++) {
		const w = tokens[j].lower;
		if (/^[a-z][a-z-]{2,}$/.test(w) && !NEGATORS.has(w)) {
			const stem = baseOf(w);
			if (!refused.has(stem))
				refused.set(stem, { phrase, word: tokens[j].text, about: j >= about[0] && j < about[1] });
		}
	}
}

// Negators a noun phrase follows ("no kiosks in the branches"); the others a verb follows
// ("do not build", "never stored", "nobody films").
const BEFORE_NOUN = new Set(['no', 'none', 'without']);
// Words between a negator and its verb that are no act ("is never even used", "not yet").
const NOT_ACTS = new Set('be been being ever even always also yet still to'.split(' '));
const COORDINATORS = new Set(['or', 'nor', 'and']);

/**
 * The tokens (a range [from, to) within `end`) a refusal is about: after "no", the phrase
 * refused and where ("no kiosks in the branches"); else the verb after the negator and one
 * coordinated with it ("build" in "we do not build device management": the act is refused,
 * not the thing; "photographs or films").
 */
function aboutOf(tokens: readonly Token[], i: number, end: number): [number, number] {
	if (BEFORE_NOUN.has(tokens[i].lower)) return [i + 1, end + 1];
	let j = i + 1;
	while (j <= end && NOT_ACTS.has(tokens[j].lower)) j++;
	return [j, j + 1 < end && COORDINATORS.has(tokens[j + 1].lower) ? j + 3 : j + 1];
}

/** Whether `m` refuses a word among the topic terms of `other` (a bound: no comparison). */
function refusesTermOf(m: Marks, other: Unit): boolean {
	for (const t of m.refused.keys()) if (other.terms.has(t)) return true;
	return false;
}

/**
 * A word both policies are about that one refuses, as what its refusal is about, and the other
 * does not ("no kiosks in the branches" / "a kiosk in each reading room"; not "we do not build
 * device management" / "we buy device management": the refusal is of building): the refused
 * phrase and the word, or undefined.
 */
function refusedShared(
	ma: Marks,
	mb: Marks,
	shared: (term: string) => boolean
): { phrase: string; word: string } | undefined {
	for (const [term, r] of ma.refused)
		if (r.about && shared(term) && !mb.refused.has(term)) return r;
	return undefined;
}

/** Whether two numbers of one dimension differ (beyond rounding). */
const differ = (x: number, y: number) => Math.abs(x - y) > 1e-6 * Math.max(1, Math.abs(x));

/**
 * How `a` and `b` (policies of two strategies on one topic, `ma` and `mb` their marks) differ,
 * heaviest first. `shared` says whether a term is one both are about: numbers around it weigh
 * more than numbers elsewhere in the sentences.
 */
export function differences(
	a: Unit,
	b: Unit,
	ma: Marks,
	mb: Marks,
	shared: (term: string) => boolean
): Difference[] {
	const out: Difference[] = [];
	// Numbers: the pair of one dimension and other values, about a shared term if any.
	let best: Difference | null = null;
	for (const q of a.stance.quantities)
		for (const r of b.stance.quantities) {
			if (q.dimension !== r.dimension || !differ(q.value, r.value)) continue;
			// Two durations of different kinds, or of different measures, measure two things.
			if (
				(q.role && r.role && q.role !== r.role) ||
				(q.measure && r.measure && q.measure !== r.measure)
			)
				continue;
			const about = [...q.around].some((t) => r.around.has(t) && shared(t));
			const weight = about ? WEIGHT.numbers : WEIGHT.numbersElsewhere;
			if (!best || weight > best.weight) best = { weight, why: `${q.written} vs ${r.written}` };
		}
	// Counts of one thing ("the 200th wash" / "150 washes").
	if (!best)
		for (const [noun, c] of ma.counts) {
			const d = mb.counts.get(noun);
			if (d && differ(c.value, d.value)) {
				best = { weight: WEIGHT.numbers, why: `${c.written} vs ${d.written}` };
				break;
			}
		}
	if (best) out.push(best);
	// Two times of day ("close at 21:30" / "slots until 22:00").
	if (ma.clock && mb.clock && ma.clock.minutes !== mb.clock.minutes)
		out.push({ weight: WEIGHT.clock, why: `${ma.clock.written} vs ${mb.clock.written}` });
	// Who decides, and any other axis of stance.ts, at two poles.
	for (const p of a.stance.poles) {
		const q = b.stance.poles.find((x) => x.axis === p.axis && x.pole !== p.pole);
		if (q) {
			out.push({ weight: WEIGHT.pole, why: `${p.axis}: ${p.pole} vs ${q.pole}` });
			break;
		}
	}
	// Permission on one side, prohibition on the other; else a refusal on one side only.
	const allowForbid =
		ma.permits && !ma.negation && mb.forbids
			? `“${ma.permits}” vs “${mb.forbids}”`
			: mb.permits && !mb.negation && ma.forbids
				? `“${ma.forbids}” vs “${mb.permits}”`
				: '';
	const refusedAB = refusedShared(ma, mb, shared);
	const refusedBA = refusedAB ? undefined : refusedShared(mb, ma, shared);
	const refusedOne = refusedAB ?? refusedBA;
	if (allowForbid) out.push({ weight: WEIGHT.permission, why: allowForbid });
	else if (refusedOne)
		out.push({
			weight: WEIGHT.refusedShared,
			why: `“${refusedOne.phrase}” on one side, “${refusedOne.word}” not refused on the other`
		});
	else if (!ma.negation !== !mb.negation)
		out.push({
			weight: WEIGHT.negation,
			why: `“${ma.negation || mb.negation}” on one side only`
		});
	// Two systems of one category.
	for (const c of a.stance.choices) {
		const d = b.stance.choices.find(
			(x) =>
				x.category === c.category &&
				x.name !== c.name &&
				!a.stance.choices.some((y) => y.name === x.name) &&
				!b.stance.choices.some((y) => y.name === c.name)
		);
		if (d) {
			out.push({ weight: WEIGHT.name, why: `${c.written} vs ${d.written}` });
			break;
		}
	}
	// Two proper names in one slot ("in London" / "in Ireland").
	for (const [prep, names] of ma.places) {
		const other = mb.places.get(prep);
		if (!other || [...names].some((x) => other.has(x))) continue;
		out.push({
			weight: WEIGHT.place,
			why: `${prep} ${[...names][0]} vs ${prep} ${[...other][0]}`
		});
		break;
	}
	return out.sort((x, y) => y.weight - x.weight);
}

/**
 * At least the summed weight of `differences(a, b, ma, mb, …)`, from what each side has,
 * without comparing them: cheap enough for every candidate pair.
 */
export function mostDifferent(a: Unit, b: Unit, ma: Marks, mb: Marks): number {
	let w = 0;
	if (
		(a.stance.quantities.length && b.stance.quantities.length) ||
		(ma.counts.size && mb.counts.size)
	)
		w += WEIGHT.numbers;
	if (ma.clock && mb.clock) w += WEIGHT.clock;
	if (a.stance.poles.length && b.stance.poles.length) w += WEIGHT.pole;
	if ((ma.permits && mb.forbids) || (mb.permits && ma.forbids)) w += WEIGHT.permission;
	else if (refusesTermOf(ma, b) || refusesTermOf(mb, a)) w += WEIGHT.refusedShared;
	else if (!ma.negation !== !mb.negation) w += WEIGHT.negation;
	if (a.stance.choices.length && b.stance.choices.length) w += WEIGHT.name;
	if (ma.places.size && mb.places.size) w += WEIGHT.place;
	return w;
}
