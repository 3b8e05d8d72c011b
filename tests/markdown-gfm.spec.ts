/**
 * GitHub-flavoured Markdown through the UI: a table edited with the table commands, task list
 * ticks, strikethrough, front matter and a raw HTML block all come back out as Markdown.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { MOD } from './helpers';

const FIXTURE = 'tests/fixtures/gfm.md';

async function importFixture(page: Page) {
	// The workspace's first load seeds the sample documents; on a busy machine that takes a while.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible({ timeout: 30_000 });
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import Markdown' }).click();
	await (await chooser).setFiles(FIXTURE);
	// One file imported: the editor opens it, with the import report.
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByText('Imported “Dashboard targets”.')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Dashboard targets');
	return page.getByRole('textbox', { name: 'Document body' });
}

async function exportMarkdown(page: Page): Promise<string> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	return readFile(await (await downloading).path(), 'utf8');
}

test('a GFM document exports back byte for byte', async ({ page }) => {
	const body = await importFixture(page);
	await expect(body.getByRole('table')).toBeVisible();
	await expect(body.getByLabel('Front matter, kept as written')).toContainText('owner: platform');
	await expect(body.locator('s')).toHaveText('rewrite');
	expect(await exportMarkdown(page)).toBe(await readFile(FIXTURE, 'utf8'));
});

test('edit a table cell, add a row with the toolbar and Tab, export', async ({ page }) => {
	// Many steps on a loaded machine: more time, same assertions.
	test.slow();
	const body = await importFixture(page);
	const table = body.getByRole('table');
	await table.getByRole('cell', { name: '0.1%' }).click();
	await page.keyboard.press('End');
	await page.keyboard.type(' max');
	await page.getByRole('button', { name: 'Add row below' }).click();
	// Tab from the last cell of a row goes to the first cell of the next (the new) row.
	await page.keyboard.press('Tab');
	await page.keyboard.type('Latency');
	await page.keyboard.press('Tab');
	await page.keyboard.type('300 ms');
	await expect(table.getByRole('row')).toHaveCount(4);
	const exported = await exportMarkdown(page);
	expect(exported).toContain(
		'| Measure | Today | Target |\n' +
			'| :-- | --: | :-: |\n' +
			'| Dashboard p95 | 2.4 s | **1 s** |\n' +
			'| Error rate | 0.8% | 0.1% max |\n' +
			'| Latency | 300 ms |  |\n'
	);
	const original = await readFile(FIXTURE, 'utf8');
	expect(exported.replace('0.1% max |\n| Latency | 300 ms |  |', '0.1% |')).toBe(original);
});

test('tick a task with the mouse and untick one with the keyboard', async ({ page }) => {
	const body = await importFixture(page);
	const open = body.getByRole('checkbox', { name: 'Task done: Ship the cache' });
	const done = body.getByRole('checkbox', { name: 'Task done: Measure the p95 today' });
	await expect(open).not.toBeChecked();
	await expect(done).toBeChecked();
	await open.click();
	await expect(open).toBeChecked();
	await body.getByText('Measure the p95 today').click();
	await page.keyboard.press(`Shift+${MOD}+Enter`);
	await expect(done).not.toBeChecked();
	const exported = await exportMarkdown(page);
	expect(exported).toContain('- [x] Ship the cache\n- [ ] Measure the p95 today\n');
});
