/**
 * Review bundles: what travels between author and reviewer, in versioned envelopes.
 *
 * - `fivefold-review-request`: the draft (ProseMirror JSON, checked like any imported
 *   document), its kind and title, and the checker settings in force when it was shared.
 * - `fivefold-review`: a reviewer's name, rubric scores and comments, tied to the draft by its
 *   document id and revision.
 *
 * Load = copy as bounded JSON → check the envelope → build each field afresh; a `Result`, never
 * a throw, never input merged into state. Nothing here renders anything: comment bodies and
 * names are plain strings for text nodes.
 */
import { resolveConfig, type ConfigInput } from '$lib/analysis/config.js';
import { isDocKind, type DocKind, type Result } from '$lib/model/types';
import { contentToDoc, copyJson, type JsonLimits } from '$lib/model/validate';
import { CONTEXT, MAX_QUOTE, type TextAnchor } from './anchor';
import { RUBRIC, SCORE_MAX, SCORE_MIN } from './rubric';

// ---------------------------------------------------------------------------------------------
// Envelope names and version. Do not change without a migration: they are inside links and files
// people have already sent.
// ---------------------------------------------------------------------------------------------

/** Envelope type of a draft shared for review. */
export const REQUEST_TYPE = 'fivefold-review-request';
/** Envelope type of a review sent back. */
export const REVIEW_TYPE = 'fivefold-review';
/** Version of both envelopes written by this build. */
export const BUNDLE_VERSION = 1;

// ---------------------------------------------------------------------------------------------

/** Limits on what a bundle may hold. */
export const LIMITS = {
	comments: 2_000,
	replies: 200,
	body: 10_000,
	name: 100,
	note: 5_000,
	title: 1_000,
	excerpt: 5_000
} as const;
const JSON_LIMITS: JsonLimits = { depth: 2 * 64 + 16, nodes: 1_000_000, chars: 8_000_000 };
const MAX_TIME = 8.64e15;
const ID = /^[\w-]{1,128}$/;

/** A draft shared for review. */
export interface ReviewRequest {
	type: typeof REQUEST_TYPE;
	version: number;
	doc: {
		id: string;
		kind: DocKind;
		title: string;
		/** ProseMirror JSON of the body, already checked against the schema. */
		content: unknown;
		revision: number;
	};
	/** The checker's settings in force (overrides of the engine's defaults). */
	checker: ConfigInput;
	/** ms since the epoch. */
	sharedAt: number;
}

/** A reviewer's stance on the checker finding a comment answers. */
export type Stance = 'agree' | 'disagree';

/** The checker finding a comment is about. */
export interface FindingRef {
	rule: string;
	excerpt: string;
	stance: Stance;
}

/** A reply in a comment's thread. */
export interface Reply {
	id: string;
	author: string;
	body: string;
	at: number;
}

/** One comment: anchored to text, to a checker finding, or (neither) to the draft as a whole. */
export interface ReviewComment {
	id: string;
	anchor: TextAnchor | null;
	finding: FindingRef | null;
	author: string;
	body: string;
	at: number;
	replies: Reply[];
}

/** One rubric line: a score from 1 to 5 (null when not scored) and a note. */
export interface RubricScore {
	criterion: string;
	score: number | null;
	note: string;
}

/** A review sent back to the author. */
export interface Review {
	type: typeof REVIEW_TYPE;
	version: number;
	/** Random per review: importing the same review again replaces it instead of doubling it. */
	reviewId: string;
	reviewer: { id: string; name: string };
	/** The draft reviewed. */
	doc: { id: string; kind: DocKind; title: string; revision: number };
	rubric: RubricScore[];
	comments: ReviewComment[];
	sentAt: number;
}

/** Either bundle. */
export type Bundle = ReviewRequest | Review;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Invalid extends Error {}

function fail(message: string): never {
	throw new Invalid(message);
}

function str(v: unknown, max: number, what: string): string {
	if (typeof v !== 'string') fail(`${what} is missing or not text`);
	if (v.length > max) fail(`${what} is longer than ${max.toLocaleString('en')} characters`);
	return v;
}

