import { describe, expect, it } from 'vitest';
import { newDoc } from './doc-factory';
import {
	MAX_WORKSPACE_DOCS,
	migrate,
	restoreDoc,
	restoreDocRecord,
	restoreWorkspace,
	SCHEMA_VERSION,
	wrapDoc,
	wrapWorkspace,
	type Migration
} from './envelope';
import { READ_LIMITS, WRITE_LIMITS } from './limits';
import type { DocRecord } from './types';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const docJson = (...blocks: unknown[]) => ({ type: 'doc', content: blocks });

function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'd1',
		kind: 'design',
		title: 'Payments',
		content: docJson(para('Hello')),
		createdAt: 1_700_000_000_000,
		updatedAt: 1_700_000_100_000,
		revision: 3,
		sources: [],
		dismissed: [],
		comments: [],
		meta: {},
		...overrides
	};
}

const envelope = (data: unknown, version: number = SCHEMA_VERSION) => ({
	type: 'fivefold/doc',
	version,
	data
});

/** Through JSON text, as files and backups arrive. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A chain of `depth` nested blockquotes around a paragraph, as JSON text. */
function deepContent(depth: number): string {
	return (
		'{"type":"doc","content":[' +
		'{"type":"blockquote","content":['.repeat(depth) +
		'{"type":"paragraph"}' +
		']}'.repeat(depth) +
		']}'
	);
}

function expectError(result: { ok: boolean; error?: string }, pattern: RegExp): void {
	expect(result.ok).toBe(false);
	expect((result as { error: string }).error).toMatch(pattern);
}

