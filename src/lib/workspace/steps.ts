/**
 * Replaying journalled edits: the editor journals ProseMirror steps (JSON) rather than the whole
 * document on every batch (storage/README.md), and the store folds them into the stored content
 * with this when a document is loaded after a crash, before the idle fold wrote a snapshot.
 */
import { Node } from 'prosemirror-model';
import { Step } from 'prosemirror-transform';
import { schema } from '$lib/markdown/schema';

/**
 * Apply `steps` (JSON, in order) to `content` (a document's ProseMirror JSON) and return the
 * new content. Throws when the content does not parse or a step does not apply, so the store
 * keeps the journal rather than fold in a guess.
 */
export function applyStepsToContent(content: unknown, steps: unknown[]): unknown {
	let doc = Node.fromJSON(schema, content);
	for (const json of steps) {
		const result = Step.fromJSON(schema, json).apply(doc);
		if (!result.doc) throw new Error(result.failed ?? 'A journalled step did not apply.');
		doc = result.doc;
	}
	return doc.toJSON();
}
