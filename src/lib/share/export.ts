/**
 * Review comments written into exported Markdown, the author's choice of two forms:
 *
 * - CriticMarkup (criticmarkup.com): `{>>Name: comment<<}` right after the text it is about;
 * - footnotes: `[^c1]` after the text, `[^c1]: Name: comment` at the end.
 *
 * Each comment's quote is found in the Markdown with the same tolerant search as in the editor;
 * comments on the whole draft, on findings or whose text is gone go at the end. Resolved
 * comments are left out.
 */
import { locateAnchor } from './anchor';
import type { StoredComment } from './inbox';

/** How comments are written into exported Markdown. */
export type CommentStyle = 'none' | 'critic' | 'footnotes';

/** The comment styles with their labels, in menu order. */
export const COMMENT_STYLES: ReadonlyArray<{ id: CommentStyle; label: string }> = [
	{ id: 'none', label: 'Leave comments out' },
	{ id: 'critic', label: 'As CriticMarkup' },
	{ id: 'footnotes', label: 'As footnotes' }
];

function oneLine(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

/** The thread as one line: the comment, its finding stance, its replies. */
function threadText(c: StoredComment, style: CommentStyle): string {
	const parts = [`${oneLine(c.author)}: ${oneLine(c.body)}`];
	if (c.finding)
		parts.unshift(
			`(${c.finding.stance === 'agree' ? 'agrees' : 'disagrees'} with the checker's ${c.finding.rule} finding)`
		);
	for (const r of c.replies) parts.push(`— ${oneLine(r.author)}: ${oneLine(r.body)}`);
	const text = parts.join(' ');
	// A comment must not close its own markup early.
	return style === 'critic' ? text.replace(/<<\}/g, '<< }') : text.replace(/\]/g, '\\]');
}

/** `markdown` with the open comments written in `style`. */
export function withComments(
	markdown: string,
	comments: readonly StoredComment[],
	style: CommentStyle
): string {
	const open = comments.filter((c) => !c.resolved);
	if (style === 'none' || open.length === 0) return markdown;
	const inserts: Array<{ at: number; text: string }> = [];
	const trailing: string[] = [];
	const notes: string[] = [];
	open.forEach((c, i) => {
		const label = `c${i + 1}`;
		const body = threadText(c, style);
		const mark = style === 'critic' ? `{>>${body}<<}` : `[^${label}]`;
		if (style === 'footnotes') notes.push(`[^${label}]: ${body}`);
		const at = c.anchor ? locateAnchor(markdown, c.anchor) : null;
		if (at) inserts.push({ at: at.end, text: mark });
		else if (style === 'critic') trailing.push(mark);
		else trailing.push(`[^${label}]`);
	});
	inserts.sort((a, b) => b.at - a.at);
	let out = markdown;
	for (const { at, text } of inserts) out = out.slice(0, at) + text + out.slice(at);
	out = out.replace(/\n*$/, '\n');
	if (trailing.length) out += `\nComments on the whole draft: ${trailing.join(' ')}\n`;
	if (notes.length) out += `\n${notes.join('\n')}\n`;
	return out;
}
