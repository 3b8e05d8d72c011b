/**
 * `fivefold check FILE|DIR|-… --kind design|strategy|vision [--format text|line|json|sarif]
 * [--today YYYY-MM-DD] [--config FILE] [--stdin-filename NAME]`: lint Markdown documents like
 * a prose linter (report.ts describes the formats).
 * Exit codes: 0 when no error-severity finding remains, 1 when one does, 2 on bad usage,
 * unreadable input or an invalid config (with a message on stderr, nothing on stdout).
 * Files found in a directory that cannot be read are reported on stderr as skipped.
 */
import {
	check,
	defaultConfig,
	resolveConfig,
	type ConfigInput,
	type DocKind
} from '../lib/analysis/index.js';
import { orList, parseArgs, parseToday, resolveFormat } from './args.js';
import {
	errorText,
	formatSkipped,
	InputError,
	readInputs,
	readText,
	STDIN,
	UsageError
} from './files.js';
import {
	CHECK_FORMATS,
	formatJson,
	formatLines,
	formatText,
	toSarif,
	type CheckedFile
} from './report.js';
import { VERSION } from './version.js';

/** Usage line for `fivefold check`. */
export const CHECK_USAGE = `usage: fivefold check FILE|DIR|-… --kind design|strategy|vision [--format ${CHECK_FORMATS.join('|')}] [--json] [--today YYYY-MM-DD] [--config FILE] [--stdin-filename NAME]`;

const KINDS: readonly DocKind[] = ['design', 'strategy', 'vision'];

/** Largest config file read, in bytes. */
const MAX_CONFIG_BYTES = 100_000;

/** The config file format, for `--help` (built from the defaults, so it cannot drift). */
export function configHelp(): string {
	const sections = Object.entries(defaultConfig)
		.map(([key, value]) => {
			const line = `    ${JSON.stringify(key)}: ${JSON.stringify(value).replace(/([:,])/g, '$1 ')}`;
			if (line.length <= 88) return line;
			const inner = Object.entries(value as object).map(
				([k, v]) => `      ${JSON.stringify(k)}: ${JSON.stringify(v)}`
			);
			return `    ${JSON.stringify(key)}: {\n${inner.join(',\n')}\n    }`;
		})
		.join(',\n');
	return `config file (--config FILE): JSON, every key optional; a misspelt key or a bad value
is refused (exit 2). The defaults:
  {
${sections}
  }
vision/strategy/design: word and sentence limits per kind; horizon: years ahead a vision
must reach; budgets: shares from 0 to 1 (audacityMarkers is a count) over which a rule's
warnings become an error; rules: switch a rule off or on by id, e.g. {"rules": {"hedge": false}}.`;
}

async function loadConfig(file: string): Promise<ConfigInput> {
	if (file === STDIN) throw new UsageError('--config needs a file, not - (standard input)');
	let text: string;
	try {
		text = await readText(file, MAX_CONFIG_BYTES);
	} catch (e) {
		throw new InputError(`invalid config: ${(e as Error).message}`);
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (e) {
		throw new InputError(`invalid config ${file}: not JSON (${(e as Error).message})`);
	}
	try {
		resolveConfig(parsed as ConfigInput);
	} catch (e) {
		throw new InputError(`invalid config ${file}: ${(e as Error).message}`);
	}
	return parsed as ConfigInput;
}

/** Run `fivefold check` with its arguments (after the subcommand). Returns the exit code. */
export async function runCheck(
	args: string[],
	out: (s: string) => void = (s) => process.stdout.write(s),
	err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	let results: CheckedFile[];
	try {
		const parsed = parseArgs(args, {
			values: ['--kind', '--today', '--config', '--format', '--stdin-filename'],
			booleans: ['--json']
		});
		const format = resolveFormat(parsed, CHECK_FORMATS);
		const kind = parsed.values['--kind'];
		if (!kind) throw new UsageError('--kind is required');
		if (!KINDS.includes(kind as DocKind))
			throw new UsageError(`--kind must be ${orList(KINDS)}, not ${kind}`);
		const today = parsed.values['--today'] && parseToday(parsed.values['--today']);
		if (!parsed.paths.length) throw new UsageError('no files given (use - for standard input)');
		const configFile = parsed.values['--config'];
		const config = configFile ? await loadConfig(configFile) : undefined;
		const { files, skipped } = await readInputs(parsed.paths);
		const stdinName = parsed.values['--stdin-filename'] ?? '<stdin>';
		results = files.map((f) => ({
			file: f.path === STDIN ? stdinName : f.path,
			text: f.text,
			report: check(f.text, { kind: kind as DocKind, today: today || undefined, config })
		}));
		err(formatSkipped('check', skipped));
		if (format === 'json')
			out(
				formatJson(results, parsed.paths.length === 1 && files.length === 1 && files[0].explicit)
			);
		else if (format === 'sarif')
			out(JSON.stringify(toSarif(results, skipped, VERSION), null, 2) + '\n');
		else if (format === 'line') out(formatLines(results));
		else out(formatText(results, skipped.length));
	} catch (e) {
		if (e instanceof UsageError || e instanceof RangeError) {
			err(errorText('check', e, CHECK_USAGE));
			return 2;
		}
		throw e;
	}
	return results.some((r) => !r.report.pass) ? 1 : 0;
}
