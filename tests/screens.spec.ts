/**
 * Screenshots for looking at the UI (not assertions): run with SCREENS=1; PNGs land in
 * .out/ui/test-results/screens/. Light and dark, 1280 px and 390 px.
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
			const out = (name: string) =>
				`.out/ui/test-results/screens/${name}-${colorScheme}-${width}.png`;
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
			const reader = await context.newPage();
			await reader.goto(page.url());
			await reader.getByText('read-only here').waitFor();
			await reader.screenshot({ path: out('read-only') });
			await page.getByRole('textbox', { name: 'Document body' }).click();
			await page.keyboard.press('Control+k');
			await page.getByRole('dialog').waitFor();
			await page.screenshot({ path: out('link-dialog') });
			await page.goto('/');
			await page.getByLabel('Markdown files to import').setInputFiles({
				name: 'bad.md',
				mimeType: 'text/markdown',
				buffer: Buffer.from([0, 1, 2, 255])
			});
			await page.getByText('Nothing was imported.').waitFor();
			await page.getByRole('button', { name: 'Start empty' }).click();
			await page.screenshot({ path: out('start-empty') });
			await context.close();
		});
	}
}
