/**
 * Screenshots for looking at the UI (not assertions): run with SCREENS=1; PNGs land in
 * test-results/screens/. Light and dark, 1280 px and 390 px.
 */
import { test } from '@playwright/test';

test.skip(!process.env.SCREENS, 'set SCREENS=1 to take screenshots');

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test(`screens ${colorScheme} ${width}`, async ({ browser }) => {
			const context = await browser.newContext({
				colorScheme,
				viewport: { width, height: width > 500 ? 900 : 844 }
			});
			const page = await context.newPage();
			const out = (name: string) => `test-results/screens/${name}-${colorScheme}-${width}.png`;
			await page.goto('/');
			await page.getByRole('heading', { name: 'Design docs' }).waitFor();
			await page.screenshot({ path: out('workspace'), fullPage: true });
			await page
				.getByRole('link', { name: /offline/i })
				.first()
				.click();
			await page.getByRole('textbox', { name: 'Document body' }).waitFor();
			await page.getByRole('textbox', { name: 'Document body' }).click();
			await page.screenshot({ path: out('editor') });
			await page.goto('/');
			await page.getByRole('button', { name: 'New design doc' }).click();
			await page.getByRole('textbox', { name: 'Document body' }).waitFor();
			await page.screenshot({ path: out('new-design') });
			await context.close();
		});
	}
}
