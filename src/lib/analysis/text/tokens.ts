/**
 * Word tokens with offsets, lower-cased forms and Porter stems (the `stemmer` package).
 * A regex tokenizer rather than `Intl.Segmenter`'s word mode: it is several times faster on
 * long documents and keeps technical tokens whole (`p99`, `v2.1`, `idempotency-key`, `S3`).
 */
import { stemmer } from 'stemmer';

/** A word in a text. */
export interface Token {
	/** As written. */
	text: string;
	/** Lower-cased. */
	lower: string;
	/** Offset in the text it came from. */
	start: number;
	end: number;
}

// Words, numbers with decimals/units/separators, identifiers with dots, dashes, slashes, underscores.
// This regex is the definition; `tokenize` scans by character class and returns exactly its
// matches (a property test checks it). A regex match allocates an array and a substring per
// word, the largest share of what reading a long document allocated, and the Unicode regex
// is slow on two-byte text (any document with a ’ or —).
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}_'’]*(?:[.\-/:][\p{L}\p{N}_]+)*%?/gu;

/** 1 for ASCII letters and digits, by char code. */
export const ASCII_ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_ALNUM[c] = ASCII_ALNUM[c + 32] = 1;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * For a character at `i` that is not ASCII: its length in UTF-16 units when it is a letter or
 * digit (`\p{L}`/`\p{N}`, astral ones included), else 0.
 */
export function unicodeLetterOrDigitAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff) {
		const cp = text.codePointAt(i)!;
		if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
	}
	return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

/**
 * The whole text lower-cased, when slicing it gives each word's own lower case: not when
 * lower-casing changes the length (`İ`) or depends on context (Greek final sigma), where
 * each word is lower-cased alone. `low` is the text lower-cased, when the caller has it.
 */
export function lowerWhole(text: string, low?: string): string | null {
	if (text.includes('\u03a3')) return null;
	low ??= text.toLowerCase();
	return low.length === text.length ? low : null;
}

/** The length of a `[\p{L}\p{N}_]` character at `i` (0 past the end, or for any other). */
function wordCharAt(text: string, i: number): number {
	// Bounds checked before the read: an out-of-range charCodeAt deoptimises the caller.
	if (i >= text.length) return 0;
	const c = text.charCodeAt(i);
	if (c < 128) return ASCII_ALNUM[c] === 1 || c === 95 ? 1 : 0;
	return unicodeLetterOrDigitAt(text, i);
}

/** Tokenize a text into words: the matches of `WORD`, with offsets and lower-cased forms. */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	const n = text.length;
	const low = lowerWhole(text);
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		const l = c < 128 ? ASCII_ALNUM[c] : unicodeLetterOrDigitAt(text, i);
		if (!l) {
			i++;
			continue;
		}
		const start = i;
		i += l;
		// [\p{L}\p{N}_'’]*
		for (let k; i < n;) {
			const d = text.charCodeAt(i);
			if (d === 39 || d === 0x2019) i++;
			else if ((k = wordCharAt(text, i))) i += k;
			else break;
		}
		// (?:[.\-/:][\p{L}\p{N}_]+)*
		for (let k; i < n;) {
			const d = text.charCodeAt(i);
			if ((d === 46 || d === 45 || d === 47 || d === 58) && (k = wordCharAt(text, i + 1))) {
				i += 1 + k;
				while ((k = wordCharAt(text, i))) i += k;
			} else break;
		}
		if (i < n && text.charCodeAt(i) === 37) i++;
		const t = text.slice(start, i);
		out.push({
			text: t,
			lower: low !== null ? low.slice(start, i) : t.toLowerCase(),
			start,
			end: i
		});
	}
	return out;
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-cased word, memoised (documents repeat their words). */
export function stem(lower: string): string {
	let s = stemCache.get(lower);
	if (s === undefined) {
		s = /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
		if (stemCache.size > 50_000) stemCache.clear();
		stemCache.set(lower, s);
	}
	return s;
}

/** Count words the way the length rule does: tokens that contain a letter or digit. */
export function countWords(text: string): number {
	WORD.lastIndex = 0;
	let n = 0;
	while (WORD.exec(text)) n++;
	return n;
}

/** Whether a char code is JavaScript regex whitespace (`\s`). */
function isSpace(c: number): boolean {
	return c <= 32
		? c === 32 || (c >= 9 && c <= 13)
		: c >= 160 &&
				(c === 160 ||
					c === 0x1680 ||
					(c >= 0x2000 && c <= 0x200a) ||
					c === 0x2028 ||
					c === 0x2029 ||
					c === 0x202f ||
					c === 0x205f ||
					c === 0x3000 ||
					c === 0xfeff);
}

/**
 * `text.split(/\s+/).length`, counted without building the array, and counting no further
 * than `limit` (callers compare it with a threshold).
 */
export function whitespaceFields(text: string, limit = Infinity): number {
	let n = 1;
	const len = text.length;
	for (let i = 0; i < len && n < limit; i++) {
		if (!isSpace(text.charCodeAt(i))) continue;
		n++;
		while (i + 1 < len && isSpace(text.charCodeAt(i + 1))) i++;
	}
	return n;
}
