import { describe, expect, it } from 'vitest';
import { createAnchor, locateAnchor } from './anchor';

const TEXT =
	'By 2028 every merchant settles in one day. We keep Postgres for the ledger.\n' +
	'Support answers in one day as well, because merchants asked for it.';

function anchorOn(text: string, quote: string, nth = 0) {
	let at = -1;
	for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
	return createAnchor(text, at, at + quote.length);
}

function found(text: string, anchor: ReturnType<typeof createAnchor>) {
	const at = locateAnchor(text, anchor);
	return at && { text: text.slice(at.start, at.end), exact: at.exact, start: at.start };
}

describe('anchors', () => {
	it('keeps context and a position hint', () => {
		const a = anchorOn(TEXT, 'one day');
		expect(a.quote).toBe('one day');
		expect(a.prefix).toBe(' 2028 every merchant settles in ');
		expect(a.suffix.startsWith('. We keep')).toBe(true);
	});

	it.each([
		['unchanged text', TEXT, 'one day', 0, 'one day', true],
		['text inserted before', 'Draft two.\n' + TEXT, 'Postgres', 0, 'Postgres', true],
		[
			'the second of two equal quotes, by its context',
			'Intro line.\n' + TEXT,
			'one day',
			1,
			'one day',
			true
		],
		[
			'whitespace and case changed',
			TEXT.replace('keep Postgres for', 'keep  POSTGRES for'),
			'keep Postgres',
			0,
			'keep  POSTGRES',
			false
		],
		[
			'a word in the quote edited',
			TEXT.replace('settles in one day', 'settles within one day'),
			'every merchant settles in one day',
			0,
			'every merchant settles within one day',
			false
		]
	])('finds the quote after %s', (_, edited, quote, nth, expected, exact) => {
		const a = anchorOn(TEXT, quote, nth);
		const hit = found(edited, a);
		expect(hit?.text).toBe(expected);
		expect(hit?.exact).toBe(exact);
		if (nth === 1) expect(hit!.start).toBe(edited.lastIndexOf(quote));
	});

	it('falls back to the context when the quote was rewritten', () => {
		const a = anchorOn(TEXT, 'Postgres');
		const edited = TEXT.replace('Postgres', 'a relational database we already run');
		expect(found(edited, a)?.text).toBe('a relational database we already run');
	});

	it('detaches a comment whose text and context are gone', () => {
		const a = anchorOn(TEXT, 'We keep Postgres for the ledger.');
		expect(locateAnchor('Something else entirely, with no ledger at all.', a)).toBeNull();
	});

	it('never anchors a blank quote', () => {
		expect(locateAnchor(TEXT, { quote: '  ', prefix: '', suffix: '', start: 0 })).toBeNull();
	});

	it('clamps out-of-range selections', () => {
		expect(createAnchor('abc', -5, 99)).toEqual({ quote: 'abc', prefix: '', suffix: '', start: 0 });
	});
});
