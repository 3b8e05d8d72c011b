/**
 * Link editing: read the link under the selection, set or remove one. Every href goes through
 * `safeHref` first, so the editor can never create a `javascript:` link.
 */
import { safeHref } from '$lib/markdown/url';
import type { MarkType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';

/** The link the selection starts in (or touches at its end), with its full extent, or null. */
export function linkAt(
	state: EditorState,
	type: MarkType
): { href: string; from: number; to: number } | null {
	const $pos = state.selection.$from;
	const { parent, parentOffset } = $pos;
	let hit = parent.childAfter(parentOffset);
	if (!hit.node || !type.isInSet(hit.node.marks)) hit = parent.childBefore(parentOffset);
	const mark = hit.node ? type.isInSet(hit.node.marks) : undefined;
	if (!hit.node || !mark) return null;
	let from = $pos.start() + hit.offset;
	let to = from + hit.node.nodeSize;
	for (let i = hit.index - 1; i >= 0 && mark.isInSet(parent.child(i).marks); i--)
		from -= parent.child(i).nodeSize;
	for (let i = hit.index + 1; i < parent.childCount && mark.isInSet(parent.child(i).marks); i++)
		to += parent.child(i).nodeSize;
	return { href: String(mark.attrs.href), from, to };
}

/** Why an href was refused, or null when it is fine. */
export function hrefProblem(href: string): string | null {
	if (!href.trim()) return 'Enter a link address.';
	return safeHref(href.trim()) === null
		? 'Only web (http, https), email (mailto) and relative links are allowed.'
		: null;
}

/**
 * Link the selection (or the link the cursor is in) to `href`; with an empty selection and no
 * link around it, insert `href` itself as linked text. Refuses unsafe hrefs.
 */
export function setLink(type: MarkType, href: string): Command {
	return (state, dispatch) => {
		const safe = safeHref(href.trim());
		if (safe === null) return false;
		const existing = linkAt(state, type);
		const { from, to, empty } = state.selection;
		if (!dispatch) return true;
		const tr = state.tr;
		if (existing) {
			tr.removeMark(existing.from, existing.to, type).addMark(
				existing.from,
				existing.to,
				type.create({ href: safe })
			);
		} else if (empty) {
			tr.insertText(safe, from).addMark(from, from + safe.length, type.create({ href: safe }));
		} else {
			tr.addMark(from, to, type.create({ href: safe }));
		}
		dispatch(tr.scrollIntoView());
		return true;
	};
}

/** Remove the link under the selection. */
export function removeLink(type: MarkType): Command {
	return (state, dispatch) => {
		const existing = linkAt(state, type);
		if (!existing) return false;
		dispatch?.(state.tr.removeMark(existing.from, existing.to, type));
		return true;
	};
}
