/**
 * One check of an editor document: Markdown with its position map, the engine (in a Web
 * Worker where there is one, else on this thread), findings placed in the document and split
 * by the dismissals. Load this module lazily: it holds the engine and the serializer.
 */
import type { Node } from 'prosemirror-model';
import {
	createChecker,
	type Checker,
	type ConfigInput,
	type DocKind,
	type Finding,
	type Report
} from '$lib/analysis';
import type { Dismissal } from './dismissals';
import { runEngine, type EngineRequest, type EngineResult } from './engine';
import { originalLine } from './ignore-comments';
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
 * Checks one document, with the engine's block cache kept between calls. `check` runs the
 * engine in a Web Worker when the browser has them (answers to superseded requests resolve
 * to null); `checkNow` and `exportMarkdown` run it here.
 */
export class DocChecker {
	#local: Checker | null = null;
	#worker: Worker | null = null;
	#next = 0;
	#waiting = new Map<number, (r: EngineResult | null) => void>();

	constructor(options: { worker?: boolean } = {}) {
		if (options.worker !== false && typeof Worker !== 'undefined') {
			try {
				this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
				this.#worker.onmessage = (e: MessageEvent<{ id: number; result?: EngineResult }>) =>
					this.#answer(e.data.id, e.data.result ?? null);
				this.#worker.onerror = () => this.#fallBack();
			} catch {
				this.#worker = null;
			}
		}
	}

	#answer(id: number, result: EngineResult | null): void {
		for (const [waiting, resolve] of this.#waiting) {
			// Requests run in order: anything older than this answer was superseded.
			if (waiting < id) resolve(null);
			else if (waiting === id) resolve(result);
			else break;
			this.#waiting.delete(waiting);
		}
	}

	/** A worker that cannot start (CSP, old browser): check on this thread from now on. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const resolve of this.#waiting.values()) resolve(null);
		this.#waiting.clear();
	}

	#engine(req: EngineRequest): EngineResult {
		return runEngine((this.#local ??= createChecker()), req);
	}

	#request(doc: Node, input: CheckInput): { source: DocSource; req: EngineRequest } {
		const source = docSource(doc, input.title.trim() || undefined);
		const { kind, config, today } = input;
		// Plain data only: the request may cross to the worker.
		const req = {
			markdown: source.markdown,
			kind,
			config: config && JSON.parse(JSON.stringify(config)),
			today,
			dismissed: input.dismissed.map((d) => ({ ...d }))
		};
		return { source, req };
	}

	/** Check `doc` (with `input.title` as its `# ` heading, as exported); null if superseded. */
	async check(doc: Node, input: CheckInput): Promise<CheckResult | null> {
		const worker = this.#worker;
		if (!worker) return this.checkNow(doc, input);
		const { source, req } = this.#request(doc, input);
		const id = ++this.#next;
		const result = await new Promise<EngineResult | null>((resolve) => {
			this.#waiting.set(id, resolve);
			worker.postMessage({ id, request: req });
		});
		return result && place(source, result);
	}

	/** Check `doc` on this thread. */
	checkNow(doc: Node, input: CheckInput): CheckResult {
		const { source, req } = this.#request(doc, input);
		return place(source, this.#engine(req));
	}

	/** The document as Markdown for export: dismissals written as the engine's ignore comments. */
	exportMarkdown(doc: Node, input: CheckInput): string {
		return this.#engine(this.#request(doc, input).req).markdown;
	}

	/** Stop the worker. */
	destroy(): void {
		this.#fallBack();
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
