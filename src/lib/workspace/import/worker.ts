/**
 * The import worker: reads, unzips, parses and validates imported files off the main thread,
 * so a 20 MB backup or a zip that lies about its sizes never freezes the tab.
 * Messages: `{ job }` in; `{ progress }` (at most every 50 ms, and on each new step), a
 * workspace's documents as `{ docs }` batches of about 1 MB, then `{ outcome }` (its `docs`
 * empty when batches were sent) or `{ error }` out. Documents and outcome travel as JSON text
 * (everything here is validated plain JSON): the page's `JSON.parse` of it costs about 40 % of
 * taking apart the same objects sent as they are, and batches keep each of its tasks short.
 */
import type { ImportProgress } from '$lib/model/workspace-file';
import { runImportJob, type ImportJob } from './job';

/** About this many characters of documents per `{ docs }` message. */
const BATCH_CHARS = 1_000_000;

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
		const outcome = await runImportJob(event.data.job, progress);
		if (!Array.isArray(outcome) && outcome.ok) {
			let batch = [];
			let chars = 0;
			for (const doc of outcome.value.docs) {
				batch.push(doc);
				chars += JSON.stringify(doc.content).length;
				if (chars < BATCH_CHARS) continue;
				self.postMessage({ docs: JSON.stringify(batch) });
				batch = [];
				chars = 0;
			}
			if (batch.length) self.postMessage({ docs: JSON.stringify(batch) });
			outcome.value.docs = [];
		}
		self.postMessage({ outcome: JSON.stringify(outcome) });
	} catch (error) {
		self.postMessage({ error: String((error as Error)?.message ?? error) });
	}
};
