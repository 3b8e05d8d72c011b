/**
 * One check of an editor document: Markdown with its position map, the engine (in a Web
 * Worker where there is one, else on this thread), findings placed in the document and split
 * by the dismissals. Load this module lazily: it holds the serializer.
 */
import type { Node } from 'prosemirror-model';
import type { ConfigInput, DocKind, Finding, Report } from '$lib/analysis';
import { originalLine, type Dismissal } from './dismissals';
import type { EngineRequest, EngineResult } from './engine';
import type { LocatedFinding } from './plugin';
import { docSource, rangeOf, type DocSource } from './source-map';

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

/**
 * Checks one document, with the engine's block cache kept between calls. The engine runs in
 * a Web Worker when the browser has them, else (or if the worker fails) on this thread,
 * loaded on first use: the page itself never carries the engine.
 */
export class DocChecker {
	#local: Promise<(req: EngineRequest) => EngineResult> | null = null;
	#worker: Worker | null = null;
	#next = 0;
	readonly #waiting = new Map<
		number,
		{ req: EngineRequest; resolve: (r: EngineResult) => void; reject: (e: unknown) => void }
	>();

	constructor(options: { worker?: boolean } = {}) {
		if (options.worker === false || typeof Worker === 'undefined') return;
		try {
			this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
			this.#worker.onmessage = (e: MessageEvent<{ id: number; result?: EngineResult }>) => {
				const waiting = this.#waiting.get(e.data.id);
				this.#waiting.delete(e.data.id);
				if (!waiting) return;
				if (e.data.result) waiting.resolve(e.data.result);
				// The worker failed on this input: retry here, and if it fails here too, reject so
				// the caller's next check is not blocked behind a promise that never settles.
				else this.#runLocally(waiting.req).then(waiting.resolve, waiting.reject);
			};
			this.#worker.onerror = () => this.#fallBack();
		} catch {
			this.#worker = null;
		}
	}

	/** A worker that cannot start or run (CSP, old browser): check on this thread from now on. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = null;
		const waiting = [...this.#waiting.values()];
		this.#waiting.clear();
		for (const { req, resolve, reject } of waiting) this.#runLocally(req).then(resolve, reject);
	}

	async #runLocally(req: EngineRequest): Promise<EngineResult> {
		this.#local ??= Promise.all([import('$lib/analysis'), import('./engine')]).then(
			([{ createChecker }, { runEngine }]) => {
				const checker = createChecker();
				return (r: EngineRequest) => runEngine(checker, r);
			}
		);
		return (await this.#local)(req);
	}

	#engine(req: EngineRequest): Promise<EngineResult> {
		const worker = this.#worker;
		if (!worker) return this.#runLocally(req);
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { req, resolve, reject });
			worker.postMessage({ id, request: req });
		});
	}

	#request(doc: Node, input: CheckInput): { source: DocSource; req: EngineRequest } {
		const source = docSource(doc, input.title.trim() || undefined);
		const { kind, config, today } = input;
		// Plain data only: the request crosses to the worker.
		const req = {
			markdown: source.markdown,
			kind,
			config: config && JSON.parse(JSON.stringify(config)),
			today,
			dismissed: input.dismissed.map((d) => ({ ...d }))
		};
		return { source, req };
	}

	/** Check `doc` (with `input.title` as its `# ` heading, as exported). */
	async check(doc: Node, input: CheckInput): Promise<CheckResult> {
		const { source, req } = this.#request(doc, input);
		return place(source, await this.#engine(req));
	}

	/** The document as Markdown for export: dismissals written as the engine's ignore comments. */
	async exportMarkdown(doc: Node, input: CheckInput): Promise<string> {
		return (await this.#engine(this.#request(doc, input).req)).markdown;
	}

	/** Stop the worker; later calls run on this thread. */
	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}

/** The engine's findings placed in the document. */
function place(source: DocSource, result: EngineResult): CheckResult {
	const counts = new Map<string, number>();
	const locate = (f: Finding, line: number | null): LocatedFinding => {
		const base = `${f.rule}@${line ?? 0}:${f.column}`;
		const n = counts.get(base) ?? 0;
		counts.set(base, n + 1);
		const range = line === null ? null : rangeOf(source, line, f.column, f.length);
		return { ...f, line: line ?? f.line, id: n ? `${base}#${n}` : base, range };
	};
	const shown = result.report.findings.map((f) => locate(f, originalLine(result, f.line)));
	const hidden = result.hidden.map((f) => locate(f, f.line));
	return { report: { ...result.report, findings: shown }, shown, hidden };
}
