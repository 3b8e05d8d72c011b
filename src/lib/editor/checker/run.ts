/**
 * One check of an editor document: Markdown with its position map, the incremental engine,
 * findings placed in the document and split by the dismissals. Load this module lazily: it
 * holds the engine and the serializer.
 */
import type { Node } from 'prosemirror-model';
import {
	createChecker,
	type ConfigInput,
	type DocKind,
	type Finding,
	type Report
} from '$lib/analysis';
import { partition, type Dismissal } from './dismissals';
import { originalLine, withIgnoreComments } from './ignore-comments';
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

	#run(doc: Node, input: CheckInput) {
		const source = docSource(doc, input.title.trim() || undefined);
		const opts = { kind: input.kind, config: input.config, today: input.today };
		const first = this.#checker.check(source.markdown, opts);
		const commented = withIgnoreComments(source.markdown, first.findings, input.dismissed);
		// With dismissals, check the text as exported (ignore comments in place): the dismissed
		// findings leave the rule's budget too, exactly as `fivefold check` sees the file.
		const report = commented.inserted.length
			? this.#checker.check(commented.markdown, opts)
			: first;
		return { source, first, report, commented };
	}

	/** Check `doc` (with `input.title` as its `# ` heading, as exported). */
	check(doc: Node, input: CheckInput): CheckResult {
		const { source, first, report, commented } = this.#run(doc, input);
		const counts = new Map<string, number>();
		const locate = (f: Finding, line: number | null): LocatedFinding => {
			const base = `${f.rule}@${line ?? 0}:${f.column}`;
			const n = counts.get(base) ?? 0;
			counts.set(base, n + 1);
			const range = line === null ? null : rangeOf(source, line, f.column, f.length);
			return { ...f, line: line ?? f.line, id: n ? `${base}#${n}` : base, range };
		};
		const shown = report.findings.map((f) => locate(f, originalLine(commented, f.line)));
		const hidden = partition(first.findings, input.dismissed).hidden.map((f) => locate(f, f.line));
		return { report: { ...report, findings: shown }, shown, hidden };
	}

	/** The document as Markdown for export: dismissals written as the engine's ignore comments. */
	exportMarkdown(doc: Node, input: CheckInput): string {
		return this.#run(doc, input).commented.markdown;
	}
}