function id(v: unknown, what: string): string {
	if (typeof v !== 'string' || !ID.test(v)) fail(`${what} is not a valid id`);
	return v;
}

function time(v: unknown, what: string): number {
	if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_TIME)
		fail(`${what} is not a time`);
	return v;
}

function list(v: unknown, max: number, what: string): unknown[] {
	if (!Array.isArray(v)) fail(`${what} is not a list`);
	if (v.length > max) fail(`${what} has more than ${max.toLocaleString('en')} entries`);
	return v;
}

function kind(v: unknown): DocKind {
	if (!isDocKind(v)) fail(`the document kind ${JSON.stringify(v)} is unknown`);
	return v;
}

function revision(v: unknown): number {
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
		fail('the document revision is not a whole number');
	return v;
}

/** A checked anchor. */
export function readAnchor(v: unknown, what = 'an anchor'): TextAnchor {
	if (!isObject(v)) fail(`${what} is not an object`);
	const quote = str(v.quote, MAX_QUOTE, `${what}'s quote`);
	if (!quote.trim()) fail(`${what}'s quote is empty`);
	const start = v.start;
	if (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0)
		fail(`${what}'s position is not a whole number`);
	return {
		quote,
		prefix: str(v.prefix, CONTEXT, `${what}'s prefix`),
		suffix: str(v.suffix, CONTEXT, `${what}'s suffix`),
		start
	};
}

function readReply(v: unknown, what: string): Reply {
	if (!isObject(v)) fail(`${what} is not an object`);
	const body = str(v.body, LIMITS.body, `${what}'s text`);
	if (!body.trim()) fail(`${what} is empty`);
	return {
		id: id(v.id, `${what}'s id`),
		author: str(v.author, LIMITS.name, `${what}'s author`),
		body,
		at: time(v.at, `${what}'s time`)
	};
}

function readFinding(v: unknown, what: string): FindingRef {
	if (!isObject(v)) fail(`${what} is not an object`);
	if (v.stance !== 'agree' && v.stance !== 'disagree')
		fail(`${what}'s stance must be "agree" or "disagree"`);
	return {
		rule: str(v.rule, 64, `${what}'s rule`),
		excerpt: str(v.excerpt, LIMITS.excerpt, `${what}'s excerpt`),
		stance: v.stance
	};
}

/** A checked comment (throws `Invalid`, caught by the callers below). */
function readComment(v: unknown, n: number): ReviewComment {
	const what = `comment ${n}`;
	if (!isObject(v)) fail(`${what} is not an object`);
	const body = str(v.body, LIMITS.body, `${what}'s text`);
	if (!body.trim()) fail(`${what} is empty`);
	return {
		id: id(v.id, `${what}'s id`),
		anchor: v.anchor === null || v.anchor === undefined ? null : readAnchor(v.anchor, what),
		finding:
			v.finding === null || v.finding === undefined
				? null
				: readFinding(v.finding, `${what}'s finding`),
		author: str(v.author, LIMITS.name, `${what}'s author`),
		body,
		at: time(v.at, `${what}'s time`),
		replies: list(v.replies ?? [], LIMITS.replies, `${what}'s replies`).map((r, i) =>
			readReply(r, `reply ${i + 1} to ${what}`)
		)
	};
}

function readRubric(v: unknown, docKind: DocKind): RubricScore[] {
	const known = new Set(RUBRIC[docKind].map((c) => c.id));
	const seen = new Set<string>();
	return list(v, 20, 'the rubric').map((r, i) => {
		const what = `rubric line ${i + 1}`;
		if (!isObject(r)) fail(`${what} is not an object`);
		const criterion = str(r.criterion, 64, `${what}'s criterion`);
		if (!known.has(criterion)) fail(`${what} scores an unknown criterion "${criterion}"`);
		if (seen.has(criterion)) fail(`${what} scores "${criterion}" twice`);
		seen.add(criterion);
		const score = r.score;
		if (
			score !== null &&
			(typeof score !== 'number' ||
				!Number.isInteger(score) ||
				score < SCORE_MIN ||
				score > SCORE_MAX)
		)
			fail(`${what}'s score must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`);
		return { criterion, score, note: str(r.note ?? '', LIMITS.note, `${what}'s note`) };
	});
}