describe('restoreDoc', () => {
	it('restores what wrapDoc wrote, through JSON', () => {
		const doc = newDoc('design', { title: 'Queues' });
		const back = restoreDoc(viaJson(wrapDoc(doc)));
		expect(back).toEqual({ ok: true, value: doc });
	});

	it('fills defaults for optional fields', () => {
		const before = Date.now();
		const r = restoreDoc(envelope({ id: 'x', kind: 'vision' }));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value).toMatchObject({
			title: '',
			content: { type: 'doc', content: [{ type: 'paragraph' }] },
			revision: 0,
			sources: [],
			dismissed: [],
			comments: [],
			meta: {}
		});
		expect(r.value.createdAt).toBeGreaterThanOrEqual(before);
		expect(r.value.updatedAt).toBe(r.value.createdAt);
	});

	it('reads ISO timestamps written by early builds', () => {
		const r = restoreDoc(envelope(record({ createdAt: '2024-01-02T03:04:05.000Z' })));
		expect(r.ok && r.value.createdAt).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
	});

	it('builds fresh objects and drops unknown fields', () => {
		const raw = record({ meta: { synthesis: { step: 2 } }, extra: 'dropped' });
		const r = restoreDoc(envelope(raw));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value).not.toHaveProperty('extra');
		expect(r.value.meta).toEqual({ synthesis: { step: 2 } });
		expect(r.value.meta).not.toBe(raw.meta);
		(raw.meta as { synthesis: { step: number } }).synthesis.step = 9;
		expect(r.value.meta).toEqual({ synthesis: { step: 2 } });
	});

	it('does not let __proto__ in JSON reach any prototype', () => {
		const text = JSON.stringify(envelope(record())).replace(
			'"meta":{}',
			'"meta":{"__proto__":{"polluted":true}}'
		);
		const r = restoreDoc(JSON.parse(text));
		expectError(r, /meta.*"__proto__" is not allowed/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it.each([
		['null', null, /expected a JSON object/],
		['a string', 'fivefold', /expected a JSON object/],
		['an array', [], /expected a JSON object/],
		[
			'another type',
			{ type: 'fivefold/workspace', version: 1, data: {} },
			/type is "fivefold\/workspace"/
		],
		['no type', { version: 1, data: record() }, /type is null/],
		[
			'a newer version',
			envelope(record(), SCHEMA_VERSION + 1),
			/newer version of Fivefold \(format 2/
		],
		['version 0', envelope(record(), 0), /Unknown format version 0/],
		['a fractional version', envelope(record(), 1.5), /Unknown format version 1.5/],
		[
			'a string version',
			{ type: 'fivefold/doc', version: '1', data: record() },
			/Unknown format version "1"/
		],
		['no data', { type: 'fivefold/doc', version: 1 }, /has no data/],
		['data that is a list', envelope([]), /expected an object/],
		['an unknown kind', envelope(record({ kind: 'memo' })), /unknown kind "memo"/],
		['no kind', envelope(record({ kind: undefined })), /unknown kind null/],
		['no id', envelope(record({ id: undefined })), /missing or invalid id/],
		['an id with slashes', envelope(record({ id: '../../etc' })), /missing or invalid id/],
		['a numeric title', envelope(record({ title: 7 })), /title must be text/],
		['a bad time', envelope(record({ createdAt: 'yesterday' })), /must be times/],
		['a negative revision', envelope(record({ revision: -1 })), /revision must be a whole number/],
		[
			'a fractional revision',
			envelope(record({ revision: 1.5 })),
			/revision must be a whole number/
		],
		[
			'sources of numbers',
			envelope(record({ sources: [1] })),
			/sources must be a list of document ids/
		],
		[
			'a bad dismissal',
			envelope(record({ dismissed: [{ rule: 'hedge' }] })),
			/dismissed finding 1 needs/
		],
		[
			'comments that are an object',
			envelope(record({ comments: {} })),
			/comments: expected a list/
		],
		['meta that is a list', envelope(record({ meta: [] })), /meta: expected an object/],
		[
			'a constructor key in meta',
			envelope(record({ meta: { constructor: 1 } })),
			/"constructor" is not allowed/
		]
	])('refuses %s', (_name, raw, pattern) => {
		expectError(restoreDoc(raw), pattern);
	});

	it.each([
		['content nested 5,000 deep', deepContent(5000), /nested more than/],
		[
			'content nested one past the write limit',
			deepContent(WRITE_LIMITS.depth - 1),
			/nested more than 72 levels/
		],
		[
			'a javascript: link',
			JSON.stringify(
				docJson({
					type: 'paragraph',
					content: [
						{
							type: 'text',
							text: 'x',
							marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]
						}
					]
				})
			),
			/address that is not allowed/
		],
		[
			'a tab-split javascript: link',
			JSON.stringify(
				docJson({
					type: 'paragraph',
					content: [
						{
							type: 'text',
							text: 'x',
							marks: [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }]
						}
					]
				})
			),
			/address that is not allowed/
		],
		[
			'a data: link',
			JSON.stringify(
				docJson({
					type: 'paragraph',
					content: [
						{
							type: 'text',
							text: 'x',
							marks: [{ type: 'link', attrs: { href: 'data:text/html,x' } }]
						}
					]
				})
			),
			/address that is not allowed/
		],
		[
			'an unknown node type',
			JSON.stringify(docJson({ type: 'script', content: [] })),
			/unknown node type "script"/
		],
		[
			'an image node',
			JSON.stringify(docJson({ type: 'image', attrs: { src: 'x' } })),
			/unknown node type "image"/
		],
		[
			'a prototype node type',
			JSON.stringify(docJson({ type: 'toString' })),
			/unknown node type "toString"/
		],
		[
			'an unknown mark',
			JSON.stringify(
				docJson({
					type: 'paragraph',
					content: [{ type: 'text', text: 'x', marks: [{ type: 'underline' }] }]
				})
			),
			/unknown mark type "underline"/
		],
		[
			'heading level 7',
			JSON.stringify(docJson({ type: 'heading', attrs: { level: 7 }, content: [] })),
			/does not fit the document schema/
		],
		[
			'a list item outside a list',
			JSON.stringify(docJson({ type: 'list_item', content: [para('x')] })),
			/does not fit the document schema/
		],
		[
			'an empty text node',
			JSON.stringify(docJson({ type: 'paragraph', content: [{ type: 'text', text: '' }] })),
			/text node has no text/
		],
		['a paragraph, not a doc', JSON.stringify(para('x')), /not a document/],
		[
			'attrs with an object value',
			JSON.stringify(docJson({ type: 'heading', attrs: { level: { $gt: 1 } }, content: [] })),
			/attribute "level" is an object/
		],
		[
			'__proto__ in attrs',
			'{"type":"doc","content":[{"type":"heading","attrs":{"__proto__":{"level":1}},"content":[]}]}',
			/"__proto__" is not allowed/
		],
		['content that is a string', '"<script>alert(1)</script>"', /where a node belongs/]
	])('refuses %s', (_name, contentJson, pattern) => {
		const text = JSON.stringify(envelope(record({ content: '$CONTENT' }))).replace(
			'"$CONTENT"',
			contentJson
		);
		expectError(restoreDoc(JSON.parse(text)), pattern);
	});

	it('accepts content at exactly the depth limit', () => {
		const text = JSON.stringify(envelope(record({ content: '$C' }))).replace(
			'"$C"',
			deepContent(WRITE_LIMITS.depth - 2)
		);
		expect(restoreDoc(JSON.parse(text)).ok).toBe(true);
	});

	it('an import cuts a title over the limit; the reader reads up to its own, larger limit', () => {
		const long = 'x'.repeat(WRITE_LIMITS.titleChars + 500);
		const imported = restoreDoc(envelope(record({ title: long })));
		expect(imported.ok && imported.value.title).toBe('x'.repeat(WRITE_LIMITS.titleChars));
		const stored = restoreDocRecord(record({ title: long }));
		expect(stored.ok && stored.value.title).toBe(long);
		expectError(
			restoreDocRecord(record({ title: 'x'.repeat(READ_LIMITS.titleChars + 1) })),
			/title must be text of at most 4,000/
		);
	});

	it('the reader opens content deeper than an entrance lets in (written before the limit)', () => {
		const text = JSON.stringify(record({ content: '$C' })).replace(
			'"$C"',
			deepContent(WRITE_LIMITS.depth + 10)
		);
		expect(restoreDocRecord(JSON.parse(text)).ok).toBe(true);
		expectError(restoreDoc(envelope(JSON.parse(text))), /nested more than/);
	});

	it('reads revisions past 2^53 and times before 1970 as stored', () => {
		for (const revision of [Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 60]) {
			const r = restoreDocRecord(record({ revision }));
			expect(r.ok && r.value.revision).toBe(revision);
		}
		const r = restoreDocRecord(record({ createdAt: -3e11, updatedAt: '1960-01-01T00:00:00Z' }));
		expect(r.ok && [r.value.createdAt, r.value.updatedAt]).toEqual([-3e11, Date.UTC(1960, 0, 1)]);
		expectError(restoreDocRecord(record({ revision: -1 })), /revision must be/);
		expectError(restoreDocRecord(record({ revision: 1.5 })), /revision must be/);
	});

	it('refuses too many nodes and too much text before building the document', () => {
		const many = {
			type: 'doc',
			content: Array.from({ length: WRITE_LIMITS.nodes + 1 }, () => ({ type: 'horizontal_rule' }))
		};
		expectError(restoreDoc(envelope(record({ content: many }))), /more than 200,000 nodes/);
		const long = docJson(para('x'.repeat(WRITE_LIMITS.textChars + 1)));
		expectError(restoreDoc(envelope(record({ content: long }))), /more than 2,000,000 characters/);
		// Building 200,000 nodes takes a while on a busy machine.
	}, 30_000);

	it('refuses values that are not JSON (as structured clone could hand over)', () => {
		expectError(restoreDoc(envelope(record({ meta: { when: new Date(0) } }))), /is not JSON/);
		expectError(
			restoreDoc(envelope(record({ meta: { n: Number.NaN } }))),
			/NaN is not a JSON number/
		);
		expectError(restoreDoc(envelope(record({ meta: { f: () => 1 } }))), /function .* is not JSON/);
	});
});

