import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const at = (today: string, md: string) => findingsOf('horizon', md, { kind: 'vision', today });

const cases: [string, string, string, string[]][] = [
	[
		'by the end of 2028, from January 2026',
		'2026-01-15',
		'# Fleet in 2028\n\nWhere we are by the end of 2028.',
		[]
	],
	[
		'in two to three years',
		'2026-01-15',
		'# Vision\n\nWhere we will be in two to three years.',
		[]
	],
	['Q3 2028', '2026-01-15', '# Vision\n\nBy Q3 2028 trucks book slots.', []],
	[
		'next quarter is a plan',
		'2026-01-15',
		'# Vision\n\nWhat we ship next quarter.',
		['error 3:14']
	],
	[
		'six months from now',
		'2026-01-15',
		'# Vision\n\nWhere we are six months from now.',
		['error 3:14']
	],
	['2035 is too far', '2026-01-15', '# Vision for 2035\n\nA long way out.', ['error 1:14']],
	['no horizon at all', '2026-01-15', '# Vision\n\nTrucks clear the gate fast.', ['error 1:3']],
	[
		'past years are history, not a horizon',
		'2026-01-15',
		'# Vision\n\nIn 2024 we had queues. By mid-2028 we have none.',
		[]
	],
	[
		'the title and intro win over the body',
		'2026-01-15',
		'# In 2028\n\nIntro.\n\n## Later\n\nBy 2040 maybe.',
		[]
	],
	[
		'the range is configurable',
		'2026-01-15',
		'# Vision for 2031\n\nFive years out.',
		['error 1:14']
	]
];

describe('horizon', () => {
	it.each(cases)('%s', (_name, today, md, expected) => {
		expect(at(today, md).map(brief)).toEqual(expected);
	});

	it('accepts three to five years when configured', () => {
		const found = findingsOf('horizon', '# Vision for 2031\n\nFive years out.', {
			kind: 'vision',
			today: '2026-01-15',
			config: { horizon: { minYears: 3, maxYears: 5 } }
		});
		expect(found).toEqual([]);
	});

	it('names the phrase and how far out it is', () => {
		const [f] = at('2026-01-15', '# Vision\n\nWhat we ship next quarter.');
		expect(f.message).toBe(
			'Horizon "next quarter" is about 0.3 years out; a vision looks 2–3 years ahead.'
		);
		expect(f).toMatchObject({ actual: ['next quarter'], length: 'next quarter'.length });
	});
});
