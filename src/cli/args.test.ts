import { describe, expect, it } from 'vitest';
import { parseArgs, parseToday, resolveFormat } from './args.js';

const spec = { values: ['--kind', '--format'], booleans: ['--json'] };

describe('parseArgs', () => {
	it.each([
		[
			['a.md', '--kind', 'vision'],
			{ paths: ['a.md'], values: { '--kind': 'vision' }, booleans: {} }
		],
		[['--kind=vision', '-'], { paths: ['-'], values: { '--kind': 'vision' }, booleans: {} }],
		[['--json'], { paths: [], values: {}, booleans: { '--json': true } }],
		[['--json=true'], { paths: [], values: {}, booleans: { '--json': true } }],
		[['--json=false'], { paths: [], values: {}, booleans: { '--json': false } }],
		[['--', '--json', '-x.md'], { paths: ['--json', '-x.md'], values: {}, booleans: {} }]
	])('parses %j', (args, parsed) => {
		expect(parseArgs(args, spec)).toEqual(parsed);
	});

	it.each([
		[['--json=no'], '--json is on or off: give --json, --json=true or --json=false'],
		[['--kind'], '--kind needs a value'],
		[['--kind', '--json'], '--kind needs a value'],
		[['--kind='], '--kind needs a value'],
		[['--nope'], 'unknown option --nope'],
		[['-x'], 'unknown option -x']
	])('refuses %j', (args, message) => {
		expect(() => parseArgs(args, spec)).toThrow(message);
	});
});

describe('parseToday', () => {
	it.each(['2026-02-28', '2028-02-29', '2026-12-31'])('accepts %s', (d) => {
		expect(parseToday(d)).toBe(d);
	});
	it.each([
		['2026-02-30', 'does not exist'],
		['2026-02-29', 'does not exist'],
		['2026-00-10', 'does not exist'],
		['2026-04-31', 'does not exist'],
		['26-1-1', 'YYYY-MM-DD'],
		['2026-01-01T00:00', 'YYYY-MM-DD']
	])('refuses %s', (d, message) => {
		expect(() => parseToday(d)).toThrow(message);
	});
});

describe('resolveFormat', () => {
	const formats = ['text', 'line', 'json', 'sarif'] as const;
	const format = (args: string[]) => resolveFormat(parseArgs(args, spec), formats);
	it.each([
		[[], 'text'],
		[['--json'], 'json'],
		[['--json=false'], 'text'],
		[['--json=false', '--format', 'sarif'], 'sarif'],
		[['--format=line'], 'line'],
		[['--json', '--format', 'json'], 'json']
	])('%j → %s', (args, expected) => {
		expect(format(args)).toBe(expected);
	});
	it('refuses an unknown format and --json with another format', () => {
		expect(() => format(['--format', 'xml'])).toThrow(
			'--format must be text, line, json or sarif, not xml'
		);
		expect(() => format(['--json', '--format', 'line'])).toThrow('cannot go with --format line');
	});
});
