import { describe, expect, it } from 'vitest';
import type { DocRecord } from '$lib/model/types';
import { withComments } from './export';
import { mergeReview, storedComments, storedReviews } from './inbox';
import { content, review } from './test-helpers';

function record(over: Partial<DocRecord> = {}): DocRecord {
	return {
		id: 'doc-1',
		kind: 'vision',
		title: 'Payments in 2028',
		content: content('x'),
		createdAt: 0,
		updatedAt: 0,
		revision: 5,
		sources: [],
		dismissed: [],
		comments: [],
		meta: { other: 1 },
		...over
	};
}

describe('mergeReview', () => {
	it('adds comments and the rubric, keeping other meta', () => {
		const m = mergeReview(record(), review(), 42);
		expect(m.added).toBe(2);
		expect(m.replaced).toBe(false);
		expect(storedComments(m.comments)).toHaveLength(2);
		expect(m.meta.other).toBe(1);
		const reviews = storedReviews(m.meta);
		expect(reviews).toMatchObject([
			{ reviewId: 'rev-1', reviewer: { name: 'Ada' }, importedAt: 42 }
		]);
		expect(reviews[0].rubric[0]).toEqual({ criterion: 'horizon', score: 4, note: 'Clear date.' });
	});

	it('merges reviewers and replaces a re-imported review, keeping what was resolved', () => {
		const first = mergeReview(record(), review());
		const resolved = first.comments.map((c) => (c.id === 'c1' ? { ...c, resolved: true } : c));
		const withB = mergeReview(
			record({ comments: resolved, meta: first.meta }),
			review({ reviewId: 'rev-2', reviewer: { id: 'who-2', name: 'Grace' } })
		);
		expect(withB.comments).toHaveLength(4);
		expect(storedReviews(withB.meta).map((r) => r.reviewer.name)).toEqual(['Ada', 'Grace']);
		const again = mergeReview(record({ comments: withB.comments, meta: withB.meta }), review());
		expect(again.replaced).toBe(true);
		expect(again.added).toBe(0);
		expect(again.comments).toHaveLength(4);
		expect(again.comments.find((c) => c.reviewId === 'rev-1' && c.id === 'c1')?.resolved).toBe(
			true
		);
	});

	it('drops malformed stored comments and reviews instead of failing', () => {
		expect(storedComments([null, { reviewId: 'r', id: 'x' }, 'x'])).toEqual([]);
		expect(storedComments('nope')).toEqual([]);
		expect(storedReviews({ reviews: [{ reviewId: 'r' }] })).toEqual([]);
	});
});

describe('withComments', () => {
	const md = '# Payments in 2028\n\nBy 2028 every merchant settles in one day.\n';
	const comments = mergeReview(record(), review()).comments;

	it('writes CriticMarkup after the quoted words and general ones at the end', () => {
		const out = withComments(md, comments, 'critic');
		expect(out).toContain('settles in one day{>>Ada: Is one day realistic? — Ada: Maybe two.<<}.');
		expect(out).toContain(
			"Comments on the whole draft: {>>(disagrees with the checker's hedge finding) Ada: This hedge is honest.<<}"
		);
	});

	it('writes footnotes', () => {
		const out = withComments(md, comments, 'footnotes');
		expect(out).toContain('settles in one day[^c1].');
		expect(out).toContain('[^c1]: Ada: Is one day realistic? — Ada: Maybe two.');
	});

	it('leaves out resolved comments, and everything when asked', () => {
		const resolved = comments.map((c) => ({ ...c, resolved: true }));
		expect(withComments(md, resolved, 'critic')).toBe(md);
		expect(withComments(md, comments, 'none')).toBe(md);
	});

	it('cannot close CriticMarkup early', () => {
		const sneaky = [{ ...comments[0], body: 'a <<} b', replies: [] }];
		expect(withComments(md, sneaky, 'critic')).toContain('{>>Ada: a << } b<<}');
	});
});
