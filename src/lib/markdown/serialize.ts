/**
 * ProseMirror document → CommonMark. A prosemirror-markdown `MarkdownSerializer` whose escaping
 * is rewritten for this schema, because the stock one does not round-trip (RELIABILITY-NOTES,
 * "Markdown round trip"): a paragraph `+` or `1.` came back as a list, `x` + hard break + `---`
 * as a setext heading, adjacent lists merged, leading spaces vanished.
 *
 * The rule it is built to: for a document in normal form (see README), `markdownToDoc` of the
 * output gives the same document back, and serializing that again gives the same text.
 */
import { MarkdownSerializer, MarkdownSerializerState } from 'prosemirror-markdown';
import { Fragment, type Mark, type Node } from 'prosemirror-model';
import { schema } from './schema';

/**
 * Serializer state fields that prosemirror-markdown keeps internal but that escaping must see:
 * the output so far (to know whether text starts a line) and the pending-close flush (to put
 * blocks of a tight list item on consecutive lines).
 */
interface StateInternals {
	out: string;
	inTightList: boolean;
	flushClose(size?: number): void;
}

function internals(state: MarkdownSerializerState): StateInternals {
	return state as unknown as StateInternals;
}

// markdown-it's autolink grammar (`<scheme:…>`); only hrefs it accepts may be written that way.
// eslint-disable-next-line no-control-regex -- the grammar excludes control characters
const AUTOLINK = /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\u0000-\u0020]*$/;
const ALNUM = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;
// A line that so far holds only container markers (`> `, `- `, `1. `): text written now starts
// the line as far as block syntax is concerned. Over-matching only adds harmless backslashes.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)]))*[ \t]*$/;

/**
 * Bullet characters of the lists being rendered, per state, innermost last (`''` for ordered
 * lists): a thematic break inside a list avoids `- ---`, and a bullet list opening on its
 * parent item's line avoids repeating the parent's bullet (`- - -` is a thematic break).
 */
const openLists = new WeakMap<MarkdownSerializerState, string[]>();

function listsOf(state: MarkdownSerializerState): string[] {
	let lists = openLists.get(state);
	if (!lists) openLists.set(state, (lists = []));
	return lists;
}

function entity(char: string): string {
	return `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`;
}

function atLineStart(state: MarkdownSerializerState): boolean {
	const out = internals(state).out;
	return CONTAINER_PREFIX.test(out.slice(out.lastIndexOf('\n') + 1));
}

