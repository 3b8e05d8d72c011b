/**
 * The Weave vision page's state: the strategies picked, the weave and the author's decisions on
 * it (kept in IndexedDB under `['board', 'weave']`, or `['board', 'weave:<vision id>']` when
 * re-running for a vision, so every choice survives a reload and navigating away), and the two
 * ways out: a new vision draft, or appending what is new to the vision being re-run. Logic lives
 * in `$lib/weaving`; this class only loads, stores and keeps runes.
 */
import { weave } from '$lib/analysis/weave';
import type { ComparePair, Contradiction, Weave } from '$lib/analysis/types';
import { tryLockDoc } from '$lib/storage';
import { initialPick, type SourceDoc } from '$lib/synthesis';
import {
	afterWeaveAppend,
	appendVisionMarkdown,
	emptyBoard,
	hasNews,
	isResolved,
	keptThreads,
	newSinceWeave,
	ranOn,
	readBoard,
	readWeave,
	visionDraftMarkdown,
	weaveRecord,
	weaveSelectionStatus,
	withExisting,
	withMarked,
	withWeave,
	type NewSinceWeave,
	type WeaveBoard,
	type WeaveRecord
} from '$lib/weaving';
import type { App } from '$lib/workspace/app.svelte';
import { contentToNode, touched, type DocRecord } from '$lib/workspace/model';

/** Today as `YYYY-MM-DD`, in local time. */
function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** State of one visit to the page. */
export class Weaving {
	phase = $state<'loading' | 'ready' | 'missing'>('loading');
	board = $state.raw<WeaveBoard>(emptyBoard());
	/** The vision being re-run, with the record of its weave. */
	vision = $state.raw<DocRecord | null>(null);
	record = $state.raw<WeaveRecord | null>(null);
	/** What the engine found. */
	result = $state.raw<Weave | null>(null);
	busy = $state(false);

	readonly #app: App;
	#key = 'weave';
	#writes: Promise<unknown> = Promise.resolve();

