/**
 * Issue 9's property: whatever the editor or an importer accepts is stored, reloaded and
 * opened. Runs through the real DocStore (fake-indexeddb), the app's `restoreRecord` (validate
 * → migrate → defaults with the reader's limits) and `contentToNode` (what the editor opens).
 *
 * Generated: titles (empty, Unicode, astral, up to 1.5× the limit), bodies (lists and quotes
 * nested past the depth limit, marks, links, headings, code), metadata (revisions up to and past
 * Number.MAX_SAFE_INTEGER, times before 1970 and at the ends of what a Date holds, sources,
 * dismissals, comments, meta), and edits as the editor makes them (journal appends, then a
 * compaction) with the clock anywhere from before 1970 to far ahead.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Fragment, type Node } from 'prosemirror-model';
import { schema } from '$lib/markdown/schema';
import { admitDocRecord } from '$lib/model/envelope';
import { MAX_TIME, READ_LIMITS, WRITE_LIMITS } from '$lib/model/limits';
import { docFromMarkdownFile } from '$lib/model/workspace-file';
import { DocStore } from '$lib/storage/doc-store';
import {
	admitNewDoc,
	clampTitle,
	contentProblem,
	contentToNode,
	copyOf,
	copyTitle,
	measureContent,
	RECORD_VERSION,
	renamed,
	restoreRecord,
	type DocRecord
} from './model';

/** Cases per property; the three properties together run 1,020 (issue 9 asks for 1,000). */
const RUNS = Number(process.env.SAVED_OPENS_RUNS ?? 340);

let dbCounter = 0;
function freshStore(): DocStore<DocRecord> {
	return new DocStore<DocRecord>(restoreRecord, {
		version: RECORD_VERSION,
		dbName: `saved-opens-${Date.now()}-${dbCounter++}`
	});
}

afterEach(() => {
	vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------
// Generators

const char = fc.constantFrom('a', 'Z', ' ', 'é', '字', '😀', '\u200b', '#', '*', '<', '&', '\n');
const text = (max: number) =>
	fc.array(char, { minLength: 1, maxLength: max }).map((cs) => cs.join('').replace(/\n/g, ' '));
const title = fc.oneof(
	{ weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
	{ weight: 1, arbitrary: fc.constant('') },
	// Around and past the limit, with astral characters at the cut.
	{
		weight: 2,
		arbitrary: fc
			.tuple(fc.integer({ min: 990, max: 1_500 }), fc.constantFrom('T', '😀', 'é'))
			.map(([n, c]) => c.repeat(Math.ceil(n / c.length)).slice(0, n))
	}
);

const href = fc.constantFrom('https://example.com/a?b=c', 'mailto:a@b.c', '/relative', '#frag');
const marked = fc
	.tuple(
		text(40),
		fc.subarray(['em', 'strong', 'code', 'link'] as const, { minLength: 0, maxLength: 3 }),
		href
	)
	.map(([t, marks, h]) => {
		// Code excludes other marks in this schema: keep it alone.
		const names = marks.includes('code') ? ['code' as const] : marks;
		return schema.text(
			t,
			names.map((m) =>
				m === 'link' ? schema.marks.link.create({ href: h }) : schema.marks[m].create()
			)
		);
	});
const inline = fc.array(marked, { maxLength: 4 });
const paragraph = inline.map((parts) => schema.nodes.paragraph.create(null, parts));
const leafBlock = fc.oneof(
	{ weight: 5, arbitrary: paragraph },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom(1, 2, 3), text(30))
			.map(([level, t]) => schema.nodes.heading.create({ level }, schema.text(t)))
	},
	{
		weight: 1,
		arbitrary: text(60).map((t) => schema.nodes.code_block.create({ params: 'ts' }, schema.text(t)))
	},
	{ weight: 1, arbitrary: fc.constant(schema.nodes.horizontal_rule.create()) }
);

/** A block nested `levels` containers deep (lists and quotes), then a leaf. */
function nested(levels: number, kinds: number[], leaf: Node, extra: Node[]): Node {
	let node = leaf;
	for (let i = 0; i < levels; i++) {
		const kind = kinds[i % kinds.length] % 3;
		if (kind === 2) {
			node = schema.nodes.blockquote.create(null, node);
		} else {
			const first = node.type === schema.nodes.paragraph ? node : schema.nodes.paragraph.create();
			const rest = node.type === schema.nodes.paragraph ? [] : [node];
			const item = schema.nodes.list_item.create(null, [first, ...rest]);
			node = (kind === 0 ? schema.nodes.bullet_list : schema.nodes.ordered_list).create(null, [
				item
			]);
		}
		if (i === 0 && extra.length) {
			node = schema.nodes.blockquote.create(null, [node, ...extra]);
		}
	}
	return node;
}

const deepBlock = fc
	.tuple(
		// Mostly shallow; sometimes past the write limit (34 list levels), up to the read limit.
		fc.oneof(
			{ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) },
			{ weight: 2, arbitrary: fc.integer({ min: 28, max: 40 }) }
		),
		fc.array(fc.nat(5), { minLength: 1, maxLength: 4 }),
		leafBlock,
		fc.array(leafBlock, { maxLength: 2 })
	)
	.map(([levels, kinds, leaf, extra]) => nested(levels, kinds, leaf, extra));

