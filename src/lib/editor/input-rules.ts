/**
 * Markdown-style input rules: typing `# ` makes a heading, `- ` a list, and so on, as in most
 * Markdown-aware editors. Backspace right after a rule fires undoes it (see keymap.ts).
 */
import {
	InputRule,
	inputRules,
	textblockTypeInputRule,
	wrappingInputRule
} from 'prosemirror-inputrules';
import type { Schema } from 'prosemirror-model';
import { TextSelection, type Plugin } from 'prosemirror-state';

/** Build the input rules plugin for Fivefold's Markdown schema. */
export function buildInputRules(schema: Schema): Plugin {
	const { nodes } = schema;
	// No smart quotes or dash rules: the text is Markdown and must come back out as typed.
	const hr = new InputRule(/^(?:---|___)$/, (state, _match, start, end) => {
		const $start = state.doc.resolve(start);
		if ($start.parent.type !== nodes.paragraph || end !== $start.end()) return null;
		// Replace the paragraph holding the dashes with a rule and a fresh paragraph.
		const tr = state.tr.replaceWith($start.before(), $start.after(), [
			nodes.horizontal_rule.create(),
			nodes.paragraph.create()
		]);
		// Inside the new paragraph: past the rule (1) and into the paragraph (1).
		return tr.setSelection(TextSelection.create(tr.doc, $start.before() + 2));
	});
	return inputRules({
		rules: [
			textblockTypeInputRule(/^(#{1,3})\s$/, nodes.heading, (match) => ({
				level: match[1].length
			})),
			wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
			wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list),
			wrappingInputRule(
				/^(\d{1,9})\.\s$/,
				nodes.ordered_list,
				(match) => ({ order: Number(match[1]) }),
				(match, node) => node.childCount + node.attrs.order === Number(match[1])
			),
			textblockTypeInputRule(/^```$/, nodes.code_block),
			hr
		]
	});
}
