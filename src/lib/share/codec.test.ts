import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { deflate, fromBase64url, inflate, seal, toBase64url, unseal } from './codec';

// PBKDF2 at full strength is slow on a loaded machine; that is the point of it.
vi.setConfig({ testTimeout: 30_000 });

describe('base64url', () => {
	it.each([0, 1, 2, 3, 4, 5, 255, 1000])('round-trips %i random bytes', (n) => {
		const bytes = crypto.getRandomValues(new Uint8Array(n));
		const text = toBase64url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
		expect(fromBase64url(text)).toEqual(bytes);
	});

	it('matches the standard encoding', () => {
		const bytes = new TextEncoder().encode('any carnal pleas\u00ff\u00fe');
		expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
	});

	it.each([
		['a character outside the alphabet', 'abc+'],
		['padding', 'YQ=='],
		['a space', 'YW Jj'],
		['an impossible length', 'abcde'],
		['non-zero leftover bits (a cut or edited token)', 'YR'],
		['non-ASCII', 'YWJé']
	])('refuses %s', (_, text) => {
		expect(fromBase64url(text)).toBeNull();
	});
});

describe('inflate', () => {
	it('round-trips', () => {
		const text = new TextEncoder().encode('a review '.repeat(500));
		const out = inflate(deflate(text));
		expect(out).toEqual({ ok: true, value: text });
	});

	it('stops a decompression bomb at the cap', () => {
		// 8 MB of zeros deflate to about 8 KB.
		const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
		const out = inflate(bomb, 1024 * 1024);
		expect(out.ok).toBe(false);
		expect(!out.ok && out.error).toMatch(/more than 1 MB/);
	});

	it('refuses truncated data', () => {
		const packed = deflate(crypto.getRandomValues(new Uint8Array(5000)));
		const out = inflate(packed.subarray(0, packed.length - 10));
		expect(out).toEqual({ ok: false, error: 'its compressed data is damaged or cut short' });
	});

	it('refuses garbage', () => {
		const out = inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]));
		expect(out.ok).toBe(false);
	});
});

describe('seal', () => {
	const plain = new TextEncoder().encode('the draft');

	it('opens with the passphrase and uses a fresh salt and IV each time', async () => {
		const a = await seal(plain, 'correct horse');
		const b = await seal(plain, 'correct horse');
		expect(toBase64url(a.subarray(0, 28))).not.toBe(toBase64url(b.subarray(0, 28)));
		expect(await unseal(a, 'correct horse')).toEqual({ ok: true, value: plain });
	});

	it('refuses a wrong passphrase, tampering and truncation', async () => {
		const sealed = await seal(plain, 'correct horse');
		expect((await unseal(sealed, 'wrong horse')).ok).toBe(false);
		const tampered = sealed.slice();
		tampered[tampered.length - 1] ^= 1;
		expect((await unseal(tampered, 'correct horse')).ok).toBe(false);
		expect(await unseal(sealed.subarray(0, 20), 'correct horse')).toEqual({
			ok: false,
			error: 'its sealed data is cut short'
		});
	});
});
