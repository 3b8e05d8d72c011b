/**
 * Weave vision, pairs worth comparing: a pair the author marks "They conflict" joins the
 * contradictions, is resolved like one, survives a reload and goes into the draft; a pair marked
 * "They agree" collapses, keeps its verdict across a reload, and can be undone from the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';

test.setTimeout(240_000);

const contradictions = (page: Page) =>
	page.getByRole('region', { name: /^2\. Contradictions/ }).getByRole('article');
const pairs = (page: Page) =>
	page.getByRole('region', { name: /^Worth comparing/ }).getByRole('article');

async function weaveFive(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible({ timeout: 30_000 });
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Weave vision' })
		.click();
	await page.getByRole('button', { name: 'Find threads and contradictions' }).click();
	await expect(contradictions(page).first()).toBeVisible();
}

test('a pair marked as conflicting is resolved, kept across a reload and drafted', async ({
	page
}) => {
	await weaveFive(page);
	await expect(
		page.getByRole('heading', { name: /^Worth comparing \(\d+\)$/, level: 2 })
	).toBeVisible();
	const before = await contradictions(page).count();
	const shown = await pairs(page).count();
	expect(shown).toBeGreaterThanOrEqual(2);

	// The first pair conflicts: it joins the contradictions, marked as the author's.
	const first = pairs(page).first();
	const heading = await first.getByRole('heading').innerText();
	expect(heading).toMatch(/^Both about /);
	const keptQuote = (await first.getByRole('link').nth(1).innerText()).replace(/^“|”$/g, '');
	await first.getByRole('button', { name: 'They conflict' }).click();
	await expect(first).toContainText('You marked these as conflicting');
	await expect(first.getByRole('button', { name: 'Undo' })).toBeFocused();
	await expect(contradictions(page)).toHaveCount(before + 1);
	const marked = contradictions(page).filter({ hasText: 'Marked by you' });
	await expect(marked).toHaveCount(1);
	await marked.getByRole('radio', { name: /^Keep/ }).nth(1).check();
	await expect(marked).toContainText('Resolved');

	// The second agrees: collapsed, undoable from the keyboard, then agreed again.
	const second = pairs(page).nth(1);
	await second.getByRole('button', { name: 'They agree' }).click();
	await expect(second).toContainText('You marked these as agreeing');
	await expect(second.getByRole('link')).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(second.getByRole('button', { name: 'They conflict' })).toBeFocused();
	await second.getByRole('button', { name: 'They agree' }).click();

	await page.reload();
	await expect(contradictions(page)).toHaveCount(before + 1);
	const again = contradictions(page).filter({ hasText: 'Marked by you' });
	await expect(again.getByRole('radio', { name: /^Keep/ }).nth(1)).toBeChecked();
	await expect(pairs(page).first()).toContainText('You marked these as conflicting');
	await expect(pairs(page).nth(1)).toContainText('You marked these as agreeing');

	await page.getByRole('button', { name: 'Create vision draft' }).click();
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body).toBeVisible();
	await expect(body).toContainText('Where our strategies disagreed');
	await expect(body).toContainText(keptQuote.slice(0, 40));
});
