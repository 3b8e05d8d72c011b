/**
 * Screenshots of Synthesize strategy for looking at it (not assertions): run with SCREENS=1;
 * PNGs land in .out/synth/screens/. Light and dark, 1280 px and 390 px.
 */
import { test } from '@playwright/test';

test.skip(!process.env.SCREENS, 'set SCREENS=1 to take screenshots');

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test(`synthesize screens ${colorScheme} ${width}`, async ({ browser }) => {
			const context = await browser.newContext({
				colorScheme,
				viewport: { width, height: width > 500 ? 900 : 844 }
			});
			const page = await context.newPage();
			const out = (name: string) => `.out/synth/screens/${name}-${colorScheme}-${width}.png`;
			await page.goto('/');
			await page.getByRole('heading', { name: 'Design docs' }).waitFor();
			await page.screenshot({ path: out('workspace') });
			await page.goto('/synthesize');
			await page.getByRole('button', { name: 'Find recurring decisions' }).waitFor();
			await page.screenshot({ path: out('pick') });
			await page.getByRole('button', { name: 'Find recurring decisions' }).click();
			const cards = page.getByRole('article');
			await cards.first().waitFor();
			await page.screenshot({ path: out('board') });
			await cards.nth(1).getByRole('button', { name: 'Accept' }).click();
			await cards.nth(2).getByRole('button', { name: 'Drop' }).click();
			await cards.first().getByRole('button', { name: 'Reword' }).click();
			await cards.first().scrollIntoViewIfNeeded();
			await page.screenshot({ path: out('reword') });
			await cards.first().getByRole('button', { name: 'Save and accept' }).click();
			await cards.nth(1).getByRole('button', { name: 'Split…' }).click();
			await cards.nth(1).getByRole('checkbox').last().check();
			await cards.nth(1).scrollIntoViewIfNeeded();
			await page.screenshot({ path: out('split') });
			await cards.nth(1).getByRole('button', { name: 'Cancel' }).click();
			await page.screenshot({ path: out('board-full'), fullPage: true });
			await page.getByRole('button', { name: 'Create strategy draft' }).click();
			await page.getByRole('textbox', { name: 'Document body' }).waitFor();
			await page.waitForTimeout(500);
			await page.screenshot({ path: out('draft') });
			await page.screenshot({ path: out('draft-full'), fullPage: true });
			await page.getByRole('link', { name: 'What is new in these docs?' }).click();
			await page.getByRole('heading', { name: /New since the draft/ }).waitFor();
			await page.screenshot({ path: out('rerun') });
			await page.goto('/synthesize');
			await page.getByRole('button', { name: 'Find recurring decisions' }).click();
			await page.getByRole('article').first().getByRole('link').first().click();
			await page.locator('mark.pm-highlight').waitFor();
			await page.waitForTimeout(300);
			await page.screenshot({ path: out('highlight') });
			await context.close();
		});
	}
}
