/**
 * Review with peers (issue 11): the author shares a draft, a reviewer in a separate browser
 * context (no shared storage) comments on a selection and scores the rubric, sends the review
 * back, and the author, who has edited the draft since, takes it in and sees the comment on
 * the right words. Plus: tampered links change nothing, and a passphrase seals a link.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { saveStatus } from './helpers';

// Two browser contexts and PBKDF2 on a shared, often overloaded 2-core machine.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function waitSaved(page: Page) {
	await expect(saveStatus(page)).toHaveText('Saved');
}

/** A new, empty vision; returns its body, focused. */
async function newVision(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'New vision' }).click({ timeout: 20_000 });
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body).toBeVisible();
	await waitSaved(page);
	await body.click();
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Control+Alt+0');
	await expect(body).toHaveText('');
	return body;
}

const TEXT = [
	'By 2028 every merchant settles in one day, because late payouts are why merchants leave us.',
	'Support answers in one hour and we keep Postgres for the ledger.'
];

/** Select `quote` in the read-only draft, as a reviewer dragging over it would. */
async function selectInDraft(page: Page, quote: string) {
	await page.evaluate((quote) => {
		const root = document.querySelector('[aria-label="Draft (read-only)"]')!;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const node = walker.currentNode as Text;
			const at = node.data.indexOf(quote);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + quote.length);
			const sel = getSelection()!;
			sel.removeAllRanges();
			sel.addRange(range);
			return;
		}
		throw new Error(`"${quote}" is not in the draft`);
	}, quote);
}

