/**
 * The workspace: the first-visit sample workspace and Start empty, progress toward five,
 * create / rename / duplicate / delete with Undo, and drag and drop of Markdown files.
 */
import { expect, test } from '@playwright/test';
import { openWorkspace } from './helpers';

function shelf(page: import('@playwright/test').Page, name: string) {
	return page.getByRole('region', { name });
}

test('a first visit shows the sample workspace with a note', async ({ page }) => {
	await openWorkspace(page);
	await expect(page.getByRole('heading', { name: 'This is a sample workspace' })).toBeVisible();
	await expect(shelf(page, 'Design docs').getByText('5 of 5 design docs')).toBeVisible();
	await expect(shelf(page, 'Strategies').getByText('5 of 5 strategies')).toBeVisible();
	await expect(shelf(page, 'Visions').getByText('1 of 5 visions')).toBeVisible();
	await expect(shelf(page, 'Design docs').getByRole('listitem')).toHaveCount(5);

	// The samples are real documents: they open in the editor.
	await shelf(page, 'Visions')
		.getByRole('link', { name: /Greengage engineering/ })
		.click();
	await expect(page.getByRole('textbox', { name: 'Document body' })).toContainText('2028');

	// Reloading is not a first visit: the samples are not planted twice.
	await openWorkspace(page);
	await expect(shelf(page, 'Design docs').getByRole('listitem')).toHaveCount(5);
});

test('Start empty asks first, then clears the samples for good', async ({ page }) => {
	await openWorkspace(page);
	await page.getByRole('button', { name: 'Start empty' }).click();
	const dialog = page.getByRole('dialog', { name: 'Start with an empty workspace?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(shelf(page, 'Design docs').getByRole('listitem')).toHaveCount(5);

	await page.getByRole('button', { name: 'Start empty' }).click();
	await dialog.getByRole('button', { name: 'Delete all and start empty' }).click();
	await expect(shelf(page, 'Design docs').getByText('0 of 5 design docs')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'This is a sample workspace' })).toHaveCount(0);
	await page.reload();
	await expect(shelf(page, 'Strategies').getByText('0 of 5 strategies')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'This is a sample workspace' })).toHaveCount(0);
});

test('Keep the samples hides the note', async ({ page }) => {
	await openWorkspace(page);
	await page.getByRole('button', { name: 'Keep the samples' }).click();
	await expect(page.getByRole('heading', { name: 'This is a sample workspace' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'This is a sample workspace' })).toHaveCount(0);
});

test('create, rename and duplicate documents', async ({ page }) => {
	await openWorkspace(page);
	await page.getByRole('button', { name: 'New vision' }).click();
	await expect(page.getByRole('textbox', { name: 'Document body' })).toBeVisible();
	await page.getByLabel('Title').fill('Platform in 2028');
	await expect(page.locator('.save[role="status"]')).toHaveText('Saved');
	await page.getByRole('link', { name: '← Workspace' }).click();

	const visions = shelf(page, 'Visions');
	await expect(visions.getByText('2 of 5 visions')).toBeVisible();
	await visions.getByRole('button', { name: 'Rename “Platform in 2028”' }).click();
	await page.getByLabel('New title for “Platform in 2028”').fill('Platform in 2029');
	await page.keyboard.press('Enter');
	await expect(visions.getByRole('link', { name: 'Platform in 2029' })).toBeVisible();

	await visions.getByRole('button', { name: 'Duplicate “Platform in 2029”' }).click();
	await expect(visions.getByRole('link', { name: 'Platform in 2029 (copy)' })).toBeVisible();
	await page.reload();
	await expect(visions.getByRole('link', { name: 'Platform in 2029 (copy)' })).toBeVisible();
	await expect(visions.getByRole('link', { name: 'Platform in 2029', exact: true })).toBeVisible();
});

test('delete offers Undo, and Undo brings the document back', async ({ page }) => {
	await openWorkspace(page);
	const designs = shelf(page, 'Design docs');
	const first = designs.getByRole('listitem').first().getByRole('link');
	const title = (await first.textContent())!.trim();
	await designs.getByRole('button', { name: `Delete “${title}”` }).click();
	await expect(designs.getByRole('link', { name: title })).toHaveCount(0);
	await expect(designs.getByText('4 of 5 design docs')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(designs.getByRole('link', { name: title })).toBeVisible();
	await page.reload();
	await expect(designs.getByRole('link', { name: title })).toBeVisible();

	// Without Undo, the deletion sticks.
	await designs.getByRole('button', { name: `Delete “${title}”` }).click();
	await expect(designs.getByText('4 of 5 design docs')).toBeVisible();
	await page.reload();
	await expect(designs.getByText('4 of 5 design docs')).toBeVisible();
});

test('Markdown files dropped on the workspace are imported', async ({ page }) => {
	await openWorkspace(page);
	const dataTransfer = await page.evaluateHandle(() => {
		const dt = new DataTransfer();
		dt.items.add(
			new File(['# Dropped strategy\n\nWe will use Postgres.\n'], 'dropped-strategy.md', {
				type: 'text/markdown'
			})
		);
		return dt;
	});
	const zone = page.getByRole('region', { name: 'Workspace' });
	await zone.dispatchEvent('dragenter', { dataTransfer });
	await zone.dispatchEvent('drop', { dataTransfer });
	// One file dropped: the editor opens it, with the import report.
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByText('Imported “Dropped strategy”.')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Dropped strategy');
	await openWorkspace(page);
	await expect(
		shelf(page, 'Strategies').getByRole('link', { name: 'Dropped strategy' })
	).toBeVisible();
});
