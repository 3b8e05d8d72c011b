/**
 * Screenshots of Weave vision for looking at it (not assertions): run with SCREENS=1; PNGs land
 * in .out/weave/screens/. Light and dark, 1280 px and 390 px.
 */
import { test } from '@playwright/test';

test.skip(!process.env.SCREENS, 'set SCREENS=1 to take screenshots');
test.setTimeout(120_000);

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test(`weave screens ${colorScheme} ${width}`, async ({ browser }) => {
			const context = await browser.newContext({
				colorScheme,
				viewport: { width, height: width > 500 ? 900 : 844 }
			});
			const page = await context.newPage();
			const out = (name: string) => `.out/weave/screens/${name}-${colorScheme}-${width}.png`;
			await page.goto('/');
			await page.getByRole('heading', { name: 'Design docs' }).waitFor({ timeout: 30_000 });
			await page.goto('/weave');
			await page.getByRole('button', { name: 'Find threads and contradictions' }).click();
			const card = page.getByRole('article').filter({ hasText: 'On the message broker' });
			await card.waitFor();
			await card.getByRole('radio', { name: 'Write the reconciliation' }).check();
			await card.getByRole('textbox').fill('Kafka for every stream, even over BigQuery tables.');
			await page.screenshot({ path: out('board') });
			await page.screenshot({ path: out('board-full'), fullPage: true });
			const pairs = page.getByRole('region', { name: /^Worth comparing/ });
			await pairs.getByRole('button', { name: 'They agree' }).nth(1).click();
			await pairs.getByRole('button', { name: 'They conflict' }).first().click();
			await pairs.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
			await page.screenshot({ path: out('pairs') });
			await pairs.getByRole('article').nth(2).scrollIntoViewIfNeeded();
			await page.screenshot({ path: out('pairs-open') });
			await page.getByRole('button', { name: 'Create vision draft' }).click();
			await page.getByRole('textbox', { name: 'Document body' }).waitFor();
			await page.screenshot({ path: out('vision') });
			await context.close();
		});
	}
}
