import { describe, expect, it } from 'vitest';
import { boardFrom, setStatus } from './board';
import { readLastPick, readSavedBoard, SAVED_BOARD_VERSION, savedBoard } from './saved';
import { defaultPick, MIN_PICK_WORDS } from './selection';
import { sampleDecisions } from './test-helpers';

const decisions = sampleDecisions();
const present = ['d1', 'd2', 'd3', 'd4', 'd5'];

describe('savedBoard / readSavedBoard', () => {
	const board = setStatus(boardFrom(decisions), boardFrom(decisions).groups[0].key, 'accepted');
	const stored = () =>
		JSON.parse(JSON.stringify(savedBoard(['d1', 'd2'], present, decisions, board)));

	it('reads back what was stored, through JSON as IndexedDB would keep it', () => {
		const read = readSavedBoard(stored(), present);
		expect(read).not.toBeNull();
		expect(read!.picked).toEqual(['d1', 'd2']);
		expect(read!.ranOn).toEqual(present);
		expect(read!.board).toEqual(board);
		expect(read!.board.groups[0].status).toBe('accepted');
		expect(read!.decisions.map((d) => d.id)).toEqual(decisions.map((d) => d.id));
	});

	it('drops picks of docs that are gone, and the whole board when a doc it came from is gone', () => {
		expect(readSavedBoard({ ...stored(), ranOn: ['d1'] }, ['d1', 'd3'])!.picked).toEqual(['d1']);
		expect(readSavedBoard(stored(), ['d1', 'd2', 'd3', 'd4'])).toBeNull();
	});

	it('reads anything else as no board', () => {
		const value = stored();
		for (const bad of [
			undefined,
			null,
			'board',
			[],
			{ ...value, version: SAVED_BOARD_VERSION + 1 },
			{ ...value, picked: [1] },
			{ ...value, decisions: [{}] },
			{ ...value, board: { next: '1', groups: [] } },
			{
				...value,
				board: { ...value.board, groups: [{ ...value.board.groups[0], status: 'maybe' }] }
			},
			{ ...value, board: { ...value.board, groups: [{ ...value.board.groups[0], evidence: [1] }] } }
		])
			expect(readSavedBoard(bad, present)).toBeNull();
	});

	it('reads a last pick only as a list of ids', () => {
		expect(readLastPick(['d1'])).toEqual(['d1']);
		expect(readLastPick([1])).toBeNull();
		expect(readLastPick(undefined)).toBeNull();
	});
});

describe('defaultPick', () => {
	const docs = [
		{ id: 'stub', words: 38 },
		{ id: 'a', words: 900 },
		{ id: 'b', words: MIN_PICK_WORDS },
		{ id: 'c', words: 400 },
		{ id: 'd', words: 1 },
		{ id: 'e', words: 300 },
		{ id: 'f', words: 300 },
		{ id: 'g', words: 300 }
	];

	it('takes the five most recently edited long enough docs, and says why', () => {
		const { picked, reasons } = defaultPick(docs);
		expect(picked).toEqual(['a', 'b', 'c', 'e', 'f']);
		for (const id of picked) expect(reasons[id]).toBe('recently edited');
		expect(reasons.stub).toBe('only 38 words (under 150), not picked by default');
		expect(reasons.d).toBe('only 1 word (under 150), not picked by default');
		expect(reasons.g).toBeUndefined();
	});

	it('prefers the strategy’s sources, then the last pick, never a short doc', () => {
		expect(defaultPick(docs, { sources: ['g', 'stub'], lastPick: ['a'] })).toEqual({
			picked: ['g'],
			reasons: {
				g: 'a source of this strategy',
				stub: 'only 38 words (under 150), not picked by default',
				d: 'only 1 word (under 150), not picked by default'
			}
		});
		const last = defaultPick(docs, { lastPick: ['stub', 'c', 'gone'] });
		expect(last.picked).toEqual(['c']);
		expect(last.reasons.c).toBe('picked last time');
		expect(last.reasons.stub).toBe('only 38 words (under 150), not picked by default');
		// Nothing left of the last pick: back to the most recent.
		expect(defaultPick(docs, { lastPick: ['gone', 'stub'] }).picked).toHaveLength(5);
	});
});
