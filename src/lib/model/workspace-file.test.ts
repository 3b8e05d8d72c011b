import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { newDoc } from './doc-factory';
import { wrapDoc } from './envelope';
import {
	BACKUP_FILE_NAME,
	docFromMarkdownFile,
	exportWorkspaceJson,
	exportWorkspaceZip,
	importWorkspaceFile,
	MAX_IMPORT_BYTES,
	MAX_MARKDOWN_FILE_BYTES,
	MAX_UNZIPPED_BYTES,
	MAX_ZIP_ENTRIES,
	slugify
} from './workspace-file';
import type { DocKind, WorkspaceData } from './types';

function workspace(): WorkspaceData {
	const a = newDoc('design', { title: 'Queue retries', markdown: '## Problem\n\nJobs *vanish*.' });
	const b = newDoc('design', { title: 'Queue retries', markdown: 'Second doc, same title.' });
	const c = newDoc('strategy', {
		title: 'Data strategy',
		markdown: '- We will use [Postgres](https://postgresql.org).'
	});
	const d = newDoc('vision', { title: '', markdown: '> Two years out.' });
	return { docs: [a, b, c, d], settings: { thresholds: { pages: 2 } } };
}

function expectError(result: { ok: boolean; error?: string }, pattern: RegExp): void {
	expect(result.ok).toBe(false);
	expect((result as { error: string }).error).toMatch(pattern);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exportWorkspaceZip', () => {
	it('holds one Markdown file per document by kind, with unique slugs, plus the backup', () => {
		const ws = workspace();
		const files = unzipSync(exportWorkspaceZip(ws));
		expect(Object.keys(files).sort()).toEqual([
			'design/queue-retries-2.md',
			'design/queue-retries.md',
			BACKUP_FILE_NAME,
			'strategy/data-strategy.md',
			'vision/untitled.md'
		]);
		expect(text(files['design/queue-retries.md'])).toBe(
			'# Queue retries\n\n## Problem\n\nJobs *vanish*.\n'
		);
		expect(text(files['strategy/data-strategy.md'])).toBe(
			'# Data strategy\n\n- We will use [Postgres](https://postgresql.org).\n'
		);
		expect(JSON.parse(text(files[BACKUP_FILE_NAME]))).toEqual(JSON.parse(exportWorkspaceJson(ws)));
	});

	it('exports documents dated before 1980 or after 2099', () => {
		const ws = workspace();
		ws.docs[0] = { ...ws.docs[0], updatedAt: 0 };
		ws.docs[1] = { ...ws.docs[1], updatedAt: 8.64e15 };
		const back = importWorkspaceFile(exportWorkspaceZip(ws), 'w.zip');
		expect(back.ok && back.value.docs).toEqual(ws.docs);
	});

	it('gives the same bytes for the same workspace', () => {
		const ws = workspace();
		expect(exportWorkspaceZip(ws)).toEqual(exportWorkspaceZip(ws));
	});
});

