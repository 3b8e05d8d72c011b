import { describe, expect, it } from 'vitest';
import { textLength, wordCount } from './text-stats';

const doc = (...paragraphs: string[][]) => ({
	type: 'doc',
	content: paragraphs.map((runs) => ({
		type: 'paragraph',
		content: runs.map((text) => ({ type: 'text', text }))
	}))
});

describe('textLength', () => {
	it('sums the text of every text node, whatever the nesting', () => {
		expect(textLength(doc(['Hello ', 'world'], ['Again']))).toBe(16);
		expect(textLength({ type: 'doc', content: [] })).toBe(0);
		expect(textLength(null)).toBe(0);
	});

	it('stops counting once past the limit, still past it', () => {
		const big = doc(...Array.from({ length: 1000 }, () => ['x'.repeat(1000)]));
		expect(textLength(big)).toBe(1_000_000);
		const capped = textLength(big, 2_500);
		expect(capped).toBeGreaterThan(2_500);
		expect(capped).toBeLessThanOrEqual(3_000);
		expect(textLength(doc(['abc']), 3)).toBe(3);
	});

	it('agrees with wordCount on what counts as text', () => {
		const d = doc(['one two'], ['three']);
		expect(wordCount(d)).toBe(3);
		expect(textLength(d)).toBe(12);
	});
});
