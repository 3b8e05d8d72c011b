/**
 * The ProseMirror schema for Fivefold documents. It holds exactly what CommonMark can express
 * and what the app needs: node and mark names follow prosemirror-markdown's schema so its
 * parser and serializer conventions fit. Headings stop at level 3 (deeper ones are read as 3).
 * Images and raw HTML are deliberately absent: they are imported as text (see parse.ts).
 *
 * Attribute `validate` functions make `Node.check()` and `create()` reject bad values, so a
 * document built from imported JSON cannot carry a `javascript:` link or a level-9 heading.
 */
import { Schema, type DOMOutputSpec, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';
import { safeHref } from './url';

/** Highest heading level the schema holds. Deeper Markdown or HTML headings become this level. */
export const MAX_HEADING_LEVEL = 3;

function validateLevel(value: unknown): void {
	if (value !== 1 && value !== 2 && value !== 3) {
		throw new RangeError(`Heading level must be 1, 2 or 3, got ${String(value)}`);
	}
}

function validateOrder(value: unknown): void {
	// CommonMark allows at most nine digits in an ordered-list start number.
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 999_999_999) {
		throw new RangeError(`Ordered list start must be an integer 0–999999999, got ${String(value)}`);
	}
}

function validateBoolean(value: unknown): void {
	if (typeof value !== 'boolean') throw new RangeError(`Expected a boolean, got ${String(value)}`);
}

function validateParams(value: unknown): void {
	// Info strings are one line; a newline would break out of the fence on serialization.
	if (typeof value !== 'string' || /[\r\n]/.test(value) || value.length > 1000) {
		throw new RangeError(`Code block params must be a single-line string`);
	}
}

function validateHref(value: unknown): void {
	if (typeof value !== 'string' || safeHref(value) === null) {
		throw new RangeError(
			`Unsafe or invalid link href: ${JSON.stringify(String(value)).slice(0, 80)}`
		);
	}
}

function validateTitle(value: unknown): void {
	if (value !== null && typeof value !== 'string') {
		throw new RangeError(`Link title must be a string or null`);
	}
}

function validateChecked(value: unknown): void {
	if (value !== null && typeof value !== 'boolean') {
		throw new RangeError(`Task state must be null, true or false, got ${String(value)}`);
	}
}

/** Column alignment of a GFM table cell (from the delimiter row). */
export type CellAlign = 'left' | 'center' | 'right' | null;

function validateAlign(value: unknown): void {
	if (value !== null && value !== 'left' && value !== 'center' && value !== 'right') {
		throw new RangeError(`Cell alignment must be left, center, right or null`);
	}
}

/** Kinds of verbatim block: what the schema cannot edit but export must reproduce byte for byte. */
export const RAW_KINDS = ['front_matter', 'html', 'math', 'footnote'] as const;
export type RawKind = (typeof RAW_KINDS)[number];

function validateRawKind(value: unknown): void {
	if (!RAW_KINDS.includes(value as RawKind)) {
		throw new RangeError(`Raw block kind must be one of ${RAW_KINDS.join(', ')}`);
	}
}

function validateSource(value: unknown): void {
	if (typeof value !== 'string' || value.length > 2_000_000) {
		throw new RangeError(`Raw block source must be a string`);
	}
}

/** Human name of a raw block kind, for its label in the editor. */
export const RAW_LABELS: Record<RawKind, string> = {
	front_matter: 'Front matter',
	html: 'HTML block',
	math: 'Math block',
	footnote: 'Footnote'
};

// GFM tables: one paragraph per cell (a cell is one line of inline content in Markdown), an
// alignment per cell taken from the delimiter row. Header cells form the first row.
const tables = tableNodes({
	tableGroup: 'block',
	cellContent: 'paragraph',
	cellAttributes: {
		align: {
			default: null,
			validate: validateAlign,
			getFromDOM: (dom) => {
				const align = dom.style.textAlign;
				return align === 'left' || align === 'center' || align === 'right' ? align : null;
			},
			setDOMAttr: (value, attrs) => {
				if (value) attrs.style = `text-align: ${String(value)}`;
			}
		}
	}
});

