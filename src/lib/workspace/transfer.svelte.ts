/**
 * Getting documents in and out: Markdown files (picker, drop), workspace export (zip with
 * Markdown files and a JSON backup) and workspace import, which never overwrites without the
 * user choosing replace or merge. Every file is checked (size, type, content) before anything
 * touches storage; a bad file changes nothing and says why.
 */
import type { App } from './app.svelte';
import { download, readFile } from './download';
import { isoDay } from './text-stats';
import { guessKind, type DocRecord, type Settings } from './model';
import type { FindFindings } from '$lib/model/workspace-file';

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
	/** The one document a Markdown import made: the editor opens it and shows this report. */
	docId?: string;
}

/**
 * The engine's findings for imported Markdown, so its ignore comments become dismissals of
 * exactly the findings they silence (default thresholds: a dismissal only names rule and
 * excerpt). Loaded on import only; undefined if the engine cannot load.
 */
async function engineFindings(): Promise<FindFindings | undefined> {
	try {
		const { check } = await import('$lib/analysis');
		return (markdown, kind) => check(markdown, { kind }).findings;
	} catch {
		return undefined;
	}
}

const MARKDOWN_NAME = /\.(md|markdown|txt)$/i;
const WORKSPACE_NAME = /\.(zip|json)$/i;

/** Import and export state for the workspace page. */
export class Transfer {
	pending = $state.raw<PendingImport | null>(null);
	report = $state.raw<ImportReport | null>(null);
	busy = $state(false);
	/** A document to open now (one Markdown file was imported); the workspace page consumes it. */
	toOpen = $state<string | null>(null);
	readonly #app: App;

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
		const [{ markdownFileToDoc, MAX_MARKDOWN_FILE }, findings] = await Promise.all([
			import('./convert'),
			engineFindings()
		]);
		const docs: DocRecord[] = [];
		const lines: string[] = [];
		let failed = 0;
		for (const file of files) {
			if (!MARKDOWN_NAME.test(file.name)) {
				failed++;
				lines.push(`“${file.name}” was not imported: only .md, .markdown and .txt files can be.`);
				continue;
			}
			const read = await readFile(file, MAX_MARKDOWN_FILE);
			const made = read.ok
				? markdownFileToDoc(read.bytes, file.name, guessKind(file.name), { findings })
				: { ok: false as const, error: read.error };
			if (!made.ok) {
				failed++;
				lines.push(made.error);
				continue;
			}
			const { doc, notices } = made.value;
			docs.push(doc);
			for (const notice of notices) lines.push(`“${doc.title || file.name}”: ${notice}`);
		}
		if (docs.length && !(await this.#app.workspace.add(docs))) return;
		const imported =
			docs.length === 1 ? `“${docs[0].title || 'Untitled'}”` : `${docs.length} documents`;
		this.report = {
			tone: failed ? 'error' : 'success',
			heading: docs.length
				? `Imported ${imported}.` + (failed ? ` ${failed} could not be imported.` : '')
				: 'Nothing was imported.',
			lines,
			docId: docs.length === 1 ? docs[0].id : undefined
		};
		if (docs.length === 1 && !failed) this.toOpen = docs[0].id;
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
		const [{ parseWorkspaceFile, MAX_WORKSPACE_FILE }, findings] = await Promise.all([
			import('./convert'),
			engineFindings()
		]);
		const read = await readFile(file, MAX_WORKSPACE_FILE);
		const parsed = read.ok ? parseWorkspaceFile(read.bytes, file.name, { findings }) : read;
		if (!parsed.ok) {
			this.report = { tone: 'error', heading: 'Nothing was imported.', lines: [parsed.error] };
			return;
		}
		const { docs, settings, notices } = parsed.value;
		this.pending = { name: file.name, docs, settings, notices };
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
		const bytes = workspaceZip(docs, await this.#app.storedSettings());
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
