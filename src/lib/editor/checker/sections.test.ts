import { describe, expect, it } from 'vitest';
import { b } from '$lib/markdown/test-helpers';
import type { LocatedFinding } from './plugin';
import { foldBySection, headingsOf, sectionAt } from './sections';

const { doc, p, h } = b;

function finding(id: string, from: number, severity: 'error' | 'warning' = 'warning') {
	return {
		id,
		rule: 'rationale',
		severity,
		message: id,
		line: 1,
		column: 1,
		excerpt: '',
		range: { from, to: from + 1 }
	} satisfies LocatedFinding;
}

describe('sections of the Findings panel', () => {
	it('finds the heading a position sits under', () => {
		const d = doc(p('Intro.'), h(2, 'Principles'), p('One.'), h(2, ' Costs '), p('Two.'));
		const heads = headingsOf(d);
		expect(heads.map((x) => x.text)).toEqual(['Principles', 'Costs']);
		expect(sectionAt(heads, 2)).toBeNull();
		expect(sectionAt(heads, heads[0].pos + 3)).toBe('Principles');
		expect(sectionAt(heads, heads[1].pos + 3)).toBe('Costs');
		expect(sectionAt([], 5)).toBeNull();
	});

	it('folds four or more warnings under one heading, keeps errors and short runs apart', () => {
		const where: Record<string, string | null> = {
			a: 'Principles',
			b: 'Principles',
			c: 'Principles',
			d: 'Principles',
			e: 'Costs',
			f: 'Costs',
			g: null
		};
		const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => finding(id, i * 10));
		const items = foldBySection(list, (f) => where[f.id]);
		expect(
			items.map((i) => (i.kind === 'fold' ? `${i.section}:${i.findings.length}` : i.finding.id))
		).toEqual(['Principles:4', 'e', 'f', 'g']);
		// An error in the middle is shown on its own and splits the run.
		const withError = [...list.slice(0, 2), finding('x', 15, 'error'), ...list.slice(2, 4)];
		expect(foldBySection(withError, (f) => where[f.id] ?? 'Principles').map((i) => i.kind)).toEqual(
			['finding', 'finding', 'finding', 'finding', 'finding']
		);
	});

	it('never folds findings outside any section', () => {
		const list = [1, 2, 3, 4, 5].map((n) => finding(`n${n}`, n));
		expect(foldBySection(list, () => null).every((i) => i.kind === 'finding')).toBe(true);
	});
});
