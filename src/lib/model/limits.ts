/**
 * The one set of limits on what a document may hold, for every entrance (typing, paste,
 * Markdown import, workspace import, duplicate, rename, restore) and for the reader.
 *
 * Two tiers, so that the reader never refuses what the writer wrote (issue 9):
 * - `WRITE_LIMITS` is what any entrance lets in. Entrances check against it and refuse (or, for
 *   titles, cut) with a message from this module.
 * - `READ_LIMITS` is what loading accepts. Every content limit is at least the write limit, and
 *   every whole-record limit is at least twice it, because a stored record is a checked record
 *   (within WRITE_LIMITS) whose content or title was then edited by the editor (each again within
 *   WRITE_LIMITS), and normalisation (default attributes filled in) only happens before storing.
 *
 * Whole-record JSON bounds exist only because hostile files must not exhaust memory; content
 * bounds (depth, nodes, characters) keep ProseMirror's recursive code off the stack limit.
 */
import type { Node } from 'prosemirror-model';

/** Limits for one document record. */
export interface DocLimits {
	/** Most characters in the title. */
	titleChars: number;
	/** Deepest ProseMirror nesting, counting the doc (1) and text nodes. */
	depth: number;
	/** Most ProseMirror nodes in the body. */
	nodes: number;
	/** Most characters of text in the body (attribute strings such as link addresses count). */
	textChars: number;
	/** Most JSON values in the whole record (objects, arrays, strings, numbers...). */
	jsonValues: number;
	/** Most characters in all keys and strings of the whole record. */
	jsonChars: number;
	/** Most values in `meta` or in `comments`. */
	metaValues: number;
	/** Most characters in `meta` or in `comments`. */
	metaChars: number;
}

/** What typing, pasting, importing, duplicating and renaming may produce. */
export const WRITE_LIMITS: Readonly<DocLimits> = Object.freeze({
	titleChars: 1_000,
	// 34 nested lists (doc + 2 per list level + paragraph + text); Markdown import stops at 16.
	depth: 72,
	nodes: 200_000,
	textChars: 2_000_000,
	jsonValues: 1_000_000,
	jsonChars: 8_000_000,
	metaValues: 200_000,
	metaChars: 4_000_000
});

/** What loading a stored record accepts: never less than what the writer lets through. */
export const READ_LIMITS: Readonly<DocLimits> = Object.freeze({
	titleChars: 4_000,
	depth: 128,
	nodes: 400_000,
	textChars: 4_000_000,
	jsonValues: 4_000_000,
	jsonChars: 32_000_000,
	metaValues: 400_000,
	metaChars: 8_000_000
});

/** JSON nesting that a body of `depth` nodes needs, with room for the record around it. */
export function jsonDepthFor(limits: DocLimits): number {
	return 2 * limits.depth + 16;
}

/** The largest time a `Date` can hold (ms either side of 1970). */
export const MAX_TIME = 8.64e15;

/** A time from storage or a file: clamped into what a Date holds, or null if not a time. */
export function timeOf(value: unknown): number | null {
	// Negative times are real: a clock set before 1970 writes them (issue 9).
	if (typeof value === 'number' && Number.isFinite(value))
		return Math.min(MAX_TIME, Math.max(-MAX_TIME, value));
	// Early builds stored ISO strings; read them rather than lose the dates.
	if (typeof value === 'string') {
		const parsed = Date.parse(value);
		if (Number.isFinite(parsed)) return parsed;
	}
	return null;
}

/** How many list or quote levels `limits.depth` leaves room for (a list level is 2 nodes). */
export function nestingLevels(limits: DocLimits = WRITE_LIMITS): number {
	return Math.floor((limits.depth - 3) / 2);
}

const n = (value: number) => value.toLocaleString('en');

/** The message for a title over the limit (it is cut, never refused). */
export function titleMessage(limits: DocLimits = WRITE_LIMITS): string {
	return `A title can be at most ${n(limits.titleChars)} characters, so the rest was cut.`;
}

/** `title` cut to the title limit (whole UTF-16 code points kept). */
export function clampTitle(title: string, limits: DocLimits = WRITE_LIMITS): string {
	if (title.length <= limits.titleChars) return title;
	let cut = title.slice(0, limits.titleChars);
	// Do not leave half a surrogate pair.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return cut;
}

