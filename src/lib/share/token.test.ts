import { describe, expect, it, vi } from 'vitest';
import { deflate, toBase64url } from './codec';
import { decodeToken, encodeToken, fileText, isSealed, openFile, tokenOf } from './token';
import { request, review } from './test-helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const tokenOfJson = (json: string) => `ff1.z.${toBase64url(deflate(enc(json)))}`;

// PBKDF2 at full strength is slow on a loaded machine; that is the point of it.
vi.setConfig({ testTimeout: 30_000 });

describe('tokens', () => {
	it('round-trips a request and a review', async () => {
		for (const bundle of [request(), review()]) {
			const token = await encodeToken(bundle);
			expect(token).toMatch(/^ff1\.z\.[\w-]+$/);
			expect(await decodeToken(token)).toEqual({ ok: true, value: bundle });
		}
	});

	it('seals with a passphrase', async () => {
		const token = await encodeToken(review(), 'open sesame');
		expect(isSealed(token)).toBe(true);
		expect(await decodeToken(token)).toMatchObject({ ok: false, locked: true });
		expect(await decodeToken(token, 'wrong')).toMatchObject({ ok: false, locked: true });
		expect(await decodeToken(token, 'open sesame')).toEqual({ ok: true, value: review() });
	});

	it('finds the token in a pasted link', () => {
		expect(tokenOf(' https://x.example/review#ff1.z.abc \n')).toBe('ff1.z.abc');
		expect(tokenOf('ff1.s.abc')).toBe('ff1.s.abc');
		expect(tokenOf('https://x.example/review#nothing')).toBeNull();
	});

	it.each([
		['a truncated token', async () => (await encodeToken(review())).slice(0, -12), /damaged/],
		[
			'a tampered character',
			async () => {
				const t = await encodeToken(review());
				const i = Math.floor(t.length / 2);
				return t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
			},
			/damaged|not a Fivefold|not readable/
		],
		['another format', async () => 'ff2.z.abc', /another version of Fivefold/],
		['an unknown mode', async () => 'ff1.q.abc', /not a Fivefold review link/],
		['no data', async () => 'ff1.z.', /damaged/],
		['characters outside base64url', async () => 'ff1.z.ab$c', /damaged/],
		['JSON that is not a bundle', async () => tokenOfJson('{"hello":1}'), /not a Fivefold review/],
		['text that is not JSON', async () => tokenOfJson('hello'), /not readable JSON/],
		[
			'a newer bundle version',
			async () => tokenOfJson(JSON.stringify({ ...review(), version: 9 })),
			/newer version/
		],
		[
			'a bomb',
			async () => `ff1.z.${toBase64url(deflate(new Uint8Array(5 * 1024 * 1024)))}`,
			/unpacks to more than/
		],
		['an oversized token', async () => 'ff1.z.' + 'A'.repeat(6_000_001), /too long/],
		[
			'a tampered sealed token',
			async () => {
				const t = await encodeToken(review(), 'pw');
				return t.slice(0, -2) + (t.endsWith('AA') ? 'BA' : 'AA');
			},
			/passphrase is wrong, or the sealed data was changed/
		]
	])('refuses %s with a clear message', async (_, make, message) => {
		const out = await decodeToken(await make(), 'pw');
		expect(out.ok).toBe(false);
		expect(!out.ok && out.error).toMatch(message);
	});
});

describe('files', () => {
	it('round-trips plain and sealed files', async () => {
		expect(await openFile(enc(await fileText(request())))).toEqual({ ok: true, value: request() });
		const sealed = await fileText(review(), 'pw');
		expect(JSON.parse(sealed).type).toBe('fivefold-sealed');
		expect(sealed).not.toContain('Ada');
		expect(await openFile(enc(sealed))).toMatchObject({ ok: false, locked: true });
		expect(await openFile(enc(sealed), 'pw')).toEqual({ ok: true, value: review() });
	});

	it('opens a file holding a pasted link', async () => {
		const link = `https://x.example/review#${await encodeToken(review())}`;
		expect(await openFile(enc(link))).toEqual({ ok: true, value: review() });
	});

	it.each([
		['binary', new Uint8Array([0xff, 0xfe, 0x00, 0x81]), /not text/],
		['truncated JSON', enc(JSON.stringify(review()).slice(0, 100)), /not valid JSON/],
		[
			'a sealed file of another version',
			enc('{"type":"fivefold-sealed","version":3,"token":"x"}'),
			/another version/
		],
		['a sealed file without token', enc('{"type":"fivefold-sealed","version":1}'), /no token/],
		['an oversized file', new Uint8Array(16 * 1024 * 1024 + 1), /too large/],
		[
			'a workspace backup',
			enc('{"type":"fivefold/workspace","version":1,"data":{}}'),
			/not a Fivefold review/
		]
	])('refuses %s', async (_, bytes, message) => {
		const out = await openFile(bytes);
		expect(out.ok).toBe(false);
		expect(!out.ok && out.error).toMatch(message);
	});
});
