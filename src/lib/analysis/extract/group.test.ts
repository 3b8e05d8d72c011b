import { describe, expect, it } from 'vitest';
import { groupStatements, termStats, type Statement } from './group.js';

const st = (doc: string, ...terms: string[]): Statement => ({
	doc,
	terms: new Map(terms.map((t) => [t, 1]))
});
// Background sentences give the IDF a realistic spread: common words, rare topic words.
const background = Array.from({ length: 40 }, (_, i) => ({
	doc: `d${i % 5}`,
	terms: ['team', 'servic', 'data', `filler${i}`]
}));
const statsOf = (statements: Statement[]) =>
	termStats([...background, ...statements.map((s) => ({ doc: s.doc, terms: s.terms.keys() }))]);

describe('groupStatements', () => {
	it('groups statements from different docs that share their topic', () => {
		const s = [
			st('a', 'postgres', 'system-of-record', 'ledger'),
			st('b', 'postgres', 'system-of-record', 'payout'),
			st('c', 'golang', 'write', 'dispatch')
		];
		expect(groupStatements(s, statsOf(s)).groups).toEqual([[0, 1], [2]]);
	});

	it('does not link two statements on one shared word', () => {
		const s = [st('a', 'queue', 'claim', 'photo'), st('b', 'queue', 'classifi', 'licenc')];
		expect(groupStatements(s, statsOf(s)).groups).toEqual([[0], [1]]);
	});

	it('links on one shared anchor (a named system) when told which terms are anchors', () => {
		const s = [st('a', 'golang', 'sentinel'), st('b', 'golang', 'dispatcher')];
		const stats = statsOf(s);
		expect(groupStatements(s, stats).groups).toEqual([[0], [1]]);
		expect(groupStatements(s, stats, { anchor: (t) => t === 'golang' }).groups).toEqual([[0, 1]]);
	});

	it('does not chain A–B–C into one group when A and C have nothing in common', () => {
		const s = [
			st('a', 'kafka', 'outbox', 'relay'),
			st('b', 'kafka', 'outbox', 'relay', 'redis', 'cache', 'ttl'),
			st('c', 'redis', 'cache', 'ttl')
		];
		const groups = groupStatements(s, statsOf(s), { threshold: 0.3, linkage: 0.4 }).groups;
		expect(groups.length).toBe(2);
	});

	it('rejects bad options with a RangeError naming them', () => {
		expect(() => groupStatements([], statsOf([]), { threshold: 1.5 })).toThrow(/threshold/);
		expect(() => groupStatements([], statsOf([]), { minShared: 0 })).toThrow(/minShared/);
	});
});
