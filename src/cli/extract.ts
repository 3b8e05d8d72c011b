/**
 * `fivefold extract FILE|DIR|-… [--format text|json]`: design docs → recurring decisions, as a
 * readable ranked report or as the `Extraction` JSON (`--json` is `--format json`). Directories
 * are searched for Markdown files; files in them that cannot be read are reported as skipped.
 * Exit codes: 0 on success, 2 on bad usage or unreadable input (nothing is printed to stdout).
 */
import { extract, type ExtractionResult } from '../lib/analysis/extract/index.js';
import type { NamedDoc } from '../lib/analysis/types.js';
import { parseArgs, resolveFormat } from './args.js';
import {
	errorText,
	formatSkipped,
	plural,
	readInputs as readFiles,
	STDIN,
	UsageError
} from './files.js';

/** Largest design doc read, in bytes: far beyond any real design doc, small enough to stay fast. */
export const MAX_FILE_BYTES = 2_000_000;
/** Most files read in one run. */
export const MAX_FILES = 500;

const FORMATS = ['text', 'json'] as const;

/** Usage line for `fivefold extract`. */
export const EXTRACT_USAGE =
	'usage: fivefold extract FILE|DIR|-… [--format text|json] [--json] [--stdin-filename NAME]';

/**
 * Expand FILE|DIR|- arguments into documents named by their path as given (`stdinName` for
 * `-`), with what was skipped in directories reported through `err`. Throws UsageError.
 */
export async function readInputs(
	args: string[],
	err: (s: string) => void = (s) => process.stderr.write(s),
	stdinName = '<stdin>'
): Promise<NamedDoc[]> {
	const { files, skipped } = await readFiles(args, {
		maxBytes: MAX_FILE_BYTES,
		maxFiles: MAX_FILES
	});
	err(formatSkipped('extract', skipped));
	return files.map((f) => ({ name: f.path === STDIN ? stdinName : f.path, markdown: f.text }));
}

/** The readable report: ranked recurring decisions with evidence, then one-off decisions. */
export function formatExtraction(result: ExtractionResult, docCount: number): string {
	const recurring = result.decisions.filter((d) => !d.oneOff);
	const oneOff = result.decisions.filter((d) => d.oneOff);
	const lines: string[] = [];
	lines.push(
		`${plural(docCount, 'design doc')}: ${plural(recurring.length, 'recurring decision')}, ${oneOff.length} one-off`
	);
	if (docCount < 2)
		lines.push('Decisions recur across documents: give two or more (five is the target).');
	recurring.forEach((d, i) => {
		lines.push('');
		lines.push(`${i + 1}. ${d.summary}`);
		const tags = [`${d.docs.length} of ${docCount} docs`, d.commitment];
		if (d.controversial) tags.splice(1, 0, 'CONTESTED');
		lines.push(`   ${tags.join(' · ')}`);
		for (const r of d.rationale.slice(0, 3)) lines.push(`   why: ${r}`);
		if (d.alternatives.length) lines.push(`   rejected: ${d.alternatives.slice(0, 4).join('; ')}`);
		for (const e of d.evidence)
			lines.push(`   ${e.doc}:${e.line}${e.section ? ` (${e.section})` : ''}  ${e.text}`);
	});
	if (oneOff.length) {
		lines.push('', 'One-off decisions');
		for (const d of oneOff) {
			const e = d.evidence[0];
			lines.push(`   ${e.doc}:${e.line}  ${e.text}`);
		}
	}
	return lines.join('\n') + '\n';
}

/** `fivefold extract FILE|DIR|-… [--format text|json]`. Returns the exit code. */
export async function runExtract(
	args: string[],
	out: (s: string) => void = (s) => process.stdout.write(s),
	err: (s: string) => void = (s) => process.stderr.write(s)
): Promise<number> {
	let docs: NamedDoc[];
	let format: (typeof FORMATS)[number];
	try {
		const parsed = parseArgs(args, {
			values: ['--format', '--stdin-filename'],
			booleans: ['--json']
		});
		format = resolveFormat(parsed, FORMATS);
		if (!parsed.paths.length) throw new UsageError('no files given (use - for standard input)');
		docs = await readInputs(parsed.paths, err, parsed.values['--stdin-filename']);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(errorText('extract', e, EXTRACT_USAGE));
		return 2;
	}
	const result = extract(docs);
	out(
		format === 'json'
			? JSON.stringify(result, null, 2) + '\n'
			: formatExtraction(result, docs.length)
	);
	return 0;
}
