/**
 * `fivefold check FILE|DIR… --kind design|strategy|vision [--json] [--today YYYY-MM-DD]
 * [--config FILE]`: lint Markdown documents like a prose linter. Prints
 * `path:line:col  severity  message  rule` and a summary, or the Report(s) as JSON.
 * Exit codes: 0 when no error-severity finding remains, 1 when one does, 2 on bad usage,
 * unreadable files or an invalid config (with a message on stderr, nothing on stdout).
 */
import { check, resolveConfig, type ConfigInput, type Report } from '../lib/analysis/index.js';
import type { DocKind } from '../lib/analysis/types.js';
import { expandPaths, readText, UsageError } from './files.js';

/** Usage line for `fivefold check`. */
export const CHECK_USAGE =
	'usage: fivefold check FILE|DIR… --kind design|strategy|vision [--json] [--today YYYY-MM-DD] [--config FILE]';

const KINDS = ['design', 'strategy', 'vision'];

interface Args {
	files: string[];
	kind: DocKind;
	json: boolean;
	today?: string;
	config?: string;
}

function parseArgs(args: string[]): Args {
	const files: string[] = [];
	let kind: string | undefined;
	let json = false;
	let today: string | undefined;
	let config: string | undefined;
	const value = (i: number, flag: string) => {
		const v = args[i + 1];
		if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
		return v;
	};
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		const eq = a.indexOf('=');
		const [flag, inline] =
			a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
		if (flag === '--json') json = true;
		else if (flag === '--kind') kind = inline ?? value(i++, flag);
		else if (flag === '--today') today = inline ?? value(i++, flag);
		else if (flag === '--config') config = inline ?? value(i++, flag);
		else if (a === '--') {
			files.push(...args.slice(i + 1));
			break;
		} else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
		else files.push(a);
	}
	if (!kind) throw new UsageError('--kind is required');
	if (!KINDS.includes(kind))
		throw new UsageError(`--kind must be design, strategy or vision, not ${kind}`);
	if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))
		throw new UsageError(`--today must be YYYY-MM-DD, not ${today}`);
	if (!files.length) throw new UsageError('no files given');
	return { files, kind: kind as DocKind, json, today, config };
}

async function loadConfig(file: string): Promise<ConfigInput> {
	const text = await readText(file);
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (e) {
		throw new UsageError(`invalid config ${file}: not JSON (${(e as Error).message})`);
	}
	try {
		resolveConfig(parsed as ConfigInput);
	} catch (e) {
		throw new UsageError(`invalid config ${file}: ${(e as Error).message}`);
	}
	return parsed as ConfigInput;
}

/** Format one report like a linter. */
export function formatReport(file: string, report: Report): string {
	const lines = report.findings.map(
		(f) => `${file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}`
	);
	return lines.join('\n');
}

/** Run `fivefold check` with its arguments (after the subcommand). Returns the exit code. */
export async function runCheck(
	args: string[],
	out: (s: string) => void = (s) => process.stdout.write(s),
	err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	let results: { file: string; report: Report }[];
	try {
		const parsed = parseArgs(args);
		const config = parsed.config ? await loadConfig(parsed.config) : undefined;
		const files = await expandPaths(parsed.files);
		const texts = await Promise.all(files.map((f) => readText(f)));
		results = files.map((file, i) => ({
			file,
			report: check(texts[i], { kind: parsed.kind, today: parsed.today, config })
		}));
		if (parsed.json) {
			const payload =
				results.length === 1 && !parsed.files.some((f) => f !== results[0].file)
					? { file: results[0].file, ...results[0].report }
					: results.map((r) => ({ file: r.file, ...r.report }));
			out(JSON.stringify(payload, null, 2) + '\n');
		} else {
			const body = results.map((r) => formatReport(r.file, r.report)).filter(Boolean);
			if (body.length) out(body.join('\n') + '\n');
			const all = results.flatMap((r) => r.report.findings);
			const n = (s: string) => all.filter((f) => f.severity === s).length;
			const failed = results.filter((r) => !r.report.pass).length;
			out(
				`\n${results.length} file${results.length === 1 ? '' : 's'} checked: ${n('error')} errors, ${n('warning')} warnings, ${n('info')} notes; ${failed} failed.\n`
			);
		}
	} catch (e) {
		if (e instanceof UsageError || e instanceof RangeError) {
			err(`fivefold check: ${e.message}\n${CHECK_USAGE}\n`);
			return 2;
		}
		throw e;
	}
	return results.some((r) => !r.report.pass) ? 1 : 0;
}
