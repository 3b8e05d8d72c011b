/**
 * Markdown → blocks with source positions. A small line-based block reader, enough for the
 * prose rules: it knows ATX/setext headings, paragraphs, list items (with nesting), block
 * quotes, fenced and indented code, tables, thematic breaks, HTML blocks, HTML comments
 * (the checker's ignore directives) and YAML front matter. It is not a full CommonMark parser; rules only need
 * to know what prose is where, and under which heading.
 *
 * Each block carries its plain text (inline markup stripped) and a map from plain-text
 * offsets back to source offsets, so a finding on a word can name its line and column.
 */

/** What kind of Markdown block a block came from. */
export type BlockType =
	| 'heading'
	| 'paragraph'
	| 'list-item'
	| 'blockquote'
	| 'code'
	| 'table'
	| 'hr'
	| 'html'
	| 'comment'
	| 'frontmatter';

/** A block of the source with its position and plain text. */
export interface Block {
	type: BlockType;
	/** Source text of the block, markers included. */
	raw: string;
	/** Plain text: markers and inline markup removed; empty for code, hr and html. */
	text: string;
	/**
	 * For each index in `text`, the offset in the whole source. Length text.length + 1. A typed
	 * array: a long document's maps are its largest retained structure, and a typed array's
	 * elements live outside the garbage-collected heap that every young collection copies.
	 */
	map: Int32Array;
	/** 1-based line where the block starts. */
	line: number;
	/** Offset in the whole source where the block starts. */
	offset: number;
	/** Heading level for headings (1–6), list nesting depth (0-based) for list items, else 0. */
	depth: number;
	/** Whether a list item belongs to an ordered list. */
	ordered: boolean;
	/** Plain text of the nearest heading above ('' at the top). */
	section: string;
	/** Index of the nearest heading block above, or -1. */
	sectionIndex: number;
	/** For a nested list item, the index of its parent list item; otherwise -1. */
	parent: number;
}

/** A parsed document: its blocks and a way to turn source offsets into line/column. */
export interface ParsedMarkdown {
	source: string;
	blocks: Block[];
	/** Offsets where each line starts (index 0 → line 1). */
	lineStarts: number[];
}

// An ATX heading's opening (`## `); its text and closing sequence are read by `atxHeading`.
const ATX_OPEN = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const blank = (c: string) => c === ' ' || c === '\t';

/**
 * An ATX heading's level marks and text, without its closing sequence (`## Title ##`) and
 * trailing blanks: what `/^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/` captures, read
 * in one pass from the end (that pattern takes quadratic time on a long run of spaces).
 */
