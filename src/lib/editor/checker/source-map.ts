/**
 * The document as Markdown with a position map back to ProseMirror.
 *
 * Each top-level node is serialized on its own (with `docToMarkdown`, so the text is exactly
 * what Export writes), the pieces are joined with the blank line the serializer puts between
 * top-level blocks, and each piece remembers where it starts. Inside a piece, the node's text
 * characters are aligned with the Markdown characters that wrote them: markers, escapes,
 * delimiters and link destinations are skipped. A finding's line/column/length then becomes a
 * ProseMirror range.
 *
 * ProseMirror nodes are immutable and shared between states, so pieces are cached per node: a
 * keystroke re-serializes one top-level block, never the document.
 */
import type { Node } from 'prosemirror-model';
import { docToMarkdown } from '$lib/markdown/serialize';
import { schema } from '$lib/markdown/schema';

/** One top-level node's Markdown and its alignment with the node's text. */
export interface BlockSource {
	/** ProseMirror position where the node starts. */
	pos: number;
	/** Offset in the document's Markdown where the node's Markdown starts. */
	offset: number;
	/** The node's Markdown without its trailing newline; '' for nodes that write nothing. */
	text: string;
	/** Aligned characters: offsets in `text`, ascending. */
	src: Int32Array;
	/** Aligned characters: ProseMirror offsets from `pos`, ascending. */
	pm: Int32Array;
}

/** The whole document as Markdown, with its blocks and line starts. */
export interface DocSource {
	markdown: string;
	/** Offset where each line starts (index 0 is line 1). */
	lineStarts: number[];
	/** Length of what precedes the body: the `# title` line (or a lone `#`), else 0. */
	headLength: number;
	/** Top-level nodes that write Markdown, in order. */
	blocks: BlockSource[];
}

/** A ProseMirror range. */
export interface Range {
	from: number;
	to: number;
}

interface Piece {
	text: string;
	src: Int32Array;
	pm: Int32Array;
}

// Two entries per node: the serializer alternates list markers between adjacent same-type lists.
const cache = new WeakMap<Node, [Piece | undefined, Piece | undefined]>();

const DUMMY = 'x';
function dummyBefore(node: Node, odd: boolean): Node {
	const para = schema.nodes.paragraph.create(null, schema.text(DUMMY));
	if (!odd) return para;
	return node.type.create(node.attrs, schema.nodes.list_item.create(null, para));
}

/** Serialize `node` as a top-level block, preceded by a one-line dummy to strip off. */
function serialize(node: Node, odd: boolean): string {
	const dummy = dummyBefore(node, odd);
	const head = docToMarkdown(schema.topNodeType.create(null, [dummy]));
	const out = docToMarkdown(schema.topNodeType.create(null, [dummy, node]));
	const prefix = head.replace(/\n$/, '');
	// Blank lines after the dummy: two, or three between same-type lists.
	return out.startsWith(prefix + '\n\n')
		? out.slice(prefix.length).replace(/^\n+/, '').replace(/\n$/, '')
		: '';
}

/** How many same-type lists directly precede child `index` of `parent` (parity is what counts). */
function runBefore(parent: Node, index: number, node: Node): number {
	const list = node.type === schema.nodes.bullet_list || node.type === schema.nodes.ordered_list;
	if (!list) return 0;
	let n = 0;
	while (index - n - 1 >= 0 && parent.child(index - n - 1).type === node.type) n++;
	return n;
}

// Container markers at a line start (quote, bullet, number), each followed by whitespace.
const CONTAINER = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/;
const HEADING = /^#{1,6}(?:[ \t]+|$)/;
const ENTITY = /^&#x([0-9A-Fa-f]{1,6});/;

/** Where the text of the line starting at `i` begins, past container or heading markers. */
function skipPrefix(md: string, i: number, heading: boolean): number {
	const rest = md.slice(i, md.indexOf('\n', i) === -1 ? md.length : md.indexOf('\n', i));
	const m = (heading ? HEADING : CONTAINER).exec(rest);
	return i + (m ? m[0].length : 0);
}

/** The node's text characters with their offsets from the node's start. */
function textChars(node: Node): { chars: string; offsets: number[] } {
	let chars = '';
	const offsets: number[] = [];
	const code = node.type.spec.code === true;
	node.descendants((child, pos, parent) => {
		if (!child.isText) return true;
		const text = child.text ?? '';
		const inCode = code || parent?.type.spec.code === true;
		for (let k = 0; k < text.length; k++) {
			// The serializer writes a newline inside prose as a space.
			chars += !inCode && (text[k] === '\n' || text[k] === '\r') ? ' ' : text[k];
			offsets.push(pos + 1 + k);
		}
		return false;
	});
	return { chars, offsets };
}

/**
 * Align `node`'s text with its Markdown `md`: for each text character in order, the next
 * Markdown character that writes it (itself or a `&#x…;` reference), skipping line prefixes.
 * A character with no match is left unaligned and the scan does not move, so one oddity
 * cannot shift everything after it.
 */
