/**
 * Phrase matching over lexicons: one regex per lexicon, built once at module load, so a
 * rule scans a sentence in a single pass instead of looking each phrase up.
 */
import { ASCII_ALNUM, lowerWhole, unicodeLetterOrDigitAt } from '../text/tokens.js';

/** A matched span inside the text that was scanned. */
export interface Span {
	/** Offset of the first character in the scanned text. */
	start: number;
	/** Offset after the last character. */
	end: number;
	/** The text as written. */
	text: string;
}

/** A word of a scanned text: lower-cased, apostrophes folded to ', with its offsets. */
export interface Word {
	start: number;
	end: number;
	lower: string;
	/**
	 * What the lexicons say about `lower` (`lexiconOf`), looked up once on first use and then
	 * shared by every classifier reading the word; null or absent until then.
	 */
	lexicon?: WordLexicon | null;
}

/**
 * What the lexicons say about one lower-cased word, kept once per distinct word: a word of a
 * sentence costs one map lookup however many classifiers then read it.
 */
export interface WordLexicon {
	/** Which registered word lists (`listBit`) hold the word, as bits. */
	readonly lists: number;
	/** Which registered letter sequences (`partsBit`) the word contains, as bits. */
	readonly parts: number;
	/** The grounding class (classify/grounding.ts), -1 until grounding first asks. */
	grounding: number;
}

// Every word list that matchers look words up in, one bit each: a word costs one map lookup
// however many lexicons then scan its sentence (most words are in none of them).
const LISTS = new Map<string, number>();
let listCount = 0;

// Every word met so far, with what the lexicons say about it; cleared when it grows large
// (a long document's numbers and names) and whenever a list is registered.
const LEXICON = new Map<string, WordLexicon>();
const LEXICON_MAX = 50_000;

/** Register the lower-case words of a list under a new bit (at most 31 lists). */
export function listBit(words: Iterable<string>): number {
	if (listCount >= 31) throw new RangeError('too many word lists');
	const bit = 1 << listCount++;
	for (const w of words) LISTS.set(w, (LISTS.get(w) ?? 0) | bit);
	LEXICON.clear();
	return bit;
}

// Letter sequences classifiers test a sentence for (`propos`, `respons`), one bit per group.
const PARTS: { bit: number; parts: readonly string[] }[] = [];

/**
 * Register a group of lower-case letter sequences under a new bit (at most 31 groups). Every
 * letter of a text lies inside one of its words (so does an apostrophe between two letters,
 * folded to '), so the text contains such a sequence exactly when one of its words does: `partsOf` over the words answers what a scan of the
 * lower-cased text would, from entries shared by every sentence holding the word.
 */