export function atxHeading(line: string): [hashes: string, text: string] | null {
	const m = ATX_OPEN.exec(line);
	if (!m) return null;
	const rest = line.slice(m[0].length);
	if (LINE_BREAK.test(rest)) return null;
	let end = rest.length;
	while (end > 0 && blank(rest[end - 1])) end--;
	let k = end;
	while (k > 0 && rest[k - 1] === '#') k--;
	// A closing run of `#` needs a blank before it (the opening's blanks are not its).
	if (k < end && k > 0 && blank(rest[k - 1])) {
		end = k;
		while (end > 0 && blank(rest[end - 1])) end--;
	}
	return [m[1], rest.slice(0, end)];
}
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
// A backtick fence's info string may not contain a backtick (CommonMark 4.5): a line such as
// "```npm ci``` installs it" is inline code in a paragraph, not the start of a code block.
const FENCE = /^ {0,3}(?:(`{3,})(?![^`]*`)|(~{3,}))/;
// YAML front matter: `---` on the first line, closed by `---` or `...`.
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const BULLET = /^([ \t]*)([-*+])[ \t]+(.*)$/;
const ORDERED = /^([ \t]*)(\d{1,9})[.)][ \t]+(.*)$/;

/** The width of leading whitespace, a tab advancing to the next multiple of 4 (CommonMark). */
function indentWidth(ws: string): number {
	let w = 0;
	for (const c of ws) w = c === '\t' ? w + 4 - (w % 4) : w + 1;
	return w;
}
const QUOTE = /^ {0,3}> ?(.*)$/;
const HR = /^ {0,3}((?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TABLE = /^ {0,3}\|/;
const HTML_OPEN = /^ {0,3}<(\/?[a-zA-Z][a-zA-Z0-9-]*)[\s/>]/;
const COMMENT_OPEN = /^ {0,3}<!--/;
const BLANK = /^[ \t]*$/;

/** Offsets where each line of `source` starts. */
export function lineStartsOf(source: string): number[] {
	const starts = [0];
	for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** 1-based line and column of a source offset. */
export function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
	let lo = 0;
	let hi = lineStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lineStarts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

// Characters that may start inline markup (or a soft line break) end a plain run:
// \ ` * _ ~ ! [ < and the line feed.
const MARKUP = new Uint8Array(128);
for (const c of '\\`*_~![<\n') MARKUP[c.charCodeAt(0)] = 1;

/**
 * Strip inline Markdown from a run of source text, keeping a map to source offsets.
 * Handles code spans (kept, without backticks), emphasis markers, links and images (text
 * kept, destination dropped), autolinks, backslash escapes and inline HTML tags (dropped).
 */
export function stripInline(src: string, base: number): { text: string; map: Int32Array } {
	let text = '';
	// Plain text is never longer than its source (+1 for the end offset): size the map once
	// instead of growing it a character at a time, which dominated parsing long documents.
	const map = new Int32Array(src.length + 1);
	let n = 0;
	const push = (ch: string, at: number) => {
		text += ch;
		map[n++] = base + at;
	};
	// The next `]` and `>` at or after the scan, -1 when there is none; 0 until looked for.
	let nextClose = 0;
	let nextGt = 0;
	let i = 0;
	while (i < src.length) {
		// Copy a run of characters with no inline markup in one step.
		let j = i;
		for (let c; j < src.length && ((c = src.charCodeAt(j)) >= 128 || MARKUP[c] === 0);) j++;
		if (j > i) {
			text += j - i === src.length ? src : src.slice(i, j);
			for (let k = i; k < j; k++) map[n++] = base + k;
			i = j;
			continue;
		}
		const ch = src[i];
		if (ch === '\\' && i + 1 < src.length && /[!-/:-@[-`{-~]/.test(src[i + 1])) {
			push(src[i + 1], i + 1);
			i += 2;
		} else if (ch === '`') {
			let ticks = 1;
			while (src[i + ticks] === '`') ticks++;
			const fence = '`'.repeat(ticks);
			const end = src.indexOf(fence, i + ticks);
			if (end === -1) {
				for (let k = 0; k < ticks; k++) push('`', i + k);
				i += ticks;
			} else {
				text += src.slice(i + ticks, end);
				for (let k = i + ticks; k < end; k++) map[n++] = base + k;
				i = end + ticks;
			}
		} else if (ch === '*' || ch === '_' || ch === '~') {
			// Emphasis delimiters carry no words. An intraword underscore (snake_case) stays.
			if (ch === '_' && /\w/.test(src[i - 1] ?? '') && /\w/.test(src[i + 1] ?? '')) push(ch, i);
			i++;
		} else if (ch === '!' && src[i + 1] === '[') {
			i++;
		} else if (ch === '[') {
			// The next `]` after the last one found is still the next: a run of `[` with no `]`
			// would otherwise search to the end from each of them.
			if (nextClose !== -1 && nextClose <= i) nextClose = src.indexOf(']', i + 1);
			const close = nextClose;
			const m =
				close !== -1
					? /^\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/.exec(src.slice(close + 1))
					: null;
			if (m) {
				const inner = stripInline(src.slice(i + 1, close), base + i + 1);
				text += inner.text;
				for (let k = 0; k < inner.text.length; k++) map[n++] = inner.map[k];
				i = close + 1 + m[0].length;
			} else {
				push(ch, i);
				i++;
			}
		} else if (ch === '<') {
			// Every inline tag ends at a `>`: with none left, none starts here (a run of `<`
			// made the pattern below scan to the end from each of them).
			if (nextGt !== -1 && nextGt <= i) nextGt = src.indexOf('>', i + 1);
			const m =
				nextGt !== -1 &&
				/^<(?:(https?:\/\/[^>\s]+|mailto:[^>\s]+)|\/?[a-zA-Z][^>]*|!--[\s\S]*?--)>/.exec(
					src.slice(i)
				);
			if (m && m[1]) {
				for (let k = 0; k < m[1].length; k++) push(m[1][k], i + 1 + k);
				i += m[0].length;
			} else if (m) {
				i += m[0].length;
			} else {
				push(ch, i);
				i++;
			}
		} else if (ch === '\n') {
			push(' ', i);
			i++;
		} else {
			push(ch, i);
			i++;
		}
	}
	map[n++] = base + src.length;
	return { text, map: n === map.length ? map : map.subarray(0, n) };
}

interface Draft {
	type: BlockType;
	start: number;
	end: number;
	line: number;
	depth: number;
	ordered: boolean;
	/** Source ranges of the block's content (after markers), one per line. */
	content: [number, number][];
	indent: number;
}

/**
 * Split Markdown into blocks. Never throws: anything unrecognised is a paragraph.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
	const lineStarts = lineStartsOf(source);
	const lines: { start: number; end: number; text: string }[] = lineStarts.map((start, i) => {
		let end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : source.length;
		if (source[end - 1] === '\r') end--;
		return { start, end, text: source.slice(start, end) };
	});
	const drafts: Draft[] = [];
	let cur: Draft | null = null;
	const flush = () => {
		if (cur) drafts.push(cur);
		cur = null;
	};
	const open = (type: BlockType, li: number, depth = 0, ordered = false, indent = 0): Draft => {
		flush();
		cur = {
			type,
			start: lines[li].start,
			end: lines[li].end,
			line: li + 1,
			depth,
			ordered,
			content: [],
			indent
		};
		return cur;
	};
	const listIndents: number[] = [];

	let first = 0;
	if (lines.length > 1 && /^---[ \t]*$/.test(lines[0].text)) {
		let k = 1;
		while (k < lines.length && !FRONT_MATTER_CLOSE.test(lines[k].text)) k++;
		// Only a closed block whose lines look like YAML (`key: value`, list items, comments) is
		// front matter; otherwise the `---` is a thematic break.
		const body = lines.slice(1, k);
		if (
			k < lines.length &&
			body.length > 0 &&
			body.some((l) => /^[\w.-]+:(?:\s|$)/.test(l.text)) &&
			body.every((l) => BLANK.test(l.text) || /^(?:[\w.-]+:(?:\s|$)|[ \t]+|- |#)/.test(l.text))
		) {
			const d = open('frontmatter', 0);
			d.end = lines[k].end;
			flush();
			first = k + 1;
		}
	}
	for (let li = first; li < lines.length; li++) {
		const { text, start, end } = lines[li];
		if (BLANK.test(text)) {
			flush();
			continue;
		}
		let m: RegExpExecArray | null;
		if ((m = FENCE.exec(text))) {
			const fence = m[1] ?? m[2];
			const d = open('code', li);
			let k = li + 1;
			while (k < lines.length && !lines[k].text.trimStart().startsWith(fence)) k++;
			d.end = lines[Math.min(k, lines.length - 1)].end;
			li = Math.min(k, lines.length - 1);
			flush();
			continue;
		}
		if (COMMENT_OPEN.test(text)) {
			const d = open('comment', li);
			let k = li;
			while (k < lines.length && !lines[k].text.includes('-->')) k++;
			k = Math.min(k, lines.length - 1);
			d.end = lines[k].end;
			d.content.push([start, d.end]);
			li = k;
			flush();
			continue;
		}
		const atx = atxHeading(text);
		if (atx) {
			const d = open('heading', li, atx[0].length);
			const contentStart = start + text.indexOf(atx[1], atx[0].length);
			d.content.push([contentStart, contentStart + atx[1].length]);
			flush();
			continue;
		}
		if (
			HR.test(text) &&
			!(cur && (cur as Draft).type === 'paragraph' && /^ {0,3}-+[ \t]*$/.test(text))
		) {
			open('hr', li);
			flush();
			continue;
		}
		if (cur && (cur as Draft).type === 'paragraph' && SETEXT.test(text)) {
			const d = cur as Draft;
			d.type = 'heading';
			d.depth = text.trim()[0] === '=' ? 1 : 2;
			d.end = end;
			flush();
			continue;
		}
		if (TABLE.test(text)) {
			if (!cur || (cur as Draft).type !== 'table') open('table', li);
			(cur as unknown as Draft).end = end;
			continue;
		}
		if ((m = QUOTE.exec(text))) {
			if (!cur || (cur as Draft).type !== 'blockquote') open('blockquote', li);
			const d = cur as unknown as Draft;
			d.end = end;
			d.content.push([end - m[1].length, end]);
			continue;
		}
		const bullet = BULLET.exec(text);
		const ordered = bullet ? null : ORDERED.exec(text);
		// A tab-indented marker nests inside an open list (`\t- sub-item`); outside one, a tab
		// starts indented code.
		const item = bullet ?? ordered;
		const tabbed = !!item && item[1].includes('\t') && !listIndents.length;
		if (
			item &&
			!tabbed &&
			!(ordered && cur && (cur as Draft).type === 'paragraph' && ordered[2] !== '1')
		) {
			const indent = indentWidth(item[1]);
			while (listIndents.length && listIndents[listIndents.length - 1] > indent) listIndents.pop();
			if (!listIndents.length || listIndents[listIndents.length - 1] < indent)
				listIndents.push(indent);
			const d = open('list-item', li, listIndents.length - 1, !!ordered, indent);
			d.content.push([end - item[3].length, end]);
			continue;
		}
		if (HTML_OPEN.test(text) && (!cur || (cur as Draft).type !== 'paragraph')) {
			const d = open('html', li);
			let k = li + 1;
			while (k < lines.length && !BLANK.test(lines[k].text)) k++;
			d.end = lines[k - 1].end;
			li = k - 1;
			flush();
			continue;
		}
		if (
			/^( {4}|\t)/.test(text) &&
			(!cur || (cur as Draft).type === 'code') &&
			!listIndents.length
		) {
			if (!cur) open('code', li);
			(cur as unknown as Draft).end = end;
			continue;
		}
		// Continuation (lazy or indented) of the open paragraph, list item or quote.
		if (
			cur &&
			((cur as Draft).type === 'paragraph' ||
				(cur as Draft).type === 'list-item' ||
				(cur as Draft).type === 'blockquote')
		) {
			const d = cur as Draft;
			d.end = end;
			const lead = text.length - text.trimStart().length;
			d.content.push([start + lead, end]);
			continue;
		}
		if (!/^ {2,}/.test(text)) listIndents.length = 0;
		const d = open('paragraph', li);
		const lead = text.length - text.trimStart().length;
		d.content.push([start + lead, end]);
	}
	flush();

	const blocks: Block[] = [];
	let section = '';
	let sectionIndex = -1;
	const itemStack: { index: number; depth: number }[] = [];
	for (const d of drafts) {
		let text = '';
		let map: Int32Array;
		if (d.type === 'heading' && !d.content.length) d.content.push([d.start, lines[d.line - 1].end]);
		if (
			d.type !== 'code' &&
			d.type !== 'hr' &&
			d.type !== 'html' &&
			d.type !== 'table' &&
			d.type !== 'comment' &&
			d.type !== 'frontmatter'
		) {
			// Join content lines with a space so sentences span soft line breaks.
			const parts = d.content.map(([a, b]) => stripInline(source.slice(a, b), a));
			if (parts.length === 1) {
				// One line: its map already ends at the content end, as the joined map would.
				text = parts[0].text;
				map = parts[0].map;
			} else {
				// One map for the joined lines: each line's characters, then one slot for the
				// space that joins it to the next (mapped to the line's end), then the end.
				let length = 1;
				for (const part of parts) length += part.text.length + 1;
				map = new Int32Array(length - 1);
				let n = 0;
				for (let p = 0; p < parts.length; p++) {
					if (p > 0) {
						text += ' ';
						map[n++] = parts[p - 1].map[parts[p - 1].map.length - 1];
					}
					text += parts[p].text;
					const part = parts[p];
					map.set(part.map.subarray(0, part.text.length), n);
					n += part.text.length;
				}
				map[n] = d.content.length ? d.content[d.content.length - 1][1] : d.end;
			}
		} else if (d.type === 'table') {
			// Table cells are prose too (decisions are often tabulated); keep them as text.
			const raw = source.slice(d.start, d.end);
			const s = stripInline(raw.replace(/\|/g, ' ').replace(/^[ \t:-]+$/gm, ''), d.start);
			text = s.text;
			map = s.map;
		} else {
			map = Int32Array.of(d.start);
		}
		// A heading's trailing attribute list (`{#principles}`) is markup for the site generator.
		if (d.type === 'heading') {
			const attributes = HEADING_ATTRIBUTES.exec(text);
			if (attributes) text = text.slice(0, attributes.index).trimEnd();
		}
		let parent = -1;
		if (d.type === 'list-item') {
			while (itemStack.length && itemStack[itemStack.length - 1].depth >= d.depth) itemStack.pop();
			parent = itemStack.length ? itemStack[itemStack.length - 1].index : -1;
			itemStack.push({ index: blocks.length, depth: d.depth });
		} else if (d.type !== 'comment') {
			itemStack.length = 0;
		}
		const block: Block = {
			type: d.type,
			raw: source.slice(d.start, d.end),
			text,
			map,
			line: d.line,
			offset: d.start,
			depth: d.depth,
			ordered: d.ordered,
			section,
			sectionIndex,
			parent
		};
		blocks.push(block);
		if (d.type === 'heading') {
			section = text.trim();
			sectionIndex = blocks.length - 1;
			block.section = section;
			block.sectionIndex = sectionIndex;
		}
	}
	return { source, blocks, lineStarts };
}

// A heading attribute list at the end of a heading (`## Principles {#principles}`, kramdown's
// `{: #id .class}`), written for the site generator, not part of the heading's name.
// (Found without the blanks before it, which `trimEnd` drops: `\s*\{…` would be quadratic on
// a long run of spaces.)
const HEADING_ATTRIBUTES = /\{[:#.][^{}]*\}\s*$/;
