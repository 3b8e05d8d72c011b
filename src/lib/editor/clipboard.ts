/**
 * Pasting plain text: it is read as Markdown (so `## Context` pasted from a `.md` file becomes a
 * heading), except inside a code block or on a plain-text paste (Shift), where it stays text.
 * HTML paste needs nothing here: the schema's `parseDOM` rules drop what it cannot hold,
 * including links whose href `safeHref` refuses.
 */
import { Fragment, Slice, type Node, type ResolvedPos, type Schema } from 'prosemirror-model';

/** Largest pasted text parsed as Markdown; bigger pastes go in as plain paragraphs. */
export const MAX_MARKDOWN_PASTE = 2_000_000;

/** Plain text as paragraphs, one per line (or one text run in a code block). */
export function plainTextSlice(schema: Schema, text: string, $context: ResolvedPos): Slice {
	if ($context.parent.type.spec.code) {
		return text ? new Slice(Fragment.from(schema.text(text)), 0, 0) : Slice.empty;
	}
	const paragraphs = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => schema.nodes.paragraph.create(null, line ? schema.text(line) : null));
	return new Slice(Fragment.from(paragraphs), 1, 1);
}

/**
 * A `clipboardTextParser` that reads Markdown with `parse` (which returns the document, or
 * null when it cannot), falling back to plain text.
 */
export function markdownTextParser(
	schema: Schema,
	parse: (markdown: string) => Node | null
): (text: string, $context: ResolvedPos, plain: boolean) => Slice {
	return (text, $context, plain) => {
		if (plain || $context.parent.type.spec.code || text.length > MAX_MARKDOWN_PASTE)
			return plainTextSlice(schema, text, $context);
		const doc = parse(text);
		if (!doc || doc.content.size === 0) return plainTextSlice(schema, text, $context);
		return Slice.maxOpen(doc.content);
	};
}