/** A whole body: a few blocks, sometimes repeated to be large. */
const body = fc
	.tuple(fc.array(deepBlock, { minLength: 1, maxLength: 6 }), fc.constantFrom(1, 1, 1, 1, 1, 1, 8))
	.map(([blocks, times]) => {
		const all: Node[] = [];
		for (let i = 0; i < times; i++) all.push(...blocks);
		return schema.nodes.doc.create(null, Fragment.from(all));
	});

const time = fc.oneof(
	fc.integer({ min: -1e12, max: 4e12 }),
	fc.constantFrom(-MAX_TIME, MAX_TIME, 0, -1, Date.UTC(1960, 0, 1))
);
const revision = fc.oneof(
	{ weight: 4, arbitrary: fc.nat(1_000) },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			Number.MAX_SAFE_INTEGER - 1,
			Number.MAX_SAFE_INTEGER,
			2 ** 53,
			2 ** 60
		)
	}
);
const jsonMeta = fc.dictionary(
	fc.string({ maxLength: 8 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)),
	fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null)),
	{ maxKeys: 5 }
);
const metadata = fc.record({
	createdAt: time,
	updatedAt: time,
	revision,
	sources: fc.array(fc.uuid(), { maxLength: 3 }),
	dismissed: fc.array(
		fc.record({
			rule: fc.constantFrom('vague-goal', 'hedge'),
			excerpt: fc.string({ maxLength: 60 }),
			reason: fc.string({ maxLength: 30 }),
			at: time
		}),
		{ maxLength: 3 }
	),
	comments: fc.array(jsonMeta, { maxLength: 2 }),
	meta: jsonMeta
});

/** An edit the editor makes: a new body (checked by the typing filter) and/or a title. */
const edit = fc.record({
	title: fc.option(title, { nil: undefined }),
	body: fc.option(body, { nil: undefined }),
	clock: time
});

// ---------------------------------------------------------------------------------------------
// The property's two halves

