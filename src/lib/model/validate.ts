/**
 * Validation of untrusted JSON: safe copies of plain JSON values, and ProseMirror document
 * content checked against limits before ProseMirror ever sees it.
 *
 * Every function builds fresh objects and never merges input into existing state, rejects
 * prototype keys, and works within fixed limits, because `Node.fromJSON` overflowed the stack
 * at nesting depth 5,000 and `JSON.parse` creates own `__proto__` keys that a later merge turns
 * into prototype pollution (RELIABILITY-NOTES, "Hostile input"). Nothing here throws.
 */
import type { Node } from 'prosemirror-model';
import { schema } from '../markdown/schema';
import { safeHref } from '../markdown/url';
import { READ_LIMITS, type DocLimits } from './limits';
import type { JsonValue, Result } from './types';

/** Keys that are never accepted anywhere in imported JSON. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest ProseMirror node nesting the reader accepts (doc = 1); see `limits.ts`. */
export const MAX_DOC_DEPTH = READ_LIMITS.depth;
/** Most ProseMirror nodes the reader accepts in one document. */
export const MAX_DOC_NODES = READ_LIMITS.nodes;
/** Most characters of text the reader accepts in one document. */
export const MAX_DOC_TEXT = READ_LIMITS.textChars;

/** Bounds for a generic JSON copy. */
export interface JsonLimits {
	/** Deepest nesting of arrays and objects. */
	depth: number;
	/** Most values (objects, arrays, primitives) in total. */
	nodes: number;
	/** Most characters in all strings and keys together. */
	chars: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `text ${JSON.stringify(value.slice(0, 40))}`;
	return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * A fresh deep copy of `value` if it is plain JSON within `limits`; otherwise an error that
 * names `label` and, where it helps, the path to the problem.
 */
export function copyJson(value: unknown, limits: JsonLimits, label: string): Result<JsonValue> {
	let nodes = 0;
	let chars = 0;
	let failure: string | null = null;
	const fail = (path: string, message: string): null => {
		// A path 100 levels deep says nothing more than its ends do.
		const shown = path.length > 80 ? `${path.slice(0, 30)}…${path.slice(-40)}` : path;
		failure ??= `${label}${shown ? ` at ${shown}` : ''}: ${message}`;
		return null;
	};

	const copy = (v: unknown, depth: number, path: string): JsonValue | null => {
		if (failure) return null;
		if (++nodes > limits.nodes)
			return fail('', `has more than ${limits.nodes.toLocaleString('en')} values`);
		if (v === null || typeof v === 'boolean') return v;
		if (typeof v === 'number')
			return Number.isFinite(v) ? v : fail(path, `${v} is not a JSON number`);
		if (typeof v === 'string') {
			chars += v.length;
			if (chars > limits.chars)
				return fail('', `holds more than ${limits.chars.toLocaleString('en')} characters`);
			return v;
		}
		if (depth >= limits.depth) return fail(path, `is nested more than ${limits.depth} levels deep`);
		if (Array.isArray(v)) {
			const out: JsonValue[] = [];
			for (let i = 0; i < v.length; i++) {
				const item = copy(v[i], depth + 1, `${path}[${i}]`);
				if (failure) return null;
				out.push(item);
			}
			return out;
		}
		if (!isPlainObject(v)) return fail(path, `${describe(v)} is not JSON`);
		const out: { [key: string]: JsonValue } = {};
		for (const key of Object.keys(v)) {
			if (FORBIDDEN_KEYS.has(key)) return fail(path, `the key "${key}" is not allowed`);
			// An undefined property is an absent one, as JSON.stringify would have it.
			if (v[key] === undefined) continue;
			chars += key.length;
			const item = copy(v[key], depth + 1, path ? `${path}.${key}` : key);
			if (failure) return null;
			out[key] = item;
		}
		return out;
	};

	const result = copy(value, 0, '');
	return failure ? { ok: false, error: failure } : { ok: true, value: result };
}

/** A fresh copy of a plain JSON object within `limits`. */
export function copyJsonObject(
	value: unknown,
	limits: JsonLimits,
	label: string
): Result<{ [key: string]: JsonValue }> {
	if (!isPlainObject(value))
		return { ok: false, error: `${label}: expected an object, got ${describe(value)}` };
	const copied = copyJson(value, limits, label);
	return copied.ok ? { ok: true, value: copied.value as { [key: string]: JsonValue } } : copied;
}

/** A fresh copy of a plain JSON array within `limits`. */
export function copyJsonArray(
	value: unknown,
	limits: JsonLimits,
	label: string
): Result<JsonValue[]> {
	if (!Array.isArray(value))
		return { ok: false, error: `${label}: expected a list, got ${describe(value)}` };
	const copied = copyJson(value, limits, label);
	return copied.ok ? { ok: true, value: copied.value as JsonValue[] } : copied;
}

interface NodeJson {
	type: string;
	attrs?: Record<string, JsonValue>;
	content?: NodeJson[];
	marks?: { type: string; attrs?: Record<string, JsonValue> }[];
	text?: string;
}

/**
 * Check ProseMirror JSON for a `doc` of the schema: depth, node count and text length first
 * (within `limits`: the reader's by default, the writer's for entrances), node and mark types,
 * attribute values, link hrefs (`safeHref`); then build it with `schema.nodeFromJSON` and
 * `node.check()`. Returns the node, or an error naming `label`.
 */
export function contentToDoc(
	raw: unknown,
	label: string,
	limits: DocLimits = READ_LIMITS
): Result<Node> {
	const maxDepth = limits.depth;
	const maxNodes = limits.nodes;
	const maxText = limits.textChars;
	let nodes = 0;
	let text = 0;
	let failure: string | null = null;
	const fail = (message: string): null => {
		failure ??= `${label}: ${message}`;
		return null;
	};

	const attrsOf = (value: unknown, allowed: Record<string, unknown>, what: string) => {
		if (value === undefined || value === null) return undefined;
		if (!isPlainObject(value)) return fail(`${what} has attributes that are ${describe(value)}`);
		const out: Record<string, JsonValue> = {};
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) return fail(`the key "${key}" is not allowed`);
			const v = value[key];
			if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
				return fail(`${what} attribute "${key}" is ${describe(v)}`);
			}
			if (typeof v === 'string') text += v.length;
			// Unknown attributes are dropped, as ProseMirror itself would.
			if (Object.hasOwn(allowed, key)) out[key] = v;
		}
		return out;
	};

	const copyNode = (value: unknown, depth: number): NodeJson | null => {
		if (failure) return null;
		if (depth > maxDepth) return fail(`content is nested more than ${maxDepth} levels deep`);
		if (++nodes > maxNodes)
			return fail(`content has more than ${maxNodes.toLocaleString('en')} nodes`);
		if (!isPlainObject(value)) return fail(`content holds ${describe(value)} where a node belongs`);
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) return fail(`the key "${key}" is not allowed`);
		}
		const type = value.type;
		if (typeof type !== 'string' || !Object.hasOwn(schema.nodes, type)) {
			return fail(`content has an unknown node type ${JSON.stringify(type)}`);
		}
		const nodeType = schema.nodes[type];
		const out: NodeJson = { type };
		const attrs = attrsOf(value.attrs, nodeType.spec.attrs ?? {}, `a ${type} node`);
		if (failure) return null;
		if (attrs) out.attrs = attrs;

		if (type === 'text') {
			if (typeof value.text !== 'string' || value.text === '')
				return fail('a text node has no text');
			text += value.text.length;
			if (text > maxText)
				return fail(`content has more than ${maxText.toLocaleString('en')} characters`);
			out.text = value.text;
		} else if (value.text !== undefined) {
			return fail(`a ${type} node carries text`);
		}

		if (value.marks !== undefined) {
			if (!Array.isArray(value.marks))
				return fail(`a ${type} node has marks that are ${describe(value.marks)}`);
			out.marks = [];
			for (const mark of value.marks) {
				if (!isPlainObject(mark)) return fail(`a mark is ${describe(mark)}`);
				for (const key of Object.keys(mark)) {
					if (FORBIDDEN_KEYS.has(key)) return fail(`the key "${key}" is not allowed`);
				}
				if (typeof mark.type !== 'string' || !Object.hasOwn(schema.marks, mark.type)) {
					return fail(`content has an unknown mark type ${JSON.stringify(mark.type)}`);
				}
				const markType = schema.marks[mark.type];
				const markAttrs = attrsOf(mark.attrs, markType.spec.attrs ?? {}, `a ${mark.type} mark`);
				if (failure) return null;
				if (markType === schema.marks.link) {
					const href = markAttrs?.href;
					if (typeof href !== 'string' || safeHref(href) === null) {
						return fail(
							`a link points to an address that is not allowed (${JSON.stringify(String(href)).slice(0, 60)}); only http, https, mailto and relative links are`
						);
					}
				}
				out.marks.push(markAttrs ? { type: mark.type, attrs: markAttrs } : { type: mark.type });
			}
		}

		if (value.content !== undefined) {
			if (!Array.isArray(value.content))
				return fail(`a ${type} node has content that is ${describe(value.content)}`);
			out.content = [];
			for (const child of value.content) {
				const copied = copyNode(child, depth + 1);
				if (!copied) return null;
				out.content.push(copied);
			}
		}
		if (text > maxText)
			return fail(`content has more than ${maxText.toLocaleString('en')} characters`);
		return out;
	};

	const json = copyNode(raw, 1);
	if (failure || !json) return { ok: false, error: failure ?? `${label}: content is missing` };
	if (json.type !== 'doc')
		return { ok: false, error: `${label}: content is a ${json.type} node, not a document` };
	try {
		const node = schema.nodeFromJSON(json);
		node.check();
		return { ok: true, value: node };
	} catch (error) {
		return {
			ok: false,
			error: `${label}: content does not fit the document schema (${error instanceof Error ? error.message : String(error)})`
		};
	}
}
