/**
 * A small clause reader for what the regexes of `stance.ts` read one wording at a time:
 *
 * - **aliases**: names a strategy gives one thing twice, harvested from all of its text (not
 *   only its policies): "X, which the team calls Y", "X (Y)", "Y, as the team calls X",
 *   "X, also known as Y", "… X … the Support team calls it 'Y'". Two policies naming one thing by
 *   different names share a topic through them.
 * - **dates**: "31 December 2027", "December 2027", "the end of Q2 2028", "Q3 2027", "the end of
 *   2027", normalised to a day, so two dates for one deadline compare.
 *
 * General English structure only: no domain's words.
 */

import { asciiCopy, isAscii } from '../text/ascii.js';

/** An alias class: every phrase written for one thing, as normalised phrases. */
export type AliasClasses = Map<string, number>;

const QUOTE = `['"‘’“”]`;
const DETERMINER = /^(?:the|a|an|our|their|its|this|that|these|those|his|her|your)\s+/i;
// A phrase: up to five words on one line, quoted or not, without clause punctuation.
// It runs to a boundary: punctuation, the end, or a verb or conjunction after it.
const PHRASE = String.raw`${QUOTE}?((?:[\w/&+-]+[ \t]+){0,4}?[\w/&+-]+)${QUOTE}?(?=\s*(?:[,.;:)!?]|$)|\s+(?:is|are|was|were|has|have|and|or|but|for|in|on|to|at|which|who|that|because|so|runs?|keeps?|sends?)\b)`;
// A proper name: capitalised words ("Orbit Desk") on one line (a heading above is no part
// of it), or code.
const NAME = String.raw`(?<![\w-])(?=[A-Z\x60])(?!(?:The|A|An|Our|Their|This|That|These|We|It|They|Every|Each|No|If|When|Then|So)\b)(\x60[^\x60]{2,40}\x60|(?:[A-Z][\w&+.-]*)(?:[ \t]+(?:[A-Z][\w&+.-]*|\d[\w.]*)){0,3})`;
const CALLS = String.raw`(?:calls?|call(?:ed|s)?|refers?\s+to|names?|know(?:s)?)`;

