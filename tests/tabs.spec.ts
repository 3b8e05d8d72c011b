/**
 * Two tabs on one document: the second opens read-only (Web Lock `doc:<id>`), follows the
 * writer's saves, and becomes editable once the first tab lets go. The workspace list in
 * another tab refreshes over BroadcastChannel.
 */
import { expect, test } from '@playwright/test';
import { newDoc, openWorkspace, waitSaved } from './helpers';

test('a second tab on the same document is read-only and follows the writer', async ({
	context,
	page
}) => {
	const body = await newDoc(page);
	await page.keyboard.type('Written in tab one.');
	await waitSaved(page);

	const second = await context.newPage();
	await second.goto(page.url());
	const secondBody = second.getByRole('textbox', { name: 'Document body' });
	await expect(secondBody).toHaveText('Written in tab one.');
	await expect(second.getByText(/open for editing in another tab/)).toBeVisible();
	await expect(secondBody).toHaveAttribute('contenteditable', 'false');
	await expect(secondBody).toHaveAttribute('aria-readonly', 'true');
	await expect(second.getByLabel('Title')).toHaveAttribute('readonly', '');
	await expect(second.locator('.save[role="status"]')).toHaveText('Read-only');

	// Typing in the read-only tab changes nothing.
	await secondBody.click();
	await second.keyboard.type('sneaky');
	await expect(secondBody).toHaveText('Written in tab one.');

	// The writer's edits show up in the reader.
	await body.click();
	await page.keyboard.press('End');
	await page.keyboard.type(' And more.');
	await waitSaved(page);
	await expect(secondBody).toHaveText('Written in tab one. And more.');

	// When the writer leaves, the reader takes over with the latest text.
	await page.close();
	await expect(second.getByText(/You can edit it here now/)).toBeVisible();
	await expect(secondBody).toHaveAttribute('contenteditable', 'true');
	await secondBody.click();
	await second.keyboard.press('End');
	await second.keyboard.type(' Tab two now.');
	await waitSaved(second);
	await second.reload();
	await expect(second.getByRole('textbox', { name: 'Document body' })).toHaveText(
		'Written in tab one. And more. Tab two now.'
	);
});

test('the workspace refuses to delete a document open in another tab', async ({
	context,
	page
}) => {
	await newDoc(page);
	await page.getByLabel('Title').fill('Busy doc');
	await waitSaved(page);
	const list = await context.newPage();
	await openWorkspace(list);
	await list.getByRole('button', { name: 'Delete “Busy doc”' }).click();
	await expect(list.getByText(/open in another tab/)).toBeVisible();
	await expect(list.getByRole('link', { name: 'Busy doc' })).toBeVisible();
});

test('the workspace list refreshes when another tab changes a document', async ({
	context,
	page
}) => {
	await openWorkspace(page);
	const editor = await context.newPage();
	await newDoc(editor);
	await editor.getByLabel('Title').fill('Seen from afar');
	await waitSaved(editor);
	await expect(page.getByRole('link', { name: 'Seen from afar' })).toBeVisible();
});
