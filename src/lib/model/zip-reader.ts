/**
 * A zip reader for untrusted files: the end record and central directory are read here, with
 * every count, size and offset checked against the file and the limits *before* anything is
 * allocated for them, and entries are inflated as a stream that stops at a byte cap.
 *
 * Why not fflate's `unzipSync`: it trusts the end record's entry count (a 128-byte file that
 * claims 4,294,967,295 entries kept it looping for minutes) and allocates by the declared
 * size, so a header that lies about sizes inflates until memory runs out. fflate's streaming
 * `Inflate` is still what decompresses.
 *
 * Errors are sentences about the zip ("its directory lies outside the file"); the caller adds
 * the file's name. Nothing here throws.
 */
import { Inflate } from 'fflate';
import type { Result } from './types';

/** One file listed in a zip's central directory, checked against the zip's bounds. */
export interface ZipEntry {
	/** Path inside the zip, as written (`/` separates folders). */
	name: string;
	/** 0 (stored) or 8 (deflated) can be extracted; anything else is refused on extraction. */
	method: number;
	encrypted: boolean;
	/** Bytes of compressed data, inside the file. */
	compressedSize: number;
	/** What the directory declares the entry unpacks to (it may lie; extraction checks). */
	size: number;
	crc32: number;
	/** Where the compressed data starts (after the local header). */
	dataOffset: number;
}

/** Limits the directory is checked against before anything is allocated. */
export interface ZipLimits {
	/** Most entries the directory may list. */
	maxEntries: number;
}

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL = 0x04034b50;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const count = (n: number) => n.toLocaleString('en');

/** A little-endian 64-bit field as a number (exact up to 2^53; beyond that only "huge"). */
function u64(view: DataView, at: number): number {
	return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
}

interface EndRecord {
	at: number;
	entries: number;
	directorySize: number;
	directoryOffset: number;
	/** Where the directory must end: the ZIP64 end record, or the end record. */
	limit: number;
}

function fail<T>(error: string): Result<T> {
	return { ok: false, error };
}

/** The end-of-central-directory record (ZIP64 one too), checked, without reading entries. */
function readEnd(view: DataView, maxEntries: number): Result<EndRecord> {
	const length = view.byteLength;
	if (length < EOCD_SIZE) return fail('it is too short to be a zip file');
	// The end record is the last thing in the file, followed only by its comment (≤ 65,535
	// bytes). Search backwards; a signature inside a comment does not end exactly at the end.
	let at = -1;
	let overflow = false;
	for (let i = length - EOCD_SIZE; i >= Math.max(0, length - EOCD_SIZE - MAX_COMMENT); i--) {
		if (view.getUint32(i, true) !== EOCD) continue;
		const end = i + EOCD_SIZE + view.getUint16(i + 20, true);
		if (end === length) {
			at = i;
			break;
		}
		if (end > length) overflow = true;
	}
	if (at < 0) {
		return fail(
			overflow
				? 'its end record’s comment runs past the end of the file'
				: 'it has no end record; it is cut short or not a zip file'
		);
	}
	const disk = view.getUint16(at + 4, true);
	const directoryDisk = view.getUint16(at + 6, true);
	let onDisk = view.getUint16(at + 8, true);
	let entries = view.getUint16(at + 10, true);
	let directorySize = view.getUint32(at + 12, true);
	let directoryOffset = view.getUint32(at + 16, true);
	let limit = at;

	const locatorAt = at - ZIP64_LOCATOR_SIZE;
	const hasLocator = locatorAt >= 0 && view.getUint32(locatorAt, true) === ZIP64_LOCATOR;
	const saturated =
		onDisk === 0xffff ||
		entries === 0xffff ||
		directorySize === 0xffffffff ||
		directoryOffset === 0xffffffff;
	if (hasLocator) {
		// ZIP64: the real counts and offsets are 64-bit, in a record the locator points to.
		const recordAt = u64(view, locatorAt + 8);
		if (view.getUint32(locatorAt + 4, true) !== 0 || view.getUint32(locatorAt + 16, true) > 1) {
			return fail('it is split across several files (a multi-part zip)');
		}
		if (recordAt > locatorAt - ZIP64_EOCD_SIZE) {
			return fail('its ZIP64 end record lies outside the file');
		}
		if (view.getUint32(recordAt, true) !== ZIP64_EOCD) {
			return fail('its ZIP64 end record is missing or damaged');
		}
		if (view.getUint32(recordAt + 16, true) !== 0 || view.getUint32(recordAt + 20, true) !== 0) {
			return fail('it is split across several files (a multi-part zip)');
		}
		onDisk = u64(view, recordAt + 24);
		entries = u64(view, recordAt + 32);
		directorySize = u64(view, recordAt + 40);
		directoryOffset = u64(view, recordAt + 48);
		limit = recordAt;
	} else if (saturated) {
		return fail('its end record says it is a ZIP64 file, but the ZIP64 records are missing');
	} else if (disk !== 0 || directoryDisk !== 0) {
		return fail('it is split across several files (a multi-part zip)');
	}
	if (entries > maxEntries) {
		return fail(`it claims to hold ${count(entries)} files; the limit is ${count(maxEntries)}`);
	}
	if (onDisk !== entries) {
		return fail(
			`its end record gives two different file counts (${count(onDisk)} and ${count(entries)})`
		);
	}
	if (directoryOffset > limit || directorySize > limit - directoryOffset) {
		return fail('its directory lies outside the file');
	}
	if (entries * CENTRAL_SIZE > directorySize) {
		return fail(
			`it claims to hold ${count(entries)} files, but its directory is too small to list them`
		);
	}
	return { ok: true, value: { at, entries, directorySize, directoryOffset, limit } };
}

