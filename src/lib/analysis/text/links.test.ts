/**
 * `findLinks` scans for the matches of the regex `LINK` below (and of its first alternative,
 * inline only) in linear time. On generated text of brackets, parentheses, angle brackets,
 * schemes, newlines and spaces it must return exactly the regex's matches; on text that made
 * the regex backtrack for seconds it must still give the right answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabel, boilerplateOf } from './boilerplate.js';
import { findLinks, findPlaceholders, type LinkSpan } from './links.js';
import { parseMarkdown } from './markdown.js';

const LINK =
	/!?\[([^\]\n]*)\]\([^)\n]*\)|!?\[([^\]\n]*)\]\[[^\]\n]*\]|<(?:https?:|mailto:)[^>\s]+>|https?:\/\/\S+/g;
const INLINE = /!?\[([^\]\n]*)\]\([^)\n]*\)/g;

const byRegex = (re: RegExp, text: string) =>
	[...text.matchAll(re)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		label: m[1] ?? m[2] ?? null
	}));

const PIECES = [
	'[',
	']',
	'(',
	')',
	'!',
	'<',
	'>',
	'a',
	'h',
	' ',
	'\n',
	'\u00a0',
	'https:',
	'http://',
	'https://',
	'mailto:',
	'x.org',
	'é'
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('findLinks: the regex matches in one scan', () => {
	it('finds what the regex finds, with every kind of link', () => {
		fc.assert(
			fc.property(text, (t) => {
				expect(findLinks(t)).toEqual(byRegex(LINK, t));
				expect(findLinks(t, true)).toEqual(byRegex(INLINE, t));
			}),
			{ numRuns: 3000 }
		);
	});

	it.each([
		['see [the RFC](https://x.org/rfc) and <https://y.org>', 2],
		['![diagram](d.png) [ref][1] https://z.org/a?b', 3],
		['[a[b](c)', 1],
		['[no link] here (https: nope) <http:>', 0]
	])('%s has %i links', (t, n) => {
		expect(findLinks(t)).toEqual(byRegex(LINK, t));
		expect(findLinks(t)).toHaveLength(n);
	});
});

const PLACEHOLDER = /\\?\[\\?\[[^\]\n]*?\\?\]\\?\]|\b(?:TODO|TBD|FIXME|XXX)\b/g;
const HOLES = ['[', ']', '\\', '\n', ' ', 'a', 'TODO', 'TBD', 'FIXME', 'XXX', 'xTODO', '_'];
const holes = fc.array(fc.constantFrom(...HOLES), { maxLength: 30 }).map((p) => p.join(''));

describe('findPlaceholders: the regex matches in one scan', () => {
	it('finds what the regex finds', () => {
		fc.assert(
			fc.property(holes, (t) => {
				const want = [...t.matchAll(PLACEHOLDER)].map((m) => ({
					start: m.index,
					end: m.index + m[0].length
				}));
				expect(findPlaceholders(t)).toEqual(want);
			}),
			{ numRuns: 3000 }
		);
	});

	it('reads escaped brackets and words', () => {
		const t = 'Owner: \\[\\[name\\]\\], due [[date]] (TODO).';
		expect(findPlaceholders(t).map(({ start, end }) => t.slice(start, end))).toEqual([
			'\\[\\[name\\]\\]',
			'[[date]]',
			'TODO'
		]);
	});
});

describe('pathological input the regexes backtracked on', () => {
	const N = 40_000;
	// Spans and label lengths: a failure should not print 40,000 brackets.
	const spans = (links: LinkSpan[]) => links.map((l) => [l.start, l.end, l.label?.length]);
	it('a field value of 40,000 `[` is read once', () => {
		// The first `[` opens the one link, whose text is the run and the name: no prose.
		const value = `${'['.repeat(N)} [Ana Ruiz](https://x.org/ana)`;
		expect(fieldLabel(`Owner: ${value}`)).toBe('owner');
		expect(spans(findLinks(value, true))).toEqual([[0, value.length, N + 9]]);
		expect(fieldLabel(`Owner: ${value} we will decide it after the pilot`)).toBeNull();
	});

	it('a run of 20,000 `[[` holds no placeholder, and one `]]` after it closes the last', () => {
		const run = '[['.repeat(N / 2);
		expect(findPlaceholders(`${run} word`)).toEqual([]);
		expect(findPlaceholders(`${run}]]`)).toEqual([{ start: 0, end: N + 2 }]);
	});

	const lineKind = (raw: string) => boilerplateOf(parseMarkdown(raw).blocks[0]);
	it('a line of 40,000 `[`, `[](` or `<https:` before a word is prose', () => {
		for (const unit of ['[', '[](', '<https:']) {
			const raw = `${unit.repeat(N / unit.length)} word`;
			expect(findLinks(raw)).toEqual([]);
			expect(lineKind(raw)).toBeNull();
		}
	});
	it('40,000 `[` that open one link make a link-only line', () => {
		const raw = `${'['.repeat(N)}Back](https://x.org)`;
		expect(spans(findLinks(raw))).toEqual([[0, raw.length, N + 3]]);
		expect(lineKind(raw)).toBe('link-only line');
	});
});
