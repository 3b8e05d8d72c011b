/**
 * Markdown → ProseMirror document. CommonMark only (markdown-it's `commonmark` preset) with raw
 * HTML off, so `<script>` and friends stay literal text and never become DOM. Everything the
 * schema cannot hold is turned into text or dropped, and each such change is reported as a
 * notice the UI can show ("2 images were kept as text").
 */
import MarkdownIt, { type StateBlock, type StateCore, type Token } from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import type { Node } from 'prosemirror-model';
import { MAX_HEADING_LEVEL, schema } from './schema';
import { safeHref } from './url';

/** Longest Markdown string `markdownToDoc` accepts (characters). Larger input is refused, not cut. */
export const MAX_MARKDOWN_CHARS = 2_000_000;

/**
 * Deepest block nesting (markdown-it levels: a list counts two, a blockquote one) that is parsed.
 * Deeper content is dropped with a notice. It keeps documents well under the model's JSON depth
 * limit and keeps ProseMirror's recursive algorithms off the stack limit.
 */
export const MAX_MARKDOWN_NESTING = 32;

/** What `markdownToDoc` returns: a document, or why there is none. Never thrown. */
export type MarkdownParseResult =
	| {
			ok: true;
			/** The body, a valid `schema` doc (at least one block). */
			doc: Node;
			/** Text of a leading level-1 heading, removed from the body; null when there was none. */
			title: string | null;
			/** One sentence per kind of change made on import, for the user. Empty when nothing changed. */
			notices: string[];
	  }
	| { ok: false; error: string };

/** Counts of lossy changes made while reading one document, keyed by kind. */
interface Changes {
	images: number;
	unsafeLinks: number;
	deepHeadings: number;
	headingBreaks: number;
	tooDeep: boolean;
	unknown: Map<string, number>;
}

interface ParseEnv {
	changes: Changes;
	title: string | null;
}

// `html: true` only so that markdown-it finds where raw HTML blocks start and end: they become
// verbatim `raw_block` nodes (shown as source, never as DOM); inline HTML becomes plain text.
const md = new MarkdownIt('commonmark', { html: true, maxNesting: MAX_MARKDOWN_NESTING });
md.enable(['table', 'strikethrough']);
// markdown-it's own link check silently turns a refused link into literal `[x](javascript:…)`
// text. We accept every destination here and judge it with safeHref in `sanitize`, which is
// stricter (an allowlist) and lets us tell the user.
md.validateLink = () => true;
// Keep destinations exactly as written (after CommonMark unescaping): percent-encoding them
// would make `doc → Markdown → doc` change hrefs that contain spaces or non-ASCII characters.
md.normalizeLink = (url) => url;
md.normalizeLinkText = (url) => url;
md.block.ruler.before('table', 'fivefold_front_matter', frontMatter);
md.block.ruler.after('fence', 'fivefold_math', mathBlock, { alt: ['paragraph'] });
md.block.ruler.before('reference', 'fivefold_footnote', footnoteDefinition, {
	alt: ['paragraph', 'reference']
});
md.core.ruler.push('fivefold_tasks', taskItems);
md.core.ruler.push('fivefold_sanitize', sanitize);

function lineText(state: StateBlock, line: number): string {
	return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/** The source of lines `start`..`end` (exclusive) with the block's indent removed. */
function sourceLines(state: StateBlock, start: number, end: number): string {
	return state.getLines(start, end, state.blkIndent, false).replace(/\n+$/, '');
}

function rawToken(state: StateBlock, kind: string, start: number, end: number): void {
	const token = state.push('raw_block', '', 0);
	token.info = kind;
	token.content = sourceLines(state, start, end);
	token.map = [start, end];
	state.line = end;
}

/** YAML front matter: `---` on the first line of the document, up to a `---` or `...` line. */
function frontMatter(state: StateBlock, start: number, end: number, silent: boolean): boolean {
	if (start !== 0 || state.level !== 0 || state.blkIndent !== 0 || state.tShift[0] !== 0)
		return false;
	if (state.src.slice(state.bMarks[0], state.eMarks[0]) !== '---') return false;
	for (let line = 1; line < end; line++) {
		const text = state.src.slice(state.bMarks[line], state.eMarks[line]);
		if (text === '---' || text === '...') {
			if (!silent) rawToken(state, 'front_matter', 0, line + 1);
			return true;
		}
	}
	return false;
}

/** A display-math block: a line starting with `$$`, up to a line ending with `$$`. */
function mathBlock(state: StateBlock, start: number, end: number, silent: boolean): boolean {
	if (state.sCount[start] - state.blkIndent >= 4) return false;
	const first = lineText(state, start);
	if (!first.startsWith('$$')) return false;
	let last = -1;
	if (first.length > 2 && first.trimEnd().endsWith('$$') && first.trimEnd().length >= 4)
		last = start;
	for (let line = start + 1; last < 0 && line < end; line++) {
		if (state.isEmpty(line) || state.sCount[line] < state.blkIndent) break;
		if (lineText(state, line).trimEnd().endsWith('$$')) last = line;
	}
	if (last < 0) return false;
	if (!silent) rawToken(state, 'math', start, last + 1);
	return true;
}

/**
 * A footnote definition (`[^label]: text`), with its lazy continuation lines and indented
 * paragraphs after blank lines.
 */
function footnoteDefinition(
	state: StateBlock,
	start: number,
	end: number,
	silent: boolean
): boolean {
	if (state.sCount[start] - state.blkIndent >= 4) return false;
	if (!/^\[\^[^\]\s]+\]:/.test(lineText(state, start))) return false;
	if (silent) return true;
	let last = start;
	for (let line = start + 1; line < end; line++) {
		if (state.isEmpty(line)) continue;
		const indented = state.sCount[line] - state.blkIndent >= 4;
		const afterBlank = line > last + 1;
		if (afterBlank && !indented) break;
		if (!indented && /^\[\^[^\]\s]+\]:/.test(lineText(state, line))) break;
		if (state.sCount[line] < state.blkIndent) break;
		last = line;
	}
	rawToken(state, 'footnote', start, last + 1);
	return true;
}

