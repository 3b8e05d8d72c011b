/**
 * Ignore comments on Markdown import: the inverse of the editor's export
 * (`$lib/editor/checker/ignore-comments.ts`). Export writes each dismissal as the engine's
 * `<!-- fivefold-disable-next rule… -->` before the block holding the finding; importing that
 * Markdown must not turn the comment into a paragraph of literal text, nor lose the dismissal.
 *
 * `readIgnoreDirectives` takes the engine's exact directive comments out of the Markdown and
 * says which blocks they cover with which rules, by the engine's own block reader and the same
 * rules as the engine's `disabledByComments` (`$lib/analysis/check.ts`), so "the block" means
 * what `fivefold check` means by it. `directiveDismissals` turns that into dismissals: one per
 * engine finding the directives silence (dismissals match by rule + finding excerpt, see
 * `$lib/editor/checker/dismissals.ts`), so the editor hides exactly what the CLI hides.
 *
 * Pure and engine-free (only the engine's block reader and rule ids): the caller runs the
 * engine, so the model and the workspace page do not carry it. It lives in the model because
 * `docFromMarkdownFile` is where Markdown becomes a document and nothing here needs the editor.
 */
import { RULE_IDS } from '../analysis/config.js';
import { readDirectives } from '../analysis/directives.js';
import { parseMarkdown, type Block } from '../analysis/text/markdown.js';
import type { Finding, RuleId } from '../analysis/types.js';
import type { Dismissal } from './types';

/** Reason given to dismissals read from Markdown. */
export const IMPORTED_REASON = 'Imported from Markdown';

/** A block the directives cover, with the rules they turn off there. */
export interface CoveredBlock {
	/** 1-based line of the block in the Markdown without directives. */
	line: number;
	/** The block's plain text, as the engine reads it. */
	text: string;
	/** Rules off in this block (every rule for a directive with no rule list). */
	rules: readonly RuleId[];
}

/** Markdown with its directive comments taken out, and what they said. */
export interface ReadDirectives {
	/** The Markdown without directive comments (everything else untouched). */
	markdown: string;
	/** Covered blocks, in document order. */
	covered: CoveredBlock[];
	/** How many directive comments were taken out. */
	removed: number;
	/** Start offsets (in `markdown`) of every block, and which of `covered` each is, or -1. */
	blocks: { offset: number; covered: number }[];
	/** Offsets where each line of `markdown` starts. */
	lineStarts: number[];
}

const LIST_OR_QUOTE = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]|$)/;
const BLANK = /^[ \t\r]*$/;

function lineStartsOf(s: string): number[] {
	const starts = [0];
	for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/**
 * `markdown` without the engine's ignore directives, and the blocks they cover. A directive
 * comment's lines are removed (exported Markdown only ever inserted them); where that would
 * join the paragraphs around it, a blank line stays instead.
 */
export function readIgnoreDirectives(markdown: string): ReadDirectives {
	if (!markdown.includes('fivefold-')) {
		const lineStarts = lineStartsOf(markdown);
		return { markdown, covered: [], removed: 0, blocks: [], lineStarts };
	}
	const parsed = parseMarkdown(markdown);
	const lines = markdown.split('\n');
	const drop: boolean[] = lines.map(() => false);
	const rulesOf = new Map<Block, readonly RuleId[]>();
	// The engine's own reading of the directives; only comments that are exactly one directive
	// are taken out (any other comment stays literal text, as before).
	const { disabled, isDirective } = readDirectives(parsed.blocks, true);
	let removed = 0;
	parsed.blocks.forEach((b, i) => {
		if (isDirective[i]) {
			removed++;
			const first = b.line - 1;
			const last = first + (b.raw.match(/\n/g)?.length ?? 0);
			for (let k = first; k <= last; k++) drop[k] = true;
			return;
		}
		const off = disabled[i];
		if (b.type === 'comment' || !off) return;
		rulesOf.set(b, off === 'all' ? RULE_IDS : RULE_IDS.filter((r) => off.has(r)));
	});
	if (!removed) {
		return { markdown, covered: [], removed: 0, blocks: [], lineStarts: parsed.lineStarts };
	}

	const out: string[] = [];
	const newLine: number[] = []; // original line index → index in `out`
	for (let i = 0; i < lines.length; i++) {
		newLine.push(out.length);
		if (!drop[i]) {
			out.push(lines[i]);
			continue;
		}
		let end = i;
		while (drop[end + 1]) {
			newLine.push(out.length);
			end++;
		}
		const before = out[out.length - 1];
		const after = lines[end + 1];
		// Two text lines would meet and join into one paragraph: keep them apart. An indented
		// comment sat inside a list item (export puts one there), where the lines must meet.
		const joins =
			before !== undefined &&
			after !== undefined &&
			!BLANK.test(before) &&
			!BLANK.test(after) &&
			!/^[ \t]/.test(lines[i]) &&
			!LIST_OR_QUOTE.test(after);
		if (joins) out.push('');
		i = end;
	}
	const stripped = out.join('\n');
	const lineStarts = lineStartsOf(stripped);
	const covered: CoveredBlock[] = [];
	const blocks: ReadDirectives['blocks'] = [];
	for (const b of parsed.blocks) {
		if (drop[b.line - 1]) continue;
		const column = b.offset - parsed.lineStarts[b.line - 1];
		const line = newLine[b.line - 1];
		const rules = rulesOf.get(b);
		blocks.push({ offset: lineStarts[line] + column, covered: rules ? covered.length : -1 });
		if (rules) covered.push({ line: line + 1, text: b.text, rules });
	}
	return { markdown: stripped, covered, removed, blocks, lineStarts };
}

/** What of a finding matters here (the engine's `Finding` fits). */
export type FindingLike = Pick<Finding, 'rule' | 'line' | 'column' | 'excerpt'>;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Dismissals for what the directives silence. With `findings` (the engine's findings for
 * `read.markdown`, directives out): one per finding in a covered block whose rule is off
 * there, with the finding's excerpt, exactly as if each had been dismissed in the editor.
 * Without (no engine at hand): one per covered block and rule, with the block's plain text as
 * the excerpt, which matches the findings that span a whole block or its only sentence.
 * Duplicates (same rule, same whitespace-normalised excerpt) are dropped.
 */
export function directiveDismissals(
	read: ReadDirectives,
	findings: readonly FindingLike[] | null,
	at: number = Date.now(),
	reason: string = IMPORTED_REASON
): Dismissal[] {
	const out: Dismissal[] = [];
	const seen = new Set<string>();
	const add = (rule: RuleId, excerpt: string) => {
		const key = `${rule}\u0000${norm(excerpt)}`;
		if (!norm(excerpt) || seen.has(key)) return;
		seen.add(key);
		out.push({ rule, excerpt, reason, at });
	};
	if (!read.covered.length) return out;
	if (!findings) {
		for (const c of read.covered) for (const rule of c.rules) add(rule, c.text);
		return out;
	}
	for (const f of findings) {
		const offset = (read.lineStarts[f.line - 1] ?? 0) + f.column - 1;
		// The block holding the finding: the last block starting at or before it (as the engine).
		let lo = 0;
		let hi = read.blocks.length - 1;
		if (hi < 0) continue;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (read.blocks[mid].offset <= offset) lo = mid;
			else hi = mid - 1;
		}
		const c = read.covered[read.blocks[lo].covered];
		if (c && c.rules.includes(f.rule)) add(f.rule, f.excerpt);
	}
	return out;
}
