import { describe, expect, it } from 'vitest';
import { readBundle } from './bundle';
import { request, review } from './test-helpers';

const broken = (f: (o: Record<string, unknown>) => void) => {
	const r = JSON.parse(JSON.stringify(review())) as Record<string, unknown>;
	f(r);
	return r;
};
const brokenRequest = (f: (o: Record<string, unknown>) => void) => {
	const r = JSON.parse(JSON.stringify(request())) as Record<string, unknown>;
	f(r);
	return r;
};
type O = Record<string, unknown> & { doc: O; comments: O[]; reviewer: O; rubric: O[] };

describe('readBundle', () => {
	it('reads a valid request and review as fresh objects', () => {
		const req = request();
		const out = readBundle(req);
		expect(out).toEqual({ ok: true, value: req });
		expect(out.ok && out.value).not.toBe(req);
		expect(readBundle(review())).toEqual({ ok: true, value: review() });
	});

	it.each([
		['not an object', [], /expected an object/],
		['a foreign type', { type: 'excalidraw', version: 1 }, /not a Fivefold review/],
		['no version', { ...review(), version: undefined }, /Unknown review format version/],
		['a newer version', { ...review(), version: 2 }, /newer version of Fivefold/],
		['a fractional version', { ...review(), version: 1.5 }, /Unknown review format version/],
		[
			'a __proto__ key',
			JSON.parse('{"type":"fivefold-review","__proto__":{"x":1}}'),
			/not allowed/
		],
		['no document', broken((r) => delete r.doc), /which document/],
		['a bad document id', broken((r) => ((r as O).doc.id = '../etc')), /document id/],
		['an unknown kind', broken((r) => ((r as O).doc.kind = 'novel')), /kind "novel" is unknown/],
		['no reviewer name', broken((r) => ((r as O).reviewer.name = '  ')), /name is empty/],
		['a huge name', broken((r) => ((r as O).reviewer.name = 'x'.repeat(101))), /longer than 100/],
		['comments not a list', broken((r) => (r.comments = {})), /comments is not a list/],
		['an empty comment', broken((r) => ((r as O).comments[0].body = ' ')), /comment 1 is empty/],
		['a comment id twice', broken((r) => ((r as O).comments[1].id = 'c1')), /same id/],
		['a bad anchor', broken((r) => ((r as O).comments[0].anchor = { quote: 1 })), /quote/],
		[
			'a long prefix',
			broken((r) => (((r as O).comments[0].anchor as O).prefix = 'x'.repeat(33))),
			/prefix is longer/
		],
		[
			'a negative anchor position',
			broken((r) => (((r as O).comments[0].anchor as O).start = -1)),
			/position/
		],
		['a bad stance', broken((r) => (((r as O).comments[1].finding as O).stance = 'meh')), /stance/],
		['a score of 6', broken((r) => ((r as O).rubric[0].score = 6)), /from 1 to 5/],
		['a score of 2.5', broken((r) => ((r as O).rubric[0].score = 2.5)), /from 1 to 5/],
		[
			'an unknown criterion',
			broken((r) => ((r as O).rubric[0].criterion = 'vibes')),
			/unknown criterion/
		],
		['a criterion twice', broken((r) => ((r as O).rubric[1].criterion = 'horizon')), /twice/],
		['a bad time', broken((r) => (r.sentAt = -5)), /time it was sent/],
		[
			'an empty reply',
			broken((r) => (((r as O).comments[0].replies as O[])[0].body = '')),
			/reply 1/
		],
		[
			'too many comments',
			broken((r) => (r.comments = Array.from({ length: 2001 }, () => ({})))),
			/more than 2,000/
		],
		['request without content', brokenRequest((r) => delete (r as O).doc.content), /content/],
		[
			'request with a script node',
			brokenRequest(
				(r) =>
					((r as O).doc.content = { type: 'doc', content: [{ type: 'html', text: '<script>' }] })
			),
			/unknown node type/
		],
		[
			'request with a javascript: link',
			brokenRequest(
				(r) =>
					((r as O).doc.content = {
						type: 'doc',
						content: [
							{
								type: 'paragraph',
								content: [
									{
										type: 'text',
										text: 'x',
										marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]
									}
								]
							}
						]
					})
			),
			/not allowed/
		],
		[
			'request with bad checker settings',
			brokenRequest((r) => (r.checker = { vision: { minWords: -1 } })),
			/checker settings are invalid/
		],
		[
			'request with unknown settings',
			brokenRequest((r) => (r.checker = { colour: 'red' })),
			/Unknown config key/
		]
	])('refuses %s', (_, raw, message) => {
		const out = readBundle(raw);
		expect(out.ok).toBe(false);
		expect(!out.ok && out.error).toMatch(message);
	});

	it('refuses the other type when one is expected', () => {
		const out = readBundle(request(), 'fivefold-review');
		expect(!out.ok && out.error).toMatch(/not a review sent back/);
	});
});
