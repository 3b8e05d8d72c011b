/**
 * Best-effort text out of a stored record that fails validation (issue 9, item 3): every text
 * block's text, in order, as Markdown paragraphs (headings keep their level). Nothing is
 * validated and nothing is built with ProseMirror, so it works on whatever is stored; it walks
 * iteratively, so no nesting depth can overflow the stack.
 */

const BLOCKS = new Set(['paragraph', 'heading', 'code_block']);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a JSON subtree (every `text` string, in order). */
function textOf(node: unknown): string {
	let out = '';
	const stack: unknown[] = [node];
	while (stack.length) {
		const n = stack.pop();
		if (!isObject(n)) continue;
		if (typeof n.text === 'string') out += n.text;
		else if (n.type === 'hard_break') out += '\n';
		if (Array.isArray(n.content))
			for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
	}
	return out;
}

/** A title and body as Markdown from a raw record, as far as it can be made out. */
export function salvageMarkdown(raw: unknown): string {
	const record = isObject(raw) ? raw : {};
	const title = typeof record.title === 'string' ? record.title.replace(/\s+/g, ' ').trim() : '';
	const parts: string[] = title ? [`# ${title}`] : [];
	const stack: unknown[] = [record.content];
	while (stack.length) {
		const n = stack.pop();
		if (typeof n === 'string') {
			parts.push(n);
			continue;
		}
		if (!isObject(n)) continue;
		if (typeof n.type === 'string' && BLOCKS.has(n.type)) {
			const text = textOf(n);
			if (!text) continue;
			if (n.type === 'code_block') parts.push('```\n' + text + '\n```');
			else if (n.type === 'heading') {
				const level = Math.min(
					6,
					Math.max(2, Number((n.attrs as { level?: unknown })?.level) || 2)
				);
				parts.push(`${'#'.repeat(level)} ${text.replace(/\n/g, ' ')}`);
			} else parts.push(text);
			continue;
		}
		if (typeof n.text === 'string') parts.push(n.text);
		if (Array.isArray(n.content))
			for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
	}
	return parts.join('\n\n') + '\n';
}
