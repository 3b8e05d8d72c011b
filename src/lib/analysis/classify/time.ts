/**
 * Time expressions: absolute (`2027`, `by the end of 2027`, `Q3 2027`, `December 2025`,
 * `mid-2027`) and relative (`in two years`, `18 months from now`, `next quarter`, `this
 * year`). Found once per block and resolved against `today` when a document is checked,
 * so that cached block results do not depend on the date.
 */
import { isAscii, patternSets } from '../text/ascii.js';
import { wordBefore, type Span } from './phrases.js';

/** A time expression before it is resolved against a date. */
export interface TimeMention extends Span {
	/** Absolute: a calendar interval. Relative: an offset from today. */
	type: 'absolute' | 'relative';
	/** Absolute: first and last month (0-based, counted from year 0: year * 12 + month). */
	fromMonth?: number;
	toMonth?: number;
	/** Relative: offsets from today, in months. */
	minMonths?: number;
	maxMonths?: number;
}

/** A resolved interval, in months counted from year 0 (year * 12 + month, fractional). */
export interface TimeRange {
	from: number;
	to: number;
}

const MONTH_INDEX: Record<string, number> = {
	january: 0,
	jan: 0,
	february: 1,
	feb: 1,
	march: 2,
	mar: 2,
	april: 3,
	apr: 3,
	may: 4,
	june: 5,
	jun: 5,
	july: 6,
	jul: 6,
	august: 7,
	aug: 7,
	september: 8,
	sep: 8,
	sept: 8,
	october: 9,
	oct: 9,
	november: 10,
	nov: 10,
	december: 11,
	dec: 11
};
const NUMBER_WORD: Record<string, number> = {
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
	eleven: 11,
	twelve: 12,
	eighteen: 18,
	twenty: 20,
	'twenty-four': 24,
	thirty: 30,
	'thirty-six': 36,
	few: 3,
	couple: 2,
	several: 4
};
const UNIT_MONTHS: Record<string, number> = {
	decade: 120,
	year: 12,
	month: 1,
	quarter: 3,
	week: 0.25,
	day: 1 / 30
};

const N =
	'(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four|thirty|thirty-six|a\\s+few|a\\s+couple\\s+of|several)';
const MONTH =
	'(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';

// Expressions are found from their head word (a unit like `years`, or a year like `2027`)
// and the few words around it, so most of a sentence is scanned by two small regexes only.
const UNIT_WORD = /\b(decades?|years?|months?|quarters?|weeks?|days?|half|sprint)\b/giu;
const YEAR_WORD = /(?<![\p{L}\p{N}])(?:FY)?((?:19|20)\d\d)(?![\p{N}])(?!\s*[-–]\s*\d)/gu;
const RANGE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])${N}\\s*(?:to|-|–|or)\\s*${N}\\s+$`, 'iu');
const REL_BEFORE = new RegExp(
	`(?:\\b(?:in|within|over|after|for)\\s+(?:the\\s+(?:next|coming)\\s+|the\\s+)?|\\b(?:the\\s+)?(?:next|coming)\\s+)${N}\\s+$`,
	'iu'
);
const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])${N}\\s+$`, 'iu');
// `10+ years`, `5 or more years`: an open span, read as its lower bound.
const PLUS_BEFORE = /(?:^|[^\p{L}\p{N}])(\d+)\s*(?:\+|or\s+more)\s*$/iu;
const FROM_NOW_AFTER = /^\s+(?:from\s+(?:now|today)|out|ahead|away|hence)\b/i;
const NAMED_BEFORE =
	/\b(next|this|the\s+coming|the\s+current|the\s+end\s+of\s+(?:the|this)|end\s+of\s+(?:the|this)|the\s+end\s+of\s+next|end\s+of\s+next)\s+$/iu;
const QUARTER_BEFORE = /\b([QH])([1-4])\s*(?:of\s+)?$/;
const MONTH_BEFORE = new RegExp(
	`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+$`,
	'iu'
);
const PART_BEFORE =
	/(?:\b(?:the\s+)?(end|close|start|beginning|middle|first\s+half|second\s+half)\s+of\s+|\b(mid|early|late)[-\s]+)$/iu;

// Every pattern before a unit word ends on one of these words (or on a number): `in two
// years`, `the next quarter`, `5+ years`, `10 or more years`. Most unit words follow none
// (`per day`, `every week`, `the years since`), and the patterns are only tried after one.
const BEFORE_UNIT = new Set([
	...Object.keys(NUMBER_WORD),
	'of',
	'next',
	'this',
	'coming',
	'current',
	'the',
	'more'
]);

