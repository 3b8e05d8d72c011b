/**
 * Shared steps for the browser tests. Every test gets a fresh browser context, so every test
 * starts as a first visit (with the sample workspace).
 */
import { expect, type Page } from '@playwright/test';

/** `Meta` on macOS, `Control` elsewhere: what ProseMirror's `Mod` means here. */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Open the workspace and wait until the shelves are there. */
export async function openWorkspace(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
}

/**
 * Create a document from the workspace; returns the editor body, focused. Every kind starts
 * from a template; with `empty` (the default) the template is cleared first.
 */
export async function newDoc(
	page: Page,
	button: 'New design doc' | 'New strategy' | 'New vision' = 'New strategy',
	{ empty = true } = {}
) {
	await openWorkspace(page);
	await page.getByRole('button', { name: button }).click();
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body).toBeVisible();
	await expect(saveStatus(page)).toHaveText('Saved');
	await body.click();
	if (empty) {
		await page.keyboard.press(`${MOD}+a`);
		await page.keyboard.press('Backspace');
		await page.keyboard.press(`${MOD}+Alt+0`);
		await expect(body).toHaveText('');
		await expect(body.locator('p')).toHaveCount(1);
	}
	return body;
}

/** The save indicator. */
export function saveStatus(page: Page) {
	return page.locator('.save[role="status"]');
}

/** Wait until the indicator says the last change is stored. */
export async function waitSaved(page: Page): Promise<void> {
	await expect(saveStatus(page)).toHaveText('Saved');
}

/** Go to the Synthesize page through the main navigation and wait for its heading. */
export async function gotoSynthesize(page: Page): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Synthesize strategy' })
		.click();
	await expect(page.getByRole('heading', { name: 'Synthesize strategy', level: 1 })).toBeVisible();
}

/** The Synthesize page's design-doc picker. */
export function designPicker(page: Page) {
	return page.getByRole('group', { name: /^Design docs \(\d+ of 5 picked\)/ });
}
