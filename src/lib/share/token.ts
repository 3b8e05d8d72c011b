/**
 * Bundles as link fragments and files.
 *
 * A token is `ff1.z.<base64url of raw-deflated JSON>` or, with a passphrase,
 * `ff1.s.<base64url of salt · IV · AES-GCM(raw-deflated JSON)>`. A link is the review page's
 * address with the token as its fragment (never sent to any server). A file
 * (`.fivefold-review.json`) is the bundle as readable JSON, or `{ type: "fivefold-sealed",
 * version: 1, token }` when sealed.
 *
 * Opening checks sizes first, inflates with a cap, parses, then validates (`readBundle`);
 * every failure is a sentence, and nothing is rendered or stored here.
 */
import { readBundle, type Bundle } from './bundle';
import { deflate, fromBase64url, inflate, seal, toBase64url, unseal } from './codec';

/** Token prefix for this format. Do not change without keeping the old one readable. */
export const TOKEN_PREFIX = 'ff1';
/** Envelope type of a sealed file. */
export const SEALED_TYPE = 'fivefold-sealed';
/** Links longer than this are offered as a file instead (chat apps and mail cut long links). */
export const MAX_LINK_CHARS = 8_000;
/** Longest token read (a file's token can be far longer than a link's). */
export const MAX_TOKEN_CHARS = 6_000_000;
/** Largest review file read. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Suffix of review files. */
export const FILE_SUFFIX = '.fivefold-review.json';

/** Why opening failed: `locked` when a passphrase is needed or was wrong. */
export type Opened = { ok: true; value: Bundle } | { ok: false; error: string; locked?: boolean };

/** The token for `bundle`, sealed with `passphrase` when one is given (non-empty). */
export async function encodeToken(bundle: Bundle, passphrase = ''): Promise<string> {
	const packed = deflate(new TextEncoder().encode(JSON.stringify(bundle)));
	if (!passphrase) return `${TOKEN_PREFIX}.z.${toBase64url(packed)}`;
	return `${TOKEN_PREFIX}.s.${toBase64url(await seal(packed, passphrase))}`;
}

/** Whether a token needs a passphrase to open. */
export function isSealed(token: string): boolean {
	return token.startsWith(`${TOKEN_PREFIX}.s.`);
}

/** The token in a pasted link or bare token (what follows `#`), trimmed; null if none. */
export function tokenOf(text: string): string | null {
	const t = text.trim();
	const hash = t.indexOf('#');
	const token = (hash >= 0 ? t.slice(hash + 1) : t).trim();
	return token.startsWith(`${TOKEN_PREFIX}.`) ? token : null;
}

function bad(error: string): Opened {
	return { ok: false, error };
}

/** Open a token (with the passphrase when sealed). */
export async function decodeToken(token: string, passphrase = ''): Promise<Opened> {
	if (token.length > MAX_TOKEN_CHARS) return bad('This review link is too long to be genuine.');
	const parts = token.split('.');
	if (parts.length !== 3 || parts[0] !== TOKEN_PREFIX) {
		if (/^ff\d+$/.test(parts[0] ?? '') && parts[0] !== TOKEN_PREFIX)
			return bad(
				'This review link was made by another version of Fivefold (format ' +
					`${parts[0].slice(2)}); this one reads format 1. Update Fivefold to open it.`
			);
		return bad('This is not a Fivefold review link: it is incomplete or was changed.');
	}
	const [, mode, data] = parts;
	if (mode !== 'z' && mode !== 's')
		return bad('This is not a Fivefold review link: it is incomplete or was changed.');
	let bytes = fromBase64url(data);
	if (!bytes || bytes.length === 0)
		return bad('This review link is damaged: it holds characters a link cannot, or was cut short.');
	if (mode === 's') {
		if (!passphrase)
			return { ok: false, error: 'This review is protected by a passphrase.', locked: true };
		const opened = await unseal(bytes, passphrase);
		if (!opened.ok)
			return { ok: false, error: `It could not be opened: ${opened.error}.`, locked: true };
		bytes = opened.value;
	}
	const inflated = inflate(bytes);
	if (!inflated.ok) return bad(`This review link is damaged: ${inflated.error}.`);
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.value));
	} catch {
		return bad('This review link is damaged: its data is not readable JSON.');
	}
	return readBundle(json);
}

/** The review page's link for `token`; `base` is the page address without a fragment. */
export function linkFor(base: string, token: string): string {
	return `${base.split('#')[0]}#${token}`;
}

/** The file text for `bundle` (sealed when a passphrase is given). */
export async function fileText(bundle: Bundle, passphrase = ''): Promise<string> {
	if (!passphrase) return JSON.stringify(bundle, null, 1);
	const token = await encodeToken(bundle, passphrase);
	return JSON.stringify({ type: SEALED_TYPE, version: 1, token });
}

/** A file name for a bundle about `title`. */
export function fileName(title: string, what: 'draft' | 'review'): string {
	const slug =
		title
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^\w\s-]/g, '')
			.trim()
			.replace(/[\s_-]+/g, '-')
			.slice(0, 60) || 'untitled';
	return `${slug}-${what}${FILE_SUFFIX}`;
}

/** Open a review file's bytes (with the passphrase when sealed). */
export async function openFile(bytes: Uint8Array, passphrase = ''): Promise<Opened> {
	if (bytes.length > MAX_FILE_BYTES) return bad('This file is too large to be a Fivefold review.');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return bad('This file is not text, so it is not a Fivefold review.');
	}
	const trimmed = text.trim();
	if (trimmed.startsWith(`${TOKEN_PREFIX}.`) || trimmed.includes('#ff1.')) {
		const token = tokenOf(trimmed);
		if (token) return decodeToken(token, passphrase);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return bad('This file is not a Fivefold review: it is not valid JSON (it may be cut short).');
	}
	if (
		typeof json === 'object' &&
		json !== null &&
		(json as { type?: unknown }).type === SEALED_TYPE
	) {
		const { version, token } = json as { version?: unknown; token?: unknown };
		if (version !== 1)
			return bad(
				`This file was sealed by another version of Fivefold (format ${JSON.stringify(version ?? null)}); this one reads format 1.`
			);
		if (typeof token !== 'string')
			return bad('This sealed review file is damaged: it has no token.');
		return decodeToken(token, passphrase);
	}
	return readBundle(json);
}