// The words of BEFORE_UNIT that only NAMED_BEFORE ends on.
const CALENDAR_BEFORE = new Set(['next', 'this', 'coming', 'current', 'the']);

// Whether a match opens on the non-word character before its number.
const LEADING_NON_WORD = /^[^\p{L}\p{N}]/u;
// The patterns above, or their ASCII copies for an ASCII text (text/ascii.ts).
const PATTERNS = patternSets({
	UNIT_WORD,
	YEAR_WORD,
	RANGE_BEFORE,
	REL_BEFORE,
	COUNT_BEFORE,
	PLUS_BEFORE,
	NAMED_BEFORE,
	MONTH_BEFORE,
	PART_BEFORE,
	LEADING_NON_WORD
});

function unitMention(text: string, at: number, unit: string, ascii: boolean): TimeMention | null {
	const { NAMED_BEFORE, PLUS_BEFORE, RANGE_BEFORE, REL_BEFORE, COUNT_BEFORE, LEADING_NON_WORD } =
		PATTERNS(ascii);
	const prev = wordBefore(text, at);
	if (!BEFORE_UNIT.has(prev) && !/^\d/.test(prev)) return null;
	const before = text.slice(Math.max(0, at - 60), at);
	const base = at - before.length;
	const end = at + unit.length;
	const singular = unit.toLowerCase().replace(/s$/, '');
	let m: RegExpExecArray | null;
	if (singular === 'half' || singular === 'sprint' || unit.toLowerCase() === singular) {
		if ((m = NAMED_BEFORE.exec(before))) {
			const start = base + m.index;
			const which = m[1].toLowerCase().replace(/\s+/g, ' ');
			return relativeNamed(text, start, end, which, singular);
		}
	}
	// The patterns below end on a number (`in two years`, `10+ years`, `a couple of months`);
	// a calendar word before the unit (`the years`, `next months`) opens none of them.
	if (singular === 'half' || singular === 'sprint' || CALENDAR_BEFORE.has(prev)) return null;
	if ((m = PLUS_BEFORE.exec(before))) {
		const start = base + m.index + (LEADING_NON_WORD.test(m[0]) ? 1 : 0);
		return rel(text, start, end, +m[1], +m[1], unit);
	}
	if ((m = RANGE_BEFORE.exec(before))) {
		const start = base + m.index + (LEADING_NON_WORD.test(m[0]) ? 1 : 0);
		return rel(text, start, end, num(m[1]), num(m[2]), unit);
	}
	if ((m = REL_BEFORE.exec(before))) {
		const start = base + m.index;
		return rel(text, start, end, num(m[1]), num(m[1]), unit);
	}
	const after = FROM_NOW_AFTER.exec(text.slice(end, end + 20));
	if (after && (m = COUNT_BEFORE.exec(before))) {
		const start = base + m.index + (LEADING_NON_WORD.test(m[0]) ? 1 : 0);
		const stop = end + after[0].length;
		return rel(text, start, stop, num(m[1]), num(m[1]), unit);
	}
	return null;
}

// The months of a year a part of it names (`the end of`, `early`); otherwise the second half.
const PART_MONTHS: Record<string, readonly [number, number]> = {
	end: [9, 11],
	close: [9, 11],
	late: [9, 11],
	start: [0, 2],
	beginning: [0, 2],
	early: [0, 2],
	mid: [4, 7],
	middle: [4, 7],
	'first half': [0, 5]
};

function yearMention(
	text: string,
	at: number,
	match: string,
	year: number,
	ascii: boolean
): TimeMention {
	const { MONTH_BEFORE, PART_BEFORE } = PATTERNS(ascii);
	const before = text.slice(Math.max(0, at - 40), at);
	const base = at - before.length;
	const end = at + match.length;
	let m: RegExpExecArray | null;
	let start = at;
	// The interval as months from year 0, first and last (the whole year unless a word narrows it).
	const y = year * 12;
	let from = y;
	let to = y + 11;
	if ((m = QUARTER_BEFORE.exec(before))) {
		const size = m[1] === 'Q' ? 3 : 6;
		from = y + (+m[2] - 1) * size;
		to = from + size - 1;
		start = base + m.index;
	} else if (
		(m = MONTH_BEFORE.exec(before)) &&
		MONTH_INDEX[m[2].toLowerCase().replace(/\.$/, '')] !== undefined
	) {
		from = to = y + MONTH_INDEX[m[2].toLowerCase().replace(/\.$/, '')];
		start = base + m.index;
	} else if ((m = PART_BEFORE.exec(before))) {
		const part = (m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' ');
		const [first, last] = PART_MONTHS[part] ?? [6, 11];
		from = y + first;
		to = y + last;
		start = base + m.index;
	}
	return {
		start,
		end,
		text: text.slice(start, end),
		type: 'absolute',
		fromMonth: from,
		toMonth: to
	};
}

