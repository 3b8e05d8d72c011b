/**
 * Reviews on the author's side: the comments stored with a document (`DocRecord.comments`) and
 * each reviewer's rubric (`DocRecord.meta.reviews`), merging a returned review into them, and
 * reading them back from storage. Pure functions over plain data.
 *
 * Merging is by review id: importing a review again replaces its comments and scores (keeping
 * what the author resolved), so a reviewer can send an updated review; different reviews and
 * reviewers add up.
 */
import type { DocRecord } from '$lib/model/types';
import {
	readBundle,
	REVIEW_TYPE,
	type Review,
	type ReviewComment,
	type RubricScore
} from './bundle';

/** A comment as stored with the author's document. */
export interface StoredComment extends ReviewComment {
	/** The review it came in (`Review.reviewId`). */
	reviewId: string;
	/** Folded away by the author; reopened sets it back. */
	resolved: boolean;
}

/** A reviewer's scores as stored with the author's document. */
export interface StoredReview {
	reviewId: string;
	reviewer: { id: string; name: string };
	/** The revision of the draft they reviewed. */
	revision: number;
	sentAt: number;
	importedAt: number;
	rubric: RubricScore[];
	comments: number;
}

/** The `meta` key holding the reviews. Do not rename without a migration. */
export const REVIEWS_META_KEY = 'reviews';

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Stored comments, validated: each is checked as a review comment plus its review id and
 * resolved flag; malformed ones are dropped (the record as a whole was already bounded by the
 * model's validation).
 */
export function storedComments(raw: unknown): StoredComment[] {
	if (!Array.isArray(raw)) return [];
	const out: StoredComment[] = [];
	const seen = new Set<string>();
	for (const c of raw) {
		if (!isObject(c) || typeof c.reviewId !== 'string') continue;
		// Reuse the bundle's checks by wrapping the comment in a one-comment review.
		const probe = readBundle({
			type: REVIEW_TYPE,
			version: 1,
			reviewId: c.reviewId,
			reviewer: { id: 'x', name: 'x' },
			doc: { id: 'x', kind: 'design', title: '', revision: 0 },
			comments: [{ ...c, reviewId: undefined, resolved: undefined }],
			sentAt: 0
		});
		if (!probe.ok || probe.value.type !== REVIEW_TYPE) continue;
		const comment = probe.value.comments[0];
		const key = `${c.reviewId}/${comment.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ ...comment, reviewId: c.reviewId, resolved: c.resolved === true });
	}
	return out;
}

/** Stored reviews (rubrics) from a document's `meta`, validated; malformed ones dropped. */
export function storedReviews(meta: unknown): StoredReview[] {
	const raw = isObject(meta) ? meta[REVIEWS_META_KEY] : undefined;
	if (!Array.isArray(raw)) return [];
	const out: StoredReview[] = [];
	for (const r of raw) {
		if (!isObject(r) || !isObject(r.reviewer) || !isObject(r.doc)) continue;
		const probe = readBundle({
			type: REVIEW_TYPE,
			version: 1,
			reviewId: r.reviewId,
			reviewer: r.reviewer,
			doc: r.doc,
			rubric: r.rubric,
			comments: [],
			sentAt: r.sentAt
		});
		if (!probe.ok || probe.value.type !== REVIEW_TYPE) continue;
		const v = probe.value;
		out.push({
			reviewId: v.reviewId,
			reviewer: v.reviewer,
			revision: v.doc.revision,
			sentAt: v.sentAt,
			importedAt: typeof r.importedAt === 'number' ? r.importedAt : v.sentAt,
			rubric: v.rubric,
			comments: typeof r.comments === 'number' ? r.comments : 0
		});
	}
	return out;
}

/** A stored review as JSON for `meta` (shaped so `storedReviews` can check it again). */
function reviewJson(r: StoredReview, kind: DocRecord['kind']): Record<string, unknown> {
	return {
		reviewId: r.reviewId,
		reviewer: r.reviewer,
		doc: { id: 'x', kind, title: '', revision: r.revision },
		rubric: r.rubric,
		sentAt: r.sentAt,
		importedAt: r.importedAt,
		comments: r.comments
	};
}

/** What merging a review changes on the record, and a sentence for the author. */
export interface Merged {
	comments: StoredComment[];
	meta: Record<string, unknown>;
	/** New comments (not counting ones replaced by a re-import). */
	added: number;
	/** True when this review had been imported before and was replaced. */
	replaced: boolean;
}

/** Merge `review` into `record`'s comments and reviews (the record is not changed). */
export function mergeReview(record: DocRecord, review: Review, now = Date.now()): Merged {
	const existing = storedComments(record.comments);
	const before = existing.filter((c) => c.reviewId === review.reviewId);
	const resolved = new Set(before.filter((c) => c.resolved).map((c) => c.id));
	const others = existing.filter((c) => c.reviewId !== review.reviewId);
	const incoming: StoredComment[] = review.comments.map((c) => ({
		...c,
		reviewId: review.reviewId,
		resolved: resolved.has(c.id)
	}));
	const reviews = storedReviews(record.meta).filter((r) => r.reviewId !== review.reviewId);
	reviews.push({
		reviewId: review.reviewId,
		reviewer: review.reviewer,
		revision: review.doc.revision,
		sentAt: review.sentAt,
		importedAt: now,
		rubric: review.rubric,
		comments: review.comments.length
	});
	reviews.sort((a, b) => a.sentAt - b.sentAt);
	const oldIds = new Set(before.map((c) => c.id));
	return {
		comments: [...others, ...incoming],
		meta: {
			...record.meta,
			[REVIEWS_META_KEY]: reviews.map((r) => reviewJson(r, record.kind))
		},
		added: incoming.filter((c) => !oldIds.has(c.id)).length,
		replaced:
			before.length > 0 || storedReviews(record.meta).some((r) => r.reviewId === review.reviewId)
	};
}
