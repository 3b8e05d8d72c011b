/**
 * `fivefold extract FILE|DIR… [--json]`: design docs → recurring decisions, as a readable
 * ranked report or as the `Extraction` JSON. Directories are searched for Markdown files.
 * Exit codes: 0 on success, 2 on bad usage or unreadable input (nothing is printed to stdout).
 */
import { extract, type ExtractionResult } from '../lib/analysis/extract/index.js';
import type { NamedDoc } from '../lib/analysis/types.js';
import { expandPaths, readText, UsageError } from './files.js';

/** Largest design doc read, in bytes: far beyond any real design doc, small enough to stay fast. */
export const MAX_FILE_BYTES = 2_000_000;
/** Most files read in one run. */
export const MAX_FILES = 500;

const USAGE = 'usage: fivefold extract FILE|DIR… [--json]';

/** Expand FILE|DIR arguments into documents named by their path as given. Throws UsageError. */
export async function readInputs(args: string[]): Promise<NamedDoc[]> {
	const files = await expandPaths(args);
	if (files.length > MAX_FILES)
		throw new UsageError(`${files.length} files is too many (limit ${MAX_FILES})`);
	return Promise.all(
		files.map(async (name) => ({ name, markdown: await readText(name, MAX_FILE_BYTES) }))
	);
}

/** The readable report: ranked recurring decisions with evidence, then one-off decisions. */
export function formatExtraction(result: ExtractionResult, docCount: number): string {
	const recurring = result.decisions.filter((d) => !d.oneOff);
	const oneOff = result.decisions.filter((d) => d.oneOff);
	const lines: string[] = [];
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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

/** `fivefold extract FILE|DIR… [--json]`. Returns the exit code. */
export async function runExtract(args: string[]): Promise<number> {
	const json = args.includes('--json');
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
	if (unknown) {
		process.stderr.write(`fivefold extract: unknown option ${unknown}\n${USAGE}\n`);
		return 2;
	}
	const paths = args.filter((a) => a !== '--json');
	if (!paths.length) {
		process.stderr.write(`fivefold extract: no files given\n${USAGE}\n`);
		return 2;
	}
	let docs: NamedDoc[];
	try {
		docs = await readInputs(paths);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		process.stderr.write(`fivefold extract: ${e.message}\n`);
		return 2;
	}
	const result = extract(docs);
	process.stdout.write(
		json ? JSON.stringify(result, null, 2) + '\n' : formatExtraction(result, docs.length)
	);
	return 0;
}
