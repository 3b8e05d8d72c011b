import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	decodeText,
	describeError,
	expandPaths,
	InputError,
	mapLimit,
	plural,
	readInputs,
	readText,
	UsageError
} from './files.js';

let dir: string;
const doc = '# Title\n\nSome text, naïve café — ✓.\n';
const at = (...parts: string[]) => path.join(dir, ...parts);
const write = (name: string, content: string | Buffer) => {
	mkdirSync(path.dirname(at(name)), { recursive: true });
	writeFileSync(at(name), content);
	return at(name);
};
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'fivefold-files-'));
});
afterAll(() => {
	try {
		chmodSync(at('tree', 'locked'), 0o755);
	} catch {
		// not created on this run
	}
	rmSync(dir, { recursive: true, force: true });
});

describe('readText: a byte cap whatever stat says', () => {
	it.runIf(process.platform === 'linux')(
		'stops /dev/zero at the cap with a clear error (stat size is 0)',
		async () => {
			await expect(readText('/dev/zero', 1000)).rejects.toThrow(
				'/dev/zero is too large: more than 1,000 bytes (the limit)'
			);
		}
	);

	it('refuses a regular file over the cap before reading it, naming its size', async () => {
		const file = write('big.md', 'a'.repeat(2001));
		await expect(readText(file, 2000)).rejects.toThrow(
			/big\.md is too large: 2,001 bytes \(limit 2,000\)/
		);
		expect(await readText(write('exact.md', 'a'.repeat(2000)), 2000)).toHaveLength(2000);
	});

	it.runIf(process.platform !== 'win32')(
		'gives up on a named pipe with no writer after the idle timeout instead of hanging',
		async () => {
			const fifo = at('no-writer.fifo');
			execFileSync('mkfifo', [fifo]);
			const started = Date.now();
			await expect(readText(fifo, 1000, 300)).rejects.toThrow(
				/cannot read .*no-writer\.fifo: no data for 0\.3 s \(a named pipe with no writer\?\)/
			);
			expect(Date.now() - started).toBeLessThan(5000);
		}
	);

	it.runIf(process.platform !== 'win32')('reads a named pipe that has a writer', async () => {
		const fifo = at('writer.fifo');
		execFileSync('mkfifo', [fifo]);
		const writer = spawn('sh', ['-c', `sleep 0.2; printf '# Piped\\n' > "${fifo}"`]);
		expect(await readText(fifo, 1000, 5000)).toBe('# Piped\n');
		writer.kill();
	});

	it.runIf(process.platform !== 'win32')('caps a named pipe that sends too much', async () => {
		const fifo = at('flood.fifo');
		execFileSync('mkfifo', [fifo]);
		const writer = spawn('sh', ['-c', `head -c 100000 /dev/zero | tr '\\0' a > "${fifo}"`]);
		await expect(readText(fifo, 1000, 5000)).rejects.toThrow(/too large: more than 1,000 bytes/);
		writer.kill();
	});

	it('names a directory', async () => {
		await expect(readText(dir)).rejects.toThrow(/is a directory/);
	});
});

describe('decodeText', () => {
	const bom16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]);
	const be = Buffer.from(doc, 'utf16le');
	be.swap16();
	const bom16be = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
	it.each([
		['UTF-8', Buffer.from(doc)],
		['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)])],
		['UTF-16 LE with a BOM', bom16le],
		['UTF-16 BE with a BOM', bom16be]
	])('reads %s', (_, buf) => {
		expect(decodeText(buf, 'x.md')).toBe(doc);
	});

	it.each([
		['NUL bytes', Buffer.from([0x23, 0x00, 0x01]), /x\.md looks binary, not Markdown/],
		['UTF-16 without a BOM', Buffer.from(doc, 'utf16le'), /looks binary/],
		['invalid UTF-8', Buffer.from([0x61, 0xff, 0x62]), /not valid UTF-8 text/],
		[
			'a lone surrogate in UTF-16',
			Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
			/not valid UTF-16LE text/
		],
		['a NUL character in UTF-16', Buffer.from([0xff, 0xfe, 0x00, 0x00]), /looks binary/]
	])('refuses %s', (_, buf, message) => {
		expect(() => decodeText(buf, 'x.md')).toThrow(message);
	});
});

