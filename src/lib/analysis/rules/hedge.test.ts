import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const strategy = { kind: 'strategy' as const };

const cases: [string, string, string[], string[]][] = [
	[
		'must and should are commitments',
		'Services must carry a deadline. Teams should use `svc-template`.',
		[],
		[]
	],
	['a hedge is named', 'Teams might move to Kafka in 2026.', ['warning 1:7'], ['might']],
	[
		'non-committal phrases',
		'Use gRPC where appropriate and add retries as needed.',
		['warning 1:10'],
		['where appropriate', 'as needed']
	],
	['deontic may is a rule', 'Only the Identity team may issue API keys.', [], []],
	['epistemic may is a hedge', 'This may slow the gate down at peak.', ['warning 1:6'], ['may']],
	['generally available is a release stage', 'API v2 is generally available in May 2026.', [], []],
	['a kind of is not kind of', 'We need a kind of queue that survives restarts.', [], []]
];

describe('hedge', () => {
	it.each(cases)('%s', (_name, md, expected, actual) => {
		const found = findingsOf('hedge', md, strategy);
		expect(found.map(brief)).toEqual(expected);
		expect(found.flatMap((f) => f.actual ?? [])).toEqual(actual);
	});

	it('errors only when hedged sentences go over budget', () => {
		const hedgy = Array.from(
			{ length: 4 },
			(_, i) => `Perhaps team ${i} could use Kafka in 2026.`
		).join(' ');
		const firm = Array.from({ length: 12 }, (_, i) => `Team ${i} uses Kafka from May 2026.`).join(
			' '
		);
		expect(findingsOf('hedge', hedgy, strategy).filter((f) => f.severity === 'error')).toHaveLength(
			1
		);
		expect(
			findingsOf('hedge', `${hedgy.split('. ')[0]}. ${firm}`, strategy).filter(
				(f) => f.severity === 'error'
			)
		).toHaveLength(0);
	});
});
