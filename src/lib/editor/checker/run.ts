/**
 * One check of an editor document: Markdown with its position map, the incremental engine,
 * findings placed in the document and split by the dismissals. Load this module lazily: it
 * holds the engine and the serializer.
 */
import type { Node } from 'prosemirror-model';
import { createChecker, type ConfigInput, type DocKind, type Report } from '$lib/analysis';
import { partition, type Dismissal } from './dismissals';
import { withIgnoreComments } from './ignore-comments';
import type { LocatedFinding } from './plugin';
import { docSource, rangeOf } from './source-map';

/** What a check needs besides the document. */
export interface CheckInput {
	kind: DocKind;
	title: string;
	config?: ConfigInput;
	dismissed: readonly Dismissal[];
	/** `YYYY-MM-DD`; defaults to today. */
	today?: string;
}

/** A check's result. */
export interface CheckResult {
	report: Report;
	/** Findings to show, in document order. */
	shown: LocatedFinding[];
	/** Findings a dismissal matches. */
	hidden: LocatedFinding[];
}

/** Checks documents with its own block cache (one per open document). */
export class DocChecker {
	readonly #checker = createChecker();

	/** Check `doc` (with `input.title` as its `# ` heading, as exported). */
	check(doc: Node, input: CheckInput): CheckResult {
		const source = docSource(doc, input.title.trim() || undefined);
		const report = this.#checker.check(source.markdown, {
			kind: input.kind,
			config: input.config,
			today: input.today
		});
		const counts = new Map<string, number>();
		const located: LocatedFinding[] = report.findings.map((f) => {
			const base = `${f.rule}@${f.line}:${f.column}`;
			const n = counts.get(base) ?? 0;
			counts.set(base, n + 1);
			return {
				...f,
				id: n ? `${base}#${n}` : base,
				range: rangeOf(source, f.line, f.column, f.length)
			};
		});
		const { shown, hidden } = partition(located, input.dismissed);
		return { report, shown, hidden };
	}

	/** The document as Markdown for export: dismissals written as the engine's ignore comments. */
	exportMarkdown(doc: Node, input: CheckInput): string {
		const source = docSource(doc, input.title.trim() || undefined);
		const report = this.#checker.check(source.markdown, {
			kind: input.kind,
			config: input.config,
			today: input.today
		});
		return withIgnoreComments(source.markdown, report.findings, input.dismissed);
	}
}
