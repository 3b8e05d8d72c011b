/**
 * Review comments as highlights in the text: one inline decoration per placed comment, mapped
 * through every edit so it stays on its words; the comment under the cursor is "active". Shaped
 * like the checker plugin: a private key, a small state class, getters and commands.
 * Comments are placed from outside (`setComments`), by text anchors (see `text.ts`).
 */
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

/** A comment where it is in the document. */
export interface CommentMark {
	id: string;
	from: number;
	to: number;
	/** Resolved comments keep their place but are not highlighted. */
	resolved?: boolean;
}

/** How to build the plugin. */
export interface CommentsPluginOptions {
	/** The comment under the cursor changed (null: none). */
	onActive?: (id: string | null) => void;
	/** The view was created (place the comments now). */
	onView?: (view: EditorView) => void;
}

interface Meta {
	set?: readonly CommentMark[];
	focus?: string | null;
}

const key = new PluginKey<CommentsState>('fivefold-comments');

class CommentsState {
	constructor(
		readonly decorations: DecorationSet,
		readonly active: string | null,
		/** The comment picked in the panel (drawn stronger). */
		readonly focus: string | null
	) {}

	apply(tr: Transaction, state: EditorState): CommentsState {
		const meta = tr.getMeta(key) as Meta | undefined;
		let { decorations, focus } = this;
		if (meta?.focus !== undefined) focus = meta.focus;
		if (meta?.set) decorations = build(state.doc, meta.set, focus);
		else if (tr.docChanged) decorations = decorations.map(tr.mapping, tr.doc);
		if (meta?.focus !== undefined && !meta.set)
			decorations = restyle(state.doc, decorations, focus);
		const moved = tr.docChanged || tr.selectionSet || decorations !== this.decorations;
		const active = moved ? activeAt(decorations, state) : this.active;
		return new CommentsState(decorations, active, focus);
	}
}

function deco(from: number, to: number, id: string, resolved: boolean, focus: boolean) {
	const cls = resolved ? 'ff-comment-resolved' : `ff-comment${focus ? ' ff-comment-focus' : ''}`;
	return Decoration.inline(
		from,
		to,
		resolved ? { class: cls } : { class: cls, 'data-comment': id },
		{ id, resolved, inclusiveStart: false, inclusiveEnd: false }
	);
}

function build(doc: Node, marks: readonly CommentMark[], focus: string | null): DecorationSet {
	const size = doc.content.size;
	const decos = marks
		.filter((m) => m.from < m.to && m.from >= 0 && m.to <= size)
		.map((m) => deco(m.from, m.to, m.id, Boolean(m.resolved), m.id === focus));
	return DecorationSet.create(doc, decos);
}

function restyle(doc: Node, set: DecorationSet, focus: string | null): DecorationSet {
	const marks = set.find().map((d) => {
		const spec = d.spec as { id: string; resolved: boolean };
		return { id: spec.id, from: d.from, to: d.to, resolved: spec.resolved };
	});
	return build(doc, marks, focus);
}

function activeAt(set: DecorationSet, state: EditorState): string | null {
	const { head } = state.selection;
	const hits = set
		.find(head, head)
		.filter((d) => !(d.spec as { resolved: boolean }).resolved)
		.sort((a, b) => a.to - a.from - (b.to - b.from));
	return hits.length ? (hits[0].spec as { id: string }).id : null;
}

/** Where each placed comment is now, by id. */
export function commentRanges(state: EditorState): Map<string, { from: number; to: number }> {
	const out = new Map<string, { from: number; to: number }>();
	for (const d of key.getState(state)?.decorations.find() ?? [])
		out.set((d.spec as { id: string }).id, { from: d.from, to: d.to });
	return out;
}

/** The comment under the cursor. */
export function activeComment(state: EditorState): string | null {
	return key.getState(state)?.active ?? null;
}

/** Place (or re-place) all comments. */
export function setComments(view: EditorView, marks: readonly CommentMark[]): void {
	view.dispatch(view.state.tr.setMeta(key, { set: marks }).setMeta('addToHistory', false));
}

/** Select comment `id`'s text, scroll to it and draw it stronger; false when it is not placed. */
export function selectComment(id: string): Command {
	return (state, dispatch) => {
		const hit = key.getState(state)?.decorations.find(undefined, undefined, (s) => s.id === id)[0];
		if (!hit) return false;
		dispatch?.(
			state.tr
				.setSelection(TextSelection.create(state.doc, hit.from, hit.to))
				.setMeta(key, { focus: id })
				.scrollIntoView()
		);
		return true;
	};
}

/** The comments plugin. */
export function commentsPlugin(options: CommentsPluginOptions = {}): Plugin<CommentsState> {
	return new Plugin<CommentsState>({
		key,
		state: {
			init: () => new CommentsState(DecorationSet.empty, null, null),
			apply: (tr, value, _old, state) => value.apply(tr, state)
		},
		props: {
			decorations: (state) => key.getState(state)?.decorations
		},
		view(view) {
			options.onView?.(view);
			return {
				update(view, prev) {
					const now = key.getState(view.state)?.active ?? null;
					if (now !== (key.getState(prev)?.active ?? null)) options.onActive?.(now);
				}
			};
		}
	});
}
