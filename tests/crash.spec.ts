/**
 * Nothing typed is lost: the renderer is crashed 50 ms after the last keystroke and the text
 * is still there when the document is opened again (RELIABILITY-NOTES, "Saving").
 */
import { expect, test } from '@playwright/test';
import { newDoc, saveStatus } from './helpers';

test('text typed up to 50 ms before a renderer crash survives', async ({ context, page }) => {
	const body = await newDoc(page);
	const url = page.url();
	const text = 'Every change reaches IndexedDB within fifty milliseconds, crash or not.';
	await page.getByLabel('Title').fill('Crash survivor');
	await body.click();
	await page.keyboard.type(text, { delay: 5 });
	await page.waitForTimeout(50);

	const cdp = await context.newCDPSession(page);
	const crashed = page.waitForEvent('crash');
	cdp.send('Page.crash').catch(() => {});
	await crashed;

	const again = await context.newPage();
	await again.goto(url);
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(text);
	await expect(again.getByLabel('Title')).toHaveValue('Crash survivor');
	// The crashed tab's lock is gone: the reopened document is editable.
	await expect(again.getByText('read-only here')).toHaveCount(0);
});

test('text survives closing the tab 50 ms after typing', async ({ context, page }) => {
	const body = await newDoc(page);
	const url = page.url();
	await body.pressSequentially('Closed without waiting.');
	await page.waitForTimeout(50);
	await page.close({ runBeforeUnload: false });
	const again = await context.newPage();
	await again.goto(url);
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Closed without waiting.'
	);
});

test('a tab closed while its save cannot finish leaves a note, and reopening recovers the text', async ({
	context,
	page
}) => {
	const body = await newDoc(page);
	const url = page.url();
	await body.pressSequentially('Stored first.');
	await expect(saveStatus(page)).toHaveText('Saved');
	// From here on no write reaches IndexedDB: every put is swallowed and never answers, as a
	// transaction still on its way when the tab closes.
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			return {} as IDBRequest;
		};
	});
	await body.pressSequentially(' Then the tab closed.');
	await expect(saveStatus(page)).toHaveText(/Saving/);
	await page.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await again.goto(url);
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Stored first. Then the tab closed.'
	);
	await expect(again.getByText(/Recovered the last words typed/)).toBeVisible();
	// Folded into the journal: a second reload needs no note.
	await again.reload();
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Stored first. Then the tab closed.'
	);
	await expect(again.getByText(/Recovered the last words typed/)).toHaveCount(0);
	expect(
		await again.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('rescue')))
	).toEqual([]);
});
