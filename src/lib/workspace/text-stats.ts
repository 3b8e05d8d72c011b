/**
 * Small read-only views of stored documents for the workspace cards.
 */

/** Words in a ProseMirror JSON document (whitespace-separated runs in its text nodes). */
export function wordCount(content: unknown): number {
	let words = 0;
	const stack: unknown[] = [content];
	while (stack.length) {
		const node = stack.pop() as { text?: unknown; content?: unknown; type?: unknown } | null;
		if (!node || typeof node !== 'object') continue;
		if (typeof node.text === 'string') {
			// Adjacent text nodes (differently marked runs) can split one word; close enough.
			for (const part of node.text.split(/\s+/)) if (part) words++;
		}
		if (Array.isArray(node.content))
			for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
	}
	return words;
}

/**
 * Characters of text in a ProseMirror JSON document, counting stops once past `limit` (the
 * caller only needs to know whether the document is larger), so a huge document costs no more
 * than a small one.
 */
export function textLength(content: unknown, limit = Infinity): number {
	let chars = 0;
	const stack: unknown[] = [content];
	while (stack.length && chars <= limit) {
		const node = stack.pop() as { text?: unknown; content?: unknown } | null;
		if (!node || typeof node !== 'object') continue;
		if (typeof node.text === 'string') chars += node.text.length;
		if (Array.isArray(node.content))
			for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
	}
	return chars;
}

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });

/** "just now", "5 minutes ago", "yesterday", or a date for anything older than a week. */
export function relativeTime(when: number | string, now = Date.now()): string {
	const t = typeof when === 'number' ? when : Date.parse(when);
	if (!Number.isFinite(t)) return '';
	const seconds = Math.round((t - now) / 1000);
	const abs = Math.abs(seconds);
	if (abs < 45) return 'just now';
	if (abs < 3600) return RELATIVE.format(Math.round(seconds / 60), 'minute');
	if (abs < 86_400) return RELATIVE.format(Math.round(seconds / 3600), 'hour');
	if (abs < 7 * 86_400) return RELATIVE.format(Math.round(seconds / 86_400), 'day');
	return DATE.format(t);
}

/** A file-name-safe slug of a title ("Offline picking!" → "offline-picking"). */
export function slugify(title: string, fallback = 'untitled'): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** The calendar day of a timestamp, as YYYY-MM-DD (UTC). */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
