import { describe, expect, it } from 'vitest';
import { schema } from '$lib/markdown/schema';
import { createAnchor, locateAnchor } from '$lib/share/anchor';
import { docText, offsetAt, posAt } from './text';

const doc = schema.node('doc', null, [
	schema.node('heading', { level: 2 }, [schema.text('Horizon')]),
	schema.node('paragraph', null, [
		schema.text('By 2028 we '),
		schema.text('settle', [schema.marks.strong.create()]),
		schema.text(' in a day.'),
		schema.node('hard_break'),
		schema.text('Second line.')
	]),
	schema.node('bullet_list', null, [
		schema.node('list_item', null, [schema.node('paragraph', null, [schema.text('Item one')])])
	])
]);

describe('docText', () => {
	const t = docText(doc);

	it('joins blocks with newlines and breaks as newlines', () => {
		expect(t.text).toBe('Horizon\nBy 2028 we settle in a day.\nSecond line.\nItem one');
	});

	it.each(['Horizon', 'settle in a day', 'Second line', 'Item one', 'we settle'])(
		'maps "%s" to the same text in the document',
		(quote) => {
			const start = t.text.indexOf(quote);
			const from = posAt(t, start, 'start');
			const to = posAt(t, start + quote.length, 'end');
			expect(doc.textBetween(from, to, '\n', '\n')).toBe(quote);
			expect(offsetAt(t, from)).toBe(start);
			expect(offsetAt(t, to)).toBe(start + quote.length);
		}
	);

	it('snaps a range across blocks to their text', () => {
		const start = t.text.indexOf('\nBy');
		const from = posAt(t, start, 'start');
		expect(doc.textBetween(from, from + 2)).toBe('By');
	});

	it('finds an anchor made in one document in an edited copy', () => {
		const a = createAnchor(t.text, t.text.indexOf('settle'), t.text.indexOf('settle') + 6);
		const edited = schema.node('doc', null, [
			schema.node('paragraph', null, [schema.text('New intro.')]),
			...doc.content.content
		]);
		const e = docText(edited);
		const at = locateAnchor(e.text, a)!;
		expect(edited.textBetween(posAt(e, at.start, 'start'), posAt(e, at.end, 'end'))).toBe('settle');
	});
});
