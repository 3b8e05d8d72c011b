/**
 * The checker for one open document: owns the ProseMirror plugin, runs the engine (loaded in
 * the background) with the workspace settings and the document's dismissals, and holds what
 * the Findings panel, the popover and the status show.
 */
import type { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Config, Report, RuleId } from '$lib/analysis';
import {
	dismissalKey,
	dismissalOf,
	restoreDismissals,
	type Dismissal
} from '$lib/editor/checker/dismissals';
import {
	checkerPlugin,
	gotoFinding,
	recheck,
	selectFinding,
	type LocatedFinding,
	type PlacedFinding
} from '$lib/editor/checker/plugin';
import type { CheckInput, DocChecker } from '$lib/editor/checker/run';
import { headingsOf, sectionAt } from '$lib/editor/checker/sections';
import type { App } from './app.svelte';
import type { DocSession } from './doc-session.svelte';
import type { SettingsStore } from './settings-store.svelte';

/** Id of the popover that describes the finding at the cursor. */
export const FINDING_TIP_ID = 'finding-tip';

/** The finding the popover shows, and why it shows it. */
export interface Shown {
	placed: PlacedFinding;
	via: 'cursor' | 'hover';
	view: EditorView;
	/** For the cursor: the author navigated to it (F8, the panel, a click), so the popover shows. */
	revealed?: boolean;
}

/** `next`, reusing the objects of `prev` that did not change (so the panel redraws less). */
function keep(prev: LocatedFinding[], next: LocatedFinding[]): LocatedFinding[] {
	const old = new Map(prev.map((f) => [f.id, f]));
	let same = prev.length === next.length;
	const out = next.map((f, i) => {
		const o = old.get(f.id);
		const reuse =
			o &&
			o.message === f.message &&
			o.excerpt === f.excerpt &&
			o.severity === f.severity &&
			o.length === f.length &&
			o.hint === f.hint &&
			o.range?.from === f.range?.from &&
			o.range?.to === f.range?.to;
		if (!reuse || prev[i] !== o) same = false;
		return reuse ? o : f;
	});
	return same ? prev : out;
}

/** The checker's state for the open document. */
export class CheckerSession {
	report = $state.raw<Report | null>(null);
	/** Findings shown, in document order. */
	findings = $state.raw<LocatedFinding[]>([]);
	/** The headings of the document the findings were made on, for grouping them by section. */
	headings = $state.raw<{ pos: number; text: string }[]>([]);
	/** Findings hidden by a dismissal. */
	hidden = $state.raw<LocatedFinding[]>([]);
	dismissed = $state.raw<Dismissal[]>([]);
	/** What the popover shows. */
	tip = $state.raw<Shown | null>(null);
	/** Reviewers' comments disagreeing with a finding, by rule (set by the review feature). */
	disputed = $state.raw<Partial<Record<string, number>>>({});
	/** Dismissals per rule in the other documents of the workspace. */
	#elsewhere = $state.raw<Partial<Record<RuleId, number>>>({});

	/** The ProseMirror plugin to mount with the editor. */
	readonly plugin: Plugin;
	readonly #app: App;
	readonly #session: DocSession;
	readonly #settings: SettingsStore;
	#engine: DocChecker | null = null;
	#cursor: Shown | null = null;
	#dismissedLoaded = false;
	#closed = false;
	#starting: Promise<void> | null = null;

