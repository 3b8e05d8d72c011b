/**
 * Reading the Markdown files a CLI command was given.
 *
 * - Files are read as named; directories are searched recursively for .md and .markdown files
 *   (hidden folders and node_modules skipped). Symlinks inside a directory are followed, a
 *   symlinked folder that leads back to one of its ancestors is reported as a symlink loop.
 * - `-` reads standard input (once).
 * - Every read stops at a byte cap, whatever `stat` says (devices and pipes report size 0):
 *   `/dev/zero` stops at the cap, a named pipe (FIFO) is read without blocking and given up
 *   after `PIPE_IDLE_TIMEOUT_MS` without data (no writer), a terminal or socket is refused.
 * - Text is UTF-8 (a BOM is dropped) or UTF-16 LE/BE with a BOM; anything else is refused.
 * - At most `READ_CONCURRENCY` files are open at once, so hundreds of files work under a low
 *   `ulimit -n`.
 * - A file named on the command line that cannot be read is an input error (exit 2). A file
 *   found inside a directory that cannot be read (binary, too large, unreadable, a broken
 *   symlink or a symlink loop) is reported as skipped and the run goes on.
 */
import fs, { constants, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import tty from 'node:tty';
import { promisify } from 'node:util';

const openFd = promisify(fs.open);
const fstat = promisify(fs.fstat);
const readFd = promisify(fs.read);
const closeFd = promisify(fs.close);

/** A usage or input problem: the command prints the message and exits 2. */
export class UsageError extends Error {}

/** An input that cannot be read: exit 2 like a usage error, without the usage line. */
export class InputError extends UsageError {}

/** Largest file read, in bytes: far beyond any real document, small enough to stay fast. */
export const MAX_FILE_BYTES = 5_000_000;

/** Most files open at once. */
export const READ_CONCURRENCY = 16;

/** How long a named pipe may stay silent (no writer, or a stalled one) before it is given up. */
export const PIPE_IDLE_TIMEOUT_MS = 10_000;

/** The argument that means standard input. */
export const STDIN = '-';

const MARKDOWN = /\.(?:md|markdown)$/i;

/** One file to read: its path as shown in reports, and whether the user named it. */
export interface Input {
	path: string;
	/** Named on the command line (an error there stops the run) or found in a directory. */
	explicit: boolean;
}

/** A file or folder found in a directory that could not be read, and why. */
export interface Skipped {
	path: string;
	reason: string;
}

/** A read document. */
export interface TextFile {
	path: string;
	text: string;
	/** Named on the command line rather than found in a directory. */
	explicit: boolean;
}

/** What a set of arguments expands to. */
export interface Expansion {
	inputs: Input[];
	skipped: Skipped[];
}

/** A short, human reason for a file-system error, without a stack trace. */
export function describeError(e: unknown): string {
	const code = (e as NodeJS.ErrnoException)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or directory';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'symlink loop';
		case 'ENOTDIR':
			return 'not a directory (a part of the path is a file)';
		case 'EISDIR':
			return 'is a directory';
		case 'ENXIO':
			return 'a socket or a device with nothing behind it, not a file';
		case 'EAGAIN':
			return 'no data without waiting (a terminal or device): use - to read standard input';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many open files';
		case 'ENAMETOOLONG':
			return 'name too long';
		case 'EIO':
			return 'input/output error';
	}
	const message = e instanceof Error ? e.message : String(e);
	return code ? `${code}: ${message.replace(/^[A-Z]+: /, '')}` : message;
}

async function markdownIn(
	dir: string,
	ancestors: Set<string>,
	out: Expansion,
	seen: Map<string, string>
): Promise<void> {
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch (e) {
		out.skipped.push({ path: dir, reason: `cannot read directory: ${describeError(e)}` });
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const e of entries) {
		if (e.name.startsWith('.') || e.name === 'node_modules') continue;
		const full = path.join(dir, e.name);
		let isDir = e.isDirectory();
		let isFile = e.isFile();
		if (e.isSymbolicLink()) {
			let target: Stats;
			try {
				target = await stat(full);
			} catch (err) {
				const code = (err as NodeJS.ErrnoException).code;
				// A dangling link to something that is not Markdown is not worth a word.
				if (code === 'ENOENT' && !MARKDOWN.test(e.name)) continue;
				out.skipped.push({
					path: full,
					reason: code === 'ENOENT' ? 'broken symlink (its target is missing)' : describeError(err)
				});
				continue;
			}
			isDir = target.isDirectory();
			isFile = !isDir;
		}
		if (isDir) await walk(full, ancestors, out, seen);
		else if (isFile && MARKDOWN.test(e.name)) out.inputs.push({ path: full, explicit: false });
	}
}

