/**
 * Getting documents in and out: Markdown files (picker, drop), workspace export (zip with
 * Markdown files and a JSON backup) and workspace import, which never overwrites without the
 * user choosing replace or merge. Every file is checked (size, type, content) before anything
 * touches storage; a bad file changes nothing and says why.
 */
import type { App } from './app.svelte';
import { download } from './download';
import { isoDay, textLength } from './text-stats';
import { guessKind, type DocRecord, type Settings } from './model';
import type { ImportProgress } from '$lib/model/workspace-file';
import type { ImportJob, ImportOutcome } from './import/job';
import { startImport, type RunningImport } from './import/run';

/** A workspace file read and validated, waiting for the user to choose what to do. */
export interface PendingImport {
	name: string;
	docs: DocRecord[];
	/** The file's settings, applied only on Replace. */
	settings: Settings;
	notices: string[];
}

/** What the last import did, shown until dismissed. */
export interface ImportReport {
	tone: 'success' | 'error';
	heading: string;
	lines: string[];
	/**
	 * The one document a Markdown import made: the editor opens it and shows this report, or,
	 * when it is too long to open at once, the workspace shows the report with an Open button.
	 */
	docId?: string;
}

/**
 * Characters above which one imported document is not opened by itself: laying out a very long
 * document blocks the page for seconds (about 7 s at 2,000,000 characters), which the author
 * should choose to wait for.
 */
export const OPEN_AFTER_IMPORT_MAX_CHARS = 200_000;

const MARKDOWN_NAME = /\.(md|markdown|txt)$/i;
const WORKSPACE_NAME = /\.(zip|json)$/i;

/** Import and export state for the workspace page. */
export class Transfer {
	pending = $state.raw<PendingImport | null>(null);
	report = $state.raw<ImportReport | null>(null);
	/** A document to open now (one Markdown file was imported); the workspace page consumes it. */
	toOpen = $state<string | null>(null);
	/** The import running in the worker, if any: what it is doing, for the progress bar. */
	progress = $state.raw<(ImportProgress & { name: string }) | null>(null);
	readonly #app: App;
	#running: RunningImport<ImportJob> | null = null;

	constructor(app: App) {
		this.#app = app;
	}

	/** Files dropped on the workspace: Markdown files become documents, one zip/JSON a workspace import. */
	async drop(files: File[]): Promise<void> {
		const workspaces = files.filter((f) => WORKSPACE_NAME.test(f.name));
		if (workspaces.length === 1 && files.length === 1) return this.chooseWorkspace(workspaces[0]);
		return this.importMarkdown(files);
	}