function readRequest(v: Record<string, unknown>): ReviewRequest {
	const d = v.doc;
	if (!isObject(d)) fail('it carries no document');
	const content = contentToDoc(d.content, 'the draft');
	if (!content.ok) fail(content.error);
	let checker: ConfigInput = {};
	if (v.checker !== undefined) {
		if (!isObject(v.checker)) fail('its checker settings are not an object');
		try {
			resolveConfig(v.checker as ConfigInput);
		} catch (error) {
			fail(`its checker settings are invalid (${(error as Error).message})`);
		}
		checker = v.checker as ConfigInput;
	}
	return {
		type: REQUEST_TYPE,
		version: BUNDLE_VERSION,
		doc: {
			id: id(d.id, 'the document id'),
			kind: kind(d.kind),
			title: str(d.title ?? '', LIMITS.title, 'the title'),
			content: content.value.toJSON(),
			revision: revision(d.revision ?? 0)
		},
		checker,
		sharedAt: time(v.sharedAt, 'the time it was shared')
	};
}

function readReview(v: Record<string, unknown>): Review {
	const d = v.doc;
	if (!isObject(d)) fail('it does not say which document it reviews');
	const docKind = kind(d.kind);
	const r = v.reviewer;
	if (!isObject(r)) fail('it does not say who reviewed');
	const name = str(r.name, LIMITS.name, "the reviewer's name");
	if (!name.trim()) fail("the reviewer's name is empty");
	const ids = new Set<string>();
	const comments = list(v.comments, LIMITS.comments, 'the comments').map((c, i) => {
		const comment = readComment(c, i + 1);
		if (ids.has(comment.id)) fail(`comment ${i + 1} has the same id as another`);
		ids.add(comment.id);
		return comment;
	});
	return {
		type: REVIEW_TYPE,
		version: BUNDLE_VERSION,
		reviewId: id(v.reviewId, 'the review id'),
		reviewer: { id: id(r.id, "the reviewer's id"), name },
		doc: {
			id: id(d.id, 'the document id'),
			kind: docKind,
			title: str(d.title ?? '', LIMITS.title, 'the title'),
			revision: revision(d.revision ?? 0)
		},
		rubric: readRubric(v.rubric ?? [], docKind),
		comments,
		sentAt: time(v.sentAt, 'the time it was sent')
	};
}

/**
 * A checked bundle from parsed JSON, or a sentence saying what is wrong. Accepts either type,
 * or only `expect` when given.
 */
export function readBundle(raw: unknown, expect?: Bundle['type']): Result<Bundle> {
	const copied = copyJson(raw, JSON_LIMITS, 'The review data');
	if (!copied.ok) return copied;
	const v = copied.value;
	if (!isObject(v))
		return { ok: false, error: 'This is not a Fivefold review: expected an object.' };
	if (v.type !== REQUEST_TYPE && v.type !== REVIEW_TYPE)
		return {
			ok: false,
			error: `This is not a Fivefold review link or file (its type is ${JSON.stringify(v.type ?? null).slice(0, 60)}).`
		};
	if (expect && v.type !== expect)
		return {
			ok: false,
			error:
				expect === REVIEW_TYPE
					? 'This is a draft shared for review, not a review sent back.'
					: 'This is a review sent back, not a draft shared for review.'
		};
	if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1)
		return {
			ok: false,
			error: `Unknown review format version ${JSON.stringify(v.version ?? null)}.`
		};
	if (v.version > BUNDLE_VERSION)
		return {
			ok: false,
			error: `This was made by a newer version of Fivefold (format ${v.version}; this one reads format ${BUNDLE_VERSION}). Update Fivefold to open it.`
		};
	try {
		return { ok: true, value: v.type === REQUEST_TYPE ? readRequest(v) : readReview(v) };
	} catch (error) {
		if (error instanceof Invalid)
			return { ok: false, error: `This review data is damaged: ${error.message}.` };
		throw error;
	}
}
