/**
 * Storage names and envelope shapes.
 *
 * DO NOT CHANGE any name or shape here without adding a migration: these strings are what
 * users' browsers already hold. Keys are IndexedDB arrays so one store can hold snapshots and
 * journals and a key range can select one document's journal in sequence order.
 */

/** IndexedDB database name. */
export const DB_NAME = 'fivefold';
/** The one object store in `DB_NAME`. */
export const STORE_NAME = 'kv';

/**
 * Version of the storage layout itself (keys, the meta envelope). Document, journal, trash and
 * settings envelopes carry the model's record format instead, so the model can migrate them.
 */
export const STORAGE_VERSION = 1;

/** Envelope `type` tags. */
export const TYPE_DOC = 'fivefold/doc';
export const TYPE_JOURNAL = 'fivefold/journal';
export const TYPE_TRASH = 'fivefold/trash';
export const TYPE_META = 'fivefold/meta';
export const TYPE_SETTINGS = 'fivefold/settings';
export const TYPE_SYNTHESIS_BOARD = 'fivefold/synthesis-board';
export const TYPE_SYNTHESIS_PICK = 'fivefold/synthesis-pick';
export const TYPE_BOARD = 'fivefold/board';

let keyRangeImpl: typeof IDBKeyRange | undefined;

/** Use another `IDBKeyRange` (the in-memory fallback's) for the ranges below. */
export function useKeyRange(impl: typeof IDBKeyRange): void {
	keyRangeImpl = impl;
}

function bound(lower: IDBValidKey, upper: IDBValidKey): IDBKeyRange {
	return (keyRangeImpl ?? IDBKeyRange).bound(lower, upper);
}

/** Key of a document's latest compacted snapshot. */
export function docKey(id: string): IDBValidKey {
	return ['doc', id];
}

/** Key of one journal entry; `seq` rises by one per appended batch. */
export function journalKey(id: string, seq: number): IDBValidKey {
	return ['journal', id, seq];
}

/** Every journal entry of one document, in `seq` order (an array key sorts after any number). */
export function journalRange(id: string): IDBKeyRange {
	return bound(['journal', id], ['journal', id, []]);
}

/** Every journal entry of every document. */
export function allJournalsRange(): IDBKeyRange {
	return bound(['journal'], ['journal', []]);
}

/** Every document snapshot. */
export function allDocsRange(): IDBKeyRange {
	return bound(['doc'], ['doc', []]);
}

/** Key of a deleted document kept for undo. */
export function trashKey(id: string): IDBValidKey {
	return ['trash', id];
}

/** Every trashed document. */
export function allTrashRange(): IDBKeyRange {
	return bound(['trash'], ['trash', []]);
}

/** Key of the install marker (first visit, eviction detection). */
export const META_KEY: IDBValidKey = ['meta'];
/** Key of the workspace settings. */
export const SETTINGS_KEY: IDBValidKey = ['settings'];

/**
 * Key of the Synthesize page's unfinished board: `scope` is the strategy being re-run, or
 * `'new'` for a fresh synthesis. Kept until the draft is made or the author starts over.
 */
export function synthesisBoardKey(scope: string): IDBValidKey {
	return ['synthesis-board', scope];
}
/** Key of the design docs picked the last time the Synthesize page ran. */
export const SYNTHESIS_PICK_KEY: IDBValidKey = ['synthesis-pick'];

/** A saved Synthesize board or pick: `value` is validated by `$lib/synthesis` on read. */
export interface SynthesisEnvelope {
	type: typeof TYPE_SYNTHESIS_BOARD | typeof TYPE_SYNTHESIS_PICK;
	version: number;
	savedAt: number;
	value: unknown;
}

/**
 * Key of a page's working state in this workspace (`board('weave')`: the Weave vision page's
 * picks and decisions). The page validates what it reads; anything else reads as no board.
 */
export function boardKey(page: string): IDBValidKey {
	return ['board', page];
}

/** A page's stored working state; `board` is validated by the page's own reader. */
export interface BoardEnvelope {
	type: typeof TYPE_BOARD;
	version: number;
	board: unknown;
}

/** A stored document snapshot; `record` is validated by the model on every load. */
export interface DocEnvelope {
	type: typeof TYPE_DOC;
	/** The model's record format `record` was written in. */
	version: number;
	record: unknown;
}

/** One saved batch of edits: the document's state after it, not a diff, so replay is trivial. */
export interface JournalEntry {
	type: typeof TYPE_JOURNAL;
	version: number;
	/** Document revision after this batch. */
	revision: number;
	/** Wall-clock time of the batch (ms since epoch). */
	at: number;
	title?: string;
	/** The whole content after this batch (the first batch after a failure, and now and then). */
	content?: unknown;
	/**
	 * Or the edits of this batch: ProseMirror steps (JSON), to apply in order to the content as
	 * of the entry before (`DocStoreOptions.applySteps`). Typing in a long document writes a few
	 * hundred bytes a batch instead of the whole text.
	 */
	steps?: unknown[];
}

/** A deleted document, kept until the undo window passes. */
export interface TrashEnvelope {
	type: typeof TYPE_TRASH;
	version: number;
	deletedAt: number;
	record: unknown;
}

/** What the app remembers about this browser's workspace outside the documents. */
export interface Meta {
	type: typeof TYPE_META;
	version: number;
	/** Random id written on first visit; if it disappears, the browser cleared storage. */
	installId: string;
	createdAt: number;
	/** The first-visit sample workspace was loaded into this install. */
	samplesLoaded: boolean;
	/** The user closed the note explaining the samples. */
	sampleNoteDismissed: boolean;
}

/** Stored settings: the model validates `settings`. */
export interface SettingsEnvelope {
	type: typeof TYPE_SETTINGS;
	version: number;
	settings: unknown;
}
