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

/**
 * Test steps over `{ text }` contents: `{ append: string }` adds text, `{ fail: true }` does
 * not apply (stands in for a ProseMirror step that does not fit the document).
 */
export function applyTestSteps(content: unknown, steps: unknown[]): unknown {
	let text = String((content as { text?: unknown } | null)?.text ?? '');
	for (const step of steps) {
		const s = step as { append?: string; fail?: boolean };
		if (s.fail || typeof s.append !== 'string') throw new Error('step does not apply');
		text += s.append;
	}
	return { text };
}

/** A store over a fresh database, so tests never share state. */
export function freshStore(
	applySteps: ((content: unknown, steps: unknown[]) => unknown) | null = applyTestSteps
): { store: DocStore<TestDoc>; dbName: string } {
	const dbName = `fivefold-test-${Date.now()}-${counter++}`;
	return {
		store: new DocStore(restoreTestDoc, { dbName, applySteps: applySteps ?? undefined }),
		dbName
	};
}

/** A document at revision 0. */
export function testDoc(id: string, text = ''): TestDoc {
	return { id, title: `Doc ${id}`, content: { text }, revision: 0, updatedAt: 0 };
}