describe('migrations', () => {
	// A made-up history: format 1 called the title `name`; format 2 added `meta.lang`.
	const history: Record<number, Migration> = {
		1: {
			doc: ({ name, ...rest }) => ({ ...rest, title: name ?? '' }),
			settings: (s) => ({ ...s, theme: s.theme ?? 'light' })
		},
		2: { doc: (r) => ({ ...r, meta: { ...(r.meta as object), lang: 'en' } }) }
	};

	it('runs each step once, in order', () => {
		const r = migrate('doc', { name: 'Old' }, 1, { migrations: history, to: 3 });
		expect(r).toEqual({ ok: true, value: { title: 'Old', meta: { lang: 'en' } } });
		expect(migrate('doc', { title: 'New' }, 2, { migrations: history, to: 3 })).toEqual({
			ok: true,
			value: { title: 'New', meta: { lang: 'en' } }
		});
		expect(migrate('settings', {}, 1, { migrations: history, to: 3 })).toEqual({
			ok: true,
			value: { theme: 'light' }
		});
	});

	it('restores an old record through the migrations', () => {
		const old = record({ title: undefined, name: 'From format 1' });
		const r = restoreDocRecord(viaJson(old), 1, 'Document', { migrations: history, to: 3 });
		expect(r.ok && r.value.title).toBe('From format 1');
		expect(r.ok && r.value.meta).toEqual({ lang: 'en' });
	});

	it('fails when a step is missing or throws', () => {
		expectError(
			migrate('doc', {}, 1, { migrations: { 2: {} }, to: 3 }),
			/No migration from format 1 to 2/
		);
		const broken: Record<number, Migration> = {
			1: {
				doc: () => {
					throw new Error('boom');
				}
			}
		};
		expectError(migrate('doc', {}, 1, { migrations: broken, to: 2 }), /format 1 failed: boom/);
	});

	it('has a step for every version below the current one', () => {
		for (let v = 1; v < SCHEMA_VERSION; v++) expect(migrate('doc', {}, v).ok).toBe(true);
		expect(migrate('doc', { a: 1 }, SCHEMA_VERSION)).toEqual({ ok: true, value: { a: 1 } });
	});
});