	constructor(app: App, session: DocSession, settings: SettingsStore) {
		this.#app = app;
		this.#session = session;
		this.#settings = settings;
		this.plugin = checkerPlugin({
			check: async (doc) => {
				// Load the engine when the editor first asks; that load ends with a fresh check.
				if (!this.#engine) {
					void this.#ensureStarted();
					return null;
				}
				if (this.#settings.phase !== 'ready') return null;
				// The record is loaded before the editor mounts, so before the first check.
				if (!this.#dismissedLoaded) {
					this.dismissed = restoreDismissals(session.record?.dismissed);
					this.#dismissedLoaded = true;
				}
				const result = await this.#engine.check(doc, this.input());
				// Superseded, or the text changed while the engine worked: a newer check is coming.
				if (!result || this.#session.doc !== doc) return null;
				this.report = result.report;
				this.headings = headingsOf(doc);
				this.findings = keep(this.findings, result.shown);
				this.hidden = keep(this.hidden, result.hidden);
				return this.findings;
			},
			describedBy: FINDING_TIP_ID,
			onActive: (placed, view, revealed) => {
				this.#cursor = placed ? { placed, via: 'cursor', view, revealed } : null;
				this.tip = this.#cursor;
			},
			onHover: (placed, view) => {
				this.tip = placed ? { placed, via: 'hover', view } : this.#cursor;
			}
		});
	}

	#ensureStarted(): Promise<void> {
		return (this.#starting ??= this.#start());
	}

	async #start(): Promise<void> {
		const [{ DocChecker }] = await Promise.all([
			import('$lib/editor/checker/run'),
			this.#settings.load(),
			this.#countElsewhere()
		]);
		if (this.#closed) return;
		this.#engine = new DocChecker();
		this.refresh();
	}

	async #countElsewhere(): Promise<void> {
		const listed = await this.#app.store.listDocs();
		if (!listed.ok) return;
		const counts: Partial<Record<RuleId, number>> = {};
		for (const doc of listed.value.docs) {
			if (doc.id === this.#session.id) continue;
			for (const d of restoreDismissals(doc.dismissed)) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
		}
		this.#elsewhere = counts;
	}

	/** The checker configuration in force (the workspace settings). */
	get config(): Config {
		return this.#settings.checker;
	}

	/** Reads everything a check depends on besides the text and the dismissals (for effects). */
	get inputs(): unknown {
		return [this.#session.title, this.#settings.settings, this.#session.record?.kind];
	}

	/** What a check reads besides the document. */
	input(): CheckInput {
		return {
			kind: this.#session.record?.kind ?? 'design',
			title: this.#session.title,
			config: this.#settings.checker,
			dismissed: this.dismissed
		};
	}

	get #view(): EditorView | null {
		return this.#session.controller?.view ?? null;
	}

	/** Check again soon (the title, the settings or the dismissals changed). */
	refresh(): void {
		const view = this.#view;
		if (view) recheck(view);
	}

	/** Whether the engine has reported on the document yet. */
	get ready(): boolean {
		return this.report !== null;
	}

	/** Errors still to fix. */
	get errors(): number {
		return this.findings.filter((f) => f.severity === 'error').length;
	}

	/**
	 * How often `rule`'s findings were dismissed across the workspace (this document included),
	 * plus how often reviewers of this document disputed them.
	 */
	noise(rule: RuleId): number {
		return (
			(this.#elsewhere[rule] ?? 0) +
			this.dismissed.filter((d) => d.rule === rule).length +
			(this.disputed[rule] ?? 0)
		);
	}

	/** The heading a finding sits under (as of the check that made it), or null. */
	sectionOf(finding: LocatedFinding): string | null {
		return finding.range ? sectionAt(this.headings, finding.range.from) : null;
	}

	/** Select a finding's text in the editor; one on the title line focuses the title. */
	select(finding: LocatedFinding): void {
		const controller = this.#session.controller;
		if (controller && finding.range && controller.run(selectFinding(finding.id))) return;
		if (finding.line === 1 && this.#session.title.trim())
			document.getElementById('doc-title')?.focus();
		else controller?.focus();
	}

	/** Jump to the next (1) or previous (−1) finding in the text. */
	go(dir: 1 | -1): void {
		this.#session.controller?.run(gotoFinding(dir));
	}

	/** Dismiss a finding with an optional reason; stored with the document. */
	async dismiss(finding: LocatedFinding, reason = ''): Promise<boolean> {
		const key = dismissalKey(finding.rule, finding.excerpt);
		if (this.dismissed.some((d) => dismissalKey(d.rule, d.excerpt) === key)) return true;
		return this.#store([...this.dismissed, dismissalOf(finding, reason)]);
	}

	/** Undo a dismissal. */
	restore(dismissal: Dismissal): Promise<boolean> {
		const key = dismissalKey(dismissal.rule, dismissal.excerpt);
		return this.#store(this.dismissed.filter((d) => dismissalKey(d.rule, d.excerpt) !== key));
	}

	async #store(dismissed: Dismissal[]): Promise<boolean> {
		this.dismissed = dismissed;
		this.refresh();
		const ok = await this.#session.updateRecord({ dismissed });
		if (!ok) this.#app.toasts.show('The dismissal could not be saved.', { tone: 'error' });
		return ok;
	}

	/** Stop the engine's worker (the editor closed). */
	destroy(): void {
		this.#engine?.destroy();
		this.#engine = null;
		this.#closed = true;
	}

	/** The document as Markdown, dismissals written as the engine's ignore comments. */
	async markdown(): Promise<string> {
		const doc = this.#session.doc;
		if (!doc) return this.#session.markdown();
		const [{ DocChecker }] = await Promise.all([
			import('$lib/editor/checker/run'),
			this.#settings.load()
		]);
		return (this.#engine ?? new DocChecker({ worker: false })).exportMarkdown(doc, this.input());
	}
}