	strategies = $derived.by(() => this.#app.workspace.byKind('strategy'));
	status = $derived(weaveSelectionStatus(this.board.picked.length, this.strategies.length));
	/** The pick changed since the last run. */
	stale = $derived(
		this.result !== null &&
			(this.board.picked.length !== this.board.ranOn.length ||
				this.board.picked.some((id) => !this.board.ranOn.includes(id)))
	);
	/** The engine's result with the pairs the author marked as conflicting among its contradictions. */
	woven = $derived(this.result ? withMarked(this.result, this.board) : null);
	/** On a re-run for a vision: the threads and contradictions it has not seen. */
	diff = $derived.by((): NewSinceWeave | null =>
		this.record && this.woven ? newSinceWeave(this.record, this.woven, this.board.ranOn) : null
	);
	/** Pairs worth comparing, without those a vision already settled as contradictions. */
	toCompare = $derived.by((): ComparePair[] => {
		const seen = this.record?.contradictions ?? [];
		return (this.result?.toCompare ?? []).filter((p) => !seen.includes(p.id));
	});
	/** Contradictions shown: on a re-run, only the new ones need deciding. */
	contradictions = $derived.by((): Contradiction[] => {
		if (!this.woven) return [];
		return this.diff ? this.diff.contradictions : this.woven.contradictions;
	});
	unresolved = $derived(
		this.contradictions.filter((c) => !isResolved(this.board.resolutions[c.id])).length
	);
	kept = $derived(this.woven ? keptThreads(this.woven, this.board).length : 0);
	canAppend = $derived(Boolean(this.diff && hasNews(this.diff, this.board)));

	constructor(app: App) {
		this.#app = app;
	}

	/** Load the workspace, the stored board (or the vision's record), and run again if it had run. */
	async load(visionId: string | null): Promise<void> {
		const { workspace, store } = this.#app;
		await workspace.load();
		const ids = this.strategies.map((d) => d.id);
		if (visionId) {
			this.#key = `weave:${visionId}`;
			const loaded = await store.loadDoc(visionId);
			const doc = loaded.ok ? loaded.value : undefined;
			if (!doc) {
				this.phase = 'missing';
				return;
			}
			this.vision = doc;
			this.record = readWeave(doc.meta);
		}
		const stored = await store.readBoard(this.#key);
		const saved = stored.ok ? readBoard(stored.value) : null;
		if (saved) this.board = withExisting(saved, ids);
		else if (this.record)
			this.board = {
				...emptyBoard(initialPick(ids, this.record.sources)),
				resolutions: { ...this.record.resolutions }
			};
		else this.board = emptyBoard(initialPick(ids, this.vision?.sources ?? []));
		this.phase = 'ready';
		// Back from an evidence link, or a reload: the page as it was, results included.
		if (saved && saved.ranOn.length >= 2) await this.run(saved.ranOn);
		else if (this.vision && this.status.canRun) await this.run();
	}

	/** Keep the board, and store it (writes are queued so the last one wins). */
	#set(board: WeaveBoard): void {
		this.board = board;
		const key = this.#key;
		this.#writes = this.#writes.then(async () => {
			const written = await this.#app.store.writeBoard(key, board);
			if (!written.ok) this.#app.health.report(written.error);
		});
	}

	/** Resolves once every change so far is stored (tests, and before leaving the page). */
	flushed(): Promise<unknown> {
		return this.#writes;
	}

	/** Apply a board operation from `$lib/weaving` (resolve, setThread, togglePick…). */
	apply(op: (board: WeaveBoard) => WeaveBoard): void {
		this.#set(op(this.board));
	}

	/** A strategy's title as the page and the draft show it. */
	titleOf(id: string): string {
		return this.#app.workspace.docs.find((d) => d.id === id)?.title.trim() || 'Untitled strategy';
	}

	/** The strategies the results came from, as the draft names them. */
	sources(): SourceDoc[] {
		return this.board.ranOn.map((id) => ({ id, title: this.titleOf(id) }));
	}

	/** Weave the picked strategies (or `ids`, when restoring a run); the decisions are kept. */
	async run(ids: readonly string[] = this.board.picked): Promise<void> {
		if (ids.length < 2) return;
		this.busy = true;
		try {
			const { recordToMarkdown } = await import('$lib/workspace/convert');
			const picked = this.strategies.filter((d) => ids.includes(d.id));
			const docs = picked.flatMap((d) => {
				const node = contentToNode(d.content);
				return node ? [{ name: d.id, markdown: recordToMarkdown(d.title, node) }] : [];
			});
			const result = weave(docs, { today: today() });
			const order = picked.map((d) => d.id);
			this.result = result;
			if (order.join() !== this.board.ranOn.join()) this.#set(ranOn(this.board, order));
		} finally {
			this.busy = false;
		}
	}

	/** Create the vision draft; resolves with its id, or null when storage refused. */
	async createDraft(): Promise<string | null> {
		const result = this.woven;
		if (!result) return null;
		this.busy = true;
		try {
			await this.#writes;
			const { createDoc } = await import('$lib/workspace/convert');
			const markdown = visionDraftMarkdown({
				title: this.board.title,
				sources: this.sources(),
				weave: result,
				board: this.board
			});
			const doc = createDoc('vision', { markdown });
			const record = weaveRecord(this.board.ranOn, result, this.board);
			const vision = {
				...doc,
				sources: [...this.board.ranOn],
				meta: withWeave(doc.meta, record)
			};
			return (await this.#app.workspace.add([vision])) ? vision.id : null;
		} finally {
			this.busy = false;
		}
	}

	/** Append the new threads and contradictions to the vision's end; true when stored. */
	async appendToVision(): Promise<boolean> {
		const target = this.vision;
		const result = this.woven;
		const diff = this.diff;
		if (!target || !this.record || !result || !diff || !hasNews(diff, this.board)) return false;
		const { toasts, store, workspace } = this.#app;
		const lock = await tryLockDoc(target.id);
		if (!lock) {
			toasts.show('That vision is open in another tab. Close it there first, then append.', {
				tone: 'error'
			});
			return false;
		}
		this.busy = true;
		try {
			const { parseMarkdownBody } = await import('$lib/workspace/convert');
			const loaded = await store.loadDoc(target.id);
			const latest = loaded.ok ? loaded.value : undefined;
			const body = latest ? contentToNode(latest.content) : null;
			const extra = parseMarkdownBody(
				appendVisionMarkdown({
					diff,
					weave: result,
					board: this.board,
					sources: this.sources(),
					today: today()
				})
			);
			if (!latest || !body || !extra) {
				toasts.show('The vision could not be read, so nothing was appended.', { tone: 'error' });
				return false;
			}
			const record = afterWeaveAppend(
				readWeave(latest.meta) ?? this.record,
				result,
				this.board,
				{
					threads: diff.threads.filter((t) => !this.board.dropped.includes(t.id)).map((t) => t.id),
					contradictions: diff.contradictions.map((c) => c.id)
				},
				this.board.ranOn
			);
			const updated: DocRecord = {
				...touched(latest, {
					content: body.copy(body.content.append(extra.content)).toJSON(),
					revision: latest.revision + 1
				}),
				sources: [
					...latest.sources,
					...this.board.ranOn.filter((id) => !latest.sources.includes(id))
				],
				meta: withWeave(latest.meta, record)
			};
			if (!(await workspace.add([updated]))) return false;
			this.vision = updated;
			this.record = record;
			return true;
		} finally {
			lock.release();
			this.busy = false;
		}
	}
}