const TASK = /^\[([ xX])\](?:[ \t]+|$)/;

/** GFM task list items: `- [ ] text` / `- [x] text` set `checked` on the item and lose the box. */
function taskItems(state: StateCore): void {
	const tokens = state.tokens;
	for (let i = 0; i + 2 < tokens.length; i++) {
		if (tokens[i].type !== 'list_item_open') continue;
		if (tokens[i + 1].type !== 'paragraph_open' || tokens[i + 2].type !== 'inline') continue;
		const inline = tokens[i + 2];
		const first = inline.children?.[0];
		if (!first || first.type !== 'text') continue;
		const match = TASK.exec(first.content);
		if (!match) continue;
		// `[ ]` must be the whole first line or be followed by whitespace (GFM).
		if (match[0].length === 3 && first.content.length > 3) continue;
		first.content = first.content.slice(match[0].length);
		inline.content = inline.content.slice(match[0].length);
		tokens[i].attrSet('checked', match[1] === ' ' ? 'false' : 'true');
	}
}

/** Token types the parser below maps onto the schema; anything else is converted in `sanitize`. */
const KNOWN_BLOCK = new Set([
	'paragraph_open',
	'paragraph_close',
	'heading_open',
	'heading_close',
	'blockquote_open',
	'blockquote_close',
	'bullet_list_open',
	'bullet_list_close',
	'ordered_list_open',
	'ordered_list_close',
	'list_item_open',
	'list_item_close',
	'code_block',
	'fence',
	'hr',
	'inline',
	'raw_block',
	'table_open',
	'table_close',
	'thead_open',
	'thead_close',
	'tbody_open',
	'tbody_close',
	'tr_open',
	'tr_close'
]);
const CONTAINERS = new Set([
	'blockquote_open',
	'bullet_list_open',
	'ordered_list_open',
	'list_item_open'
]);
const KNOWN_INLINE = new Set([
	'text',
	'softbreak',
	'hardbreak',
	'em_open',
	'em_close',
	'strong_open',
	'strong_close',
	'link_open',
	'link_close',
	'code_inline',
	's_open',
	's_close'
]);

