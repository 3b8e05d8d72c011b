/**
 * `atxHeading` reads what the CommonMark-style pattern it replaced captured, on generated lines
 * of hashes, blanks, words and line breaks; and a heading with a long run of spaces (which
 * made that pattern and the attribute-list pattern quadratic) parses in linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atxHeading, parseMarkdown } from './markdown.js';

const OLD_ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const PIECES = [
	'#',
	'##',
	'#######',
	' ',
	'  ',
	'\t',
	'a',
	'Title',
	'\\#',
	'{#x}',
	'\r',
	'\n',
	'é'
];

describe('atxHeading', () => {
	it('captures what the single pattern did', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
				const line = pieces.join('');
				const m = OLD_ATX.exec(line);
				expect(atxHeading(line), JSON.stringify(line)).toEqual(m ? [m[1], m[2]] : null);
			}),
			{ numRuns: 5000 }
		);
	});

	it.each([
		['## Title ##', ['##', 'Title']],
		['# Title #  ', ['#', 'Title']],
		['# Title#', ['#', 'Title#']],
		['#  ##', ['#', '##']],
		['##', ['##', '']],
		['#Title', null],
		['    # code', null]
	] as [string, [string, string] | null][])('%j', (line, expected) => {
		expect(atxHeading(line)).toEqual(expected);
	});

	it('reads a heading with 200,000 spaces inside and an attribute list in linear time', () => {
		const spaces = ' '.repeat(200_000);
		const started = performance.now();
		const { blocks } = parseMarkdown(`## a${spaces}b${spaces}{#id}${spaces}\n\n# c${spaces}d\n`);
		// The two patterns replaced took minutes here; a linear read takes milliseconds.
		expect(performance.now() - started).toBeLessThan(2_000);
		expect(blocks.map((b) => b.text)).toEqual([`a${spaces}b`, `c${spaces}d`]);
	});
});
