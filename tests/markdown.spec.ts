/**
 * Markdown in and out: an imported file exports back byte for byte; notices from the import
 * are shown; pasted Markdown becomes structure; Copy Markdown confirms.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { MOD, newDoc, openWorkspace, waitSaved } from './helpers';

const FIXTURE = 'tests/fixtures/roundtrip.md';

test('import a Markdown file and export it back identical', async ({ page }) => {
	await openWorkspace(page);
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import Markdown' }).click();
	await (await chooser).setFiles(FIXTURE);
	// One file imported: the editor opens it, with the import report.
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByText('Imported “Queue consumers own their retries”.')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Queue consumers own their retries');
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body.getByRole('heading', { name: 'Problem' })).toBeVisible();
	await expect(body.locator('strong')).toHaveText('broker');

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('queue-consumers-own-their-retries.md');
	const exported = await readFile(await download.path(), 'utf8');
	expect(exported).toBe(await readFile(FIXTURE, 'utf8'));
});

test('import notices are shown (images kept as text)', async ({ page }) => {
	await openWorkspace(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'pictures.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from('# Pictures\n\n![a](a.png) and ![b](b.png)\n')
	});
	// The editor opens the document and shows the notices above it.
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByText('Imported “Pictures”.')).toBeVisible();
	await expect(page.getByText(/2 images were kept as text/)).toBeVisible();
});

test('pasted Markdown text becomes headings and lists', async ({ page }) => {
	const body = await newDoc(page);
	await page.evaluate((t) => {
		const dt = new DataTransfer();
		dt.setData('text/plain', t);
		document.activeElement!.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })
		);
	}, '## Context\n\n- one\n- two\n');
	await expect(body.getByRole('heading', { name: 'Context', level: 2 })).toBeVisible();
	await expect(body.getByRole('listitem')).toHaveCount(2);
	await waitSaved(page);
});

test('Copy Markdown copies the title and body and says so', async ({ context, page }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const body = await newDoc(page);
	await page.getByLabel('Title').fill('Copied');
	await body.click();
	await page.keyboard.type('Some ');
	await page.keyboard.press(`${MOD}+b`);
	await page.keyboard.type('bold');
	await page.keyboard.press(`${MOD}+b`);
	await page.keyboard.type(' text');
	await page.getByRole('button', { name: 'Copy Markdown' }).click();
	await expect(page.getByText('Copied the document as Markdown.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe('# Copied\n\nSome **bold** text\n');
});
