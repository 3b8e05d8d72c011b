/**
 * The toolbar's commands as data: a label, a shortcut, a command and how to tell whether it is
 * active (`aria-pressed`). Components render this list; they hold no editing logic.
 */
import { setBlockType, toggleMark, wrapIn, lift } from 'prosemirror-commands';
import { redo, undo, undoDepth, redoDepth } from 'prosemirror-history';
import type { MarkType, NodeType, Schema } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import type { Command, EditorState } from 'prosemirror-state';
import {
	addColumnAfter,
	addRowAfter,
	deleteColumn,
	deleteRow,
	insertTable,
	isInTable
} from './tables';
import { inTask, toggleTaskList } from './tasks';

/** One toolbar button. */
export interface ToolbarItem {
	id: string;
	/** Accessible name (also the tooltip). */
	label: string;
	/** Short visible text or symbol. */
	glyph: string;
	/** Shortcut in `SHORTCUTS` notation, if any. */
	shortcut?: string;
	/** A toggle has `aria-pressed`; an action does not. */
	toggle: boolean;
	/** Run it (or, without `dispatch`, ask whether it can run). */
	command: Command;
	/** Whether the selection already has it. */
	active?: (state: EditorState) => boolean;
	/** Items with the same group sit together. */
	group: 'mark' | 'block' | 'list' | 'table' | 'history';
}

/** Whether the mark is on the stored marks or anywhere in the selection. */
export function markActive(state: EditorState, type: MarkType): boolean {
	const { from, $from, to, empty } = state.selection;
	if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
	return state.doc.rangeHasMark(from, to, type);
}

/** Whether the selection sits in a block of `type` (with `attrs`, if given). */
export function blockActive(
	state: EditorState,
	type: NodeType,
	attrs?: Record<string, unknown>
): boolean {
	const { $from, to } = state.selection;
	if (to > $from.end()) return false;
	for (let d = $from.depth; d > 0; d--) {
		const node = $from.node(d);
		if (node.type === type) {
			return !attrs || Object.entries(attrs).every(([k, v]) => node.attrs[k] === v);
		}
	}
	return false;
}

/** Toggle a block type: set it, or go back to a paragraph if the selection has it already. */
function toggleBlock(schema: Schema, type: NodeType, attrs?: Record<string, unknown>): Command {
	return (state, dispatch, view) =>
		blockActive(state, type, attrs)
			? setBlockType(schema.nodes.paragraph)(state, dispatch, view)
			: setBlockType(type, attrs)(state, dispatch, view);
}

/** Toggle a list: lift out of it when inside, else wrap the selection in it. */
function toggleList(schema: Schema, type: NodeType): Command {
	return (state, dispatch, view) =>
		blockActive(state, type)
			? liftListItem(schema.nodes.list_item)(state, dispatch, view)
			: wrapInList(type)(state, dispatch, view);
}

/** Toggle a blockquote around the selection. */
function toggleQuote(schema: Schema): Command {
	return (state, dispatch, view) =>
		blockActive(state, schema.nodes.blockquote)
			? lift(state, dispatch, view)
			: wrapIn(schema.nodes.blockquote)(state, dispatch, view);
}

