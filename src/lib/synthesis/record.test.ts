import { describe, expect, it } from 'vitest';
import { boardFrom, merge, setStatus } from './board';
import { newSinceDraft } from './diff';
import { editorQuery, fingerprint, highlightNeedle, normalizeSentence } from './evidence';
import {
	afterAppend,
	appendable,
	restoreStatuses,
	readSynthesis,
	synthesisRecord,
	withSynthesis,
	SYNTHESIS_META_KEY
} from './record';
import { SAMPLE_DESIGNS, sampleDecisions } from './test-helpers';

const ALL = SAMPLE_DESIGNS.map((d) => d.id);
const NOW = new Date('2026-11-20T10:00:00Z');

describe('synthesisRecord and readSynthesis', () => {
	const decisions = sampleDecisions();
	let board = boardFrom(decisions);
	const [a, b, c] = board.groups;
	board = setStatus(merge(setStatus(board, a.key, 'accepted'), a.key, b.key), c.key, 'dropped');
	const record = synthesisRecord(ALL, decisions, board.groups, NOW);

	it('records sources, seen, accepted, dropped and evidence fingerprints', () => {
		expect(record.sources).toEqual(ALL);
		expect(record.seen).toEqual(decisions.map((d) => d.id));
		expect(record.accepted).toEqual([a.key, b.key]);
		expect(record.dropped).toEqual([c.key]);
		expect(record.evidence).toContain(fingerprint(a.evidence[0]));
		expect(record.draftedAt).toBe('2026-11-20T10:00:00.000Z');
	});

	it('restores accepted and dropped statuses on a fresh board; only new acceptances append', () => {
		let again = restoreStatuses(boardFrom(decisions), record);
		expect(again.groups.find((g) => g.key === a.key)?.status).toBe('accepted');
		expect(again.groups.find((g) => g.key === b.key)?.status).toBe('accepted');
		expect(again.groups.find((g) => g.key === c.key)?.status).toBe('dropped');
		expect(appendable(again.groups, record)).toEqual([]);
		const d = again.groups[3];
		again = setStatus(again, d.key, 'accepted');
		expect(appendable(again.groups, record).map((g) => g.key)).toEqual([d.key]);
	});

	it('round-trips through meta, keeping other keys', () => {
		const meta = withSynthesis({ checker: { x: 1 } }, record);
		expect(meta.checker).toEqual({ x: 1 });
		expect(readSynthesis(JSON.parse(JSON.stringify(meta)))).toEqual(record);
	});

	it.each([
		['no meta', undefined],
		['no record', {}],
		['wrong type', { [SYNTHESIS_META_KEY]: { ...record, type: 'x' } }],
		['future version', { [SYNTHESIS_META_KEY]: { ...record, version: 2 } }],
		['bad list', { [SYNTHESIS_META_KEY]: { ...record, seen: [1, 2] } }],
		['bad date', { [SYNTHESIS_META_KEY]: { ...record, draftedAt: 5 } }],
		['not an object', { [SYNTHESIS_META_KEY]: 'x' }]
	])('reads %s as null', (_, meta) => expect(readSynthesis(meta)).toBeNull());
});

describe('newSinceDraft', () => {
	it('finds nothing new when nothing changed', () => {
		const decisions = sampleDecisions();
		const record = synthesisRecord(ALL, decisions, boardFrom(decisions).groups);
		expect(newSinceDraft(record, decisions, ALL)).toEqual({
			decisions: [],
			evidence: [],
			addedSources: [],
			missingSources: []
		});
	});

	it('shows decisions and evidence from a design doc added since the draft', () => {
		const four = ALL.slice(0, 4);
		const before = sampleDecisions(four);
		const record = synthesisRecord(four, before, boardFrom(before).groups);
		const after = sampleDecisions();
		const diff = newSinceDraft(record, after, ALL);
		expect(diff.addedSources).toEqual(['d5']);
		expect(diff.decisions.length + diff.evidence.length).toBeGreaterThan(0);
		for (const e of diff.evidence.flatMap((n) => n.evidence))
			expect(record.evidence).not.toContain(fingerprint(e));
		for (const d of diff.decisions) {
			const seen = d.evidence.filter((e) => record.evidence.includes(fingerprint(e)));
			expect(record.seen.includes(d.id) || seen.length * 2 >= d.evidence.length).toBe(false);
		}
		// After appending, the same run has nothing new.
		const next = afterAppend(record, after, [], ALL);
		expect(newSinceDraft(next, after, ALL)).toMatchObject({ decisions: [], evidence: [] });
		expect(next.sources).toEqual(ALL);
	});

	it('reports design docs no longer picked', () => {
		const decisions = sampleDecisions();
		const record = synthesisRecord(ALL, decisions, []);
		expect(newSinceDraft(record, decisions, ALL.slice(1)).missingSources).toEqual(['d1']);
	});
});

describe('evidence helpers', () => {
	it('fingerprints ignore quote style and spacing, not the document', () => {
		const e = { doc: 'd1', text: 'We don’t  call “notify”.' };
		expect(fingerprint(e)).toBe(fingerprint({ doc: 'd1', text: `We don't call "notify".` }));
		expect(fingerprint(e)).not.toBe(fingerprint({ doc: 'd2', text: e.text }));
		expect(normalizeSentence(' A\n b ')).toBe('a b');
	});

	it('cuts long sentences at a word for the highlight link, and encodes parentheses', () => {
		const long = 'word '.repeat(40).trim();
		expect(highlightNeedle(long).length).toBeLessThanOrEqual(80);
		expect(highlightNeedle(long).endsWith('word')).toBe(true);
		expect(editorQuery('a b', 'Keep (all) of it')).toBe(
			'?id=a%20b&highlight=Keep%20%28all%29%20of%20it'
		);
		expect(editorQuery('x')).toBe('?id=x');
	});
});