/** Write the draft and return the link the Share dialog makes. */
async function share(page: Page, passphrase = ''): Promise<string> {
	const body = await newVision(page);
	await page.getByLabel('Title').fill('Payments in 2028');
	await body.click();
	await page.keyboard.insertText(TEXT[0]);
	await page.keyboard.press('Enter');
	await page.keyboard.insertText(TEXT[1]);
	await waitSaved(page);
	await page.getByRole('button', { name: 'Share for review' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share for review' });
	if (passphrase) await dialog.getByLabel('Passphrase (optional)').fill(passphrase);
	await dialog.getByRole('button', { name: 'Create link' }).click();
	const link = await dialog.getByLabel('Review link').inputValue();
	expect(link).toMatch(/\/review#ff1\.[zs]\./);
	await dialog.getByRole('button', { name: 'Close' }).click();
	return link;
}

test('share, review in another browser, send back, and see the comment on the right words after edits', async ({
	page,
	browser
}) => {
	const link = await share(page);

	// The reviewer: a separate context, so nothing of the author's storage is there.
	const context = await browser.newContext();
	const reviewer = await context.newPage();
	await reviewer.goto(link);
	await expect(reviewer.getByRole('heading', { name: 'Payments in 2028' })).toBeVisible();
	await reviewer.getByLabel('Your name').fill('Ada Lovelace');
	await reviewer.getByRole('button', { name: 'Start reviewing' }).click();

	await selectInDraft(reviewer, 'one day');
	await reviewer.getByRole('button', { name: 'Add comment' }).click();
	await reviewer
		.getByLabel('Comment', { exact: true })
		.fill('Is one day realistic for <b>banks</b>?');
	await reviewer.getByRole('button', { name: 'Save comment' }).click();
	const draft = reviewer.getByRole('textbox', { name: 'Draft (read-only)' });
	await expect(draft.locator('.ff-comment')).toHaveText('one day');

	const horizon = reviewer.getByRole('group', { name: 'Two to three years out' });
	await horizon.getByLabel('4').check();
	await reviewer.getByLabel('Note on two to three years out').fill('Clear date.');
	await expect(reviewer.getByRole('heading', { name: 'Checker report' })).toBeVisible();

	// A reload keeps the work in progress (its own storage key).
	await reviewer.reload();
	await expect(draft.locator('.ff-comment')).toHaveText('one day');
	await expect(horizon.getByLabel('4')).toBeChecked();

	await reviewer.getByRole('button', { name: 'Send review back' }).click();
	const send = reviewer.getByRole('dialog', { name: 'Send review back' });
	await send.getByRole('button', { name: 'Create link' }).click();
	const back = await send.getByLabel('Review link for the author').inputValue();
	await context.close();

	// The author edits the draft before the review comes back.
	const body = page.getByRole('textbox', { name: 'Document body' });
	await body.click();
	await page.keyboard.press('Control+Home');
	await page.keyboard.insertText('A new opening paragraph, also about one day of waiting.');
	await page.keyboard.press('Enter');
	await waitSaved(page);
	// Leave the editor the way a user does, so the session closes and folds its journal.
	await page.getByRole('link', { name: '← Workspace' }).click();
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();

	await page.goto(back);
	await expect(page.getByRole('heading', { name: 'A review of “Payments in 2028”' })).toBeVisible();
	await page.getByRole('button', { name: 'Add to document' }).click();

	const comments = page.getByRole('region', { name: 'Comments' });
	await expect(comments).toBeVisible();
	await expect(comments).toContainText('Is one day realistic for <b>banks</b>?');
	await expect(comments.locator('b')).toHaveCount(0);
	await expect(comments.getByRole('table')).toContainText('Ada Lovelace');
	await expect(comments.getByRole('table')).toContainText('Clear date.');
	// On the right "one day": the one in the merchant sentence, not the new opening.
	const mark = body.locator('.ff-comment');
	await expect(mark).toHaveText('one day');
	const sentence = await mark.evaluate((el) => el.closest('p')?.textContent ?? '');
	expect(sentence).toContain('every merchant settles');

	// Resolve folds it away; reopen brings it back.
	await comments.getByRole('button', { name: 'Resolve' }).click();
	await expect(body.locator('.ff-comment')).toHaveCount(0);
	await comments.getByText('Resolved (1)').click();
	await comments.getByRole('button', { name: 'Reopen' }).click();
	await expect(body.locator('.ff-comment')).toHaveText('one day');
	await page.reload();
	await expect(
		page.getByRole('textbox', { name: 'Document body' }).locator('.ff-comment')
	).toHaveText('one day');
});

test('a tampered link and a wrong passphrase show a clear message and change nothing', async ({
	page,
	browser
}) => {
	const link = await share(page, 'open sesame');
	const context = await browser.newContext();
	const reviewer = await context.newPage();

	const cut = link.slice(0, -20);
	await reviewer.goto(cut);
	// A cut token is refused either at once (its encoding is broken) or after the passphrase.
	const asked = reviewer.getByLabel('Passphrase');
	await expect(asked.or(reviewer.getByRole('alert')).first()).toBeVisible();
	if (await asked.isVisible()) {
		await asked.fill('open sesame');
		await reviewer.getByRole('button', { name: 'Open' }).click();
	}
	await expect(reviewer.getByRole('alert')).toContainText(
		/changed after it was made|cut short|damaged/
	);

	await reviewer.goto('about:blank');
	await reviewer.goto(link);
	await reviewer.getByLabel('Passphrase').fill('wrong');
	await reviewer.getByRole('button', { name: 'Open' }).click();
	await expect(reviewer.getByRole('alert')).toContainText('passphrase is wrong');
	await reviewer.getByLabel('Passphrase').fill('open sesame');
	await reviewer.getByRole('button', { name: 'Open' }).click();
	await expect(reviewer.getByRole('heading', { name: 'Payments in 2028' })).toBeVisible();

	await reviewer.goto('about:blank');
	await reviewer.goto(link.replace('#ff1.s.', '#ff1.z.'));
	await expect(reviewer.getByRole('alert')).toContainText('damaged');
	await context.close();
});

test('a review for a document that is not in this workspace says so and changes nothing', async ({
	page
}) => {
	const review = {
		type: 'fivefold-review',
		version: 1,
		reviewId: 'rev-1',
		reviewer: { id: 'who-1', name: 'Grace' },
		doc: { id: 'gone-doc', kind: 'vision', title: 'An old vision', revision: 3 },
		rubric: [{ criterion: 'horizon', score: 2, note: '' }],
		comments: [],
		sentAt: Date.now()
	};
	// Written here with Node's own deflate: the link format does not depend on the app's code.
	const token = `ff1.z.${deflateRawSync(JSON.stringify(review)).toString('base64url')}`;
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	const before = await page.locator('main').getByRole('link').count();
	await page.goto(`/review#${token}`);
	await expect(page.getByRole('heading', { name: 'A review of “An old vision”' })).toBeVisible();
	await expect(page.getByText('scored 1 of 1 rubric criteria')).toBeVisible();
	await page.getByRole('button', { name: 'Add to document' }).click();
	await expect(page.getByRole('alert')).toContainText('is not in this workspace');
	await expect(page.getByRole('button', { name: 'Add to document' })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	await expect(page.locator('main').getByRole('link')).toHaveCount(before);
});
