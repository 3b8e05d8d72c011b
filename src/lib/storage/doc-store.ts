/**
 * The document store: snapshots plus an append-only journal per document, in one IndexedDB
 * object store, with every multi-key change in one transaction.
 *
 * Why a journal: a write must reach IndexedDB within 50 ms of every edit, and rewriting a
 * large snapshot that often is wasteful; appending the batch and folding it into the snapshot
 * later is cheap, and a crash at any point leaves either the old snapshot plus its journal or
 * the new snapshot (RELIABILITY-NOTES, "Saving"). Loading always validates through the model.
 */
import {
	AbortReason,
	commitNow,
	entries,
	lastEntry,
	openBackend,
	request,
	transact,
	type Backend
} from './idb';
import {
	allDocsRange,
	boardKey,
	allJournalsRange,
	allTrashRange,
	docKey,
	journalKey,
	journalRange,
	META_KEY,
	SETTINGS_KEY,
	STORAGE_VERSION,
	SYNTHESIS_PICK_KEY,
	synthesisBoardKey,
	TYPE_SYNTHESIS_BOARD,
	TYPE_SYNTHESIS_PICK,
	trashKey,
	TYPE_BOARD,
	TYPE_DOC,
	TYPE_JOURNAL,
	TYPE_META,
	TYPE_SETTINGS,
	TYPE_TRASH,
	type DocEnvelope,
	type JournalEntry,
	type Meta,
	type TrashEnvelope
} from './keys';
import { classifyError, errorMessage, fail, ok, type StorageResult } from './result';

/** The least a stored record must have for the store to journal it. */
export interface StorableDoc {
	id: string;
	title: string;
	content: unknown;
	revision: number;
}

/**
 * Validates, migrates (from the record format `version` it was stored in) and fills defaults
 * for a raw stored record: the model's `restoreDocRecord`.
 */
export type RestoreFn<R> = (
	raw: unknown,
	version: number
) => { ok: true; value: R } | { ok: false; error: string };

/** How to build a `DocStore`. */
export interface DocStoreOptions {
	/** The record format this build writes (the model's SCHEMA_VERSION); default 1. */
	version?: number;
	/** Database name; tests use a fresh one each. */
	dbName?: string;
	/**
	 * Apply a journal entry's steps to a stored content (the editor's schema does this: the
	 * store knows nothing of ProseMirror). Throws when they do not apply. Without it, an entry
	 * holding steps cannot be replayed and its document loads as of the entry before.
	 */
	applySteps?: (content: unknown, steps: unknown[]) => unknown;
}

/** A batch of edits to journal: the document's new title, and its new content or the steps to it. */
export interface DocChange {
	title?: string;
	content?: unknown;
	/** The edits since the previous batch, when `content` is not given (see `JournalEntry.steps`). */
	steps?: unknown[];
}

/**
 * A stored document that failed validation: kept untouched, listed, opened read-only and
 * exported as it is (issue 9, item 3). `raw` is the snapshot with its journal folded in.
 */
export interface Unreadable {
	/** The key the snapshot is stored under. */
	id: string;
	/** Its title if it has a readable one, else ''. */
	title: string;
	/** Why it could not be read. */
	error: string;
	raw: unknown;
}

/** What `listDocs` found: the readable documents and a sentence per unreadable one. */
export interface Listing<R> {
	docs: R[];
	problems: string[];
	/** The unreadable documents themselves (each also has a sentence in `problems`). */
	unreadable: Unreadable[];
}

/** Test seams; production code never passes these. */
export interface CompactOptions {
	/** Called after the new snapshot is written, before commit; throwing aborts the compaction. */
	beforeCommit?: () => void;
}

function isEnvelope(value: unknown, type: string): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

function synthesisSlot(scope: string | null): [IDBValidKey, string] {
	return scope === null
		? [SYNTHESIS_PICK_KEY, TYPE_SYNTHESIS_PICK]
		: [synthesisBoardKey(scope), TYPE_SYNTHESIS_BOARD];
}

/** Keep `updatedAt` in whichever format the model stores it (number or ISO string). */
function stamp(previous: unknown, at: number): unknown {
	return typeof previous === 'string' ? new Date(at).toISOString() : at;
}

/**
 * Fold journal entries (in order) into a snapshot envelope's record. The result's `version` is
 * the oldest record format involved, so migrations run on anything written by an older build
 * (a journal left by a crash before an upgrade).
 */
