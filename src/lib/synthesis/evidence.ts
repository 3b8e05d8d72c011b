/**
 * Evidence sentences as data the app can keep and link to: a short fingerprint (to tell later
 * which evidence is new), the search text the editor highlights, and the link that opens it.
 */

/** The fields of an evidence item these helpers read. */
export interface EvidenceRef {
	/** The design doc's id (the `name` given to `extract`). */
	doc: string;
	text: string;
}

/** Whitespace and quote styles folded, so re-saving a doc does not make old evidence look new. */
export function normalizeSentence(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201b\u2032]/g, "'")
		.replace(/[\u201c\u201d\u201f\u2033]/g, '"')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function fnv(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** A short, stable fingerprint of one evidence sentence in one document. */
export function fingerprint(e: EvidenceRef): string {
	return fnv(`${e.doc}\n${normalizeSentence(e.text)}`);
}

/** Most characters of a sentence put in a highlight link; the editor extends to the sentence end. */
export const NEEDLE_CHARS = 80;

/** The opening of a sentence, cut at a word boundary: enough to find it, short enough for a URL. */
export function highlightNeedle(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= NEEDLE_CHARS) return clean;
	const cut = clean.slice(0, NEEDLE_CHARS);
	const space = cut.lastIndexOf(' ');
	return space > 20 ? cut.slice(0, space) : cut;
}

// Parentheses end a Markdown link destination; encode them as well.
const encode = (s: string) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29');

/**
 * The editor query for a document, with a sentence to highlight if given: `?id=…&highlight=…`.
 * Query-only, so it works as a link inside a document (resolved against `/edit`) and appended
 * to the editor's path.
 */
export function editorQuery(docId: string, sentence?: string): string {
	const q = `?id=${encode(docId)}`;
	return sentence ? `${q}&highlight=${encode(highlightNeedle(sentence))}` : q;
}
