/**
 * Markdown links and bare URLs, found by one left-to-right scan in linear time.
 *
 * The same matches as the leftmost-first regular expression
 * `!?\[[^\]\n]*\]\([^)\n]*\)|!?\[[^\]\n]*\]\[[^\]\n]*\]|<(?:https?:|mailto:)[^>\s]+>|https?:\/\/\S+`,
 * which backtracks: every `[` scans ahead to the next `]`, so a line of 40,000 `[` took seconds.
 * Here the openings up to one `]` share the search for it, so each character is read a bounded
 * number of times. Hand-written rather than taken from markdown-it, whose link rules differ (nesting,
 * escapes, titles) and would change which lines read as link-only.
 */

/** One link: its span in the text and, for a bracketed link, the text between the brackets. */
export interface LinkSpan {
	start: number;
	end: number;
	/** The bracketed text of `[text](url)` or `[text][ref]`; null for `<url>` and a bare URL. */
	label: string | null;
}

/**
 * The first index at or after `from` of a character `stop` accepts, or the text's length.
 * Keeps the last answer: a later query from before that answer has the same answer, so a scan
 * that asks from increasing positions reads each character once.
 */
function nextOf(text: string, stop: (code: number) => boolean): (from: number) => number {
	let asked = -1;
	let found = -1;
	return (from) => {
		if (from >= asked && from <= found) return found;
		let i = from;
		while (i < text.length && !stop(text.charCodeAt(i))) i++;
		asked = from;
		found = i;
		return i;
	};
}

const NEWLINE = 10;
const CLOSE_BRACKET = 93;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const OPEN_PAREN = 40;
const BANG = 33;
const LESS = 60;
const GREATER = 62;
const H = 104;

/** Whether a UTF-16 code unit is whitespace as `\s` reads it. */
function isSpace(code: number): boolean {
	return code < 128
		? code === 32 || (code >= 9 && code <= 13)
		: /\s/.test(String.fromCharCode(code));
}

/**
 * The links of a text, in order and not overlapping. `inlineOnly` keeps to `[text](url)` (and
 * `![alt](src)`); otherwise reference links `[text][ref]`, autolinks `<https://…>` and bare
 * `http(s)://` URLs count too.
 */
export function findLinks(text: string, inlineOnly = false): LinkSpan[] {
	const links: LinkSpan[] = [];
	const bracketEnd = nextOf(text, (c) => c === CLOSE_BRACKET || c === NEWLINE);
	const parenEnd = nextOf(text, (c) => c === CLOSE_PAREN || c === NEWLINE);
	const refEnd = nextOf(text, (c) => c === CLOSE_BRACKET || c === NEWLINE);
	const angleEnd = nextOf(text, (c) => c === GREATER || isSpace(c));
	const urlEnd = nextOf(text, isSpace);
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		const bracket =
			code === OPEN_BRACKET
				? i
				: code === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET
					? i + 1
					: -1;
		if (bracket !== -1) {
			// A failed `[` costs nothing more than a lookup: the ones after it up to the same
			// `]` reach that `]` again, and `nextOf` answers from its last scan.
			const close = bracketEnd(bracket + 1);
			const next = text.charCodeAt(close + 1);
			const end =
				text.charCodeAt(close) !== CLOSE_BRACKET
					? -1
					: next === OPEN_PAREN
						? parenEnd(close + 2)
						: next === OPEN_BRACKET && !inlineOnly
							? refEnd(close + 2)
							: -1;
			if (
				end !== -1 &&
				text.charCodeAt(end) === (next === OPEN_PAREN ? CLOSE_PAREN : CLOSE_BRACKET)
			) {
				links.push({ start: i, end: end + 1, label: text.slice(bracket + 1, close) });
				i = end + 1;
				continue;
			}
		}
		if (!inlineOnly && code === LESS) {
			const scheme = text.startsWith('https:', i + 1)
				? 6
				: text.startsWith('http:', i + 1)
					? 5
					: text.startsWith('mailto:', i + 1)
						? 7
						: 0;
			if (scheme) {
				const from = i + 1 + scheme;
				const end = angleEnd(from);
				if (end > from && text.charCodeAt(end) === GREATER) {
					links.push({ start: i, end: end + 1, label: null });
					i = end + 1;
					continue;
				}
			}
		}
		if (!inlineOnly && code === H) {
			const scheme = text.startsWith('https://', i) ? 8 : text.startsWith('http://', i) ? 7 : 0;
			if (scheme) {
				const end = urlEnd(i + scheme);
				if (end > i + scheme) {
					links.push({ start: i, end, label: null });
					i = end;
					continue;
				}
			}
		}
		i++;
	}
	return links;
}

/** The text with each of `links` (from `findLinks` on it) replaced by `replace(link)`. */
export function replaceLinks(
	text: string,
	replace: (link: LinkSpan) => string,
	links: readonly LinkSpan[]
): string {
	if (!links.length) return text;
	let out = '';
	let at = 0;
	for (const link of links) {
		out += text.slice(at, link.start) + replace(link);
		at = link.end;
	}
	return out + text.slice(at);
}

const BACKSLASH = 92;
const TODO_WORD = /\b(?:TODO|TBD|FIXME|XXX)\b/y;

/** `[` at `i`, or `\[` from `i`: the index after it, or -1. */
function openingBracketAt(text: string, i: number): number {
	if (text.charCodeAt(i) === OPEN_BRACKET) return i + 1;
	return text.charCodeAt(i) === BACKSLASH && text.charCodeAt(i + 1) === OPEN_BRACKET ? i + 2 : -1;
}

/** `]` at `i`, or `\]` from `i`: the index after it, or -1. */
function closingBracketAt(text: string, i: number): number {
	if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
	return text.charCodeAt(i) === BACKSLASH && text.charCodeAt(i + 1) === CLOSE_BRACKET ? i + 2 : -1;
}

/**
 * Placeholders of a text, in order: `[[…]]` on one line (each bracket may be escaped, `\[\[…\]\]`,
 * as the editor's Markdown writes brackets) and the words TODO, TBD, FIXME and XXX. The
 * matches of `\\?\[\\?\[[^\]\n]*?\\?\]\\?\]|\b(?:TODO|TBD|FIXME|XXX)\b`, found in linear time:
 * the pattern searched to the end of the line from every `[[` of a run.
 */
export function findPlaceholders(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const stopAfter = nextOf(text, (c) => c === CLOSE_BRACKET || c === NEWLINE);
	let i = 0;
	while (i < text.length) {
		const open = openingBracketAt(text, i);
		const inner = open === -1 ? -1 : openingBracketAt(text, open);
		if (inner !== -1) {
			// The opening holds no `]`: the first `]` after `i` is the first after it. The
			// placeholder's text holds none either, so it ends at that `]`, which must be
			// followed by a second one (a `\` before the first is the escape's either way).
			const close = stopAfter(i + 1);
			const end = text.charCodeAt(close) === CLOSE_BRACKET ? closingBracketAt(text, close + 1) : -1;
			if (end !== -1) {
				out.push({ start: i, end });
				i = end;
				continue;
			}
		}
		const c = text.charCodeAt(i);
		if (c === 84 || c === 70 || c === 88) {
			TODO_WORD.lastIndex = i;
			if (TODO_WORD.test(text)) {
				out.push({ start: i, end: TODO_WORD.lastIndex });
				i = TODO_WORD.lastIndex;
				continue;
			}
		}
		i++;
	}
	return out;
}
