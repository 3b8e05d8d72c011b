import { describe, expect, it } from 'vitest';
import { fieldLabel, recurringFieldLabels } from './boilerplate.js';

describe('fieldLabel: a header field, not prose under a label', () => {
	it.each([
		['Review Manager: Joe Pamer', 'review manager'],
		['* Review Manager: [Ana Ruiz](https://example.org/ana)', 'review manager'],
		['Status: **Implemented (Swift 3.0)**', 'status'],
		['**Owner**: Data Platform', 'owner'],
		['Implementation: https://example.org/commit/8e12008', 'implementation'],
		['Target date: 14 March 2027', 'target date'],
		['Decision: we keep one broker for every team, because two cost us an on-call rota.', null],
		['Context: the ingest path drops events when the queue is full.', null],
		['We use PostgreSQL for everything.', null],
		['Note: see below', null],
		['Time: 10:30', 'time']
	])('%s → %s', (text, label) => {
		expect(fieldLabel(text)).toBe(label);
	});
});

describe('recurringFieldLabels', () => {
	const doc = (d: number, ...texts: string[]) => texts.map((text) => ({ doc: d, text }));
	it('keeps a label shared by half the documents, whatever its values', () => {
		const set = [
			...doc(0, 'Review Manager: Joe Pamer', 'We remove currying.'),
			...doc(1, 'Review Manager: Ana Ruiz', 'Sponsor: Kim Lee'),
			...doc(2, 'Review Manager: Doug Gregor'),
			...doc(3, 'We keep the old syntax for one release.')
		];
		expect([...recurringFieldLabels(set)]).toEqual(['review manager']);
		expect([...recurringFieldLabels(set, 4)]).toEqual([]);
	});
});
