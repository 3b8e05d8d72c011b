/**
 * The engine side of an editor check, on Markdown only, so it runs the same in a Web Worker
 * and on the main thread: check, and with dismissals check again with the ignore comments in
 * place (the text as exported), so a dismissed finding also leaves its rule's budget.
 */
import type { Checker, ConfigInput, DocKind, Finding, Report } from '$lib/analysis';
import { partition, type Dismissal } from './dismissals';
import { withIgnoreComments } from './ignore-comments';

/** What the engine is asked. */
export interface EngineRequest {
	markdown: string;
	kind: DocKind;
	config?: ConfigInput;
	/** `YYYY-MM-DD`; defaults to today. */
	today?: string;
	dismissed: readonly Dismissal[];
}

/** What it answers. Lines of `report.findings` are in `markdown` with comments inserted. */
export interface EngineResult {
	report: Report;
	/** Findings of the text without comments that a dismissal matches (lines as in the request). */
	hidden: Finding[];
	/** Markdown as exported: with the ignore comments. */
	markdown: string;
	/** Lines of the request's Markdown that got a comment line before them (ascending). */
	inserted: number[];
}

/** Run one check with `checker` (keep one per document: it caches blocks between calls). */
export function runEngine(checker: Checker, req: EngineRequest): EngineResult {
	const opts = { kind: req.kind, config: req.config, today: req.today };
	const first = checker.check(req.markdown, opts);
	const commented = withIgnoreComments(req.markdown, first.findings, req.dismissed);
	const report = commented.inserted.length ? checker.check(commented.markdown, opts) : first;
	return {
		report,
		hidden: partition(first.findings, req.dismissed).hidden,
		markdown: commented.markdown,
		inserted: commented.inserted
	};
}
