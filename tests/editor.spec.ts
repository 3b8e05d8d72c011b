/**
 * The editor: keyboard shortcuts, Markdown input rules, toolbar state (aria-pressed), undo and
 * redo, the placeholder, and links through the link dialog.
 */
import { expect, test } from '@playwright/test';
import { MOD, newDoc, waitSaved } from './helpers';

test('Mod-B and Mod-I toggle marks and the toolbar shows it', async ({ page }) => {
	const body = await newDoc(page);
	const bold = page.getByRole('button', { name: 'Bold' });
	await expect(bold).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.type('plain ');
	await page.keyboard.press(`${MOD}+b`);
	await expect(bold).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.type('strong');
	await page.keyboard.press(`${MOD}+b`);
	await page.keyboard.press(`${MOD}+i`);
	await page.keyboard.type(' leaning');
	await page.keyboard.press(`${MOD}+i`);
	await page.keyboard.press(`${MOD}+\``);
	await page.keyboard.type('code');
	await expect(body.locator('strong')).toHaveText('strong');
	await expect(body.locator('em')).toHaveText(' leaning');
	await expect(body.locator('code')).toHaveText('code');
	await expect(page.getByRole('button', { name: 'Inline code' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('Mod-Z undoes and Shift-Mod-Z / Mod-Y redo', async ({ page }) => {
	const body = await newDoc(page);
	await page.keyboard.type('first');
	await page.waitForTimeout(600); // history groups edits closer than 500 ms
	await page.keyboard.type(' second');
	await page.keyboard.press(`${MOD}+z`);
	await expect(body).toHaveText('first');
	await page.keyboard.press(`${MOD}+Shift+z`);
	await expect(body).toHaveText('first second');
	await page.keyboard.press(`${MOD}+z`);
	await page.keyboard.press(`${MOD}+y`);
	await expect(body).toHaveText('first second');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(body).toHaveText('first');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(body).toHaveText('first second');
});

test('Markdown input rules make blocks', async ({ page }) => {
	const body = await newDoc(page);
	await page.keyboard.type('# Big\n');
	await page.keyboard.type('## Medium\n');
	await page.keyboard.type('### Small\n');
	await page.keyboard.type('- one\ntwo\n\n');
	await page.keyboard.type('1. first\nsecond\n\n');
	await page.keyboard.type('> quoted\n\n');
	await page.keyboard.type('```');
	await page.keyboard.type('let x = 1;');
	await expect(body.getByRole('heading', { level: 1 })).toHaveText('Big');
	await expect(body.getByRole('heading', { level: 2 })).toHaveText('Medium');
	await expect(body.getByRole('heading', { level: 3 })).toHaveText('Small');
	await expect(body.locator('ul > li')).toHaveText(['one', 'two']);
	await expect(body.locator('ol > li')).toHaveText(['first', 'second']);
	await expect(body.locator('blockquote')).toHaveText('quoted');
	await expect(body.locator('pre')).toHaveText('let x = 1;');
});

test('--- makes a rule, and heading/list shortcuts work', async ({ page }) => {
	const body = await newDoc(page);
	await page.keyboard.type('above\n---');
	await expect(body.locator('hr')).toHaveCount(1);
	await page.keyboard.type('below');
	await page.keyboard.press(`${MOD}+Alt+2`);
	await expect(body.getByRole('heading', { level: 2 })).toHaveText('below');
	await page.keyboard.press(`${MOD}+Alt+0`);
	await expect(body.getByRole('heading')).toHaveCount(0);
	await page.keyboard.press(`${MOD}+Shift+8`);
	await expect(body.locator('ul > li')).toHaveText(['below']);
	await expect(page.getByRole('button', { name: 'Bullet list' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.keyboard.press('Enter');
	await page.keyboard.type('nested');
	await page.keyboard.press('Tab');
	await expect(body.locator('ul ul > li')).toHaveText(['nested']);
	await page.keyboard.press('Shift+Tab');
	await expect(body.locator('ul ul')).toHaveCount(0);
	await waitSaved(page);
});

test('an empty document shows a placeholder that is not part of the text', async ({ page }) => {
	const body = await newDoc(page);
	await expect(body.locator('p.is-empty')).toHaveAttribute('data-placeholder', /Start writing/);
	await page.keyboard.type('x');
	await expect(body.locator('.is-empty')).toHaveCount(0);
});

test('the link dialog adds safe links and refuses javascript:', async ({ page }) => {
	const body = await newDoc(page);
	await page.keyboard.type('runbook');
	await page.keyboard.press('Shift+Home');
	await page.keyboard.press(`${MOD}+k`);
	const dialog = page.getByRole('dialog', { name: 'Add link' });
	await dialog.getByLabel('Link address').fill('javascript:alert(1)');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(dialog.getByRole('alert')).toHaveText(/Only web .* links are allowed/);
	await dialog.getByLabel('Link address').fill('https://example.com/runbook');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(body.getByRole('link', { name: 'runbook' })).toHaveAttribute(
		'href',
		'https://example.com/runbook'
	);
	await expect(page.getByRole('button', { name: 'Link' })).toHaveAttribute('aria-pressed', 'true');
});
