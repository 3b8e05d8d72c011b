/**
 * Text anchors for comments, after the W3C Web Annotation TextQuoteSelector: the quoted text
 * with a little context on each side, plus where it was (a hint, not a promise). After edits the
 * quote is found again by a tolerant search: exact matches first (context and distance to the
 * hint break ties), then ignoring case and runs of whitespace, then an approximate match within
 * an edit budget, then the context alone. A quote that cannot be placed is reported as such;
 * the caller lists it as detached rather than dropping it.
 */

/** Where a comment points in the text. */
export interface TextAnchor {
	/** The selected text. */
	quote: string;
	/** Up to `CONTEXT` characters before it. */
	prefix: string;
	/** Up to `CONTEXT` characters after it. */
	suffix: string;
	/** Its offset in the text when it was made. */
	start: number;
}

/** Characters of context kept on each side. */
export const CONTEXT = 32;
/** Longest quote kept; a longer selection is cut to this. */
export const MAX_QUOTE = 2_000;
/** Longest quote an approximate search is tried for (the search costs quote × text). */
const MAX_FUZZY_QUOTE = 256;
/** Most cells of the approximate search's table (about 30 ms of work). */
const MAX_FUZZY_WORK = 30_000_000;
/** Largest share of the quote's characters that may differ in an approximate match. */
const FUZZY_BUDGET = 0.25;

/** Where an anchor landed: `exact` when the quoted text is there unchanged. */
export interface Located {
	start: number;
	end: number;
	exact: boolean;
}

/** An anchor for `text.slice(start, end)`. */
export function createAnchor(text: string, start: number, end: number): TextAnchor {
	const s = Math.max(0, Math.min(start, text.length));
	const e = Math.max(s, Math.min(end, text.length, s + MAX_QUOTE));
	return {
		quote: text.slice(s, e),
		prefix: text.slice(Math.max(0, s - CONTEXT), s),
		suffix: text.slice(e, e + CONTEXT),
		start: s
	};
}

/** Characters shared by the end of `a` and the end of `b`. */
function commonSuffix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
	return n;
}

/** Characters shared by the start of `a` and the start of `b`. */
function commonPrefix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

/** How well the text around [start, end) matches the anchor's context; higher is better. */
function contextScore(text: string, anchor: TextAnchor, start: number, end: number): number {
	const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
	const after = text.slice(end, end + anchor.suffix.length);
	const matched = commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
	// Context dominates; nearness to the old place breaks ties.
	return matched * 1_000_000 - Math.abs(start - anchor.start);
}

function best(
	text: string,
	anchor: TextAnchor,
	spans: Array<[number, number]>
): [number, number] | null {
	let top: [number, number] | null = null;
	let topScore = -Infinity;
	for (const span of spans) {
		const score = contextScore(text, anchor, span[0], span[1]);
		if (score > topScore) {
			top = span;
			topScore = score;
		}
	}
	return top;
}

/** Lower case with each run of whitespace as one space, and a map back to `text`. */
function normalize(text: string): { norm: string; map: number[] } {
	let norm = '';
	const map: number[] = [];
	let space = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (/\s/.test(c)) {
			if (space) continue;
			space = true;
			norm += ' ';
		} else {
			space = false;
			norm += c.toLowerCase().length === 1 ? c.toLowerCase() : c;
		}
		map.push(i);
	}
	map.push(text.length);
	return { norm, map };
}

function occurrences(haystack: string, needle: string, limit = 1_000): number[] {
	const out: number[] = [];
	if (!needle) return out;
	for (let i = haystack.indexOf(needle); i >= 0 && out.length < limit;) {
		out.push(i);
		i = haystack.indexOf(needle, i + 1);
	}
	return out;
}

/**
 * Sellers' approximate string matching: the end offsets in `text` where `pattern` matches a
 * substring with the fewest edits, and that number of edits.
 */
