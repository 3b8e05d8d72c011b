import { describe, expect, it } from 'vitest';
import { normalise } from './ids.js';

/** `normalise` as the three replacements it stands for (the form non-ASCII text still takes). */
const reference = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}%.]+/gu, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

describe('normalise', () => {
	it.each([
		'We keep `seat-map` data for 30 days (case 1000-3).',
		'  Availability is 99.95%, measured at the edge.  ',
		'Version 2.1.x ships in Q3; v.2 and .5 and 3. and x.9',
		'A/B -- C_D: e+f #g  "h" (i) [j] ..',
		'...leading and trailing...',
		'',
		'%.5 %. 1.2.3 a.b'
	])('reads ASCII text as the replacements do: %j', (text) => {
		expect(normalise(text)).toBe(reference(text));
	});

	it('keeps letters and digits of other scripts', () => {
		expect(normalise('Die Straße — ÄRGER № 5, café.')).toBe('die straße ärger 5 café');
	});
});
