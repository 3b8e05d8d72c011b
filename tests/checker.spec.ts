/**
 * The checker in the editor: findings inline and in the Findings panel as you type, fixing
 * and dismissing them (dismissals survive reload), settings changing the findings, and the
 * panel operated by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { MOD, newDoc, openWorkspace, waitSaved } from './helpers';

const GENERIC = 'We will leverage synergies to deliver world-class innovation across the board.';
const SPECIFIC =
	'We will move the billing ledger to PostgreSQL 16 by March 2026 because the Payments team needs it.';

function panel(page: Page) {
	return page.getByRole('complementary', { name: 'Findings' });
}

/** The panel's group for a rule (a region named by its heading). */
function rule(page: Page, name: string) {
	return panel(page).getByRole('region', { name });
}

test('a generic sentence gets a specificity finding inline and in the panel; fixing it clears it', async ({
	page
}) => {
	const body = await newDoc(page, 'New strategy');
	await page.keyboard.type(GENERIC);
	const specificity = rule(page, 'Specificity');
	await expect(
		specificity.getByRole('button', { name: /^Warning Generic: "leverage"/ })
	).toBeVisible();
	await expect(body.locator('.ff-warning', { hasText: 'leverage' })).toBeVisible();
	// One sentence is under the 150-word floor for a strategy: not ready, whatever else it holds.
	await expect(page.getByRole('status').filter({ hasText: 'Ready for review' })).toHaveCount(0);

	await page.keyboard.press(`${MOD}+a`);
	await page.keyboard.type(SPECIFIC);
	await expect(specificity.getByRole('button', { name: /^Warning Generic/ })).toHaveCount(0);
	// Only the document's length error is left (it sits on the whole text, not on a sentence).
	await expect(body.locator('.ff-warning')).toHaveCount(0);
	await expect(specificity).toContainText('0 generic sentences');
});

test('going to a finding explains it; moving the caret onto it does not cover the line', async ({
	page
}) => {
	const body = await newDoc(page, 'New strategy');
	// A first paragraph carries the document's own finding (too short for a strategy), so the
	// caret in the second one meets only the sentence's.
	await page.keyboard.type('Our storage plan.');
	await page.keyboard.press('Enter');
	await page.keyboard.type(GENERIC);
	const mark = body.locator('.ff-warning', { hasText: 'leverage' });
	await expect(mark).toBeVisible();
	await page.keyboard.press('Home');
	for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
	const tip = page.getByRole('tooltip');
	await expect(tip).toHaveCount(0);
	// F8 from just before "leverage" ("We will| leverage") goes to its finding; the rationale
	// finding on "will" starts before the caret.
	await page.keyboard.press('Home');
	for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
	await page.keyboard.press('F8');
	await expect(tip).toContainText('Generic');
	await expect(tip).toContainText('Triggered by');
	await expect(tip).toContainText('Name the system');
	await expect(body).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
});

test('a dismissed finding stays dismissed after reload and can be restored', async ({ page }) => {
	const body = await newDoc(page, 'New strategy');
	await page.keyboard.type(GENERIC);
	const specificity = rule(page, 'Specificity');
	await specificity.getByRole('button', { name: /^Dismiss: Generic/ }).click();
	await page.getByLabel('Why dismiss it? (optional)').fill('Our house style');
	await page.getByRole('button', { name: 'Dismiss finding' }).click();
	await expect(specificity.getByRole('button', { name: /^Warning Generic/ })).toHaveCount(0);
	await expect(body.locator('[data-finding^="specificity"]')).toHaveCount(0);
	await expect(panel(page).getByText('Dismissed (1)')).toBeVisible();
	await waitSaved(page);

	// Export writes the dismissal as the engine's ignore comment, so `fivefold check` agrees.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const file = await (await download).path();
	const { readFile } = await import('node:fs/promises');
	expect(await readFile(file, 'utf8')).toContain(
		`<!-- fivefold-disable-next specificity -->\n${GENERIC}`
	);

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Document body' })).toContainText('synergies');
	await expect(panel(page).getByText('Dismissed (1)')).toBeVisible();
	await expect(
		rule(page, 'Specificity').getByRole('button', { name: /^Warning Generic/ })
	).toHaveCount(0);
	await panel(page).getByText('Dismissed (1)').click();
	await expect(panel(page)).toContainText('Reason: Our house style');
	await panel(page)
		.getByRole('button', { name: /^Restore: Specificity/ })
		.click();
	await expect(
		rule(page, 'Specificity').getByRole('button', { name: /^Warning Generic/ })
	).toBeVisible();
});

