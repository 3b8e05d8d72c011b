/**
 * Stable ids for what `weave` returns: short hashes of the document name and the normalised
 * sentence, so an id survives a re-run, a reformatting of whitespace or punctuation, and a
 * change elsewhere in the document (a page can remember decisions by id).
 */

import { hash } from '../extract/rank.js';
import { isAscii } from '../text/ascii.js';

export { hash };

// What is not a letter, a digit, "%" or ".": on ASCII text, the same as its Unicode form.
const NOT_WORD = /[^\p{L}\p{N}%.]+/gu;
const NOT_WORD_ASCII = /[^a-zA-Z0-9%.]+/g;

/** Lower case, letters and digits only, single spaces: what the id of a sentence rests on. */
export function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(isAscii(text) ? NOT_WORD_ASCII : NOT_WORD, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
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
