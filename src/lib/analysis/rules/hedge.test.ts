import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';
import { hedgesDecision } from './hedge.js';
import { check } from '../check.js';
import { isPolicy } from '../classify/index.js';

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

const hedgesDecisionCases: [string, string, boolean][] = [
	['a generalisation about people', 'Developers usually become upset only briefly.', false],
	['a hedged description of the world', 'This may slow the gate down at peak hours.', false],
	['the authors hedge their own action', 'We might move the queue to Kafka next year.', true],
	['a softened rule', 'Teams should probably build new screens in React Native.', true],
	['the reader is told to try', 'Try to reply to the author on the same day.', true]
];

describe('hedge', () => {
	it.each(hedgesDecisionCases)('%s: hedges a decision = %s', (_name, md, expected) => {
		const report = check(md, strategy);
		const hedges = report.findings.filter((f) => f.rule === 'hedge');
		expect(hedges).toHaveLength(1);
		const text = md;
		const spans = (hedges[0].actual ?? []).map((w) => {
			const start = text.toLowerCase().indexOf(w.toLowerCase());
			return { start, end: start + w.length, text: w };
		});
		expect(hedgesDecision(text, spans, isPolicy(text, { kind: 'strategy' }), false)).toBe(expected);
	});

	it('errors on hedged decisions, not on a page of calibrated description', () => {
		const described = Array.from(
			{ length: 6 },
			(_, i) => `Reviews of team ${i} usually finish within a day.`
		).join(' ');
		expect(findingsOf('hedge', described, strategy).map((f) => f.severity)).toEqual(
			Array(6).fill('warning')
		);
		const softened = Array.from(
			{ length: 6 },
			(_, i) => `Team ${i} should ideally finish reviews within a day.`
		).join(' ');
		const [first] = findingsOf('hedge', softened, strategy);
		expect(first.severity).toBe('error');
		expect(first.message).toMatch(/^6 of 6 sentences hedge a decision or rule/);
	});

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