describe('restoreWorkspace', () => {
	const ws = (docs: unknown[], settings?: unknown) => ({
		type: 'fivefold/workspace',
		version: 1,
		data: { docs, settings }
	});

	it('restores what wrapWorkspace wrote, through JSON', () => {
		const docs: DocRecord[] = [
			newDoc('design'),
			newDoc('strategy', { markdown: '# S\n\nWe will.' })
		];
		const data = { docs, settings: { thresholds: { length: 2 } } };
		expect(restoreWorkspace(viaJson(wrapWorkspace(data)))).toEqual({ ok: true, value: data });
	});

	it.each([
		['no docs list', { type: 'fivefold/workspace', version: 1, data: {} }, /no list of documents/],
		[
			'a doc envelope',
			{ type: 'fivefold/doc', version: 1, data: record() },
			/type is "fivefold\/doc"/
		],
		[
			'an invalid second doc',
			ws([record(), record({ id: 'd2', kind: 'memo' })]),
			/Document 2 “Payments”: unknown kind/
		],
		[
			'duplicate ids',
			ws([record(), record()]),
			/Document 2: another document has the same id \(d1\)/
		],
		['settings that are a list', ws([], []), /Settings: expected an object/],
		[
			'settings with __proto__',
			JSON.parse(
				'{"type":"fivefold/workspace","version":1,"data":{"docs":[],"settings":{"__proto__":{"x":1}}}}'
			),
			/"__proto__" is not allowed/
		],
		[
			'settings nested too deep',
			ws([], JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20))),
			/nested more than 16 levels/
		],
		[
			'__proto__ in data',
			JSON.parse('{"type":"fivefold/workspace","version":1,"data":{"docs":[],"__proto__":{}}}'),
			/"__proto__" is not allowed/
		],
		['a newer version', { ...ws([]), version: 9 }, /newer version/]
	])('refuses %s', (_name, raw, pattern) => {
		expectError(restoreWorkspace(raw), pattern);
	});

	it('refuses more documents than the limit', () => {
		const docs = Array.from({ length: MAX_WORKSPACE_DOCS + 1 }, (_, i) => ({
			id: `d${i}`,
			kind: 'design'
		}));
		expectError(restoreWorkspace(ws(docs)), /5001 documents; the limit is 5000/);
	});

	it('defaults missing settings to an empty object', () => {
		const r = restoreWorkspace(ws([record()]));
		expect(r.ok && r.value.settings).toEqual({});
	});
});