describe('expandPaths and readInputs', () => {
	beforeAll(() => {
		write('tree/a.md', doc);
		write('tree/notes.txt', 'not markdown');
		write('tree/binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		write('tree/.hidden/skip.md', doc);
		write('tree/node_modules/skip.md', doc);
		write('outside/target.md', doc);
		symlinkSync(at('outside', 'target.md'), at('tree', 'linked.md'));
		symlinkSync(at('outside'), at('tree', 'linked-dir'));
		mkdirSync(at('tree', 'sub'));
		symlinkSync('..', at('tree', 'sub', 'up'));
		symlinkSync('self.md', at('tree', 'self.md'));
		symlinkSync('missing.md', at('tree', 'dangling.md'));
		symlinkSync('missing.txt', at('tree', 'dangling.txt'));
		symlinkSync('loop-b.md', at('loop-a.md'));
		symlinkSync('loop-a.md', at('loop-b.md'));
	});

	it('follows symlinked files and folders, reports loops and broken links, never skips silently', async () => {
		const { inputs, skipped } = await expandPaths([at('tree')]);
		expect(inputs.map((i) => path.relative(dir, i.path))).toEqual([
			'tree/a.md',
			'tree/binary.md',
			'tree/linked-dir/target.md',
			'tree/linked.md'
		]);
		expect(inputs.every((i) => !i.explicit)).toBe(true);
		expect(skipped.map((s) => [path.relative(dir, s.path), s.reason])).toEqual([
			['tree/dangling.md', 'broken symlink (its target is missing)'],
			['tree/self.md', 'symlink loop'],
			['tree/sub/up', expect.stringMatching(/^symlink loop \(leads back to /)]
		]);
	});

	it('reports a symlink loop as a symlink loop, not as a missing file', async () => {
		await expect(expandPaths([at('loop-a.md')])).rejects.toThrow(
			/cannot read .*loop-a\.md: symlink loop/
		);
		await expect(expandPaths([at('nope.md')])).rejects.toThrow(
			/nope\.md: no such file or directory/
		);
	});

	it('reports a binary file found in a directory and goes on with the rest', async () => {
		const { files, skipped } = await readInputs([at('tree')]);
		expect(files.map((f) => path.basename(f.path))).toEqual(['a.md', 'target.md', 'linked.md']);
		expect(skipped.map((s) => [path.basename(s.path), s.reason])).toContainEqual([
			'binary.md',
			'looks binary, not Markdown'
		]);
	});

	it('stops on a binary file named on the command line (an input error, exit 2)', async () => {
		const err = await readInputs([at('tree', 'a.md'), at('tree', 'binary.md')]).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toMatch(/binary\.md looks binary/);
	});

	it('refuses a second - and too many files', async () => {
		await expect(expandPaths(['-', '-'])).rejects.toThrow(
			'- (standard input) can be given only once'
		);
		await expect(readInputs([at('tree')], { maxFiles: 2 })).rejects.toThrow(
			/4 files is too many \(limit 2\)/
		);
	});

	it.skipIf(isRoot)(
		'reports an unreadable directory clearly (skipped as root: chmod 000 does not stop root; index.test.ts runs this case as an unprivileged user)',
		async () => {
			write('tree/locked/x.md', doc);
			chmodSync(at('tree', 'locked'), 0o000);
			try {
				await expect(expandPaths([at('tree', 'locked')])).rejects.toThrow(
					/cannot read directory .*locked: permission denied/
				);
				const { skipped } = await expandPaths([at('tree')]);
				expect(skipped).toContainEqual({
					path: at('tree', 'locked'),
					reason: 'cannot read directory: permission denied'
				});
			} finally {
				chmodSync(at('tree', 'locked'), 0o755);
			}
		}
	);
});

describe('helpers', () => {
	it('maps with at most `limit` pending promises, keeping the order', async () => {
		let pending = 0;
		let most = 0;
		const out = await mapLimit(
			Array.from({ length: 50 }, (_, i) => i),
			4,
			async (i) => {
				most = Math.max(most, ++pending);
				await new Promise((r) => setTimeout(r, 1));
				pending--;
				return i * 2;
			}
		);
		expect(most).toBe(4);
		expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
	});

	it.each([
		[{ code: 'ENOENT' }, 'no such file or directory'],
		[{ code: 'EACCES' }, 'permission denied'],
		[{ code: 'ELOOP' }, 'symlink loop'],
		[Object.assign(new Error('EWHAT: odd thing'), { code: 'EWHAT' }), 'EWHAT: odd thing']
	])('describes %j without a stack trace', (e, text) => {
		expect(describeError(e)).toBe(text);
	});

	it('pluralises', () => {
		expect([0, 1, 2].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
	});

	it('keeps usage and input errors apart', () => {
		expect(new InputError('x')).toBeInstanceOf(UsageError);
	});
});
