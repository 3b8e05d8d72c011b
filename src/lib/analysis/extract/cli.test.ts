// Tests of `fivefold extract` (src/cli/extract.ts). They live beside the engine module because
// that file's folder belongs to the CLI dispatcher.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeTempDirs, tempDir } from '../../../cli/temp-dirs.js';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../../cli/extract.js';

afterAll(removeTempDirs);

let dir: string;
let out: string;
let err: string;

beforeEach(() => {
	dir = tempDir('fivefold-extract-');
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const write = (name: string, content: string | Buffer) => {
	const file = path.join(dir, name);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, content);
	return file;
};

describe('fivefold extract', () => {
	it('reports recurring decisions with "n of m docs" and path:line evidence', async () => {
		write('design/a.md', '## Decision\n\nWe keep PostgreSQL as the system of record for orders.\n');
		write(
			'design/b.md',
			'## Proposal\n\nInvoices stay in Postgres, the system of record, rather than DynamoDB.\n'
		);
		expect(await runExtract([path.join(dir, 'design')])).toBe(0);
		expect(out).toMatch(/2 design docs: 1 recurring decision/);
		expect(out).toMatch(/2 of 2 docs/);
		expect(out).toMatch(/a\.md:3 \(Decision\)/);
	});

	it('prints the Extraction as JSON with --json', async () => {
		const a = write('a.md', '## Decision\n\nWe will write the scheduler in Go.\n');
		expect(await runExtract([a, '--json'])).toBe(0);
		const json = JSON.parse(out);
		expect(json.decisions[0].evidence[0]).toMatchObject({ doc: a, line: 3, section: 'Decision' });
	});

	it.each([
		['no arguments', () => [], /no files given/],
		['a missing file', () => [path.join(dir, 'nope.md')], /cannot read/],
		['a binary file', () => [write('x.md', Buffer.from([0x89, 0x50, 0x00, 0x01]))], /binary/],
		['invalid UTF-8', () => [write('y.md', Buffer.from([0x61, 0xff, 0xfe, 0x62]))], /UTF-8/],
		['a huge file', () => [write('z.md', 'a'.repeat(2_000_001))], /too large/],
		[
			'a folder without Markdown',
			() => [(mkdirSync(path.join(dir, 'empty')), path.join(dir, 'empty'))],
			/no Markdown/
		],
		['an unknown option', () => ['--frobnicate'], /unknown option/]
	])('exits 2 with a clear message on %s', async (_, args, message) => {
		expect(await runExtract(args())).toBe(2);
		expect(err).toMatch(message);
		expect(out).toBe('');
	});
});
