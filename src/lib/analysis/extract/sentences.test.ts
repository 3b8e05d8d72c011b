import { describe, expect, it } from 'vitest';
import { readSentences } from './sentences.js';
import { DEFAULT_SYNONYMS } from './terms.js';

describe('readSentences: code spans', () => {
	it.each([
		['`oven-feed` keeps flour orders for 30 days.', ['oven-feed']],
		['Orders go through `oven-feed`.', ['oven-feed']],
		['Orders go through `oven-feed` and `till-sync` daily.', ['oven-feed', 'till-sync']],
		['Orders go through the oven feed.', []]
	])('%s', (text, want) => {
		const [s] = readSentences([{ name: 'a.md', markdown: `# A\n\n- ${text}\n` }], DEFAULT_SYNONYMS);
		expect(s.codeSpans).toEqual(want);
	});
});
