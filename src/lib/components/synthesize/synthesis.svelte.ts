/**
 * The Synthesize strategy page's state: which design docs are picked, the extraction and the
 * board built from it, and the two ways out: a new strategy draft, or (when re-running for a
 * strategy) appending newly accepted policies to its end. Logic lives in `$lib/synthesis`; this
 * class only loads, stores and keeps runes.
 */
import { extract, type ExtractedDecision } from '$lib/analysis/extract';
import { tryLockDoc } from '$lib/storage';
import {
	afterAppend,
	appendable,
	appendMarkdown,
	boardFrom,
	defaultPick,
	draftMarkdown,
	fingerprint,
	inDraft,
	newSinceDraft,
	readLastPick,
	readSavedBoard,
	readSynthesis,
	restoreStatuses,
	savedBoard,
	selectionStatus,
	synthesisRecord,
	withSynthesis,
	type Board,
	type Group,
	type NewSinceDraft,
	type SourceDoc,
	type SynthesisRecord
} from '$lib/synthesis';
import type { App } from '$lib/workspace/app.svelte';
import { contentToNode, touched, type DocRecord } from '$lib/workspace/model';
import { wordCount } from '$lib/workspace/text-stats';

/** Today as `YYYY-MM-DD`, in local time. */
function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** State of one visit to the page. */
export class Synthesis {
	phase = $state<'loading' | 'ready' | 'missing'>('loading');
	picked = $state<string[]>([]);
	/** The strategy being re-run, with the record of its draft. */
	strategy = $state.raw<DocRecord | null>(null);
	record = $state.raw<SynthesisRecord | null>(null);
	/** The docs the shown results came from, in pick order. */
	ranOn = $state.raw<string[]>([]);
	decisions = $state.raw<ExtractedDecision[]>([]);
	board = $state.raw<Board | null>(null);
	diff = $state.raw<NewSinceDraft | null>(null);
	busy = $state(false);
	/** Why each design doc is picked or not by default ("recently edited", "only 38 words"). */
	reasons = $state.raw<Record<string, string>>({});
	/** The board on screen was kept from an earlier visit. */
	restored = $state(false);

