/**
 * The checker plugin: findings as inline decorations, checked off the keystroke path.
 *
 * After an edit the plugin waits for a quiet moment (a delay that grows with what the last
 * check cost, then an idle callback), runs the `check` it was given on the current document
 * (which may answer later, from a worker) and stores the result with a transaction. Between checks the decorations are mapped through
 * each edit, so they stay on their words. Shaped like prosemirror-search: a factory with a
 * private key, a small state class, exported getters and commands.
 */
import { keydownHandler } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import {
	Plugin,
	PluginKey,
	TextSelection,
	type Command,
	type EditorState,
	type Transaction
} from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Finding } from '$lib/analysis';
import type { Range } from './source-map';

/** A finding with an id and its place in the document (null when it is not in the body). */
export interface LocatedFinding extends Finding {
	/** Unique within one check. */
	id: string;
	range: Range | null;
}

/** A finding where it is now (ranges follow edits made since the check). */
export interface PlacedFinding {
	finding: LocatedFinding;
	from: number;
	to: number;
}

/** How to build the plugin. */
export interface CheckerPluginOptions {
	/**
	 * Check `doc`, at once or later; null when checking is not possible yet or the answer was
	 * superseded (the current findings stay). An answer for a document that has changed since
	 * is dropped: the edit has already asked for a new check.
	 */
	check: (doc: Node) => Result | Promise<Result>;
	/** Least quiet time after an edit before checking, in ms (default 120). */
	delay?: number;
	/**
	 * The finding under the cursor changed, or was revealed: `revealed` is true when the author
	 * went to it (F8 / Mod-., the Findings panel, a click on its underline), false when the caret
	 * merely passed onto it while typing or moving, where a popover would cover the line.
	 */
	onActive?: (active: PlacedFinding | null, view: EditorView, revealed: boolean) => void;
	/** The pointer moved onto (or off) a finding. */
	onHover?: (active: PlacedFinding | null, view: EditorView) => void;
	/** Id of the element that describes the active finding (set as `aria-describedby`). */
	describedBy?: string;
}

type Result = readonly LocatedFinding[] | null;

interface Meta {
	findings?: readonly LocatedFinding[];
	recheck?: true;
	/** The selection moved to a finding on purpose: show its popover. */
	reveal?: true;
}

const key = new PluginKey<CheckerState>('fivefold-checker');

/** The plugin's state: the last check's findings, their decorations, the one at the cursor. */
class CheckerState {
	constructor(
		readonly findings: readonly LocatedFinding[],
		readonly decorations: DecorationSet,
		readonly active: PlacedFinding | null,
		/** Bumped by `recheck`, so the view knows to schedule a check. */
		readonly requested: number,
		/** The author navigated to `active` (not just typed or moved onto it). */
		readonly revealed: boolean = false
	) {}

	apply(tr: Transaction, state: EditorState): CheckerState {
		const meta = tr.getMeta(key) as Meta | undefined;
		let { findings, decorations } = this;
		if (meta?.findings) {
			findings = meta.findings;
			decorations = build(state.doc, findings);
		} else if (tr.docChanged) {
			decorations = decorations.map(tr.mapping, tr.doc);
		}
		const moved = tr.docChanged || tr.selectionSet || decorations !== this.decorations;
		const active = moved ? activeAt(decorations, state) : this.active;
		const requested = this.requested + (meta?.recheck ? 1 : 0);
		// Revealed until the text changes or the caret leaves the finding. A check that answers
		// after the author went to a finding brings new ids: the same rule on the same words is
		// the same finding, so its popover stays.
		const revealed = Boolean(
			active &&
			(meta?.reveal || (this.revealed && !tr.docChanged && sameFinding(active, this.active)))
		);
		return new CheckerState(findings, decorations, active, requested, revealed);
	}
}

