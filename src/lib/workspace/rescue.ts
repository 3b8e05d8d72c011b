/**
 * Rescue notes: the last line of "nothing typed is lost" (RELIABILITY.md, "Saving and crashes").
 *
 * The journal normally has every edit within one transaction's time. But a tab closed while a
 * batch is still on its way to IndexedDB loses it: the browser aborts a transaction whose page
 * went away before it committed. So when the page is hidden or closed with a save pending, the
 * open document's title and body are written to localStorage, which is synchronous, as a note.
 * The next time the document's lock is taken (opening it, or listing the workspace), the note is
 * folded into the stored document as an ordinary journal entry, or kept as a copy when another
 * writer moved the document on meanwhile. A note is removed once its text is stored.
 */
import { WRITE_LIMITS } from '$lib/model/limits';
import { contentToDoc } from '$lib/model/validate';
import type { DocStore } from '$lib/storage';
import { clampTitle, copyOf, copyTitle, touched, type DocRecord } from './model';

const PREFIX = 'fivefold:rescue:';

/** What is written when the page goes away with a save pending. */
export interface RescueNote {
	v: 1;
	id: string;
	/** The latest revision the writing tab knew to be stored; one more may have landed after. */
	revision: number;
	/**
	 * Whether a batch was on its way when the note was written (missing: true, as first written).
	 * Only that batch, taken before the note, may be under the note's text; without one, the next
	 * revision was taken after the note and may hold words typed since.
	 */
	inFlight?: boolean;
	title: string;
	/** The body as ProseMirror JSON. */
	content: unknown;
	at: number;
}

/** The part of `Storage` the notes use (localStorage in the app, a Map in tests). */
export type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The page's localStorage, or null where it is missing or refused (private modes, sandboxes). */
export function pageStorage(): NoteStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** Write a note; false when storage refused it (full, disabled). Never throws. */
export function writeNote(storage: NoteStorage | null, note: Omit<RescueNote, 'v'>): boolean {
	if (!storage) return false;
	try {
		storage.setItem(PREFIX + note.id, JSON.stringify({ v: 1, ...note }));
		return true;
	} catch {
		return false;
	}
}

/** Remove the note of document `id`, if any. Never throws. */
export function clearNote(storage: NoteStorage | null, id: string): void {
	try {
		storage?.removeItem(PREFIX + id);
	} catch {
		// Nothing to do: a note that cannot be removed is read again and found current.
	}
}

/** The ids of documents that have a note. */
export function notedIds(storage: NoteStorage | null): string[] {
	const ids: string[] = [];
	if (!storage) return ids;
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
		}
	} catch {
		// Storage went away: no notes to recover.
	}
	return ids;
}

/**
 * The note of document `id`, or null. A note that is not valid (not JSON, wrong shape, a body
 * the schema refuses or more than the editor lets anyone write: written by something else, or tampered with) is removed: it never reaches
 * the store.
 */
export function readNote(storage: NoteStorage | null, id: string): RescueNote | null {
	let raw: string | null = null;
	try {
		raw = storage?.getItem(PREFIX + id) ?? null;
	} catch {
		return null;
	}
	if (raw === null) return null;
	let note: unknown;
	try {
		note = JSON.parse(raw);
	} catch {
		note = null;
	}
	// Only what the editor could have written: a stored record is within WRITE_LIMITS, and the
	// reader's limits count on it (limits.ts).
	if (isNote(note, id) && contentToDoc(note.content, 'Rescue note', WRITE_LIMITS).ok) return note;
	clearNote(storage, id);
	return null;
}

function isNote(value: unknown, id: string): value is RescueNote {
	if (typeof value !== 'object' || value === null) return false;
	const note = value as Record<string, unknown>;
	return (
		note.v === 1 &&
		note.id === id &&
		Number.isSafeInteger(note.revision) &&
		(note.revision as number) >= 0 &&
		typeof note.title === 'string' &&
		typeof note.at === 'number' &&
		(note.inFlight === undefined || typeof note.inFlight === 'boolean') &&
		typeof note.content === 'object' &&
		note.content !== null
	);
}

/** What `recoverNote` did. */
export type Recovery =
	/** No note. */
	| 'none'
	/** The store already held the note's text; the note was removed. */
	| 'current'
	/** The note's text was appended to the document's journal. */
	| 'applied'
	/** Another writer had moved the document on: the note's text became a new document. */
	| 'copied'
	/** The store could not be written; the note stays for the next attempt. */
	| 'failed';

/** What `recoverNote` did, with the note's title and, for a copy, the copy's id. */
export interface RecoveryResult {
	kind: Recovery;
	title: string;
	copyId?: string;
}

/**
 * Fold document `id`'s note into the store. The caller holds the document's lock (so no writer
 * is appending meanwhile). The note's text is newer than the store's when the stored revision is
 * the note's, or one more if a batch was in flight when the page went away (it landed after all); any
 * other revision means someone else wrote the document since, and the note is kept beside it as
 * a copy rather than written over their text. A document that is gone (deleted since) drops its
 * note.
 */
export async function recoverNote(
	store: DocStore<DocRecord>,
	storage: NoteStorage | null,
	id: string
): Promise<RecoveryResult> {
	const note = readNote(storage, id);
	if (!note) return { kind: 'none', title: '' };
	const title = clampTitle(note.title);
	const loaded = await store.loadDoc(id);
	if (!loaded.ok) return { kind: 'failed', title };
	const stored = loaded.value;
	if (!stored || (stored.title === title && sameContent(stored.content, note.content))) {
		clearNote(storage, id);
		return { kind: 'current', title };
	}
	if (noteApplies(note, stored.revision)) {
		const appended = await store.append(id, { title, content: note.content }, stored.revision);
		if (!appended.ok) return { kind: 'failed', title };
		clearNote(storage, id);
		return { kind: 'applied', title };
	}
	const copy = copyOf(touched(stored, { content: note.content }), recoveredTitle(title));
	const put = await store.putDocs([copy]);
	if (!put.ok) return { kind: 'failed', title };
	clearNote(storage, id);
	return { kind: 'copied', title, copyId: copy.id };
}

/**
 * Whether a note's text goes on top of the stored revision `revision`: it is the note's, or one
 * more (the batch in flight when the page went away landed after all). Any other revision was
 * written by someone else since.
 */
export function noteApplies(note: RescueNote, revision: number): boolean {
	return revision === note.revision || (note.inFlight !== false && revision === note.revision + 1);
}

/** The title of a recovered copy: " (recovered)" added within the title limit. */
function recoveredTitle(title: string): string {
	return copyTitle(title, ' (recovered)');
}

function sameContent(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** What the user is told after a recovery (null: nothing to say). */
export function recoveryMessage({ kind, title }: RecoveryResult): string | null {
	const name = title.trim() || 'Untitled';
	if (kind === 'applied')
		return `Recovered the last words typed in “${name}” before its tab closed.`;
	if (kind === 'copied')
		return `Text typed in “${name}” just before its tab closed is kept as a new document, “${recoveredTitle(title)}”: the document had changed since.`;
	return null;
}

/** What the user is told when a note's text is put back in the editor but could not be stored. */
export function adoptedMessage(title: string): string {
	return `The last words typed in “${title.trim() || 'Untitled'}” before its tab closed are back in the editor, but could not be saved yet.`;
}
