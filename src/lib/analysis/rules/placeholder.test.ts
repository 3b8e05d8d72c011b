import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const cases: [string, string, string[]][] = [
	['a filled document', '# Plan\n\nWe ship the slot service in April 2026.', []],
	['one placeholder', '# Plan\n\nBy 2028 [[what users see]] changes.', ['error 3:9']],
	['two placeholders on two lines', '# P\n\n[[a]] and\n[[b]]', ['error 3:1', 'error 4:1']],
	['a TODO marker', '# P\n\nTODO: name the owner.', ['warning 3:1']],
	['placeholders inside code are examples', '# P\n\n```\n[[not a placeholder]]\n```', []],
	['lower-case todo is prose', '# P\n\nThe todo list is long.', []],
	[
		'escaped, as the editor writes it',
		'# P\n\nBy 2028 \\[\\[what users see\\]\\] changes.',
		['error 3:9']
	],
	['a link is not a placeholder', '# P\n\nSee [the plan](?id=x) and [[a]].', ['error 3:27']]
];

describe('placeholder', () => {
	it.each(cases)('%s', (_name, md, expected) => {
		const found = findingsOf('placeholder', md, { kind: 'strategy', today: '2026-01-15' });
		expect(found.map(brief)).toEqual(expected);
	});

	it('names the placeholder and spans it', () => {
		const [f] = findingsOf('placeholder', '# P\n\nSee [[owner]].', { kind: 'vision' });
		expect(f).toMatchObject({ actual: ['[[owner]]'], length: 9, excerpt: '[[owner]]' });
		expect(f.message).toContain('[[owner]]');
	});

	it('names an escaped placeholder without its backslashes', () => {
		const [f] = findingsOf('placeholder', '# P\n\nSee \\[\\[owner\\]\\].', { kind: 'vision' });
		expect(f.message).toContain('"[[owner]]"');
	});
});