	readonly #app: App;
	/** Writes of the board, one after the other so the last one wins. */
	#saving: Promise<unknown> = Promise.resolve();
	designs = $derived.by(() => this.#app.workspace.byKind('design'));
	status = $derived(selectionStatus(this.picked.length, this.designs.length));
	/** The pick changed since the last run. */
	stale = $derived(
		this.board !== null &&
			(this.picked.length !== this.ranOn.length ||
				this.picked.some((id) => !this.ranOn.includes(id)))
	);
	/** What Append would add (re-run only). */
	toAppend = $derived(this.record && this.board ? appendable(this.board.groups, this.record) : []);

	constructor(app: App) {
		this.#app = app;
	}

	/** Load the workspace (and the strategy to re-run, if any), pick docs, and run when re-running. */
	async load(strategyId: string | null): Promise<void> {
		await this.#app.workspace.load();
		const ids = this.designs.map((d) => d.id);
		const candidates = this.designs.map((d) => ({
			id: d.id,
			// Counted as the workspace card counts them, so the two never disagree.
			words: wordCount(d.content)
		}));
		const lastPick = readLastPick(await this.#read(null)) ?? [];
		if (strategyId) {
			const loaded = await this.#app.store.loadDoc(strategyId);
			const doc = loaded.ok ? loaded.value : undefined;
			if (!doc) {
				this.phase = 'missing';
				return;
			}
			this.strategy = doc;
			this.record = readSynthesis(doc.meta);
		}
		const pick = defaultPick(candidates, {
			sources: this.strategy ? (this.record?.sources ?? this.strategy.sources) : [],
			lastPick
		});
		this.picked = pick.picked;
		this.reasons = pick.reasons;
		const saved = readSavedBoard(await this.#read(this.#scope), ids);
		this.phase = 'ready';
		if (saved) {
			this.picked = saved.picked;
			this.ranOn = saved.ranOn;
			this.decisions = saved.decisions;
			this.board = saved.board;
			this.diff = this.record ? newSinceDraft(this.record, saved.decisions, saved.ranOn) : null;
			this.restored = true;
		} else if (this.strategy && this.status.canRun) await this.run();
	}

	/** Where this visit's board is kept: the strategy being re-run, or `'new'`. */
	get #scope(): string {
		return this.strategy?.id ?? 'new';
	}

	async #read(scope: string | null): Promise<unknown> {
		const result = await this.#app.store.readSynthesis(scope);
		return result.ok ? result.value : undefined;
	}

	/** Keep the board (and the pick) in IndexedDB so Back and reload return to it. */
	#save(): void {
		const scope = this.#scope;
		const board = this.board;
		const value = board ? savedBoard(this.picked, this.ranOn, this.decisions, board) : null;
		const store = this.#app.store;
		this.#saving = this.#saving.then(() =>
			value ? store.writeSynthesis(scope, value) : store.clearSynthesis(scope)
		);
	}

	/** Resolves when every change so far is stored (tests, navigation). */
	settled(): Promise<unknown> {
		return this.#saving;
	}

	/** Pick or unpick a design doc. */
	toggle(id: string, on: boolean): void {
		this.picked = on
			? [...this.picked.filter((p) => p !== id), id]
			: this.picked.filter((p) => p !== id);
		if (this.board) this.#save();
	}

	/** Forget the board and the kept state: back to the default pick, nothing decided. */
	startOver(): void {
		this.board = null;
		this.ranOn = [];
		this.decisions = [];
		this.diff = null;
		this.restored = false;
		this.#save();
	}

	/** A design doc's title as the page and the draft show it. */
	titleOf(id: string): string {
		return this.#app.workspace.docs.find((d) => d.id === id)?.title.trim() || 'Untitled design doc';
	}

	/** The picked docs, in workspace order, as the draft names them. */
	sources(): SourceDoc[] {
		return this.ranOn.map((id) => ({ id, title: this.titleOf(id) }));
	}

	/** Extract the recurring decisions from the picked docs and start a fresh board. */
	async run(): Promise<void> {
		if (!this.status.canRun) return;
		this.busy = true;
		try {
			const { recordToMarkdown } = await import('$lib/workspace/convert');
			const picked = this.designs.filter((d) => this.picked.includes(d.id));
			const docs = picked.flatMap((d) => {
				const node = contentToNode(d.content);
				return node ? [{ name: d.id, markdown: recordToMarkdown(d.title, node) }] : [];
			});
			const result = extract(docs);
			this.ranOn = picked.map((d) => d.id);
			this.decisions = result.decisions;
			const board = boardFrom(result.decisions);
			this.board = this.record ? restoreStatuses(board, this.record) : board;
			this.diff = this.record ? newSinceDraft(this.record, result.decisions, this.ranOn) : null;
			this.restored = false;
			this.#save();
			const pick = [...this.ranOn];
			this.#saving = this.#saving.then(() => this.#app.store.writeSynthesis(null, pick));
		} finally {
			this.busy = false;
		}
	}

	/** Apply a board operation from `$lib/synthesis` (accept, merge, split…). */
	apply(op: (board: Board) => Board): void {
		if (!this.board) return;
		const next = op(this.board);
		if (next === this.board) return;
		this.board = next;
		this.#save();
	}

	/** Whether an evidence sentence was not seen when the strategy was drafted (re-run only). */
	isNewEvidence(e: { doc: string; text: string }): boolean {
		return Boolean(this.record && !this.record.evidence.includes(fingerprint(e)));
	}

	/** Whether a group's policy is already in the strategy being re-run. */
	isInDraft(group: Group): boolean {
		return Boolean(this.record && inDraft(group, this.record));
	}

	/** Whether a group is a decision nobody saw when the strategy was drafted (re-run only). */
	isNewGroup(group: Group): boolean {
		return Boolean(this.diff?.decisions.some((d) => group.decisionIds.includes(d.id)));
	}

	/** Create the strategy draft; resolves with its id, or null when storage refused. */
	async createDraft(): Promise<string | null> {
		if (!this.board) return null;
		this.busy = true;
		try {
			const { createDoc } = await import('$lib/workspace/convert');
			const sources = this.sources();
			const title = `Strategy drafted from ${sources.length} design docs`;
			const markdown = draftMarkdown({ title, sources, groups: this.board.groups, today: today() });
			const doc = createDoc('strategy', { markdown });
			const record = synthesisRecord(this.ranOn, this.decisions, this.board.groups);
			const strategy = { ...doc, sources: [...this.ranOn], meta: withSynthesis(doc.meta, record) };
			if (!(await this.#app.workspace.add([strategy]))) return null;
			// The draft holds the decisions now: the board is done.
			const scope = this.#scope;
			this.#saving = this.#saving.then(() => this.#app.store.clearSynthesis(scope));
			await this.#saving;
			return strategy.id;
		} finally {
			this.busy = false;
		}
	}

	/** Append the accepted policies not yet in the strategy to its end; true when stored. */
	async appendToStrategy(): Promise<boolean> {
		const target = this.strategy;
		const groups = this.toAppend;
		if (!target || !this.record || groups.length === 0) return false;
		const { toasts, store, workspace } = this.#app;
		const lock = await tryLockDoc(target.id);
		if (!lock) {
			toasts.show('That strategy is open in another tab. Close it there first, then append.', {
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
			const extra = parseMarkdownBody(appendMarkdown(groups, this.sources(), today()));
			if (!latest || !body || !extra) {
				toasts.show('The strategy could not be read, so nothing was appended.', { tone: 'error' });
				return false;
			}
			const record = afterAppend(
				readSynthesis(latest.meta) ?? this.record,
				this.decisions,
				groups.flatMap((g) => g.decisionIds),
				this.ranOn
			);
			const updated: DocRecord = {
				...touched(latest, {
					content: body.copy(body.content.append(extra.content)).toJSON(),
					revision: latest.revision + 1
				}),
				sources: [...latest.sources, ...this.ranOn.filter((id) => !latest.sources.includes(id))],
				meta: withSynthesis(latest.meta, record)
			};
			if (!(await workspace.add([updated]))) return false;
			this.strategy = updated;
			this.record = record;
			this.diff = newSinceDraft(record, this.decisions, this.ranOn);
			const scope = this.#scope;
			this.#saving = this.#saving.then(() => this.#app.store.clearSynthesis(scope));
			await this.#saving;
			return true;
		} finally {
			lock.release();
			this.busy = false;
		}
	}
}
