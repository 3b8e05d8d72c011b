/**
 * Issue 8, "Missed audacity", "Horizon", and issue 10, "An empty strategy is Ready for review":
 * claims of standing and buzzword bullet fragments are judged; decades, open spans and "this
 * year" are read as horizons; a strategy with no policy or under its minimum length fails.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { brief, filler, findingsOf } from './testing.js';

const vision = { kind: 'vision' as const, today: '2026-01-15' };

describe('audacity: claims of standing', () => {
	const cases: [string, string, string[], string[]][] = [
		[
			'the premier provider',
			'We will be the premier provider of port software.',
			['warning 1:12'],
			['the premier provider']
		],
		[
			'the leading assistant',
			'Pilot is the leading assistant for planners.',
			['warning 1:10'],
			['the leading assistant']
		],
		[
			'a thought leader',
			'Our team becomes a thought leader in logistics.',
			['warning 1:20'],
			['thought leader']
		],
		[
			'transform the industry',
			'We transform the industry with slot booking.',
			['warning 1:4'],
			['transform the industry']
		],
		['world-class', 'Planners get world-class tooling.', ['warning 1:14'], ['world-class']],
		[
			'a data transform step is not a claim',
			'The `gate-etl` job runs one transform step per file.',
			[],
			[]
		],
		[
			'the leading cause is not a claim',
			'Lost slots are the leading cause of truck delays.',
			[],
			[]
		]
	];
	it.each(cases)('%s', (_name, md, expected, actual) => {
		const found = findingsOf('audacity', md, vision);
		expect(found.map(brief)).toEqual(expected);
		expect(found.flatMap((f) => f.actual ?? [])).toEqual(actual);
	});

	it('says what kind of claim it found', () => {
		const [f] = findingsOf('audacity', 'We become the premier provider of slots.', vision);
		expect(f.message).toBe('Claim of standing: "the premier provider".');
	});
});

describe('specificity: bullet fragments are judged', () => {
	it('flags a buzzword fragment in a list, and leaves an anchored one', () => {
		const md = '# S\n\n## Goals\n\n- Seamless, robust developer experience\n- p99 under 200 ms';
		const found = findingsOf('specificity', md, { kind: 'strategy' });
		expect(found.map(brief)).toEqual(['warning 5:3']);
		expect(found[0].actual).toEqual(['Seamless', 'robust']);
	});
});

describe('horizon: spans people write', () => {
	const cases: [string, string, string[]][] = [
		['the next 10 years', '# Vision\n\nWhere terminals are in the next 10 years.', ['error 3:21']],
		['the next decade', '# Vision\n\nWhere terminals are in the next decade.', ['error 3:28']],
		['10+ years', '# Vision\n\nA plan for 10+ years of growth.', ['error 3:12']],
		['this year is a plan', '# Vision\n\nWhat we ship this year.', ['error 3:14']],
		['by 2028 is in range', '# Vision\n\nWhere we are by 2028.', []]
	];
	it.each(cases)('%s', (_name, md, expected) => {
		expect(findingsOf('horizon', md, vision).map(brief)).toEqual(expected);
	});
});

describe('an empty or policy-free strategy fails', () => {
	it('errors on a strategy under strategy.minWords', () => {
		const r = check('# Strategy\n\nWe will use Postgres because restores work.', {
			kind: 'strategy'
		});
		expect(r.pass).toBe(false);
		expect(r.findings.find((f) => f.rule === 'length')?.message).toMatch(
			/^Too short for a strategy/
		);
	});

	it('errors on a strategy that states no policy', () => {
		const md = `# Strategy\n\n## Diagnosis\n\n${filler(200)}`;
		const r = check(md, { kind: 'strategy' });
		expect(r.pass).toBe(false);
		const f = r.findings.find((x) => x.rule === 'rationale' && x.severity === 'error');
		expect(f?.message).toMatch(/^No policies/);
	});

	it('errors on an empty document of every kind', () => {
		for (const kind of ['design', 'strategy', 'vision'] as const)
			expect(check('', { kind, today: '2026-01-15' }).pass).toBe(false);
	});

	it('passes a strategy with policies and reasons', () => {
		const md = `# Strategy\n\n## Diagnosis\n\n${filler(160)}\n\n## Policies\n\nAll services must store state in Postgres 16 because restores exist for it only.`;
		const r = check(md, { kind: 'strategy' });
		expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
	});
});