async function walk(
	dir: string,
	ancestors: Set<string>,
	out: Expansion,
	seen: Map<string, string>
): Promise<void> {
	let real: string;
	try {
		real = await realpath(dir);
	} catch (e) {
		out.skipped.push({ path: dir, reason: describeError(e) });
		return;
	}
	if (ancestors.has(real)) {
		out.skipped.push({ path: dir, reason: `symlink loop (leads back to ${real})` });
		return;
	}
	const first = seen.get(real);
	if (first !== undefined) {
		out.skipped.push({ path: dir, reason: `same folder as ${first}, already searched` });
		return;
	}
	seen.set(real, dir);
	ancestors.add(real);
	await markdownIn(dir, ancestors, out, seen);
	ancestors.delete(real);
}

/**
 * Expand arguments to the files to read, in order, without duplicates. A missing or unreadable
 * argument, a directory without Markdown and a second `-` throw UsageError; problems found
 * inside directories are returned in `skipped`.
 */
export async function expandPaths(paths: readonly string[]): Promise<Expansion> {
	const out: Expansion = { inputs: [], skipped: [] };
	const seen = new Map<string, string>();
	let stdin = false;
	for (const p of paths) {
		if (p === STDIN) {
			if (stdin) throw new UsageError('- (standard input) can be given only once');
			stdin = true;
			out.inputs.push({ path: STDIN, explicit: true });
			continue;
		}
		let info: Stats;
		try {
			info = await stat(p);
		} catch (e) {
			throw new InputError(`cannot read ${p}: ${describeError(e)}`);
		}
		if (!info.isDirectory()) {
			out.inputs.push({ path: p, explicit: true });
			continue;
		}
		try {
			await readdir(p);
		} catch (e) {
			throw new InputError(`cannot read directory ${p}: ${describeError(e)}`);
		}
		const before = out.inputs.length;
		const skippedBefore = out.skipped.length;
		await walk(p, new Set(), out, seen);
		if (out.inputs.length === before && out.skipped.length === skippedBefore)
			throw new InputError(`no Markdown files (.md, .markdown) in ${p}`);
	}
	const unique = new Map<string, Input>();
	for (const input of out.inputs) if (!unique.has(input.path)) unique.set(input.path, input);
	return { inputs: [...unique.values()], skipped: out.skipped };
}

function tooLarge(name: string, maxBytes: number, size?: number): UsageError {
	const limit = maxBytes.toLocaleString('en');
	return new InputError(
		size === undefined
			? `${name} is too large: more than ${limit} bytes (the limit)`
			: `${name} is too large: ${size.toLocaleString('en')} bytes (limit ${limit})`
	);
}

/** Read a stream up to `maxBytes`, giving up after `idleMs` without data (0: wait forever). */
function readStream(
	stream: NodeJS.ReadableStream & { destroy(): void },
	name: string,
	maxBytes: number,
	idleMs: number
): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const finish = (error?: Error) => {
			if (timer) clearTimeout(timer);
			stream.removeAllListeners('data');
			stream.removeAllListeners('end');
			stream.removeAllListeners('error');
			stream.on('error', () => {});
			if (error) {
				stream.destroy();
				reject(error);
			} else resolve(Buffer.concat(chunks));
		};
		const arm = () => {
			if (!idleMs) return;
			if (timer) clearTimeout(timer);
			timer = setTimeout(
				() =>
					finish(
						new InputError(
							`cannot read ${name}: no data for ${idleMs / 1000} s (a named pipe with no writer?)`
						)
					),
				idleMs
			);
		};
		arm();
		stream.on('data', (chunk: Buffer | string) => {
			const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += buf.length;
			if (size > maxBytes) return finish(tooLarge(name, maxBytes));
			chunks.push(buf);
			arm();
		});
		stream.on('end', () => finish());
		stream.on('error', (e: Error) =>
			finish(new InputError(`cannot read ${name}: ${describeError(e)}`))
		);
	});
}

