/**
 * The review feature's glue between the pages and `$lib/share`: the bundle for the open
 * document, and taking a returned review in, either into the open editor or straight into
 * storage from the review page (under the document's one-writer lock, so an editor tab
 * elsewhere is never overwritten).
 */
import { tryLockDoc } from '$lib/storage';
import { BUNDLE_VERSION, REQUEST_TYPE, type Review, type ReviewRequest } from '$lib/share/bundle';
import { mergeReview } from '$lib/share/inbox';
import type { App } from './app.svelte';
import type { CheckerSession } from './checker.svelte';
import { importedMessage, type CommentsSession } from './comments.svelte';
import type { DocSession } from './doc-session.svelte';
import { readFile } from './download';
import { storeSettings } from './settings';

/** The open document shared for review, with the checker settings in force. */
export function shareRequest(session: DocSession, checker: CheckerSession): ReviewRequest {
	const record = session.current();
	return {
		type: REQUEST_TYPE,
		version: BUNDLE_VERSION,
		doc: {
			id: record.id,
			kind: record.kind,
			title: record.title,
			content: record.content,
			revision: record.revision
		},
		checker: storeSettings({ checker: checker.config }).checker ?? {},
		sharedAt: Date.now()
	};
}

/** Open a review file picked in the editor and take it into the open document. */
export async function takeReviewFile(
	app: App,
	comments: CommentsSession,
	file: File
): Promise<void> {
	const { MAX_FILE_BYTES, openFile } = await import('$lib/share/token');
	const read = await readFile(file, MAX_FILE_BYTES);
	if (!read.ok) return void app.toasts.show(read.error, { tone: 'error' });
	let opened = await openFile(read.bytes);
	if (!opened.ok && opened.locked) {
		const passphrase = prompt('This review is protected by a passphrase. Passphrase:') ?? '';
		if (!passphrase) return;
		opened = await openFile(read.bytes, passphrase);
	}
	if (!opened.ok) return void app.toasts.show(opened.error, { tone: 'error' });
	if (opened.value.type !== 'fivefold-review')
		return void app.toasts.show(
			'This file is a draft shared for review, not a review sent back. Open it from the review page to review it.',
			{ tone: 'error' }
		);
	const result = await comments.importReview(opened.value);
	app.toasts.show(result.message, { tone: result.ok ? 'success' : 'error' });
}

/** What taking a review in from the review page came to. */
export type Taken =
	| { ok: true; message: string }
	| { ok: false; reason: 'missing' | 'locked' | 'failed'; message: string };

/** Merge `review` into its document in storage (the document must not be open elsewhere). */
export async function takeReviewIn(app: App, review: Review): Promise<Taken> {
	const lock = await tryLockDoc(review.doc.id);
	if (!lock)
		return {
			ok: false,
			reason: 'locked',
			message:
				'The document is open in another tab. Close it there (or open this link in that tab), then try again.'
		};
	try {
		const loaded = await app.store.loadDoc(review.doc.id);
		if (!loaded.ok) return { ok: false, reason: 'failed', message: loaded.error.message };
		const record = loaded.value;
		if (!record)
			return {
				ok: false,
				reason: 'missing',
				message: `The document this review is for (“${review.doc.title || 'Untitled'}”) is not in this workspace. It may have been deleted, or shared from another browser. Nothing was changed.`
			};
		const merged = mergeReview(record, review);
		const saved = await app.store.putDocs([
			{
				...record,
				comments: merged.comments,
				meta: merged.meta,
				revision: record.revision + 1,
				updatedAt: Date.now()
			}
		]);
		if (!saved.ok) {
			app.health.report(saved.error);
			return { ok: false, reason: 'failed', message: saved.error.message };
		}
		app.channel.post({ type: 'docs-changed', ids: [record.id] });
		return { ok: true, message: importedMessage(review, merged.added, merged.replaced) };
	} finally {
		lock.release();
	}
}