/** Sizes and offset from a ZIP64 extended-information extra field, where the 32-bit ones are full. */
function zip64Extra(
	view: DataView,
	start: number,
	end: number,
	fields: { size: number; compressedSize: number; localOffset: number }
): Result<typeof fields> {
	for (let p = start; p + 4 <= end;) {
		const id = view.getUint16(p, true);
		const length = view.getUint16(p + 2, true);
		if (p + 4 + length > end) return fail('a directory entry’s extra field is cut short');
		if (id === 0x0001) {
			const out = { ...fields };
			let q = p + 4;
			for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
				if (fields[key] !== 0xffffffff) continue;
				if (q + 8 > p + 4 + length) return fail('a ZIP64 extra field is cut short');
				out[key] = u64(view, q);
				q += 8;
			}
			return { ok: true, value: out };
		}
		p += 4 + length;
	}
	return { ok: true, value: fields };
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * The entries of a zip's central directory, in directory order (duplicate names kept, for the
 * caller to decide). Refuses, before allocating anything for them, a directory that claims
 * more than `limits.maxEntries` entries, that lies outside the file or is too small for the
 * entries it claims, multi-part zips, and entries whose data lies outside the file.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): Result<ZipEntry[]> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = readEnd(view, limits.maxEntries);
	if (!end.ok) return end;
	const { entries: total, directoryOffset, directorySize } = end.value;
	const directoryEnd = directoryOffset + directorySize;
	const entries: ZipEntry[] = [];
	let p = directoryOffset;
	for (let i = 0; i < total; i++) {
		const which = `entry ${i + 1} of its directory`;
		if (p + CENTRAL_SIZE > directoryEnd) return fail(`${which} runs past the directory’s end`);
		if (view.getUint32(p, true) !== CENTRAL) return fail(`${which} is damaged (wrong signature)`);
		const flags = view.getUint16(p + 8, true);
		const nameLength = view.getUint16(p + 28, true);
		const extraLength = view.getUint16(p + 30, true);
		const commentLength = view.getUint16(p + 32, true);
		const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
		if (next > directoryEnd) return fail(`${which} runs past the directory’s end`);
		const nameBytes = bytes.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength);
		// Bit 11: the name is UTF-8; otherwise code page 437, read as Latin-1 as fflate does.
		const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
		const fields = zip64Extra(
			view,
			p + CENTRAL_SIZE + nameLength,
			p + CENTRAL_SIZE + nameLength + extraLength,
			{
				size: view.getUint32(p + 24, true),
				compressedSize: view.getUint32(p + 20, true),
				localOffset: view.getUint32(p + 42, true)
			}
		);
		if (!fields.ok) return fields;
		const { size, compressedSize, localOffset } = fields.value;
		const where = `“${name}”`;
		if (localOffset + LOCAL_SIZE > directoryOffset) {
			return fail(`${where} points outside the file`);
		}
		if (view.getUint32(localOffset, true) !== LOCAL) {
			return fail(`${where} points to damaged data (wrong signature)`);
		}
		const dataOffset =
			localOffset +
			LOCAL_SIZE +
			view.getUint16(localOffset + 26, true) +
			view.getUint16(localOffset + 28, true);
		if (dataOffset > directoryOffset || compressedSize > directoryOffset - dataOffset) {
			return fail(`${where} has data that runs outside the file`);
		}
		entries.push({
			name,
			method: view.getUint16(p + 10, true),
			encrypted: Boolean(flags & 1),
			compressedSize,
			size,
			crc32: view.getUint32(p + 16, true),
			dataOffset
		});
		p = next;
	}
	return { ok: true, value: entries };
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE), as zip files store it. */
export function crc32(bytes: Uint8Array): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let c = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** Options for `extractEntry`. */
export interface ExtractOptions {
	/** Most bytes the entry may unpack to, whatever it declares. */
	maxBytes: number;
	/** Called as bytes come out (for progress). */
	onBytes?: (unpacked: number) => void;
}

