/**
 * The bytes of a share token: base64url text, raw deflate with a bounded inflate, and the
 * optional passphrase seal (AES-GCM, key from PBKDF2-SHA-256). Pure functions over bytes; the
 * WebCrypto calls run the same in the browser and in Node 20.
 */
import { deflateSync, Inflate } from 'fflate';
import type { Result } from '$lib/model/types';

/** Most bytes an inflated bundle may reach; inflation stops as soon as it passes this. */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
/** PBKDF2 iterations for a passphrase (OWASP's 2023 floor for SHA-256 is 600,000; 310,000 was the 2021 one). */
export const PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** Smallest sealed payload: salt, IV and the 16-byte GCM tag. */
const MIN_SEALED = SALT_BYTES + IV_BYTES + 16;
// Input is fed to the inflater in slices this small, so one push can overshoot the cap by at
// most ~1 MB (deflate's best ratio is about 1032:1).
const INFLATE_SLICE = 1024;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Bytes as base64url without padding (RFC 4648 §5). */
export function toBase64url(bytes: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out +=
			ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i] << 16;
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
	} else if (rest === 2) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
	}
	return out;
}

/** base64url text (no padding, no whitespace) as bytes; null when it is not valid base64url. */
export function fromBase64url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let o = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const v = c < 128 ? LOOKUP[c] : -1;
		if (v < 0) return null;
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (acc >> bits) & 0xff;
		}
	}
	// Leftover bits must be zero, or the text was not written by an encoder (tampered or cut).
	if (acc & ((1 << bits) - 1)) return null;
	return out.subarray(0, o);
}

/** Raw deflate (RFC 1951), the format `CompressionStream('deflate-raw')` writes. */
export function deflate(bytes: Uint8Array): Uint8Array {
	return deflateSync(bytes, { level: 9 });
}

/**
 * Raw inflate that stops at `max` bytes of output: a small token cannot unfold into gigabytes.
 * Fails on corrupt or truncated input.
 */
export function inflate(bytes: Uint8Array, max = MAX_INFLATED_BYTES): Result<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let done = false;
	const inflater = new Inflate((chunk, final) => {
		chunks.push(chunk);
		size += chunk.length;
		if (final) done = true;
	});
	try {
		for (let i = 0; i < bytes.length; i += INFLATE_SLICE) {
			const end = Math.min(i + INFLATE_SLICE, bytes.length);
			inflater.push(bytes.subarray(i, end), end === bytes.length);
			if (size > max) return { ok: false, error: `it unpacks to more than ${mb(max)}` };
		}
	} catch {
		return { ok: false, error: 'its compressed data is damaged or cut short' };
	}
	if (!done) return { ok: false, error: 'its compressed data is damaged or cut short' };
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return { ok: true, value: out };
}

function mb(bytes: number): string {
	return `${(bytes / 1_048_576).toFixed(0)} MB`;
}

function subtle(): SubtleCrypto {
	const s = globalThis.crypto?.subtle;
	if (!s) throw new Error('This browser offers no WebCrypto (it needs a secure https page).');
	return s;
}

async function keyFrom(passphrase: string, salt: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
	const base = await subtle().importKey(
		'raw',
		new TextEncoder().encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return subtle().deriveKey(
		{ name: 'PBKDF2', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		[usage]
	);
}

/** `bytes` sealed with `passphrase`: salt (16) · IV (12) · AES-GCM ciphertext with its tag. */
export async function seal(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const key = await keyFrom(passphrase, salt, 'encrypt');
	const cipher = new Uint8Array(
		await subtle().encrypt({ name: 'AES-GCM', iv }, key, bytes as BufferSource)
	);
	const out = new Uint8Array(SALT_BYTES + IV_BYTES + cipher.length);
	out.set(salt, 0);
	out.set(iv, SALT_BYTES);
	out.set(cipher, SALT_BYTES + IV_BYTES);
	return out;
}

/** Open what `seal` wrote; a wrong passphrase and tampered bytes fail alike (GCM's tag). */
export async function unseal(sealed: Uint8Array, passphrase: string): Promise<Result<Uint8Array>> {
	if (sealed.length < MIN_SEALED) return { ok: false, error: 'its sealed data is cut short' };
	const salt = sealed.subarray(0, SALT_BYTES);
	const iv = sealed.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES);
	try {
		const key = await keyFrom(passphrase, salt, 'decrypt');
		const plain = await subtle().decrypt(
			{ name: 'AES-GCM', iv: iv as BufferSource },
			key,
			sealed.subarray(SALT_BYTES + IV_BYTES) as BufferSource
		);
		return { ok: true, value: new Uint8Array(plain) };
	} catch {
		return {
			ok: false,
			error: 'the passphrase is wrong, or the sealed data was changed after it was made'
		};
	}
}