function num(s: string): number {
	const k = s
		.toLowerCase()
		.replace(/\s+of$/, '')
		.replace(/^a\s+/, '')
		.replace(/\s+/g, ' ');
	return NUMBER_WORD[k] ?? (Number.isFinite(+k) ? +k : 1);
}

// Mentions are built as whole literals (one shape for every mention), not spread from parts.
function rel(
	text: string,
	start: number,
	end: number,
	min: number,
	max: number,
	unit: string
): TimeMention {
	const u = UNIT_MONTHS[unit.toLowerCase().replace(/s$/, '')] ?? 12;
	return {
		start,
		end,
		text: text.slice(start, end),
		type: 'relative',
		minMonths: min * u,
		maxMonths: max * u
	};
}

// Relative calendar names are kept relative and resolved to calendar bounds later; the
// offsets below are approximations refined by `resolveTime`.
function relativeNamed(
	text: string,
	start: number,
	end: number,
	which: string,
	unit: string
): TimeMention {
	const size =
		unit === 'decade'
			? 120
			: unit === 'year'
				? 12
				: unit === 'quarter'
					? 3
					: unit === 'half'
						? 6
						: unit === 'sprint'
							? 0.5
							: 1;
	const next = which.includes('next') || which.includes('coming');
	const base = next ? size : 0;
	// Encoded as relative months from the start of the current calendar unit, marked by a
	// negative size so resolveTime can snap to calendar bounds.
	const ending = which.includes('end');
	return {
		start,
		end,
		text: text.slice(start, end),
		type: 'relative',
		minMonths: ending ? base + size * 0.75 : base,
		maxMonths: base + size,
		fromMonth: -size
	};
}

// Every pattern needs a digit or one of these words; most sentences have neither.
const MAY_HAVE_TIME = /\d|year|month|quarter|week|day|half|sprint|decade/i;

/** Every time expression in a text, left to right, without overlaps. */
export function findTimes(text: string): TimeMention[] {
	const out: TimeMention[] = [];
	if (!MAY_HAVE_TIME.test(text)) return out;
	const ascii = isAscii(text);
	const { UNIT_WORD, YEAR_WORD } = PATTERNS(ascii);
	UNIT_WORD.lastIndex = 0;
	for (let m = UNIT_WORD.exec(text); m; m = UNIT_WORD.exec(text)) {
		const t = unitMention(text, m.index, m[1], ascii);
		if (t) out.push(t);
	}
	YEAR_WORD.lastIndex = 0;
	for (let m = YEAR_WORD.exec(text); m; m = YEAR_WORD.exec(text)) {
		const t = yearMention(text, m.index, m[0], +m[1], ascii);
		if (!out.some((o) => t.start < o.end && t.end > o.start)) out.push(t);
	}
	return byStart(out);
}

/**
 * Mentions in order of their start, ties kept in the order found (as a stable sort keeps them):
 * an insertion sort, as the list is a handful long and mostly in order already, where
 * `Array.prototype.sort` sets up work space even for two items.
 */
function byStart(out: TimeMention[]): TimeMention[] {
	for (let i = 1; i < out.length; i++) {
		const t = out[i];
		let j = i;
		for (; j > 0 && out[j - 1].start > t.start; j--) out[j] = out[j - 1];
		out[j] = t;
	}
	return out;
}

/** Parse `YYYY-MM-DD` into months from year 0 (fractional by day). Null when invalid. */
export function monthsOf(date: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return null;
	const y = +m[1];
	const mo = +m[2] - 1;
	const d = +m[3];
	if (mo < 0 || mo > 11 || d < 1 || d > 31) return null;
	return y * 12 + mo + (d - 1) / 30;
}

/** Resolve a time expression against today (months from year 0, as from `monthsOf`). */
export function resolveTime(t: TimeMention, today: number): TimeRange {
	if (t.type === 'absolute') return { from: t.fromMonth!, to: t.toMonth! + 1 };
	if (t.fromMonth !== undefined && t.fromMonth < 0) {
		// A calendar name (`next quarter`, `this year`): snap to the current unit's start.
		const size = -t.fromMonth;
		const unitStart = Math.floor(Math.floor(today) / size) * size;
		return { from: unitStart + t.minMonths!, to: unitStart + t.maxMonths! };
	}
	return { from: today + t.minMonths!, to: today + t.maxMonths! };
}
