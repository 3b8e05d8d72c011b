// How a weave result is matched to its labels, shared by eval-weave.mjs and weave-stages.mjs so
// both judge "found" the same way: a side hits a labelled quote when it comes from the same
// document and their word sets overlap by at least 0.6 (of the smaller set), in either order.

const words = (s) =>
	new Set(
		String(s)
			.toLowerCase()
			.match(/[a-z0-9][a-z0-9-]{2,}/g) ?? []
	);

/** Share of the smaller word set found in the other. */
export const overlap = (a, b) => {
	const A = words(a);
	const B = words(b);
	if (!A.size || !B.size) return 0;
	let n = 0;
	for (const w of A) if (B.has(w)) n++;
	return n / Math.min(A.size, B.size);
};

/** A document name as the labels write it: `design/…`, `strategy/…` or `vision/…`. */
export const docOf = (n) => String(n ?? '').replace(/^.*?((design|strategy|vision)\/[^/]+)$/, '$1');

/** Whether `text`, read in document `doc`, is the labelled quote `q` ({ doc, quote }). */
export const hits = (doc, text, q) => docOf(doc) === q.doc && overlap(text ?? '', q.quote) >= 0.6;

/**
 * Whether a predicted thread (`group`: evidence and summary) is the labelled thread `label`: its
 * evidence hits labelled quotes in two documents, or it spans two of the label's documents and
 * names two of its topic keywords.
 */
export function groupMatches(group, label) {
	const ev = (group.evidence ?? []).map((e) => ({ doc: docOf(e.doc), text: e.text ?? '' }));
	const hit = new Set();
	for (const q of label.evidence ?? [])
		for (const e of ev) if (hits(e.doc, e.text, q)) hit.add(q.doc);
	if (hit.size >= 2) return true;
	const docs = new Set(ev.map((e) => e.doc).filter((d) => (label.docs ?? []).includes(d)));
	const text = (ev.map((e) => e.text).join(' ') + ' ' + (group.summary ?? '')).toLowerCase();
	return (
		docs.size >= 2 &&
		(label.topic_keywords ?? []).filter((k) => text.includes(k.toLowerCase())).length >= 2
	);
}
