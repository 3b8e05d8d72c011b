/**
 * Design docs → sentences with everything `extract` needs to judge them: source position,
 * section heading and kind (inherited from parent headings), whether the sentence opens its
 * block, the inline code it contains, an option title when it sits in an Alternatives
 * section, and its key terms.
 */
import {
	boilerplateOf,
	parseMarkdown,
	positionOf,
	splitSentences,
	stripInline,
	type ParsedMarkdown
} from '../text/index.js';
import type { NamedDoc } from '../types.js';
import { sectionKindOf, type SectionKind } from './cues.js';
import {
	keyTerms,
	termOccurrences,
	type SynonymIndex,
	type TermOccurrences,
	type Terms
} from './terms.js';

/** One sentence of one document. */
export interface SourceSentence {
	/** The caller's document name, unchanged. */
	doc: string;
	/** Position of the document in the input. */
	docIndex: number;
	/** Plain text (inline Markdown removed), as `Evidence.text`. */
	text: string;
	/** 1-based line and column of the sentence start in the source. */
	line: number;
	column: number;
	/** Length of the sentence in source characters. */
	length: number;
	/** Nearest heading text ('' before the first heading). */
	section: string;
	/** Unique per document section (heading block index + 1, 0 before any heading). */
	sectionId: number;
	/** What the section is for (from its heading or its parents'). */
	kind: SectionKind;
	/** Whether the sentence opens its paragraph or list item. */
	first: boolean;
	/** A list item or table row, where a decision may be a few words ("Datastore: Postgres"). */
	short: boolean;
	/** Index of the block in its document; sentences of one block share it. */
	block: number;
	/** Contents of inline code spans in the sentence source. */
	codeSpans: string[];
	/** In an Alternatives section: the option being argued (sub-heading or bold lead). */
	option: string | null;
	/** Key terms of the whole sentence. */
	terms: Terms;
	/** What its key terms were read from, to damp a clause of them (`dampedTerms`). */
	occurrences?: TermOccurrences;
}

const CODE_SPAN = /`([^`]+)`/g;
/**
 * Contents of the inline code spans in `raw` (most sentences have none: no scan then). An
 * `exec` loop from 0 reads what `matchAll` would, without its copy of the pattern per call
 * (the pattern never matches the empty string).
 */
function codeSpansIn(raw: string): string[] {
	const out: string[] = [];
	if (!raw.includes('`')) return out;
	CODE_SPAN.lastIndex = 0;
	for (let m = CODE_SPAN.exec(raw); m; m = CODE_SPAN.exec(raw)) out.push(m[1]);
	return out;
}

const BOLD_LEAD = /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)/;
const PROSE = new Set(['paragraph', 'list-item', 'blockquote']);

/**
 * Body rows of a Markdown table as sentences, cells joined by ", " (header, separator and
 * empty rows skipped). Decisions are often tabulated: "| Datastore | PostgreSQL | … |".
 */
function tableRows(
	offset: number,
	raw: string
): { text: string; from: number; length: number; codeSpans: string[] }[] {
	const rows: { text: string; from: number; length: number; codeSpans: string[] }[] = [];
	let at = offset;
	const lines = raw.split('\n');
	const separator = lines.findIndex((l) => /^\s*\|?\s*:?-{2,}/.test(l));
	lines.forEach((line, i) => {
		const from = at;
		at += line.length + 1;
		if (separator === -1 || i <= separator) return;
		const cells = line
			.replace(/^\s*\|/, '')
			.replace(/\|\s*$/, '')
			.split('|')
			.map((c) => stripInline(c.trim(), 0).text.trim())
			.filter(Boolean);
		if (!cells.length) return;
		const text = cells.join(', ');
		rows.push({
			text: /[.!?]$/.test(text) ? text : text + '.',
			from: from + (line.length - line.trimStart().length),
			length: line.trim().length,
			codeSpans: codeSpansIn(line)
		});
	});
	return rows;
}

