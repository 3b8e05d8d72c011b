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
	let pendingStart = -1;
	for (const seg of segmenter.segment(text)) {
		const start = pendingStart === -1 ? seg.index : pendingStart;
		const end = seg.index + seg.segment.length;
		if (end < text.length && endsWithAbbreviation(text, seg.index, end)) {
			pendingStart = start;
			continue;
		}
		pendingStart = -1;
		push(out, text, start, end);
	}
	if (pendingStart !== -1) push(out, text, pendingStart, text.length);
	return out;
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
