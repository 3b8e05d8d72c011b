import { describe, expect, it } from 'vitest';
import { countWords } from '$lib/analysis/text/tokens';
import { sampleDocs, type SampleDoc } from './index';
import readme from './README.md?raw';

const ranges: Record<SampleDoc['kind'], [number, number]> = {
	design: [600, 900],
	strategy: [350, 500],
	vision: [650, 950]
};

describe('sample workspace', () => {
	it('has five design docs, five strategies and one vision, in that order', () => {
		expect(sampleDocs.map((d) => d.kind)).toEqual([
			...Array(5).fill('design'),
			...Array(5).fill('strategy'),
			'vision'
		]);
		for (const kind of ['design', 'strategy', 'vision'] as const) {
			const files = sampleDocs.filter((d) => d.kind === kind).map((d) => d.file);
			expect(files).toEqual([...files].sort());
			for (const file of files) expect(file).toMatch(/^\d\d-[a-z0-9-]+\.md$/);
		}
	});

	describe.each(sampleDocs.map((d) => [`${d.kind}/${d.file}`, d] as const))('%s', (_, doc) => {
		it('starts with a `# ` title line', () => {
			expect(doc.markdown).toMatch(/^# \S.*\n/);
			expect(doc.markdown.match(/^# /gm)).toHaveLength(1);
		});

		it('has a word count within the range for its kind', () => {
			const [min, max] = ranges[doc.kind];
			// Link destinations (the woven vision's `?id=…&highlight=…`) are not words.
			const words = countWords(doc.markdown.replace(/\]\([^)]*\)/g, ']'));
			expect(words).toBeGreaterThanOrEqual(min);
			expect(words).toBeLessThanOrEqual(max);
		});

		it('uses plain CommonMark only: no HTML, tables or images', () => {
			const prose = doc.markdown.replace(/`[^`\n]*`/g, '');
			expect(prose).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
			expect(prose).not.toMatch(/^\s*\|.*\|\s*$/m);
			expect(prose).not.toMatch(/!\[[^\]]*\]\(/);
		});
	});

	it('vision is dated two years out from November 2026', () => {
		const vision = sampleDocs.find((d) => d.kind === 'vision')!;
		expect(vision.markdown).toContain('By November 2028');
	});

	it('README quotes each occur exactly once in the document they name', () => {
		const quotes = [
			...readme.matchAll(/^\s*- ((?:design|strategy|vision)\/[\w-]+\.md): "(.*)"/gm)
		].map((m) => ({ path: m[1], quote: m[2] }));
		expect(quotes.length).toBeGreaterThan(50);
		for (const { path, quote } of quotes) {
			const doc = sampleDocs.find((d) => `${d.kind}/${d.file}` === path);
			expect(doc, path).toBeDefined();
			expect(doc!.markdown.split(quote).length - 1, `${path}: ${quote}`).toBe(1);
		}
	});
});