/** Read every document into sentences, in document order. Never throws on odd Markdown. */
export function readSentences(
	docs: readonly NamedDoc[],
	synonyms: SynonymIndex,
	/** The documents already parsed, in the same order (a caller that needs the blocks too). */
	parsedDocs?: readonly ParsedMarkdown[],
	/** Keep what each sentence's terms were read from (`occurrences`), for a caller that damps many. */
	keep = false,
	/** Count words read as verbs at a lower weight (`keyTerms`' `verbs`; `extract` does). */
	verbs = false
): SourceSentence[] {
	const out: SourceSentence[] = [];
	docs.forEach((doc, docIndex) => {
		const parsed = parsedDocs?.[docIndex] ?? parseMarkdown(doc.markdown);
		// Heading stack: a sub-heading with no kind of its own ("Move the ledger to DynamoDB")
		// takes its parent's ("Alternatives considered").
		const stack: { depth: number; kind: SectionKind | null; text: string }[] = [];
		let kind: SectionKind = 'other';
		let option: string | null = null;
		let sectionId = 0;
		let headings = 0;
		let seenContext = false;
		parsed.blocks.forEach((block, b) => {
			if (block.type === 'heading') {
				headings++;
				while (stack.length && stack[stack.length - 1].depth >= block.depth) stack.pop();
				// The first top-level heading is the document title ("Design: exports for large
				// merchants"), unless it is a bare section name ("# Problem") in a doc that uses
				// top-level headings for its sections.
				const title =
					headings === 1 && block.depth === 1 && block.text.trim().split(/\s+/).length > 3;
				const own = title ? null : sectionKindOf(block.text);
				stack.push({ depth: block.depth, kind: own, text: block.text });
				kind = 'other';
				for (let i = stack.length - 1; i >= 0; i--)
					if (stack[i].kind) {
						kind = stack[i].kind!;
						break;
					}
				// A section with a heading of its own making ("Where messages live", "The language
				// question") that follows the problem or context describes the design itself.
				if (!stack.some((h) => h.kind) && seenContext && headings > 1) kind = 'proposal';
				if (kind === 'context') seenContext = true;
				const parentAlt = stack.slice(0, -1).some((h) => h.kind === 'alternatives');
				option = kind === 'alternatives' && parentAlt && !own ? block.text : null;
				sectionId = b + 1;
				return;
			}
			// Front matter, metadata lines, checklists, tables of contents: structure, not decisions.
			if (
				boilerplateOf(
					block,
					stack.map((h) => h.text)
				)
			)
				return;
			if (block.type === 'table') {
				for (const row of tableRows(block.offset, block.raw)) {
					const pos = positionOf(parsed.lineStarts, row.from);
					out.push({
						doc: doc.name,
						docIndex,
						text: row.text,
						line: pos.line,
						column: pos.column,
						length: row.length,
						section: block.section,
						sectionId,
						kind,
						first: true,
						short: true,
						block: b,
						codeSpans: row.codeSpans,
						option: null,
						terms: keyTerms(row.text, { synonyms, codeSpans: row.codeSpans, verbs })
					});
				}
				return;
			}
			if (!PROSE.has(block.type) || !block.text.trim()) return;
			const lead = BOLD_LEAD.exec(block.raw)?.[1]?.replace(/[.:]\s*$/, '') ?? null;
			splitSentences(block.text).forEach((s, k) => {
				const from = block.map[s.start];
				const to = block.map[Math.max(s.start, s.end - 1)] + 1;
				// A sentence that opens or closes with inline code maps to just inside its
				// backticks: the code span is read with them.
				const raw = doc.markdown.slice(
					doc.markdown[from - 1] === '`' ? from - 1 : from,
					doc.markdown[to] === '`' ? to + 1 : to
				);
				const codeSpans = codeSpansIn(raw);
				const pos = positionOf(parsed.lineStarts, from);
				const occurrences = keep ? termOccurrences() : undefined;
				out.push({
					doc: doc.name,
					docIndex,
					text: s.text,
					line: pos.line,
					column: pos.column,
					length: to - from,
					section: block.section,
					sectionId,
					kind,
					first: k === 0 || (k === 1 && lead !== null),
					short: block.type === 'list-item',
					block: b,
					codeSpans,
					option: kind === 'alternatives' ? (option ?? lead) : null,
					terms: keyTerms(s.text, { synonyms, codeSpans, keep: occurrences, verbs }),
					occurrences
				});
			});
		});
	});
	return out;
}
