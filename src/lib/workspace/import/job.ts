/**
 * One import, start to finish, as plain data in and out: read the picked files (size checked
 * before reading), unzip / parse / validate / convert them, with progress. It runs in the
 * import worker (`worker.ts`), or on the page when no worker can start. It never touches
 * storage: the page writes only what the user then chooses.
 */
import { check } from '$lib/analysis';
import {
	docFromMarkdownFile,
	importWorkspaceFile,
	MAX_IMPORT_BYTES,
	MAX_MARKDOWN_FILE_BYTES,
	type ImportProgress
} from '$lib/model/workspace-file';
import type { DocKind, DocRecord, Result, Settings } from '$lib/model/types';
import { readFile } from '../download';

/** What to import. */
export type ImportJob =
	{ type: 'workspace'; file: File } | { type: 'markdown'; files: { file: File; kind: DocKind }[] };

/** A workspace file's documents and settings, validated. */
export interface WorkspaceOutcome {
	docs: DocRecord[];
	settings: Settings;
	notices: string[];
}

/** Each Markdown file's document and notices, or why it was refused. */
export type MarkdownOutcome = Result<{ doc: DocRecord; notices: string[] }>[];

/** What a job gives back. */
export type ImportOutcome<J extends ImportJob> = J extends { type: 'workspace' }
	? Result<WorkspaceOutcome>
	: MarkdownOutcome;

/** The engine's findings, so imported ignore comments match exactly what they silence. */
const findings = (markdown: string, kind: DocKind) => check(markdown, { kind }).findings;

/** Run `job`, telling `onProgress` what it is doing. */
export async function runImportJob(
	job: ImportJob,
	onProgress: (progress: ImportProgress) => void
): Promise<Result<WorkspaceOutcome> | MarkdownOutcome> {
	if (job.type === 'workspace') {
		onProgress({ step: 'Reading the file' });
		const read = await readFile(job.file, MAX_IMPORT_BYTES);
		if (!read.ok) return read;
		const parsed = importWorkspaceFile(read.bytes, job.file.name, { findings, onProgress });
		if (!parsed.ok) return parsed;
		const { docs, settings, notices } = parsed.value;
		onProgress({ step: 'Handing over the documents' });
		return { ok: true, value: { docs, settings, notices } };
	}
	const out: MarkdownOutcome = [];
	const total = job.files.length;
	for (let i = 0; i < total; i++) {
		const { file, kind } = job.files[i];
		const step = total > 1 ? `Converting file ${i + 1} of ${total}` : 'Converting Markdown';
		onProgress({ step, done: i, total });
		const read = await readFile(file, MAX_MARKDOWN_FILE_BYTES);
		out.push(
			read.ok
				? docFromMarkdownFile(read.bytes, file.name, kind, {
						findings,
						onProgress: () => onProgress({ step, done: i, total })
					})
				: read
		);
	}
	onProgress({ step: 'Handing over the documents', done: total, total });
	return out;
}
