import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { b } from '$lib/markdown/test-helpers';
import {
	activeComment,
	commentRanges,
	commentsPlugin,
	selectComment,
	type CommentMark
} from './plugin';

const { doc, p } = b;

// "Alpha beta gamma." is positions 1..18; "Delta epsilon." starts at 20.
const DOC = doc(p('Alpha beta gamma.'), p('Delta epsilon.'));

function setup(marks: CommentMark[]) {
	const plugin = commentsPlugin();
	let state = EditorState.create({ doc: DOC, plugins: [plugin] });
	// What `setComments` dispatches.
	state = state.apply(state.tr.setMeta(plugin.spec.key!, { set: marks }));
	return state;
}

const text = (state: EditorState, id: string) => {
	const r = commentRanges(state).get(id)!;
	return state.doc.textBetween(r.from, r.to);
};

describe('comments plugin', () => {
	it('keeps comments on their words through edits before, inside and after them', () => {
		let state = setup([
			{ id: 'beta', from: 7, to: 11 },
			{ id: 'delta', from: 20, to: 25 }
		]);
		state = state.apply(state.tr.insertText('Intro. ', 1));
		expect(text(state, 'beta')).toBe('beta');
		expect(text(state, 'delta')).toBe('Delta');
		const at = commentRanges(state).get('beta')!.from + 2;
		state = state.apply(state.tr.insertText('XX', at));
		expect(text(state, 'beta')).toBe('beXXta');
	});

	it('drops a comment whose words were deleted, and ignores out-of-range marks', () => {
		let state = setup([
			{ id: 'beta', from: 7, to: 11 },
			{ id: 'bad', from: 5, to: 999 }
		]);
		expect([...commentRanges(state).keys()]).toEqual(['beta']);
		state = state.apply(state.tr.delete(6, 12));
		expect(commentRanges(state).has('beta')).toBe(false);
	});

	it('knows the comment under the cursor and selects a comment', () => {
		let state = setup([{ id: 'beta', from: 7, to: 11 }]);
		let next: EditorState | null = null;
		expect(selectComment('beta')(state, (tr) => (next = state.apply(tr)))).toBe(true);
		state = next!;
		expect(state.selection.from).toBe(7);
		expect(state.selection.to).toBe(11);
		expect(activeComment(state)).toBe('beta');
		expect(selectComment('nope')(state)).toBe(false);
	});

	it('tracks resolved comments without highlighting them', () => {
		const state = setup([{ id: 'beta', from: 7, to: 11, resolved: true }]);
		expect(commentRanges(state).has('beta')).toBe(true);
		expect(activeComment(state.apply(state.tr.setSelection(state.selection)))).toBeNull();
	});
});
