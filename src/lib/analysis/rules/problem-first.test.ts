import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const design = { kind: 'design' as const };
const problem =
	'## Problem\n\nTrucks queue for 3 hours at Valencia and the city fined us €42,000 in 2025.';
const proposal = '## Proposal\n\nWe will add 30-minute slots in the `slot-service`.';

const cases: [string, string, string[]][] = [
	['problem then proposal', `# D\n\n${problem}\n\n${proposal}`, []],
	['proposal then problem', `# D\n\n${proposal}\n\n${problem}`, ['error 3:4']],
	['no problem at all', `# D\n\n${proposal}`, ['error 1:3']],
	[
		'a problem stated in the introduction',
		`# D\n\nGate queues fail drivers every Monday at Valencia.\n\n${proposal}`,
		[]
	],
	[
		'the RFC template: level-1 headings are sections, and Motivation comes second',
		`# Summary\n\nShip the 2024 edition.\n\n# Motivation\n\nCrates broke 14 times in 2023 when lints changed between releases.\n\n# Guide-level explanation\n\nWe will stabilise the edition in Rust 1.85.`,
		[]
	],
	[
		'level-1 sections with the proposal before the problem',
		`# Proposal\n\nWe will add 30-minute slots in the \`slot-service\`.\n\n# Problem\n\nTrucks queue for 3 hours at Valencia in 2025.`,
		['error 1:3']
	],
	[
		'a generic problem statement',
		`# D\n\n## Problem\n\nThings are not great and could be better overall.\n\n${proposal}`,
		['warning 3:4']
	]
];

describe('problem-first', () => {
	it.each(cases)('%s', (_name, md, expected) => {
		expect(findingsOf('problem-first', md, design).map(brief)).toEqual(expected);
	});

	it('applies to design docs only', () => {
		expect(findingsOf('problem-first', `# S\n\n${proposal}`, { kind: 'strategy' })).toEqual([]);
	});
});
