/**
 * `partsWithin` answers for a text's words what a scan of the lower-cased text answers: on
 * generated text mixing cases, apostrophes, hyphens, non-Latin letters and the letters whose
 * lower case is ASCII (Kelvin sign, dotted capital I), a registered group is found in the words
 * exactly when the lower-cased text contains one of its sequences (’ read as ').
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsBit, partsWithin, wordsOf } from './phrases.js';

const GROUPS = [['may'], ['respons', 'decision'], ['kep', 'idea'], ["n't", 'no'], ['is']];
const BITS = GROUPS.map((g) => partsBit(g));

const PIECES = [
	'may',
	'MAY',
	'Ma',
	'y',
	'respons',
	'RESPONSIBLE',
	'deci',
	'sion',
	'\u212aep',
	'kep',
	'idea',
	'\u0130s',
	'is',
	"n't",
	'n’t',
	"n'",
	't',
	'no',
	'N',
	'O',
	'é',
	'Σ',
	'-',
	"'",
	'’',
	' ',
	'.',
	'**',
	'_',
	'7'
];

describe('partsWithin', () => {
	it('finds a group in the words exactly when the lower-cased text holds it', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
				const text = pieces.join('');
				const found = partsWithin(wordsOf(text), 0, text.length);
				const lower = text.toLowerCase().replace(/’/g, "'");
				GROUPS.forEach((group, k) =>
					expect((found & BITS[k]) !== 0, `${JSON.stringify(text)} ${group}`).toBe(
						group.some((p) => lower.includes(p))
					)
				);
			}),
			{ numRuns: 3000 }
		);
	});
});