/**
 * Input fed to the inflater per step: deflate expands at most about 1,032 times, so one step
 * yields at most about 4 MB and the cap is never overshot by more.
 */
const INFLATE_STEP = 4096;

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * One entry's bytes, inflated as a stream that stops as soon as the output passes what the
 * entry declares or `maxBytes`, whichever is smaller, so a header that lies about sizes costs
 * at most the cap. The result is checked against the declared size and CRC-32.
 */
export function extractEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	options: ExtractOptions
): Result<Uint8Array> {
	const where = `“${entry.name}”`;
	if (entry.encrypted) return fail(`${where} is encrypted; only unencrypted zips can be imported`);
	if (entry.method !== 0 && entry.method !== 8) {
		return fail(
			`${where} uses compression method ${entry.method}; only stored and deflated files can be read`
		);
	}
	if (entry.size > options.maxBytes) {
		return fail(
			`${where} would unpack to ${megabytes(entry.size)}; the limit is ${megabytes(options.maxBytes)}`
		);
	}
	const cap = entry.size;
	const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
	let out: Uint8Array;
	if (entry.method === 0) {
		if (data.length !== entry.size) {
			return fail(`${where} declares ${count(entry.size)} bytes but holds ${count(data.length)}`);
		}
		out = data.slice();
		options.onBytes?.(out.length);
	} else {
		const chunks: Uint8Array[] = [];
		let unpacked = 0;
		let over = false;
		let finished = false;
		const inflate = new Inflate((chunk, final) => {
			unpacked += chunk.length;
			if (unpacked > cap) over = true;
			else if (chunk.length) chunks.push(chunk);
			if (final) finished = true;
		});
		try {
			for (let i = 0; i < data.length && !over; i += INFLATE_STEP) {
				const last = i + INFLATE_STEP >= data.length;
				inflate.push(data.subarray(i, i + INFLATE_STEP), last);
				options.onBytes?.(Math.min(unpacked, cap));
			}
			if (!data.length) inflate.push(data, true);
		} catch (error) {
			if (!over) {
				const why = error instanceof Error ? error.message : String(error);
				return fail(`${where} is damaged (${why})`);
			}
		}
		if (over) {
			// A size message, not whatever the truncated bytes would have said about themselves.
			return fail(
				`${where} unpacks to more than the ${count(cap)} bytes its header declares (stopped there); the zip is damaged or made to mislead`
			);
		}
		if (!finished || unpacked !== entry.size) {
			return fail(`${where} declares ${count(entry.size)} bytes but unpacks to ${count(unpacked)}`);
		}
		out = new Uint8Array(unpacked);
		let at = 0;
		for (const chunk of chunks) {
			out.set(chunk, at);
			at += chunk.length;
		}
	}
	if (crc32(out) !== entry.crc32) return fail(`${where} is damaged (its checksum does not match)`);
	return { ok: true, value: out };
}
