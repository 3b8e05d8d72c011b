import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { MAX_MARKDOWN_CHARS, MAX_MARKDOWN_NESTING, markdownToDoc } from './parse';
import { schema } from './schema';
import { safeHref } from './url';
import { parseOk } from './test-helpers';

function hrefs(doc: Node): string[] {
	const out: string[] = [];
	doc.descendants((node) => {
		for (const mark of node.marks) if (mark.type === schema.marks.link) out.push(mark.attrs.href);
	});
	return out;
}

function nodeTypes(doc: Node): Set<string> {
	const types = new Set<string>();
	doc.descendants((node) => {
		types.add(node.type.name);
	});
	return types;
}

const SCRIPTABLE = /^(javascript|vbscript|data|file):/i;

describe('hostile Markdown', () => {
	it.each([
		['[x](javascript:alert(1))', 1],
		['[x](JaVaScRiPt:alert(1))', 1],
		['[x](java&#x09;script:alert(1))', 1],
		['[x](jav&#x0A;ascript:alert(1))', 1],
		['[x](&#106;avascript:alert(1))', 1],
		['[x](javascript&colon;alert(1))', 1],
		['[x](<javascript:alert(1)>)', 1],
		['[x](  javascript:alert(1)  )', 1],
		['[x](vbscript:msgbox(1))', 1],
		['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 1],
		['[x](file:///etc/passwd)', 1],
		['[x][r]\n\n[r]: javascript:alert(1)', 1],
		['<javascript:alert(1)>', 1],
		['<data:text/html,alert(1)>', 1],
		['[a](https://ok.example) [b](javascript:void(0)) [c](#ok)', 1],
		['[x](java\tscript:alert(1))', 0],
		['<script>alert(1)</script>', 0],
		['<img src=x onerror=alert(1)>', 0],
		['<a href="javascript:alert(1)">x</a>', 0],
		['<svg onload=alert(1)>', 0],
		['<iframe src="javascript:alert(1)"></iframe>', 0],
		['![x](javascript:alert(1))', 0],
		['[![x](y.png)](javascript:alert(1))', 1]
	])('%s yields no unsafe link', (markdown, unsafeLinks) => {
		const { doc, notices } = parseOk(markdown);
		for (const href of hrefs(doc)) {
			expect(safeHref(href)).toBe(href);
			// eslint-disable-next-line no-control-regex -- strip what browsers strip, and more
			expect(href.replace(/[\s\u0000-\u001f]/g, '')).not.toMatch(SCRIPTABLE);
		}
		for (const type of nodeTypes(doc)) expect(Object.keys(schema.nodes)).toContain(type);
		const linkNotice = notices.find((n) => n.includes('kept as plain text'));
		expect(linkNotice ? Number(linkNotice.split(' ')[0]) : 0).toBe(unsafeLinks);
	});

	it('keeps the text of a dropped link', () => {
		expect(parseOk('see [the docs](javascript:alert(1)) now').doc.textContent).toBe(
			'see the docs now'
		);
	});

	it('keeps inline HTML as literal text and HTML blocks as verbatim source', () => {
		const { doc } = parseOk('a <b onclick="x()">bold</b>\n\n<div>\nblock\n</div>');
		expect(doc.textContent).toContain('<b onclick="x()">bold</b>');
		expect(doc.lastChild?.type.name).toBe('raw_block');
		expect(doc.lastChild?.attrs).toEqual({ kind: 'html', source: '<div>\nblock\n</div>' });
	});
});

describe('markdownToDoc', () => {
	it('takes a leading h1 as the title', () => {
		const r = parseOk('# My *strategy*\n\nBody');
		expect(r.title).toBe('My strategy');
		expect(r.doc.childCount).toBe(1);
		expect(r.doc.firstChild?.textContent).toBe('Body');
	});

	it.each([
		['no heading', 'Body'],
		['h2 first', '## Sub\n\nBody'],
		['h1 not first', 'Body\n\n# Late']
	])('has no title with %s', (_name, markdown) => {
		expect(parseOk(markdown).title).toBeNull();
	});

	it('gives an empty body a single empty paragraph', () => {
		const r = parseOk('# Only a title');
		expect(r.doc.toJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
		expect(parseOk('').doc.toJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
	});

	it.each([
		[
			'![a](x.png) and ![b](y.png "t")',
			['2 images were kept as text.'],
			'![a](x.png) and ![b](y.png "t")'
		],
		[
			'#### Deep\n\n###### Deeper',
			['2 headings deeper than level 3 became level 3.'],
			'DeepDeeper'
		],
		['Intro\n\na\\\nb\n===', ['1 line break inside a heading became a space.'], 'Introa b'],
		[
			'[x](javascript:1)',
			[
				'1 link was kept as plain text because the address was not http, https, mailto or relative.'
			],
			'x'
		],
		['| a | b |\n|---|---|\n| 1 | 2 |', [], 'ab12'],
		['plain', [], 'plain']
	])('%j gives notices %j', (markdown, notices, text) => {
		const r = parseOk(markdown);
		expect(r.notices).toEqual(notices);
		expect(r.doc.textContent).toBe(text);
	});

	it('clamps deep headings to level 3', () => {
		const { doc } = parseOk('Intro\n\n###### Six');
		expect(doc.child(1).attrs.level).toBe(3);
	});

	it('reports content nested past the limit instead of dropping it silently', () => {
		const r = parseOk('> '.repeat(MAX_MARKDOWN_NESTING + 5) + 'deep');
		expect(r.notices.some((n) => n.startsWith('Content nested more than'))).toBe(true);
		expect(parseOk('> > > a').notices).toEqual([]);
	});

	it('refuses oversized input with an error', () => {
		const r = markdownToDoc('a'.repeat(MAX_MARKDOWN_CHARS + 1));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/limit is 2,000,000/);
	});

	it('refuses non-strings without throwing', () => {
		const r = markdownToDoc(42 as unknown as string);
		expect(r).toEqual({ ok: false, error: 'Markdown input must be text.' });
	});

	it.each([
		['deep lists', '- '.repeat(5000) + 'x'],
		['deep brackets', '['.repeat(50_000) + 'x' + ']'.repeat(50_000)],
		['emphasis storm', '*a **b '.repeat(20_000)],
		['backtick storm', '`'.repeat(100_000)],
		['NUL and controls', 'a\u0000b\u0001c\u007f'],
		['lone surrogates', 'a\ud800b\udc00'],
		['CRLF', 'a\r\nb\r\n\r\n# c']
	])('survives %s in reasonable time', (_name, markdown) => {
		const started = performance.now();
		const r = markdownToDoc(markdown);
		expect(r.ok).toBe(true);
		if (r.ok) r.doc.check();
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('schema link guards', () => {
	const link = schema.marks.link;
	const element = (attrs: Record<string, string>) =>
		({ getAttribute: (name: string) => attrs[name] ?? null }) as unknown as HTMLElement;
	const getAttrs = link.spec.parseDOM![0].getAttrs as (dom: HTMLElement) => unknown;

	it.each([
		['javascript:alert(1)', false],
		['java\tscript:alert(1)', false],
		[' data:text/html,x', false],
		['https://ok.example/', true],
		['#frag', true]
	])('paste of <a href=%j> keeps the link: %s', (href, kept) => {
		const attrs = getAttrs(element({ href }));
		expect(attrs === false ? false : true).toBe(kept);
	});

	it('refuses an unsafe href when a mark is created or checked', () => {
		expect(() => link.create({ href: 'javascript:alert(1)' })).toThrow(RangeError);
		const json = {
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:1' } }] }
					]
				}
			]
		};
		expect(() => schema.nodeFromJSON(json).check()).toThrow(RangeError);
	});

	it('never renders an unsafe href even if one got in', () => {
		// Simulate a mark that bypassed validation (attrs are plain data).
		const mark = { attrs: { href: 'javascript:alert(1)', title: null } } as never;
		const spec = link.spec.toDOM!(mark, true) as [string, Record<string, string>];
		expect(spec[1].href).toBe('#');
	});

	it.each([
		[{ level: 4 }, 'heading'],
		[{ order: -1 }, 'ordered_list'],
		[{ params: 'a\nb' }, 'code_block'],
		[{ tight: 'yes' }, 'bullet_list']
	])('rejects bad attrs %j on %s', (attrs, type) => {
		expect(() => schema.nodes[type].create(attrs)).toThrow(RangeError);
	});
});