describe('importWorkspaceFile', () => {
	it('reads back an exported zip from its backup', () => {
		const ws = workspace();
		const r = importWorkspaceFile(exportWorkspaceZip(ws), 'export.zip');
		expect(r).toEqual({ ok: true, value: { ...ws, source: 'json', notices: [] } });
	});

	it('reads back exported JSON, and a single exported document', () => {
		const ws = workspace();
		expect(importWorkspaceFile(strToU8(exportWorkspaceJson(ws)), 'backup.json')).toEqual({
			ok: true,
			value: { ...ws, source: 'json', notices: [] }
		});
		const one = importWorkspaceFile(strToU8(JSON.stringify(wrapDoc(ws.docs[0]))), 'doc.json');
		expect(one.ok && one.value.docs).toEqual([ws.docs[0]]);
	});

	it('builds documents from Markdown files when the zip has no backup', () => {
		const zip = zipSync({
			'notes/strategy/platform.md': strToU8('# Platform\n\nWe will standardize on Go.'),
			'Visions/2027.markdown': strToU8('Where we will be. ![chart](c.png)'),
			'loose.txt': strToU8('No heading here.'),
			'design/.hidden.md': strToU8('# Hidden'),
			'__MACOSX/design/._x.md': strToU8('junk'),
			'design/diagram.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47])
		});
		const r = importWorkspaceFile(zip, 'docs.zip');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.source).toBe('markdown-zip');
		expect(r.value.settings).toEqual({});
		expect(r.value.docs.map((d) => [d.kind, d.title])).toEqual([
			['design', 'loose'],
			['strategy', 'Platform'],
			['vision', '2027']
		]);
		expect(r.value.notices).toEqual(['“Visions/2027.markdown”: 1 image was kept as text.']);
	});

	it('skips unreadable Markdown files with a notice', () => {
		const zip = zipSync({ 'a.md': strToU8('# A'), 'b.md': new Uint8Array([0, 1, 2, 0xff]) });
		const r = importWorkspaceFile(zip, 'w.zip');
		expect(r.ok && r.value.docs.map((d) => d.title)).toEqual(['A']);
		expect(r.ok && r.value.notices[0]).toMatch(/Skipped: “b.md” looks like a binary file/);
	});

	const backupWith = (data: string): Uint8Array => zipSync({ [BACKUP_FILE_NAME]: strToU8(data) });
	const deep =
		'{"type":"doc","content":[' +
		'{"type":"blockquote","content":['.repeat(5000) +
		'{"type":"paragraph"}' +
		']}'.repeat(5000) +
		']}';
	const wsJson = (doc: string) =>
		`{"type":"fivefold/workspace","version":1,"data":{"docs":[${doc}],"settings":{}}}`;

	it.each<[string, Uint8Array, string, RegExp]>([
		['an empty file', new Uint8Array(), 'w.json', /is empty/],
		['a Markdown file', strToU8('# Notes'), 'notes.md', /is a Markdown file, not a workspace/],
		[
			'a file over the size limit',
			new Uint8Array(MAX_IMPORT_BYTES + 1),
			'w.zip',
			/is 20.0 MB; workspace files up to 20.0 MB/
		],
		[
			'a truncated zip',
			exportWorkspaceZip(workspace()).subarray(0, 200),
			'w.zip',
			/“w.zip” cannot be imported: it has no end record; it is cut short or not a zip file\. Nothing was changed\./
		],
		[
			'a .zip that is not one',
			strToU8('{"type":"fivefold/workspace"}'),
			'w.zip',
			/is not a zip file/
		],
		[
			'a zip without documents',
			zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }),
			'w.zip',
			/neither a fivefold-backup.json nor any Markdown files/
		],
		[
			'a zip whose Markdown is all binary',
			zipSync({ 'a.md': new Uint8Array([0, 0, 0]) }),
			'w.zip',
			/None of the Markdown files/
		],
		[
			'binary bytes',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
			'w.json',
			/looks like a binary file/
		],
		['invalid UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'w.json', /not valid UTF-8/],
		[
			'malformed JSON',
			strToU8('{"type": "fivefold/workspace", "version": 1,, }'),
			'w.json',
			/“w.json” is not valid JSON: .*position/
		],
		['JSON that is not a workspace', strToU8('[1, 2, 3]'), 'w.json', /Not a Fivefold workspace/],
		[
			'a newer format',
			strToU8('{"type":"fivefold/workspace","version":2,"data":{"docs":[]}}'),
			'w.json',
			/newer version of Fivefold/
		],
		[
			'an unknown kind',
			strToU8(wsJson('{"id":"a","kind":"memo"}')),
			'w.json',
			/Document 1: unknown kind "memo"/
		],
		[
			'__proto__ in a document',
			strToU8(wsJson('{"id":"a","kind":"design","__proto__":{"isAdmin":true}}')),
			'w.json',
			/"__proto__" is not allowed/
		],
		[
			'content nested 5,000 deep',
			strToU8(wsJson(`{"id":"a","kind":"design","content":${deep}}`)),
			'w.json',
			/nested more than/
		],
		[
			'a javascript: link',
			strToU8(
				wsJson(
					'{"id":"a","kind":"design","content":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(document.cookie)"}}]}]}]}}'
				)
			),
			'w.json',
			/address that is not allowed/
		],
		[
			'a bad backup inside a zip',
			backupWith(
				'{"type":"fivefold/workspace","version":1,"data":{"docs":[{"id":"a","kind":"memo"}]}}'
			),
			'w.zip',
			/w.zip\/fivefold-backup.json”: Document 1: unknown kind/
		],
		[
			'a truncated backup inside a zip',
			backupWith('{"type":"fivefold/workspace","ver'),
			'w.zip',
			/is not valid JSON/
		]
	])('refuses %s with a clear error', (_name, bytes, name, pattern) => {
		const r = importWorkspaceFile(bytes, name);
		expectError(r, pattern);
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
	});

	/**
	 * A zip whose entries declare `size` uncompressed bytes, as a zip bomb's do, without the
	 * test spending seconds deflating that much (fflate allocates by the declared size).
	 */
	function declaring(files: Record<string, string>, size: number): Uint8Array {
		const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
		const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
		for (let i = 0; i + 4 <= zip.length; i++) {
			const signature = view.getUint32(i, true);
			if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
			if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
		}
		return zip;
	}

	it('stops a zip bomb before inflating it', () => {
		// A real one (65 MiB of zeros deflate to about 64 KB) declares its size like this.
		const real = declaring({ [BACKUP_FILE_NAME]: '{}' }, MAX_UNZIPPED_BYTES + 1024 * 1024);
		expectError(
			importWorkspaceFile(real, 'bomb.zip'),
			/would unpack to 65.0 MB; the limit is 64.0 MB/
		);
		const bomb = declaring({ [BACKUP_FILE_NAME]: '{}' }, 0xffffffff);
		expectError(importWorkspaceFile(bomb, 'bomb.zip'), /would unpack to 4096.0 MB/);
	});

	it('stops Markdown files that add up past the limit', () => {
		const files = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`d${i}.md`, '# x']));
		expectError(
			importWorkspaceFile(declaring(files, 8 * 1024 * 1024), 'many.zip'),
			/would unpack to 72.0 MB/
		);
	});

	it('refuses a zip with too many entries', () => {
		const files: Zippable = {};
		for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) files[`f${i}.txt`] = new Uint8Array(0);
		expectError(
			importWorkspaceFile(zipSync(files), 'w.zip'),
			/claims to hold 5,001 files; the limit is 5,000/
		);
	});
});

