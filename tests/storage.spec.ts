/**
 * Storage trouble: a full quota and a cleared origin are shown (role="alert"), the text stays in
 * memory, export is offered, and saving resumes or recovers (RELIABILITY-NOTES, "Storage trouble").
 */
import { expect, test } from '@playwright/test';
import { newDoc, waitSaved } from './helpers';

test('a full quota shows a banner, keeps the text and offers export', async ({ context, page }) => {
	// Filling the quota takes a few large pastes, each checked and journalled; on a loaded
	// two-worker CI machine that can pass the default 30 s.
	test.setTimeout(120_000);
	const cdp = await context.newCDPSession(page);
	const origin = new URL(test.info().project.use.baseURL ?? 'http://localhost').origin;
	// Must be sent before the page first uses storage in this context. The sample workspace fits
	// in 1 MB; a few hundred KB of pasted text does not.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_000_000 });
	const body = await newDoc(page);
	// 100 KB a paste: the quota is reached in a handful of saves rather than in dozens.
	const chunk = 'All work and no play. '.repeat(4500);
	const status = page.locator('.save[role="status"]');
	for (let i = 0; i < 40 && (await status.textContent())?.trim() !== 'Not saved'; i++) {
		await page.keyboard.insertText(chunk);
		await expect(status).not.toHaveText(/Saving/, { timeout: 15_000 });
	}
	await expect(status).toHaveText('Not saved');
	const alert = page.getByRole('alert').filter({ hasText: 'storage for this site is full' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('Your text is kept in this tab');
	await expect(body).toContainText('All work and no play.');
	const downloading = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Export workspace' }).click();
	expect((await downloading).suggestedFilename()).toMatch(/^fivefold-workspace-.*\.zip$/);
});

test('when the browser clears storage, the open document is written back', async ({
	context,
	page
}) => {
	const body = await newDoc(page);
	await page.getByLabel('Title').fill('Survives eviction');
	await body.click();
	await page.keyboard.type('Before the purge.');
	await waitSaved(page);
	const cdp = await context.newCDPSession(page);
	const origin = new URL(page.url()).origin;
	await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
	await page.keyboard.type(' After it.');
	await expect(page.getByRole('alert')).toContainText(
		'The browser cleared this site’s stored data'
	);
	await waitSaved(page);
	const again = await context.newPage();
	await again.goto(page.url());
	await expect(again.getByText('read-only here')).toBeVisible();
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Before the purge. After it.'
	);
	await expect(again.getByLabel('Title')).toHaveValue('Survives eviction');
});

test('without IndexedDB the app works in memory, warns, and offers export', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	const body = await newDoc(page);
	await page.keyboard.type('Kept in this tab only.');
	await waitSaved(page);
	const alert = page.getByRole('alert').filter({ hasText: 'not letting Fivefold use its storage' });
	await expect(alert).toContainText('Nothing you write here will be kept after you close the tab');
	await expect(body).toHaveText('Kept in this tab only.');
	await page.getByRole('link', { name: '← Workspace' }).click();
	await expect(page.getByRole('link', { name: 'Untitled' })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Export workspace' }).click();
	expect((await downloading).suggestedFilename()).toMatch(/\.zip$/);
});