// `[^label]` with a plain label, followed by something that cannot continue a link.
const FOOTNOTE_REF = /^\[\^[A-Za-z0-9_-]+\](?=[^([:]|$)(?!$)/;

/** Backslash-escape inline syntax characters: emphasis, code, links, autolinks, entities. */
function escapeInline(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		// A footnote reference `[^label]` stays readable: footnote definitions are kept as
		// verbatim blocks, never link reference definitions, so it can never become a link.
		if (c === '[' && text[i + 1] === '^') {
			const ref = FOOTNOTE_REF.exec(text.slice(i));
			if (ref) {
				out += ref[0];
				i += ref[0].length - 1;
				continue;
			}
		}
		switch (c) {
			case '\\':
			case '`':
			case '*':
			case '[':
			case ']':
			case '<':
			case '~':
				out += '\\' + c;
				break;
			case '_':
				// An `_` between two letters or digits can neither open nor close emphasis.
				out += ALNUM.test(text[i - 1] ?? '') && ALNUM.test(text[i + 1] ?? '') ? c : '\\_';
				break;
			case '&':
				// `&amp;` or `&#32;` would be read as a character reference.
				out += /[#A-Za-z0-9]/.test(text[i + 1] ?? '') ? '\\&' : c;
				break;
			case '!':
				// At the end of a text node a link may follow: `![…](…)` would be an image.
				out += i === text.length - 1 ? '\\!' : c;
				break;
			default:
				out += c;
		}
	}
	return out;
}

/** Escape what only matters at the start of a line: headings, quotes, lists, breaks, setext. */
function escapeLineStart(text: string): string {
	// `|` and `:` could start a GFM table's delimiter row after a hard break; `$$` a math block.
	if (/^(?:[#>+\-=|:]|\$\$)/.test(text)) return '\\' + text;
	return text.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

interface TextPosition {
	/** Text starts a line (after container markers only). */
	lineStart: boolean;
	/** Text starts the block's inline content or follows a hard break: edge whitespace is trimmed. */
	contentStart: boolean;
	/** Text ends the block's inline content or precedes a hard break. */
	contentEnd: boolean;
	/** Text ends a heading, where a trailing `#` run would be read as a closing sequence. */
	headingEnd: boolean;
	/** Nothing of this block precedes the text on its line (for a heading made only of `#`). */
	firstInBlock: boolean;
}

/** Escape plain text so markdown-it reads exactly it back. */
function escapeText(text: string, at: TextPosition): string {
	// A line break inside text (from `&#10;` or pasted JSON) is not a soft break, which reads
	// back as a space: keep it as a character reference.
	let raw = text;
	let head = '';
	let tail = '';
	// markdown-it trims paragraphs, headings and continuation lines; a character reference keeps
	// leading and trailing whitespace (and four leading spaces never turn into a code block).
	if (at.contentStart && raw && WHITESPACE.test(raw[0])) {
		head = entity(raw[0]);
		raw = raw.slice(1);
	}
	if (at.contentEnd && raw && WHITESPACE.test(raw[raw.length - 1])) {
		tail = entity(raw[raw.length - 1]);
		raw = raw.slice(0, -1);
	}
	let body = escapeInline(raw).replace(/[\r\n]/g, entity);
	if (inTableCell) body = body.replace(/\|/g, '\\|');
	if (at.lineStart && !head) body = escapeLineStart(body);
	if (at.headingEnd && !tail) {
		const closing = /(^|[ \t])(#+)$/.exec(body);
		if (closing && (closing[1] !== '' || (at.firstInBlock && !head))) {
			body = body.slice(0, closing.index + closing[1].length) + '\\' + closing[2];
		}
	}
	return head + body + tail;
}

/** Set while a table cell's content is written: every `|` is escaped (GFM splits cells first). */
let inTableCell = false;

function isHardBreak(node: Node | null | undefined): boolean {
	return node?.type === schema.nodes.hard_break;
}

/** Whether a link can be written as `<href>`: its whole text is its href and nothing else marks it. */
function isAutolink(mark: Mark, children: Node[], i: number): boolean {
	const href = mark.attrs.href as string;
	const node = children[i];
	if (!node?.isText || node.text !== href || mark.attrs.title) return false;
	if (!AUTOLINK.test(href) || /[&\\]/.test(href)) return false;
	if (schema.marks.code.isInSet(node.marks)) return false;
	const before = children[i - 1];
	const after = children[i + 1];
	return !(before && mark.isInSet(before.marks)) && !(after && mark.isInSet(after.marks));
}

function linkDestination(href: string): string {
	// Line breaks cannot appear in a destination at all; percent-encoding keeps the URL's meaning.
	const clean = href.replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	// eslint-disable-next-line no-control-regex -- control characters need the <…> form
	if (clean === '' || /[\s<>\u0000-\u001f\u007f]/.test(clean)) {
		return '<' + clean.replace(/[\\<>&]/g, '\\$&') + '>';
	}
	return clean.replace(/[\\()&]/g, '\\$&');
}

function linkTitle(title: unknown): string {
	if (typeof title !== 'string' || title === '') return '';
	// A blank line would end the paragraph inside the title: line breaks become references.
	return ` "${title.replace(/[\\"&]/g, '\\$&').replace(/[\r\n]/g, entity)}"`;
}

/** Backtick delimiter for a code span: longer than any backtick run inside, padded if needed. */
function codeDelimiter(node: Node | undefined, opening: boolean): string {
	const text = node?.isText ? (node.text ?? '') : '';
	let longest = 0;
	for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const ticks = '`'.repeat(longest + 1);
	// A span strips one space from each end when both ends have one, and a backtick at either end
	// would merge with the delimiter: pad both ends so stripping restores the content exactly.
	const pad =
		text.startsWith('`') ||
		text.endsWith('`') ||
		(text.startsWith(' ') && text.endsWith(' ') && /[^ ]/.test(text));
	if (!pad) return ticks;
	return opening ? ticks + ' ' : ' ' + ticks;
}

/** An empty paragraph opening a list item that has more blocks: Markdown writes them on the marker line. */
function isSkippedLead(item: Node, child: Node, index: number): boolean {
	return (
		index === 0 &&
		item.childCount > 1 &&
		child.type === schema.nodes.paragraph &&
		child.content.size === 0
	);
}

/** Blocks of a list item that produce output (empty paragraphs produce none). */
function renderedChildren(item: Node): Node[] {
	const out: Node[] = [];
	item.forEach((child) => {
		if (child.type !== schema.nodes.paragraph || child.content.size > 0) out.push(child);
	});
	return out;
}

function endsWithOpenParagraph(node: Node): boolean {
	if (node.type === schema.nodes.paragraph) return node.content.size > 0;
	if (node.type === schema.nodes.blockquote) {
		const last = renderedChildren(node).at(-1);
		return last !== undefined && endsWithOpenParagraph(last);
	}
	if (node.type === schema.nodes.bullet_list || node.type === schema.nodes.ordered_list) {
		const last = renderedChildren(node.lastChild!).at(-1);
		return last !== undefined && endsWithOpenParagraph(last);
	}
	return false;
}

/** Whether a block can start on the line right after a paragraph line without joining it. */
function canInterruptParagraph(node: Node): boolean {
	const { nodes } = schema;
	if (node.type === nodes.paragraph) return false;
	if (node.type === nodes.bullet_list) return renderedChildren(node.firstChild!).length > 0;
	if (node.type === nodes.ordered_list) {
		// CommonMark: only a list starting at 1, with a non-empty first item, interrupts a paragraph.
		return node.attrs.order === 1 && renderedChildren(node.firstChild!).length > 0;
	}
	return true;
}

function isList(node: Node): boolean {
	return node.type === schema.nodes.bullet_list || node.type === schema.nodes.ordered_list;
}

/** Whether every item's blocks can sit on consecutive lines and still read back as written. */
function tightIsWritable(list: Node): boolean {
	let ok = true;
	list.forEach((item) => {
		const blocks = renderedChildren(item);
		for (let i = 1; i < blocks.length && ok; i++) {
			const a = blocks[i - 1];
			const b = blocks[i];
			if (endsWithOpenParagraph(a) && !canInterruptParagraph(b)) ok = false;
			// Consecutive quote lines merge; prosemirror-markdown puts blank lines between same-type lists.
			else if (a.type === schema.nodes.blockquote && b.type === schema.nodes.blockquote) ok = false;
			else if (isList(a) && a.type === b.type) ok = false;
		}
	});
	return ok;
}

/**
 * How a list is written. markdown-it calls a list loose when blank lines separate its items or
 * blocks; with one item of one block that cannot be written, and with no paragraph directly in
 * an item it cannot be seen (and reads back as tight). Otherwise the node's `tight` wins when
 * it can be written.
 */
function writeTight(list: Node): boolean {
	const writable = tightIsWritable(list);
	let directParagraph = false;
	list.forEach((item) =>
		item.forEach((child) => {
			if (child.type === schema.nodes.paragraph && child.content.size > 0) directParagraph = true;
		})
	);
	if (!directParagraph) return writable;
	const looseVisible = list.childCount > 1 || renderedChildren(list.firstChild!).length > 1;
	if (!looseVisible) return true;
	return list.attrs.tight === true && writable;
}

function renderList(
	state: MarkdownSerializerState,
	node: Node,
	indent: string,
	marker: (i: number) => string,
	bullet = ''
): void {
	const tight = writeTight(node);
	const written =
		tight === node.attrs.tight ? node : node.type.create({ ...node.attrs, tight }, node.content);
	listsOf(state).push(bullet);
	state.renderList(written, indent, marker);
	listsOf(state).pop();
}

/** Position among same-type sibling lists: adjacent lists alternate markers so they stay apart. */
function runIndex(parent: Node, index: number, type: Node['type']): number {
	let n = 0;
	while (index - n - 1 >= 0 && parent.child(index - n - 1).type === type) n++;
	return n;
}

const serializer = new MarkdownSerializer(
	{
		blockquote(state, node) {
			// Blocks inside a quote are always blank-line separated, even in a tight list item
			// (prosemirror-markdown would let the list's tightness leak in: `> a` + `> -` is a
			// setext heading).
			const inner = internals(state);
			const wasTight = inner.inTightList;
			inner.inTightList = false;
			state.wrapBlock('> ', null, node, () => state.renderContent(node));
			inner.inTightList = wasTight;
		},
		code_block(state, node) {
			const params = String(node.attrs.params ?? '').replace(/[\r\n]+/g, ' ');
			// A backtick fence's info string may not contain backticks; a tilde fence's may.
			const char = params.includes('`') ? '~' : '`';
			const text = node.textContent;
			let longest = 0;
			for (const run of text.match(char === '`' ? /`+/g : /~+/g) ?? []) {
				longest = Math.max(longest, run.length);
			}
			const fence = char.repeat(Math.max(3, longest + 1));
			// An info string starting with the fence character would lengthen the fence; the
			// parser trims the separating space.
			state.write(fence + (params.startsWith(char) ? ' ' : '') + params + '\n');
			state.text(text, false);
			state.write('\n');
			state.write(fence);
			state.closeBlock(node);
		},
		heading,
		horizontal_rule(state, node, parent, index) {
			// `- ---` is itself a thematic break, not a list item holding one; `___` never is
			// ambiguous with a list marker or a setext underline. On the document's first line,
			// `---` would open front matter.
			const first = parent.type === schema.topNodeType && index === 0;
			state.write(listsOf(state).length > 0 ? '___' : first ? '***' : '---');
			state.closeBlock(node);
		},
		bullet_list(state, node, parent, index) {
			// Adjacent lists alternate bullets from the first of the run, which must differ from
			// the enclosing list's bullet when it opens on that item's line.
			const position = runIndex(parent, index, node.type);
			const first = index - position;
			const onParentLine =
				parent.type === schema.nodes.list_item &&
				first === 1 &&
				isSkippedLead(parent, parent.child(0), 0);
			const start = onParentLine && listsOf(state).at(-1) === '-' ? '*' : '-';
			const bullet = position % 2 === 0 ? start : start === '-' ? '*' : '-';
			renderList(state, node, '  ', () => bullet + ' ', bullet);
		},
		ordered_list(state, node, parent, index) {
			const delimiter = runIndex(parent, index, node.type) % 2 === 0 ? '.' : ')';
			const start = node.attrs.order as number;
			// CommonMark allows nine digits; past that, repeat the start number (only it counts).
			const numberOf = (i: number) =>
				start + node.childCount - 1 > 999_999_999 ? start : start + i;
			const width = String(numberOf(node.childCount - 1)).length;
			renderList(state, node, ' '.repeat(width + 2), (i) => {
				const n = String(numberOf(i));
				return ' '.repeat(width - n.length) + n + delimiter + ' ';
			});
		},
		list_item(state, node, parent) {
			const tight = parent.attrs.tight === true;
			let first = true;
			const task = node.attrs.checked;
			if (task !== null) state.write(task ? '[x] ' : '[ ] ');
			node.forEach((child, _, i) => {
				if (task === null && isSkippedLead(node, child, i)) return;
				if (!first && tight) internals(state).flushClose(1);
				first = false;
				state.render(child, node, i);
			});
		},
		paragraph(state, node) {
			writeInline(state, node);
			state.closeBlock(node);
		},
		raw_block(state, node, parent, index) {
			const source = String(node.attrs.source);
			if (
				node.attrs.kind === 'front_matter' &&
				!(parent.type === schema.topNodeType && index === 0)
			) {
				// Front matter only means something on the first line; elsewhere it is YAML text.
				const code = schema.nodes.code_block.create(
					{ params: 'yaml' },
					source ? schema.text(source) : null
				);
				serializer.nodes.code_block(state, code, parent, index);
				return;
			}
			state.text(source, false);
			state.closeBlock(node);
		},
		table
	},
	// Inline content is written by `writeInline`, which orders marks by how far they reach (the
	// stock renderInline opens them in schema order, so `**_a_ b**` came out as `***a*** **b**`
	// and broke). These specs only satisfy the constructor.
	{}
);

/** A GFM table: header row, delimiter row with each column's alignment, body rows. */
function table(state: MarkdownSerializerState, node: Node): void {
	const rows: string[][] = [];
	const aligns: (string | null)[] = [];
	node.forEach((row, _, r) => {
		const cells: string[] = [];
		row.forEach((cell) => {
			if (r === 0) aligns.push((cell.attrs.align as string | null) ?? null);
			cells.push(cellMarkdown(cell));
			// A merged cell has no GFM form: the columns it spans are written empty.
			for (let c = 1; c < (cell.attrs.colspan as number); c++) {
				if (r === 0) aligns.push(null);
				cells.push('');
			}
		});
		rows.push(cells);
	});
	const width = Math.max(1, ...rows.map((cells) => cells.length));
	const line = (cells: string[]) => {
		const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
		return '| ' + padded.join(' | ') + ' |';
	};
	const delimiter = Array.from({ length: width }, (_, i) => {
		const align = aligns[i];
		return align === 'left'
			? ':--'
			: align === 'center'
				? ':-:'
				: align === 'right'
					? '--:'
					: '---';
	});
	const lines = [line(rows[0] ?? []), '| ' + delimiter.join(' | ') + ' |'];
	for (const cells of rows.slice(1)) lines.push(line(cells));
	state.text(lines.join('\n'), false);
	state.closeBlock(node);
}

/** One cell's inline Markdown on one line, pipes escaped. */
function cellMarkdown(cell: Node): string {
	const State = MarkdownSerializerState as unknown as new (
		nodes: typeof serializer.nodes,
		marks: typeof serializer.marks,
		options: object
	) => MarkdownSerializerState;
	const parts: string[] = [];
	cell.forEach((block) => {
		if (!block.isTextblock) return;
		// A line break has no form inside a cell: it becomes a space.
		const children: Node[] = [];
		block.forEach((child) =>
			children.push(isHardBreak(child) ? schema.text(' ', child.marks) : child)
		);
		const flat = schema.nodes.paragraph.create(null, children);
		const sub = new State(serializer.nodes, serializer.marks, {});
		// Not at a line start: nothing in a cell is block syntax.
		internals(sub).out = '|';
		const was = inTableCell;
		inTableCell = true;
		try {
			writeInline(sub, flat);
		} finally {
			inTableCell = was;
		}
		parts.push(internals(sub).out.slice(1));
	});
	return parts.join(' ').replace(/\n/g, ' ').trim();
}

function heading(state: MarkdownSerializerState, node: Node): void {
	state.write('#'.repeat(node.attrs.level as number) + ' ');
	writeInline(state, node);
	state.closeBlock(node);
}

/** An open mark and the delimiter that will close it. */
interface OpenMark {
	mark: Mark;
	close: string;
}

const EMPHASIS = new Set(['em', 'strong']);
/** Marks written with flanking delimiters, which can neither start nor end at whitespace. */
const FLANKED = new Set(['em', 'strong', 'strike']);
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/** Effective marks per child, computed once per textblock (see `marksAt`). */
const effectiveMarks = new WeakMap<Node[], (readonly Mark[])[]>();

/** Marks a child is written with. A hard break keeps only marks that continue past it. */
function marksAt(children: Node[], i: number): readonly Mark[] {
	let all = effectiveMarks.get(children);
	if (!all) {
		all = new Array<readonly Mark[]>(children.length);
		let next: Node | undefined;
		for (let k = children.length - 1; k >= 0; k--) {
			const node = children[k];
			if (!isHardBreak(node)) {
				all[k] = node.marks;
				next = node;
			} else {
				const after = next;
				all[k] = after
					? node.marks.filter((m) => m.type !== schema.marks.code && m.isInSet(after.marks))
					: [];
			}
		}
		effectiveMarks.set(children, all);
	}
	return all[i];
}

/** How many children from `i` on carry `mark`: longer-reaching marks open first (outermost). */
function reach(children: Node[], i: number, mark: Mark): number {
	if (mark.type === schema.marks.code) return 0; // code spans hold raw text: always innermost
	let j = i;
	while (j < children.length && mark.isInSet(marksAt(children, j))) j++;
	return j - i;
}

// Whitespace as markdown-it's flanking rules see it (`isWhiteSpace`): narrower than `\s`, which
// also holds U+2028 and U+FEFF, and those count as letters next to a delimiter.
const FLANKING_SPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** Whether a character next to `_` keeps it from opening or closing (anything but space or ASCII punctuation). */
function isWordChar(char: string | undefined): boolean {
	return char !== undefined && !FLANKING_SPACE.test(char) && !ASCII_PUNCT.test(char);
}

/**
 * Whether emphasis opened at child `i` may use `_`: underscores only open and close next to
 * whitespace or punctuation, so the character before the opener and the one after the closer
 * must not be a letter or digit. Conservative: when unsure, say no (and `*` is used).
 */
function underscoreFits(
	mark: Mark,
	children: Node[],
	i: number,
	before: string | undefined
): boolean {
	if (isWordChar(before)) return false;
	const j = i + reach(children, i, mark);
	if (j >= children.length || isHardBreak(children[j])) return true;
	const prev = children[j - 1];
	if (prev.isText && WHITESPACE.test((prev.text ?? '').slice(-1))) return true;
	if (marksAt(children, j).some((m) => !m.isInSet(marksAt(children, j - 1)))) return true;
	return !isWordChar((children[j].text ?? '')[0]);
}

/**
 * Write a textblock's inline content: marks nest by reach, emphasis sheds whitespace at its
 * inside edges (CommonMark emphasis cannot start or end with a space), code spans and autolinks
 * hold raw text, plain text is escaped for where it lands, and an emphasis delimiter that would
 * touch a `*` delimiter switches to `_` where flanking allows (`***a*b*c***` misparses,
 * `__*a*b*c*__` does not).
 */
function writeInline(state: MarkdownSerializerState, parent: Node): void {
	const children: Node[] = [];
	parent.forEach((child) => children.push(child));
	const lastContent = children.findLastIndex((n) => !isHardBreak(n));
	const stack: OpenMark[] = [];
	const isHeading = parent.type === schema.nodes.heading;
	let pendingSpace = '';
	// The emphasis delimiter character written last, while nothing else has followed it.
	let lastDelimiter: string | null = null;

	const put = (markdown: string, delimiter: string | null = null) => {
		if (markdown) state.text(markdown, false);
		lastDelimiter = delimiter;
	};
	const plain = (text: string, i: number, edges: Partial<TextPosition>) => {
		state.write();
		put(
			escapeText(text, {
				lineStart: atLineStart(state),
				contentStart: i === 0 || isHardBreak(children[i - 1]),
				contentEnd: i === children.length - 1 || isHardBreak(children[i + 1]),
				headingEnd: isHeading && i === children.length - 1,
				firstInBlock: i === 0,
				...edges
			})
		);
	};
	const close = () => {
		const { close } = stack.pop()!;
		put(close, /^[*_]+$/.test(close) ? close[0] : null);
	};
	/**
	 * Close marks down to `depth`. Whitespace shed from the end of emphasis goes after the
	 * emphasis closers but, where nesting allows, before link closers, so it keeps its link.
	 */
	const closeTo = (depth: number, last: number) => {
		while (stack.length > depth) {
			const emphasisLeft = stack.slice(depth).some((o) => FLANKED.has(o.mark.type.name));
			if (pendingSpace && !emphasisLeft) writePending(last);
			close();
		}
		writePending(last);
	};
	const writePending = (last: number) => {
		if (pendingSpace) plain(pendingSpace, last, { contentStart: false, lineStart: false });
		pendingSpace = '';
	};
	const open = (marks: Mark[], i: number) => {
		interface Planned {
			mark: Mark;
			char: string;
			fits: boolean;
			after: string | null;
		}
		// Flush pending block closes and container prefixes so the output shows what precedes.
		state.write();
		const plan: Planned[] = [];
		let previous: string | null = lastDelimiter;
		let previousPlanned: Planned | null = null;
		for (const mark of marks) {
			if (!EMPHASIS.has(mark.type.name)) {
				plan.push({ mark, char: '', fits: false, after: previous });
				previous = null;
				previousPlanned = null;
				continue;
			}
			// After closers at this boundary, an opener follows a delimiter (punctuation), and
			// `_` there cannot spoil them: `**a*b***_c_` reads back right. At the start of a run,
			// the character before it decides for every opener in the run.
			const out = internals(state).out;
			const before =
				lastDelimiter !== null
					? lastDelimiter
					: out.length === 0 || out.endsWith('\n')
						? ' '
						: out.slice(-1);
			const entry: Planned = {
				mark,
				char: '*',
				fits: underscoreFits(mark, children, i, before),
				after: previous
			};
			if (previous === '*') {
				if (entry.fits) entry.char = '_';
				else if (previousPlanned?.fits && previousPlanned.after !== '_') previousPlanned.char = '_';
			}
			plan.push(entry);
			previous = entry.char;
			previousPlanned = entry;
		}
		for (const { mark, char } of plan) {
			if (char) {
				const delimiter = mark.type.name === 'strong' ? char + char : char;
				put(delimiter, char);
				stack.push({ mark, close: delimiter });
			} else if (mark.type === schema.marks.strike) {
				put('~~');
				stack.push({ mark, close: '~~' });
			} else if (mark.type === schema.marks.code) {
				put(codeDelimiter(children[i], true));
				stack.push({ mark, close: codeDelimiter(children[i], false) });
			} else {
				const auto = isAutolink(mark, children, i);
				put(auto ? '<' : '[');
				const close = auto
					? '>'
					: `](${linkDestination(mark.attrs.href as string)}${linkTitle(mark.attrs.title)})`;
				stack.push({ mark, close });
			}
		}
	};

	for (let i = 0; i < children.length; i++) {
		const node = children[i];
		let marks = marksAt(children, i);
		// Emphasis can neither start nor end at whitespace, so a whitespace-only node never
		// opens or closes it: it stays outside unless the emphasis runs on through it unbroken.
		if (node.isText && !schema.marks.code.isInSet(marks) && /^\s+$/.test(node.text ?? '')) {
			const next = i + 1 < children.length ? marksAt(children, i + 1) : [];
			let unbroken = 0;
			for (const { mark } of stack) {
				const stays =
					mark.isInSet(marks) &&
					mark.type !== schema.marks.code &&
					(!FLANKED.has(mark.type.name) || mark.isInSet(next));
				if (!stays) break;
				unbroken++;
			}
			const through = stack.slice(0, unbroken).map((o) => o.mark);
			marks = marks.filter((m) => !FLANKED.has(m.type.name) || m.isInSet(through));
		}
		let keep = 0;
		// A code span never continues into the next node: its content is raw, so marks that
		// change inside a run of code need the span closed and reopened around their delimiters.
		while (
			keep < stack.length &&
			stack[keep].mark.isInSet(marks) &&
			stack[keep].mark.type !== schema.marks.code
		) {
			keep++;
		}
		closeTo(keep, i - 1);

		const toOpen = marks
			.filter((m) => !stack.some((o) => o.mark.eq(m)))
			.map((m) => ({ m, reach: reach(children, i, m) }))
			.sort((a, b) => b.reach - a.reach) // stable: ties keep schema order
			.map(({ m }) => m);

		if (isHardBreak(node)) {
			open(toOpen, i);
			// A trailing hard break has no Markdown form; one before more content is `\` + newline.
			if (i < lastContent) {
				state.write('\\\n');
				lastDelimiter = null;
			}
			continue;
		}

		let text = node.text ?? '';
		const code = schema.marks.code.isInSet(marks);
		const lead = code ? '' : (/^\s+/.exec(text)?.[0] ?? '');
		if (lead && lead.length < text.length && toOpen.some((m) => FLANKED.has(m.type.name))) {
			// Emphasis cannot start with whitespace: open links first, write the whitespace inside
			// them, then open the emphasis.
			open(
				toOpen.filter((m) => !FLANKED.has(m.type.name)),
				i
			);
			plain(lead, i, { contentEnd: false, headingEnd: false });
			text = text.slice(lead.length);
			open(
				toOpen.filter((m) => FLANKED.has(m.type.name)),
				i
			);
		} else {
			open(toOpen, i);
		}
		// Emphasis closing right after this node must not end in whitespace either.
		const after = i + 1 < children.length ? marksAt(children, i + 1) : [];
		const closesEmphasis = stack.some(
			(o) => FLANKED.has(o.mark.type.name) && !o.mark.isInSet(after)
		);
		if (closesEmphasis && !code) {
			const trail = /\s+$/.exec(text)?.[0] ?? '';
			if (trail && trail.length < text.length) {
				pendingSpace = trail;
				text = text.slice(0, -trail.length);
			}
		}

		const link = schema.marks.link.isInSet(marks);
		if (code) {
			state.write();
			const span = text.replace(/\r\n?|\n/g, ' ');
			put(inTableCell ? span.replace(/\|/g, '\\|') : span);
		} else if (link && isAutolink(link, children, i)) {
			state.write();
			put(text);
		} else {
			plain(text, i, pendingSpace ? { contentEnd: false, headingEnd: false } : {});
		}
	}
	closeTo(0, children.length - 1);
}

/** Output kept in the state's `out` before older text moves to finished chunks. */
const OUT_WINDOW = 8192;
/** Most of the current line kept in `out` (deep container prefixes are far shorter). */
const LINE_WINDOW = 1024;

/**
 * `MarkdownSerializer.serialize`, but with the state's `out` kept short. prosemirror-markdown
 * appends to `out` and then reads its last character, which makes V8 flatten the whole string
 * on every write: a 700,000-character document took 60 s. Every read of `out` (here and in
 * prosemirror-markdown) looks only at the end of the current line, so finished text can move
 * to a list of chunks; this brings that document to well under a second.
 */
function serialize(doc: Node): string {
	const State = MarkdownSerializerState as unknown as new (
		nodes: typeof serializer.nodes,
		marks: typeof serializer.marks,
		options: object
	) => MarkdownSerializerState;
	const state = new State(serializer.nodes, serializer.marks, {});
	const chunks: string[] = [];
	let tail = '';
	Object.defineProperty(state, 'out', {
		get: () => tail,
		set: (value: string) => {
			if (value.length <= OUT_WINDOW) {
				tail = value;
				return;
			}
			// Keep the current line (capped) and the character before its newline.
			const lineStart = value.lastIndexOf('\n') + 1;
			const keepFrom = Math.max(
				0,
				Math.min(value.length - 2, Math.max(lineStart - 2, value.length - LINE_WINDOW))
			);
			chunks.push(value.slice(0, keepFrom));
			tail = value.slice(keepFrom);
		}
	});
	state.renderContent(doc);
	return chunks.join('') + tail;
}

const TRAILING_SPACE = /[ \t]+$/;

/** A textblock without spaces and tabs at the end of each line (before a hard break or the end). */
function trimTextblock(block: Node): Node {
	const children: Node[] = [];
	block.forEach((child) => children.push(child));
	let changed = false;
	const lineEnds = [children.length];
	children.forEach((child, i) => {
		if (isHardBreak(child)) lineEnds.push(i);
	});
	// From the last line end back, so removing nodes leaves earlier indices valid.
	lineEnds.sort((x, y) => y - x);
	for (const end of lineEnds) {
		for (let i = end - 1; i >= 0 && !isHardBreak(children[i]); i--) {
			const node = children[i];
			if (!node.isText || schema.marks.code.isInSet(node.marks)) break;
			const text = (node.text ?? '').replace(TRAILING_SPACE, '');
			if (text === node.text) break;
			changed = true;
			if (text) {
				children[i] = schema.text(text, node.marks);
				break;
			}
			children.splice(i, 1);
		}
	}
	return changed ? block.copy(Fragment.fromArray(children)) : block;
}

/**
 * The document with trailing spaces and tabs removed from every line of text (before a hard
 * break and at the end of a textblock), outside code. Markdown cannot show them (a renderer
 * trims them), so export normalises them away instead of writing `&#x20;`. Returns `doc`
 * itself when nothing changes.
 */
export function trimTrailingSpaces(doc: Node): Node {
	if (doc.isTextblock) return doc.type.spec.code ? doc : trimTextblock(doc);
	if (doc.isLeaf) return doc;
	let changed = false;
	const children: Node[] = [];
	doc.forEach((child) => {
		const next = trimTrailingSpaces(child);
		if (next !== child) changed = true;
		children.push(next);
	});
	return changed ? doc.copy(Fragment.fromArray(children)) : doc;
}

/**
 * Serialize a `schema` document body to CommonMark. With a non-empty `title`, the output starts
 * with `# title`. When there is no title but the body itself starts with a level-1 heading, an
 * empty `#` line is written first so that `markdownToDoc` keeps that heading in the body.
 *
 * Not representable, so changed on the way out: empty paragraphs (dropped), newlines inside
 * text (written as spaces), whitespace at the inside edges of emphasis (moved outside),
 * trailing hard breaks (dropped).
 */
export function docToMarkdown(doc: Node, title?: string): string {
	const blocks: Node[] = [];
	const rest: Node[] = [];
	trimTrailingSpaces(doc).forEach((block) => rest.push(block));
	// Front matter stays on the first line, before the title.
	if (rest[0]?.type === schema.nodes.raw_block && rest[0].attrs.kind === 'front_matter') {
		blocks.push(rest.shift()!);
	}
	const first = rest[0];
	const bodyStartsWithTitleLike = first?.type === schema.nodes.heading && first.attrs.level === 1;
	if (title) {
		blocks.push(schema.nodes.heading.create({ level: 1 }, schema.text(title)));
	} else if (bodyStartsWithTitleLike) {
		blocks.push(schema.nodes.heading.create({ level: 1 }));
	}
	blocks.push(...rest);
	const markdown = serialize(schema.topNodeType.create(null, blocks));
	return markdown.endsWith('\n') || markdown === '' ? markdown : markdown + '\n';
}