describe('importWorkspaceFile with hostile zips', () => {
	/** Overwrite the declared size of every entry (local and central headers). */
	function lie(zip: Uint8Array, size: number): Uint8Array {
		const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
		for (let i = 0; i + 4 <= zip.length; i++) {
			if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
			if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
		}
		return zip;
	}
	/** Rename the second of two same-length entries to the first one's name. */
	function duplicate(zip: Uint8Array): Uint8Array {
		const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
		const names: number[] = [];
		for (let i = 0; i + 4 <= zip.length; i++) {
			const sig = view.getUint32(i, true);
			if (sig === 0x04034b50) names.push(i + 30);
			if (sig === 0x02014b50) names.push(i + 46);
		}
		const first = names[0];
		const length = view.getUint16(first - 4, true);
		for (const at of names) zip.set(zip.subarray(first, first + length), at);
		return zip;
	}

	it('refuses a backup whose header declares less than it inflates to, with a size message', () => {
		const zip = lie(zipSync({ [BACKUP_FILE_NAME]: new Uint8Array(1 << 20) }), 1000);
		const r = importWorkspaceFile(zip, 'lying.zip');
		expectError(
			r,
			/“lying.zip” cannot be imported: “fivefold-backup.json” unpacks to more than the 1,000 bytes its header declares/
		);
		expect((r as { error: string }).error).not.toMatch(/U\+0000/);
	});

	it('skips Markdown files that inflate past their declared size, each with a notice', () => {
		const zip = lie(
			zipSync({ 'a.md': new Uint8Array(1 << 20).fill(0x61), 'b.md': strToU8('# B') }),
			1000
		);
		expectError(
			importWorkspaceFile(zip, 'w.zip'),
			/None of the Markdown files.*“a.md” unpacks to more than the 1,000 bytes.*“b.md” declares 1,000 bytes but unpacks to 3/
		);
	});

	it('keeps both Markdown files listed under one name, and says so', () => {
		const zip = duplicate(zipSync({ 'x.md': strToU8('# One'), 'y.md': strToU8('# Two') }));
		const r = importWorkspaceFile(zip, 'w.zip');
		expect(r.ok && r.value.docs.map((d) => d.title)).toEqual(['One', 'Two']);
		expect(r.ok && r.value.notices).toEqual([
			'“x.md” is in the zip 2 times; each copy was imported as its own document.'
		]);
	});

	it('refuses a zip holding the backup twice under one name', () => {
		const backup = strToU8(exportWorkspaceJson(workspace()));
		const zip = duplicate(
			zipSync({ [BACKUP_FILE_NAME]: backup, 'fivefold-backup.jsoX': backup }, { level: 0 })
		);
		expectError(
			importWorkspaceFile(zip, 'w.zip'),
			/holds “fivefold-backup.json” twice, so it is not clear which backup to restore/
		);
	});

	it('reports progress while unpacking and checking a backup', () => {
		const steps = new Set<string>();
		let last = { done: 0, total: 0 };
		const r = importWorkspaceFile(exportWorkspaceZip(workspace()), 'w.zip', {
			onProgress: (p) => {
				steps.add(p.step);
				if (p.step === 'Checking documents') last = { done: p.done!, total: p.total! };
			}
		});
		expect(r.ok).toBe(true);
		expect([...steps]).toEqual([
			'Unpacking fivefold-backup.json',
			'Reading the backup',
			'Checking documents'
		]);
		expect(last).toEqual({ done: 4, total: 4 });
	});
});

