/**
 * Keyboard shortcuts. `Mod` is Cmd on macOS and Ctrl elsewhere. The table `SHORTCUTS` is what
 * the README and the toolbar tooltips show; `buildKeymap` binds the same keys.
 */
import {
	chainCommands,
	exitCode,
	setBlockType,
	toggleMark,
	wrapIn,
	joinUp,
	joinDown,
	lift,
	selectParentNode
} from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import type { Schema } from 'prosemirror-model';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import type { Command } from 'prosemirror-state';
import { nextCellOrNewRow, previousCell } from './tables';
import { toggleTaskDone } from './tasks';

/** Whether this platform uses Cmd for `Mod`. */
export const IS_MAC =
	typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform ?? '');

/** Bind the editor's keys for `schema` (which must be Fivefold's Markdown schema). */
export function buildKeymap(schema: Schema): Record<string, Command> {
	const { nodes, marks } = schema;
	const keys: Record<string, Command> = {
		'Mod-z': undo,
		'Shift-Mod-z': redo,
		'Mod-y': redo,
		Backspace: undoInputRule,
		'Alt-ArrowUp': joinUp,
		'Alt-ArrowDown': joinDown,
		'Mod-BracketLeft': lift,
		Escape: selectParentNode,
		'Mod-b': toggleMark(marks.strong),
		'Mod-i': toggleMark(marks.em),
		'Mod-`': toggleMark(marks.code),
		'Shift-Mod-x': toggleMark(marks.strike),
		'Shift-Mod-Enter': toggleTaskDone,
		'Shift-Mod-8': wrapInList(nodes.bullet_list),
		'Shift-Mod-7': wrapInList(nodes.ordered_list),
		'Ctrl->': wrapIn(nodes.blockquote),
		'Shift-Mod-9': wrapIn(nodes.blockquote),
		'Shift-Ctrl-0': setBlockType(nodes.paragraph),
		'Mod-Alt-0': setBlockType(nodes.paragraph),
		'Shift-Ctrl-\\': setBlockType(nodes.code_block),
		'Mod-Alt-c': setBlockType(nodes.code_block),
		Enter: splitListItem(nodes.list_item),
		Tab: chainCommands(nextCellOrNewRow, sinkListItem(nodes.list_item)),
		'Shift-Tab': chainCommands(previousCell, liftListItem(nodes.list_item))
	};
	const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
		dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
		return true;
	});
	keys['Mod-Enter'] = hardBreak;
	keys['Shift-Enter'] = hardBreak;
	for (let level = 1; level <= 3; level++) {
		const command = setBlockType(nodes.heading, { level });
		keys[`Mod-Alt-${level}`] = command;
		keys[`Shift-Ctrl-${level}`] = command;
	}
	return keys;
}

/** Human-readable shortcuts, for tooltips, the README and the help list. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
	{ keys: 'Mod-B', action: 'Bold' },
	{ keys: 'Mod-I', action: 'Italic' },
	{ keys: 'Mod-`', action: 'Inline code' },
	{ keys: 'Shift-Mod-X', action: 'Strikethrough' },
	{ keys: 'Mod-K', action: 'Add or remove a link' },
	{ keys: 'Mod-Alt-1 … 3', action: 'Heading 1 to 3' },
	{ keys: 'Mod-Alt-0', action: 'Paragraph' },
	{ keys: 'Mod-Alt-C', action: 'Code block' },
	{ keys: 'Shift-Mod-8', action: 'Bullet list' },
	{ keys: 'Shift-Mod-7', action: 'Numbered list' },
	{ keys: 'Shift-Mod-9', action: 'Quote' },
	{ keys: 'Tab / Shift-Tab', action: 'Indent / outdent a list item; next / previous table cell' },
	{ keys: 'Shift-Mod-Enter', action: 'Tick or untick a task' },
	{ keys: 'Shift-Enter', action: 'Line break' },
	{ keys: 'Mod-Z', action: 'Undo' },
	{ keys: 'Shift-Mod-Z or Mod-Y', action: 'Redo' },
	{ keys: 'Mod-S', action: 'Save now (everything is saved as you type anyway)' }
];

/** Spell a shortcut for this platform: `Mod` becomes ⌘ or Ctrl. */
export function formatShortcut(keys: string): string {
	return IS_MAC
		? keys.replace(/Mod/g, '⌘').replace(/Alt/g, '⌥').replace(/Shift/g, '⇧').replace(/-/g, '')
		: keys.replace(/Mod/g, 'Ctrl');
}
