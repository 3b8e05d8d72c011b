import { describe, expect, it } from 'vitest';
import { docToMarkdown } from '../markdown/serialize';
import { newDoc, TEMPLATES } from './doc-factory';
import { restoreDoc, wrapDoc } from './envelope';
import { contentToDoc } from './validate';
import type { DocKind } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newDoc', () => {
	it('starts a design doc from the minimal template, problem first', () => {
		const doc = newDoc('design');
		expect(doc.content).toEqual({
			type: 'doc',
			content: ['Problem', 'Context', 'Proposal', 'Alternatives considered', 'Decision'].flatMap(
				(text) => [
					{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] },
					{ type: 'paragraph' }
				]
			)
		});
	});

	it.each(['design', 'strategy', 'vision'] as DocKind[])('makes a valid, restorable %s', (kind) => {
		const doc = newDoc(kind);
		expect(doc).toMatchObject({
			kind,
			title: '',
			revision: 0,
			sources: [],
			dismissed: [],
			comments: [],
			meta: {}
		});
		expect(doc.id).toMatch(UUID);
		expect(doc.createdAt).toBe(doc.updatedAt);
		expect(contentToDoc(doc.content, 'Document').ok).toBe(true);
		expect(restoreDoc(JSON.parse(JSON.stringify(wrapDoc(doc))))).toEqual({ ok: true, value: doc });
		expect(TEMPLATES[kind].length).toBeGreaterThan(0);
	});

	it('gives every document its own id', () => {
		const ids = new Set(Array.from({ length: 50 }, () => newDoc('design').id));
		expect(ids.size).toBe(50);
	});

	it('takes the body and title from Markdown', () => {
		const doc = newDoc('strategy', { markdown: '# Data strategy\n\nWe will use Postgres.' });
		expect(doc.title).toBe('Data strategy');
		expect(doc.content).toEqual({
			type: 'doc',
			content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We will use Postgres.' }] }]
		});
		expect(newDoc('strategy', { title: 'Mine', markdown: '# Theirs' }).title).toBe('Mine');
	});

	it('exports the template as plain, deletable sections', () => {
		const { content } = newDoc('design', { title: 'Queues' });
		const check = contentToDoc(content, 'Document');
		expect(check.ok && docToMarkdown(check.value, 'Queues')).toBe(
			'# Queues\n\n## Problem\n\n## Context\n\n## Proposal\n\n## Alternatives considered\n\n## Decision\n'
		);
	});

	it('throws a RangeError naming a bad kind', () => {
		expect(() => newDoc('memo' as DocKind)).toThrow(/Unknown document kind "memo"/);
	});
});