export function partsBit(parts: readonly string[]): number {
	if (PARTS.length >= 31) throw new RangeError('too many letter groups');
	if (parts.some((p) => !/^[a-z]+(?:'[a-z]+)*$/.test(p)))
		throw new RangeError('letters a–z, and apostrophes between them, only');
	const bit = 1 << PARTS.length;
	PARTS.push({ bit, parts });
	LEXICON.clear();
	return bit;
}

function partsIn(lower: string): number {
	let bits = 0;
	for (const { bit, parts } of PARTS) if (parts.some((p) => lower.includes(p))) bits |= bit;
	return bits;
}

/** What the lexicons say about a word (see `Word.lexicon`). */
export function lexiconOf(w: Word): WordLexicon {
	let e = w.lexicon;
	if (e) return e;
	e = LEXICON.get(w.lower);
	if (e === undefined) {
		if (LEXICON.size >= LEXICON_MAX) LEXICON.clear();
		e = { lists: LISTS.get(w.lower) ?? 0, parts: partsIn(w.lower), grounding: -1 };
		LEXICON.set(w.lower, e);
	}
	return (w.lexicon = e);
}

/** The registered lists holding a word, as bits. */
export function listsOf(w: Word): number {
	return lexiconOf(w).lists;
}

/** The registered letter groups (`partsBit`) found in the words from offset `from` to `to`. */
export function partsWithin(words: readonly Word[], from: number, to: number): number {
	let bits = 0;
	for (const w of words) if (w.start >= from && w.end <= to) bits |= lexiconOf(w).parts;
	return bits;
}

/**
 * A cheap gate before a costly pattern: letter sequences of the lower-cased sentence the pattern
 * cannot match without. A sentence with a word table reads them from its words' shared lexicon
 * entries (`partsWithin`) instead of scanning its text; `scan` is the test on the lower-cased
 * text, run only when it says more than the letters do (`exact` false) or without a table.
 */
export interface Gate {
	bit: number;
	scan: RegExp;
	exact: boolean;
}

export function gate(parts: readonly string[], scan?: RegExp): Gate {
	return { bit: partsBit(parts), scan: scan ?? new RegExp(parts.join('|')), exact: !scan };
}

/** Passes a sentence's text through gates, lower-casing it only if a gate must scan it. */
export class Gates {
	#parts: number | null | undefined;
	#lower: string | undefined;
	constructor(
		readonly text: string,
		readonly words: readonly Word[] | undefined,
		readonly start: number
	) {}

	pass(g: Gate): boolean {
		if (this.#parts === undefined)
			this.#parts = this.words
				? partsWithin(this.words, this.start, this.start + this.text.length)
				: null;
		if (this.#parts !== null) {
			if ((this.#parts & g.bit) === 0) return false;
			if (g.exact) return true;
		}
		return g.scan.test((this.#lower ??= this.text.toLowerCase()));
	}
}

// Words keep inner hyphens and apostrophes (`world-class`, `we'd`) and a trailing % (`100%`).
// This regex is the definition; `wordsOf` scans by character class and returns exactly its
// matches (a property test checks it): see text/tokens.ts for why.
export const PHRASE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}_'’-]*[\p{L}\p{N}_])?%?/gu;

/**
 * Split a text into words for phrase matching (see `Word`): the matches of `PHRASE_WORD`.
 * `lower` is `text.toLowerCase()`, when the caller has it (it is then not computed again).
 */
export function wordsOf(text: string, lower?: string): Word[] {
	const out: Word[] = [];
	const n = text.length;
	const low = lowerWhole(text, lower);
	let i = 0;
	while (i < n) {
		let c = text.charCodeAt(i);
		let l = c < 128 ? ASCII_ALNUM[c] : unicodeLetterOrDigitAt(text, i);
		if (!l) {
			i++;
			continue;
		}
		const start = i;
		i += l;
		// [\p{L}\p{N}_'’-]* ending on [\p{L}\p{N}_]: trailing apostrophes and hyphens stay out.
		let end = i;
		while (i < n) {
			c = text.charCodeAt(i);
			if (c < 128) {
				if (ASCII_ALNUM[c] === 1 || c === 95) end = ++i;
				else if (c === 39 || c === 45) i++;
				else break;
			} else if (c === 0x2019) i++;
			else if ((l = unicodeLetterOrDigitAt(text, i))) end = i += l;
			else break;
		}
		// Bounds checked before every read: an out-of-range charCodeAt deoptimises the loop.
		if (end < n && text.charCodeAt(end) === 37) end++;
		i = end;
		let lower = low !== null ? low.slice(start, end) : text.slice(start, end).toLowerCase();
		if (lower.includes('’')) lower = lower.replace(/’/g, "'");
		out.push({ start, end, lower, lexicon: null });
	}
	return out;
}

/** A compiled phrase list: finds every non-overlapping occurrence, longest phrase first. */
export interface PhraseMatcher {
	/** All matches in `text`; pass `words` when the caller already split the text. */
	find(text: string, words?: readonly Word[]): Span[];
	/** Whether `text` contains any phrase. */
	test(text: string, words?: readonly Word[]): boolean;
}

function onlySpaces(text: string, from: number, to: number): boolean {
	if (to <= from) return false;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
	}
	return true;
}

/**
 * Compile a lexicon into a matcher. Matching is case-insensitive, word by word (a phrase's
 * words must be adjacent, separated only by whitespace), with either apostrophe. A word
 * index (first word → phrases, longest first) makes a scan linear in the text's words.
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
	const index = new Map<string, string[][]>();
	for (const p of new Set(phrases.map((x) => x.toLowerCase().replace(/’/g, "'").trim()))) {
		const parts = wordsOf(p).map((w) => w.lower);
		if (!parts.length) continue;
		const list = index.get(parts[0]) ?? [];
		list.push(parts);
		index.set(parts[0], list);
	}
	for (const list of index.values()) list.sort((a, b) => b.length - a.length);
	const bit = listBit(index.keys());
	const find = (text: string, words: readonly Word[] = wordsOf(text), first = false): Span[] => {
		const out: Span[] = [];
		for (let i = 0; i < words.length; i++) {
			if ((listsOf(words[i]) & bit) === 0) continue;
			const candidates = index.get(words[i].lower);
			if (!candidates) continue;
			for (const parts of candidates) {
				if (i + parts.length > words.length) continue;
				let ok = true;
				for (let k = 1; k < parts.length && ok; k++) {
					const w = words[i + k];
					ok = w.lower === parts[k] && onlySpaces(text, words[i + k - 1].end, w.start);
				}
				if (!ok) continue;
				const end = words[i + parts.length - 1].end;
				out.push({ start: words[i].start, end, text: text.slice(words[i].start, end) });
				if (first) return out;
				i += parts.length - 1;
				break;
			}
		}
		return out;
	};
	return {
		find: (text, words) => find(text, words),
		test: (text, words) => find(text, words, true).length > 0
	};
}

/** A set of lower-case words, for single-token lookups. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
	return new Set(words.map((w) => w.toLowerCase()));
}

/** Whether the character at `i` is a letter or digit (`[\p{L}\p{N}]`, BMP). */
function letterOrDigitAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c < 128 ? ASCII_ALNUM[c] === 1 : unicodeLetterOrDigitAt(text, i) > 0;
}

/** The word (letters, digits, apostrophes, inner hyphens) ending just before `at`. */
export function wordBefore(text: string, at: number): string {
	// A backward scan: a regex anchored at the end backtracks over the whole window.
	let end = at;
	const stop = Math.max(0, at - 40);
	while (end > stop && !letterOrDigitAt(text, end - 1)) end--;
	let start = end;
	for (; start > stop; start--) {
		const c = text.charCodeAt(start - 1);
		if (c !== 39 && c !== 0x2019 && c !== 45 && !letterOrDigitAt(text, start - 1)) break;
	}
	return text.slice(start, end).toLowerCase();
}

/** The word starting at or just after `at`. */
export function wordAfter(text: string, at: number): string {
	const m = /^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(at, at + 40));
	return m ? m[1].toLowerCase() : '';
}
