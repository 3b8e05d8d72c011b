/**
 * Screenshots of the review feature for looking at (not assertions): run with SCREENS=1; PNGs
 * land in .out/ui/test-results/screens/. Share dialog, review page, Comments panel; light and
 * dark, 1280 px and 390 px.
 */
import { test } from '@playwright/test';

test.skip(!process.env.SCREENS, 'set SCREENS=1 to take screenshots');
test.describe.configure({ timeout: 180_000 });

const TEXT = [
	'By 2028 every merchant settles in one day, because late payouts are why merchants leave us.',
	'Support answers in one hour and we keep Postgres for the ledger, which might possibly help.'
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test(`review screens ${colorScheme} ${width}`, async ({ browser }) => {
			const options = { colorScheme, viewport: { width, height: width > 500 ? 900 : 844 } };
			const out = (name: string) =>
				`.out/ui/test-results/screens/review-${name}-${colorScheme}-${width}.png`;
			const author = await (await browser.newContext(options)).newPage();
			await author.goto('/');
			await author.getByRole('button', { name: 'New vision' }).click();
			const body = author.getByRole('textbox', { name: 'Document body' });
			await body.waitFor();
			await author.getByLabel('Title').fill('Payments in 2028');
			await body.click();
			await author.keyboard.press('Control+a');
			await author.keyboard.insertText(TEXT[0]);
			await author.keyboard.press('Enter');
			await author.keyboard.insertText(TEXT[1]);
			await author.getByRole('button', { name: 'Share for review' }).click();
			await author.getByRole('button', { name: 'Create link' }).click();
			const link = await author.getByLabel('Review link').inputValue();
			await author.screenshot({ path: out('share-dialog') });
			await author.getByRole('button', { name: 'Close' }).click();

			const reviewer = await (await browser.newContext(options)).newPage();
			await reviewer.goto(link);
			await reviewer.getByLabel('Your name').waitFor();
			await reviewer.screenshot({ path: out('name'), fullPage: true });
			await reviewer.getByLabel('Your name').fill('Ada Lovelace');
			await reviewer.getByRole('button', { name: 'Start reviewing' }).click();
			await reviewer.evaluate(() => {
				const root = document.querySelector('[aria-label="Draft (read-only)"]')!;
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) {
					const node = walker.currentNode as Text;
					const at = node.data.indexOf('one day');
					if (at < 0) continue;
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + 7);
					getSelection()!.removeAllRanges();
					getSelection()!.addRange(range);
					return;
				}
			});
			await reviewer.getByRole('button', { name: 'Add comment' }).click();
			await reviewer.getByLabel('Comment', { exact: true }).fill('Is one day realistic for banks?');
			await reviewer.screenshot({ path: out('compose') });
			await reviewer.getByRole('button', { name: 'Save comment' }).click();
			const horizon = reviewer.getByRole('group', { name: 'Two to three years out' });
			await horizon.getByLabel('4').check();
			await reviewer.getByLabel('Note on two to three years out').fill('Clear date.');
			await reviewer
				.getByRole('button', { name: /^Disagree with the checker/ })
				.first()
				.click();
			await reviewer.getByLabel(/Why you disagree/).fill('This hedge is honest.');
			await reviewer.getByRole('button', { name: 'Save comment' }).click();
			await reviewer.screenshot({ path: out('reviewer'), fullPage: true });
			await reviewer.getByRole('button', { name: 'Send review back' }).click();
			await reviewer.getByRole('button', { name: 'Create link' }).click();
			const back = await reviewer.getByLabel('Review link for the author').inputValue();
			await reviewer.screenshot({ path: out('send-dialog') });

			await author.goto(back);
			await author.getByRole('button', { name: 'Add to document' }).waitFor();
			await author.screenshot({ path: out('inbox') });
			await author.getByRole('button', { name: 'Add to document' }).click();
			await author.getByRole('region', { name: 'Comments' }).waitFor();
			await author.waitForTimeout(1500);
			await author.screenshot({ path: out('editor'), fullPage: true });
			await author.getByRole('region', { name: 'Comments' }).screenshot({ path: out('comments') });
		});
	}
}
