import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, extractEntry, readZipDirectory, type ZipEntry } from './zip-reader';

const LIMITS = { maxEntries: 5_000 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function view(bytes: Uint8Array): DataView {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offsets of a comment-less zip's end record and central directory. */
function layout(zip: Uint8Array) {
	const eocd = zip.length - 22;
	const v = view(zip);
	return { eocd, cd: v.getUint32(eocd + 16, true), cdSize: v.getUint32(eocd + 12, true) };
}

function sample(files: Zippable = { 'a.md': strToU8('# A\n\nalpha'), 'b/c.md': strToU8('# C') }) {
	return zipSync(files, { level: 6 });
}

/** A copy of `zip` with `patch` applied to a DataView of it. */
function patched(zip: Uint8Array, patch: (v: DataView, l: ReturnType<typeof layout>) => void) {
	const copy = zip.slice();
	patch(view(copy), layout(copy));
	return copy;
}

/** ZIP64 end records: the 64-bit record, its locator and a saturated classic end record. */
function zip64End(at: number, f: { entries: number; cdSize: number; cdOffset: number }) {
	const out = new Uint8Array(56 + 20 + 22);
	const v = view(out);
	const u64 = (p: number, n: number) => {
		v.setUint32(p, n % 0x1_0000_0000, true);
		v.setUint32(p + 4, Math.floor(n / 0x1_0000_0000), true);
	};
	v.setUint32(0, 0x06064b50, true);
	u64(4, 44);
	v.setUint16(12, 45, true);
	v.setUint16(14, 45, true);
	u64(24, f.entries);
	u64(32, f.entries);
	u64(40, f.cdSize);
	u64(48, f.cdOffset);
	v.setUint32(56, 0x07064b50, true);
	u64(56 + 8, at);
	v.setUint32(56 + 16, 1, true);
	const e = 76;
	v.setUint32(e, 0x06054b50, true);
	v.setUint16(e + 8, 0xffff, true);
	v.setUint16(e + 10, 0xffff, true);
	v.setUint32(e + 12, 0xffffffff, true);
	v.setUint32(e + 16, 0xffffffff, true);
	return out;
}

/** A normal zip rewritten with ZIP64 end records (as some tools always write). */
function asZip64(zip: Uint8Array): Uint8Array {
	const { eocd, cd, cdSize } = layout(zip);
	const entries = view(zip).getUint16(eocd + 10, true);
	const out = new Uint8Array(eocd + 98);
	out.set(zip.subarray(0, eocd));
	out.set(zip64End(eocd, { entries, cdSize, cdOffset: cd }), eocd);
	return out;
}

/** The 128-byte file from issue 9: an empty local header, then end records claiming 2^32 − 1 entries. */
function hostileZip64(): Uint8Array {
	const out = new Uint8Array(128);
	view(out).setUint32(0, 0x04034b50, true);
	out.set(zip64End(30, { entries: 0xffffffff, cdSize: 0, cdOffset: 0 }), 30);
	return out;
}

function withComment(zip: Uint8Array, comment: Uint8Array, declared = comment.length) {
	const out = new Uint8Array(zip.length + comment.length);
	out.set(zip);
	out.set(comment, zip.length);
	view(out).setUint16(zip.length - 2, declared, true);
	return out;
}

function expectRefused(bytes: Uint8Array, pattern: RegExp) {
	const r = readZipDirectory(bytes, LIMITS);
	expect(r.ok).toBe(false);
	expect((r as { error: string }).error).toMatch(pattern);
}

function entries(bytes: Uint8Array): ZipEntry[] {
	const r = readZipDirectory(bytes, LIMITS);
	if (!r.ok) throw new Error(r.error);
	return r.value;
}

describe('readZipDirectory', () => {
	it('lists a zip’s entries with their sizes and where their data is', () => {
		const zip = sample();
		const list = entries(zip);
		expect(list.map((e) => [e.name, e.method, e.size, e.encrypted])).toEqual([
			['a.md', 8, 10, false],
			['b/c.md', 8, 3, false]
		]);
		const a = extractEntry(zip, list[0], { maxBytes: 100 });
		expect(a.ok && text(a.value)).toBe('# A\n\nalpha');
	});

	it('reads an empty archive, a comment, and a fake end record inside the comment', () => {
		expect(entries(zipSync({}))).toEqual([]);
		const zip = sample();
		expect(entries(withComment(zip, strToU8('made by hand'))).length).toBe(2);
		// The comment holds an end record's signature whose own comment would not end the file.
		const fake = new Uint8Array(30);
		view(fake).setUint32(2, 0x06054b50, true);
		expect(entries(withComment(zip, fake)).length).toBe(2);
	});

	it('reads ZIP64 end records and ZIP64 extra fields', () => {
		const zip = sample();
		expect(entries(asZip64(zip)).map((e) => e.name)).toEqual(['a.md', 'b/c.md']);
		// One entry whose 32-bit size says "see the ZIP64 field", with the field added.
		const one = sample({ 'x.md': strToU8('xyz') });
		const { eocd, cd, cdSize } = layout(one);
		const v = view(one);
		const nameLength = v.getUint16(cd + 28, true);
		const extra = new Uint8Array(4 + 8);
		const ev = view(extra);
		ev.setUint16(0, 0x0001, true);
		ev.setUint16(2, 8, true);
		ev.setUint32(4, 3, true);
		const out = new Uint8Array(one.length + extra.length);
		out.set(one.subarray(0, cd + 46 + nameLength));
		out.set(extra, cd + 46 + nameLength);
		out.set(one.subarray(cd + 46 + nameLength), cd + 46 + nameLength + extra.length);
		const ov = view(out);
		ov.setUint32(cd + 24, 0xffffffff, true);
		ov.setUint16(cd + 30, extra.length, true);
		ov.setUint32(eocd + extra.length + 12, cdSize + extra.length, true);
		const [entry] = entries(out);
		expect(entry.size).toBe(3);
		const got = extractEntry(out, entry, { maxBytes: 10 });
		expect(got.ok && text(got.value)).toBe('xyz');
	});

	it('keeps duplicate names, in directory order, for the caller to decide', () => {
		const zip = sample({ 'a.md': strToU8('first'), 'b.md': strToU8('second') });
		const { cd } = layout(zip);
		const v = view(zip);
		// Rename the second entry (same name length) to the first one's name.
		const second = cd + 46 + v.getUint16(cd + 28, true);
		zip[second + 46] = 'a'.charCodeAt(0);
		const list = entries(zip);
		expect(list.map((e) => e.name)).toEqual(['a.md', 'a.md']);
		const texts = list.map((e) => extractEntry(zip, e, { maxBytes: 100 }));
		expect(texts.map((t) => t.ok && text(t.value))).toEqual(['first', 'second']);
	});

	it.each<[string, () => Uint8Array, RegExp]>([
		['an empty file', () => new Uint8Array(0), /too short to be a zip/],
		['a file cut short', () => sample().subarray(0, 60), /no end record; it is cut short/],
		[
			'a wrong end-record signature',
			() => patched(sample(), (v, l) => v.setUint32(l.eocd, 0x06054b51, true)),
			/no end record/
		],
		[
			'a comment longer than the file',
			() => withComment(sample(), strToU8('abc'), 500),
			/comment runs past the end of the file/
		],
		['the 128-byte ZIP64 file that claims 4,294,967,295 entries', hostileZip64, /4,294,967,295/],
		[
			'an entry count over the limit',
			() =>
				patched(
					sample(),
					(v, l) => (v.setUint16(l.eocd + 8, 5001, true), v.setUint16(l.eocd + 10, 5001, true))
				),
			/claims to hold 5,001 files; the limit is 5,000/
		],
		[
			'an entry count the directory is too small for',
			() =>
				patched(
					sample(),
					(v, l) => (v.setUint16(l.eocd + 8, 40, true), v.setUint16(l.eocd + 10, 40, true))
				),
			/claims to hold 40 files, but its directory is too small/
		],
		[
			'an entry count one higher than the directory holds',
			() =>
				patched(
					sample(),
					(v, l) => (v.setUint16(l.eocd + 8, 3, true), v.setUint16(l.eocd + 10, 3, true))
				),
			/entry 3 of its directory runs past|too small/
		],
		[
			'two different entry counts',
			() => patched(sample(), (v, l) => v.setUint16(l.eocd + 8, 1, true)),
			/two different file counts \(1 and 2\)/
		],
		[
			'a saturated count without ZIP64 records',
			() =>
				patched(
					sample(),
					(v, l) => (v.setUint16(l.eocd + 8, 0xffff, true), v.setUint16(l.eocd + 10, 0xffff, true))
				),
			/ZIP64 file, but the ZIP64 records are missing/
		],
		[
			'a multi-part zip',
			() => patched(sample(), (v, l) => v.setUint16(l.eocd + 4, 1, true)),
			/split across several files/
		],
		[
			'a directory offset past the end',
			() => patched(sample(), (v, l) => v.setUint32(l.eocd + 16, 0x7fffffff, true)),
			/directory lies outside the file/
		],
		[
			'a directory size larger than the file',
			() => patched(sample(), (v, l) => v.setUint32(l.eocd + 12, 0xfffffff0, true)),
			/directory lies outside the file/
		],
		[
			'a directory entry with a wrong signature',
			() => patched(sample(), (v, l) => v.setUint32(l.cd, 0x02014b51, true)),
			/entry 1 of its directory is damaged \(wrong signature\)/
		],
		[
			'a name running past the directory',
			() => patched(sample(), (v, l) => v.setUint16(l.cd + 28, 4000, true)),
			/entry 1 of its directory runs past the directory’s end/
		],
		[
			'a local header offset past the directory',
			() => patched(sample(), (v, l) => v.setUint32(l.cd + 42, 0x7ffffff0, true)),
			/“a.md” points outside the file/
		],
		[
			'a local header with a wrong signature',
			() => patched(sample(), (v) => v.setUint32(0, 0x04034b51, true)),
			/“a.md” points to damaged data \(wrong signature\)/
		],
		[
			'compressed data running past the directory',
			() => patched(sample(), (v, l) => v.setUint32(l.cd + 20, 100_000, true)),
			/“a.md” has data that runs outside the file/
		],
		[
			'a ZIP64 locator pointing outside the file',
			() => {
				const z = asZip64(sample());
				view(z).setUint32(z.length - 22 - 20 + 8, 0x7fffffff, true);
				return z;
			},
			/ZIP64 end record lies outside the file/
		],
		[
			'a ZIP64 record with a wrong signature',
			() => {
				const z = asZip64(sample());
				view(z).setUint32(z.length - 98, 0x06064b51, true);
				return z;
			},
			/ZIP64 end record is missing or damaged/
		],
		[
			'a ZIP64 directory size past the file',
			() => {
				const z = asZip64(sample());
				view(z).setUint32(z.length - 98 + 44, 1, true);
				return z;
			},
			/directory lies outside the file/
		]
	])('refuses %s', (_name, make, pattern) => {
		expectRefused(make(), pattern);
	});
});

describe('extractEntry', () => {
	/** A zip whose one entry declares `declared` bytes but holds `actual` (a lying header). */
	function lying(actual: Uint8Array, declared: number, method: 'store' | 'deflate' = 'deflate') {
		const zip = zipSync({ 'x.json': actual }, { level: method === 'store' ? 0 : 6 });
		const v = view(zip);
		for (let i = 0; i + 4 <= zip.length; i++) {
			if (v.getUint32(i, true) === 0x04034b50) v.setUint32(i + 22, declared, true);
			if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, declared, true);
		}
		return { zip, entry: entries(zip)[0] };
	}
	const expectFail = (r: { ok: boolean; error?: string }, pattern: RegExp) => {
		expect(r.ok).toBe(false);
		expect((r as { error: string }).error).toMatch(pattern);
	};

	it('stops at the declared size when the data inflates to more', () => {
		// 8 MB of zeros deflate to about 8 KB; the header claims 1,000 bytes.
		const { zip, entry } = lying(new Uint8Array(8 * 1024 * 1024), 1000);
		let most = 0;
		const r = extractEntry(zip, entry, { maxBytes: 64 << 20, onBytes: (n) => (most = n) });
		expectFail(r, /unpacks to more than the 1,000 bytes its header declares \(stopped there\)/);
		expect(most).toBeLessThanOrEqual(1000);
	});

	it('refuses a declared size over the cap without inflating', () => {
		const { zip, entry } = lying(strToU8('{}'), 0xffffffff);
		expectFail(
			extractEntry(zip, entry, { maxBytes: 1024 }),
			/would unpack to 4096.0 MB; the limit is 0.0 MB/
		);
	});

	it('refuses data shorter than declared, a bad checksum, damaged data', () => {
		const short = lying(strToU8('hello world'), 20);
		expectFail(
			extractEntry(short.zip, short.entry, { maxBytes: 100 }),
			/declares 20 bytes but unpacks to 11/
		);
		const stored = lying(strToU8('hello world'), 20, 'store');
		expectFail(
			extractEntry(stored.zip, stored.entry, { maxBytes: 100 }),
			/declares 20 bytes but holds/
		);
		const zip = sample();
		const [a] = entries(zip);
		expectFail(
			extractEntry(zip, { ...a, crc32: a.crc32 ^ 1 }, { maxBytes: 100 }),
			/checksum does not match/
		);
		const broken = zip.slice();
		broken.fill(0xff, a.dataOffset, a.dataOffset + a.compressedSize);
		expectFail(extractEntry(broken, a, { maxBytes: 100 }), /“a.md” is damaged/);
	});

	it('refuses encrypted entries and unknown compression methods', () => {
		const zip = sample();
		const [a] = entries(zip);
		expectFail(extractEntry(zip, { ...a, encrypted: true }, { maxBytes: 100 }), /is encrypted/);
		expectFail(extractEntry(zip, { ...a, method: 12 }, { maxBytes: 100 }), /compression method 12/);
	});

	it('reads stored entries', () => {
		const zip = zipSync({ 's.md': strToU8('plain') }, { level: 0 });
		const got = extractEntry(zip, entries(zip)[0], { maxBytes: 10 });
		expect(got.ok && text(got.value)).toBe('plain');
	});
});

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});
});