export function align(node: Node, md: string): { src: Int32Array; pm: Int32Array } {
	const { chars, offsets } = textChars(node);
	const src: number[] = [];
	const pm: number[] = [];
	const heading = node.type === schema.nodes.heading;
	let j: number;
	let rawLines = false;
	if (node.type === schema.nodes.code_block) {
		// The fence line holds no text; the content lines are written raw.
		j = md.indexOf('\n') + 1;
		rawLines = true;
	} else j = skipPrefix(md, 0, heading);
	for (let c = 0; c < chars.length; c++) {
		const ch = chars[c];
		let k = j;
		let found = -1;
		let next = -1;
		while (k < md.length) {
			const m = md[k];
			if (m === ch) {
				found = k;
				next = k + 1;
				break;
			}
			if (m === '&') {
				const e = ENTITY.exec(md.slice(k, k + 10));
				if (e && String.fromCodePoint(parseInt(e[1], 16)) === ch) {
					found = k;
					next = k + e[0].length;
					break;
				}
			}
			if (m === '\n') k = rawLines ? k + 1 : skipPrefix(md, k + 1, false);
			else k++;
		}
		if (found === -1) continue;
		src.push(found);
		pm.push(offsets[c]);
		j = next;
		if (ch === '\n' && !rawLines) j = skipPrefix(md, j, false);
	}
	return { src: Int32Array.from(src), pm: Int32Array.from(pm) };
}

function piece(node: Node, odd: boolean): Piece {
	let entry = cache.get(node);
	if (!entry) cache.set(node, (entry = [undefined, undefined]));
	const slot = odd ? 1 : 0;
	let p = entry[slot];
	if (!p) {
		const text = serialize(node, odd);
		p = { text, ...align(node, text) };
		entry[slot] = p;
	}
	return p;
}

/** Offsets where each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/**
 * The document (with `title` as its `# ` heading, like Export) as Markdown with a map back to
 * `doc`. The Markdown equals `docToMarkdown(doc, title)`.
 */
export function docSource(doc: Node, title?: string): DocSource {
	const blocks: BlockSource[] = [];
	// Front matter is written first, before the title, and is not prose: it counts as head.
	const first = doc.firstChild;
	const frontMatter =
		first?.type === schema.nodes.raw_block && first.attrs.kind === 'front_matter' ? first : null;
	let markdown = frontMatter ? String(frontMatter.attrs.source) : '';
	const head = headOf(frontMatter ? doc.maybeChild(1) : first, title);
	if (head) markdown += (markdown ? '\n\n' : '') + head;
	const headLength = markdown.length;
	doc.forEach((node, pos, index) => {
		if (frontMatter && index === 0) return;
		const run = runBefore(doc, index, node);
		const p = piece(node, run % 2 === 1);
		if (!p.text) return;
		// prosemirror-markdown puts two blank lines between adjacent same-type lists.
		if (markdown) markdown += run > 0 ? '\n\n\n' : '\n\n';
		blocks.push({ pos, offset: markdown.length, text: p.text, src: p.src, pm: p.pm });
		markdown += p.text;
	});
	if (markdown) markdown += '\n';
	return { markdown, lineStarts: lineStartsOf(markdown), headLength, blocks };
}

/** What `docToMarkdown` writes before the body: `# title`, or `#` before a body's own `# `. */
function headOf(first: Node | null, title?: string): string {
	const h1 = first?.type === schema.nodes.heading && first.attrs.level === 1;
	if (!title && !h1) return '';
	const probe = title
		? schema.nodes.paragraph.create(null, schema.text(DUMMY))
		: schema.nodes.heading.create({ level: 1 }, schema.text(DUMMY));
	const out = docToMarkdown(schema.topNodeType.create(null, [probe]), title);
	return out.slice(0, out.lastIndexOf('\n\n'));
}

/** Index of the last entry of `arr` ≤ `value` (−1 when none). */
function floor(arr: ArrayLike<number>, value: number): number {
	let lo = 0;
	let hi = arr.length - 1;
	let out = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (arr[mid] <= value) {
			out = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return out;
}

/** Index of the block containing Markdown `offset` (the last one starting at or before it). */
function blockAt(blocks: BlockSource[], offset: number): number {
	let lo = 0;
	let hi = blocks.length - 1;
	let out = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (blocks[mid].offset <= offset) {
			out = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return out;
}

/**
 * The ProseMirror range of a Markdown span (1-based `line` and `column`, `length` source
 * characters), or null when it lies outside the body (the title line) or on no text.
 * A span of length 0 becomes the text character at or after it.
 */
export function rangeOf(source: DocSource, line: number, column: number, length = 0): Range | null {
	const lineStart = source.lineStarts[line - 1];
	if (lineStart === undefined) return null;
	const offset = lineStart + column - 1;
	if (offset < source.headLength) return null;
	const b = source.blocks[blockAt(source.blocks, offset)];
	if (!b || !b.src.length) return null;
	const start = offset - b.offset;
	const end = start + Math.max(length, 1);
	// First aligned character at or after the start, last one before the end.
	let i = floor(b.src, start - 1) + 1;
	const k = floor(b.src, end - 1);
	if (i >= b.src.length) i = b.src.length - 1;
	if (k < i) return { from: b.pos + b.pm[i], to: b.pos + b.pm[i] + 1 };
	return { from: b.pos + b.pm[i], to: b.pos + b.pm[k] + 1 };
}
