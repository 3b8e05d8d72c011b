/**
 * Dismissals on export: the engine's ignore comments, so `fivefold check` on an exported file
 * agrees with the editor. Uses the engine's own block reader, so "the block" means what the
 * engine means by it.
 */
import { RULE_IDS, type Finding, type RuleId } from '$lib/analysis';
import { parseMarkdown } from '$lib/analysis/text/index.js';
import { partition, type Commented, type Dismissal } from './dismissals';

/**
 * `markdown` with `<!-- fivefold-disable-next rule… -->` before each block holding a dismissed
 * finding. `findings` are the engine's findings for `markdown` as it is (same kind and
 * config). The comment goes on its own line right before the block's first line; before a
 * list item that is not the first of its list it is indented under the previous item, so the
 * list stays one list. Findings with no dismissal are untouched.
 *
 * The editor checks this same text, so a dismissed finding also leaves the rule's budget (as
 * the engine's ignore comments do) and the editor and the CLI agree by construction.
 */
export function withIgnoreComments(
	markdown: string,
	findings: readonly Finding[],
	dismissed: readonly Dismissal[]
): Commented {
	const { hidden } = partition(findings, dismissed);
	if (!hidden.length) return { markdown, inserted: [] };
	const { blocks, lineStarts } = parseMarkdown(markdown);
	const byLine = new Map<number, { rules: Set<RuleId>; indent: string }>();
	for (const f of hidden) {
		const offset = (lineStarts[f.line - 1] ?? 0) + f.column - 1;
		let i = blocks.length - 1;
		while (i > 0 && blocks[i].offset > offset) i--;
		const block = blocks[i];
		if (!block) continue;
		const entry = byLine.get(block.line) ?? { rules: new Set<RuleId>(), indent: '' };
		entry.rules.add(f.rule);
		const prev = blocks[i - 1];
		if (block.type === 'list-item' && prev && prev.type === 'list-item') {
			// Indented at most three spaces: still a comment to the engine, inside the item above.
			const marker = /^( *)(?:[-*+]|\d{1,9}[.)])( +)/.exec(prev.raw);
			entry.indent = ' '.repeat(Math.min(3, marker ? marker[0].length : 2));
		}
		byLine.set(block.line, entry);
	}
	const lines = markdown.split('\n');
	const sorted = [...byLine].sort((a, b) => b[0] - a[0]);
	for (const [line, { rules, indent }] of sorted) {
		const ordered = RULE_IDS.filter((r) => rules.has(r));
		lines.splice(line - 1, 0, `${indent}<!-- fivefold-disable-next ${ordered.join(' ')} -->`);
	}
	return { markdown: lines.join('\n'), inserted: sorted.map(([line]) => line).reverse() };
}
