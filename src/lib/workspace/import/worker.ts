/**
 * The import worker: reads, unzips, parses and validates imported files off the main thread,
 * so a 20 MB backup or a zip that lies about its sizes never freezes the tab.
 * Messages: `{ job }` in; `{ progress }` (at most every 50 ms, and on each new step) and
 * finally `{ outcome }` or `{ error }` out.
 */
import type { ImportProgress } from '$lib/model/workspace-file';
import { runImportJob, type ImportJob } from './job';

const EVERY_MS = 50;
let lastStep = '';
let lastAt = 0;

function progress(p: ImportProgress): void {
	const now = performance.now();
	if (p.step === lastStep && now - lastAt < EVERY_MS) return;
	lastStep = p.step;
	lastAt = now;
	self.postMessage({ progress: p });
}

self.onmessage = async (event: MessageEvent<{ job: ImportJob }>) => {
	try {
		self.postMessage({ outcome: await runImportJob(event.data.job, progress) });
	} catch (error) {
		self.postMessage({ error: String((error as Error)?.message ?? error) });
	}
};
