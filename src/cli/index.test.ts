import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
	chmodSync,
	closeSync,
	copyFileSync,
	mkdirSync,
	openSync,
	readFileSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './temp-dirs.js';

// Build the engine and CLI into a temporary folder and run the real binary, as CI would.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let out: string;
let cli: string;

function fivefold(args: string[], options: SpawnSyncOptions = {}) {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...options });
	return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const sample = path.join(root, 'examples', 'strategy', '01-field-apps.md');
const isRoot = process.getuid?.() === 0;
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

afterAll(removeTempDirs);

beforeAll(() => {
	out = tempDir('fivefold-build-');
	const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-engine.mjs')], {
		cwd: root,
		env: { ...process.env, FIVEFOLD_ENGINE_OUT: out },
		encoding: 'utf8'
	});
	expect(build.status, build.stderr).toBe(0);
	cli = path.join(out, 'cli.js');
	// Readable by an unprivileged user too (the unreadable-folder test runs as one under root).
	chmodSync(out, 0o755);
}, 60_000);

describe('dist/cli.js', { timeout: 30_000 }, () => {
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
	}, 30_000);

	it('weaves strategies end to end, as JSON with --json', () => {
		const dir = tempDir('fivefold-weave-');
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
	}, 30_000);

	it('checks a file end to end with the exit code CI relies on', () => {
		const file = path.join(tempDir('fivefold-doc-'), 'v.md');
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

	it.runIf(process.platform === 'linux')(
		'stops check /dev/zero at the byte cap with a clear error',
		() => {
			const r = fivefold(['check', '/dev/zero', '--kind', 'vision']);
			expect(r).toMatchObject({ code: 2, stdout: '' });
			expect(r.stderr).toBe(
				'fivefold check: /dev/zero is too large: more than 5,000,000 bytes (the limit)\n'
			);
		}
	);

	it.runIf(process.platform === 'linux')(
		'stops standard input at the byte cap (- < /dev/zero)',
		() => {
			const zero = openSync('/dev/zero', 'r');
			try {
				const r = fivefold(['check', '-', '--kind', 'vision'], { stdio: [zero, 'pipe', 'pipe'] });
				expect(r.code).toBe(2);
				expect(r.stderr).toContain('standard input is too large: more than 5,000,000 bytes');
			} finally {
				closeSync(zero);
			}
		}
	);

	it.runIf(process.platform !== 'win32')(
		'gives up on a named pipe with no writer instead of hanging',
		() => {
			const fifo = path.join(tempDir('fivefold-fifo-'), 'in.md');
			execFileSync('mkfifo', [fifo]);
			const r = fivefold(['check', fifo, '--kind', 'vision'], { timeout: 25_000 });
			expect(r.code).toBe(2);
			expect(r.stderr).toContain(
				`cannot read ${fifo}: no data for 10 s (a named pipe with no writer?)`
			);
		},
		30_000
	);

	it('reads - from standard input, named <stdin> or --stdin-filename', () => {
		const input = readFileSync(sample, 'utf8');
		const r = fivefold(['check', '-', '--kind', 'strategy', '--format', 'line'], { input });
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^<stdin>:\d+:\d+: warning /);
		const named = fivefold(['check', '--stdin-filename', 'docs/s.md', '--kind', 'strategy', '-'], {
			input
		});
		expect(named.stdout).toContain('docs/s.md:');
		const json = fivefold(['check', '-', '--kind', 'strategy', '--json'], { input });
		expect(JSON.parse(json.stdout)).toMatchObject({ file: '<stdin>', kind: 'strategy' });
		const extract = fivefold(['extract', '-'], {
			input: '## Decision\n\nWe will write it in Go.\n'
		});
		expect(extract).toMatchObject({ code: 0 });
		expect(extract.stdout).toContain('1 design doc:');
	});

	it('reads UTF-16 with a byte-order mark', () => {
		const file = path.join(tempDir('fivefold-utf16-'), 'v.md');
		const body = Buffer.from('# Vision\n\nBy 2028 [[fill]].\n', 'utf16le');
		writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
		const r = fivefold(['check', file, '--kind', 'vision', '--today', '2026-01-15']);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain(`${file}:3:9  error    Unfilled placeholder "[[fill]]".`);
	});

	it.runIf(process.platform !== 'win32')('checks 300 files under ulimit -n 256', () => {
		const dir = tempDir('fivefold-many-');
		for (let i = 0; i < 300; i++) copyFileSync(sample, path.join(dir, `doc-${i}.md`));
		const r = spawnSync(
			'sh',
			[
				'-c',
				'ulimit -n 256 && exec "$0" "$@"',
				process.execPath,
				cli,
				'check',
				dir,
				'--kind',
				'strategy'
			],
			{
				encoding: 'utf8'
			}
		);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/\n300 files checked: 0 errors, \d+ warnings, 0 notes; 0 failed\.\n$/);
	});

	it('reports a symlink loop as a symlink loop, and follows symlinked .md files in a folder', () => {
		const dir = tempDir('fivefold-links-');
		symlinkSync('b.md', path.join(dir, 'a.md'));
		symlinkSync('a.md', path.join(dir, 'b.md'));
		const loop = fivefold(['check', path.join(dir, 'a.md'), '--kind', 'strategy']);
		expect(loop.code).toBe(2);
		expect(loop.stderr).toBe(
			`fivefold check: cannot read ${path.join(dir, 'a.md')}: symlink loop\n`
		);
		mkdirSync(path.join(dir, 'docs'));
		symlinkSync(sample, path.join(dir, 'docs', 'linked.md'));
		symlinkSync('../a.md', path.join(dir, 'docs', 'looped.md'));
		const folder = fivefold([
			'check',
			path.join(dir, 'docs'),
			'--kind',
			'strategy',
			'--format',
			'line'
		]);
		expect(folder.code).toBe(0);
		expect(folder.stdout).toContain(`${path.join(dir, 'docs', 'linked.md')}:`);
		expect(folder.stderr).toBe(
			`fivefold check: skipped ${path.join(dir, 'docs', 'looped.md')}: symlink loop\n`
		);
	});

	it.runIf(process.platform !== 'win32')(
		`reports an unreadable folder without a stack trace${isRoot ? ' (run as uid 65534: chmod 000 does not stop root)' : ''}`,
		(ctx) => {
			const as = isRoot ? { uid: 65534, gid: 65534 } : {};
			// The unprivileged user must be able to run node and the built CLI at all.
			if (isRoot && fivefold(['--version'], as).code !== 0)
				ctx.skip('uid 65534 cannot run node or the built CLI here (a private TMPDIR?)');
			const dir = tempDir('fivefold-locked-');
			chmodSync(dir, 0o755);
			mkdirSync(path.join(dir, 'locked'));
			copyFileSync(sample, path.join(dir, 'locked', 'x.md'));
			copyFileSync(sample, path.join(dir, 'ok.md'));
			chmodSync(path.join(dir, 'ok.md'), 0o644);
			chmodSync(path.join(dir, 'locked'), 0o000);
			try {
				const top = fivefold(['check', path.join(dir, 'locked'), '--kind', 'strategy'], as);
				expect(top.code).toBe(2);
				expect(top.stderr).toBe(
					`fivefold check: cannot read directory ${path.join(dir, 'locked')}: permission denied\n`
				);
				const parent = fivefold(['check', dir, '--kind', 'strategy'], as);
				expect(parent.code).toBe(0);
				expect(parent.stderr).toBe(
					`fivefold check: skipped ${path.join(dir, 'locked')}: cannot read directory: permission denied\n`
				);
				expect(parent.stdout).toContain('1 file checked');
				noStack(parent.stderr);
			} finally {
				chmodSync(path.join(dir, 'locked'), 0o755);
			}
		}
	);

	it('treats --json=false as off and refuses --today=2026-02-30', () => {
		const off = fivefold(['check', sample, '--kind', 'strategy', '--json=false']);
		expect(off.code).toBe(0);
		expect(off.stdout).toMatch(/1 file checked: 0 errors, \d+ warnings, 0 notes; 0 failed\.\n$/);
		const date = fivefold(['check', sample, '--kind', 'vision', '--today=2026-02-30']);
		expect(date).toMatchObject({ code: 2, stdout: '' });
		expect(date.stderr).toContain('--today must be a real date: 2026-02-30 does not exist');
	});

	it('documents the formats and the config file in --help', () => {
		const help = fivefold(['--help']).stdout;
		for (const word of [
			'--format',
			'sarif',
			'line',
			'--stdin-filename',
			'config file',
			'"budgets"',
			'"rules"'
		])
			expect(help).toContain(word);
	});
});
