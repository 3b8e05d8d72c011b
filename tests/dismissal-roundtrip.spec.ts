/**
 * A dismissal survives Export Markdown → Import Markdown: the exported ignore comment comes
 * back as a dismissal, not as literal `<!-- … -->` text in the document.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { newDoc, openWorkspace, waitSaved } from './helpers';

const GENERIC = 'We will leverage synergies to deliver world-class innovation across the board.';

test('a dismissed finding stays dismissed after export and import', async ({ page }) => {
	const body = await newDoc(page, 'New design doc');
	await page.getByLabel('Title').fill('Dismissal round trip');
	await body.click();
	await page.keyboard.type(GENERIC);
	const findings = page.getByRole('complementary', { name: 'Findings' });
	const specificity = findings.getByRole('region', { name: 'Specificity' });
	await specificity.getByRole('button', { name: /^Dismiss: Generic/ }).click();
	await page.getByRole('button', { name: 'Dismiss finding' }).click();
	await expect(findings.getByText('Dismissed (1)')).toBeVisible();
	await waitSaved(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const download = await downloading;
	const exported = await readFile(await download.path(), 'utf8');
	expect(exported).toContain(`<!-- fivefold-disable-next specificity -->\n${GENERIC}`);
	// Rename the original so the imported copy is the only document with this title.
	await page.getByLabel('Title').fill('Original');
	await waitSaved(page);

	await openWorkspace(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'text/markdown',
		buffer: Buffer.from(exported)
	});
	// One file imported: the editor opens it, with the import report.
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByText('Imported “Dismissal round trip”.')).toBeVisible();

	const imported = page.getByRole('textbox', { name: 'Document body' });
	await expect(imported).toContainText('synergies');
	await expect(page.getByLabel('Title')).toHaveValue('Dismissal round trip');
	await expect(imported).not.toContainText('<!--');
	await expect(imported).not.toContainText('fivefold-');
	await expect(findings.getByText('Dismissed (1)')).toBeVisible();
	await expect(specificity.getByRole('button', { name: /^Warning Generic/ })).toHaveCount(0);
	await expect(imported.locator('[data-finding^="specificity"]')).toHaveCount(0);
});
