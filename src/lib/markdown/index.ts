/**
 * Markdown ↔ ProseMirror for Fivefold documents: the schema, the link-href allowlist, and a
 * parser/serializer pair that round-trips. Pure: no DOM needed.
 */
export { schema, MAX_HEADING_LEVEL } from './schema';
export { safeHref, MAX_HREF_CHARS } from './url';
export {
	markdownToDoc,
	MAX_MARKDOWN_CHARS,
	MAX_MARKDOWN_NESTING,
	type MarkdownParseResult
} from './parse';
export { docToMarkdown } from './serialize';
