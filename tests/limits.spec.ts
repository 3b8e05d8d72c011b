/**
 * Issue 9, item 2: whatever the editor or an importer accepts can be opened again. One set of
 * limits ($lib/model/limits) is enforced at every entrance with a clear message, and the reader
 * never refuses what the writer wrote (revision, clock before 1970).
 */
import { expect, test, type Page } from '@playwright/test';
import { newDoc, openWorkspace, waitSaved } from './helpers';

// The machine running these may be busy: typing and filling storage take a while.
test.describe.configure({ timeout: 240_000 });

const problems = (page: Page) => page.locator('main p.problem');

/** Back to the workspace, check nothing is unreadable, and reopen `title`'s document. */
async function reopen(page: Page, title: RegExp | string) {
	await page.getByRole('link', { name: '← Workspace' }).click();
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	await expect(page.getByText('Loading your documents…')).toBeHidden();
	await expect(problems(page)).toHaveCount(0);
	await page.getByRole('link', { name: title }).first().click();
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body).toBeVisible();
	return body;
}

test('a typed title over the limit is cut with a message, and the document reopens', async ({
	page
}) => {
	await newDoc(page);
	await page.getByLabel('Title').fill('T'.repeat(1_200));
	await expect(page.getByText('A title can be at most 1,000 characters')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('T'.repeat(1_000));
	await waitSaved(page);
	await reopen(page, /^TTTT/);
	await expect(page.getByLabel('Title')).toHaveValue('T'.repeat(1_000));
});

test('duplicating and renaming at the title limit give documents that open', async ({ page }) => {
	await newDoc(page);
	await page.getByLabel('Title').fill('D'.repeat(1_000));
	await waitSaved(page);
	await page.getByRole('link', { name: '← Workspace' }).click();
	await page.getByRole('button', { name: /^Duplicate “DDDD/ }).click();
	await expect(page.locator('main li.card').filter({ hasText: /^DDDD/ })).toHaveCount(2);
	await page.getByRole('button', { name: /^Rename “D+”$/ }).click();
	await page.getByLabel(/^New title for/).fill('R'.repeat(1_500));
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('A title can be at most 1,000 characters')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Loading your documents…')).toBeHidden();
	await expect(problems(page)).toHaveCount(0);
	await expect(page.locator('main li.card').filter({ hasText: /^(DDDD|RRRR)/ })).toHaveCount(2);
	await page.getByRole('link', { name: /^RRRR/ }).click();
	await expect(page.getByLabel('Title')).toHaveValue('R'.repeat(1_000));
	await page.getByRole('link', { name: '← Workspace' }).click();
	await page.getByRole('link', { name: /\(copy\)$/ }).click();
	await expect(page.getByLabel('Title')).toHaveValue(/^D+ \(copy\)$/);
});

test('lists nested by Tab stop at the depth limit with a message, and the document reopens', async ({
	page
}) => {
	const body = await newDoc(page);
	await page.keyboard.type('- level 1');
	for (let i = 2; i <= 37; i++) {
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.insertText(`level ${i}`);
	}
	await expect(
		page.getByText(/Lists and quotes can be nested at most \d+ levels deep/).first()
	).toBeVisible();
	await waitSaved(page);
	const depth = await body.evaluate((el) => el.querySelectorAll('ul ul').length);
	expect(depth).toBeGreaterThan(29);
	const again = await reopen(page, 'Untitled');
	await expect(again).toContainText('level 37');
});

test('a pasted deep list is refused with a message, and the document reopens', async ({ page }) => {
	const body = await newDoc(page);
	await page.keyboard.type('Before the paste.');
	await waitSaved(page);
	await body.evaluate((el) => {
		const html = '<ul><li>deep'.repeat(60) + '</li></ul>'.repeat(60);
		const data = new DataTransfer();
		data.setData('text/html', html);
		data.setData('text/plain', 'deep');
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
	});
	await expect(page.getByText(/nested at most \d+ levels deep/).first()).toBeVisible();
	await waitSaved(page);
	const again = await reopen(page, 'Untitled');
	await expect(again).toContainText('Before the paste.');
});

test('a Markdown file over the node limit is refused, not imported unreadable', async ({
	page
}) => {
	await openWorkspace(page);
	// 0.7 MB, under the file and character limits, but 110,000 list items (330,000 nodes).
	const markdown = '# Many items\n\n' + '- *a*\n'.repeat(110_000);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'many.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(markdown)
	});
	await expect(page.getByText(/“many\.md”.*more than 200,000 (nodes|parts)/)).toBeVisible({
		timeout: 90_000
	});
	await page.reload();
	await expect(page.getByText('Loading your documents…')).toBeHidden();
	await expect(problems(page)).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Many items' })).toHaveCount(0);
});

test('a backup at the largest revision still opens after an edit', async ({ page }) => {
	await openWorkspace(page);
	const now = Date.now();
	const backup = {
		type: 'fivefold/workspace',
		version: 1,
		data: {
			settings: {},
			docs: [
				{
					id: 'max-revision',
					kind: 'design',
					title: 'Max revision',
					content: { type: 'doc', content: [{ type: 'paragraph' }] },
					createdAt: now,
					updatedAt: now,
					revision: Number.MAX_SAFE_INTEGER
				}
			]
		}
	};
	await page.getByLabel('Workspace file to import').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page
		.getByRole('dialog', { name: 'Import workspace' })
		.getByRole('button', { name: 'Replace' })
		.click();
	await page.getByRole('link', { name: 'Max revision' }).click();
	const body = page.getByRole('textbox', { name: 'Document body' });
	await body.click();
	await page.keyboard.type('One edit.');
	await waitSaved(page);
	await page.keyboard.type(' Two edits.');
	await waitSaved(page);
	const again = await reopen(page, 'Max revision');
	await expect(again).toHaveText('One edit. Two edits.');
});

test('a clock before 1970 does not make documents unreadable', async ({ page }) => {
	await page.addInitScript(() => {
		const offset = Date.now() + 10 * 365 * 86_400_000;
		const realNow = Date.now.bind(Date);
		Date.now = () => realNow() - offset;
	});
	const body = await newDoc(page);
	await page.getByLabel('Title').fill('Before the epoch');
	await body.click();
	await page.keyboard.type('Written in 1960.');
	await waitSaved(page);
	const again = await reopen(page, 'Before the epoch');
	await expect(again).toHaveText('Written in 1960.');
});