/** Store `record`, apply `edits` as the editor would, then check it reloads and opens. */
async function storeEditReopen(
	record: DocRecord,
	edits: { title?: string; body?: Node; clock: number }[]
): Promise<void> {
	const store = freshStore();
	expect(await store.putDocs([record])).toEqual({ ok: true, value: undefined });
	let expected = { title: record.title, content: record.content as unknown };
	let current = contentToNode(record.content);
	expect(current).not.toBeNull();
	let rev = record.revision;
	for (const e of edits) {
		vi.spyOn(Date, 'now').mockReturnValue(e.clock);
		const change: { title?: string; content?: unknown } = {};
		// The title field cuts at the limit (DocSession.setTitle).
		if (e.title !== undefined) change.title = clampTitle(e.title);
		// The typing filter (editor/limits.ts) lets through what does not grow past a limit.
		if (
			e.body &&
			contentProblem(measureContent(e.body), WRITE_LIMITS, measureContent(current!)) === null
		) {
			change.content = e.body.toJSON();
			current = e.body;
		}
		const appended = await store.append(record.id, change, rev);
		expect(appended.ok, JSON.stringify(appended)).toBe(true);
		if (appended.ok) rev = appended.value;
		expected = {
			title: change.title ?? expected.title,
			content: change.content ?? expected.content
		};
		vi.restoreAllMocks();
	}
	for (const phase of ['journal', 'compacted'] as const) {
		if (phase === 'compacted') expect((await store.compact(record.id)).ok).toBe(true);
		const loaded = await store.loadDoc(record.id);
		expect(loaded.ok, JSON.stringify(!loaded.ok && loaded.error)).toBe(true);
		const doc = loaded.ok ? loaded.value : undefined;
		expect(doc).toBeDefined();
		expect(doc!.title).toBe(expected.title);
		expect(doc!.content).toEqual(expected.content);
		expect(doc!.revision).toBe(rev);
		expect(contentToNode(doc!.content)).not.toBeNull();
		const listed = await store.listDocs();
		expect(listed.ok && listed.value.problems).toEqual([]);
		expect(listed.ok && listed.value.docs.map((d) => d.id)).toEqual([record.id]);
	}
	// Duplicate and rename are entrances too: what they admit opens again.
	const loaded = await store.loadDoc(record.id);
	const stored = loaded.ok ? loaded.value! : record;
	for (const next of [
		copyOf(stored, copyTitle(stored.title)),
		renamed(stored, `${stored.title} renamed`)
	]) {
		const admitted = admitNewDoc(next, 'Entrance');
		if (!admitted.ok) continue;
		expect((await store.putDocs([admitted.value.doc])).ok).toBe(true);
		const back = await store.loadDoc(admitted.value.doc.id);
		expect(back.ok && back.value?.title).toBe(admitted.value.doc.title);
	}
}

const counts = { admitted: 0, refused: 0, markdownAdmitted: 0, markdownRefused: 0 };