function sanitize(state: StateCore): void {
	const env = state.env as unknown as ParseEnv;
	const { changes } = env;
	const tokens = state.tokens;

	// A leading `# Title` (after front matter, if any) is the document's title, not body.
	const head = tokens[0]?.type === 'raw_block' && tokens[0].info === 'front_matter' ? 1 : 0;
	if (
		tokens[head]?.type === 'heading_open' &&
		tokens[head].tag === 'h1' &&
		tokens[head + 1]?.type === 'inline'
	) {
		env.title = plainText(tokens[head + 1].children ?? []);
		tokens.splice(head, 3);
	}

	let headingDepth = 0;
	const out: Token[] = [];
	for (const token of tokens) {
		// markdown-it stops reading (and drops the rest of the input) once nesting reaches
		// maxNesting; an opening token at the last level is where that happens.
		if (CONTAINERS.has(token.type) && token.level >= MAX_MARKDOWN_NESTING - 1) {
			changes.tooDeep = true;
		}
		if (token.type === 'heading_open') {
			headingDepth++;
			if (Number(token.tag.slice(1)) > MAX_HEADING_LEVEL) changes.deepHeadings++;
		} else if (token.type === 'heading_close') {
			headingDepth--;
		}
		if (token.type === 'fence') token.info = token.info.replace(/[\r\n]/g, ' ').trim();
		if (token.type === 'inline') {
			token.children = sanitizeInline(token.children ?? [], headingDepth > 0, state, changes);
		}
		if (KNOWN_BLOCK.has(token.type)) {
			out.push(token);
		} else if (token.type === 'th_open' || token.type === 'td_open') {
			// A cell holds one paragraph (its inline content), which markdown-it does not emit.
			out.push(token, new state.Token('paragraph_open', 'p', 1));
		} else if (token.type === 'th_close' || token.type === 'td_close') {
			out.push(new state.Token('paragraph_close', 'p', -1), token);
		} else if (token.type === 'html_block') {
			// Kept verbatim as source; raw HTML never becomes a node of its own.
			const raw = new state.Token('raw_block', '', 0);
			raw.info = 'html';
			raw.content = token.content.replace(/\n+$/, '');
			out.push(raw);
		} else {
			count(changes.unknown, token.type);
		}
	}
	state.tokens = out;
}

function sanitizeInline(
	children: Token[],
	inHeading: boolean,
	state: StateCore,
	changes: Changes
): Token[] {
	const out: Token[] = [];
	// For each link still open: whether it was kept (false: its href was unsafe and it was dropped).
	const links: boolean[] = [];
	// For each em/strong still open: whether it was kept. ProseMirror marks do not nest, so an
	// emphasis inside the same emphasis (`*a *b* c*`) is dropped; otherwise its close would end
	// the outer one early.
	const emphasis: Record<string, boolean[]> = { em: [], strong: [] };
	for (const token of children) {
		switch (token.type) {
			case 'em_open':
			case 'strong_open': {
				const open = emphasis[token.type.slice(0, -5)];
				open.push(!open.includes(true));
				if (open[open.length - 1]) out.push(token);
				continue;
			}
			case 'em_close':
			case 'strong_close':
				if (emphasis[token.type.slice(0, -6)].pop()) out.push(token);
				continue;
			case 'image':
				changes.images++;
				out.push(textToken(state, imageSource(token)));
				continue;
			case 'link_open': {
				const href = safeHref(String(token.attrGet('href') ?? ''));
				links.push(href !== null);
				if (href !== null) out.push(token);
				else changes.unsafeLinks++;
				continue;
			}
			case 'link_close':
				if (links.pop()) out.push(token);
				continue;
			case 'hardbreak':
				// Headings hold text only (an ATX heading is one line), so a setext heading's
				// hard break becomes the space a soft break would be.
				if (inHeading) {
					changes.headingBreaks++;
					out.push(textToken(state, ' '));
					continue;
				}
				break;
			case 'html_inline':
				// Unreachable with `html: false`; raw HTML is text, never markup.
				out.push(textToken(state, token.content));
				continue;
		}
		if (KNOWN_INLINE.has(token.type)) out.push(token);
		else if (token.content) {
			count(changes.unknown, token.type);
			out.push(textToken(state, token.content));
		} else count(changes.unknown, token.type);
	}
	return out;
}

/** The Markdown an image was written as, reconstructed so it can be kept as literal text. */
function imageSource(token: Token): string {
	const src = String(token.attrGet('src') ?? '');
	const title = token.attrGet('title');
	return `![${token.content}](${src}${title ? ` "${title}"` : ''})`;
}

function plainText(children: Token[]): string {
	let text = '';
	for (const token of children) {
		if (token.type === 'text' || token.type === 'code_inline') text += token.content;
		else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
		else if (token.type === 'image') text += imageSource(token);
	}
	return text;
}

function textToken(state: StateCore, content: string): Token {
	const token = new state.Token('text', '', 0);
	token.content = content;
	return token;
}

function count(map: Map<string, number>, key: string): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

function listIsTight(tokens: Token[], i: number): boolean {
	// markdown-it hides the paragraphs that sit directly in the items of a tight list. The first
	// such paragraph tells; a list without one (`- # a`) has no visible tightness, so say tight.
	const itemLevel = tokens[i].level + 2;
	for (let j = i + 1; j < tokens.length; j++) {
		const token = tokens[j];
		if (token.nesting === -1 && token.level === tokens[i].level) break;
		if (token.type === 'paragraph_open' && token.level === itemLevel) return token.hidden;
	}
	return true;
}

function cellAlign(token: Token): string | null {
	const match = /text-align:\s*(left|center|right)/.exec(String(token.attrGet('style') ?? ''));
	return match ? match[1] : null;
}