const nodes: Record<string, NodeSpec> = {
	doc: { content: 'block+' },

	paragraph: {
		content: 'inline*',
		group: 'block',
		parseDOM: [{ tag: 'p' }],
		toDOM: (): DOMOutputSpec => ['p', 0]
	},

	blockquote: {
		content: 'block+',
		group: 'block',
		defining: true,
		parseDOM: [{ tag: 'blockquote' }],
		toDOM: (): DOMOutputSpec => ['blockquote', 0]
	},

	horizontal_rule: {
		group: 'block',
		parseDOM: [{ tag: 'hr' }],
		toDOM: (): DOMOutputSpec => ['hr']
	},

	heading: {
		attrs: { level: { default: 1, validate: validateLevel } },
		// Text only: an ATX heading is one line, so a hard break in a heading has no Markdown form.
		content: 'text*',
		group: 'block',
		defining: true,
		parseDOM: [1, 2, 3, 4, 5, 6].map((n) => ({
			tag: `h${n}`,
			attrs: { level: Math.min(n, MAX_HEADING_LEVEL) }
		})),
		toDOM: (node): DOMOutputSpec => [`h${node.attrs.level}`, 0]
	},

	code_block: {
		content: 'text*',
		group: 'block',
		code: true,
		defining: true,
		marks: '',
		attrs: { params: { default: '', validate: validateParams } },
		parseDOM: [
			{
				tag: 'pre',
				preserveWhitespace: 'full',
				getAttrs: (dom) => ({
					params: (dom.getAttribute('data-params') ?? '').replace(/[\r\n]+/g, ' ').slice(0, 1000)
				})
			}
		],
		toDOM: (node): DOMOutputSpec => [
			'pre',
			node.attrs.params ? { 'data-params': node.attrs.params } : {},
			['code', 0]
		]
	},

	ordered_list: {
		content: 'list_item+',
		group: 'block',
		attrs: {
			order: { default: 1, validate: validateOrder },
			tight: { default: true, validate: validateBoolean }
		},
		parseDOM: [
			{
				tag: 'ol',
				getAttrs: (dom) => {
					const start = Number(dom.getAttribute('start') ?? '1');
					return {
						order: Number.isInteger(start) && start >= 0 && start <= 999_999_999 ? start : 1,
						tight: dom.getAttribute('data-tight') !== 'false'
					};
				}
			}
		],
		toDOM: (node): DOMOutputSpec => [
			'ol',
			{
				start: node.attrs.order === 1 ? null : String(node.attrs.order),
				'data-tight': node.attrs.tight ? null : 'false'
			},
			0
		]
	},

	bullet_list: {
		content: 'list_item+',
		group: 'block',
		attrs: { tight: { default: true, validate: validateBoolean } },
		parseDOM: [
			{ tag: 'ul', getAttrs: (dom) => ({ tight: dom.getAttribute('data-tight') !== 'false' }) }
		],
		toDOM: (node): DOMOutputSpec => ['ul', { 'data-tight': node.attrs.tight ? null : 'false' }, 0]
	},

	list_item: {
		content: 'paragraph block*',
		// A GFM task list item (`- [ ]`, `- [x]`) has `checked` true or false; others null.
		attrs: { checked: { default: null, validate: validateChecked } },
		defining: true,
		parseDOM: [
			{
				tag: 'li',
				getAttrs: (dom) => {
					const task = dom.getAttribute('data-task');
					return { checked: task === 'done' ? true : task === 'open' ? false : null };
				}
			}
		],
		toDOM: (node): DOMOutputSpec => [
			'li',
			node.attrs.checked === null ? {} : { 'data-task': node.attrs.checked ? 'done' : 'open' },
			0
		]
	},

	...tables,

	/**
	 * A block kept exactly as written: front matter, raw HTML, math, footnote definitions. Shown
	 * as its source, never rendered (raw HTML never becomes DOM) and not editable as prose.
	 */
	raw_block: {
		attrs: {
			kind: { default: 'html', validate: validateRawKind },
			source: { default: '', validate: validateSource }
		},
		group: 'block',
		atom: true,
		selectable: true,
		parseDOM: [
			{
				tag: 'pre[data-raw]',
				getAttrs: (dom) => {
					const kind = dom.getAttribute('data-raw');
					return {
						kind: RAW_KINDS.includes(kind as RawKind) ? kind : 'html',
						source: (dom.textContent ?? '').slice(0, 2_000_000)
					};
				}
			}
		],
		toDOM: (node): DOMOutputSpec => [
			'pre',
			{
				'data-raw': node.attrs.kind,
				class: 'raw-block',
				'aria-label': `${RAW_LABELS[node.attrs.kind as RawKind]}, kept as written`
			},
			String(node.attrs.source)
		]
	},

	text: { group: 'inline' },

	hard_break: {
		inline: true,
		group: 'inline',
		selectable: false,
		parseDOM: [{ tag: 'br' }],
		toDOM: (): DOMOutputSpec => ['br']
	}
};

const marks: Record<string, MarkSpec> = {
	em: {
		parseDOM: [
			{ tag: 'i' },
			{ tag: 'em' },
			{ style: 'font-style=italic' },
			{ style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' }
		],
		toDOM: (): DOMOutputSpec => ['em']
	},

	strong: {
		parseDOM: [
			{ tag: 'strong' },
			// Google Docs wraps everything in <b style="font-weight: normal">.
			{
				tag: 'b',
				getAttrs: (node) => (node as HTMLElement).style?.fontWeight !== 'normal' && null
			},
			{ style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
			{
				style: 'font-weight',
				getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null
			}
		],
		toDOM: (): DOMOutputSpec => ['strong']
	},

	link: {
		attrs: {
			href: { validate: validateHref },
			title: { default: null, validate: validateTitle }
		},
		inclusive: false,
		parseDOM: [
			{
				tag: 'a[href]',
				// Pasted HTML is hostile input: a link with an unsafe href is not a link at all.
				getAttrs: (dom) => {
					const href = safeHref(dom.getAttribute('href') ?? '');
					return href === null ? false : { href, title: dom.getAttribute('title') };
				}
			}
		],
		// Defence in depth: even if an unsafe href got into a document, it never reaches the DOM.
		toDOM: (mark): DOMOutputSpec => [
			'a',
			{
				href: safeHref(String(mark.attrs.href)) ?? '#',
				title: mark.attrs.title,
				rel: 'noopener noreferrer nofollow'
			}
		]
	},

	strike: {
		parseDOM: [
			{ tag: 's' },
			{ tag: 'del' },
			{ tag: 'strike' },
			{ style: 'text-decoration=line-through' }
		],
		toDOM: (): DOMOutputSpec => ['s']
	},

	code: {
		code: true,
		parseDOM: [{ tag: 'code' }],
		toDOM: (): DOMOutputSpec => ['code']
	}
};

/**
 * The document schema. Node names: doc, paragraph, heading (level 1–3), bullet_list,
 * ordered_list (order, tight), list_item, blockquote, code_block (params), horizontal_rule,
 * hard_break, text. Marks: em, strong, link (href, title), code.
 */
export const schema: Schema = new Schema({ nodes, marks });
