import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocSaver, type SaveStatus } from './saver';
import { freshStore, testDoc, type TestDoc } from './test-helpers';
import type { StorageError } from './result';

/**
 * An editable in-memory document wired to a saver, as the editor session does it; with
 * `steps`, it journals its edits as steps (`applyTestSteps`) like the editor does.
 */
function session(
	start: TestDoc,
	store: ReturnType<typeof freshStore>['store'],
	opts: { steps?: boolean; fullEvery?: number; compactIdleMs?: number } = {}
) {
	const state = { title: start.title, text: '' };
	let pending: unknown[] = [];
	const statuses: [SaveStatus, StorageError | undefined][] = [];
	let recovered = 0;
	const saver = new DocSaver(
		store,
		start.id,
		start.revision,
		{
			title: () => state.title,
			content: () => ({ text: state.text }),
			record: (revision) => ({
				...start,
				title: state.title,
				content: { text: state.text },
				revision
			}),
			...(opts.steps
				? {
						steps: () => {
							const taken = pending;
							pending = [];
							return taken;
						}
					}
				: {})
		},
		{
			onStatus: (s, e) => statuses.push([s, e]),
			onRecovered: () => recovered++,
			retryMs: 20,
			compactIdleMs: opts.compactIdleMs ?? 10,
			...(opts.fullEvery ? { fullEvery: opts.fullEvery } : {})
		}
	);
	return {
		saver,
		statuses,
		recovered: () => recovered,
		type(text: string) {
			state.text += text;
			pending.push({ append: text });
			saver.push({ content: true });
		},
		rename(title: string) {
			state.title = title;
			saver.push({ title: true });
		}
	};
}

afterEach(() => vi.restoreAllMocks());

describe('DocSaver', () => {
	it('stores every keystroke, coalescing those that arrive during a write', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		for (const ch of 'hello world') s.type(ch);
		s.rename('Greeting');
		expect(s.saver.status).toBe('saving');
		await s.saver.flush();
		expect(s.saver.status).toBe('saved');
		// Same-task keystrokes become one batch: far fewer revisions than keystrokes.
		expect(s.saver.revision).toBeGreaterThan(0);
		expect(s.saver.revision).toBeLessThan(12);
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({
			title: 'Greeting',
			content: { text: 'hello world' }
		});
	});

	it('says Saved only after the transaction committed', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		s.type('x');
		const savedAt = new Promise<void>((resolve) => {
			const check = setInterval(() => {
				if (s.saver.status === 'saved') {
					clearInterval(check);
					resolve();
				}
			}, 0);
		});
		await savedAt;
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'x' } });
	});

	it('surfaces a quota error as Not saved, keeps the text, and saves it once space returns', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		s.type('kept in memory');
		await s.saver.flush();
		expect(s.saver.status).toBe('unsaved');
		expect(s.statuses.at(-1)?.[1]?.kind).toBe('quota');
		put.mockRestore();
		await vi.waitFor(() => expect(s.saver.status).toBe('saved'));
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'kept in memory' } });
	});

	it('stored() waits through failed attempts until the text is stored (issue 9)', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		s.type('the latest text');
		await s.saver.flush();
		expect(s.saver.status).toBe('unsaved');
		let stored = false;
		const waiting = s.saver.stored().then(() => (stored = true));
		// Several retries fail: still waiting, text still pending.
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(stored).toBe(false);
		expect(s.saver.pending).toBe(true);
		put.mockRestore();
		await waiting;
		expect(s.saver.status).toBe('saved');
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'the latest text' } });
	});

	it('stops and reports a conflict when another writer moved the revision on', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		await store.append('a', { content: { text: 'other tab' } }, 0);
		s.type('mine');
		await s.saver.flush();
		expect(s.saver.status).toBe('conflict');
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'other tab' } });
	});

	it('writes the document back from memory after the browser cleared storage', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		s.type('before');
		await s.saver.flush();
		await store.clearDocs();
		s.type(' after');
		await s.saver.flush();
		expect(s.saver.status).toBe('saved');
		expect(s.recovered()).toBe(1);
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'before after' } });
	});

	it('folds the journal when typing pauses', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store);
		s.type('a');
		await s.saver.flush();
		s.type('b');
		await s.saver.flush();
		// Nothing pending: the record in memory becomes the snapshot (no journal read).
		const compact = vi.spyOn(store, 'compactFrom');
		await vi.waitFor(() => expect(compact).toHaveBeenCalled());
		await vi.waitFor(async () => expect(await store.compact('a')).toEqual({ ok: true, value: 0 }));
		const loaded = await store.loadDoc('a');
		expect(loaded.ok && loaded.value).toMatchObject({ content: { text: 'ab' } });
	});
});

describe('DocSaver journalling steps', () => {
	const changes = (spy: { mock: { calls: unknown[][] } }) =>
		spy.mock.calls.map(([, change]) => {
			const c = change as { content?: unknown; steps?: unknown[] };
			return c.content !== undefined ? 'whole' : c.steps ? `steps ${c.steps.length}` : 'title';
		});

	it('journals the steps of each batch, and a reload replays them before any fold', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store, { steps: true, compactIdleMs: 60_000 });
		const append = vi.spyOn(store, 'append');
		s.type('a');
		await s.saver.flush();
		s.type('b');
		s.type('c');
		await s.saver.flush();
		expect(changes(append)).toEqual(['steps 1', 'steps 2']);
		expect(await store.loadDoc('a')).toMatchObject({
			value: { content: { text: 'abc' }, revision: 2 }
		});
		await s.saver.dispose();
	});

	it('writes the whole content after a failed batch, and every fullEvery batches', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store, { steps: true, fullEvery: 3, compactIdleMs: 60_000 });
		const append = vi.spyOn(store, 'append');
		append.mockResolvedValueOnce({ ok: false, error: { kind: 'quota', message: 'full' } });
		s.type('a');
		await s.saver.flush();
		expect(s.saver.status).toBe('unsaved');
		await vi.waitFor(() => expect(s.saver.status).toBe('saved'));
		for (const ch of 'bcdef') {
			s.type(ch);
			await s.saver.flush();
		}
		// The failed steps batch, the whole content that holds it, three steps batches, whole
		// again, then steps.
		expect(changes(append)).toEqual([
			'steps 1',
			'whole',
			'steps 1',
			'steps 1',
			'steps 1',
			'whole',
			'steps 1'
		]);
		expect(await store.loadDoc('a')).toMatchObject({ value: { content: { text: 'abcdef' } } });
		await s.saver.dispose();
	});

	it('after eviction writes the document back whole and goes on with steps from there', async () => {
		const { store } = freshStore();
		await store.putDocs([testDoc('a')]);
		const s = session(testDoc('a'), store, { steps: true, compactIdleMs: 60_000 });
		s.type('before ');
		await s.saver.flush();
		await store.clearDocs();
		s.type('after');
		await s.saver.flush();
		expect(s.recovered()).toBe(1);
		s.type('!');
		await s.saver.flush();
		expect(await store.loadDoc('a')).toMatchObject({
			value: { content: { text: 'before after!' } }
		});
		await s.saver.dispose();
	});
});