const parser = new MarkdownParser(schema, md, {
	blockquote: { block: 'blockquote' },
	paragraph: { block: 'paragraph' },
	list_item: {
		block: 'list_item',
		getAttrs: (token) => {
			const checked = token.attrGet('checked');
			return { checked: checked === null ? null : checked === 'true' };
		}
	},
	table: { block: 'table' },
	thead: { ignore: true },
	tbody: { ignore: true },
	tr: { block: 'table_row' },
	th: { block: 'table_header', getAttrs: (token) => ({ align: cellAlign(token) }) },
	td: { block: 'table_cell', getAttrs: (token) => ({ align: cellAlign(token) }) },
	raw_block: {
		node: 'raw_block',
		getAttrs: (token) => ({ kind: token.info, source: token.content })
	},
	s: { mark: 'strike' },
	bullet_list: {
		block: 'bullet_list',
		getAttrs: (_, tokens, i) => ({ tight: listIsTight(tokens, i) })
	},
	ordered_list: {
		block: 'ordered_list',
		getAttrs: (token, tokens, i) => ({
			order: Number(token.attrGet('start') ?? 1),
			tight: listIsTight(tokens, i)
		})
	},
	heading: {
		block: 'heading',
		getAttrs: (token) => ({ level: Math.min(Number(token.tag.slice(1)), MAX_HEADING_LEVEL) })
	},
	code_block: { block: 'code_block', noCloseToken: true },
	fence: { block: 'code_block', getAttrs: (token) => ({ params: token.info }), noCloseToken: true },
	hr: { node: 'horizontal_rule' },
	hardbreak: { node: 'hard_break' },
	em: { mark: 'em' },
	strong: { mark: 'strong' },
	link: {
		mark: 'link',
		getAttrs: (token) => ({
			href: String(token.attrGet('href') ?? ''),
			title: token.attrGet('title') ? String(token.attrGet('title')) : null
		})
	},
	code_inline: { mark: 'code', noCloseToken: true }
});

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function describe(changes: Changes): string[] {
	const notices: string[] = [];
	if (changes.images)
		notices.push(`${plural(changes.images, 'image was', 'images were')} kept as text.`);
	if (changes.unsafeLinks)
		notices.push(
			`${plural(changes.unsafeLinks, 'link was', 'links were')} kept as plain text because the address was not http, https, mailto or relative.`
		);
	if (changes.deepHeadings)
		notices.push(
			`${plural(changes.deepHeadings, 'heading', 'headings')} deeper than level ${MAX_HEADING_LEVEL} became level ${MAX_HEADING_LEVEL}.`
		);
	if (changes.headingBreaks)
		notices.push(
			`${plural(changes.headingBreaks, 'line break', 'line breaks')} inside a heading became a space.`
		);
	if (changes.tooDeep)
		notices.push(
			`Content nested more than ${MAX_MARKDOWN_NESTING} levels deep (lists and quotes inside each other) was dropped.`
		);
	for (const [type, n] of changes.unknown)
		notices.push(`${plural(n, 'unsupported element', 'unsupported elements')} (${type}) dropped.`);
	return notices;
}

/**
 * Parse CommonMark into a `schema` document. Never throws.
 *
 * - A first block that is a level-1 heading becomes `title` and leaves the body.
 * - Raw HTML stays literal text; images are kept as their literal Markdown text; tables and
 *   other extensions are not CommonMark and stay paragraphs of text.
 * - Links whose href fails `safeHref` lose the link (their text stays).
 * - Headings deeper than 3 become level 3.
 * Each of these changes adds one notice. Input longer than `MAX_MARKDOWN_CHARS` gives
 * `{ ok: false, error }`.
 */
export function markdownToDoc(markdown: string): MarkdownParseResult {
	if (typeof markdown !== 'string') return { ok: false, error: 'Markdown input must be text.' };
	if (markdown.length > MAX_MARKDOWN_CHARS) {
		return {
			ok: false,
			error: `This Markdown is ${markdown.length.toLocaleString('en')} characters long; the limit is ${MAX_MARKDOWN_CHARS.toLocaleString('en')}.`
		};
	}
	const env: ParseEnv = {
		title: null,
		changes: {
			images: 0,
			unsafeLinks: 0,
			deepHeadings: 0,
			headingBreaks: 0,
			tooDeep: false,
			unknown: new Map()
		}
	};
	try {
		const doc = parser.parse(markdown, env);
		doc.check();
		return { ok: true, doc, title: env.title, notices: describe(env.changes) };
	} catch (error) {
		return {
			ok: false,
			error: `Could not read this Markdown: ${error instanceof Error ? error.message : String(error)}`
		};
	}
}
