/**
 * Start an import job in a Web Worker and hand back its outcome, its progress as it comes,
 * and a way to cancel it (the worker is terminated at once, so even a file that takes long to
 * unpack stops). Where no worker can start (an old browser, a strict policy), the job runs on
 * the page instead.
 */
import type { ImportProgress } from '$lib/model/workspace-file';
import type { DocRecord } from '$lib/model/types';
import type { ImportJob, ImportOutcome } from './job';

/** A running import. */
export interface RunningImport<J extends ImportJob> {
	/** The outcome, or `null` once cancelled. */
	done: Promise<ImportOutcome<J> | null>;
	cancel(): void;
}

async function runHere<J extends ImportJob>(
	job: J,
	onProgress: (p: ImportProgress) => void
): Promise<ImportOutcome<J>> {
	const { runImportJob } = await import('./job');
	return (await runImportJob(job, onProgress)) as ImportOutcome<J>;
}

/** Run `job` off the main thread, reporting progress to `onProgress`. */
export function startImport<J extends ImportJob>(
	job: J,
	onProgress: (p: ImportProgress) => void
): RunningImport<J> {
	let cancelled = false;
	let started = false;
	let worker: Worker | null = null;
	let settle: (value: ImportOutcome<J> | null) => void = () => {};
	const done = new Promise<ImportOutcome<J> | null>((resolve, reject) => {
		settle = resolve;
		const fallBack = () => {
			worker?.terminate();
			worker = null;
			if (!cancelled) runHere(job, onProgress).then(resolve, reject);
		};
		if (typeof Worker === 'undefined') return fallBack();
		try {
			worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		} catch {
			return fallBack();
		}
		const docs: DocRecord[] = [];
		worker.onmessage = (
			e: MessageEvent<{
				progress?: ImportProgress;
				docs?: string;
				outcome?: string;
				error?: string;
			}>
		) => {
			started = true;
			if (cancelled) return;
			if (e.data.progress) return onProgress(e.data.progress);
			if (e.data.docs) return void docs.push(...(JSON.parse(e.data.docs) as DocRecord[]));
			worker?.terminate();
			worker = null;
			if (!e.data.outcome) return reject(new Error(e.data.error ?? 'The import failed.'));
			const outcome = JSON.parse(e.data.outcome) as ImportOutcome<J>;
			if (!Array.isArray(outcome) && outcome.ok) outcome.value.docs = docs;
			resolve(outcome);
		};
		// The script could not load: run on the page. A worker that started and then died (out of
		// memory) is not retried here, where the same file would freeze the tab.
		worker.onerror = (e) => {
			e.preventDefault();
			if (!started) return fallBack();
			worker?.terminate();
			worker = null;
			reject(new Error(e.message || 'the import stopped unexpectedly'));
		};
		worker.postMessage({ job });
	});
	return {
		done,
		cancel() {
			cancelled = true;
			worker?.terminate();
			worker = null;
			settle(null);
		}
	};
}
