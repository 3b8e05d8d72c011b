import { describe, expect, it } from 'vitest';
import { brief, filler, findingsOf } from './testing.js';
import type { CheckOptions } from '../check.js';

const vision: CheckOptions = { kind: 'vision', today: '2026-01-15' };

const cases: [string, string, CheckOptions, string[]][] = [
	['a vision of 600 words', `# V\n\n${filler(600)}`, vision, []],
	['a vision of 200 words', `# V\n\n${filler(200)}`, vision, ['error 1:3']],
	[
		'a vision of 1,400 words points at the overflow',
		`# V\n\n${filler(700)}\n\n${filler(700, 3)}`,
		vision,
		['error 5:1']
	],
	['a strategy of 1,200 words', `# S\n\n${filler(1200)}`, { kind: 'strategy' }, []],
	[
		'a strategy of 1,700 words',
		`# S\n\n${filler(1000)}\n\n${filler(700)}`,
		{ kind: 'strategy' },
		['error 5:1']
	],
	[
		'a design doc with substance',
		`# D\n\n${filler(100)} ${filler(100, 3)} ${filler(20)} ${filler(20)} ${filler(20)} ${filler(20)}`,
		{ kind: 'design' },
		[]
	],
	['a two-line design doc', '# D\n\nUse a new service.', { kind: 'design' }, ['error 1:3']],
	[
		'thresholds come from config',
		`# V\n\n${filler(600)}`,
		{ ...vision, config: { vision: { minWords: 700, maxWords: 900 } } },
		['error 1:3']
	]
];

describe('length', () => {
	it.each(cases)('%s', (_name, md, opts, expected) => {
		expect(findingsOf('length', md, opts).map(brief)).toEqual(expected);
	});

	it('says how many words and pages', () => {
		const [f] = findingsOf('length', `# V\n\n${filler(200)}`, vision);
		expect(f.message).toMatch(
			/^Too short for a vision: 2\d\d words \(0\.\d pages\); aim for 400–1000\.$/
		);
	});
});