function fold(
	env: Record<string, unknown>,
	journal: unknown[],
	applySteps?: DocStoreOptions['applySteps']
): Folded {
	const record = env.record;
	let version = typeof env.version === 'number' ? env.version : 1;
	if (typeof record !== 'object' || record === null || journal.length === 0)
		return { record, version, lost: 0 };
	const folded: Record<string, unknown> = { ...(record as Record<string, unknown>) };
	// Steps that did not apply leave the content as of the last entry that did: later steps
	// build on them and are skipped too, until an entry brings the whole content again.
	let broken = false;
	let lost = 0;
	for (const entry of journal) {
		if (!isEnvelope(entry, TYPE_JOURNAL)) continue;
		const e = entry as unknown as JournalEntry;
		if (typeof e.version === 'number') version = Math.min(version, e.version);
		if (typeof e.title === 'string') folded.title = e.title;
		if (e.content !== undefined) {
			// The whole content holds every edit before it, replayed or not.
			folded.content = e.content;
			broken = false;
			lost = 0;
		} else if (Array.isArray(e.steps) && e.steps.length) {
			if (!broken && applySteps) {
				try {
					folded.content = applySteps(folded.content, e.steps);
				} catch {
					broken = true;
				}
			} else broken = true;
			if (broken) lost++;
		}
		if (typeof e.revision === 'number') folded.revision = e.revision;
		if (typeof e.at === 'number') folded.updatedAt = stamp(folded.updatedAt, e.at);
	}
	return { record: folded, version, lost };
}

/** A snapshot with its journal folded in; `lost` counts journal batches that could not be replayed. */
interface Folded {
	record: unknown;
	version: number;
	lost: number;
}

/** The sentence a document gets when part of its journal could not be replayed. */
function lostProblem(record: unknown, lost: number): string {
	const title = (record as { title?: unknown } | null)?.title;
	const name = typeof title === 'string' && title.trim() ? `“${title.trim()}”` : 'A document';
	return (
		`${name} opened as of an earlier save: the last ${lost === 1 ? 'batch' : `${lost} batches`} ` +
		'of edits stored for it could not be replayed.'
	);
}

function unreadableOf(id: string, record: unknown, error: string): Unreadable {
	const title = (record as { title?: unknown } | null)?.title;
	return { id, title: typeof title === 'string' ? title : '', error, raw: record };
}

function docEnvelope(record: unknown, version: number): DocEnvelope {
	return { type: TYPE_DOC, version, record };
}

/** Group journal entries by document id (keys are `['journal', id, seq]`). */
function groupJournal(pairs: [IDBValidKey, unknown][]): Map<string, unknown[]> {
	const byId = new Map<string, unknown[]>();
	for (const [key, value] of pairs) {
		const id = (key as unknown[])[1];
		if (typeof id !== 'string') continue;
		const list = byId.get(id) ?? [];
		list.push(value);
		byId.set(id, list);
	}
	return byId;
}

/**
 * Persistence for documents, settings and the install marker. Every method resolves to a
 * `StorageResult`; none throws.
 */
export class DocStore<R extends StorableDoc> {
	readonly #backend: Promise<Backend | null>;
	readonly #restore: RestoreFn<R>;
	readonly #version: number;
	readonly #applySteps: DocStoreOptions['applySteps'];

	/** @param restore validate → migrate → fill defaults for one raw record */
	constructor(restore: RestoreFn<R>, options: DocStoreOptions = {}) {
		this.#restore = restore;
		this.#version = options.version ?? 1;
		this.#applySteps = options.applySteps;
		this.#backend = openBackend(options.dbName).catch(() => null);
	}

	/** Whether documents live only in this tab's memory (IndexedDB refused). */
	async memoryOnly(): Promise<boolean> {
		return (await this.#backend)?.memory ?? true;
	}

	async #run<T>(
		mode: IDBTransactionMode,
		body: (store: IDBObjectStore) => Promise<T>
	): Promise<StorageResult<T>> {
		const backend = await this.#backend;
		if (!backend) return fail('unavailable', errorMessage('unavailable'));
		try {
			return ok(await transact(backend.use, mode, body));
		} catch (err) {
			if (err instanceof AbortReason) {
				if (err.reason === 'conflict') return fail('conflict', errorMessage('conflict'));
				if (err.reason === 'missing') return fail('evicted', errorMessage('evicted'));
				if (err.reason === 'corrupt') return fail('corrupt', errorMessage('corrupt'));
			}
			const error = classifyError(err);
			return { ok: false, error };
		}
	}

