/**
 * Rescue notes: text written to localStorage when a tab goes away with a save pending is folded
 * into the stored document on the next open, kept as a copy when someone else wrote meanwhile,
 * and a note that is not valid never reaches the store.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newDoc } from '$lib/model/doc-factory';
import { WRITE_LIMITS } from '$lib/model/limits';
import { DocStore } from '$lib/storage/doc-store';
import { contentToNode, RECORD_VERSION, restoreRecord, type DocRecord } from './model';
import {
	clearNote,
	notedIds,
	readNote,
	recoverNote,
	recoveryMessage,
	writeNote,
	type NoteStorage
} from './rescue';
import { applyStepsToContent } from './steps';

let counter = 0;
function freshStore(): DocStore<DocRecord> {
	return new DocStore<DocRecord>(restoreRecord, {
		version: RECORD_VERSION,
		dbName: `rescue-${Date.now()}-${counter++}`,
		applySteps: applyStepsToContent
	});
}

/** A Map-backed stand-in for localStorage; `full` makes every write throw as a full quota does. */
function memoryStorage(full = false): NoteStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => void map.delete(k)
	};
}

function body(text: string): unknown {
	return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

async function stored(store: DocStore<DocRecord>, text: string): Promise<DocRecord> {
	const doc = { ...newDoc('strategy', { title: 'Plan' }), content: body(text) };
	expect((await store.putDocs([doc])).ok).toBe(true);
	return doc;
}

describe('rescue notes', () => {
	it('fold the last words into the document when the stored revision is the note’s', async () => {
		const store = freshStore();
		const storage = memoryStorage();
		const doc = await stored(store, 'Closed witho');
		writeNote(storage, {
			id: doc.id,
			revision: doc.revision,
			title: 'Plan B',
			content: body('Closed without waiting.'),
			at: 1
		});
		const result = await recoverNote(store, storage, doc.id);
		expect(result.kind).toBe('applied');
		expect(recoveryMessage(result)).toContain('Plan B');
		const after = await store.loadDoc(doc.id);
		expect(after.ok && after.value?.content).toEqual(body('Closed without waiting.'));
		expect(after.ok && after.value?.title).toBe('Plan B');
		expect(after.ok && after.value?.revision).toBe(doc.revision + 1);
		expect(notedIds(storage)).toEqual([]);
	});

	it('apply when the batch in flight landed after the note (stored revision one more)', async () => {
		const store = freshStore();
		const storage = memoryStorage();
		const doc = await stored(store, 'Closed');
		expect((await store.append(doc.id, { content: body('Closed wi') }, 0)).ok).toBe(true);
		writeNote(storage, {
			id: doc.id,
			revision: 0,
			title: 'Plan',
			content: body('Closed without'),
			at: 1
		});
		expect((await recoverNote(store, storage, doc.id)).kind).toBe('applied');
		const after = await store.loadDoc(doc.id);
		expect(after.ok && after.value?.content).toEqual(body('Closed without'));
	});

	it('never apply over revision one more when no batch was on its way as the note was written', async () => {
		// Saving was failing (no batch in flight): the next batch was taken after the note, with
		// whatever was typed since, so the note's text is older than that revision.
		const store = freshStore();
		const storage = memoryStorage();
		const doc = await stored(store, 'Closed');
		writeNote(storage, {
			id: doc.id,
			revision: 0,
			inFlight: false,
			title: 'Plan',
			content: body('Closed wi'),
			at: 1
		});
		expect((await store.append(doc.id, { content: body('Closed without waiting') }, 0)).ok).toBe(
			true
		);
		const result = await recoverNote(store, storage, doc.id);
		expect(result.kind).toBe('copied');
		const after = await store.loadDoc(doc.id);
		expect(after.ok && after.value?.content).toEqual(body('Closed without waiting'));
	});

	it('keep the note’s text as a copy when another writer moved the document on', async () => {
		const store = freshStore();
		const storage = memoryStorage();
		const doc = await stored(store, 'Theirs');
		for (let r = 0; r < 3; r++)
			expect((await store.append(doc.id, { content: body(`Theirs ${r}`) }, r)).ok).toBe(true);
		writeNote(storage, { id: doc.id, revision: 0, title: 'Plan', content: body('Mine'), at: 1 });
		const result = await recoverNote(store, storage, doc.id);
		expect(result.kind).toBe('copied');
		const listed = await store.listDocs();
		const docs = listed.ok ? listed.value.docs : [];
		expect(docs.find((d) => d.id === doc.id)?.content).toEqual(body('Theirs 2'));
		const copy = docs.find((d) => d.id === result.copyId);
		expect(copy?.title).toBe('Plan (recovered)');
		expect(copy?.content).toEqual(body('Mine'));
		expect(notedIds(storage)).toEqual([]);
	});

	it('drop a note the store already holds, without a new revision', async () => {
		const store = freshStore();
		const storage = memoryStorage();
		const doc = await stored(store, 'Same');
		writeNote(storage, { id: doc.id, revision: 0, title: 'Plan', content: body('Same'), at: 1 });
		const result = await recoverNote(store, storage, doc.id);
		expect(result.kind).toBe('current');
		expect(recoveryMessage(result)).toBeNull();
		const after = await store.loadDoc(doc.id);
		expect(after.ok && after.value?.revision).toBe(0);
		expect(notedIds(storage)).toEqual([]);
	});

	it.each([
		['not JSON', '{"v":1,'],
		[
			'a script for a body',
			JSON.stringify({
				v: 1,
				id: 'X',
				revision: 0,
				title: 't',
				at: 1,
				content: '<script>alert(1)</script>'
			})
		],
		[
			'a node the schema refuses',
			JSON.stringify({
				v: 1,
				id: 'X',
				revision: 0,
				title: 't',
				at: 1,
				content: { type: 'doc', content: [{ type: 'script', text: 'x' }] }
			})
		],
		[
			'a negative revision',
			JSON.stringify({ v: 1, id: 'X', revision: -1, title: 't', at: 1, content: body('x') })
		],
		[
			'another document’s id',
			JSON.stringify({ v: 1, id: 'Y', revision: 0, title: 't', at: 1, content: body('x') })
		],
		['a binary blob', '\u0000\u0001\u00ff\ufffd'],
		[
			'more text than the editor lets anyone write',
			JSON.stringify({
				v: 1,
				id: 'X',
				revision: 0,
				title: 't',
				at: 1,
				content: body('a'.repeat(WRITE_LIMITS.textChars + 1))
			})
		]
	])('refuse a tampered note (%s): removed, the document unchanged', async (_, raw) => {
		const store = freshStore();
		const storage = memoryStorage();
		const doc = await stored(store, 'Kept');
		storage.map.set(`fivefold:rescue:${doc.id}`, raw.replace(/"X"/, JSON.stringify(doc.id)));
		const result = await recoverNote(store, storage, doc.id);
		expect(result.kind).toBe('none');
		const after = await store.loadDoc(doc.id);
		expect(after.ok && after.value?.content).toEqual(body('Kept'));
		expect(after.ok && after.value?.revision).toBe(0);
		expect(storage.map.size).toBe(0);
	});

	it('a note for a document that is gone is dropped', async () => {
		const store = freshStore();
		const storage = memoryStorage();
		writeNote(storage, { id: 'gone', revision: 0, title: 'Plan', content: body('x'), at: 1 });
		expect((await recoverNote(store, storage, 'gone')).kind).toBe('current');
		expect(notedIds(storage)).toEqual([]);
	});

	it('writing never throws: a full or missing localStorage only says false', () => {
		expect(
			writeNote(memoryStorage(true), { id: 'a', revision: 0, title: '', content: body('x'), at: 1 })
		).toBe(false);
		expect(writeNote(null, { id: 'a', revision: 0, title: '', content: body('x'), at: 1 })).toBe(
			false
		);
		expect(readNote(null, 'a')).toBeNull();
		expect(notedIds(null)).toEqual([]);
		clearNote(null, 'a');
	});

	it('what a note holds opens in the editor', () => {
		const storage = memoryStorage();
		writeNote(storage, { id: 'a', revision: 3, title: 'T', content: body('Words'), at: 1 });
		const note = readNote(storage, 'a');
		expect(note?.revision).toBe(3);
		expect(contentToNode(note?.content)).not.toBeNull();
	});
});
