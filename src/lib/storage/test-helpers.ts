/**
 * Shared fixtures for the storage unit tests (not shipped: only `*.test.ts` import it).
 */
import { DocStore, type RestoreFn } from './doc-store';

/** The record shape the tests store. */
export interface TestDoc {
	id: string;
	title: string;
	content: unknown;
	revision: number;
	updatedAt: number;
}

/** A strict little validator standing in for the model's `restoreDoc`. */
export const restoreTestDoc: RestoreFn<TestDoc> = (raw) => {
	const r = raw as Partial<TestDoc> | null;
	if (
		!r ||
		typeof r.id !== 'string' ||
		typeof r.title !== 'string' ||
		typeof r.revision !== 'number'
	)
		return { ok: false, error: 'not a document' };
	return {
		ok: true,
		value: {
			id: r.id,
			title: r.title,
			content: r.content,
			revision: r.revision,
			updatedAt: r.updatedAt ?? 0
		}
	};
};

let counter = 0;

/** A store over a fresh database, so tests never share state. */
export function freshStore(): { store: DocStore<TestDoc>; dbName: string } {
	const dbName = `fivefold-test-${Date.now()}-${counter++}`;
	return { store: new DocStore(restoreTestDoc, { dbName }), dbName };
}

/** A document at revision 0. */
export function testDoc(id: string, text = ''): TestDoc {
	return { id, title: `Doc ${id}`, content: { text }, revision: 0, updatedAt: 0 };
}
