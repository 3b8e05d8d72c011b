/**
 * GFM tables in the editor (prosemirror-tables): Tab / Shift-Tab move between cells (Tab in the
 * last cell adds a row), and the toolbar's table commands. No column resizing: widths have no
 * Markdown form, and export must give back what was imported.
 */
import type { Node, Schema } from 'prosemirror-model';
import { TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { addRowAfter, goToNextCell, isInTable } from 'prosemirror-tables';

export {
	addColumnAfter,
	addRowAfter,
	deleteColumn,
	deleteRow,
	deleteTable,
	isInTable,
	tableEditing
} from 'prosemirror-tables';

/** Tab: the next cell, or a new row from the last cell. */
export const nextCellOrNewRow: Command = (state, dispatch, view) => {
	if (!isInTable(state)) return false;
	if (goToNextCell(1)(state, dispatch, view)) return true;
	if (!dispatch) return true;
	let added: Transaction | null = null;
	addRowAfter(state, (tr) => (added = tr));
	if (!added) return true;
	const tr: Transaction = added;
	// The move into the new row only changes the selection: copy it onto the same transaction.
	goToNextCell(1)(state.apply(tr), (move) => {
		tr.setSelection(TextSelection.create(tr.doc, move.selection.from, move.selection.to));
	});
	dispatch(tr.scrollIntoView());
	return true;
};

/** Shift-Tab: the previous cell. */
export const previousCell: Command = (state, dispatch, view) =>
	isInTable(state) ? (goToNextCell(-1)(state, dispatch, view), true) : false;

/** Insert a table (a header row and two rows, `columns` wide) after the selection's block. */
export function insertTable(schema: Schema, columns = 3, rows = 2): Command {
	return (state, dispatch) => {
		const { table, table_row, table_header, table_cell, paragraph } = schema.nodes;
		if (isInTable(state)) return false;
		const cell = (type: typeof table_cell, text: string): Node =>
			type.create(null, paragraph.create(null, text ? schema.text(text) : null));
		const header = table_row.create(
			null,
			Array.from({ length: columns }, (_, i) => cell(table_header, `Column ${i + 1}`))
		);
		const body = Array.from({ length: rows }, () =>
			table_row.create(
				null,
				Array.from({ length: columns }, () => cell(table_cell, ''))
			)
		);
		const node = table.create(null, [header, ...body]);
		const { $from } = state.selection;
		const at = $from.depth > 0 ? $from.after(1) : $from.pos;
		if (!dispatch) return true;
		const tr = state.tr.insert(at, node);
		// Into the first header cell's text.
		tr.setSelection(TextSelection.create(tr.doc, at + 4, at + 4 + 'Column 1'.length));
		dispatch(tr.scrollIntoView());
		return true;
	};
}
