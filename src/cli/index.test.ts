import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Build the engine and CLI into a temporary folder and run the real binary, as CI would.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let out: string;
let cli: string;

function fivefold(args: string[]) {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
	out = mkdtempSync(path.join(tmpdir(), 'fivefold-build-'));
	const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-engine.mjs')], {
		cwd: root,
		env: { ...process.env, FIVEFOLD_ENGINE_OUT: out },
		encoding: 'utf8'
	});
	expect(build.status, build.stderr).toBe(0);
	cli = path.join(out, 'cli.js');
}, 60_000);

describe('dist/cli.js', () => {
	it('prints help listing the commands and every rule', () => {
		const r = fivefold(['--help']);
		expect(r.code).toBe(0);
		for (const word of [
			'fivefold check',
			'fivefold extract',
			'fivefold weave',
			'problem-first',
			'audacity'
		])
			expect(r.stdout).toContain(word);
	});

	it('prints the package version', () => {
		const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
		expect(fivefold(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
	});

	it('exits 2 for no command, an unknown command and weave on a missing file', () => {
		expect(fivefold([]).code).toBe(2);
		expect(fivefold(['lint']).code).toBe(2);
		const weave = fivefold(['weave', 'x.md']);
		expect(weave.code).toBe(2);
		expect(weave.stderr).toContain('fivefold weave: cannot read x.md');
	});

	it('weaves strategies end to end, as JSON with --json', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'fivefold-weave-'));
		const a = path.join(dir, 'a.md');
		const b = path.join(dir, 'b.md');
		writeFileSync(
			a,
			'# Storage\n\n## Policies\n\nAll new services store their data in PostgreSQL.\n'
		);
		writeFileSync(b, '# Events\n\n## Policies\n\nEvery new service keeps its data in DynamoDB.\n');
		const r = fivefold(['weave', a, b, '--json', '--today', '2026-03-01']);
		expect(r.code, r.stderr).toBe(0);
		const w = JSON.parse(r.stdout);
		expect(w.horizon).toEqual({ today: '2026-03-01', from: '2028-03-01', to: '2029-03-01' });
		expect(w.contradictions).toHaveLength(1);
		expect(w.contradictions[0]).toMatchObject({ kind: 'category', topic: 'primary datastore' });
	});

	it('checks a file end to end with the exit code CI relies on', () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'fivefold-doc-')), 'v.md');
		writeFileSync(file, '# Vision\n\nBy 2028 [[fill]].\n');
		const r = fivefold(['check', file, '--kind', 'vision', '--today', '2026-01-15']);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain(`${file}:3:9  error`);
	});

	it('bundles the engine as an ES module that exports check and the rule list', async () => {
		const engine = await import(path.join(out, 'analysis.js'));
		expect(typeof engine.check).toBe('function');
		expect(engine.ruleInfo.map((r: { id: string }) => r.id)).toContain('horizon');
		expect(engine.check('# V', { kind: 'vision', today: '2026-01-15' }).pass).toBe(false);
	});
});
