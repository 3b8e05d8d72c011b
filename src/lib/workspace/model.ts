/**
 * The UI's door to the domain model ($lib/model): record types, validation and the small
 * record edits every page needs. Nothing here loads Markdown or zip code; that lives in
 * `convert.ts`, imported on demand, so pages stay small. Keeping the model's API behind these
 * two files means a change there is a change here only.
 *
 * TEMPORARY: until $lib/model lands, the record shape, validation and Markdown export are
 * stand-ins here, marked `STAND-IN`.
 */
import type { Node } from 'prosemirror-model';
// The schema module only: `$lib/markdown`'s index would pull markdown-it into every page.
import { schema } from '$lib/markdown/schema';
import type { RestoreFn } from '$lib/storage';

/** Document kinds. */
export type DocKind = 'design' | 'strategy' | 'vision';

/** STAND-IN for the model's DocRecord. */
export interface DocRecord {
	id: string;
	kind: DocKind;
	title: string;
	content: unknown;
	createdAt: string;
	updatedAt: string;
	revision: number;
	sources: string[];
	dismissed: unknown[];
	comments: unknown[];
	meta: Record<string, unknown>;
}

const KINDS = new Set(['design', 'strategy', 'vision']);

/** Validate → migrate → defaults for a stored record (STAND-IN). */
export const restoreRecord: RestoreFn<DocRecord> = (raw) => {
	const r = raw as Partial<DocRecord> | null;
	if (!r || typeof r !== 'object') return { ok: false, error: 'not an object' };
	if (typeof r.id !== 'string' || !KINDS.has(String(r.kind)) || typeof r.revision !== 'number')
		return { ok: false, error: 'missing id, kind or revision' };
	if (!contentToNode(r.content)) return { ok: false, error: 'invalid content' };
	return {
		ok: true,
		value: {
			id: r.id,
			kind: r.kind as DocKind,
			title: typeof r.title === 'string' ? r.title : '',
			content: r.content,
			createdAt: String(r.createdAt ?? new Date().toISOString()),
			updatedAt: String(r.updatedAt ?? new Date().toISOString()),
			revision: r.revision,
			sources: Array.isArray(r.sources) ? r.sources : [],
			dismissed: Array.isArray(r.dismissed) ? r.dismissed : [],
			comments: Array.isArray(r.comments) ? r.comments : [],
			meta: {}
		}
	};
};

/** The record with a new title, one revision on. */
export function renamed(record: DocRecord, title: string): DocRecord {
	return touched(record, { title, revision: record.revision + 1 });
}

/** A copy under a new id. */
export function copyOf(record: DocRecord, title: string): DocRecord {
	const now = new Date().toISOString();
	return { ...record, id: crypto.randomUUID(), title, createdAt: now, updatedAt: now, revision: 0 };
}

/** The record with changed fields and a fresh `updatedAt`. */
export function touched(
	record: DocRecord,
	change: Partial<Pick<DocRecord, 'title' | 'content' | 'revision'>>
): DocRecord {
	return { ...record, ...change, updatedAt: new Date().toISOString() };
}

/** Stored content as a checked ProseMirror node, or null when it is not a valid document. */
export function contentToNode(content: unknown): Node | null {
	try {
		const node = schema.nodeFromJSON(content);
		node.check();
		return node;
	} catch {
		return null;
	}
}

/** Guess a document's kind from its file name or title; design doc when nothing says otherwise. */
export function guessKind(name: string): DocKind {
	if (/strateg/i.test(name)) return 'strategy';
	if (/vision/i.test(name)) return 'vision';
	return 'design';
}
