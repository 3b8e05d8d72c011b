import { describe, expect, it } from 'vitest';
import {
	addByHand,
	boardFrom,
	docsOf,
	isOneOff,
	merge,
	removeHandAdded,
	reword,
	setStatus,
	split,
	type Board
} from './board';
import { sampleDecisions } from './test-helpers';

const decisions = sampleDecisions();
const fresh = (): Board => boardFrom(decisions);
const recurring = (b: Board) => b.groups.filter((g) => !isOneOff(g));

describe('boardFrom', () => {
	it('keeps the ranking, recurring first, all pending, phrased as commitments', () => {
		const b = fresh();
		expect(b.groups.map((g) => g.key)).toEqual(decisions.map((d) => d.id));
		expect(recurring(b).length).toBeGreaterThanOrEqual(3);
		expect(b.groups.every((g) => g.status === 'pending')).toBe(true);
		expect(docsOf(b.groups[0]).length).toBe(3);
		for (const g of recurring(b))
			expect(g.policy).toMatch(/^We |\b(?:will|stays?|remains?|must|never|only|not)\b/);
	});
});

describe('operations', () => {
	const [a, b] = fresh().groups;

	it('accepts, drops and brings back', () => {
		let board = setStatus(fresh(), a.key, 'accepted');
		expect(board.groups[0].status).toBe('accepted');
		board = setStatus(board, a.key, 'dropped');
		expect(board.groups[0].status).toBe('dropped');
		board = setStatus(board, a.key, 'pending');
		expect(board.groups[0].status).toBe('pending');
	});

	it('rewords (and accepts); empty text goes back to the phrased policy', () => {
		const board = reword(fresh(), a.key, '  We will keep field apps   offline-first ');
		expect(board.groups[0]).toMatchObject({
			policy: 'We will keep field apps offline-first',
			reworded: true,
			status: 'accepted'
		});
		expect(reword(board, a.key, '   ').groups[0]).toMatchObject({
			policy: a.policy,
			reworded: false
		});
	});

	it('merges evidence, reasons, alternatives and ids into the first, in its place', () => {
		const board = merge(setStatus(fresh(), b.key, 'accepted'), a.key, b.key);
		const m = board.groups[0];
		expect(board.groups).toHaveLength(decisions.length - 1);
		expect(m.key).toBe(a.key);
		expect(m.decisionIds).toEqual([a.key, b.key]);
		expect(m.evidence).toHaveLength(a.evidence.length + b.evidence.length);
		expect(m.rationale).toEqual([...new Set([...a.rationale, ...b.rationale])]);
		expect(m.controversial).toBe(a.controversial || b.controversial);
		expect(m.status).toBe('accepted');
		expect(m.policy).toBe(a.policy);
	});

	it('splits evidence out into a new group after the original', () => {
		const last = a.evidence.length - 1;
		const board = split(fresh(), a.key, [last]);
		expect(board.groups).toHaveLength(decisions.length + 1);
		const [rest, moved] = board.groups;
		expect(rest.evidence).toHaveLength(a.evidence.length - 1);
		expect(moved).toMatchObject({ key: 'split-1', origin: 'split', status: 'pending' });
		expect(moved.evidence).toEqual([a.evidence[last]]);
		expect(moved.summary).toBe(a.evidence[last].text);
		expect(isOneOff(moved)).toBe(false);
		expect(board.next).toBe(2);
	});

	it('moves the reason found in a moved sentence with it', () => {
		const i = a.evidence.findIndex((e) => a.rationale.some((r) => e.text.includes(r)));
		const board = split(fresh(), a.key, [i]);
		expect(board.groups[1].rationale.length).toBeGreaterThan(0);
		expect(board.groups[0].rationale.some((r) => board.groups[1].rationale.includes(r))).toBe(
			false
		);
	});

	it.each([
		['no evidence', []],
		['all evidence', a.evidence.map((_, i) => i)],
		['out of range', [99]]
	])('refuses a split moving %s', (_, idx) => {
		const board = fresh();
		expect(split(board, a.key, idx)).toBe(board);
	});

	it('leaves the board alone for unknown keys and self-merges', () => {
		const board = fresh();
		expect(setStatus(board, 'nope', 'accepted')).toBe(board);
		expect(merge(board, a.key, a.key)).toBe(board);
		expect(merge(board, a.key, 'nope')).toBe(board);
	});

	it('adds a policy by hand, accepted, and removes it again', () => {
		let board = addByHand(
			fresh(),
			' We will page the owning team first ',
			'so that incidents reach someone who can act'
		);
		const g = board.groups.at(-1)!;
		expect(g).toMatchObject({ key: 'hand-1', origin: 'hand', status: 'accepted', evidence: [] });
		expect(g.rationale).toEqual(['so that incidents reach someone who can act']);
		expect(addByHand(board, '  ')).toBe(board);
		board = removeHandAdded(board, g.key);
		expect(board.groups).toHaveLength(decisions.length);
		expect(removeHandAdded(board, a.key).groups).toHaveLength(decisions.length);
	});
});