async function readAll(fd: number, name: string, maxBytes: number, size: number): Promise<Buffer> {
	// Read one byte past the cap to tell "exactly at the limit" from "over it"; never trust
	// `size` (0 for /dev/zero and for files under /proc).
	const buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024)));
	const chunks: Buffer[] = [];
	let total = 0;
	let current = buf;
	let filled = 0;
	for (;;) {
		if (filled === current.length) {
			chunks.push(current);
			const room = maxBytes + 1 - total;
			if (room <= 0) break;
			current = Buffer.alloc(Math.min(room, Math.max(current.length * 2, 64 * 1024)));
			filled = 0;
		}
		const { bytesRead } = await readFd(fd, current, filled, current.length - filled, null);
		if (bytesRead === 0) break;
		filled += bytesRead;
		total += bytesRead;
		if (total > maxBytes) throw tooLarge(name, maxBytes);
	}
	if (filled) chunks.push(current.subarray(0, filled));
	return Buffer.concat(chunks);
}

/** Read standard input up to `maxBytes`. */
export function readStdinBytes(maxBytes = MAX_FILE_BYTES): Promise<Buffer> {
	return readStream(process.stdin, 'standard input', maxBytes, 0);
}

/** Read a file's bytes up to `maxBytes`, whatever kind of file it is. Throws UsageError. */
export async function readBytes(
	file: string,
	maxBytes = MAX_FILE_BYTES,
	pipeIdleMs = PIPE_IDLE_TIMEOUT_MS
): Promise<Buffer> {
	if (file === STDIN) return readStdinBytes(maxBytes);
	let fd: number;
	try {
		// Non-blocking, so that opening a named pipe with no writer returns at once.
		fd = await openFd(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (e) {
		throw new InputError(`cannot read ${file}: ${describeError(e)}`);
	}
	let handed = false;
	try {
		const info = await fstat(fd);
		if (info.isDirectory()) throw new InputError(`cannot read ${file}: is a directory`);
		if (info.isSocket()) throw new InputError(`cannot read ${file}: a socket, not a file`);
		if (tty.isatty(fd))
			throw new InputError(
				`cannot read ${file}: a terminal, not a file (use - to read standard input)`
			);
		if (info.isFIFO()) {
			// A pipe: read it like standard input, with a timeout for a pipe nobody writes to.
			// The socket owns the descriptor from here and closes it.
			handed = true;
			const socket = new net.Socket({ fd, readable: true, writable: false });
			try {
				return await readStream(socket, file, maxBytes, pipeIdleMs);
			} finally {
				socket.destroy();
			}
		}
		if (info.isFile() && info.size > maxBytes) throw tooLarge(file, maxBytes, info.size);
		return await readAll(fd, file, maxBytes, info.isFile() ? info.size : 0);
	} catch (e) {
		if (e instanceof UsageError) throw e;
		throw new InputError(`cannot read ${file}: ${describeError(e)}`);
	} finally {
		if (!handed) await closeFd(fd).catch(() => {});
	}
}

/**
 * Decode a document: UTF-8 (a BOM is dropped) or UTF-16 LE/BE with a BOM. Refuses binary
 * content (NUL characters) and invalid text. Throws UsageError.
 */
export function decodeText(buf: Buffer, name: string): string {
	let encoding = 'utf-8';
	let body: Uint8Array = buf;
	if (buf[0] === 0xff && buf[1] === 0xfe) [encoding, body] = ['utf-16le', buf.subarray(2)];
	else if (buf[0] === 0xfe && buf[1] === 0xff) [encoding, body] = ['utf-16be', buf.subarray(2)];
	else if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) body = buf.subarray(3);
	if (encoding === 'utf-8' && body.includes(0))
		throw new InputError(`${name} looks binary, not Markdown`);
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		throw new InputError(
			encoding === 'utf-8'
				? `${name} is not valid UTF-8 text (UTF-16 needs a byte-order mark)`
				: `${name} is not valid ${encoding.toUpperCase()} text`
		);
	}
	if (text.includes('\u0000')) throw new InputError(`${name} looks binary, not Markdown`);
	return text;
}

