/**
 * Bad input changes nothing and says why; no script from a document ever runs.
 */
import { expect, test } from '@playwright/test';
import { openWorkspace } from './helpers';

async function docCount(page: import('@playwright/test').Page): Promise<number> {
	return page.locator('main li.card').count();
}

test('a binary file imported as Markdown is refused and changes nothing', async ({ page }) => {
	await openWorkspace(page);
	const before = await docCount(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'photo.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe])
	});
	await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
	await expect(page.getByRole('alert')).toContainText('“photo.md”');
	expect(await docCount(page)).toBe(before);
});

test('a file that is not Markdown by name is refused', async ({ page }) => {
	await openWorkspace(page);
	const before = await docCount(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'program.exe',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('MZ\u0000\u0000')
	});
	await expect(page.getByRole('alert')).toContainText('only .md, .markdown and .txt');
	expect(await docCount(page)).toBe(before);
});

test('a malformed workspace file is refused and changes nothing', async ({ page }) => {
	await openWorkspace(page);
	const before = await docCount(page);
	for (const [name, content] of [
		['broken.json', '{"docs": [ {"id": '],
		['wrong.json', '{"docs": [{"id": "x", "kind": "poem", "revision": 0}]}'],
		['fake.zip', 'PK\u0003\u0004 not really a zip']
	]) {
		await page.getByLabel('Workspace file to import').setInputFiles({
			name,
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(content)
		});
		await expect(page.getByRole('alert')).toContainText(`“${name}”`);
		await expect(page.getByRole('dialog')).toHaveCount(0);
		expect(await docCount(page)).toBe(before);
	}
});

test('a javascript: link in imported Markdown never becomes a live link', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await openWorkspace(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'evil.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(
			'# Evil\n\n[click me](javascript:alert(1)) and [tab](java\tscript:alert(2)) and <a href="javascript:alert(3)">raw</a> <script>alert(4)</script>\n'
		)
	});
	// One file imported: the editor opens it, with the import notices.
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByText(/kept as plain text because the address/)).toBeVisible();
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body).toContainText('click me');
	await expect(body).toContainText('<script>alert(4)</script>');
	await expect(body.locator('a')).toHaveCount(0);
	await expect(page.locator('a[href^="javascript" i], a[href*="script:" i]')).toHaveCount(0);
	await expect(page.locator('main script')).toHaveCount(0);
	await body.getByText('click me').click();
	expect(dialogs).toBe(0);
});

test('pasted HTML keeps safe links and drops javascript: ones', async ({ page }) => {
	await openWorkspace(page);
	await page.getByRole('button', { name: 'New strategy' }).click();
	const body = page.getByRole('textbox', { name: 'Document body' });
	await body.click();
	await page.evaluate(() => {
		const dt = new DataTransfer();
		dt.setData(
			'text/html',
			'<p><a href="javascript:alert(1)">bad</a> <a href="https://example.com/">good</a><img src=x onerror="alert(2)"></p>'
		);
		dt.setData('text/plain', 'bad good');
		document.activeElement!.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })
		);
	});
	await expect(body.getByRole('link', { name: 'good' })).toHaveAttribute(
		'href',
		'https://example.com/'
	);
	await expect(body.locator('a')).toHaveCount(1);
	await expect(body.locator('img')).toHaveCount(0);
});