test('changing the vision length in Settings changes the findings', async ({ page }) => {
	await newDoc(page, 'New vision');
	await page.keyboard.type(
		'By 2028 drivers in Leeds get a route in 2 seconds, because dispatch moved to the routing service.'
	);
	const length = rule(page, 'Length');
	await expect(length.getByRole('button', { name: /^Error Too short for a vision/ })).toBeVisible();
	await waitSaved(page);
	const editor = page.url();

	await page.getByRole('link', { name: 'Settings' }).click();
	const shortest = page.getByLabel('Shortest vision');
	await shortest.fill('ten');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Enter a number.')).toBeVisible();
	await expect(shortest).toBeFocused();
	await shortest.fill('10');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.goto(editor);
	await expect(length).toContainText('within a vision');
	await expect(length.getByRole('button', { name: /^Error Too short/ })).toHaveCount(0);

	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Reset to defaults' }).click();
	await expect(page.getByLabel('Shortest vision')).toHaveValue('400');
});

test('the panel works from the keyboard: Tab to a finding, Enter selects its text', async ({
	page
}) => {
	const body = await newDoc(page, 'New strategy');
	await page.keyboard.type(GENERIC);
	const button = rule(page, 'Specificity').getByRole('button', {
		name: /^Warning Generic: "leverage"/
	});
	await expect(button).toBeVisible();

	let reached = false;
	for (let i = 0; i < 30 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await button.evaluate((el) => el === document.activeElement);
	}
	expect(reached).toBe(true);
	await page.keyboard.press('Enter');
	await expect(body).toBeFocused();
	expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('leverage');

	// F8 and Shift-F8 walk through the findings in the text.
	await page.keyboard.press('Home');
	await page.keyboard.press('F8');
	expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(GENERIC);
	await page.keyboard.press('F8');
	expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('leverage');
	await page.keyboard.press('Shift+F8');
	expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(GENERIC);
});

test('the panel says how often the workspace dismissed a rule', async ({ page }) => {
	await newDoc(page, 'New strategy');
	await page.keyboard.type(GENERIC);
	await rule(page, 'Specificity')
		.getByRole('button', { name: /^Dismiss: Generic/ })
		.click();
	await page.getByRole('button', { name: 'Dismiss finding' }).click();
	await expect(rule(page, 'Specificity')).toContainText('Dismissed once in this workspace');
	await waitSaved(page);

	await newDoc(page, 'New design doc');
	await expect(rule(page, 'Specificity')).toContainText('Dismissed once in this workspace');
});

test('four or more warnings under one heading fold into one line that opens to them', async ({
	page
}) => {
	const hedged = [
		'We might move the ledger to PostgreSQL 16 by March 2027.',
		'Perhaps the Payments team could own the billing queue.',
		'We may want to retire the nightly export in 2027.',
		'It is possibly worth keeping two regions for the checkout API.',
		'Maybe the fraud model should run before capture.'
	];
	const markdown = `# Payments storage\n\n## Open questions\n\n${hedged.join('\n\n')}\n`;
	await openWorkspace(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'payments-storage.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(markdown)
	});
	await expect(page).toHaveURL(/\/edit\?id=/);
	const hedging = rule(page, 'Hedging');
	const fold = hedging.getByText(/^5 findings under “Open questions”$/);
	await expect(fold).toBeVisible();
	// Folded: the findings are in the text, not listed one by one until the line is opened.
	await expect(hedging.getByRole('button', { name: /^Warning Hedge/ })).toHaveCount(0);
	await fold.focus();
	await page.keyboard.press('Enter');
	await expect(hedging.getByRole('button', { name: /^Warning Hedge/ })).toHaveCount(5);
	await hedging.getByRole('button', { name: /^Warning Hedge: "might"/ }).click();
	await expect(page.getByRole('tooltip')).toContainText('might');
});
