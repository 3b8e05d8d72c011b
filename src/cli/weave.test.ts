import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { weave } from '../lib/analysis/weave/index.js';
import { formatWeave } from './weave.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'examples', 'strategy');
const docs = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.sort()
	.map((f) => ({ name: f, markdown: readFileSync(path.join(dir, f), 'utf8') }));

describe('formatWeave', () => {
	const result = weave(docs, { today: '2026-11-15' });
	const text = formatWeave(result, docs.length);

	it('prints contradictions, then pairs worth comparing, then threads', () => {
		const order = ['Contradictions (', 'Worth comparing (', 'Threads'].map((h) => text.indexOf(h));
		expect(order.every((i) => i > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('quotes both sides of every pair worth comparing, with their lines', () => {
		expect(result.toCompare.length).toBeGreaterThan(0);
		for (const pair of result.toCompare) {
			expect(text).toContain(`${pair.a.doc}:${pair.a.line}  ${pair.a.text}`);
			expect(text).toContain(`${pair.b.doc}:${pair.b.line}  ${pair.b.text}`);
		}
		expect(text).toContain(`1. ${result.toCompare[0].terms.slice(0, 3).join(', ')}`);
	});

	it('leaves the section out when there is nothing to compare', () => {
		expect(formatWeave({ ...result, toCompare: [] }, docs.length)).not.toContain('Worth comparing');
	});
});
