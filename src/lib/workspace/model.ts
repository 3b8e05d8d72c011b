/**
 * The UI's door to the domain model ($lib/model): record types, validation and the small
 * record edits every page needs. It imports the model's `types`, `envelope` and `validate`
 * modules directly, never `$lib/model`'s index, which loads markdown-it and fflate; those live
 * behind `convert.ts`, imported on demand, so pages stay small.
 */
import type { Node } from 'prosemirror-model';
import { restoreDocRecord, SCHEMA_VERSION } from '$lib/model/envelope';
import { clampTitle, WRITE_LIMITS } from '$lib/model/limits';
import type { DocKind, DocRecord } from '$lib/model/types';
import { contentToDoc } from '$lib/model/validate';
import type { RestoreFn } from '$lib/storage';

export type { DocKind, DocRecord, Settings } from '$lib/model/types';
export { admitNewDoc } from '$lib/model/envelope';
export {
	clampTitle,
	contentProblem,
	editRefusal,
	measureContent,
	titleMessage,
	WRITE_LIMITS
} from '$lib/model/limits';

/** The record format this build writes (stored with every document). */
export const RECORD_VERSION = SCHEMA_VERSION;

/** Validate → migrate → defaults for a stored record, in the shape storage expects. */
export const restoreRecord: RestoreFn<DocRecord> = (raw, version) =>
	restoreDocRecord(raw, version, 'A stored document');

/** The record with a new title, one revision on. */
export function renamed(record: DocRecord, title: string): DocRecord {
	return touched(record, { title, revision: record.revision + 1 });
}

/** The title of a copy: " (copy)" added, the original cut so the whole stays within the limit. */
export function copyTitle(title: string, suffix = ' (copy)'): string {
	return `${clampTitle(title || 'Untitled', { ...WRITE_LIMITS, titleChars: WRITE_LIMITS.titleChars - suffix.length })}${suffix}`;
}

/** A copy under a new id, starting its own history. */
export function copyOf(record: DocRecord, title: string): DocRecord {
	const now = Date.now();
	return { ...record, id: crypto.randomUUID(), title, createdAt: now, updatedAt: now, revision: 0 };
}

/** The record with changed fields and a fresh `updatedAt`. */
export function touched(
	record: DocRecord,
	change: Partial<Pick<DocRecord, 'title' | 'content' | 'revision'>>
): DocRecord {
	return { ...record, ...change, updatedAt: Date.now() };
}

/** Stored content as a checked ProseMirror node, or null when it is not a valid document. */
export function contentToNode(content: unknown): Node | null {
	const doc = contentToDoc(content, 'Document');
	return doc.ok ? doc.value : null;
}

/** Guess a document's kind from its file name; a design doc when nothing says otherwise. */
export function guessKind(name: string): DocKind {
	if (/strateg/i.test(name)) return 'strategy';
	if (/vision/i.test(name)) return 'vision';
	return 'design';
}
