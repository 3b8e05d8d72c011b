/**
 * `quickSegmentEnds` applies UAX #29 to the common shapes of English prose without the
 * segmenter. On generated text mixing those shapes with everything it must hand back (line
 * breaks, tabs, other scripts, runs of terminators, digits and dashes after a terminator), it
 * either returns null or exactly the ends `Intl.Segmenter` gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickSegmentEnds, segmentEnds, splitSentences } from './sentences.js';

const PIECES = [
	'a',
	'we',
	'Z',
	'The',
	'7',
	'é',
	'É',
	'ж',
	'中',
	' ',
	' ',
	' ',
	'  ',
	'.',
	'.',
	'. ',
	'. ',
	'! ',
	'? ',
	'!',
	'?',
	'…',
	'。',
	',',
	';',
	':',
	'-',
	'–',
	'—',
	'"',
	"'",
	'’',
	'”',
	'“',
	'(',
	')',
	']',
	'\n',
	'\t',
	'\u00a0',
	'e.g.',
	'U.S.',
	'€',
	'%',
	'`'
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('quickSegmentEnds', () => {
	it('returns null or exactly the segmenter’s sentence ends', () => {
		fc.assert(
			fc.property(text, (t) => {
				const quick = quickSegmentEnds(t);
				if (quick !== null && t.length) expect(quick).toEqual(segmentEnds(t));
			}),
			{ numRuns: 20_000 }
		);
	});

	it('decides ordinary prose itself', () => {
		const prose =
			'We will move to PostgreSQL 16 by Q3, because v2.1 of the API (see “Limits.”) is slow. ' +
			'Why? Drivers wait 40 s. e.g., the routing service. Is it "done." Then ship it! now.';
		expect(quickSegmentEnds(prose)).not.toBeNull();
		expect(quickSegmentEnds(prose)).toEqual(segmentEnds(prose));
		expect(splitSentences(prose).map((s) => s.text)).toEqual([
			'We will move to PostgreSQL 16 by Q3, because v2.1 of the API (see “Limits.”) is slow.',
			'Why?',
			'Drivers wait 40 s. e.g., the routing service.',
			'Is it "done."',
			'Then ship it!',
			'now.'
		]);
	});
});
