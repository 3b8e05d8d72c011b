import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const vision = { kind: 'vision' as const, today: '2026-01-15' };

const cases: [string, string, string[], string[]][] = [
	['a reachable target', 'Gate availability is 99.95% monthly.', [], []],
	['zero incidents', 'We will run with zero incidents.', ['warning 1:18'], ['zero incidents']],
	['100% of trucks', 'By 2028, 100% of trucks book a slot.', ['warning 1:10'], ['100% of']],
	[
		'never again and unlimited',
		'No driver will never again wait, with an unlimited budget.',
		['warning 1:11'],
		['will never', 'unlimited']
	],
	['every as scope is not audacity', 'Every service has an owner.', [], []],
	[
		'zero as a plain number is not a promise',
		'The queue is drained to zero each night by `slot-sweeper`.',
		[],
		[]
	]
];

describe('audacity', () => {
	it.each(cases)('%s', (_name, md, expected, actual) => {
		const found = findingsOf('audacity', md, vision);
		expect(found.map(brief)).toEqual(expected);
		expect(found.flatMap((f) => f.actual ?? [])).toEqual(actual);
	});

	it('errors over budget, and the budget is configurable', () => {
		const md = 'Zero incidents. Zero downtime. Unlimited capacity. 100% of terminals.';
		expect(findingsOf('audacity', md, vision)[0]).toMatchObject({ severity: 'error' });
		const relaxed = findingsOf('audacity', md, {
			...vision,
			config: { budgets: { audacityMarkers: 10 } }
		});
		expect(relaxed.every((f) => f.severity === 'warning')).toBe(true);
	});
});