/** The same finding across checks: same id, or the same rule on the same range. */
function sameFinding(a: PlacedFinding, b: PlacedFinding | null): boolean {
	if (!b) return false;
	if (a.finding.id === b.finding.id) return true;
	return a.finding.rule === b.finding.rule && a.from === b.from && a.to === b.to;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function build(doc: Node, findings: readonly LocatedFinding[]): DecorationSet {
	const decos: Decoration[] = [];
	for (const f of findings) {
		if (!f.range || f.range.to <= f.range.from || f.range.to > doc.content.size) continue;
		decos.push(
			Decoration.inline(
				f.range.from,
				f.range.to,
				{ class: `ff-finding ff-${f.severity}`, 'data-finding': f.id },
				{ finding: f }
			)
		);
	}
	return DecorationSet.create(doc, decos);
}

function place(d: Decoration): PlacedFinding {
	return { finding: (d.spec as { finding: LocatedFinding }).finding, from: d.from, to: d.to };
}

/** The most severe, then innermost, finding touching the cursor. */
function activeAt(decorations: DecorationSet, state: EditorState): PlacedFinding | null {
	const { head, empty } = state.selection;
	if (!empty && state.selection.from !== state.selection.to) {
		// A selected finding (from the panel or next/previous) counts as under the cursor.
		const exact = decorations.find(state.selection.from, state.selection.to);
		const same = exact.find((d) => d.from === state.selection.from && d.to === state.selection.to);
		if (same) return place(same);
	}
	const hits = decorations.find(head, head);
	if (!hits.length) return null;
	hits.sort(
		(a, b) =>
			SEVERITY_RANK[place(a).finding.severity] - SEVERITY_RANK[place(b).finding.severity] ||
			a.to - a.from - (b.to - b.from)
	);
	return place(hits[0]);
}

/** The findings of the last check, as reported (ranges as of that check). */
export function checkerFindings(state: EditorState): readonly LocatedFinding[] {
	return key.getState(state)?.findings ?? [];
}

/** Findings in the text where they are now, in document order. */
export function placedFindings(state: EditorState): PlacedFinding[] {
	const set = key.getState(state)?.decorations;
	if (!set) return [];
	return set
		.find()
		.map(place)
		.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The finding under the cursor, if any. */
export function activeFinding(state: EditorState): PlacedFinding | null {
	return key.getState(state)?.active ?? null;
}

/** Whether the author went to the finding under the cursor (its popover shows). */
export function findingRevealed(state: EditorState): boolean {
	return key.getState(state)?.revealed ?? false;
}

/** Select finding `id` in the text and scroll to it; false when it is not in the text. */
export function selectFinding(id: string): Command {
	return (state, dispatch) => {
		const set = key.getState(state)?.decorations;
		const hit = set?.find(undefined, undefined, (spec) => spec.finding?.id === id)[0];
		if (!hit) return false;
		dispatch?.(
			state.tr
				.setSelection(TextSelection.create(state.doc, hit.from, hit.to))
				.setMeta(key, { reveal: true })
				.scrollIntoView()
		);
		return true;
	};
}

/** Select the next finding after the selection (`dir` 1) or the previous one (−1), wrapping. */
export function gotoFinding(dir: 1 | -1): Command {
	return (state, dispatch) => {
		const all = placedFindings(state);
		if (!all.length) return false;
		const { from, to } = state.selection;
		const target =
			dir === 1
				? (all.find((p) => p.from > from || (p.from === from && p.to > to)) ?? all[0])
				: (all.findLast((p) => p.from < from) ?? all[all.length - 1]);
		dispatch?.(
			state.tr
				.setSelection(TextSelection.create(state.doc, target.from, target.to))
				.setMeta(key, { reveal: true })
				.scrollIntoView()
		);
		return true;
	};
}

/** Ask for a fresh check soon (settings, title or dismissals changed). */
export function recheck(view: EditorView): void {
	if (key.getState(view.state)) view.dispatch(view.state.tr.setMeta(key, { recheck: true }));
}

/** Keys: next finding (Mod-. or F8), previous (Shift-Mod-. or Shift-F8). */
export const FINDING_KEYS = { next: ['Mod-.', 'F8'], previous: ['Shift-Mod-.', 'Shift-F8'] };

type Idle = (cb: () => void, opts: { timeout: number }) => number;

/** The checker plugin. */
export function checkerPlugin(options: CheckerPluginOptions): Plugin<CheckerState> {
	const delay = options.delay ?? 120;
	const bindings: Record<string, Command> = {};
	for (const k of FINDING_KEYS.next) bindings[k] = gotoFinding(1);
	for (const k of FINDING_KEYS.previous) bindings[k] = gotoFinding(-1);
	let hovered: string | null = null;

	return new Plugin<CheckerState>({
		key,
		state: {
			init: (_, state) => new CheckerState([], DecorationSet.empty, null, 0).apply(state.tr, state),
			apply: (tr, value, _old, state) => value.apply(tr, state)
		},
		props: {
			decorations: (state) => key.getState(state)?.decorations,
			handleKeyDown: keydownHandler(bindings),
			// A click on an underline puts the caret there (as ProseMirror would) and shows the tip.
			handleClick(view, pos, event) {
				if (event.button !== 0 || event.shiftKey) return false;
				const target = event.target as HTMLElement | null;
				if (!target?.closest?.('[data-finding]')) return false;
				const set = key.getState(view.state)?.decorations;
				if (!set?.find(pos, pos).length) return false;
				view.dispatch(
					view.state.tr
						.setSelection(TextSelection.create(view.state.doc, pos))
						.setMeta(key, { reveal: true })
				);
				return true;
			},
			attributes: (state): Record<string, string> =>
				options.describedBy && key.getState(state)?.active
					? { 'aria-describedby': options.describedBy }
					: {},
			handleDOMEvents: {
				// Movement only: text re-rendered under a resting pointer must not pop a tip up.
				mousemove(view, event) {
					const el = (event.target as HTMLElement | null)?.closest?.('[data-finding]');
					const id = el?.getAttribute('data-finding') ?? null;
					if (id === hovered) return false;
					hovered = id;
					const set = key.getState(view.state)?.decorations;
					const hit = id ? set?.find(undefined, undefined, (s) => s.finding?.id === id)[0] : null;
					options.onHover?.(hit ? place(hit) : null, view);
					return false;
				},
				mouseleave(view) {
					if (hovered !== null) options.onHover?.(null, view);
					hovered = null;
					return false;
				},
				// Typing hides a pointer's tip (it would cover the line being written).
				keydown(view) {
					if (hovered !== null) options.onHover?.(null, view);
					hovered = null;
					return false;
				}
			}
		},
		view(view) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			let idle: number | undefined;
			let cost = 0;
			let running = false;
			let again = false;
			const win = view.dom.ownerDocument.defaultView as
				(Window & { requestIdleCallback?: Idle; cancelIdleCallback?: (n: number) => void }) | null;
			const cancel = () => {
				clearTimeout(timer);
				if (idle !== undefined) win?.cancelIdleCallback?.(idle);
				timer = idle = undefined;
			};
			const run = async () => {
				idle = undefined;
				// One check at a time; a request meanwhile runs when this one is done.
				if (running) return void (again = true);
				running = true;
				const doc = view.state.doc;
				const start = performance.now();
				let findings: Result = null;
				try {
					findings = await options.check(doc);
				} catch {
					// An engine failure on this text keeps the last findings; the next edit checks again.
					findings = null;
				} finally {
					running = false;
				}
				cost = performance.now() - start;
				if (view.isDestroyed) return;
				if (findings && view.state.doc === doc)
					view.dispatch(view.state.tr.setMeta(key, { findings }).setMeta('addToHistory', false));
				if (again) {
					again = false;
					schedule(0);
				}
			};
			// Wait for a pause: long enough that a costly check does not land between keystrokes.
			const schedule = (ms: number) => {
				cancel();
				timer = setTimeout(() => {
					timer = undefined;
					if (win?.requestIdleCallback)
						idle = win.requestIdleCallback(() => void run(), { timeout: 400 });
					else void run();
				}, ms);
			};
			schedule(0);
			return {
				update(view, prev) {
					const now = key.getState(view.state)!;
					const before = key.getState(prev)!;
					if (view.state.doc !== prev.doc) schedule(Math.max(delay, cost * 2));
					else if (now.requested !== before.requested) schedule(0);
					if (
						now.active?.finding !== before.active?.finding ||
						now.active?.from !== before.active?.from ||
						now.revealed !== before.revealed
					)
						options.onActive?.(now.active, view, now.revealed);
				},
				destroy: cancel
			};
		}
	});
}
