import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeTempDirs, tempDir } from './temp-dirs.js';
import { CLEAN_STRATEGY } from './test-fixtures.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig } from '../lib/analysis/index.js';
import { configHelp, runCheck } from './check.js';

afterAll(removeTempDirs);

let dir: string;
const good = CLEAN_STRATEGY;
const bad = '# Vision\n\nBy 2028 [[what users see]].\n';

async function run(args: string[]) {
	let out = '';
	let err = '';
	const code = await runCheck(
		args,
		(s) => (out += s),
		(s) => (err += s)
	);
	return { code, out, err };
}

beforeAll(() => {
	dir = tempDir('fivefold-check-');
	mkdirSync(path.join(dir, 'docs', 'nested'), { recursive: true });
	writeFileSync(path.join(dir, 'docs', 'good.md'), good);
	writeFileSync(path.join(dir, 'docs', 'nested', 'bad.markdown'), bad);
	writeFileSync(path.join(dir, 'docs', 'notes.txt'), 'not markdown');
	writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x23, 0x00, 0x01]));
	writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ rules: { placeholder: false } }));
	writeFileSync(path.join(dir, 'bad-config.json'), JSON.stringify({ budgets: { hedgedShare: 3 } }));
	writeFileSync(path.join(dir, 'not-json.json'), '{ nope');
});

