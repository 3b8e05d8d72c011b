/**
 * The reviewer's side of a review: the shared draft shown read-only, the reviewer's name
 * (asked once, remembered in this browser), rubric scores, comments anchored to selected text
 * or to checker findings, replies, and the review to send back. Nothing here touches the
 * workspace's documents: work in progress lives under its own localStorage key, so a reload
 * loses nothing and the author's copy (if this is the author's own browser) stays as it was.
 */
import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { EditorController } from '$lib/editor';
import {
	commentRanges,
	commentsPlugin,
	selectComment,
	setComments,
	type CommentMark
} from '$lib/editor/comments/plugin';
import { docText, offsetAt, posAt } from '$lib/editor/comments/text';
import { schema } from '$lib/markdown/schema';
import { createAnchor, locateAnchor } from '$lib/share/anchor';
import {
	BUNDLE_VERSION,
	LIMITS,
	readBundle,
	REVIEW_TYPE,
	type FindingRef,
	type Review,
	type ReviewComment,
	type ReviewRequest,
	type RubricScore
} from '$lib/share/bundle';
import { RUBRIC } from '$lib/share/rubric';

/** localStorage keys. Do not rename: reviewers' names and work in progress sit under them. */
const NAME_KEY = 'fivefold-reviewer-name';
const REVIEWER_ID_KEY = 'fivefold-reviewer-id';
const WIP_PREFIX = 'fivefold-review-wip:';

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string): boolean {
	try {
		localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

function newId(): string {
	return crypto.randomUUID();
}

/** A selection in the draft, ready to comment on. */
export interface Selected {
	from: number;
	to: number;
	quote: string;
}

/** One review in progress. */
export class ReviewDraft {
	name = $state('');
	rubric = $state.raw<RubricScore[]>([]);
	comments = $state.raw<ReviewComment[]>([]);
	/** The comment under the cursor in the draft. */
	active = $state<string | null>(null);
	/** The latest non-empty selection in the draft. */
	selected = $state.raw<Selected | null>(null);
	/** False when this browser cannot keep the work in progress (private mode, storage full). */
	persisted = $state(true);

	readonly request: ReviewRequest;
	readonly doc: Node;
	readonly reviewerId: string;
	readonly reviewId: string;
	readonly #wipKey: string;
	#controller: EditorController | null = null;

	constructor(request: ReviewRequest) {
		this.request = request;
		this.doc = schema.nodeFromJSON(request.doc.content);
		this.name = read(NAME_KEY) ?? '';
		let reviewer = read(REVIEWER_ID_KEY);
		if (!reviewer || !/^[\w-]{1,128}$/.test(reviewer)) {
			reviewer = newId();
			write(REVIEWER_ID_KEY, reviewer);
		}
		this.reviewerId = reviewer;
		this.#wipKey = `${WIP_PREFIX}${request.doc.id}:${request.doc.revision}:${request.sharedAt}`;
		const wip = this.#restore();
		this.reviewId = wip?.reviewId ?? newId();
		this.comments = wip?.comments ?? [];
		this.rubric = RUBRIC[request.doc.kind].map(
			(c) =>
				wip?.rubric.find((r) => r.criterion === c.id) ?? { criterion: c.id, score: null, note: '' }
		);
	}

	#restore(): Review | null {
		const raw = read(this.#wipKey);
		if (!raw) return null;
		try {
			const parsed = readBundle(JSON.parse(raw), REVIEW_TYPE);
			return parsed.ok && parsed.value.type === REVIEW_TYPE ? parsed.value : null;
		} catch {
			return null;
		}
	}

	#save(): void {
		this.persisted = write(this.#wipKey, JSON.stringify(this.toReview()));
	}

	/** Remember the reviewer's name in this browser. */
	setName(name: string): void {
		this.name = name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.name);
		write(NAME_KEY, this.name);
		this.#save();
	}

	/** Show the draft read-only in `mount`; returns the cleanup for `$effect`. */
	mount(mount: HTMLElement): () => void {
		const controller = new EditorController(mount, {
			schema,
			doc: this.doc,
			editable: false,
			label: 'Draft (read-only)',
			plugins: [
				commentsPlugin({
					onView: (view) => queueMicrotask(() => this.#place(view)),
					onActive: (id) => (this.active = id)
				})
			],
			onState: (state) => {
				const { from, to, empty } = state.selection;
				if (!empty) this.#remember(from, to);
			}
		});
		this.#controller = controller;
		const onSelection = () => this.#fromDom(controller.view);
		document.addEventListener('selectionchange', onSelection);
		return () => {
			document.removeEventListener('selectionchange', onSelection);
			controller.destroy();
			this.#controller = null;
		};
	}

	/** A read-only view may not take the DOM selection into its state: read it directly. */
	#fromDom(view: EditorView): void {
		const sel = view.dom.ownerDocument.getSelection();
		if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
		const range = sel.getRangeAt(0);
		if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return;
		try {
			const a = view.posAtDOM(range.startContainer, range.startOffset);
			const b = view.posAtDOM(range.endContainer, range.endOffset);
			this.#remember(Math.min(a, b), Math.max(a, b));
		} catch {
			// A position ProseMirror cannot map (inside a widget): keep the last selection.
		}
	}

	#remember(from: number, to: number): void {
		const quote = this.doc.textBetween(from, to, '\n', '\n');
		if (!quote.trim()) return;
		if (this.selected?.from === from && this.selected.to === to) return;
		this.selected = { from, to, quote };
	}

	#place(view: EditorView): void {
		if (view.isDestroyed) return;
		const t = docText(view.state.doc);
		const marks: CommentMark[] = [];
		for (const c of this.comments) {
			const at = c.anchor && locateAnchor(t.text, c.anchor);
			if (at)
				marks.push({ id: c.id, from: posAt(t, at.start, 'start'), to: posAt(t, at.end, 'end') });
		}
		setComments(view, marks);
	}

	#changed(): void {
		const view = this.#controller?.view;
		if (view) this.#place(view);
		this.#save();
	}

	/** Comment on the remembered selection. */
	addComment(body: string, selection: Selected): ReviewComment | null {
		const text = body.trim().slice(0, LIMITS.body);
		if (!text) return null;
		const t = docText(this.doc);
		const anchor = createAnchor(t.text, offsetAt(t, selection.from), offsetAt(t, selection.to));
		const comment: ReviewComment = {
			id: newId(),
			anchor,
			finding: null,
			author: this.name,
			body: text,
			at: Date.now(),
			replies: []
		};
		this.comments = [...this.comments, comment];
		this.selected = null;
		this.#changed();
		return comment;
	}

	/** Comment on a checker finding, agreeing or disagreeing with it. */
	addFindingComment(body: string, finding: FindingRef): ReviewComment | null {
		const text = body.trim().slice(0, LIMITS.body);
		if (!text) return null;
		const comment: ReviewComment = {
			id: newId(),
			anchor: null,
			finding: { ...finding, excerpt: finding.excerpt.slice(0, LIMITS.excerpt) },
			author: this.name,
			body: text,
			at: Date.now(),
			replies: []
		};
		this.comments = [...this.comments, comment];
		this.#changed();
		return comment;
	}

	/** Reply in a comment's thread. */
	reply(id: string, body: string): boolean {
		const text = body.trim().slice(0, LIMITS.body);
		if (!text) return false;
		this.comments = this.comments.map((c) =>
			c.id === id
				? {
						...c,
						replies: [...c.replies, { id: newId(), author: this.name, body: text, at: Date.now() }]
					}
				: c
		);
		this.#changed();
		return true;
	}

	/** Delete one of the reviewer's comments. */
	remove(id: string): void {
		this.comments = this.comments.filter((c) => c.id !== id);
		this.#changed();
	}

	/** Score a criterion (null clears it) or change its note. */
	setRubric(criterion: string, change: Partial<Pick<RubricScore, 'score' | 'note'>>): void {
		this.rubric = this.rubric.map((r) =>
			r.criterion === criterion
				? { ...r, ...change, note: (change.note ?? r.note).slice(0, LIMITS.note) }
				: r
		);
		this.#save();
	}

	/** Select a comment's words in the draft. */
	select(id: string): void {
		this.#controller?.run(selectComment(id));
	}

	/** Comments in the order of their words in the draft, then those on findings. */
	get ordered(): ReviewComment[] {
		const state = this.#controller?.view.state;
		const ranges = state ? commentRanges(state) : null;
		const at = (c: ReviewComment) => ranges?.get(c.id)?.from ?? Number.MAX_SAFE_INTEGER;
		return [...this.comments].sort((a, b) => at(a) - at(b) || a.at - b.at);
	}

	/** The review to send back. */
	toReview(): Review {
		const { id, kind, title, revision } = this.request.doc;
		return {
			type: REVIEW_TYPE,
			version: BUNDLE_VERSION,
			reviewId: this.reviewId,
			reviewer: { id: this.reviewerId, name: this.name || 'Reviewer' },
			doc: { id, kind, title, revision },
			rubric: this.rubric,
			comments: this.comments.map((c) => ({ ...c, author: c.author || this.name || 'Reviewer' })),
			sentAt: Date.now()
		};
	}
}