// Each pattern runs only on a line holding its cue: most lines name nothing twice, and a
// pattern that opens with a phrase would otherwise be tried at every word.
const ALIAS_PATTERNS: { cue: RegExp; re: RegExp; x: number; y: number }[] = [
	// "Orbit Desk, which the Support team calls 'the blue app'"
	{
		cue: /\b(?:which|that|what)\b[^.!?]*\b(?:calls?|called|refers?|names?|knows?)\b/i,
		re: new RegExp(
			NAME +
				String.raw`,?\s+(?:which|that|what)\s+(?:[\w-]+\s+){0,5}?` +
				CALLS +
				String.raw`\s+(?:it\s+|them\s+)?` +
				PHRASE,
			'gu'
		),
		x: 1,
		y: 2
	},
	// "…Orbit Desk…; the Support team calls it 'the blue app'" (quoted: one sentence)
	{
		cue: /\b(?:calls?|called|refers?\s+to|names?|knows?)\s+(?:it|them)\s+['"‘’“”]/i,
		re: new RegExp(
			NAME +
				String.raw`[^.!?]{0,120}?\b` +
				CALLS +
				String.raw`\s+(?:it|them)\s+${QUOTE}([^'"‘’“”]{2,40})${QUOTE}`,
			'gu'
		),
		x: 1,
		y: 2
	},
	// "the blue app, as the Support team calls Orbit Desk"
	{
		cue: /,\s+as\s+(?:[\w-]+\s+){0,5}?(?:calls?|called|refers?\s+to|names?|knows?)\b/i,
		re: new RegExp(
			PHRASE + String.raw`,\s+as\s+(?:[\w-]+\s+){0,5}?` + CALLS + String.raw`\s+` + NAME,
			'gu'
		),
		x: 2,
		y: 1
	},
	// "Orbit Desk, also known as the blue app", "known to the team as Y"
	{
		cue: /\bknown\s+(?:to\s+[\w\s-]{2,30}?\s+)?as\b/i,
		re: new RegExp(
			NAME +
				String.raw`,?\s+(?:\([^)]*\)\s+)?(?:is\s+)?(?:also\s+|better\s+)?known\s+(?:to\s+[\w\s-]{2,30}?\s+)?as\s+` +
				PHRASE,
			'gu'
		),
		x: 1,
		y: 2
	},
	// An appositive that names: "Orbit Desk, the blue app we inherited, …", "Orbit Desk, the
	// blue app, …" (a determiner, two or three words, then a relative clause or a comma).
	{
		cue: /,[ \t]+the[ \t]/i,
		re: new RegExp(
			NAME +
				String.raw`,[ \t]+the[ \t]+((?:[\w-]+[ \t]+){1,2}?[\w-]+)(?=[ \t]+(?:we|that|which|who|our|they)\b|,)`,
			'gu'
		),
		x: 1,
		y: 2
	},
	// "Orbit Desk (the blue app)"
	{
		cue: /\(/,
		re: new RegExp(
			NAME + String.raw`\s+\(${QUOTE}?((?:[\w/&+.-]+\s+){0,4}?[\w/&+.-]+)${QUOTE}?\)`,
			'gu'
		),
		x: 1,
		y: 2
	}
];

// The same patterns for ASCII text (text/ascii.ts).
const ASCII_ALIAS_PATTERNS = ALIAS_PATTERNS.map((p) => ({ ...p, re: asciiCopy(p.re) }));

// Words that end a phrase read too far ("the blue app for clinics" → "the blue app").
const PHRASE_END = /\s+(?:for|in|on|at|to|of|with|from|by|and|or|but|because|since|when|so)\b.*$/i;
// Parenthesised asides that are no names.
const NOT_ALIAS =
	/^(?:e\.?g|i\.?e|see|cf|for\s+example|such\s+as|including|about|around|roughly|approx|in\s|at\s|on\s|by\s|from\s|to\s|with\s|where\s|which\s|who\s|when\s|if\s|not\s|and\s|or\s|now\s|today|then|also|only|mostly|optional|required|planned|draft|\d)/i;

/** A phrase as compared: lower case, without quotes, determiners and a trailing modifier. */
export function normalPhrase(s: string): string {
	return s
		.replace(/[\x60'"‘’“”]/g, '')
		.replace(PHRASE_END, '')
		.replace(/[.,;:]+$/, '')
		.trim()
		.replace(DETERMINER, '')
		.toLowerCase()
		.replace(/\s+/g, ' ');
}

const MAX_NAMES = 4;
const STOP = new Set('it them this that these those one ones thing things we they us'.split(' '));

/**
 * Alias classes of all the strategies' text: each phrase mapped to its class number. Phrases
 * of one word shorter than three letters, pronouns and numbers are left out.
 */
export function harvestAliases(texts: readonly string[]): AliasClasses {
	const parent: number[] = [];
	const ids = new Map<string, number>();
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	const id = (p: string) => {
		let i = ids.get(p);
		if (i === undefined) {
			i = parent.length;
			parent.push(i);
			ids.set(p, i);
		}
		return i;
	};
	// A name holds no bare number ("case 1000-3", "since 2019"): that is a reference or an
	// aside. Letters and digits in one word ("HL7", "v2") are names.
	const ok = (p: string) =>
		p.length >= 3 &&
		!STOP.has(p) &&
		!/(?:^|\s)\d[\d.,:/-]*(?=\s|$)/.test(p) &&
		!/^\d/.test(p) &&
		!NOT_ALIAS.test(p);
	for (const text of texts) {
		if (!/\(|call|known\s+as|refer|,[ \t]+the[ \t]/i.test(text)) continue;
		const patterns = isAscii(text) ? ASCII_ALIAS_PATTERNS : ALIAS_PATTERNS;
		for (const line of text.split('\n'))
			for (const { cue, re, x, y } of patterns) {
				if (!cue.test(line)) continue;
				// `exec` from 0, as `matchAll` reads, without a copy of the pattern per line (no
				// pattern here matches the empty string).
				re.lastIndex = 0;
				for (let m = re.exec(line); m; m = re.exec(line)) {
					if (!m[y] || NOT_ALIAS.test(m[y].trim())) continue;
					const a = normalPhrase(m[x]);
					const b = normalPhrase(m[y]);
					if (!ok(a) || !ok(b) || a === b) continue;
					// An alias is a name, not a clause: at most five words each.
					if (a.split(' ').length > 5 || b.split(' ').length > 5) continue;
					parent[find(id(a))] = find(id(b));
				}
			}
	}
	const out: AliasClasses = new Map();
	const size = new Map<number, number>();
	for (const i of ids.values()) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
	// A thing has a name or two, three at most; a "class" of more is a name followed by asides
	// ("PostgreSQL (case 12)", "PostgreSQL (case 40)"…), not names.
	for (const [p, i] of ids) {
		const n = size.get(find(i)) ?? 0;
		if (n > 1 && n <= MAX_NAMES) out.set(p, find(i));
	}
	return out;
}

/**
 * The phrases of `classes` written in `text` (word-bounded), with the other names of each:
 * `[phrase, written in text]`.
 */
export function aliasesMentioned(text: string, classes: AliasClasses): [string, boolean][] {
	if (!classes.size) return [];
	const lower =
		' ' +
		text
			.toLowerCase()
			.replace(/[\x60'"‘’“”]/g, '')
			.replace(/[^\w/&+.-]+/g, ' ') +
		' ';
	const hit = new Set<number>();
	const written = new Set<string>();
	for (const [p, c] of classes)
		if (lower.includes(' ' + p + ' ')) {
			hit.add(c);
			written.add(p);
		}
	if (!hit.size) return [];
	const out: [string, boolean][] = [];
	for (const [p, c] of classes) if (hit.has(c)) out.push([p, written.has(p)]);
	return out;
}

export const MONTHS =
	'january february march april may june july august september october november december'.split(
		' '
	);
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)`;
/** Dates in text: "31 December 2027", "December 31, 2027", "end of Q2 2028", "Q3 2027", "end of 2027". */
export const DATE = new RegExp(
	String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(?:(?:the\s+)?(end|close|start|beginning|middle)\s+of\s+)?(?:${MONTH}\s+(\d{4})|q([1-4])\s+(\d{4})|(?:the\s+)?(first|second|third|fourth|last)\s+quarter\s+of\s+(\d{4})|(\d{4})(?!\s*(?:[-–]|to)\s*\d)))\b`,
	'giu'
);
const ORDINAL_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

/** Day number (days since 1970-01-01) of a date match of DATE; `null` when none. */
export function dayOf(m: RegExpMatchArray): number | null {
	const day = (y: number, mo: number, d: number) => Date.UTC(y, mo, d) / 86400000;
	const endOf = (y: number, mo: number) => day(y, mo + 1, 0);
	if (m[1]) return day(+m[3], MONTHS.indexOf(m[2].toLowerCase()), +m[1]);
	if (m[4]) return day(+m[6], MONTHS.indexOf(m[4].toLowerCase()), +m[5]);
	const edge = (m[7] ?? 'end').toLowerCase();
	const start = edge === 'start' || edge === 'beginning';
	let y: number;
	let first: number;
	let last: number;
	if (m[8]) {
		y = +m[9];
		first = last = MONTHS.indexOf(m[8].toLowerCase());
	} else if (m[10] || m[12]) {
		const q = m[10] ? +m[10] : ORDINAL_Q[m[12].toLowerCase()];
		y = +(m[11] ?? m[13]);
		first = (q - 1) * 3;
		last = first + 2;
	} else if (m[14]) {
		// A bare year is a date only with an edge or a deadline word before it (read by the
		// caller); here, the year's end.
		y = +m[14];
		if (y < 1990 || y > 2100) return null;
		first = 0;
		last = 11;
	} else return null;
	if (edge === 'middle') return day(y, Math.floor((first + last) / 2), 15);
	return start ? day(y, first, 1) : endOf(y, last);
}
