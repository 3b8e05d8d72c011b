import { describe, expect, it } from 'vitest';
import { brief, findingsOf } from './testing.js';

const vision = { kind: 'vision' as const, today: '2026-01-15' };
const tech =
	'The yard model moves to an event-sourced log store in Rust, with projections rebuilt by stream processors on Kubernetes.';
const people = 'Drivers see their slot in the app, and terminals pay less in road fines.';

const cases: [string, string, string[]][] = [
	['technology tied to users', `# V\n\n${tech} ${people}`, []],
	['technology alone', `# V\n\n${tech}\n\n${people}`, ['warning 3:1']],
	['a grounded heading grounds its section', `# V\n\n## Drivers wait less\n\n${tech}`, []],
	['prose without technology is not judged', `# V\n\nWe grow carefully.`, []]
];

describe('grounding', () => {
	it.each(cases)('%s', (_name, md, expected) => {
		expect(findingsOf('grounding', md, vision).map(brief)).toEqual(expected);
	});

	it('errors when most technology paragraphs are ungrounded', () => {
		const md = `# V\n\n${[tech, tech.replace('Rust', 'Go'), tech.replace('Kubernetes', 'Nomad'), people].join('\n\n')}`;
		const found = findingsOf('grounding', md, vision);
		expect(found[0]).toMatchObject({ severity: 'error', line: 1 });
		expect(found[0].message).toMatch(/^3 of 3 technology paragraphs \(100%\)/);
	});

	it('names the technology words', () => {
		const [f] = findingsOf('grounding', `# V\n\n${tech}\n\n${people}`, vision);
		expect(f.actual).toContain('Rust');
	});
});