	#restoreOne(
		{ record: raw, version }: { record: unknown; version: number },
		problems: string[]
	): R | null {
		const result = this.#restore(raw, version);
		if (result.ok) return result.value;
		const title =
			typeof raw === 'object' &&
			raw !== null &&
			typeof (raw as { title?: unknown }).title === 'string'
				? `“${(raw as { title: string }).title}”`
				: 'A document';
		problems.push(`${title} could not be read and was left untouched: ${result.error}`);
		return null;
	}

	/** Read the install marker (undefined on a first visit or after the browser cleared storage). */
	readMeta(): Promise<StorageResult<Meta | undefined>> {
		return this.#run('readonly', async (store) => {
			const meta = await request(store.get(META_KEY));
			return isEnvelope(meta, TYPE_META) ? (meta as unknown as Meta) : undefined;
		});
	}

	/** Write the install marker. */
	writeMeta(meta: Omit<Meta, 'type' | 'version'>): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			await request(store.put({ ...meta, type: TYPE_META, version: STORAGE_VERSION }, META_KEY));
		});
	}

	/**
	 * Read raw stored settings and the record format they were written in; validate them with
	 * the model (`restoreSettings(settings, version)`). `settings` is undefined when none are stored.
	 */
	readSettings(): Promise<StorageResult<{ settings: unknown; version: number }>> {
		return this.#run('readonly', async (store) => {
			const env = await request(store.get(SETTINGS_KEY));
			if (!isEnvelope(env, TYPE_SETTINGS)) return { settings: undefined, version: this.#version };
			const version = typeof env.version === 'number' ? env.version : 1;
			return { settings: env.settings, version };
		});
	}

	/** Store settings (already validated), tagged with this build's record format. */
	writeSettings(settings: unknown): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			await request(
				store.put({ type: TYPE_SETTINGS, version: this.#version, settings }, SETTINGS_KEY)
			);
		});
	}

	/**
	 * Read the Synthesize page's saved board (`scope` = strategy id or `'new'`) or, with
	 * `scope` null, its last pick. Undefined when none; the caller validates the value.
	 */
	readSynthesis(scope: string | null): Promise<StorageResult<unknown>> {
		const [key, type] = synthesisSlot(scope);
		return this.#run('readonly', async (store) => {
			const env = await request(store.get(key));
			return isEnvelope(env, type) ? env.value : undefined;
		});
	}

	/** Store the Synthesize board (`scope`) or, with `scope` null, the last pick. */
	writeSynthesis(scope: string | null, value: unknown): Promise<StorageResult<void>> {
		const [key, type] = synthesisSlot(scope);
		return this.#run('readwrite', async (store) => {
			await request(store.put({ type, version: STORAGE_VERSION, savedAt: Date.now(), value }, key));
		});
	}

	/** Forget a saved Synthesize board (the draft was made, or the author started over). */
	clearSynthesis(scope: string): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			await request(store.delete(synthesisBoardKey(scope)));
		});
	}

	/**
	 * A page's stored working state (`boardKey(page)`), raw: the page validates it. Undefined
	 * when none is stored or the envelope is not a board.
	 */
	readBoard(page: string): Promise<StorageResult<unknown>> {
		return this.#run('readonly', async (store) => {
			const env = await request(store.get(boardKey(page)));
			return isEnvelope(env, TYPE_BOARD) ? (env as { board?: unknown }).board : undefined;
		});
	}

	/** Store a page's working state (already validated by the page). */
	writeBoard(page: string, board: unknown): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			await request(
				store.put({ type: TYPE_BOARD, version: STORAGE_VERSION, board }, boardKey(page))
			);
		});
	}

	/** Every document, each snapshot folded with its journal, validated by the model. */
	async listDocs(): Promise<StorageResult<Listing<R>>> {
		const raw = await this.#run('readonly', async (store) => {
			const [snaps, journals] = await Promise.all([
				entries(store, allDocsRange()),
				entries(store, allJournalsRange())
			]);
			return { snaps, journals };
		});
		if (!raw.ok) return raw;
		const byId = groupJournal(raw.value.journals);
		const problems: string[] = [];
		const docs: R[] = [];
		const unreadable: Unreadable[] = [];
		for (const [key, env] of raw.value.snaps) {
			const id = String((key as unknown[])[1]);
			if (!isEnvelope(env, TYPE_DOC)) {
				problems.push('A stored document had an unknown format and was left untouched.');
				unreadable.push({ id, title: '', error: 'It has an unknown format.', raw: env });
				continue;
			}
			const record = env.record as { id?: unknown };
			const journal = typeof record?.id === 'string' ? (byId.get(record.id) ?? []) : [];
			const folded = fold(env, journal, this.#applySteps);
			if (folded.lost) problems.push(lostProblem(folded.record, folded.lost));
			const doc = this.#restoreOne(folded, problems);
			if (doc) docs.push(doc);
			else unreadable.push(unreadableOf(id, folded.record, problems.at(-1) ?? ''));
		}
		return ok({ docs, problems, unreadable });
	}

	/** One document, its journal replayed; `undefined` if it does not exist. */
	async loadDoc(id: string): Promise<StorageResult<R | undefined>> {
		const raw = await this.#run('readonly', async (store) => {
			const [env, journal] = await Promise.all([
				request(store.get(docKey(id))),
				entries(store, journalRange(id))
			]);
			return { env, journal: journal.map(([, v]) => v) };
		});
		if (!raw.ok) return raw;
		const { env, journal } = raw.value;
		if (env === undefined) return ok(undefined);
		if (!isEnvelope(env, TYPE_DOC)) return fail('corrupt', errorMessage('corrupt'));
		const problems: string[] = [];
		const doc = this.#restoreOne(fold(env, journal, this.#applySteps), problems);
		return doc ? ok(doc) : fail('corrupt', problems[0]);
	}

	/** One document exactly as stored (journal folded in), for a read-only view of one that fails validation. */
	async loadUnreadable(id: string): Promise<StorageResult<Unreadable | undefined>> {
		const raw = await this.#run('readonly', async (store) => {
			const [env, journal] = await Promise.all([
				request(store.get(docKey(id))),
				entries(store, journalRange(id))
			]);
			return { env, journal: journal.map(([, v]) => v) };
		});
		if (!raw.ok) return raw;
		const { env, journal } = raw.value;
		if (env === undefined) return ok(undefined);
		if (!isEnvelope(env, TYPE_DOC))
			return ok({ id, title: '', error: 'It has an unknown format.', raw: env });
		const folded = fold(env, journal, this.#applySteps);
		const problems: string[] = [];
		if (this.#restoreOne(folded, problems)) return ok(undefined);
		return ok(unreadableOf(id, folded.record, problems[0] ?? ''));
	}

	/**
	 * Write whole documents as fresh snapshots, dropping their journals, in one transaction
	 * (create, import, rename from the workspace, re-save after eviction).
	 */
	putDocs(docs: R[]): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			for (const doc of docs) {
				store.put(docEnvelope(doc, this.#version), docKey(doc.id));
				store.delete(journalRange(doc.id));
			}
		});
	}

	/**
	 * The latest stored revision of a document: its last journal entry's, or its snapshot's when
	 * the journal is empty. Throws `missing` when the snapshot is gone (evicted). The snapshot
	 * is only counted while a journal entry answers, never read: reading it would deserialise the
	 * whole document on every keystroke's batch.
	 */
	async #latestRevision(
		store: IDBObjectStore,
		id: string
	): Promise<{ revision: unknown; last: [IDBValidKey, unknown] | undefined }> {
		const [exists, last] = await Promise.all([
			request(store.count(docKey(id))),
			lastEntry(store, journalRange(id))
		]);
		if (!exists) throw new AbortReason('missing');
		if (last) return { revision: (last[1] as JournalEntry).revision, last };
		const env = await request(store.get(docKey(id)));
		if (!isEnvelope(env, TYPE_DOC)) throw new AbortReason('missing');
		return { revision: (env.record as { revision?: unknown })?.revision, last };
	}

	/**
	 * Append one batch to a document's journal. Inside the same transaction it checks that the
	 * document still exists (else `evicted`) and that its latest revision is `expectedRevision`
	 * (else `conflict`), so two writers can never silently overwrite each other.
	 * Resolves with the new revision once the transaction committed.
	 */
	append(id: string, change: DocChange, expectedRevision: number): Promise<StorageResult<number>> {
		return this.#run('readwrite', async (store) => {
			const { revision: lastRevision, last } = await this.#latestRevision(store, id);
			if (lastRevision !== expectedRevision) throw new AbortReason('conflict');
			const seq = last ? ((last[0] as unknown[])[2] as number) + 1 : 0;
			const revision = expectedRevision + 1;
			const entry: JournalEntry = {
				type: TYPE_JOURNAL,
				version: this.#version,
				revision,
				at: Date.now(),
				...(change.title !== undefined ? { title: change.title } : {}),
				...(change.content !== undefined
					? { content: change.content }
					: change.steps?.length
						? { steps: change.steps }
						: {})
			};
			const put = request(store.put(entry, journalKey(id, seq)));
			commitNow(store.transaction);
			await put;
			return revision;
		});
	}

	/**
	 * Fold a document's journal into a new snapshot and drop the journal, atomically: until the
	 * transaction commits, the previous snapshot and the journal stay exactly as they were.
	 * Resolves with the number of entries folded.
	 */
	compact(id: string, options: CompactOptions = {}): Promise<StorageResult<number>> {
		return this.#run('readwrite', async (store) => {
			const [env, journal] = await Promise.all([
				request(store.get(docKey(id))),
				entries(store, journalRange(id))
			]);
			if (!isEnvelope(env, TYPE_DOC)) throw new AbortReason('missing');
			if (journal.length === 0) return 0;
			const folded = fold(
				env,
				journal.map(([, v]) => v),
				this.#applySteps
			);
			// Edits that could not be replayed stay in the journal, never folded away.
			if (folded.lost) throw new AbortReason('corrupt');
			await request(store.put(docEnvelope(folded.record, folded.version), docKey(id)));
			options.beforeCommit?.();
			await request(store.delete(journalRange(id)));
			return journal.length;
		});
	}

	/**
	 * Write the open document's whole record, as its writer holds it in memory, as the new
	 * snapshot and drop the journal, atomically; only if the latest stored revision is the
	 * record's (else `conflict`, and nothing changes). The writer's idle fold: it reads no journal
	 * and replays no steps. Resolves with the number of journal entries dropped.
	 */
	compactFrom(doc: R, options: CompactOptions = {}): Promise<StorageResult<number>> {
		return this.#run('readwrite', async (store) => {
			const [latest, count] = await Promise.all([
				this.#latestRevision(store, doc.id),
				request(store.count(journalRange(doc.id)))
			]);
			if (latest.revision !== doc.revision) throw new AbortReason('conflict');
			if (count === 0) return 0;
			await request(store.put(docEnvelope(doc, this.#version), docKey(doc.id)));
			options.beforeCommit?.();
			await request(store.delete(journalRange(doc.id)));
			return count;
		});
	}

	/**
	 * Move a document (with its journal folded in) to the trash, for undo. Fails with `conflict`
	 * if its revision is no longer `expectedRevision` (someone edited it meanwhile).
	 */
	trash(id: string, expectedRevision?: number): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			const [env, journal] = await Promise.all([
				request(store.get(docKey(id))),
				entries(store, journalRange(id))
			]);
			if (!isEnvelope(env, TYPE_DOC)) throw new AbortReason('missing');
			const folded = fold(
				env,
				journal.map(([, v]) => v),
				this.#applySteps
			);
			const revision = (folded.record as { revision?: unknown } | null)?.revision;
			if (expectedRevision !== undefined && revision !== expectedRevision)
				throw new AbortReason('conflict');
			const trashed: TrashEnvelope = {
				type: TYPE_TRASH,
				version: folded.version,
				deletedAt: Date.now(),
				record: folded.record
			};
			store.put(trashed, trashKey(id));
			store.delete(docKey(id));
			store.delete(journalRange(id));
		});
	}

	/** Bring a trashed document back; resolves with it, or `undefined` if it is gone. */
	async untrash(id: string): Promise<StorageResult<R | undefined>> {
		const problems: string[] = [];
		let restored: R | undefined;
		const result = await this.#run('readwrite', async (store) => {
			const env = await request(store.get(trashKey(id)));
			if (!isEnvelope(env, TYPE_TRASH)) return;
			const version = typeof env.version === 'number' ? env.version : 1;
			const doc = this.#restoreOne({ record: env.record, version }, problems);
			if (!doc) return;
			restored = doc;
			store.put(docEnvelope(env.record, version), docKey(id));
			store.delete(trashKey(id));
		});
		if (!result.ok) return result;
		if (problems.length) return fail('corrupt', problems[0]);
		return ok(restored);
	}

	/** Forget trashed documents deleted before `before` (ms since epoch). */
	purgeTrash(before: number): Promise<StorageResult<number>> {
		return this.#run('readwrite', async (store) => {
			let purged = 0;
			for (const [key, env] of await entries(store, allTrashRange())) {
				const deletedAt = isEnvelope(env, TYPE_TRASH) ? (env.deletedAt as number) : 0;
				if (deletedAt < before) {
					store.delete(key);
					purged++;
				}
			}
			return purged;
		});
	}

	/** Delete every document and journal in one transaction (settings and marker stay). */
	clearDocs(): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			store.delete(allDocsRange());
			store.delete(allJournalsRange());
		});
	}

	/** Replace every document with `docs` in one transaction: all or nothing. */
	replaceDocs(docs: R[]): Promise<StorageResult<void>> {
		return this.#run('readwrite', async (store) => {
			store.delete(allDocsRange());
			store.delete(allJournalsRange());
			for (const doc of docs) store.put(docEnvelope(doc, this.#version), docKey(doc.id));
		});
	}
}
