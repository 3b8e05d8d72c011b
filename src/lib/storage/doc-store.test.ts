import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DocStore } from './doc-store';
import { freshStore, restoreTestDoc, testDoc } from './test-helpers';

describe('DocStore', () => {
	it('replays the journal over the snapshot after a crash (no compaction ran)', async () => {
		const { store } = freshStore();
		expect((await store.putDocs([testDoc('a', '')])).ok).toBe(true);
		let revision = 0;
		for (const text of ['H', 'He', 'Hel', 'Hello']) {
			const r = await store.append('a', { content: { text } }, revision);
			expect(r.ok).toBe(true);
			if (r.ok) revision = r.value;
		}
		await store.append('a', { title: 'Greeting' }, revision);
		// A new store object over the same database stands in for a reopened tab.
		const loaded = await store.loadDoc('a');
		expect(loaded).toMatchObject({
			ok: true,
			value: { title: 'Greeting', content: { text: 'Hello' }, revision: 5 }
		});
		const listed = await store.listDocs();
		expect(listed.ok && listed.value.docs).toEqual([loaded.ok && loaded.value]);
	});

	it('replays journalled steps over the content before them, and whole contents as they are', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a', 'x')]);
		let revision = 0;
		for (const change of [
			{ steps: [{ append: 'y' }, { append: 'z' }] },
			{ content: { text: 'whole' } },
			{ steps: [{ append: '!' }] }
		]) {
			const r = await store.append('a', change, revision);
			if (r.ok) revision = r.value;
		}
		expect(await store.loadDoc('a')).toMatchObject({
			ok: true,
			value: { content: { text: 'whole!' }, revision: 3 }
		});
		expect(await store.compact('a')).toEqual({ ok: true, value: 3 });
		expect(await store.loadDoc('a')).toMatchObject({ value: { content: { text: 'whole!' } } });
	});

	it('steps that do not apply: the document opens as of before them, says so, and the journal is never folded away', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a', 'a')]);
		let revision = 0;
		for (const steps of [[{ append: 'b' }], [{ fail: true }], [{ append: 'c' }]]) {
			const r = await store.append('a', { steps }, revision);
			if (r.ok) revision = r.value;
		}
		expect(await store.loadDoc('a')).toMatchObject({
			ok: true,
			value: { content: { text: 'ab' }, revision: 3 }
		});
		const listed = await store.listDocs();
		expect(listed.ok && listed.value.problems).toEqual([
			'“Doc a” opened as of an earlier save: the last 2 batches of edits stored for it could not be replayed.'
		]);
		expect(await store.compact('a')).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
		// Still there for a build that can replay them; a whole content later mends the rest.
		expect(await store.loadDoc('a')).toMatchObject({ value: { content: { text: 'ab' } } });
		await store.append('a', { content: { text: 'mended' } }, revision);
		expect(await store.loadDoc('a')).toMatchObject({ value: { content: { text: 'mended' } } });
		const again = await store.listDocs();
		expect(again.ok && again.value.problems).toEqual([]);
	});

	it('without a way to replay steps, a document opens as of its last whole content', async () => {
		const { store } = freshStore(null);
		await store.putDocs([testDoc('a', 'a')]);
		await store.append('a', { steps: [{ append: 'b' }] }, 0);
		expect(await store.loadDoc('a')).toMatchObject({ value: { content: { text: 'a' } } });
	});

	it('compactFrom writes the writer’s record as the snapshot, only at the latest revision', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		await store.append('a', { steps: [{ append: 'hi' }] }, 0);
		const stale = { ...testDoc('a', 'old'), revision: 0 };
		expect(await store.compactFrom(stale)).toMatchObject({
			ok: false,
			error: { kind: 'conflict' }
		});
		expect(await store.loadDoc('a')).toMatchObject({ value: { content: { text: 'hi' } } });
		const current = { ...testDoc('a', 'hi'), revision: 1 };
		expect(await store.compactFrom(current)).toEqual({ ok: true, value: 1 });
		expect(await store.compactFrom(current)).toEqual({ ok: true, value: 0 });
		expect(await store.loadDoc('a')).toMatchObject({
			value: { content: { text: 'hi' }, revision: 1 }
		});
		expect(await store.append('a', { steps: [{ append: '!' }] }, 1)).toEqual({
			ok: true,
			value: 2
		});
	});

	it('compaction folds the journal into a snapshot and empties it', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		await store.append('a', { content: { text: 'one' } }, 0);
		await store.append('a', { content: { text: 'two' } }, 1);
		expect(await store.compact('a')).toEqual({ ok: true, value: 2 });
		expect(await store.compact('a')).toEqual({ ok: true, value: 0 });
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'two' }, revision: 2 });
		// Appends continue from the compacted revision.
		expect(await store.append('a', { content: { text: 'three' } }, 2)).toEqual({
			ok: true,
			value: 3
		});
	});

	it('keeps the previous snapshot and the journal when compaction fails before commit', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a', 'old')]);
		await store.append('a', { content: { text: 'new' } }, 0);
		const failed = await store.compact('a', {
			beforeCommit: () => {
				throw new DOMException('disk went away', 'UnknownError');
			}
		});
		expect(failed.ok).toBe(false);
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'new' }, revision: 1 });
		// The journal is intact, so a later compaction still has everything.
		expect(await store.compact('a')).toEqual({ ok: true, value: 1 });
	});

	it('refuses an append from a stale revision (another writer got there first)', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		await store.append('a', { content: { text: 'tab one' } }, 0);
		const stale = await store.append('a', { content: { text: 'tab two' } }, 0);
		expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict' } });
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'tab one' } });
	});

	it('reports an append to a vanished document as eviction', async () => {
		const { store } = freshStore();
		expect(await store.append('gone', { content: {} }, 0)).toMatchObject({
			ok: false,
			error: { kind: 'evicted' }
		});
	});

	it('trashes and restores a document with its journal folded in', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a'), testDoc('b')]);
		await store.append('a', { content: { text: 'kept' } }, 0);
		expect((await store.trash('a')).ok).toBe(true);
		let listed = await store.listDocs();
		expect(listed.ok && listed.value.docs.map((d) => d.id)).toEqual(['b']);
		const back = await store.untrash('a');
		expect(back.ok && back.value).toMatchObject({
			id: 'a',
			content: { text: 'kept' },
			revision: 1
		});
		listed = await store.listDocs();
		expect(listed.ok && listed.value.docs.map((d) => d.id)).toEqual(['a', 'b']);
		expect(await store.untrash('a')).toEqual({ ok: true, value: undefined });
	});

	it('refuses to trash a document edited since the caller looked', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		await store.append('a', { content: { text: 'newer' } }, 0);
		expect(await store.trash('a', 0)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
	});

	it('purges old trash only', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		await store.trash('a');
		expect(await store.purgeTrash(0)).toEqual({ ok: true, value: 0 });
		expect(await store.purgeTrash(Date.now() + 1)).toEqual({ ok: true, value: 1 });
	});

	it('lists unreadable records as problems and leaves them in place', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a'), { id: 'b', title: 'Broken' } as never]);
		const listed = await store.listDocs();
		expect(listed.ok && listed.value.docs.map((d) => d.id)).toEqual(['a']);
		expect(listed.ok && listed.value.problems[0]).toMatch(/“Broken” could not be read/);
	});

	it('replaces all documents atomically', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a'), testDoc('b')]);
		await store.append('a', { content: { text: 'x' } }, 0);
		await store.replaceDocs([testDoc('c')]);
		const listed = await store.listDocs();
		expect(listed.ok && listed.value.docs.map((d) => d.id)).toEqual(['c']);
	});

	it('stores the install marker and settings', async () => {
		const { store } = freshStore();
		expect(await store.readMeta()).toEqual({ ok: true, value: undefined });
		const meta = { installId: 'x', createdAt: 1, samplesLoaded: true, sampleNoteDismissed: false };
		await store.writeMeta(meta);
		expect(await store.readMeta()).toMatchObject({ ok: true, value: meta });
		expect(await store.readSettings()).toEqual({
			ok: true,
			value: { settings: undefined, version: 1 }
		});
		await store.writeSettings({ pages: 2 });
		expect(await store.readSettings()).toEqual({
			ok: true,
			value: { settings: { pages: 2 }, version: 1 }
		});
	});
});