/** The toolbar, in order. The link button is separate (it needs a dialog). */
export function buildToolbar(schema: Schema): ToolbarItem[] {
	const { marks, nodes } = schema;
	const heading = (level: 1 | 2 | 3): ToolbarItem => ({
		id: `h${level}`,
		label: `Heading ${level}`,
		glyph: `H${level}`,
		shortcut: `Mod-Alt-${level}`,
		toggle: true,
		command: toggleBlock(schema, nodes.heading, { level }),
		active: (s) => blockActive(s, nodes.heading, { level }),
		group: 'block'
	});
	return [
		{
			id: 'strong',
			label: 'Bold',
			glyph: 'B',
			shortcut: 'Mod-B',
			toggle: true,
			command: toggleMark(marks.strong),
			active: (s) => markActive(s, marks.strong),
			group: 'mark'
		},
		{
			id: 'em',
			label: 'Italic',
			glyph: 'I',
			shortcut: 'Mod-I',
			toggle: true,
			command: toggleMark(marks.em),
			active: (s) => markActive(s, marks.em),
			group: 'mark'
		},
		{
			id: 'code',
			label: 'Inline code',
			glyph: '</>',
			shortcut: 'Mod-`',
			toggle: true,
			command: toggleMark(marks.code),
			active: (s) => markActive(s, marks.code),
			group: 'mark'
		},
		{
			id: 'strike',
			label: 'Strikethrough',
			glyph: 'S',
			shortcut: 'Shift-Mod-X',
			toggle: true,
			command: toggleMark(marks.strike),
			active: (s) => markActive(s, marks.strike),
			group: 'mark'
		},
		heading(1),
		heading(2),
		heading(3),
		{
			id: 'bullet_list',
			label: 'Bullet list',
			glyph: '•',
			shortcut: 'Shift-Mod-8',
			toggle: true,
			command: toggleList(schema, nodes.bullet_list),
			active: (s) => blockActive(s, nodes.bullet_list),
			group: 'list'
		},
		{
			id: 'ordered_list',
			label: 'Numbered list',
			glyph: '1.',
			shortcut: 'Shift-Mod-7',
			toggle: true,
			command: toggleList(schema, nodes.ordered_list),
			active: (s) => blockActive(s, nodes.ordered_list),
			group: 'list'
		},
		{
			id: 'task_list',
			label: 'Task list',
			glyph: '☑',
			toggle: true,
			command: toggleTaskList(schema),
			active: inTask,
			group: 'list'
		},
		{
			id: 'blockquote',
			label: 'Quote',
			glyph: '❝',
			shortcut: 'Shift-Mod-9',
			toggle: true,
			command: toggleQuote(schema),
			active: (s) => blockActive(s, nodes.blockquote),
			group: 'list'
		},
		{
			id: 'code_block',
			label: 'Code block',
			glyph: '{ }',
			shortcut: 'Mod-Alt-C',
			toggle: true,
			command: toggleBlock(schema, nodes.code_block),
			active: (s) => blockActive(s, nodes.code_block),
			group: 'list'
		},
		{
			id: 'insert_table',
			label: 'Insert table',
			glyph: '⊞',
			toggle: false,
			command: insertTable(schema),
			group: 'table'
		},
		{
			id: 'add_row',
			label: 'Add row below',
			glyph: '+R',
			toggle: false,
			command: (state, dispatch) => isInTable(state) && addRowAfter(state, dispatch),
			group: 'table'
		},
		{
			id: 'add_column',
			label: 'Add column right',
			glyph: '+C',
			toggle: false,
			command: (state, dispatch) => isInTable(state) && addColumnAfter(state, dispatch),
			group: 'table'
		},
		{
			id: 'delete_row',
			label: 'Delete row',
			glyph: '−R',
			toggle: false,
			command: (state, dispatch) => isInTable(state) && deleteRow(state, dispatch),
			group: 'table'
		},
		{
			id: 'delete_column',
			label: 'Delete column',
			glyph: '−C',
			toggle: false,
			command: (state, dispatch) => isInTable(state) && deleteColumn(state, dispatch),
			group: 'table'
		},
		{
			id: 'undo',
			label: 'Undo',
			glyph: '↶',
			shortcut: 'Mod-Z',
			toggle: false,
			command: (state, dispatch) => undoDepth(state) > 0 && undo(state, dispatch),
			group: 'history'
		},
		{
			id: 'redo',
			label: 'Redo',
			glyph: '↷',
			shortcut: 'Shift-Mod-Z',
			toggle: false,
			command: (state, dispatch) => redoDepth(state) > 0 && redo(state, dispatch),
			group: 'history'
		}
	];
}