function approximateEnds(pattern: string, text: string): { ends: number[]; cost: number } {
	const m = pattern.length;
	let prev = new Int32Array(m + 1);
	let cur = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) prev[i] = i;
	let cost = prev[m];
	let ends: number[] = [0];
	for (let j = 1; j <= text.length; j++) {
		cur[0] = 0;
		const c = text[j - 1];
		for (let i = 1; i <= m; i++) {
			const sub = prev[i - 1] + (pattern[i - 1] === c ? 0 : 1);
			cur[i] = Math.min(sub, prev[i] + 1, cur[i - 1] + 1);
		}
		if (cur[m] < cost) {
			cost = cur[m];
			ends = [j];
		} else if (cur[m] === cost && ends.length < 100) ends.push(j);
		[prev, cur] = [cur, prev];
	}
	return { ends, cost };
}

/** The start of the best approximate match of `pattern` ending at `end` (searching backwards). */
function approximateStart(pattern: string, text: string, end: number): number {
	const from = Math.max(0, end - pattern.length * 2);
	const window = [...text.slice(from, end)].reverse().join('');
	const reversed = [...pattern].reverse().join('');
	// Reversed, the match must start at the window's start: a full alignment from offset 0.
	const m = reversed.length;
	let prev = new Int32Array(m + 1);
	let cur = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) prev[i] = i;
	let bestLen = 0;
	let bestCost = prev[m];
	for (let j = 1; j <= window.length; j++) {
		cur[0] = j;
		for (let i = 1; i <= m; i++) {
			const sub = prev[i - 1] + (reversed[i - 1] === window[j - 1] ? 0 : 1);
			cur[i] = Math.min(sub, prev[i] + 1, cur[i - 1] + 1);
		}
		if (cur[m] < bestCost || (cur[m] === bestCost && Math.abs(j - m) < Math.abs(bestLen - m))) {
			bestCost = cur[m];
			bestLen = j;
		}
		[prev, cur] = [cur, prev];
	}
	return end - bestLen;
}

/** The span between where the prefix ends and the suffix starts, when both are found close by. */
function byContext(text: string, anchor: TextAnchor): [number, number] | null {
	if (anchor.prefix.length < 8 || anchor.suffix.length < 8) return null;
	const spans: Array<[number, number]> = [];
	for (const p of occurrences(text, anchor.prefix, 50)) {
		const start = p + anchor.prefix.length;
		const s = text.indexOf(anchor.suffix, start);
		if (s >= 0 && s - start <= anchor.quote.length * 4 + 64 && s > start) spans.push([start, s]);
	}
	return best(text, anchor, spans);
}

/**
 * Find `anchor` in `text`; null when it cannot be placed (the comment is detached).
 */
export function locateAnchor(text: string, anchor: TextAnchor): Located | null {
	const { quote } = anchor;
	if (!quote.trim()) return null;

	const exact = occurrences(text, quote).map((s): [number, number] => [s, s + quote.length]);
	const hit = best(text, anchor, exact);
	if (hit) return { start: hit[0], end: hit[1], exact: true };

	const t = normalize(text);
	const q = normalize(quote).norm.trim();
	if (q) {
		const spans = occurrences(t.norm, q).map((s): [number, number] => [
			t.map[s],
			t.map[s + q.length - 1] + 1
		]);
		const loose = best(text, anchor, spans);
		if (loose) return { start: loose[0], end: loose[1], exact: false };
	}

	if (
		quote.length >= 4 &&
		quote.length <= MAX_FUZZY_QUOTE &&
		quote.length * text.length <= MAX_FUZZY_WORK
	) {
		const budget = Math.floor(quote.length * FUZZY_BUDGET);
		const { ends, cost } = approximateEnds(quote, text);
		if (cost <= budget) {
			const spans = ends.map((end): [number, number] => [approximateStart(quote, text, end), end]);
			const near = best(text, anchor, spans);
			if (near && near[1] > near[0]) return { start: near[0], end: near[1], exact: false };
		}
	}

	const ctx = byContext(text, anchor);
	return ctx ? { start: ctx[0], end: ctx[1], exact: false } : null;
}
