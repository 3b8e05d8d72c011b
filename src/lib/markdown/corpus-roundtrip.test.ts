/**
 * Real public Markdown (the 46 documents under `src/lib/analysis/corpus/docs`) through import
 * and export. A document round-trips when, after one normalisation pass:
 *
 * 1. **stable**: `export(import(once))` is byte-identical to `once = export(import(original))`;
 * 2. **faithful**: the first export holds the same content as the original, compared in a
 *    canonical form read by an independent markdown-it (GFM tables and strikethrough, raw HTML
 *    on): each block's kind (paragraph, heading, table cell, list item, code, HTML) in order,
 *    with its text (whitespace collapsed; images as their source, since they are kept as text).
 *    Heading levels are not compared (4–6 become 3 by design), nor link targets' spelling.
 *
 * The test prints "N of M round-trip" and fails below the measured figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownToDoc } from './parse';
import { docToMarkdown } from './serialize';

const ROOT = join(__dirname, '../analysis/corpus/docs');
/** Measured on this corpus; raise it when a fix makes more documents pass. */
const EXPECTED_PASSING = 46;

function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}

const reference = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);

function inlineText(children: Token[]): string {
	let out = '';
	for (const token of children) {
		if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') {
			out += token.content;
		} else if (token.type === 'image') {
			out += `![${token.content}](${token.attrGet('src') ?? ''})`;
		} else if (token.type === 'softbreak' || token.type === 'hardbreak') {
			out += ' ';
		}
	}
	return out.replace(/\s+/g, ' ').trim();
}

/** The document's content as a list of `kind: text` lines. */
export function canonical(markdown: string): string[] {
	const out: string[] = [];
	const open: string[] = [];
	for (const token of reference.parse(markdown, {})) {
		if (token.nesting === 1) open.push(token.type.replace(/_open$/, ''));
		if (token.nesting === -1) open.pop();
		switch (token.type) {
			case 'inline': {
				const kind = open.at(-1) === 'heading' ? 'heading' : (open.at(-1) ?? 'text');
				const text = inlineText(token.children ?? []);
				// An empty paragraph writes nothing and is dropped; empty cells are content.
				if (text || kind === 'th' || kind === 'td') out.push(`${kind}: ${text}`);
				break;
			}
			case 'list_item_open':
			case 'tr_open':
				out.push(token.type.replace(/_open$/, ''));
				break;
			case 'fence':
			case 'code_block':
				out.push(`code: ${token.content}`);
				break;
			case 'html_block':
				out.push(`html: ${token.content.replace(/\n+$/, '')}`);
				break;
		}
	}
	return out;
}

/** Why a document does not round-trip, or null when it does. */
export function roundTripProblem(original: string): string | null {
	const first = markdownToDoc(original);
	if (!first.ok) return `import failed: ${first.error}`;
	const once = docToMarkdown(first.doc, first.title ?? undefined);
	const second = markdownToDoc(once);
	if (!second.ok) return `re-import failed: ${second.error}`;
	const twice = docToMarkdown(second.doc, second.title ?? undefined);
	if (twice !== once) {
		const at = [...once].findIndex((c, i) => c !== twice[i]);
		return `not stable at ${at}: ${JSON.stringify(once.slice(at - 40, at + 40))} then ${JSON.stringify(twice.slice(at - 40, at + 40))}`;
	}
	const before = canonical(original);
	const after = canonical(once);
	const i = before.findIndex((line, k) => line !== after[k]);
	if (i >= 0 || before.length !== after.length) {
		const k = i >= 0 ? i : Math.min(before.length, after.length);
		return `content changed at block ${k}: ${JSON.stringify(before[k])} became ${JSON.stringify(after[k])}`;
	}
	return null;
}

describe('real-world Markdown corpus round trip', () => {
	const files = markdownFiles(ROOT).sort();

	it('finds the corpus', () => {
		expect(files.length).toBeGreaterThanOrEqual(46);
	});

	it(`at least ${EXPECTED_PASSING} documents round-trip`, () => {
		const failures: string[] = [];
		for (const file of files) {
			const problem = roundTripProblem(readFileSync(file, 'utf8'));
			if (problem) failures.push(`${relative(ROOT, file)}: ${problem}`);
		}
		const passing = files.length - failures.length;
		console.info(
			`Markdown corpus: ${passing} of ${files.length} round-trip` +
				(failures.length ? `\n${failures.join('\n')}` : '')
		);
		expect(passing).toBeGreaterThanOrEqual(EXPECTED_PASSING);
	}, 60_000);
});

describe('the corpus measure can fail', () => {
	it('sees a table whose rows were joined into one line', () => {
		const table = '| a | b |\n|---|---|\n| 1 | 2 |\n';
		expect(canonical(table)).not.toEqual(canonical('| a | b | |---|---| | 1 | 2 |\n'));
	});

	it('sees a code block whose content changed', () => {
		expect(canonical('```\na\nb\n```\n')).not.toEqual(canonical('```\na b\n```\n'));
	});
});
