import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { markdownToDoc } from '$lib/markdown';
import {
	clearHighlight,
	findSentence,
	highlightPlugin,
	highlightRange,
	highlightSentence
} from './highlight';

function doc(md: string) {
	const parsed = markdownToDoc(md);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.doc;
}

const DOC = doc(
	'## Decision\n\nWe debated it. `slotter` will no longer be called\nby Orders. It learns from *events*.\n\n- Don’t “poll” the API, ever.\n'
);

function textAt(range: { from: number; to: number } | null) {
	return range ? DOC.textBetween(range.from, range.to) : null;
}

describe('findSentence', () => {
	it.each([
		[
			'a whole sentence across code, marks and a line break',
			'slotter will no longer be called by Orders.',
			'slotter will no longer be called by Orders.'
		],
		[
			'a needle extended to its sentence end',
			'slotter will no longer',
			'slotter will no longer be called by Orders.'
		],
		['curly quotes and case folded', `don't "poll" the api`, 'Don’t “poll” the API, ever.'],
		['the last sentence of a block', 'It learns from events', 'It learns from events.'],
		['text that is not there', 'Kafka is the only broker', null],
		['an empty needle', '   ', null]
	])('%s', (_, needle, expected) => {
		expect(textAt(findSentence(DOC, needle))).toBe(expected);
	});

	it('falls back to the first 40 characters when the sentence changed later on', () => {
		expect(
			textAt(findSentence(DOC, 'slotter will no longer be called by Orders or anyone else at all.'))
		).toBe('slotter will no longer be called by Orders.');
	});
});

describe('highlightSentence', () => {
	it('highlights, moves the cursor, maps through edits and clears', () => {
		let state = EditorState.create({ doc: DOC, plugins: [highlightPlugin()] });
		expect(highlightSentence('nothing like this')(state)).toBe(false);
		highlightSentence('It learns')(state, (tr) => (state = state.apply(tr)));
		const range = highlightRange(state)!;
		expect(DOC.textBetween(range.from, range.to)).toBe('It learns from events.');
		expect(state.selection.from).toBe(range.from);
		state = state.apply(state.tr.insertText('Yes. ', 1));
		expect(state.doc.textBetween(highlightRange(state)!.from, highlightRange(state)!.to)).toBe(
			'It learns from events.'
		);
		clearHighlight(state, (tr) => (state = state.apply(tr)));
		expect(highlightRange(state)).toBeNull();
		expect(clearHighlight(state)).toBe(false);
	});
});
