/**
 * Faster matching on ASCII text. V8 runs a case-insensitive pattern with the `u` flag several times
 * slower than the same pattern without it (Unicode case folding), and most sentences the engine
 * reads are plain ASCII. On an ASCII-only string, a `u` pattern matches exactly the same text as
 * its copy without `u` in which each property escape the engine uses is spelled out over ASCII
 * (`\p{L}` → `A-Za-z`, `\p{Ll}` → `a-z`, `\p{Lu}` → `A-Z`, `\p{N}` → `0-9`): the two differ only
 * in how they fold non-ASCII letters (the long s, the Kelvin sign) and in astral code points,
 * neither of which an ASCII string holds. Under `i` the spelled-out classes fold as the property
 * escapes do (`/\p{Ll}/iu` and `/[a-z]/i` both match `A`). A pattern this cannot prove equal (a
 * `\P{…}` or another property, `\u{…}`, a range or letter that folds onto ASCII from outside it)
 * is kept as it is. So a caller that knows its text is ASCII may use `asciiCopy(re)`.
 */

// eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** True when every code unit of `text` is ASCII. */
export function isAscii(text: string): boolean {
	return ASCII_ONLY.test(text);
}

/** Property escapes spelled out over ASCII: inside a class, and on their own. */
const PROPERTIES: Record<string, string> = { L: 'A-Za-z', Ll: 'a-z', Lu: 'A-Z', N: '0-9' };
// Letters whose Unicode case folding lands on ASCII (long s → s, Kelvin sign → k).
const FOLDS_TO_ASCII = /[\u017f\u212a]|\\u017[fF]|\\u212[aA]/;

/**
 * `source` (a `u` pattern) rewritten for matching without `u` on ASCII text, or null when the
 * rewrite could change what it matches.
 */
function asciiSource(source: string): string | null {
	if (FOLDS_TO_ASCII.test(source)) return null;
	let out = '';
	let inClass = false;
	let classStart = -1;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') {
			const e = source[i + 1];
			if (e === 'P' || (e === 'u' && source[i + 2] === '{')) return null;
			if (e === 'p') {
				const close = source.indexOf('}', i);
				const ascii = PROPERTIES[source.slice(i + 3, close)];
				if (source[i + 2] !== '{' || close < 0 || ascii === undefined) return null;
				out += inClass ? ascii : `[${ascii}]`;
				i = close;
				continue;
			}
			// A non-ASCII escape in a class may end a range that holds a letter folding onto ASCII.
			if (
				inClass &&
				(e === 'u' || e === 'x') &&
				parseInt(source.slice(i + 2, e === 'u' ? i + 6 : i + 4), 16) > 0x7f
			)
				return null;
			out += c + e;
			i++;
			continue;
		}
		if (c === '[' && !inClass) {
			inClass = true;
			classStart = i + (source[i + 1] === '^' ? 2 : 1);
		} else if (c === ']' && inClass) inClass = false;
		else if (
			inClass &&
			c === '-' &&
			i !== classStart &&
			source[i + 1] !== ']' &&
			(source.charCodeAt(i - 1) > 0x7f || source.charCodeAt(i + 1) > 0x7f)
		)
			// A range with a non-ASCII end may hold a letter that folds onto ASCII under `iu` (a
			// `-` first or last in its class is a hyphen, not a range).
			return null;
		out += c;
	}
	return out;
}

const copies = new WeakMap<RegExp, RegExp>();

/**
 * The same pattern without the `u` flag, rewritten so that it matches the same spans on ASCII
 * text, when that can be shown; otherwise `re` itself. Copies are made once per pattern. Only for
 * text `isAscii` accepts.
 */
export function asciiCopy(re: RegExp): RegExp {
	let copy = copies.get(re);
	if (copy) return copy;
	const source = re.flags.includes('u') ? asciiSource(re.source) : null;
	copy = source === null ? re : new RegExp(source, re.flags.replace('u', ''));
	copies.set(re, copy);
	return copy;
}

/** `re`, or its ASCII copy when `ascii` says the text it will run on is ASCII. */
export function patternFor(re: RegExp, ascii: boolean): RegExp {
	return ascii ? asciiCopy(re) : re;
}

/**
 * A module's patterns, for Unicode text and for ASCII text: `pick(ascii)` gives an object with the
 * same keys, holding either the patterns themselves or their ASCII copies. Global patterns keep
 * their own `lastIndex` in each set, so a caller resets and reads the one it picked.
 */
export function patternSets<T extends Record<string, RegExp>>(patterns: T): (ascii: boolean) => T {
	const copiesOf = Object.fromEntries(
		Object.entries(patterns).map(([k, re]) => [k, asciiCopy(re)])
	) as T;
	return (ascii) => (ascii ? copiesOf : patterns);
}
