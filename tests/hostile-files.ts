/**
 * Hostile and large import files, built in the test (nothing is checked in): zips whose end
 * records or headers lie, and large but valid backups and Markdown.
 */
interface RawEntry {
	name: string;
	/** Bytes as stored (already deflated when `method` is 8). */
	data: Buffer;
	method: 0 | 8;
	/** The uncompressed size the headers declare (the lie goes here). */
	size: number;
	crc?: number;
}

/** A zip written by hand, so headers can say anything. */
export function zipOf(entries: RawEntry[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name, 'utf8');
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x800, 6);
		local.writeUInt16LE(e.method, 8);
		local.writeUInt32LE(e.crc ?? 0, 14);
		local.writeUInt32LE(e.data.length, 18);
		local.writeUInt32LE(e.size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x800, 8);
		central.writeUInt16LE(e.method, 10);
		central.writeUInt32LE(e.crc ?? 0, 16);
		central.writeUInt32LE(e.data.length, 20);
		central.writeUInt32LE(e.size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, e.data);
		centrals.push(central, name);
		offset += 30 + name.length + e.data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

/**
 * The 128-byte zip from issue 9: an empty local header, then ZIP64 end records that claim
 * 4,294,967,295 entries (fflate's `unzipSync` looped over them for minutes).
 */
export function zip64Claiming4BillionEntries(): Buffer {
	const out = Buffer.alloc(128);
	out.writeUInt32LE(0x04034b50, 0);
	const record = 30;
	out.writeUInt32LE(0x06064b50, record);
	out.writeBigUInt64LE(44n, record + 4);
	out.writeUInt16LE(45, record + 12);
	out.writeUInt16LE(45, record + 14);
	out.writeBigUInt64LE(0xffffffffn, record + 24);
	out.writeBigUInt64LE(0xffffffffn, record + 32);
	const locator = record + 56;
	out.writeUInt32LE(0x07064b50, locator);
	out.writeBigUInt64LE(BigInt(record), locator + 8);
	out.writeUInt32LE(1, locator + 16);
	const end = locator + 20;
	out.writeUInt32LE(0x06054b50, end);
	out.writeUInt16LE(0xffff, end + 8);
	out.writeUInt16LE(0xffff, end + 10);
	out.writeUInt32LE(0xffffffff, end + 12);
	out.writeUInt32LE(0xffffffff, end + 16);
	return out;
}

/**
 * A raw deflate stream that inflates to `megabytes` MiB (and one byte) of zeros, in about
 * 1/688 of that: one dynamic-Huffman block whose codes are 1 bit for the literal 0 and 2 bits
 * for "copy 258 bytes" (plus a 1-bit distance), written by hand because zlib would take
 * seconds per gigabyte. No stored blocks, so a decoder writing into a too-small buffer goes on
 * to the end (as fflate did for minutes).
 */
export function deflatedZeros(megabytes: number): Buffer {
	const copies = Math.ceil((megabytes * 1024 * 1024) / 258);
	const out = Buffer.alloc(Math.ceil((64 + copies * 3) / 8) + 16);
	let byte = 0;
	let bit = 0;
	/** `value`'s `count` low bits, least significant first (header fields, extra bits). */
	const bits = (value: number, count: number) => {
		for (let i = 0; i < count; i++) {
			out[byte] |= ((value >> i) & 1) << bit;
			if (++bit < 8) continue;
			bit = 0;
			byte++;
		}
	};
	/** A Huffman code, most significant bit first. */
	const code = (value: number, length: number) => {
		for (let i = length - 1; i >= 0; i--) bits((value >> i) & 1, 1);
	};
	bits(1, 1); // final block
	bits(2, 2); // dynamic Huffman codes
	bits(286 - 257, 5); // literal/length codes
	bits(0, 5); // one distance code
	bits(18 - 4, 4); // code-length code lengths given
	// In the format's order 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1:
	// symbol 18 (a run of zeros) gets 1 bit, lengths 1 and 2 get 2 bits each.
	for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]) bits(length, 3);
	// Code lengths: literal 0 → 1, 255 zeros, end-of-block → 2, 28 zeros, length 258 → 2, distance 1 → 1.
	const one = () => code(0b10, 2);
	const two = () => code(0b11, 2);
	const zeros = (n: number) => {
		code(0, 1);
		bits(n - 11, 7);
	};
	one();
	zeros(138);
	zeros(117);
	two();
	zeros(28);
	two();
	one();
	code(0, 1); // the literal 0
	for (let i = 0; i < copies; i++) {
		code(0b11, 2); // length 258
		code(0, 1); // distance 1
	}
	code(0b10, 2); // end of block
	return out.subarray(0, byte + (bit ? 1 : 0));
}

/** A valid workspace backup of about `megabytes` MB: many documents of plain paragraphs. */
export function largeBackup(megabytes: number, docs = 200): string {
	const perDoc = Math.ceil((megabytes * 1_000_000) / docs);
	const sentence =
		'We will keep each queue consumer responsible for its own retries, because the broker cannot know which failures are safe to repeat. ';
	const records: object[] = [];
	for (let i = 0; i < docs; i++) {
		const paragraphs: object[] = [];
		for (let size = 0; size < perDoc;) {
			const text = `${i}.${paragraphs.length} ${sentence.repeat(3)}`;
			paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
			size += text.length + 60;
		}
		records.push({
			id: `big-${i}`,
			kind: i % 3 === 0 ? 'strategy' : 'design',
			title: `Large document ${i + 1}`,
			content: { type: 'doc', content: paragraphs },
			createdAt: 1_700_000_000_000 + i,
			updatedAt: 1_700_000_000_000 + i,
			revision: 1,
			dismissed: []
		});
	}
	return JSON.stringify({
		type: 'fivefold/workspace',
		version: 1,
		data: { docs: records, settings: {} }
	});
}

/**
 * Markdown of about `chars` characters, shaped like a long real document: sections with a
 * heading, long paragraphs with emphasis and a link, and a short nested list (about one
 * node per 80 characters).
 */
export function largeMarkdown(chars: number): string {
	const parts = ['# A very long design doc\n'];
	let size = parts[0].length;
	const prose =
		'We measured the failure rate of the payment queue over three months, and it stays under one percent, but every failure is a customer who paid twice or not at all. ';
	for (let i = 0; size < chars; i++) {
		const section =
			`\n## Section ${i}\n\nThe *payments* service will own **retries** for [queue ${i}](https://example.com/${i}). ` +
			prose.repeat(6) +
			'\n\n' +
			prose.repeat(4) +
			`\n\n- first point of section ${i}\n- second point, with \`code\`\n  - nested detail\n`;
		if (size + section.length > chars) break;
		parts.push(section);
		size += section.length;
	}
	return parts.join('');
}
