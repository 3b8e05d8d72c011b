/**
 * A ProseMirror document as plain text for anchoring comments: each textblock's text, blocks
 * separated by a newline, a hard break as a newline, other inline leaves as U+FFFC. Offsets in
 * that text map to document positions and back, so an anchor made on one side (the reviewer's
 * read-only view) is found on the other (the author's editor, after edits).
 */
import type { Node } from 'prosemirror-model';

/** The text and its map to document positions. */
export interface DocText {
	text: string;
	/** Text offset where each segment starts, ascending. */
	starts: number[];
	/** Document position where each segment starts, ascending. */
	positions: number[];
	/** Each segment's length (text and document alike). */
	lengths: number[];
}

/** The plain text of `doc` with its position map. */
export function docText(doc: Node): DocText {
	let text = '';
	const starts: number[] = [];
	const positions: number[] = [];
	const lengths: number[] = [];
	let first = true;
	doc.descendants((node, pos) => {
		if (node.isTextblock) {
			if (!first) text += '\n';
			first = false;
			return true;
		}
		if (!node.isInline) return true;
		const piece = node.isText
			? (node.text ?? '')
			: node.type.name === 'hard_break'
				? '\n'
				: '\ufffc';
		starts.push(text.length);
		positions.push(pos);
		lengths.push(node.isText ? piece.length : 1);
		text += piece;
		return false;
	});
	return { text, starts, positions, lengths };
}

/** Index of the last entry of ascending `list` that is ≤ `value` (−1 when none). */
function floor(list: number[], value: number): number {
	let lo = 0;
	let hi = list.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] <= value) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/**
 * The document position of text offset `offset`. Between blocks (on a separator), a range's
 * start moves to the next block's text and its end back to the previous block's.
 */
export function posAt(t: DocText, offset: number, side: 'start' | 'end'): number {
	const n = t.starts.length;
	if (n === 0) return 1;
	if (side === 'end') {
		// The segment that ends at or after the offset and starts before it.
		const i = floor(t.starts, offset - 1);
		if (i < 0) return t.positions[0];
		return t.positions[i] + Math.min(offset - t.starts[i], t.lengths[i]);
	}
	const i = floor(t.starts, offset);
	if (i >= 0 && offset < t.starts[i] + t.lengths[i]) return t.positions[i] + (offset - t.starts[i]);
	const next = i + 1;
	return next < n ? t.positions[next] : t.positions[n - 1] + t.lengths[n - 1];
}

/** The text offset of document position `pos` (the nearest text when it is between blocks). */
export function offsetAt(t: DocText, pos: number): number {
	const i = floor(t.positions, pos);
	if (i < 0) return 0;
	return t.starts[i] + Math.min(pos - t.positions[i], t.lengths[i]);
}