describe('docFromMarkdownFile', () => {
	const md = (s: string) => strToU8(s);

	it('takes the title from the leading heading, else the file name', () => {
		const a = docFromMarkdownFile(md('# Retries\n\nBody'), 'x.md', 'design');
		expect(a.ok && [a.value.doc.title, a.value.doc.kind, a.value.notices]).toEqual([
			'Retries',
			'design',
			[]
		]);
		const b = docFromMarkdownFile(md('Body only'), 'folder/My plan.markdown', 'vision');
		expect(b.ok && b.value.doc.title).toBe('My plan');
	});

	it('passes the conversion notices on', () => {
		const r = docFromMarkdownFile(md('[x](javascript:alert(1)) ![i](i.png)'), 'a.md', 'design');
		expect(r.ok && r.value.notices).toHaveLength(2);
	});

	it('reads UTF-8 with a byte-order mark and UTF-16', () => {
		const bom = docFromMarkdownFile(
			new Uint8Array([0xef, 0xbb, 0xbf, ...md('# Café')]),
			'a.md',
			'design'
		);
		expect(bom.ok && bom.value.doc.title).toBe('Café');
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(new Uint16Array([...'# Hi'].map((c) => c.charCodeAt(0))).buffer)
		]);
		const r = docFromMarkdownFile(utf16, 'a.txt', 'design');
		expect(r.ok && r.value.doc.title).toBe('Hi');
	});

	it.each<[string, Uint8Array, string, DocKind, RegExp]>([
		[
			'a PDF',
			md('%PDF-1.7'),
			'spec.pdf',
			'design',
			/not a Markdown file: choose a .md, .markdown or .txt file/
		],
		['a Word file', md('PK'), 'spec.docx', 'design', /not a Markdown file/],
		['no extension', md('# A'), 'README', 'design', /not a Markdown file/],
		[
			'binary content',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
			'image.md',
			'design',
			/looks like a binary file/
		],
		[
			'invalid UTF-8',
			new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0xfd]),
			'a.md',
			'design',
			/not valid UTF-8/
		],
		[
			'a huge file',
			new Uint8Array(MAX_MARKDOWN_FILE_BYTES + 1).fill(0x61),
			'a.md',
			'design',
			/is 8.0 MB; Markdown files up to 8.0 MB/
		],
		[
			'too many characters',
			new Uint8Array(2_000_001).fill(0x61),
			'a.md',
			'design',
			/2,000,001 characters; the limit is 2,000,000/
		],
		['an unknown kind', md('# A'), 'a.md', 'memo' as DocKind, /Unknown document kind "memo"/]
	])('refuses %s', (_name, bytes, name, kind, pattern) => {
		expectError(docFromMarkdownFile(bytes, name, kind), pattern);
	});
});

describe('slugify', () => {
	it.each([
		['Queue retries', 'queue-retries'],
		['  Café: naïve -- plan!  ', 'cafe-naive-plan'],
		['日本語のタイトル', '日本語のタイトル'],
		['', 'untitled'],
		['***', 'untitled'],
		['CON', 'con-doc'],
		['a'.repeat(80), 'a'.repeat(60)]
	])('%j → %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});
});
