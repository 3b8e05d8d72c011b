import { describe, expect, it } from 'vitest';
import { heaviest } from './rank.js';

const sorted = (m: Map<string, number>, k: number, keep: (t: string) => boolean = () => true) =>
	[...m.entries()]
		.filter(([t]) => keep(t))
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, k)
		.map(([t]) => t);

describe('heaviest', () => {
	it('is the head of the entries sorted by weight, then name', () => {
		let seed = 7;
		const r = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
		for (let n = 0; n < 300; n++) {
			const m = new Map<string, number>();
			const size = Math.floor(r() * 20);
			// Few distinct weights, so ties are broken by name.
			for (let i = 0; i < size; i++) m.set(`t${Math.floor(r() * 50)}`, Math.floor(r() * 4) / 4);
			const k = n % 8;
			expect(heaviest(m, k)).toEqual(sorted(m, k));
			const keep = (t: string) => !t.endsWith('3');
			expect(heaviest(m, k, keep)).toEqual(sorted(m, k, keep));
		}
	});
});
