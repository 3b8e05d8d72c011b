import { describe, expect, it } from 'vitest';
import { asciiCopy, isAscii, patternFor } from './ascii.js';

describe('ASCII copies of Unicode patterns', () => {
	it('tells ASCII text from text with any other code unit', () => {
		expect(isAscii('We choose Kafka because it keeps order.')).toBe(true);
		expect(isAscii('')).toBe(true);
		expect(isAscii('We choose Kafka — because')).toBe(false);
		expect(isAscii('café')).toBe(false);
	});

	it('drops the u flag and keeps the others', () => {
		const copy = asciiCopy(/\bwe (?:choose|pick)\b/giu);
		expect(copy.flags).toBe('gi');
		expect(copy.source).toBe('\\bwe (?:choose|pick)\\b');
	});

	it('keeps a pattern whose escapes mean something else without u', () => {
		const prop = /\p{Lu}\w+/u;
		const brace = /\u{1F600}/u;
		expect(asciiCopy(prop)).toBe(prop);
		expect(asciiCopy(brace)).toBe(brace);
	});

	it('makes one copy per pattern', () => {
		const re = /rather than/iu;
		expect(asciiCopy(re)).toBe(asciiCopy(re));
		expect(patternFor(re, false)).toBe(re);
		expect(patternFor(re, true)).toBe(asciiCopy(re));
	});

	it('matches the same spans as the original on ASCII text', () => {
		const patterns = [
			/\b(?:we|the team) (?:will|shall|must)\b[^.]*?\b(?:because|so that)\b/giu,
			/\b(?:at least|no more than) (\d+(?:\.\d+)?)\s?(%|ms|s|days?)\b/giu,
			/(?<!\w)(?:rather than|instead of|over)\s+(\w+)/giu,
			/^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*$/u
		];
		const texts = [
			'We will keep logs for 30 days because the auditors ask so that nothing is lost.',
			'The team must answer within at least 5 ms, rather than Batch jobs, instead of cron.',
			'KELVIN kelvin SHALL shall Instead Of INSTEAD OF over-provisioning',
			'Payments Platform'
		];
		for (const re of patterns)
			for (const text of texts) {
				const a = [
					...text.matchAll(
						new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
					)
				].map((m) => [m.index, m[0]]);
				const copy = asciiCopy(re);
				const b = [
					...text.matchAll(
						new RegExp(copy.source, copy.flags.includes('g') ? copy.flags : copy.flags + 'g')
					)
				].map((m) => [m.index, m[0]]);
				expect(b).toEqual(a);
			}
	});
});
