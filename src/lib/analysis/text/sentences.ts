/**
 * Sentences of a block's plain text, by `Intl.Segmenter` (the platform's UAX #29 sentence
 * boundaries), with a repair pass for abbreviations that UAX #29 splits on ("e.g.", "vs.").
 */

/** A sentence: its text and where it sits in the block's plain text. */
export interface Sentence {
	/** Trimmed sentence text. */
	text: string;
	/** Start offset of `text` in the block's plain text. */
	start: number;
	/** End offset (exclusive) in the block's plain text. */
	end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// A sentence terminator followed by whitespace and more text (UAX #29 breaks only after one).
const INNER_BREAK = /[.!?\u2026\u3002]['"’”)\]]*\s+\S/;

// Abbreviations after which UAX #29 wrongly ends a sentence when the next word is capitalised.
const ABBREVIATIONS = new Set([
	'e.g.',
	'i.e.',
	'etc.',
	'vs.',
	'cf.',
	'mr.',
	'mrs.',
	'dr.',
	'st.',
	'approx.',
	'fig.',
	'inc.',
	'ltd.',
	'jan.',
	'feb.',
	'mar.',
	'apr.',
	'jun.',
	'jul.',
	'aug.',
	'sep.',
	'sept.',
	'oct.',
	'nov.',
	'dec.'
]);

/** Split plain text into sentences. Never throws; returns [] for blank text. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	// Fast path: with no terminator followed by more text, the whole text is one sentence
	// (the segmenter is the slowest step of checking a long document).
	if (!INNER_BREAK.test(text)) {
		push(out, text, 0, text.length);
		return out;
	}
	const ends = quickSegmentEnds(text) ?? segmentEnds(text);
	let start = 0;
	let pendingStart = -1;
	for (let k = 0; k < ends.length; k++) {
		const from = pendingStart === -1 ? start : pendingStart;
		const end = ends[k];
		if (end < text.length && endsWithAbbreviation(text, start, end)) {
			pendingStart = from;
			start = end;
			continue;
		}
		pendingStart = -1;
		push(out, text, from, end);
		start = end;
	}
	if (pendingStart !== -1) push(out, text, pendingStart, text.length);
	return out;
}

/** Where `Intl.Segmenter`'s sentences end (the last one at `text.length`). */
export function segmentEnds(text: string): number[] {
	const ends: number[] = [];
	for (const seg of segmenter.segment(text)) ends.push(seg.index + seg.segment.length);
	return ends;
}

// Closing punctuation (UAX #29 `Close`) a sentence terminator may carry: `."`, `.)`, `.’`.
const CLOSE = new Uint8Array(128);
for (const c of '"\'()[]{}') CLOSE[c.charCodeAt(0)] = 1;

/** 1 for the characters `quickSegmentEnds` reads as ordinary text inside a sentence. */
const PLAIN = new Uint8Array(0x250);
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = 1;
for (let c = 0xc0; c < 0x250; c++) PLAIN[c] = 1; // Latin letters (and × ÷, Sm)
PLAIN[0xa3] = 1; // £

function plainAt(c: number): boolean {
	return c < 0x250
		? PLAIN[c] === 1
		: c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x20ac;
}

function closeAt(c: number): boolean {
	return c < 128 ? CLOSE[c] === 1 : c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d;
}

/**
 * `segmentEnds` without the segmenter, for the common shape of English prose: ASCII and Latin
 * letters, curly quotes, single `.`, `!` or `?` followed by closing quotes or brackets, spaces
 * and a letter. Applies UAX #29 (SB6–SB11) to exactly those shapes and returns null, for the
 * segmenter to decide, on anything else: line breaks, tabs, other scripts and punctuation,
 * runs of terminators, a terminator before a digit after a space. A property test checks it
 * against `Intl.Segmenter`.
 */
export function quickSegmentEnds(text: string): number[] | null {
	const n = text.length;
	const ends: number[] = [];
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (!plainAt(c)) return null;
		if (c !== 46 && c !== 33 && c !== 63) continue;
		// A terminator: `.`, `!` or `?`.
		let j = i + 1;
		if (j === n) break;
		let d = text.charCodeAt(j);
		if (d === 46 || d === 33 || d === 63) return null;
		if (c === 46 && ((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 44)) continue; // SB6, SB8, SB8a
		while (j < n && closeAt(text.charCodeAt(j))) j++;
		const spaces = j;
		while (j < n && text.charCodeAt(j) === 32) j++;
		if (j === n) break;
		if (j === spaces) return null;
		d = text.charCodeAt(j);
		if (d >= 65 && d <= 90) ends.push(j);
		else if (d >= 97 && d <= 122) {
			if (c !== 46) ends.push(j); // SB8: `.` before a lower-case word does not end a sentence.
		} else return null;
		i = j - 1;
	}
	ends.push(n);
	return ends;
}

/**
 * Whether the segment `text[from, to)` ends (before trailing whitespace) with one of
 * `ABBREVIATIONS`. Only a segment whose last word ends with a period can, so the word is
 * sliced and lower-cased only then.
 */
function endsWithAbbreviation(text: string, from: number, to: number): boolean {
	let e = to;
	while (e > from && /\s/.test(text[e - 1])) e--;
	if (e === from || text.charCodeAt(e - 1) !== 46) return false;
	const space = text.lastIndexOf(' ', e - 1);
	return ABBREVIATIONS.has(text.slice(Math.max(from, space + 1), e).toLowerCase());
}

function push(out: Sentence[], text: string, start: number, end: number) {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
