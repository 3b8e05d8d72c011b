/**
 * Numbers and bounds written in words, read from structure (stance.ts turns them into
 * quantities):
 *
 * - **shares**: "one household bill in twenty" (5%), "three in four", "two out of five",
 *   "half of", "a third of", "two thirds of", "three quarters of";
 * - **durations**: "a month", "a week", "half an hour", "half a day", only where a bound or a
 *   role word makes them a length ("within half an hour", "destroyed a month after", "for a
 *   week"), never a rate ("£310,000 a year", "more than one … in a month");
 * - **retention**: whether a duration is how long something is kept ("kept at least five
 *   weeks") or when it is destroyed ("destroyed a month after"), so that a retention floor and
 *   a deletion age compare (`boundsCompatible`).
 */

/** A number written in words, found in a text. */
export interface WordNumber {
	index: number;
	end: number;
	written: string;
	/** Percent for a share, seconds for a duration. */
	value: number;
}

const SMALL: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	hundred: 100,
	thousand: 1000
};
const COUNT = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,4})`;
const OUT_OF = String.raw`(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|(?:a\s+|one\s+)?hundred|(?:a\s+|one\s+)?thousand|\d{1,5})`;
// "one household bill in twenty", "three in four", "two out of five": at most three words
// between the count and "in" / "out of", and the denominator no time unit ("one in two weeks").
const RATIO = new RegExp(
	String.raw`\b${COUNT}\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:in|out\s+of)\s+(?:every\s+)?${OUT_OF}\b(?!\s*(?:%|percent|minutes?|hours?|days?|weeks?|months?|quarters?|years?|seconds?|decades?)\b)`,
	'giu'
);
// "half of the bills", "a third of", "two thirds of", "three quarters of", "a fifth of".
const FRACTION =
	/\b(half|(?:a|one)\s+(?:third|quarter|fifth|tenth)|(?:two|three|four)\s+(?:thirds|quarters|fifths|tenths))\s+of\b/giu;
const RATIO_GATE =
	/\b(?:in|of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|one\s+hundred|hundred|a\s+thousand|one\s+thousand|thousand|\d)/iu;
const FRACTION_GATE = /\b(?:half|thirds?|quarters?|fifths?|tenths?)\s+of\b/iu;
const PART: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };

function numberOf(word: string): number {
	const w = word.toLowerCase().replace(/^(?:a|one)\s+/, '');
	return SMALL[w] ?? Number(w);
}

/** Shares written in words, as percentages. */
export function wordShares(text: string): WordNumber[] {
	const out: WordNumber[] = [];
	// Cheap gates first: most sentences have neither a denominator nor a fraction word.
	if (RATIO_GATE.test(text))
		for (const m of text.matchAll(RATIO)) {
			const n = numberOf(m[1]);
			const d = numberOf(m[2]);
			if (!n || !d || n >= d) continue;
			out.push({ index: m.index, end: m.index + m[0].length, written: m[0], value: (100 * n) / d });
		}
	if (!FRACTION_GATE.test(text)) return out;
	for (const m of text.matchAll(FRACTION)) {
		const [count, part] = m[1].toLowerCase().split(/\s+/);
		const value =
			count === 'half' ? 50 : (100 * (SMALL[count] ?? 1)) / (PART[part.replace(/s$/, '')] ?? 0);
		if (!Number.isFinite(value)) continue;
		out.push({ index: m.index, end: m.index + m[0].length, written: m[0], value });
	}
	return out;
}

const SECONDS: Record<string, number> = {
	minute: 60,
	hour: 3600,
	day: 86400,
	week: 604800,
	month: 2629800,
	year: 31557600
};
// "a month", "an hour", "half an hour", "half a day", "a full day", "a whole week".
const SPAN =
	/\b(half\s+an?|an?)\s+(?:(?:full|whole|clear)\s+)?(minute|hour|day|week|month|year)\b(?![-\w])/giu;
// Words before a duration that make it a length: bounds and roles.
const LENGTH_BEFORE =
	/\b(?:within|for|after|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|under|over|than|only|just|about|around|nearly|almost|roughly|longer\s+than|shorter\s+than)\s+$/iu;
// Words after one that make it a length ("a month after they are taken", "a week later").
const LENGTH_AFTER = /^\s+(?:after|before|later|ahead|of\s+(?!the\s+year)\w|from\b|beyond)/iu;

/** Durations written with "a" / "an" / "half", where the words around make them a length. */
export function wordDurations(text: string): WordNumber[] {
	const out: WordNumber[] = [];
	if (
		!/\b(?:an?|half)\s+(?:(?:full|whole|clear)\s+)?(?:minute|hour|day|week|month|year)\b/i.test(
			text
		)
	)
		return out;
	for (const m of text.matchAll(SPAN)) {
		const before = text.slice(Math.max(0, m.index - 24), m.index);
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
		if (!LENGTH_BEFORE.test(before) && !LENGTH_AFTER.test(after)) continue;
		// "more than one upgrade … in a month", "2% in a month", "twice a week": a rate.
		if (/\b(?:in|per|each|every|once|twice|times)\s+$/iu.test(before)) continue;
		const half = /^half/i.test(m[1]);
		const value = SECONDS[m[2].toLowerCase()] * (half ? 0.5 : 1);
		out.push({ index: m.index, end: m.index + m[0].length, written: m[0], value });
	}
	return out;
}

// Verbs that keep data, and verbs that destroy it.
const KEPT =
	/\b(?:keep|keeps|kept|retain|retains|retained|hold|holds|held|store|stores|stored|preserve[sd]?|archive[sd]?)\b/giu;
const DELETED =
	/\b(?:destroy|destroys|destroyed|delete|deletes|deleted|purge|purges|purged|erase|erases|erased|wipe|wipes|wiped|expire|expires|expired|discard|discards|discarded)\b/giu;

/**
 * Whether a duration at `at` says how long something is kept ("keeps backups for at least
 * five weeks") or when it is destroyed ("destroyed a month after they are taken"), from the
 * nearest such verb before it in its clause; '' when neither.
 */
export function retentionAt(text: string, at: number): 'kept' | 'deleted' | '' {
	const before = text.slice(Math.max(0, at - 80), at);
	const clause = before.slice(before.search(/[^;:.]*$/));
	let best: 'kept' | 'deleted' | '' = '';
	let bestAt = -1;
	for (const [re, kind] of [
		[KEPT, 'kept'],
		[DELETED, 'deleted']
	] as const)
		for (const m of clause.matchAll(re))
			if (m.index > bestAt) {
				bestAt = m.index;
				best = kind;
			}
	return best;
}

/** What `boundsCompatible` needs of a quantity. */
export interface Bounded {
	value: number;
	/** "at least", "no more than"… ('' when none). */
	bound: string;
	keep?: 'kept' | 'deleted' | '';
}

const FLOOR = /least|no\s+less|no\s+fewer|more\s+than|over|above|minimum/i;

/** Whether `q` is a retention floor ("kept at least five weeks"). */
export function isRetentionFloor(q: Bounded): boolean {
	return q.keep === 'kept' && (FLOOR.test(q.bound) || !q.bound);
}
/** Whether `q` is a deletion age with no bound of its own ("destroyed a month after"). */
export function isDeletionAge(q: Bounded): boolean {
	return q.keep === 'deleted' && !q.bound;
}

/** Whether one of two quantities is a retention floor and the other a deletion age. */
export function floorVsAge(x: Bounded, y: Bounded): boolean {
	return (isRetentionFloor(x) && isDeletionAge(y)) || (isRetentionFloor(y) && isDeletionAge(x));
}

/**
 * Whether a retention floor and a deletion age can both hold: something kept at least F and
 * destroyed A after it is taken conflicts only when A < F ("at least five weeks" vs "a month
 * after"; "at least four weeks" vs "six weeks after" both hold). For a pair `floorVsAge`
 * accepts; any other pair is left to the caller (true).
 */
export function boundsCompatible(x: Bounded, y: Bounded): boolean {
	const [floor, age] = isRetentionFloor(x) && isDeletionAge(y) ? [x, y] : [y, x];
	if (!isRetentionFloor(floor) || !isDeletionAge(age)) return true;
	return age.value >= floor.value;
}

// "Every change to how a works runs is made by a named controller": a person makes each one.
const MADE_BY =
	/\b(?:every|each|all|any)\s+(?:[\w-]+\s+){1,10}?(?:is|are|must\s+be)\s+(?:made|done|taken|decided|carried\s+out|started|set)\s+by\s+(?:a|an|the|one)\s+(?:named\s+|duty\s+|human\s+)?(?:[\w-]+\s+){0,2}?(?:[a-z]+(?:ist|ian|eer|or|ant|er)|person|human|nurse|doctor|clerk|lead|owner|officer)s?\b/iu;
// "software may advise, but it does not act on a plant by itself": no machine acts alone.
const NOT_BY_ITSELF =
	/\b(?:it|software|the\s+(?:system|software|optimi[sz]er|model|tool)|automation)\s+(?:does|do|must|may|will|shall|can)\s*not\s+(?:act|decide|change|run)\b[^.;]{0,30}?\bby\s+(?:itself|themselves)\b/iu;

/**
 * A person decides, in words the axis patterns of stance.ts do not cover: "every X is made by a
 * named <role>", "software … does not act … by itself".
 */
export function personMakes(text: string): RegExpExecArray | null {
	if (!/\bby\s+(?:a|an|the|one|itself|themselves)\b/i.test(text)) return null;
	return MADE_BY.exec(text) ?? NOT_BY_ITSELF.exec(text);
}

// "Every new database is approved by the architecture board", "a third language needs the
// architecture group's agreement": one body decides for every team.
const CENTRAL_BODY = String.raw`(?:the|a|our|one)\s+(?:central\s+|company(?:-wide)?\s+)?(?:[\w-]+\s+){0,2}?(?:group|board|committee|council|authority|office|forum|panel|guild)`;
const BY_CENTRAL_BODY = new RegExp(
	String.raw`\b(?:every|each|all|any)\s+(?:[\w-]+\s+){1,6}?(?:is|are|must\s+be)\s+(?:made|approved|chosen|decided|picked|set|agreed|signed\s+off)\s+by\s+${CENTRAL_BODY}\b|\b(?:needs?|requires?)\s+${CENTRAL_BODY}(?:['’]s)?\s+(?:agreement|approval|sign-off|consent)\b`,
	'iu'
);
const BODY_GATE = /\b(?:group|board|committee|council|authority|office|forum|panel|guild)\b/i;
// "teams choose their tools themselves", "each team picks its database itself".
const TEAMS_THEMSELVES =
	/\b(?:teams?|each\s+team|every\s+team)\s+(?:choose|chooses|pick|picks|decide|decides|select|selects)\s+(?:[\w-]+\s+){1,6}?(?:themselves|itself)\b/iu;
// "Each squad picks its own datastore", "each crew picks the database for …": a choice verb
// after a distributive subject, whatever the group is called, on what it names.
const EACH_PICKS =
	/\b(?:each|every)\s+(?!one\b|time\b|day\b|week\b|year\b)[a-z][\w-]*\s+(?:chooses|picks|selects)\s+(?:its|their|the)\s+(?:own\s+)?[a-z][\w-]*/iu;
// "Each bakery's shift engineers decide when an oven comes down": a decision made locally, by
// each unit (or its people) on its own, about when, which or how.
const EACH_DECIDES =
	/\b(?:each|every)\s+(?!one\b|time\b|day\b|week\b|year\b)[a-z][\w-]*(?:['’]s(?:\s+[a-z][\w-]*){1,2})?\s+(?:decides?|chooses?)\s+(?:when|which|what|how|whether)\b/iu;

/**
 * Who chooses, in words the axis patterns of stance.ts do not cover: one central body approves
 * every X ('one shared choice') or teams choose X themselves ('each team chooses').
 */
export function whoChooses(
	text: string
): { pole: 'one shared choice' | 'each team chooses'; match: RegExpExecArray } | null {
	const central = BODY_GATE.test(text) ? BY_CENTRAL_BODY.exec(text) : null;
	if (central) return { pole: 'one shared choice', match: central };
	const teams =
		(/\b(?:themselves|itself)\b/i.test(text) ? TEAMS_THEMSELVES.exec(text) : null) ??
		(/\b(?:each|every)\b/i.test(text) ? (EACH_PICKS.exec(text) ?? EACH_DECIDES.exec(text)) : null);
	return teams ? { pole: 'each team chooses', match: teams } : null;
}