	/** Import Markdown files as new documents; reports each file's notices or error. */
	async importMarkdown(files: File[]): Promise<void> {
		this.report = null;
		const docs: DocRecord[] = [];
		const lines: string[] = [];
		let failed = 0;
		const markdown = files.filter((file) => MARKDOWN_NAME.test(file.name));
		for (const file of files) {
			if (markdown.includes(file)) continue;
			failed++;
			lines.push(`“${file.name}” was not imported: only .md, .markdown and .txt files can be.`);
		}
		if (markdown.length) {
			const job = {
				type: 'markdown' as const,
				files: markdown.map((file) => ({ file, kind: guessKind(file.name) }))
			};
			const name = markdown.length === 1 ? markdown[0].name : `${markdown.length} files`;
			const outcome = await this.#run(job, name);
			if (!outcome) return;
			for (let i = 0; i < outcome.length; i++) {
				const made = outcome[i];
				if (!made.ok) {
					failed++;
					lines.push(made.error);
					continue;
				}
				const { doc, notices } = made.value;
				docs.push(doc);
				for (const notice of notices) {
					lines.push(`“${doc.title || markdown[i].name}”: ${notice}`);
				}
			}
		}
		if (docs.length && !(await this.#app.workspace.add(docs))) return;
		const imported =
			docs.length === 1 ? `“${docs[0].title || 'Untitled'}”` : `${docs.length} documents`;
		const one = docs.length === 1 && !failed ? docs[0] : null;
		const chars = one ? textLength(one.content, OPEN_AFTER_IMPORT_MAX_CHARS) : 0;
		const long = chars > OPEN_AFTER_IMPORT_MAX_CHARS;
		if (long)
			lines.push(
				`It is long (over ${OPEN_AFTER_IMPORT_MAX_CHARS.toLocaleString('en')} characters), so it was not opened: opening it takes a few seconds.`
			);
		this.report = {
			tone: failed ? 'error' : 'success',
			heading: docs.length
				? `Imported ${imported}.` + (failed ? ` ${failed} could not be imported.` : '')
				: 'Nothing was imported.',
			lines,
			docId: docs.length === 1 ? docs[0].id : undefined
		};
		if (one && !long) this.toOpen = one.id;
	}

	/** Read a workspace file and, if valid, ask what to do with it. */
	async chooseWorkspace(file: File): Promise<void> {
		this.report = null;
		if (!WORKSPACE_NAME.test(file.name)) {
			this.report = {
				tone: 'error',
				heading: 'Nothing was imported.',
				lines: [`“${file.name}” is not a workspace export (a .zip or .json file).`]
			};
			return;
		}
		const parsed = await this.#run({ type: 'workspace' as const, file }, file.name);
		if (!parsed) return;
		if (!parsed.ok) {
			this.report = { tone: 'error', heading: 'Nothing was imported.', lines: [parsed.error] };
			return;
		}
		const { docs, settings, notices } = parsed.value;
		this.pending = { name: file.name, docs, settings, notices };
	}

	/** Stop the running import; nothing it read is kept. */
	cancel(): void {
		const running = this.#running;
		if (!running) return;
		const name = this.progress?.name ?? 'the file';
		this.#running = null;
		this.progress = null;
		running.cancel();
		this.report = {
			tone: 'success',
			heading: 'Import cancelled.',
			lines: [`Nothing from “${name}” was imported; your workspace is unchanged.`]
		};
	}

	/**
	 * Run `job` in the import worker with progress shown; `null` when cancelled or failed (the
	 * report then says so).
	 */
	async #run<J extends ImportJob>(job: J, name: string): Promise<ImportOutcome<J> | null> {
		this.#running?.cancel();
		this.progress = { name, step: 'Starting' };
		const running = startImport(job, (p) => {
			if (this.#running === running) this.progress = { name, ...p };
		});
		this.#running = running;
		try {
			const outcome = await running.done;
			// Store and list in a task of their own, not the one that took the outcome apart.
			await new Promise((resolve) => setTimeout(resolve));
			return this.#running === running ? outcome : null;
		} catch (error) {
			if (this.#running !== running) return null;
			const why = error instanceof Error ? error.message : String(error);
			this.report = {
				tone: 'error',
				heading: 'Nothing was imported.',
				lines: [`“${name}” could not be read: ${why}. Your workspace is unchanged.`]
			};
			return null;
		} finally {
			if (this.#running === running) {
				this.#running = null;
				this.progress = null;
			}
		}
	}

	/** Carry out the user's choice for the pending workspace import. */
	async resolve(choice: 'replace' | 'merge' | 'cancel'): Promise<void> {
		const pending = this.pending;
		this.pending = null;
		if (!pending || choice === 'cancel') return;
		const { workspace } = this.#app;
		const ok =
			choice === 'replace'
				? await workspace.replaceAll(pending.docs, pending.settings)
				: await workspace.addCopies(pending.docs);
		if (!ok) return;
		const n = pending.docs.length;
		this.report = {
			tone: 'success',
			heading:
				choice === 'replace'
					? `Replaced the workspace with ${n} ${n === 1 ? 'document' : 'documents'} from “${pending.name}”.`
					: `Added ${n} ${n === 1 ? 'document' : 'documents'} from “${pending.name}” as copies.`,
			lines: pending.notices
		};
	}

	/** Download the workspace (what is in memory, so it works even when storage does not). */
	async exportWorkspace(): Promise<void> {
		const { workspace } = this.#app;
		if (workspace.phase === 'loading') await workspace.load();
		const { workspaceZip } = await import('./convert');
		const docs = this.#app.memoryDocs();
		const bytes = workspaceZip(docs, await this.#app.storedSettings(), workspace.unreadable);
		const date = isoDay(Date.now());
		download(bytes as BlobPart, `fivefold-workspace-${date}.zip`, 'application/zip');
		this.#app.toasts.show(
			`Exported ${docs.length} ${docs.length === 1 ? 'document' : 'documents'}.`,
			{
				tone: 'success'
			}
		);
	}
}
