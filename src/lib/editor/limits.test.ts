import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { schema } from '$lib/markdown/schema';
import { contentToDoc } from '$lib/model/validate';
import { contentProblem, measureContent, WRITE_LIMITS } from '$lib/model/limits';
import { limitsPlugin } from './limits';
import type { Node } from 'prosemirror-model';

function nestedList(levels: number): Node {
	let node: Node = schema.nodes.paragraph.create(null, schema.text('deep'));
	for (let i = 0; i < levels; i++) {
		const item = schema.nodes.list_item.create(
			null,
			node.type === schema.nodes.paragraph ? [node] : [schema.nodes.paragraph.create(), node]
		);
		node = schema.nodes.bullet_list.create(null, item);
	}
	return schema.nodes.doc.create(null, node);
}

describe('the shared limits for typing and pasting', () => {
	it('measures content exactly as the reader counts its JSON', () => {
		const link = schema.marks.link.create({ href: 'https://example.com', title: null });
		const doc = schema.nodes.doc.create(null, [
			schema.nodes.heading.create({ level: 2 }, schema.text('Title')),
			schema.nodes.paragraph.create(null, [
				schema.text('plain '),
				schema.text('linked', [link, schema.marks.strong.create()])
			]),
			nestedList(3).firstChild!
		]);
		const m = measureContent(doc);
		let values = 0;
		let chars = 0;
		const walk = (v: unknown) => {
			values++;
			if (typeof v === 'string') chars += v.length;
			else if (Array.isArray(v)) v.forEach(walk);
			else if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v)) {
					chars += k.length;
					walk(x);
				}
		};
		walk(doc.toJSON());
		expect([m.jsonValues, m.jsonChars]).toEqual([values, chars]);
		expect(m.depth).toBe(1 + 3 * 2 + 2);
		// The reader agrees on the depth: exactly at m.depth passes, one less fails.
		expect(contentToDoc(doc.toJSON(), 'x', { ...WRITE_LIMITS, depth: m.depth }).ok).toBe(true);
		expect(contentToDoc(doc.toJSON(), 'x', { ...WRITE_LIMITS, depth: m.depth - 1 }).ok).toBe(false);
	});

	it('refuses an edit that nests past the limit, with a message, and allows the rest', () => {
		const messages: string[] = [];
		const levels = Math.floor((WRITE_LIMITS.depth - 3) / 2);
		const state = EditorState.create({
			doc: nestedList(levels),
			plugins: [limitsPlugin((m) => messages.push(m))]
		});
		expect(contentProblem(measureContent(state.doc))).toBeNull();
		// One more list level is one too deep: refused.
		const wrapped = state.tr.replaceWith(0, state.doc.content.size, nestedList(levels + 1).content);
		expect(state.applyTransaction(wrapped).state.doc).toBe(state.doc);
		expect(messages).toEqual([
			'Lists and quotes can be nested at most 34 levels deep, so that change was not made.'
		]);
		// Typing inside is fine.
		const typed = state.tr.insertText('!', state.doc.content.size - levels * 2 - 1);
		expect(state.applyTransaction(typed).state.doc).not.toBe(state.doc);
	});

	it('lets a document already past a limit be edited, as long as it does not grow past it', () => {
		const messages: string[] = [];
		const state = EditorState.create({
			doc: nestedList(WRITE_LIMITS.depth),
			plugins: [limitsPlugin((m) => messages.push(m), WRITE_LIMITS)]
		});
		const end = state.doc.content.size;
		const tr = state.tr.setSelection(TextSelection.create(state.doc, 3)).insertText('x', 3);
		expect(state.applyTransaction(tr).state.doc.textContent).toContain('x');
		expect(state.applyTransaction(state.tr.delete(end - 10, end - 6)).state.doc).not.toBe(
			state.doc
		);
		expect(messages).toEqual([]);
	});

	it('refuses text past the character limit', () => {
		const messages: string[] = [];
		const limits = { ...WRITE_LIMITS, textChars: 100 };
		const state = EditorState.create({
			doc: schema.nodes.doc.create(null, schema.nodes.paragraph.create(null, schema.text('a'))),
			plugins: [limitsPlugin((m) => messages.push(m), limits)]
		});
		const tr = state.tr.insertText('b'.repeat(200), 1);
		expect(state.applyTransaction(tr).state.doc).toBe(state.doc);
		expect(messages[0]).toMatch(/more than 100 characters\. Split the document into two\.$/);
	});
});
