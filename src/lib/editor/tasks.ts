/**
 * GFM task lists in the editor: a list item whose `checked` is true or false shows a real
 * checkbox (labelled with the task's text) that a click, Space on the focused box, or
 * Shift-Mod-Enter in the item toggles. Commands here turn a list into a task list and back.
 */
import type { Node, NodeType, Schema } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { EditorView, NodeView } from 'prosemirror-view';
import { wrapInList } from 'prosemirror-schema-list';

/** The nearest list item around the selection start: its position and node, or null. */
function itemAround(state: EditorState): { pos: number; node: Node } | null {
	const { $from } = state.selection;
	for (let d = $from.depth; d > 0; d--) {
		const node = $from.node(d);
		if (node.type.name === 'list_item') return { pos: $from.before(d), node };
	}
	return null;
}

/** The nearest list around the selection start, or null. */
function listAround(state: EditorState): { pos: number; node: Node } | null {
	const { $from } = state.selection;
	for (let d = $from.depth; d > 0; d--) {
		const node = $from.node(d);
		if (node.type.name === 'bullet_list' || node.type.name === 'ordered_list') {
			return { pos: $from.before(d), node };
		}
	}
	return null;
}

/** Whether the selection is in a task item. */
export function inTask(state: EditorState): boolean {
	const item = itemAround(state);
	return item !== null && item.node.attrs.checked !== null;
}

/** Tick or untick the task item around the selection. */
export const toggleTaskDone: Command = (state, dispatch) => {
	const item = itemAround(state);
	if (!item || item.node.attrs.checked === null) return false;
	dispatch?.(
		state.tr.setNodeMarkup(item.pos, null, {
			...item.node.attrs,
			checked: !item.node.attrs.checked
		})
	);
	return true;
};

function setItems(tr: Transaction, listPos: number, checked: boolean | null): Transaction {
	const list = tr.doc.nodeAt(listPos);
	if (!list) return tr;
	list.forEach((item, offset) => {
		const pos = listPos + 1 + offset;
		const now = item.attrs.checked;
		// Keep ticks when a list that already has tasks stays a task list.
		const next = checked === null ? null : now === null ? checked : now;
		if (next !== now) tr.setNodeMarkup(pos, null, { ...item.attrs, checked: next });
	});
	return tr;
}

/** Turn the list around the selection into a task list (or back), or wrap the selection in one. */
export function toggleTaskList(schema: Schema): Command {
	const bullet: NodeType = schema.nodes.bullet_list;
	return (state, dispatch, view) => {
		const list = listAround(state);
		if (list) {
			const isTask = inTask(state);
			dispatch?.(setItems(state.tr, list.pos, isTask ? null : false));
			return true;
		}
		return wrapInList(bullet)(
			state,
			dispatch &&
				((tr) => {
					const $from = tr.selection.$from;
					for (let d = $from.depth; d > 0; d--) {
						if ($from.node(d).type === bullet) {
							setItems(tr, $from.before(d), false);
							break;
						}
					}
					dispatch(tr);
				}),
			view
		);
	};
}

/** The list item view: a plain `<li>`, or for a task a checkbox and the item's content. */
export class ListItemView implements NodeView {
	dom: HTMLElement;
	contentDOM: HTMLElement;
	#box: HTMLInputElement | null = null;
	#node: Node;

	constructor(node: Node, view: EditorView, getPos: () => number | undefined) {
		this.#node = node;
		this.dom = document.createElement('li');
		if (node.attrs.checked === null) {
			this.contentDOM = this.dom;
			return;
		}
		this.dom.dataset.task = node.attrs.checked ? 'done' : 'open';
		const wrap = document.createElement('span');
		wrap.contentEditable = 'false';
		wrap.className = 'task-box';
		const box = document.createElement('input');
		box.type = 'checkbox';
		box.addEventListener('mousedown', (e) => e.stopPropagation());
		box.addEventListener('change', () => {
			const pos = getPos();
			if (pos === undefined || !view.editable) {
				box.checked = Boolean(this.#node.attrs.checked);
				return;
			}
			view.dispatch(
				view.state.tr.setNodeMarkup(pos, null, { ...this.#node.attrs, checked: box.checked })
			);
		});
		wrap.append(box);
		this.#box = box;
		this.contentDOM = document.createElement('div');
		this.contentDOM.className = 'task-body';
		this.dom.append(wrap, this.contentDOM);
		this.#sync(node);
	}

	#sync(node: Node): void {
		if (!this.#box) return;
		this.#box.checked = Boolean(node.attrs.checked);
		const text = node.firstChild?.textContent.trim() ?? '';
		this.#box.setAttribute('aria-label', `Task done: ${text.slice(0, 80) || 'empty task'}`);
		this.dom.dataset.task = node.attrs.checked ? 'done' : 'open';
	}

	update(node: Node): boolean {
		if (node.type !== this.#node.type) return false;
		if ((node.attrs.checked === null) !== (this.#node.attrs.checked === null)) return false;
		this.#node = node;
		this.#sync(node);
		return true;
	}

	stopEvent(event: Event): boolean {
		return event.target === this.#box;
	}

	ignoreMutation(
		mutation: MutationRecord | { type: 'selection'; target: globalThis.Node }
	): boolean {
		return mutation.type !== 'selection' && !this.contentDOM.contains(mutation.target);
	}
}
