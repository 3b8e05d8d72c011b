/**
 * ProseMirror document → CommonMark. A prosemirror-markdown `MarkdownSerializer` whose escaping
 * is rewritten for this schema, because the stock one does not round-trip (RELIABILITY-NOTES,
 * "Markdown round trip"): a paragraph `+` or `1.` came back as a list, `x` + hard break + `---`
 * as a setext heading, adjacent lists merged, leading spaces vanished.
 *
 * The rule it is built to: for a document in normal form (see README), `markdownToDoc` of the
 * output gives the same document back, and serializing that again gives the same text.
 */
import { MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import type { Mark, Node } from 'prosemirror-model';
import { schema } from './schema';

/**
 * Serializer state fields that prosemirror-markdown keeps internal but that escaping must see:
 * the output so far (to know whether text starts a line) and the pending-close flush (to put
 * blocks of a tight list item on consecutive lines).
 */
interface StateInternals {
	out: string;
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

/** Lists being rendered, per state, so a thematic break inside one can avoid `- ---`. */
const listDepth = new WeakMap<MarkdownSerializerState, number>();

function entity(char: string): string {
	return `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`;
}

function atLineStart(state: MarkdownSerializerState): boolean {
	const out = internals(state).out;
	return CONTAINER_PREFIX.test(out.slice(out.lastIndexOf('\n') + 1));
}

/** Backslash-escape inline syntax characters: emphasis, code, links, autolinks, entities. */
function escapeInline(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
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
	if (/^[#>+\-=]/.test(text)) return '\\' + text;
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
	// A newline in a paragraph is a soft break, which reads back as a space: write the space.
	let raw = text.replace(/\r\n?|\n/g, ' ');
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
	let body = escapeInline(raw);
	if (at.lineStart && !head) body = escapeLineStart(body);
	if (at.headingEnd && !tail) {
		const closing = /(^|[ \t])(#+)$/.exec(body);
		if (closing && (closing[1] !== '' || (at.firstInBlock && !head))) {
			body = body.slice(0, closing.index + closing[1].length) + '\\' + closing[2];
		}
	}
	return head + body + tail;
}

function isHardBreak(node: Node | null | undefined): boolean {
	return node?.type === schema.nodes.hard_break;
}

function childOrNull(parent: Node, index: number): Node | null {
	return index >= 0 && index < parent.childCount ? parent.child(index) : null;
}

/** Whether a link can be written as `<href>`: its whole text is its href and nothing else marks it. */
function isAutolink(mark: Mark, parent: Node, index: number): boolean {
	const href = mark.attrs.href as string;
	const node = childOrNull(parent, index);
	if (!node?.isText || node.text !== href || mark.attrs.title) return false;
	if (!AUTOLINK.test(href) || /[&\\]/.test(href)) return false;
	if (schema.marks.code.isInSet(node.marks)) return false;
	const before = childOrNull(parent, index - 1);
	const after = childOrNull(parent, index + 1);
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
	return ` "${title.replace(/\r\n?|\n/g, ' ').replace(/[\\"&]/g, '\\$&')}"`;
}

/** Backtick delimiter for a code span: longer than any backtick run inside, padded if needed. */
function codeDelimiter(node: Node | null, opening: boolean): string {
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
	marker: (i: number) => string
): void {
	const tight = writeTight(node);
	const written =
		tight === node.attrs.tight ? node : node.type.create({ ...node.attrs, tight }, node.content);
	listDepth.set(state, (listDepth.get(state) ?? 0) + 1);
	state.renderList(written, indent, marker);
	listDepth.set(state, listDepth.get(state)! - 1);
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
			state.wrapBlock('> ', null, node, () => state.renderContent(node));
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
			state.write(fence + params + '\n');
			state.text(text, false);
			state.write('\n');
			state.write(fence);
			state.closeBlock(node);
		},
		heading(state, node) {
			state.write('#'.repeat(node.attrs.level as number) + ' ');
			state.renderInline(node, false);
			state.closeBlock(node);
		},
		horizontal_rule(state, node) {
			// `- ---` is itself a thematic break, not a list item holding one; `___` never is
			// ambiguous with a list marker or a setext underline.
			state.write((listDepth.get(state) ?? 0) > 0 ? '___' : '---');
			state.closeBlock(node);
		},
		bullet_list(state, node, parent, index) {
			const bullet = runIndex(parent, index, node.type) % 2 === 0 ? '-' : '*';
			renderList(state, node, '  ', () => bullet + ' ');
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
			node.forEach((child, _, i) => {
				if (isSkippedLead(node, child, i)) return;
				if (!first && tight) internals(state).flushClose(1);
				first = false;
				state.render(child, node, i);
			});
		},
		paragraph(state, node) {
			state.renderInline(node);
			state.closeBlock(node);
		},
		hard_break(state, node, parent, index) {
			// A trailing hard break has no Markdown form; one before more content is `\` + newline.
			for (let i = index + 1; i < parent.childCount; i++) {
				if (parent.child(i).type !== node.type) {
					state.write('\\\n');
					return;
				}
			}
		},
		text(state, node, parent, index) {
			const text = node.text ?? '';
			state.write();
			if (schema.marks.code.isInSet(node.marks)) {
				state.text(text.replace(/\r\n?|\n/g, ' '), false);
				return;
			}
			const link = schema.marks.link.isInSet(node.marks);
			if (link && isAutolink(link, parent, index)) {
				state.text(text, false);
				return;
			}
			const before = childOrNull(parent, index - 1);
			const after = childOrNull(parent, index + 1);
			const isHeading = parent.type === schema.nodes.heading;
			state.text(
				escapeText(text, {
					lineStart: atLineStart(state),
					contentStart: before === null || isHardBreak(before),
					contentEnd: after === null || isHardBreak(after),
					headingEnd: isHeading && after === null,
					firstInBlock: index === 0
				}),
				false
			);
		}
	},
	{
		em: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
		strong: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
		link: {
			open: (_state, mark, parent, index) => (isAutolink(mark, parent, index) ? '<' : '['),
			close: (_state, mark, parent, index) =>
				isAutolink(mark, parent, index - 1)
					? '>'
					: `](${linkDestination(mark.attrs.href as string)}${linkTitle(mark.attrs.title)})`,
			mixable: true
		},
		code: {
			open: (_state: MarkdownSerializerState, _mark: Mark, parent: Node, index: number) =>
				codeDelimiter(childOrNull(parent, index), true),
			close: (_state: MarkdownSerializerState, _mark: Mark, parent: Node, index: number) =>
				codeDelimiter(childOrNull(parent, index - 1), false)
		}
	}
);

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
	const first = doc.firstChild;
	const bodyStartsWithTitleLike = first?.type === schema.nodes.heading && first.attrs.level === 1;
	if (title) {
		blocks.push(schema.nodes.heading.create({ level: 1 }, schema.text(title)));
	} else if (bodyStartsWithTitleLike) {
		blocks.push(schema.nodes.heading.create({ level: 1 }));
	}
	doc.forEach((block) => blocks.push(block));
	const markdown = serializer.serialize(schema.topNodeType.create(null, blocks));
	return markdown.endsWith('\n') || markdown === '' ? markdown : markdown + '\n';
}
