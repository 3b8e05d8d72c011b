/**
 * Weave vision (issue 12): from the five sample strategies to a vision draft, resolving the
 * contradiction and filling the placeholders until the checker has none to report; every choice
 * on the page survives a reload; evidence opens the strategy at the sentence and Back returns to
 * the page as it was; the vision shows Woven from, and its strategies lead on to design docs.
 */
import { expect, test, type Page } from '@playwright/test';

// A whole walk through the page and the editor; the shared machine is slow.
test.setTimeout(240_000);

async function openWeave(page: Page) {
	// A first visit plants the samples (and weaves the sample vision's record): allow for a busy machine.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible({ timeout: 30_000 });
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Weave vision' })
		.click();
	await expect(page.getByRole('heading', { name: 'Weave vision', level: 1 })).toBeVisible();
}

const picker = (page: Page) => page.getByRole('group', { name: /^Strategies \(\d+ of 5 picked\)/ });
const contradictions = (page: Page) =>
	page.getByRole('region', { name: /^2\. Contradictions/ }).getByRole('article');
const threads = (page: Page) =>
	page.getByRole('region', { name: /^3\. Threads/ }).getByRole('article');
const broker = (page: Page) => contradictions(page).filter({ hasText: 'On the message broker' });

async function weaveFive(page: Page) {
	await openWeave(page);
	await expect(picker(page).getByRole('checkbox', { checked: true })).toHaveCount(5);
	await page.getByRole('button', { name: 'Find threads and contradictions' }).click();
	await expect(broker(page)).toBeVisible();
}

test('five strategies become a vision draft; filling its placeholders clears the findings', async ({
	page
}) => {
	await weaveFive(page);
	await expect(page.getByText(/Horizon: \w+ \d{4} to \w+ \d{4}/)).toBeVisible();
	expect(await threads(page).count()).toBeGreaterThanOrEqual(3);
	await expect(threads(page).first()).toContainText(/\d of 5 strategies/);
	await expect(broker(page)).toContainText('Kafka');
	await expect(broker(page)).toContainText('Pub/Sub');

	// Keep two threads; resolve the contradiction for the service communication strategy.
	const count = await threads(page).count();
	for (let i = 2; i < count; i++)
		await threads(page).nth(i).getByRole('checkbox', { name: 'Weave into the vision' }).uncheck();
	const draftBar = page.getByRole('region', { name: 'Draft' });
	await expect(draftBar).toContainText('2 threads');
	await expect(draftBar).toContainText('1 contradiction unresolved');
	await broker(page)
		.getByRole('radio', { name: 'Keep “How Greengage services talk to each other”' })
		.check();
	await expect(broker(page)).toContainText('Resolved');
	await expect(draftBar).toContainText('Every contradiction resolved');
	await page.getByLabel('Vision title').fill('Greengage in two years');
	await page.getByRole('button', { name: 'Create vision draft' }).click();

	// The vision opens, dated to the horizon, woven from the five strategies.
	const body = page.getByRole('textbox', { name: 'Document body' });
	await expect(body).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Greengage in two years');
	await expect(body).toContainText(/By \w+ \d{4}/);
	await expect(body).toContainText('Where our strategies disagreed');
	await expect(body).not.toContainText('Open questions');
	const sources = page.getByRole('navigation', { name: 'Sources' });
	await expect(sources).toContainText('Woven from:');
	await expect(sources.getByRole('link')).toHaveCount(6);

	// Every placeholder is a finding; replacing each with the author's words clears them all.
	const findings = page
		.getByRole('complementary', { name: 'Findings' })
		.getByRole('button', { name: /^Error Unfilled placeholder/ });
	await expect(findings.first()).toBeVisible();
	const total = await findings.count();
	expect(total).toBe(1 + 2 * 3 + 1);
	for (let left = total; left > 0; left--) {
		await findings.first().click();
		await page.keyboard.type('Nine in ten Sunday orders arrive on time for our customers.');
		await expect(findings).toHaveCount(left - 1);
	}
	await expect(body).not.toContainText('[[');

	// The chain: a strategy in Woven from, then its own design docs.
	await sources.getByRole('link', { name: 'Field apps strategy' }).click();
	const from = page.getByRole('navigation', { name: 'Sources' });
	await expect(from).toContainText('Drafted from:');
	await expect(from.getByRole('link', { name: /Offline picking/i })).toBeVisible();
});

test('resolutions, dropped threads and the pick survive a reload and a trip to the evidence', async ({
	page
}) => {
	await weaveFive(page);
	await broker(page).getByRole('radio', { name: 'Write the reconciliation' }).check();
	await broker(page)
		.getByLabel(/Reconciliation, in your words/)
		.fill('Kafka for every stream, even over BigQuery subscriptions.');
	const second = threads(page).nth(1);
	const secondTitle = await second.getByRole('heading').innerText();
	await second.getByRole('checkbox', { name: 'Weave into the vision' }).uncheck();
	await expect(broker(page)).toContainText('Resolved');

	await page.reload();
	await expect(broker(page)).toBeVisible();
	await expect(broker(page).getByRole('radio', { name: 'Write the reconciliation' })).toBeChecked();
	await expect(broker(page).getByLabel(/Reconciliation, in your words/)).toHaveValue(
		'Kafka for every stream, even over BigQuery subscriptions.'
	);
	const again = threads(page).filter({ has: page.getByRole('heading', { name: secondTitle }) });
	await expect(again.getByRole('checkbox', { name: 'Weave into the vision' })).not.toBeChecked();

	// Evidence opens the strategy at the sentence; Back returns to the page as it was.
	await broker(page)
		.getByRole('link', { name: /Kafka, on Confluent Cloud/ })
		.click();
	await expect(page.getByRole('textbox', { name: 'Document body' })).toBeVisible();
	await expect(page.locator('.pm-highlight').first()).toBeVisible();
	await page.goBack();
	await expect(broker(page).getByLabel(/Reconciliation, in your words/)).toHaveValue(
		'Kafka for every stream, even over BigQuery subscriptions.'
	);

	// Unpicking down to one disables the run and says why; the pick is kept too.
	const boxes = picker(page).getByRole('checkbox');
	for (let i = 1; i < 5; i++) await boxes.nth(i).uncheck();
	await expect(page.getByRole('button', { name: /Find threads|Run again/ })).toBeDisabled();
	await expect(page.getByText('Pick at least 2 strategies')).toBeVisible();
	await page.reload();
	await expect(picker(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
});

test('the sticky Draft bar never hides the control the keyboard moves to', async ({ page }) => {
	await weaveFive(page);
	const radio = broker(page).getByRole('radio').first();
	const bar = page.getByRole('region', { name: 'Draft' });
	// The control before the radio has focus, with the radio scrolled just under the bar.
	await radio.evaluate((el) => {
		const controls = [...document.querySelectorAll<HTMLElement>('a, button, input')].filter(
			(c) => c.getBoundingClientRect().height > 0
		);
		controls[controls.indexOf(el as HTMLElement) - 1].focus({ preventScroll: true });
		window.scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 40));
	});
	await page.keyboard.press('Tab');
	await expect(radio).toBeFocused();
	const focusBottom = (await radio.boundingBox())!;
	const barBox = (await bar.boundingBox())!;
	expect(focusBottom.y + focusBottom.height).toBeLessThanOrEqual(barBox.y);
});
