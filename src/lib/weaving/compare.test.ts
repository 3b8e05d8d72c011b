import { describe, expect, it } from 'vitest';
import {
	emptyBoard,
	readBoard,
	resolve,
	setVerdict,
	visionDraftMarkdown,
	weaveRecord,
	withMarked
} from '.';
import { SAMPLE_STRATEGY_SOURCES, sampleWeave } from './test-helpers';

const woven = sampleWeave();
const pair = woven.toCompare[0];

describe('pairs worth comparing on the board', () => {
	it('the sample strategies have pairs to compare, none a contradiction already', () => {
		expect(woven.toCompare.length).toBeGreaterThan(0);
		const ids = new Set(woven.contradictions.map((c) => c.id));
		expect(woven.toCompare.filter((p) => ids.has(p.id))).toEqual([]);
	});

	it.each([
		['no verdict', null, 0],
		['they agree', 'agree' as const, 0],
		['they conflict', 'conflict' as const, 1]
	])('%s: %s adds %i contradictions', (_, verdict, added) => {
		const board = setVerdict(emptyBoard(), pair.id, verdict);
		const w = withMarked(woven, board);
		expect(w.contradictions.length - woven.contradictions.length).toBe(added);
		if (added)
			expect(w.contradictions.at(-1)).toMatchObject({ id: pair.id, kind: 'marked', a: pair.a });
	});

	it('a marked conflict is resolved, recorded and drafted like any contradiction', () => {
		let board = setVerdict(emptyBoard(['s1']), pair.id, 'conflict');
		board = resolve(board, pair.id, { keep: 'b' });
		const w = withMarked(woven, board);
		const md = visionDraftMarkdown({
			title: '',
			sources: SAMPLE_STRATEGY_SOURCES,
			weave: w,
			board
		});
		expect(md).toContain('## Where our strategies disagreed');
		expect(md).toContain(pair.b.text.slice(0, 40));
		const record = weaveRecord(['s1'], w, board);
		expect(record.resolutions[pair.id]).toEqual({ keep: 'b' });
	});

	it('taking a conflict back forgets its resolution; agreeing never resolves', () => {
		let board = setVerdict(emptyBoard(), pair.id, 'conflict');
		board = resolve(board, pair.id, { keep: 'a' });
		expect(setVerdict(board, pair.id, null).resolutions).toEqual({});
		expect(setVerdict(board, pair.id, 'agree')).toMatchObject({
			compared: { [pair.id]: 'agree' },
			resolutions: {}
		});
	});

	it('verdicts survive storage; a board stored before them reads with none', () => {
		const board = setVerdict(setVerdict(emptyBoard(), 'c-1', 'agree'), 'c-2', 'conflict');
		expect(readBoard(JSON.parse(JSON.stringify(board)))?.compared).toEqual({
			'c-1': 'agree',
			'c-2': 'conflict'
		});
		const old: Record<string, unknown> = { ...emptyBoard() };
		delete old.compared;
		expect(readBoard(old)?.compared).toEqual({});
		expect(readBoard({ ...emptyBoard(), compared: { x: 'maybe', y: 'agree' } })?.compared).toEqual({
			y: 'agree'
		});
	});
});