describe('fivefold check', () => {
	it('exits 0 on a clean file and prints a summary', async () => {
		const r = await run([path.join(dir, 'docs', 'good.md'), '--kind', 'strategy']);
		expect(r).toMatchObject({ code: 0, err: '' });
		expect(r.out).toContain('1 file checked: 0 errors');
	});

	it('expands directories recursively to .md and .markdown files and exits 1 on errors', async () => {
		const r = await run([path.join(dir, 'docs'), '--kind', 'vision', '--today', '2026-01-15']);
		expect(r.code).toBe(1);
		const bad = path.join(dir, 'docs', 'nested', 'bad.markdown');
		expect(r.out).toMatch(
			new RegExp(
				`${bad.replace(/[.\\/]/g, '\\$&')}:3:9  error    Unfilled placeholder "\\[\\[what users see\\]\\]"\\.  placeholder`
			)
		);
		expect(r.out).toContain('2 files checked');
		expect(r.out).not.toContain('notes.txt');
	});

	it('prints the Report as JSON with --json', async () => {
		const r = await run([
			path.join(dir, 'docs', 'nested', 'bad.markdown'),
			'--kind=vision',
			'--json',
			'--today',
			'2026-01-15'
		]);
		expect(r.code).toBe(1);
		const report = JSON.parse(r.out);
		expect(report).toMatchObject({ kind: 'vision', pass: false });
		expect(report.findings.some((f: { rule: string }) => f.rule === 'placeholder')).toBe(true);
	});

	it('prints an array of reports for several files', async () => {
		const r = await run([path.join(dir, 'docs'), '--kind', 'vision', '--json']);
		expect(JSON.parse(r.out)).toHaveLength(2);
	});

	it('applies a config file', async () => {
		const r = await run([
			path.join(dir, 'docs', 'nested', 'bad.markdown'),
			'--kind',
			'vision',
			'--config',
			path.join(dir, 'config.json'),
			'--json'
		]);
		expect(JSON.parse(r.out).findings.some((f: { rule: string }) => f.rule === 'placeholder')).toBe(
			false
		);
	});

	it.each([
		[['--kind', 'vision'], /no files given/],
		[['x.md'], /--kind is required/],
		[['x.md', '--kind', 'memo'], /--kind must be design, strategy or vision, not memo/],
		[
			['x.md', '--kind', 'vision', '--today', 'soon'],
			/--today must be a date written YYYY-MM-DD, not soon/
		],
		[
			['x.md', '--kind', 'vision', '--today', '2026-02-31x'],
			/--today must be a date written YYYY-MM-DD/
		],
		[
			['x.md', '--kind', 'vision', '--today=2026-02-30'],
			/--today must be a real date: 2026-02-30 does not exist/
		],
		[['x.md', '--kind', 'vision', '--today', '2026-13-01'], /2026-13-01 does not exist/],
		[['x.md', '--kind', 'vision', '--frobnicate'], /unknown option --frobnicate/],
		[['x.md', '--kind', 'vision', '--json=maybe'], /--json is on or off/],
		[
			['x.md', '--kind', 'vision', '--format', 'xml'],
			/--format must be text, line, json or sarif, not xml/
		],
		[
			['x.md', '--kind', 'vision', '--json', '--format', 'sarif'],
			/--json is --format json: it cannot go with --format sarif/
		],
		[['x.md', '--kind'], /--kind needs a value/]
	] as [string[], RegExp][])('exits 2 on bad usage: %j', async (args, message) => {
		const r = await run(args.map((a) => (a.endsWith('.md') ? path.join(dir, a) : a)));
		expect(r.code).toBe(2);
		expect(r.out).toBe('');
		expect(r.err).toMatch(message);
		expect(r.err).toContain('usage: fivefold check');
	});

	it('exits 2 on a missing file, without the usage line (an input error)', async () => {
		const r = await run([path.join(dir, 'missing.md'), '--kind', 'vision']);
		expect(r).toMatchObject({ code: 2, out: '' });
		expect(r.err).toMatch(
			/^fivefold check: cannot read .*missing\.md: no such file or directory\n$/
		);
	});

	it('treats --json=false as off and --json=true as on', async () => {
		const file = path.join(dir, 'docs', 'good.md');
		const off = await run([file, '--kind', 'strategy', '--json=false']);
		expect(off.out).toContain('1 file checked: 0 errors, 0 warnings, 0 notes; 0 failed.');
		const on = await run([file, '--kind', 'strategy', '--json=true']);
		expect(JSON.parse(on.out)).toMatchObject({ file, kind: 'strategy', pass: true });
		expect((await run([file, '--kind', 'strategy', '--format=json'])).out).toBe(on.out);
	});

	it('pluralises the summary: 1 error, 1 file', async () => {
		const r = await run([
			path.join(dir, 'docs', 'nested', 'bad.markdown'),
			'--kind',
			'vision',
			'--today',
			'2026-01-15'
		]);
		expect(r.out).toMatch(
			/\n1 file checked: \d+ errors?, \d+ warnings?, \d+ notes?; 1 failed\.\n$/
		);
		expect(r.out).not.toMatch(/\b1 (errors|warnings|notes|files)\b/);
	});

	it('prints file:line:col: severity rule message lines with --format line, and nothing else', async () => {
		const bad = path.join(dir, 'docs', 'nested', 'bad.markdown');
		const r = await run([bad, '--kind', 'vision', '--today', '2026-01-15', '--format', 'line']);
		expect(r.code).toBe(1);
		const lines = r.out.trimEnd().split('\n');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines)
			expect(line).toMatch(/^.+:\d+:\d+: (error|warning|info) [a-z-]+ \S.*$/);
		expect(lines).toContain(
			`${bad}:3:9: error placeholder Unfilled placeholder "[[what users see]]".`
		);
	});

	it('prints SARIF 2.1.0 with --format sarif', async () => {
		const r = await run([
			path.join(dir, 'docs'),
			'--kind',
			'vision',
			'--today',
			'2026-01-15',
			'--format',
			'sarif'
		]);
		expect(r.code).toBe(1);
		const log = JSON.parse(r.out);
		expect(log.version).toBe('2.1.0');
		expect(log.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'placeholder')).toBe(
			true
		);
	});

	it('reports a binary file in a directory as skipped and checks the rest', async () => {
		const r = await run([dir, '--kind', 'vision', '--today', '2026-01-15']);
		expect(r.code).toBe(1);
		expect(r.err).toBe(
			`fivefold check: skipped ${path.join(dir, 'binary.md')}: looks binary, not Markdown\n`
		);
		expect(r.out).toMatch(/2 files checked: .*; 1 skipped\.\n$/);
	});

	it.each([
		['binary.md', /looks binary/],
		['bad-config.json', /invalid config .*budgets\.hedgedShare: 3/],
		['not-json.json', /invalid config .*not JSON/]
	])('exits 2 on unreadable input or config: %s', async (file, message) => {
		const args = file.endsWith('.json')
			? [path.join(dir, 'docs', 'good.md'), '--kind', 'strategy', '--config', path.join(dir, file)]
			: [path.join(dir, file), '--kind', 'strategy'];
		const r = await run(args);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(message);
	});

	it('documents the config file with the defaults as valid JSON', () => {
		const help = configHelp();
		const json = JSON.parse(help.slice(help.indexOf('\n  {') + 1, help.indexOf('\n  }') + 4));
		expect(json).toEqual(defaultConfig);
		expect(resolveConfig(json)).toEqual(defaultConfig);
	});
});