/** Read a text file (or `-`), refusing binary, undecodable and oversized input. */
export async function readText(
	file: string,
	maxBytes = MAX_FILE_BYTES,
	pipeIdleMs = PIPE_IDLE_TIMEOUT_MS
): Promise<string> {
	const name = file === STDIN ? 'standard input' : file;
	return decodeText(await readBytes(file, maxBytes, pipeIdleMs), name);
}

/** Map over items with at most `limit` promises pending at once, keeping the order. */
export async function mapLimit<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i], i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/** Options for `readInputs`. */
export interface ReadOptions {
	maxBytes?: number;
	/** Most files one run reads (more is a usage error). */
	maxFiles?: number;
	pipeIdleMs?: number;
}

/** What `readInputs` returns: the documents read, and what was skipped and why. */
export interface ReadResult {
	files: TextFile[];
	skipped: Skipped[];
}

/**
 * Expand arguments and read every document, at most `READ_CONCURRENCY` at a time. An argument
 * that cannot be read throws UsageError (all such problems in one message); a file found in a
 * directory that cannot be read is skipped and listed. Throws when nothing readable is left.
 */
export async function readInputs(
	args: readonly string[],
	options: ReadOptions = {}
): Promise<ReadResult> {
	const { maxBytes = MAX_FILE_BYTES, maxFiles = Infinity, pipeIdleMs } = options;
	const { inputs, skipped } = await expandPaths(args);
	if (inputs.length > maxFiles)
		throw new UsageError(`${inputs.length} files is too many (limit ${maxFiles})`);
	const read = await mapLimit(inputs, READ_CONCURRENCY, async (input) => {
		try {
			return { input, text: await readText(input.path, maxBytes, pipeIdleMs) };
		} catch (e) {
			if (!(e instanceof UsageError)) throw e;
			return { input, error: e };
		}
	});
	const fatal = read.filter((r) => r.error && r.input.explicit).map((r) => r.error!.message);
	if (fatal.length) throw new InputError(fatal.join('\n'));
	const files: TextFile[] = [];
	for (const r of read) {
		if (r.error)
			skipped.push({ path: r.input.path, reason: stripName(r.error.message, r.input.path) });
		else files.push({ path: r.input.path, text: r.text!, explicit: r.input.explicit });
	}
	if (!files.length)
		throw new InputError(
			`no readable Markdown files: ${skipped.map((s) => `${s.path} (${s.reason})`).join('; ')}`
		);
	return { files, skipped };
}

/** "cannot read X: reason" or "X looks binary" → the reason alone, for the skipped list. */
function stripName(message: string, name: string): string {
	if (message.startsWith(`cannot read ${name}: `))
		return message.slice(`cannot read ${name}: `.length);
	if (message.startsWith(`${name} `)) return message.slice(name.length + 1);
	return message;
}

/** Plural: `plural(1, 'error')` → "1 error", `plural(2, 'error')` → "2 errors". */
export function plural(n: number, word: string, many = `${word}s`): string {
	return `${n} ${n === 1 ? word : many}`;
}

/** The skipped list as lines for stderr ("" when nothing was skipped). */
export function formatSkipped(command: string, skipped: readonly Skipped[]): string {
	return skipped.map((s) => `fivefold ${command}: skipped ${s.path}: ${s.reason}\n`).join('');
}

/**
 * A usage or input error as stderr lines, each prefixed with the command; the usage line
 * follows a usage error (not an unreadable input).
 */
export function errorText(command: string, e: Error, usage: string): string {
	const lines = e.message.split('\n').map((l) => `fivefold ${command}: ${l}\n`);
	return lines.join('') + (e instanceof InputError ? '' : `${usage}\n`);
}