/** Measures of a ProseMirror body, counted as its JSON would be (see `measureContent`). */
export interface ContentMeasure {
	depth: number;
	nodes: number;
	textChars: number;
	jsonValues: number;
	jsonChars: number;
}

// Per-node measures of a subtree, shared between editor states (ProseMirror shares unchanged
// nodes), so measuring after a keystroke only walks the changed block.
const cache = new WeakMap<Node, ContentMeasure>();

function attrsMeasure(attrs: Record<string, unknown>, m: ContentMeasure): void {
	let any = false;
	for (const key of Object.keys(attrs)) {
		any = true;
		const value = attrs[key];
		m.jsonValues++;
		m.jsonChars += key.length;
		if (typeof value === 'string') {
			m.jsonChars += value.length;
			m.textChars += value.length;
		}
	}
	if (any) {
		m.jsonValues++;
		m.jsonChars += 'attrs'.length;
	}
}

/**
 * Depth, node count, text and JSON size of `node` exactly as `node.toJSON()` would be counted by
 * the reader's validation (`contentToDoc` and the record's JSON copy). Cached per node.
 */
export function measureContent(node: Node): ContentMeasure {
	const cached = cache.get(node);
	if (cached) return cached;
	// The node object and its "type" key and value.
	const m: ContentMeasure = {
		depth: 1,
		nodes: 1,
		textChars: 0,
		jsonValues: 2,
		jsonChars: 'type'.length + node.type.name.length
	};
	attrsMeasure(node.attrs, m);
	if (node.isText) {
		const text = node.text ?? '';
		m.jsonValues++;
		m.jsonChars += 'text'.length + text.length;
		m.textChars += text.length;
	}
	if (node.marks.length) {
		m.jsonValues++;
		m.jsonChars += 'marks'.length;
		for (const mark of node.marks) {
			m.jsonValues += 2;
			m.jsonChars += 'type'.length + mark.type.name.length;
			attrsMeasure(mark.attrs, m);
		}
	}
	if (node.content.size) {
		m.jsonValues++;
		m.jsonChars += 'content'.length;
		let deepest = 0;
		node.forEach((child) => {
			const c = measureContent(child);
			deepest = Math.max(deepest, c.depth);
			m.nodes += c.nodes;
			m.textChars += c.textChars;
			m.jsonValues += c.jsonValues;
			m.jsonChars += c.jsonChars;
		});
		m.depth += deepest;
	}
	// An empty paragraph counts as holding text: otherwise an empty list item could be indented
	// to a depth where nothing can be typed into it.
	if (node.isTextblock) m.depth = Math.max(m.depth, 2);
	if (!node.isText) cache.set(node, m);
	return m;
}

/**
 * Why content measuring `m` goes over `limits` (a sentence fragment such as "it is nested
 * more than 34 levels deep"), or null when it fits. `before`, if given, is the content as it
 * was: a measure that does not grow past what it already was is accepted, so a document that
 * is already over a limit can still be edited and shortened.
 */
export function contentProblem(
	m: ContentMeasure,
	limits: DocLimits = WRITE_LIMITS,
	before?: ContentMeasure
): string | null {
	const over = (key: keyof ContentMeasure, limit: number) =>
		m[key] > limit && (!before || m[key] > before[key]);
	if (over('depth', limits.depth))
		return `lists and quotes can be nested at most ${nestingLevels(limits)} levels deep`;
	if (over('nodes', limits.nodes))
		return `it would have more than ${n(limits.nodes)} parts (paragraphs, list items, formatted runs)`;
	if (over('textChars', limits.textChars))
		return `it would have more than ${n(limits.textChars)} characters`;
	if (over('jsonValues', limits.jsonValues) || over('jsonChars', limits.jsonChars))
		return `it would be larger than a document can be stored (${n(limits.jsonValues)} values, ${n(limits.jsonChars)} characters of data)`;
	return null;
}

/** A refusal for the editor: what was not done, and why. */
export function editRefusal(problem: string): string {
	const sentence = problem.charAt(0).toUpperCase() + problem.slice(1);
	return problem.startsWith('lists')
		? `${sentence}, so that change was not made.`
		: `That change was not made: ${problem}. Split the document into two.`;
}
