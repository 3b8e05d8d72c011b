import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import { tableRules } from './table.js';

// Rules kept in table rows (a ferry operator and a library network: no labelled set's domain).

const ferries = `# Ferry operations strategy

## Our fleet

| vessel | built | berth |
|---|---|---|
| Skua | 1998 | north quay |

## The rules

| # | area | rule | why |
|---|---|---|---|
| 1 | boarding | Foot passengers board after every vehicle is chained down. | A loose van on a ramp has crushed a deckhand before. |
| 2 | tickets | Tickets bought online are valid on any sailing that day. | |
`;

const library = `# Library systems strategy

## Decisions

| decision | reason |
|---|---|
| Every branch catalogue lives in one shared Koha instance. | Patrons borrow across branches every day. |
`;

describe('tableRules', () => {
	it.each([
		[
			'a rule column and a why column',
			'| # | rule | why |\n|---|---|---|\n| 1 | Doors lock at nine. | Insurance. |',
			3,
			{ text: 'Doors lock at nine.', why: 'Insurance.', labels: [] }
		],
		[
			'only a reason column: the other cells, numbering dropped',
			'| id | what | reason |\n|---|---|---|\n| R-2 | Lockers stay open | Staff need them |',
			3,
			{ text: 'Lockers stay open.', why: 'Staff need them.', labels: [] }
		],
		[
			'a label cell beside the rule',
			'| area | policy |\n|---|---|\n| loans | Loans last three weeks. |',
			3,
			{ text: 'Loans last three weeks.', why: '', labels: ['loans'] }
		]
	])('%s', (_, raw, line, rule) => {
		expect(tableRules(raw, 1)?.get(line)).toEqual(rule);
	});

	it('leaves an owner column out of the rule and its labels ("We will | Because | Owner")', () => {
		const raw =
			'| # | We will | Because | Owner |\n|---|---|---|---|\n' +
			'| 1 | Close the reading room on Sundays. | Nobody comes. | Ingrid |\n' +
			'| 2 | Lend e-readers for a month. | Stock is small. | Branch services |';
		expect(tableRules(raw, 1)?.get(3)).toEqual({
			text: 'Close the reading room on Sundays.',
			why: 'Nobody comes.',
			labels: []
		});
		const whyOnly =
			'| what | reason | who |\n|---|---|---|\n| Lockers stay open | Staff | Ingrid |';
		expect(tableRules(whyOnly, 1)?.get(3)?.text).toBe('Lockers stay open.');
	});

	it('reads no rules from a table whose header names neither', () => {
		expect(tableRules('| vessel | built |\n|---|---|\n| Skua | 1998 |', 1)).toBeNull();
	});
});

describe('weave: policies in table rows', () => {
	const { policies } = weave(
		[
			{ name: 'ferries.md', markdown: ferries },
			{ name: 'library.md', markdown: library }
		],
		{ today: '2026-06-01' }
	);

	it('reads each row of a rule table as one policy, with its line and its why cell', () => {
		const boarding = policies.find((p) => p.text.startsWith('Foot passengers'));
		expect(boarding).toMatchObject({
			doc: 'ferries.md',
			line: 13,
			text: 'Foot passengers board after every vehicle is chained down.',
			rationale: ['A loose van on a ramp has crushed a deckhand before.']
		});
		expect(policies.find((p) => p.text.startsWith('Tickets bought'))?.rationale).toEqual([]);
		expect(policies.find((p) => p.doc === 'library.md')?.text).toBe(
			'Every branch catalogue lives in one shared Koha instance.'
		);
	});

	it('leaves tables of facts alone', () => {
		expect(policies.some((p) => /Skua|1998/.test(p.text))).toBe(false);
	});
});
