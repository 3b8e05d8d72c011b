/**
 * Workspace export and import: a zip with Markdown files and a JSON backup, imported back
 * through a dialog that never overwrites without asking (Cancel, Merge as copies, Replace).
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { openWorkspace } from './helpers';

async function exportZip(page: Page): Promise<string> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export workspace' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^fivefold-workspace-\d{4}-\d\d-\d\d\.zip$/);
	return download.path();
}

const cards = (page: Page) => page.locator('main li.card');

test('the export holds one Markdown file per document and a JSON backup', async ({ page }) => {
	await openWorkspace(page);
	const files = unzipSync(new Uint8Array(await readFile(await exportZip(page))));
	const names = Object.keys(files).sort();
	expect(names.filter((n) => n.startsWith('design/') && n.endsWith('.md'))).toHaveLength(5);
	expect(names.filter((n) => n.startsWith('strategy/') && n.endsWith('.md'))).toHaveLength(5);
	expect(names.filter((n) => n.startsWith('vision/') && n.endsWith('.md'))).toHaveLength(1);
	expect(names.some((n) => n.endsWith('.json'))).toBe(true);
	const vision = names.find((n) => n.startsWith('vision/'))!;
	expect(new TextDecoder().decode(files[vision])).toMatch(/^# Greengage/);
});

test('importing a workspace asks first: cancel, merge as copies, replace', async ({ page }) => {
	await openWorkspace(page);
	const zip = await readFile(await exportZip(page));
	await expect(cards(page)).toHaveCount(11);

	const importZip = () =>
		page.getByLabel('Workspace file to import').setInputFiles({
			name: 'backup.zip',
			mimeType: 'application/zip',
			buffer: zip
		});
	const dialog = page.getByRole('dialog', { name: 'Import workspace' });

	await importZip();
	await expect(dialog).toContainText('holds 11 documents');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(cards(page)).toHaveCount(11);

	await importZip();
	await dialog.getByRole('button', { name: 'Merge as copies' }).click();
	await expect(page.getByText('Added 11 documents from “backup.zip” as copies.')).toBeVisible();
	await expect(cards(page)).toHaveCount(22);

	await importZip();
	await dialog.getByRole('button', { name: 'Replace' }).click();
	await expect(page.getByText(/Replaced the workspace with 11 documents/)).toBeVisible();
	await expect(cards(page)).toHaveCount(11);
	await page.reload();
	await expect(cards(page)).toHaveCount(11);
});
