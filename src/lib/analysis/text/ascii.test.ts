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

	it('keeps a pattern it cannot show equal on ASCII text', () => {
		for (const re of [
			/\P{L}\w+/u,
			/\p{Script=Latin}/u,
			/\u{1F600}/u,
			/[\u0100-\u024f]/iu,
			/[a-\u017f]/iu,
			/[$-’]/iu,
			/\u212a/iu
		])
			expect(asciiCopy(re)).toBe(re);
	});

	it('spells out the property escapes over ASCII, in a class and on their own', () => {
		expect(asciiCopy(/[\p{L}\p{N}_]+\p{Lu}/iu).source).toBe('[A-Za-z0-9_]+[A-Z]');
		expect(asciiCopy(/[^\p{Ll}]\\p\{/u).source).toBe('[^a-z]\\\\p\\{');
	});

	it('matches each ASCII character as the original does', () => {
		const patterns = [
			/\p{L}/u,
			/\p{Ll}/u,
			/\p{Lu}/u,
			/\p{N}/u,
			/[^\p{L}\p{N}]/u,
			/\p{L}/iu,
			/\p{Ll}/iu,
			/\p{Lu}/iu,
			/[^\p{Ll}]/iu,
			/[\p{Lu}-]/iu,
			/\w/iu,
			/\W/iu,
			/\b/iu,
			/[’'-]/iu,
			/[-–]\d/iu,
			/[\p{L}\p{N}'’-]+/iu,
			/^\s*[:—–-]?/iu
		];
		for (const re of patterns)
			for (let c = 0; c < 128; c++) {
				const text = `${String.fromCharCode(c)}`;
				expect([re.source, c, asciiCopy(re).test(text)]).toEqual([re.source, c, re.test(text)]);
			}
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
			/^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*$/u,
			/\b(?:we|teams?)\s+(?:\p{L}+\s+){0,3}?(?:will|shall)\b/giu,
			/(?<![\p{L}\p{N}_.])(\d(?:[\d,]*\d)?)(%|[a-zA-Z]+)?(?![\p{N}])/gu,
			/\p{Lu}[\p{L}\d.-]*\s+\p{Ll}+/giu
		];
		const texts = [
			'We will keep logs for 30 days because the auditors ask so that nothing is lost.',
			'The team must answer within at least 5 ms, rather than Batch jobs, instead of cron.',
			'KELVIN kelvin SHALL shall Instead Of INSTEAD OF over-provisioning',
			'Payments Platform',
			'Teams then quickly will ship 3,000 builds, 12ms at 5.5% in Q3 2026 for v2.1.'
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
