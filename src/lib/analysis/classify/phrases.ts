/**
 * Phrase matching over lexicons: one regex per lexicon, built once at module load, so a
 * rule scans a sentence in a single pass instead of looking each phrase up.
 */

/** A matched span inside the text that was scanned. */
export interface Span {
	/** Offset of the first character in the scanned text. */
	start: number;
	/** Offset after the last character. */
	end: number;
	/** The text as written. */
	text: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled phrase list: finds every non-overlapping occurrence, longest phrase first. */
export interface PhraseMatcher {
	/** All matches in `text`. */
	find(text: string): Span[];
	/** Whether `text` contains any phrase. */
	test(text: string): boolean;
}

/**
 * Compile a lexicon into a matcher. Matching is case-insensitive, on word boundaries, with
 * any run of whitespace between words and either apostrophe (' or ’).
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
	const parts = [...new Set(phrases.map((p) => p.toLowerCase().trim()).filter(Boolean))]
		.sort((a, b) => b.length - a.length)
		.map((p) => {
			const body = escape(p).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
			const before = WORD_CHAR.test(p[0]) ? "(?<![\\p{L}\\p{N}_'’-])" : '';
			const after = WORD_CHAR.test(p[p.length - 1]) ? '(?![\\p{L}\\p{N}_])' : '';
			return before + body + after;
		});
	const source = parts.length ? `(?:${parts.join('|')})` : '(?!)';
	const global = new RegExp(source, 'giu');
	const single = new RegExp(source, 'iu');
	return {
		find(text: string): Span[] {
			const out: Span[] = [];
			global.lastIndex = 0;
			for (let m = global.exec(text); m; m = global.exec(text)) {
				out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
				if (m[0].length === 0) global.lastIndex++;
			}
			return out;
		},
		test(text: string): boolean {
			return single.test(text);
		}
	};
}

/** A set of lower-case words, for single-token lookups. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
	return new Set(words.map((w) => w.toLowerCase()));
}

/** The word (letters, digits, apostrophes, inner hyphens) ending just before `at`. */
export function wordBefore(text: string, at: number): string {
	const m = /([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 40), at));
	return m ? m[1].toLowerCase() : '';
}

/** The word starting at or just after `at`. */
export function wordAfter(text: string, at: number): string {
	const m = /^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(at, at + 40));
	return m ? m[1].toLowerCase() : '';
}
