import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { splitBlock, toggleMark } from 'prosemirror-commands';
import { tableEditing } from 'prosemirror-tables';
import type { Node } from 'prosemirror-model';
import { schema } from '$lib/markdown/schema';
import { DocStore } from '$lib/storage';
import { applyStepsToContent } from './steps';

const p = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const cell = (type: 'table_cell' | 'table_header', text: string) =>
	schema.node(type, null, [p(text)]);
const start = () =>
	schema.node('doc', null, [
		p('Offline first for the field apps.'),
		schema.node('table', null, [
			schema.node('table_row', null, [
				cell('table_header', 'Measure'),
				cell('table_header', 'Target')
			]),
			schema.node('table_row', null, [cell('table_cell', 'p95'), cell('table_cell', '800 ms')])
		]),
		p('Every release goes to one site first.')
	]);

/** Dispatch as the editor controller does; returns the new state and every transaction applied. */
function dispatch(state: EditorState, tr: Transaction) {
	return state.applyTransaction(tr);
}

type Op =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete'; at: number; len: number }
	| { kind: 'bold'; at: number; len: number }
	| { kind: 'split'; at: number }
	| { kind: 'undo' }
	| { kind: 'shortRow' };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.string({ minLength: 1, maxLength: 6 })
	}),
	fc.record({
		kind: fc.constant('delete' as const),
		at: fc.nat(),
		len: fc.integer({ min: 1, max: 8 })
	}),
	fc.record({
		kind: fc.constant('bold' as const),
		at: fc.nat(),
		len: fc.integer({ min: 1, max: 8 })
	}),
	fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('undo' as const) }),
	fc.record({ kind: fc.constant('shortRow' as const) })
);

/** A text position in `doc` near `n` (inside a textblock, so edits are valid). */
function textPos(doc: Node, n: number): number {
	const positions: number[] = [];
	doc.descendants((node, pos) => {
		if (node.isTextblock) for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
	});
	return positions[n % positions.length];
}

/** Apply one random edit the way a user's command would; null when it does not apply. */
function edit(state: EditorState, o: Op): Transaction | null {
	const { doc } = state;
	switch (o.kind) {
		case 'insert':
			return state.tr.insertText(
				[...o.text].map((c) => (c < ' ' ? 'x' : c)).join(''),
				textPos(doc, o.at)
			);
		case 'delete': {
			const from = textPos(doc, o.at);
			const to = Math.min(from + o.len, doc.resolve(from).end());
			return to > from ? state.tr.delete(from, to) : null;
		}
		case 'bold': {
			const from = textPos(doc, o.at);
			const to = Math.min(from + o.len, doc.resolve(from).end());
			if (to <= from) return null;
			let out: Transaction | null = null;
			const s = state.apply(state.tr.setSelection(TextSelection.create(doc, from, to)));
			toggleMark(schema.marks.strong)(s, (tr) => (out = tr));
			return out;
		}
		case 'split': {
			let out: Transaction | null = null;
			const at = textPos(doc, o.at);
			if (doc.resolve(at).parent.type !== schema.nodes.paragraph || doc.resolve(at).depth !== 1)
				return null;
			const s = state.apply(state.tr.setSelection(TextSelection.create(doc, at)));
			splitBlock(s, (tr) => (out = tr));
			return out;
		}
		case 'undo': {
			let out: Transaction | null = null;
			undo(state, (tr) => (out = tr));
			return out;
		}
		case 'shortRow': {
			// A row with one cell too few: tableEditing's appendTransaction fills it in.
			let at = -1;
			doc.descendants((node, pos) => {
				if (node.type === schema.nodes.table && at < 0) at = pos + node.nodeSize - 1;
			});
			if (at < 0) return null;
			return state.tr.insert(at, schema.node('table_row', null, [cell('table_cell', 'new')]));
		}
	}
}

describe('journalled steps replay to the same document', () => {
	it('captures the transactions plugins append (a table row filled in by tableEditing)', () => {
		let state = EditorState.create({ doc: start(), plugins: [history(), tableEditing()] });
		const before = state.doc.toJSON();
		const { state: next, transactions } = dispatch(state, edit(state, { kind: 'shortRow' })!);
		state = next;
		expect(transactions.length).toBeGreaterThan(1);
		const all = transactions.flatMap((t) => t.steps.map((s) => s.toJSON()));
		const rootOnly = transactions[0].steps.map((s) => s.toJSON());
		expect(applyStepsToContent(before, all)).toEqual(state.doc.toJSON());
		expect(applyStepsToContent(before, rootOnly)).not.toEqual(state.doc.toJSON());
	});

	it('random edits: the steps, batched and stored, fold to exactly the editor’s document', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 1, maxLength: 25 }),
				fc.integer({ min: 1, max: 5 }),
				async (ops, batch) => {
					const store = new DocStore<{
						id: string;
						title: string;
						content: unknown;
						revision: number;
					}>((raw) => ({ ok: true, value: raw as never }), {
						dbName: `steps-${Math.random()}`,
						applySteps: applyStepsToContent
					});
					let state = EditorState.create({ doc: start(), plugins: [history(), tableEditing()] });
					await store.putDocs([{ id: 'd', title: 'T', content: state.doc.toJSON(), revision: 0 }]);
					let revision = 0;
					let pending: unknown[] = [];
					for (const [i, o] of ops.entries()) {
						const tr = edit(state, o);
						if (tr) {
							const applied = dispatch(state, tr);
							state = applied.state;
							for (const t of applied.transactions)
								for (const s of t.steps) pending.push(s.toJSON());
						}
						if (pending.length && (i % batch === 0 || i === ops.length - 1)) {
							const r = await store.append('d', { steps: pending }, revision);
							expect(r.ok).toBe(true);
							if (r.ok) revision = r.value;
							pending = [];
						}
					}
					const loaded = await store.loadDoc('d');
					expect(loaded.ok && loaded.value?.content).toEqual(state.doc.toJSON());
				}
			),
			{ numRuns: 150 }
		);
	}, 60_000);
});
