/**
 * A placeholder shown in an empty document: a node decoration on the lone empty paragraph,
 * drawn by CSS (`.is-empty::before { content: attr(data-placeholder) }`), so it is never part
 * of the document or its Markdown.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

const key = new PluginKey('placeholder');

/** Show `text` while the document is a single empty paragraph. */
export function placeholder(text: string): Plugin {
	return new Plugin({
		key,
		props: {
			decorations(state) {
				const { doc } = state;
				const first = doc.firstChild;
				if (doc.childCount !== 1 || !first?.isTextblock || first.content.size > 0) return null;
				return DecorationSet.create(doc, [
					Decoration.node(0, first.nodeSize, {
						class: 'is-empty',
						'data-placeholder': text
					})
				]);
			}
		}
	});
}
