/**
 * Stable ids for what `weave` returns: short hashes of the document name and the normalised
 * sentence, so an id survives a re-run, a reformatting of whitespace or punctuation, and a
 * change elsewhere in the document (a page can remember decisions by id).
 */

import { hash } from '../extract/rank.js';
import { isAscii } from '../text/ascii.js';

export { hash };

/** Lower case, letters and digits only, single spaces: what the id of a sentence rests on. */
export function normalise(text: string): string {
	if (isAscii(text)) return normaliseAscii(text.toLowerCase());
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}%.]+/gu, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * `normalise` of lower-case ASCII text in one pass: the runs of letters, digits, "%" and "."
 * before a digit, joined by single spaces (what the three replacements above leave).
 */
function normaliseAscii(lower: string): string {
	let out = '';
	let start = -1;
	const n = lower.length;
	for (let i = 0; i <= n; i++) {
		const c = i < n ? lower.charCodeAt(i) : 32;
		const kept =
			(c >= 97 && c <= 122) ||
			isDigit(c) ||
			c === 37 ||
			(c === 46 && i + 1 < n && isDigit(lower.charCodeAt(i + 1)));
		if (kept) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			out = out ? out + ' ' + lower.slice(start, i) : lower.slice(start, i);
			start = -1;
		}
	}
	return out;
}

/** A sentence of a document, as a fingerprint. */
export function fingerprint(doc: string, text: string): string {
	return `${doc}\n${normalise(text)}`;
}

/** Id of a policy sentence. */
export function policyId(doc: string, text: string): string {
	return 'p-' + hash(fingerprint(doc, text));
}

/** Id of a set of sentences, independent of their order. */
export function setId(prefix: string, fingerprints: readonly string[]): string {
	return prefix + hash([...fingerprints].sort().join('\n\n'));
}
