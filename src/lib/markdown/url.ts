/**
 * Link-href allowlist. Every entry point that can create a link (Markdown import, HTML paste,
 * JSON import, share links) and every render (`toDOM`) goes through `safeHref`, because HTML paste
 * and JSON import were measured to keep `javascript:` links that ran when clicked
 * (RELIABILITY-NOTES, "Hostile input").
 */

/** Schemes a link may use. Anything else with a scheme (javascript:, data:, vbscript:, file:…) is refused. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers drop ASCII tab/newline anywhere in a URL and C0 controls/spaces at its ends before
// reading the scheme, so `java\tscript:` runs as `javascript:`. We strip a superset (all C0/C1
// controls, every Unicode space, zero-width and bidi marks) before looking for a scheme: whatever
// scheme a browser could see, we see too.
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

// A URL scheme per WHATWG: an ASCII letter, then letters, digits, `+`, `-` or `.`, then `:`.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Longest href kept; longer ones are refused rather than truncated into something else. */
export const MAX_HREF_CHARS = 8192;

/**
 * Return `href` unchanged when it is safe to put in an `<a href>`, else `null`.
 *
 * Safe means: after stripping control, whitespace and invisible characters, it has no scheme
 * (a relative path, `?query`, `#fragment`, or `//host` path) or its scheme is http, https or
 * mailto. The original string is returned, not the stripped one, so round trips keep it exactly.
 */
export function safeHref(href: string): string | null {
	if (typeof href !== 'string' || href.length > MAX_HREF_CHARS) return null;
	const bare = href.replace(INVISIBLE, '');
	const scheme = SCHEME.exec(bare);
	if (scheme === null) {
		// No scheme: a relative path, `?query`, `#fragment` or `//host/path`; none can run script.
		return href;
	}
	return ALLOWED_SCHEMES.has(scheme[1].toLowerCase()) ? href : null;
}
