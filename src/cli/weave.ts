/**
 * `fivefold weave FILE|DIR… [--json] [--today YYYY-MM-DD]`: strategies → threads,
 * contradictions, the horizon and extrapolation prompts, as a readable report or as the
 * `Weave` JSON. Directories are searched for Markdown files.
 * Exit codes: 0 on success, 2 on bad usage or unreadable input (nothing is printed to stdout).
 */
import { weave } from '../lib/analysis/weave/index.js';
import type { NamedDoc, Weave } from '../lib/analysis/types.js';
import { expandPaths, readText, UsageError } from './files.js';

/** Usage line for `fivefold weave`. */
export const WEAVE_USAGE = 'usage: fivefold weave FILE|DIR… [--json] [--today YYYY-MM-DD]';

/** Largest strategy read, in bytes. */
const MAX_FILE_BYTES = 2_000_000;
/** Most files read in one run. */
const MAX_FILES = 200;

const plural = (n: number, word: string) =>
	`${n} ${n === 1 ? word : word.endsWith('y') ? word.slice(0, -1) + 'ies' : word + 's'}`;

/** The readable report: horizon, threads with evidence and prompts, contradictions. */
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

interface Args {
	paths: string[];
	json: boolean;
	today?: string;
}

function parseArgs(args: string[]): Args {
	const out: Args = { paths: [], json: false };
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--json') out.json = true;
		else if (a === '--today' || a.startsWith('--today=')) {
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
			if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v))
				throw new UsageError(`--today must be YYYY-MM-DD, not ${v ?? 'nothing'}`);
			out.today = v;
		} else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
		else out.paths.push(a);
	}
	if (!out.paths.length) throw new UsageError('no files given');
	return out;
}

/** `fivefold weave FILE|DIR… [--json] [--today YYYY-MM-DD]`. Returns the exit code. */
export async function runWeave(
	args: string[],
	write: (s: string) => void = (s) => process.stdout.write(s),
	error: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		write(`${WEAVE_USAGE}\n`);
		return 0;
	}
	let docs: NamedDoc[];
	let parsed: Args;
	try {
		parsed = parseArgs(args);
		const files = await expandPaths(parsed.paths);
		if (files.length > MAX_FILES)
			throw new UsageError(`${files.length} files is too many (limit ${MAX_FILES})`);
		docs = await Promise.all(
			files.map(async (name) => ({ name, markdown: await readText(name, MAX_FILE_BYTES) }))
		);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		error(`fivefold weave: ${e.message}\n${WEAVE_USAGE}\n`);
		return 2;
	}
	let result: Weave;
	try {
		result = weave(docs, { today: parsed.today });
	} catch (e) {
		if (!(e instanceof RangeError)) throw e;
		error(`fivefold weave: ${e.message.replace(/^weave: /, '')}\n${WEAVE_USAGE}\n`);
		return 2;
	}
	write(parsed.json ? JSON.stringify(result, null, 2) + '\n' : formatWeave(result, docs.length));
	return 0;
}
