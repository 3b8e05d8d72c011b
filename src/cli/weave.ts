/**
 * `fivefold weave FILE|DIR|-… [--format text|json] [--today YYYY-MM-DD]`: strategies →
 * threads, contradictions, the horizon and extrapolation prompts, as a readable report or as the
 * `Weave` JSON (`--json` is `--format json`). Directories are searched for Markdown files; files
 * in them that cannot be read are reported as skipped.
 * Exit codes: 0 on success, 2 on bad usage or unreadable input (nothing is printed to stdout).
 */
import { weave } from '../lib/analysis/weave/index.js';
import type { NamedDoc, Weave } from '../lib/analysis/types.js';
import { parseArgs, resolveFormat } from './args.js';
import {
	errorText,
	formatSkipped,
	plural as count,
	readInputs,
	STDIN,
	UsageError
} from './files.js';

/** Usage line for `fivefold weave`. */
export const WEAVE_USAGE =
	'usage: fivefold weave FILE|DIR|-… [--format text|json] [--json] [--today YYYY-MM-DD] [--stdin-filename NAME]';

/** Largest strategy read, in bytes. */
const MAX_FILE_BYTES = 2_000_000;
/** Most files read in one run. */
const MAX_FILES = 200;
const FORMATS = ['text', 'json'] as const;

const plural = (n: number, word: string) =>
	count(n, word, word.endsWith('y') ? word.slice(0, -1) + 'ies' : word + 's');

/** The readable report: horizon, contradictions, pairs worth comparing, threads with evidence and prompts. */
export function formatWeave(result: Weave, docCount: number): string {
	const lines: string[] = [];
	const { horizon } = result;
	lines.push(
		`${plural(docCount, 'strategy')}: ${plural(result.policies.length, 'policy')}, ` +
			`${plural(result.threads.length, 'thread')}, ${plural(result.contradictions.length, 'contradiction')}`
	);
	lines.push(
		`Horizon: ${horizon.from} to ${horizon.to} (two to three years from ${horizon.today})`
	);
	if (docCount < 2)
		lines.push('Threads and contradictions need two or more strategies (five is the target).');
	if (result.contradictions.length) {
		lines.push('', 'Contradictions (resolve each before the vision)');
		result.contradictions.forEach((c, i) => {
			lines.push('');
			lines.push(`${i + 1}. ${c.topic} (${c.kind})`);
			lines.push(`   why: ${c.why}`);
			lines.push(`   ${c.a.doc}:${c.a.line}  ${c.a.text}`);
			lines.push(`   ${c.b.doc}:${c.b.line}  ${c.b.text}`);
		});
	}
	if (result.toCompare.length) {
		lines.push('', 'Worth comparing (one topic, not judged by the engine: read both sides)');
		result.toCompare.forEach((pair, i) => {
			lines.push('');
			const numbers = pair.numbers ? ' · numbers on both sides' : '';
			lines.push(`${i + 1}. ${pair.terms.slice(0, 3).join(', ')}${numbers}`);
			if (pair.differences?.length) lines.push(`   differ: ${pair.differences.join('; ')}`);
			lines.push(`   ${pair.a.doc}:${pair.a.line}  ${pair.a.text}`);
			lines.push(`   ${pair.b.doc}:${pair.b.line}  ${pair.b.text}`);
		});
	}
	if (result.threads.length) lines.push('', 'Threads');
	const prompts = new Map(result.prompts.map((p) => [p.thread, p]));
	result.threads.forEach((t, i) => {
		lines.push('');
		lines.push(`${i + 1}. ${t.summary}`);
		lines.push(
			`   ${t.docs.length} of ${docCount} strategies${t.controversial ? ' · CONTRADICTED' : ''}`
		);
		for (const r of t.rationale.slice(0, 3)) lines.push(`   why: ${r}`);
		if (t.tradeoffs.length) lines.push(`   tradeoffs: ${t.tradeoffs.slice(0, 4).join('; ')}`);
		for (const e of t.evidence)
			lines.push(`   ${e.doc}:${e.line}${e.section ? ` (${e.section})` : ''}  ${e.text}`);
		const p = prompts.get(t.id);
		if (p) for (const q of p.questions) lines.push(`   ? ${q}`);
	});
	return lines.join('\n') + '\n';
}

/** `fivefold weave FILE|DIR|-… [--format text|json] [--today YYYY-MM-DD]`. Returns the exit code. */
export async function runWeave(
	args: string[],
	out: (s: string) => void = (s) => process.stdout.write(s),
	err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	let docs: NamedDoc[];
	let format: (typeof FORMATS)[number];
	let today: string | undefined;
	try {
		const parsed = parseArgs(args, {
			values: ['--format', '--today', '--stdin-filename'],
			booleans: ['--json']
		});
		format = resolveFormat(parsed, FORMATS);
		today = parsed.values['--today'];
		if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))
			throw new UsageError(`--today must be YYYY-MM-DD, not ${today}`);
		if (!parsed.paths.length) throw new UsageError('no files given (use - for standard input)');
		const { files, skipped } = await readInputs(parsed.paths, {
			maxBytes: MAX_FILE_BYTES,
			maxFiles: MAX_FILES
		});
		err(formatSkipped('weave', skipped));
		const stdinName = parsed.values['--stdin-filename'] ?? '<stdin>';
		docs = files.map((f) => ({ name: f.path === STDIN ? stdinName : f.path, markdown: f.text }));
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(errorText('weave', e, WEAVE_USAGE));
		return 2;
	}
	let result: Weave;
	try {
		result = weave(docs, { today });
	} catch (e) {
		if (!(e instanceof RangeError)) throw e;
		err(errorText('weave', new UsageError(e.message.replace(/^weave: /, '')), WEAVE_USAGE));
		return 2;
	}
	out(
		format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatWeave(result, docs.length)
	);
	return 0;
}
