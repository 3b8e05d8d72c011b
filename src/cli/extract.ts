/**
 * `fivefold extract FILE|DIR… [--json]`: design docs → recurring decisions, as a readable
 * ranked report or as the `Extraction` JSON. Directories are searched for Markdown files.
 * Exit codes: 0 on success, 2 on bad usage or unreadable input (nothing is printed to stdout).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { extract, type ExtractionResult } from '../lib/analysis/extract/index.js';
import type { NamedDoc } from '../lib/analysis/types.js';

/** Largest design doc read, in bytes: far beyond any real design doc, small enough to stay fast. */
export const MAX_FILE_BYTES = 2_000_000;
/** Most files read in one run. */
export const MAX_FILES = 500;

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const USAGE = 'usage: fivefold extract FILE|DIR… [--json]';

class InputError extends Error {}

async function markdownIn(dir: string): Promise<string[]> {
	const out: string[] = [];
	const entries = await readdir(dir, { withFileTypes: true });
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const e of entries) {
		if (e.name.startsWith('.') || e.name === 'node_modules') continue;
		const full = path.join(dir, e.name);
		if (e.isDirectory()) out.push(...(await markdownIn(full)));
		else if (e.isFile() && MARKDOWN.test(e.name)) out.push(full);
	}
	return out;
}

/** Read one file as UTF-8 Markdown, refusing binary, non-UTF-8 and oversized files. */
async function readDoc(file: string): Promise<NamedDoc> {
	let bytes: Buffer;
	try {
		const info = await stat(file);
		if (info.size > MAX_FILE_BYTES)
			throw new InputError(
				`${file}: ${info.size.toLocaleString('en')} bytes is too large (limit ${MAX_FILE_BYTES.toLocaleString('en')})`
			);
		bytes = await readFile(file);
	} catch (e) {
		if (e instanceof InputError) throw e;
		throw new InputError(
			`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`
		);
	}
	if (bytes.includes(0)) throw new InputError(`${file}: looks binary, not Markdown`);
	let markdown: string;
	try {
		markdown = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${file}: not valid UTF-8 text`);
	}
	return { name: file, markdown: markdown.replace(/^\uFEFF/, '') };
}

/** Expand FILE|DIR arguments into documents named by their path as given. */
export async function readInputs(args: string[]): Promise<NamedDoc[]> {
	const files: string[] = [];
	for (const arg of args) {
		let info;
		try {
			info = await stat(arg);
		} catch (e) {
			throw new InputError(
				`${arg}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`
			);
		}
		if (info.isDirectory()) {
			const found = await markdownIn(arg);
			if (!found.length) throw new InputError(`${arg}: no Markdown files (.md) in this directory`);
			files.push(...found);
		} else files.push(arg);
	}
	const unique = [...new Set(files)];
	if (unique.length > MAX_FILES)
		throw new InputError(`${unique.length} files is too many (limit ${MAX_FILES})`);
	return Promise.all(unique.map(readDoc));
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
		if (!(e instanceof InputError)) throw e;
		process.stderr.write(`fivefold extract: ${e.message}\n`);
		return 2;
	}
	const result = extract(docs);
	process.stdout.write(
		json ? JSON.stringify(result, null, 2) + '\n' : formatExtraction(result, docs.length)
	);
	return 0;
}
