/**
 * Faster matching on ASCII text. V8 runs a case-insensitive pattern with the `u` flag several times
 * slower than the same pattern without it (Unicode case folding), and most sentences the engine
 * reads are plain ASCII. On an ASCII-only string, a pattern that uses no `\p{…}`, `\P{…}` or
 * `\u{…}` escape matches exactly the same text with or without `u`: the two differ only in how
 * they fold non-ASCII letters (the long s, the Kelvin sign) and in astral code points, neither of
 * which an ASCII string holds. So a caller that knows its text is ASCII may use `asciiCopy(re)`.
 */

// eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NEEDS_UNICODE = /\\[pP]\{|\\u\{/;

/** True when every code unit of `text` is ASCII. */
export function isAscii(text: string): boolean {
	return ASCII_ONLY.test(text);
}

const copies = new WeakMap<RegExp, RegExp>();

/**
 * The same pattern without the `u` flag, when that cannot change what it matches on ASCII text;
 * otherwise `re` itself. Copies are made once per pattern. Only for text `isAscii` accepts.
 */
export function asciiCopy(re: RegExp): RegExp {
	let copy = copies.get(re);
	if (copy) return copy;
	copy =
		re.flags.includes('u') && !NEEDS_UNICODE.test(re.source)
			? new RegExp(re.source, re.flags.replace('u', ''))
			: re;
	copies.set(re, copy);
	return copy;
}

/** `re`, or its ASCII copy when `ascii` says the text it will run on is ASCII. */
export function patternFor(re: RegExp, ascii: boolean): RegExp {
	return ascii ? asciiCopy(re) : re;
}