describe('whatever is accepted is stored, reloaded and opened (issue 9)', () => {
	it('the reader’s limits are at least the writer’s', () => {
		for (const key of Object.keys(WRITE_LIMITS) as (keyof typeof WRITE_LIMITS)[]) {
			expect(READ_LIMITS[key]).toBeGreaterThanOrEqual(WRITE_LIMITS[key]);
		}
		expect(READ_LIMITS.jsonValues).toBeGreaterThanOrEqual(2 * WRITE_LIMITS.jsonValues);
		expect(READ_LIMITS.jsonChars).toBeGreaterThanOrEqual(2 * WRITE_LIMITS.jsonChars);
	});

	it('bodies exactly at the write limits (characters, nodes, depth) are stored and opened', async () => {
		const chars = schema.nodes.doc.create(
			null,
			Array.from({ length: 20 }, () =>
				schema.nodes.paragraph.create(null, schema.text('x'.repeat(WRITE_LIMITS.textChars / 20)))
			)
		);
		// Paragraph + text per block: the doc itself is the last node.
		const nodes = schema.nodes.doc.create(
			null,
			Array.from({ length: (WRITE_LIMITS.nodes - 1) / 2 }, () =>
				schema.nodes.paragraph.create(null, schema.text('n'))
			)
		);
		let deep = schema.nodes.paragraph.create(null, schema.text('deep'));
		while (measureContent(schema.nodes.doc.create(null, deep)).depth < WRITE_LIMITS.depth)
			deep = schema.nodes.blockquote.create(null, deep);
		const depth = schema.nodes.doc.create(null, deep);
		for (const [what, b] of [
			['characters', chars],
			['nodes', nodes],
			['depth', depth]
		] as const) {
			const m = measureContent(b);
			expect(contentProblem(m), what).toBeNull();
			const raw = {
				id: crypto.randomUUID(),
				kind: 'design',
				title: 'T'.repeat(WRITE_LIMITS.titleChars),
				content: b.toJSON()
			};
			const admitted = admitDocRecord(raw, 1, what);
			expect(admitted.ok, what).toBe(true);
			if (!admitted.ok) continue;
			const store = freshStore();
			expect((await store.putDocs([admitted.value])).ok).toBe(true);
			const loaded = await store.loadDoc(admitted.value.id);
			expect(loaded.ok && contentToNode(loaded.value!.content) !== null, what).toBe(true);
		}
		expect(measureContent(chars).textChars).toBe(WRITE_LIMITS.textChars);
		expect(measureContent(nodes).nodes).toBe(WRITE_LIMITS.nodes - 1);
		expect(measureContent(depth).depth).toBe(WRITE_LIMITS.depth);
	}, 120_000);

	it('records a workspace import admits', async () => {
		await fc.assert(
			fc.asyncProperty(
				title,
				body,
				metadata,
				fc.array(edit, { maxLength: 2 }),
				async (t, b, m, edits) => {
					const raw = {
						id: crypto.randomUUID(),
						kind: 'design',
						title: t,
						content: b.toJSON(),
						...m
					};
					const admitted = admitDocRecord(JSON.parse(JSON.stringify(raw)), 1, 'Imported');
					if (!admitted.ok) {
						counts.refused++;
						// Refused only for a limit, with a sentence that says which.
						expect(admitted.error).toMatch(/nested more than|more than|too large/);
						return;
					}
					counts.admitted++;
					await storeEditReopen(admitted.value, edits);
				}
			),
			{ numRuns: RUNS }
		);
	}, 600_000);

	it('documents the editor creates and edits', async () => {
		await fc.assert(
			fc.asyncProperty(
				body,
				fc.array(edit, { minLength: 1, maxLength: 3 }),
				time,
				async (b, edits, clock) => {
					vi.spyOn(Date, 'now').mockReturnValue(clock);
					const start =
						contentProblem(measureContent(b)) === null
							? b
							: schema.nodes.doc.create(null, schema.nodes.paragraph.create());
					const record: DocRecord = {
						id: crypto.randomUUID(),
						kind: 'strategy',
						title: '',
						content: start.toJSON(),
						createdAt: clock,
						updatedAt: clock,
						revision: 0,
						sources: [],
						dismissed: [],
						comments: [],
						meta: {}
					};
					vi.restoreAllMocks();
					await storeEditReopen(record, edits);
				}
			),
			{ numRuns: RUNS }
		);
	}, 600_000);

	it('Markdown files the importer accepts', async () => {
		const line = fc.oneof(
			text(30).map((t) => t),
			text(20).map((t) => `# ${t}`),
			text(20).map((t) => `**${t}** and [a link](https://example.com)`),
			fc.constant('```\ncode\n```'),
			fc.constant('---')
		);
		const markdown = fc
			.tuple(
				fc.option(
					title.map((t) => `# ${t.replace(/\s+/g, ' ')}`),
					{ nil: undefined }
				),
				fc.array(
					fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('- ', '1. ', '> '), line),
					{ minLength: 1, maxLength: 12 }
				)
			)
			.map(([heading, lines]) =>
				[
					heading ?? '',
					...lines.map(([depth, marker, l]) => `${'  '.repeat(depth)}${marker}${l}`)
				].join('\n\n')
			);
		await fc.assert(
			fc.asyncProperty(markdown, async (md) => {
				const imported = docFromMarkdownFile(
					new TextEncoder().encode(md),
					'generated.md',
					'vision'
				);
				if (!imported.ok) {
					counts.markdownRefused++;
					return;
				}
				counts.markdownAdmitted++;
				await storeEditReopen(imported.value.doc, []);
			}),
			{ numRuns: RUNS }
		);
		// Report what ran (RELIABILITY.md quotes these figures).
		console.info(
			`saved-opens: ${3 * RUNS} cases; imports admitted ${counts.admitted}, refused ${counts.refused}; Markdown admitted ${counts.markdownAdmitted}, refused ${counts.markdownRefused}`
		);
	}, 600_000);
});
