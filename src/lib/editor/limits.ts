/**
 * The shared document limits ($lib/model/limits) for typing and pasting: a transaction that
 * would take the document past a limit it is not already past is not applied, and `onRefuse`
 * says why. Measuring is cached per node, so a keystroke only measures the block it changed.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import {
	contentProblem,
	editRefusal,
	measureContent,
	WRITE_LIMITS,
	type DocLimits
} from '$lib/model/limits';

/** The plugin's key. */
export const limitsKey = new PluginKey('fivefold-limits');

/** Refuse edits past `limits` (the writer's by default); `onRefuse` gets the message. */
export function limitsPlugin(
	onRefuse: (message: string) => void,
	limits: DocLimits = WRITE_LIMITS
): Plugin {
	return new Plugin({
		key: limitsKey,
		filterTransaction(tr, state) {
			if (!tr.docChanged) return true;
			const problem = contentProblem(measureContent(tr.doc), limits, measureContent(state.doc));
			if (problem === null) return true;
			onRefuse(editRefusal(problem));
			return false;
		}
	});
}