describe('DocStore record formats', () => {
	it('passes the oldest format involved to the model, so it can migrate', async () => {
		const dbName = `fivefold-test-versions-${Date.now()}`;
		const seen: number[] = [];
		const spy = (raw: unknown, version: number) => {
			seen.push(version);
			return restoreTestDoc(raw, version);
		};
		const old = new DocStore(spy, { dbName, version: 1 });
		await old.putDocs([testDoc('a')]);
		await old.append('a', { content: { text: 'old build' } }, 0);
		const upgraded = new DocStore(spy, { dbName, version: 2 });
		await upgraded.append('a', { content: { text: 'new build' } }, 1);
		const loaded = await upgraded.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'new build' } });
		expect(seen.at(-1)).toBe(1);
		await upgraded.compact('a');
		await upgraded.loadDoc('a');
		expect(seen.at(-1)).toBe(1);
		await upgraded.putDocs([testDoc('a')]);
		await upgraded.loadDoc('a');
		expect(seen.at(-1)).toBe(2);
	});
});

describe('DocStore without IndexedDB', () => {
	it('keeps documents in memory and says so', async () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error -- simulate a browser (private mode) without IndexedDB
		delete globalThis.indexedDB;
		try {
			const { store } = freshStore();
			expect(await store.memoryOnly()).toBe(true);
			await store.putDocs([testDoc('a')]);
			expect(await store.append('a', { content: { text: 'in memory' } }, 0)).toEqual({
				ok: true,
				value: 1
			});
			const loaded = await store.loadDoc('a');
			expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'in memory' } });
		} finally {
			globalThis.indexedDB = saved;
		}
	});

	it('uses IndexedDB when it is there', async () => {
		const { store } = freshStore();
		expect(await store.memoryOnly()).toBe(false);
	});
});
