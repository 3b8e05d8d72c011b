/**
 * Nothing typed is lost: the renderer is crashed 50 ms after the last keystroke and the text
 * is still there when the document is opened again (RELIABILITY-NOTES, "Saving").
 */
import { expect, test, type Page } from '@playwright/test';
import { MOD, newDoc, saveStatus } from './helpers';

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

/**
 * Type "Stored first." and let it save; then swallow every IndexedDB put (it never answers, as a
 * transaction still on its way when the tab closes), type " Then the tab closed." and close the
 * tab with that save pending. Returns the document's URL.
 */
async function closeWithSaveOnItsWay(page: Page): Promise<string> {
	const body = await newDoc(page);
	const url = page.url();
	await body.pressSequentially('Stored first.');
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			return {} as IDBRequest;
		};
	});
	await body.pressSequentially(' Then the tab closed.');
	await expect(saveStatus(page)).toHaveText(/Saving/);
	await page.close({ runBeforeUnload: false });
	return url;
}

/** The rescue notes left in the page's localStorage. */
function rescueKeys(page: Page): Promise<string[]> {
	return page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('rescue')));
}

test('a tab closed while its save cannot finish leaves a note, and reopening recovers the text', async ({
	context,
	page
}) => {
	const url = await closeWithSaveOnItsWay(page);

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
	expect(await rescueKeys(again)).toEqual([]);
});

test('a note that could not be folded in (storage full) is shown, saved, and never applied over later text', async ({
	context,
	page
}) => {
	const url = await closeWithSaveOnItsWay(page);

	// The next tab opens while storage refuses every write: the note cannot be folded in yet.
	const full = await context.newPage();
	await full.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args) {
			if ((globalThis as { storageFull?: boolean }).storageFull !== false)
				throw new DOMException('', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await full.goto(url);
	const fullBody = full.getByRole('textbox', { name: 'Document body' });
	await expect(fullBody).toHaveText('Stored first. Then the tab closed.');
	await fullBody.click();
	await full.keyboard.press(`${MOD}+End`);
	await full.keyboard.type(' Written later.');
	await expect(saveStatus(full)).toHaveText('Not saved');
	// Storage frees up: the retry stores everything; the note is done with.
	await full.evaluate(() => ((globalThis as { storageFull?: boolean }).storageFull = false));
	await expect(saveStatus(full)).toHaveText('Saved', { timeout: 10_000 });
	await full.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await again.goto(url);
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Stored first. Then the tab closed. Written later.'
	);
	expect(await rescueKeys(again)).toEqual([]);
});

test('a later note that localStorage refuses does not leave an older one to be applied', async ({
	context,
	page
}) => {
	const body = await newDoc(page);
	const url = page.url();
	await body.pressSequentially('Stored first.');
	await expect(saveStatus(page)).toHaveText('Saved');
	const hide = () =>
		page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
			Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		});
	// Storage refuses writes; the page is hidden with the save failing: a note is written.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		(globalThis as { restorePut?: () => void }).restorePut = () =>
			(IDBObjectStore.prototype.put = put);
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('', 'QuotaExceededError');
		};
	});
	await body.pressSequentially(' Second.');
	await expect(saveStatus(page)).toHaveText('Not saved');
	await hide();
	expect(await rescueKeys(page)).toHaveLength(1);
	// More text; hidden again, and now localStorage is full too: the older note stays.
	await body.pressSequentially(' Third.');
	await page.evaluate(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('', 'QuotaExceededError');
		};
	});
	await hide();
	// IndexedDB has room again: everything is stored, so the older note must go.
	await page.evaluate(() => (globalThis as { restorePut?: () => void }).restorePut?.());
	await expect(saveStatus(page)).toHaveText('Saved', { timeout: 10_000 });
	expect(await rescueKeys(page)).toEqual([]);
	await page.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await again.goto(url);
	await expect(again.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Stored first. Second. Third.'
	);
});
