/**
 * Reading the Markdown files a CLI command was given: files as named, directories searched
 * recursively for .md and .markdown files (hidden folders and node_modules skipped).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** A usage or input problem: the command prints the message and exits 2. */
export class UsageError extends Error {}

/** Largest file read, in bytes: far beyond any real document, small enough to stay fast. */
export const MAX_FILE_BYTES = 5_000_000;

const MARKDOWN = /\.(?:md|markdown)$/i;

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

/** Expand paths to Markdown files, in order, without duplicates. Throws UsageError. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
	const out: string[] = [];
	for (const p of paths) {
		let info;
		try {
			info = await stat(p);
		} catch {
			throw new UsageError(`cannot read ${p}: no such file or directory`);
		}
		if (info.isDirectory()) {
			const found = await markdownIn(p);
			if (!found.length) throw new UsageError(`no Markdown files (.md, .markdown) in ${p}`);
			out.push(...found);
		} else out.push(p);
	}
	return [...new Set(out)];
}

/** Read a text file, refusing binary, non-UTF-8 and oversized files with a clear message. */
export async function readText(file: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
	let buf: Buffer;
	try {
		const info = await stat(file);
		if (info.size > maxBytes)
			throw new UsageError(
				`${file} is too large: ${info.size.toLocaleString('en')} bytes (limit ${maxBytes.toLocaleString('en')})`
			);
		buf = await readFile(file);
	} catch (e) {
		if (e instanceof UsageError) throw e;
		throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
	}
	if (buf.includes(0)) throw new UsageError(`${file} looks binary, not Markdown`);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
	} catch {
		throw new UsageError(`${file} is not valid UTF-8 text`);
	}
}
