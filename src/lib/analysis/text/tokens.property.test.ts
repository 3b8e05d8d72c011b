/**
 * `tokenize` and `wordsOf` scan by character class; their definitions are the regexes `WORD`
 * and `PHRASE_WORD`. On generated text mixing ASCII, accented, Greek and other non-Latin
 * letters, digits, astral characters, lone surrogates and every separator the scanners treat
 * specially, both must return exactly the regexes' matches, lower-cased as the word alone is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASE_WORD, wordsOf } from '../classify/phrases.js';
import { tokenize, whitespaceFields, WORD } from './tokens.js';

const PIECES = [
	'a',
	'Z',
	'q',
	'7',
	'0',
	'é',
	'ß',
	'Ж',
	'ж',
	'中',
	'٣',
	'²',
	'Ⅻ',
	'𝒜',
	'😀',
	'\ud800',
	'\udc00',
	'Σ',
	'Α',
	'İ',
	'ﬁ',
	"'",
	'’',
	'-',
	'_',
	'.',
	'/',
	':',
	'%',
	' ',
	'\n',
	',',
	'(',
	'`',
	'"',
	'–'
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

function spans(re: RegExp, s: string) {
	return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('character-class scanners give exactly the matches of their regex definitions', () => {
	it('tokenize = WORD', () => {
		fc.assert(
			fc.property(text, (s) => {
				const got = tokenize(s);
				expect(got.map((t) => ({ start: t.start, end: t.end }))).toEqual(spans(WORD, s));
				for (const t of got) {
					expect(t.text).toBe(s.slice(t.start, t.end));
					expect(t.lower).toBe(t.text.toLowerCase());
				}
			}),
			{ numRuns: 4000 }
		);
	});

	it('wordsOf = PHRASE_WORD', () => {
		fc.assert(
			fc.property(text, (s) => {
				const got = wordsOf(s);
				expect(got.map((w) => ({ start: w.start, end: w.end }))).toEqual(spans(PHRASE_WORD, s));
				for (const w of got)
					expect(w.lower).toBe(s.slice(w.start, w.end).toLowerCase().replace(/’/g, "'"));
			}),
			{ numRuns: 4000 }
		);
	});

	it('reads technical prose as the regexes do', () => {
		const s =
			"We'd ship v2.1 of `idempotency-key` to S3 by Q3 2027: 99.9% of p99 calls—world-class.";
		expect(tokenize(s).map((t) => t.text)).toEqual(s.match(WORD));
		expect(wordsOf(s).map((w) => s.slice(w.start, w.end))).toEqual(s.match(PHRASE_WORD));
	});
});

describe('whitespaceFields', () => {
	const spaced = fc
		.array(
			fc.constantFrom(
				'a',
				'Bc',
				' ',
				'  ',
				'\t',
				'\n',
				'\u00a0',
				'\u2003',
				'\u3000',
				'\ufeff',
				'\u200b',
				'.'
			),
			{
				maxLength: 30
			}
		)
		.map((a) => a.join(''));
	it('counts what split(/\\s+/) returns, up to a limit', () => {
		fc.assert(
			fc.property(spaced, fc.integer({ min: 1, max: 12 }), (t, limit) => {
				expect(whitespaceFields(t)).toBe(t.split(/\s+/).length);
				expect(whitespaceFields(t, limit)).toBe(Math.min(limit, t.split(/\s+/).length));
			}),
			{ numRuns: 5000 }
		);
	});
});
