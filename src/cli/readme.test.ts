// The README's "The `fivefold` command" section, checked: every `sh` command runs against the
// built CLI and exits with the code its comment states, the config example is examples/fivefold.json
// and valid, the table of config keys matches the defaults, and examples/ is the sample workspace.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { removeTempDirs, tempDir } from './temp-dirs.js';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig, type ConfigInput } from '../lib/analysis/index.js';
import { MAX_FILE_BYTES as MAX_EXTRACT_BYTES } from './extract.js';
import { MAX_FILE_BYTES, PIPE_IDLE_TIMEOUT_MS } from './files.js';

afterAll(removeTempDirs);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const start = readme.indexOf('## The `fivefold` command');
const end = readme.indexOf('\n## ', start + 1);
const section = readme.slice(start, end === -1 ? undefined : end);

function blocks(lang: string): string[] {
	const re = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
	return [...section.matchAll(re)].map((m) => m[1]);
}

const commands = blocks('sh')
	.flatMap((b) => b.split('\n'))
	.filter((l) => l.trim() !== '')
	.map((line) => {
		const m = /^(.*?)\s+#\s*exit (\d)\b/.exec(line);
		return { line, command: m?.[1], exit: m ? Number(m[2]) : undefined };
	});

let cwd: string;

beforeAll(() => {
	// A clean folder that looks like a fresh clone after `npm run build:engine`: dist/ (built
	// into a temporary folder so the test never touches the real dist/) and examples/.
	const out = tempDir('fivefold-readme-build-');
	const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-engine.mjs')], {
		cwd: root,
		env: { ...process.env, FIVEFOLD_ENGINE_OUT: out },
		encoding: 'utf8'
	});
	expect(build.status, build.stderr).toBe(0);
	cwd = tempDir('fivefold-readme-');
	symlinkSync(out, path.join(cwd, 'dist'));
	symlinkSync(path.join(root, 'examples'), path.join(cwd, 'examples'));
}, 60_000);

describe('README: The `fivefold` command', { timeout: 60_000 }, () => {
	it('has the section and at least one example of each command', () => {
		expect(start).toBeGreaterThan(-1);
		expect(commands.some((c) => c.command?.includes('dist/cli.js check'))).toBe(true);
		expect(commands.some((c) => c.command?.includes('dist/cli.js extract'))).toBe(true);
		expect(commands.some((c) => c.command?.includes('dist/cli.js weave'))).toBe(true);
	});

	it.each(commands)('$line', ({ line, command, exit }) => {
		expect(command, `state the exit code as "# exit N" in: ${line}`).toBeDefined();
		expect(command).toMatch(/^node dist\/cli\.js /);
		const r = spawnSync('sh', ['-c', command!], { cwd, encoding: 'utf8', timeout: 50_000 });
		expect(r.status, `${command}\n${r.stderr}`).toBe(exit);
		if (exit === 2) expect(r.stderr).toMatch(/^fivefold /);
		else if (!/>\s*\S+$/.test(command!)) expect(r.stdout.length).toBeGreaterThan(0);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});

	it('writes a SARIF 2.1.0 file where the README says', () => {
		const sarif = commands.find((c) => c.command?.includes('--format sarif >'));
		expect(sarif).toBeDefined();
		const file = /> *(\S+)$/.exec(sarif!.command!)![1];
		spawnSync('sh', ['-c', sarif!.command!], { cwd });
		const log = JSON.parse(readFileSync(path.join(cwd, file), 'utf8'));
		expect(log.version).toBe('2.1.0');
		expect(log.runs[0].results.length).toBeGreaterThan(0);
		expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(
			/^examples\/strategy\/[\w-]+\.md$/
		);
	});

	it('shows examples/fivefold.json as the config example, and it is valid', () => {
		const [json] = blocks('json');
		const example = JSON.parse(readFileSync(path.join(root, 'examples', 'fivefold.json'), 'utf8'));
		expect(JSON.parse(json)).toEqual(example);
		expect(() => resolveConfig(example as ConfigInput)).not.toThrow();
	});

	it('lists every config key with its default', () => {
		const rows = section
			.split('\n')
			.filter((l) => /^\| `[a-z]+\.[A-Za-z]+`/.test(l))
			.map((l) => {
				const [keys, what] = l.split(' | ');
				const defaults = /\(([^()]*)\)\s*\|?\s*$/.exec(what)?.[1] ?? '';
				const numbers = [...defaults.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) =>
					Number(m[0].replace(/,/g, ''))
				);
				return { keys: [...keys.matchAll(/`([^`]+)`/g)].map((m) => m[1]), numbers };
			});
		const listed: string[] = [];
		for (const { keys, numbers } of rows) {
			if (keys[0] === 'rules.ID') continue;
			const values = keys.map((k) => {
				const [group, key] = k.split('.') as [keyof typeof defaultConfig, string];
				return (defaultConfig[group] as Record<string, unknown>)[key];
			});
			expect(numbers, keys.join(', ')).toEqual(values);
			listed.push(...keys);
		}
		const all = Object.entries(defaultConfig)
			.filter(([group]) => group !== 'rules')
			.flatMap(([group, value]) => Object.keys(value as object).map((k) => `${group}.${k}`));
		expect(listed.sort()).toEqual(all.sort());
		expect(rows.some((r) => r.keys[0] === 'rules.ID')).toBe(true);
	});

	it('states the limits the code enforces', () => {
		expect(section).toContain(
			`up to ${MAX_FILE_BYTES / 1e6} MB (${MAX_EXTRACT_BYTES / 1e6} MB for \`extract\`)`
		);
		expect(section).toContain(`silent for ${PIPE_IDLE_TIMEOUT_MS / 1000} s`);
	});
});

describe('examples/', () => {
	it.each(['design', 'strategy', 'vision'])(
		'examples/%s is src/lib/samples/%s, byte for byte (refresh: cp src/lib/samples/*/*.md into examples/)',
		(kind) => {
			const samples = path.join(root, 'src', 'lib', 'samples', kind);
			const examples = path.join(root, 'examples', kind);
			const md = (dir: string) =>
				readdirSync(dir)
					.filter((f) => f.endsWith('.md'))
					.sort();
			expect(md(examples)).toEqual(md(samples));
			expect(md(samples).length).toBeGreaterThan(0);
			for (const file of md(samples))
				expect(readFileSync(path.join(examples, file), 'utf8'), file).toBe(
					readFileSync(path.join(samples, file), 'utf8')
				);
		}
	);
});
