import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from './check.js';

let dir: string;
const good = [
	'# Strategy',
	'',
	'## Policies',
	'',
	'Use PostgreSQL 17 for new services, because restores are drilled for Postgres only.',
	''
].join('\n');
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
	dir = mkdtempSync(path.join(tmpdir(), 'fivefold-check-'));
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
		[['x.md', '--kind', 'vision', '--today', 'soon'], /--today must be YYYY-MM-DD, not soon/],
		[['x.md', '--kind', 'vision', '--today', '2026-02-31x'], /--today must be YYYY-MM-DD/],
		[['x.md', '--kind', 'vision', '--frobnicate'], /unknown option --frobnicate/],
		[['missing.md', '--kind', 'vision'], /cannot read .*missing\.md: no such file/]
	] as [string[], RegExp][])('exits 2 on bad usage: %j', async (args, message) => {
		const r = await run(args.map((a) => (a.endsWith('.md') ? path.join(dir, a) : a)));
		expect(r.code).toBe(2);
		expect(r.out).toBe('');
		expect(r.err).toMatch(message);
		expect(r.err).toContain('usage: fivefold check');
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
});
