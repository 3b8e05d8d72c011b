/**
 * The checker's Web Worker: runs the engine off the main thread, so a check of a long document
 * never delays a keystroke. One worker per open document (its block cache is the document's).
 * Messages: `{ id, request }` in, `{ id, result }` or `{ id, error }` out.
 */
import { createChecker } from '$lib/analysis';
import { runEngine, type EngineRequest } from './engine';

const checker = createChecker();

self.onmessage = (event: MessageEvent<{ id: number; request: EngineRequest }>) => {
	const { id, request } = event.data;
	try {
		self.postMessage({ id, result: runEngine(checker, request) });
	} catch (error) {
		self.postMessage({ id, error: String((error as Error)?.message ?? error) });
	}
};
