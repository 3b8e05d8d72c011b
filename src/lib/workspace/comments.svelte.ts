/**
 * Review comments in the author's editor: the stored comments and reviewers' rubrics of the
 * open document, their highlights (placed by text anchor when the editor opens, then mapped
 * through edits), resolve / reopen, and taking a returned review in.
 */
import type { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import {
	commentRanges,
	commentsPlugin,
	selectComment,
	setComments,
	type CommentMark
} from '$lib/editor/comments/plugin';
import { docText, offsetAt, posAt } from '$lib/editor/comments/text';
import type { CommentStyle } from '$lib/share/export';
import type { Review } from '$lib/share/bundle';
import type { StoredComment, StoredReview } from '$lib/share/inbox';
import type { App } from './app.svelte';
import type { DocSession } from './doc-session.svelte';

type Share = typeof import('$lib/share/anchor') & typeof import('$lib/share/inbox');

/** Where the author's choice of comment export is kept (per browser). */
const STYLE_KEY = 'fivefold-export-comments';

/** The comments of the open document. */
export class CommentsSession {
	comments = $state.raw<StoredComment[]>([]);
	reviews = $state.raw<StoredReview[]>([]);
	/** Ids of comments that could not be placed in the text (their words are gone). */
	detached = $state.raw<readonly string[]>([]);
	/** The comment under the cursor. */
	active = $state<string | null>(null);
	/** How Export Markdown writes comments. */
	style = $state<CommentStyle>('none');

	readonly plugin: Plugin;
	readonly #app: App;
	readonly #session: DocSession;
	#loaded = false;
	#loading: Promise<Share> | null = null;

	constructor(app: App, session: DocSession) {
		this.#app = app;
		this.#session = session;
		this.plugin = commentsPlugin({
			// The view is still being built when this runs; place the comments right after.
			onView: (view) => queueMicrotask(() => this.#load(view)),
			onActive: (id) => (this.active = id)
		});
		try {
			const saved = localStorage.getItem(STYLE_KEY);
			if (saved === 'critic' || saved === 'footnotes') this.style = saved;
		} catch {
			// No storage (private mode): the default stands.
		}
	}

	async #load(view: EditorView): Promise<void> {
		const record = this.#session.record;
		const raw = record?.comments;
		// Most documents have no review: load the review code only for those that do.
		if (!Array.isArray(raw) || raw.length === 0) {
			this.#loaded = true;
			return;
		}
		const share = await this.#share();
		if (view.isDestroyed) return;
		this.comments = share.storedComments(raw);
		this.reviews = share.storedReviews(record?.meta);
		this.#loaded = true;
		this.#place(view, share);
	}

	#share(): Promise<Share> {
		return (this.#loading ??= Promise.all([
			import('$lib/share/anchor'),
			import('$lib/share/inbox')
		]).then(([anchor, inbox]) => ({ ...anchor, ...inbox })));
	}

	/** Find every comment's words in the current text and highlight them. */
	#place(view: EditorView, { locateAnchor }: Share): void {
		const t = docText(view.state.doc);
		const marks: CommentMark[] = [];
		const detached: string[] = [];
		const known = commentRanges(view.state);
		for (const c of this.comments) {
			const here = known.get(c.id);
			if (here) {
				marks.push({ id: c.id, ...here, resolved: c.resolved });
				continue;
			}
			if (!c.anchor) continue;
			const at = locateAnchor(t.text, c.anchor);
			if (!at) {
				detached.push(c.id);
				continue;
			}
			const from = posAt(t, at.start, 'start');
			const to = posAt(t, at.end, 'end');
			if (from < to) marks.push({ id: c.id, from, to, resolved: c.resolved });
			else detached.push(c.id);
		}
		this.detached = detached;
		setComments(view, marks);
	}

	get #view(): EditorView | null {
		return this.#session.controller?.view ?? null;
	}

	/** Open comments first in text order, then those on the whole draft or detached. */
	get ordered(): StoredComment[] {
		const state = this.#session.editorState;
		const ranges = state ? commentRanges(state) : null;
		const at = (c: StoredComment) => ranges?.get(c.id)?.from ?? Number.MAX_SAFE_INTEGER;
		return [...this.comments].sort((a, b) => at(a) - at(b) || a.at - b.at);
	}

	/** The text a placed comment is on now. */
	textOf(id: string): string | null {
		const state = this.#session.editorState;
		const r = state && commentRanges(state).get(id);
		return r ? state.doc.textBetween(r.from, r.to, ' ', ' ') : null;
	}

	/**
	 * Whether a comment on words is not in the text now: never placed when the editor opened,
	 * or its words were deleted since.
	 */
	isDetached(c: StoredComment): boolean {
		const state = this.#session.editorState;
		if (!c.anchor || !state || !this.#loaded) return false;
		return this.detached.includes(c.id) || !commentRanges(state).has(c.id);
	}

	/** Comments that disagree with the checker, counted by rule (they feed its noise counts). */
	get disputed(): Record<string, number> {
		const out: Record<string, number> = {};
		for (const c of this.comments)
			if (c.finding?.stance === 'disagree') out[c.finding.rule] = (out[c.finding.rule] ?? 0) + 1;
		return out;
	}

	/** Select a comment's words in the editor. */
	select(id: string): void {
		const controller = this.#session.controller;
		if (!controller?.run(selectComment(id))) controller?.focus();
	}

	/** Resolve (fold away) or reopen a comment; stored with the document. */
	setResolved(id: string, resolved: boolean): Promise<boolean> {
		return this.#store(this.comments.map((c) => (c.id === id ? { ...c, resolved } : c)));
	}

	/** Remember how Export Markdown writes comments. */
	setStyle(style: CommentStyle): void {
		this.style = style;
		try {
			localStorage.setItem(STYLE_KEY, style);
		} catch {
			// Kept for this page only.
		}
	}

	/** Take a returned review in; resolves to a sentence for the author, or an error. */
	async importReview(review: Review): Promise<{ ok: boolean; message: string }> {
		const record = this.#session.record;
		if (!record || !this.#loaded) return { ok: false, message: 'The document is still opening.' };
		if (review.doc.id !== record.id)
			return { ok: false, message: 'This review is for another document.' };
		const { mergeReview, storedComments, storedReviews } = await this.#share();
		const merged = mergeReview({ ...record, comments: this.comments }, review);
		this.reviews = storedReviews(merged.meta);
		const ok = await this.#store(storedComments(merged.comments), merged.meta);
		if (!ok) return { ok: false, message: 'The review could not be saved with the document.' };
		return { ok: true, message: importedMessage(review, merged.added, merged.replaced) };
	}

	/**
	 * Store `comments` (anchors refreshed from where their words are now, so the next opening
	 * finds them even after heavy edits) and re-place the highlights.
	 */
	async #store(comments: StoredComment[], meta?: Record<string, unknown>): Promise<boolean> {
		const share = await this.#share();
		const { createAnchor } = share;
		const view = this.#view;
		if (view) {
			const t = docText(view.state.doc);
			const ranges = commentRanges(view.state);
			comments = comments.map((c) => {
				const r = ranges.get(c.id);
				if (!r || !c.anchor) return c;
				const anchor = createAnchor(t.text, offsetAt(t, r.from), offsetAt(t, r.to));
				return anchor.quote.trim() ? { ...c, anchor } : c;
			});
		}
		this.comments = comments;
		if (view) this.#place(view, share);
		const change = meta ? { comments, meta } : { comments };
		const ok = await this.#session.updateRecord(change);
		if (!ok) this.#app.toasts.show('The comments could not be saved.', { tone: 'error' });
		return ok;
	}
}

/** What the author is told after an import. */
export function importedMessage(review: Review, added: number, replaced: boolean): string {
	const who = review.reviewer.name;
	if (replaced) return `Updated ${who}’s review.`;
	const n = added === 1 ? '1 comment' : `${added} comments`;
	return `Added ${who}’s review: ${n}.`;
}
