/**
 * Highlight one sentence and bring it into view: where an evidence link lands
 * (`/edit?id=…&highlight=…`). The plugin holds at most one highlight as a `DecorationSet`,
 * mapped through edits. `highlightSentence` finds the text however the document spaced or
 * quoted it (whitespace, curly quotes and case folded), extends a shortened needle to the end of
 * its sentence, moves the cursor there and scrolls it to the middle of the screen.
 */
import type { Node } from 'prosemirror-model';
import {
	Plugin,
	PluginKey,
	TextSelection,
	type Command,
	type EditorState
} from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

const key = new PluginKey<DecorationSet>('highlight');

/** The class on the highlighted span. */
export const HIGHLIGHT_CLASS = 'pm-highlight';

// Inline so the highlight needs no stylesheet from whichever component mounts the editor.
const HIGHLIGHT_STYLE =
	'color: inherit; background: var(--accent-soft, #dde8f3); box-shadow: 0 0 0 2px var(--accent-soft, #dde8f3), inset 0 -2px 0 var(--accent, #2d5b87); border-radius: 2px;';

/** The plugin; add it once per editor. */
export function highlightPlugin(): Plugin<DecorationSet> {
	return new Plugin<DecorationSet>({
		key,
		state: {
			init: () => DecorationSet.empty,
			apply(tr, set) {
				const meta = tr.getMeta(key) as { from: number; to: number } | null | undefined;
				if (meta === null) return DecorationSet.empty;
				if (meta)
					return DecorationSet.create(tr.doc, [
						Decoration.inline(meta.from, meta.to, {
							nodeName: 'mark',
							class: HIGHLIGHT_CLASS,
							style: HIGHLIGHT_STYLE
						})
					]);
				return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
			}
		},
		props: {
			decorations: (state) => key.getState(state)
		}
	});
}

/** The highlighted range, or null. */
export function highlightRange(state: EditorState): { from: number; to: number } | null {
	const found = key.getState(state)?.find();
	return found?.length ? { from: found[0].from, to: found[0].to } : null;
}

const FOLD: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u2013': '-',
	'\u2014': '-',
	'\u00a0': ' '
};

/** Text folded for matching, with each folded character's index in the original. */
function fold(text: string): { text: string; at: number[] } {
	let out = '';
	const at: number[] = [];
	for (let i = 0; i < text.length; i++) {
		let ch = FOLD[text[i]] ?? text[i];
		if (/\s/.test(ch)) {
			if (out.endsWith(' ') || out === '') continue;
			ch = ' ';
		}
		out += ch.toLowerCase();
		at.push(i);
	}
	return { text: out, at };
}

const SENTENCE_END = /[.!?…](?=["')\]’”]*(?:\s|$))/g;

/**
 * Where `needle` occurs in `doc`, extended to the end of its sentence, or null. Tries the whole
 * needle, then its first 40 characters (the source may have changed after the link was made).
 */
export function findSentence(doc: Node, needle: string): { from: number; to: number } | null {
	const want = fold(needle).text.trim();
	if (!want) return null;
	for (const probe of want.length > 40 ? [want, want.slice(0, 40)] : [want]) {
		let hit: { from: number; to: number } | null = null;
		doc.descendants((node, pos) => {
			if (hit) return false;
			if (!node.isTextblock) return true;
			// One character per position: text as is, any other inline leaf as U+FFFC.
			let raw = '';
			node.forEach((child) => {
				raw += child.isText ? child.text! : '\ufffc'.repeat(child.nodeSize);
			});
			const folded = fold(raw);
			const i = folded.text.indexOf(probe);
			if (i < 0) return false;
			let end = folded.at[i + probe.length - 1] + 1;
			if (!/[.!?…]["')\]’”]*$/.test(raw.slice(0, end))) {
				SENTENCE_END.lastIndex = end;
				const stop = SENTENCE_END.exec(raw);
				end = stop ? stop.index + stop[0].length : raw.length;
			}
			hit = { from: pos + 1 + folded.at[i], to: pos + 1 + end };
			return false;
		});
		if (hit) return hit;
	}
	return null;
}

/**
 * Highlight the sentence starting with `needle`, put the cursor at its start and scroll it into
 * the middle of the view. False (and nothing changes) when the text is not in the document.
 */
export function highlightSentence(needle: string): Command {
	return (state, dispatch, view) => {
		const range = findSentence(state.doc, needle);
		if (!range) return false;
		if (dispatch) {
			const tr = state.tr
				.setMeta(key, range)
				.setSelection(TextSelection.create(state.doc, range.from))
				.scrollIntoView();
			dispatch(tr);
			const mark = view?.dom.querySelector(`.${HIGHLIGHT_CLASS}`);
			mark?.scrollIntoView({ block: 'center' });
		}
		return true;
	};
}

/** Remove the highlight. */
export const clearHighlight: Command = (state, dispatch) => {
	if (!highlightRange(state)) return false;
	dispatch?.(state.tr.setMeta(key, null));
	return true;
};
