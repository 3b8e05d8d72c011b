/** Bundles for the share tests. */
import {
	BUNDLE_VERSION,
	REQUEST_TYPE,
	REVIEW_TYPE,
	type Review,
	type ReviewRequest
} from './bundle';

/** ProseMirror JSON for paragraphs of text. */
export function content(...paragraphs: string[]): unknown {
	return {
		type: 'doc',
		content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }))
	};
}

/** A valid review request. */
export function request(over: Partial<ReviewRequest['doc']> = {}): ReviewRequest {
	return {
		type: REQUEST_TYPE,
		version: BUNDLE_VERSION,
		doc: {
			id: 'doc-1',
			kind: 'vision',
			title: 'Payments in 2028',
			content: content('By 2028 every merchant settles in one day.', 'We keep Postgres.'),
			revision: 4,
			...over
		},
		checker: { vision: { minWords: 300 } },
		sharedAt: 1_700_000_000_000
	};
}

/** A valid review. */
export function review(over: Partial<Review> = {}): Review {
	return {
		type: REVIEW_TYPE,
		version: BUNDLE_VERSION,
		reviewId: 'rev-1',
		reviewer: { id: 'who-1', name: 'Ada' },
		doc: { id: 'doc-1', kind: 'vision', title: 'Payments in 2028', revision: 4 },
		rubric: [
			{ criterion: 'horizon', score: 4, note: 'Clear date.' },
			{ criterion: 'concrete', score: null, note: '' }
		],
		comments: [
			{
				id: 'c1',
				anchor: { quote: 'one day', prefix: 'every merchant settles in ', suffix: '.', start: 33 },
				finding: null,
				author: 'Ada',
				body: 'Is one day realistic?',
				at: 1_700_000_000_500,
				replies: [{ id: 'r1', author: 'Ada', body: 'Maybe two.', at: 1_700_000_000_600 }]
			},
			{
				id: 'c2',
				anchor: null,
				finding: { rule: 'hedge', excerpt: 'maybe', stance: 'disagree' },
				author: 'Ada',
				body: 'This hedge is honest.',
				at: 1_700_000_000_700,
				replies: []
			}
		],
		sentAt: 1_700_000_001_000,
		...over
	};
}
