/**
 * Work that survives what people do (issue 10): the Synthesize board kept across Back and
 * reload, the default pick and its reasons, a single Markdown import opening the document,
 * the Findings panel agreeing with itself, the popover shown on navigation only, the app
 * opening offline, and the persistent-storage footer.
 */
import { expect, test, type Page } from '@playwright/test';
import { designPicker, gotoSynthesize, MOD, newDoc, openWorkspace, waitSaved } from './helpers';

const openSynthesize = gotoSynthesize;
const picker = designPicker;

function cards(page: Page) {
	return page
		.getByRole('region', { name: /Decide what the strategy commits to/ })
		.getByRole('article');
}

test('the Synthesize board survives an evidence link, Back and a reload, until Start over', async ({
	page
}) => {
	await openWorkspace(page);
	await openSynthesize(page);
	await page.getByRole('button', { name: 'Find recurring decisions' }).click();
	await expect(cards(page).first()).toBeVisible();
	await cards(page).nth(0).getByRole('button', { name: 'Accept' }).click();
	await cards(page).nth(1).getByRole('button', { name: 'Accept' }).click();
	const accepted = cards(page).filter({ hasText: '✓ Accepted' });
	await expect(accepted).toHaveCount(2);
	const titles = await accepted.getByRole('heading').allInnerTexts();

	// Open an evidence quote, then come back.
	const link = cards(page).nth(1).getByRole('link').first();
	await link.click();
	await expect(page).toHaveURL(/\/edit\?id=.*&highlight=/);
	await expect(page.getByRole('textbox', { name: 'Document body' })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/synthesize/);
	await expect(cards(page).filter({ hasText: '✓ Accepted' })).toHaveCount(2);
	expect(
		await cards(page).filter({ hasText: '✓ Accepted' }).getByRole('heading').allInnerTexts()
	).toEqual(titles);
	await expect(page.getByText('Your board as you left it.')).toBeVisible();
	// Focus returns to the evidence link that was followed.
	await expect(cards(page).nth(1).getByRole('link').first()).toBeFocused();

	// A reload keeps it too.
	await page.reload();
	await expect(cards(page).filter({ hasText: '✓ Accepted' })).toHaveCount(2);

	// Start over forgets it, also after a reload.
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(cards(page)).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Find recurring decisions' })).toBeVisible();
	await expect(cards(page)).toHaveCount(0);
});

test('drafting the strategy clears the kept board', async ({ page }) => {
	await openWorkspace(page);
	await openSynthesize(page);
	await page.getByRole('button', { name: 'Find recurring decisions' }).click();
	await cards(page).first().getByRole('button', { name: 'Accept' }).click();
	await page.getByRole('button', { name: 'Create strategy draft' }).click();
	await expect(page).toHaveURL(/\/edit\?id=/);
	await page.goto('/synthesize');
	await expect(page.getByRole('button', { name: 'Find recurring decisions' })).toBeVisible();
	await expect(cards(page)).toHaveCount(0);
});

test('the default pick says why, skips a stub under 150 words, and remembers the last pick', async ({
	page
}) => {
	test.setTimeout(60_000);
	await newDoc(page, 'New design doc');
	await page.getByLabel('Title').fill('Tiny stub');
	await page
		.getByRole('textbox', { name: 'Document body' })
		.pressSequentially('We chose Postgres for the queue because it is already there.');
	await waitSaved(page);
	await openSynthesize(page);

	// The stub is the most recently edited doc, yet it is not picked: it is too short.
	const stub = picker(page).locator('label', { hasText: 'Tiny stub' });
	await expect(stub).toContainText('only 11 words');
	await expect(stub.getByRole('checkbox')).not.toBeChecked();
	const checked = picker(page).locator('label', {
		has: page.getByRole('checkbox', { checked: true })
	});
	await expect(checked).toHaveCount(5);
	for (const label of await checked.all()) await expect(label).toContainText('recently edited');

	// Pick the stub by hand with two others, run: next time that pick is the default.
	const boxes = picker(page).getByRole('checkbox');
	for (const box of await boxes.all()) await box.setChecked(false);
	await boxes.nth(1).setChecked(true);
	await boxes.nth(2).setChecked(true);
	await stub.getByRole('checkbox').setChecked(true);
	await page.getByRole('button', { name: 'Find recurring decisions' }).click();
	await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();
	await page.getByRole('button', { name: 'Start over' }).click();
	await page.reload();
	const again = picker(page).locator('label', {
		has: page.getByRole('checkbox', { checked: true })
	});
	await expect(again).toHaveCount(2);
	for (const label of await again.all()) await expect(label).toContainText('picked last time');
	// Still never picked without asking.
	await expect(stub.getByRole('checkbox')).not.toBeChecked();
});

test('importing one Markdown file opens it with the import notices', async ({ page }) => {
	await openWorkspace(page);
	await page.getByLabel('Markdown files to import').setInputFiles({
		name: 'field-notes.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(
			'# Field notes\n\nWe sync every night because the sites are offline.\n\n![map](map.png)\n'
		)
	});
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByLabel('Title')).toHaveValue('Field notes');
	const report = page.getByRole('status').filter({ hasText: 'Imported “Field notes”.' });
	await expect(report).toBeVisible();
	await report.getByRole('button', { name: 'Dismiss' }).click();
	await expect(report).toHaveCount(0);

	// Two files stay on the workspace, with the report.
	await openWorkspace(page);
	await page.getByLabel('Markdown files to import').setInputFiles([
		{ name: 'a.md', mimeType: 'text/markdown', buffer: Buffer.from('# A\n\nText.\n') },
		{ name: 'b.md', mimeType: 'text/markdown', buffer: Buffer.from('# B\n\nText.\n') }
	]);
	await expect(page.getByText('Imported 2 documents.')).toBeVisible();
	await expect(page).not.toHaveURL(/\/edit/);

	// One made and one refused: the workspace stays, to show the error, with Open for the one.
	await page.getByLabel('Markdown files to import').setInputFiles([
		{ name: 'c.md', mimeType: 'text/markdown', buffer: Buffer.from('# Kept one\n\nText.\n') },
		{ name: 'notes.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }
	]);
	const mixed = page.getByRole('alert').filter({ hasText: 'Imported “Kept one”.' });
	await expect(mixed).toContainText('1 could not be imported');
	await expect(mixed).toContainText('“notes.exe” was not imported');
	await expect(page).not.toHaveURL(/\/edit/);
	await mixed.getByRole('button', { name: 'Open' }).click();
	await expect(page).toHaveURL(/\/edit\?id=/);
	await expect(page.getByLabel('Title')).toHaveValue('Kept one');
	// The report was read on the workspace: the editor does not show it again.
	await expect(page.getByText('Imported “Kept one”.')).toHaveCount(0);
});

/** Leading number of a line ("3 absolute promises — …"), or null. */
const lead = (text: string) => {
	const m = text.match(/^(?:Only )?(\d+)/);
	return m ? Number(m[1]) : null;
};

interface RuleShown {
	name: string;
	verdict: string;
	score: string;
	budget: string;
	errors: number;
	warnings: number;
	firstError: string;
}

test('each rule in the Findings panel agrees with the findings it lists', async ({ page }) => {
	test.setTimeout(90_000);
	await openWorkspace(page);
	const hrefs = await page
		.locator('main li.card a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(5);
	let checkedRules = 0;
	for (const href of hrefs) {
		await page.goto(href);
		const panel = page.getByRole('complementary', { name: 'Findings' });
		await expect(panel.getByRole('region').first()).toBeVisible({ timeout: 15_000 });
		await expect(panel.getByText('Checking the document…')).toHaveCount(0);
		const status = (await page.locator('.check[role="status"]').innerText()).trim();
		// One read of the whole panel: every rule's header and what it lists.
		const rules: RuleShown[] = await panel.getByRole('region').evaluateAll((regions) =>
			regions.map((region) => {
				const text = (selector: string) =>
					(region.querySelector(selector) as HTMLElement | null)?.innerText.trim() ?? '';
				return {
					name: text('h3'),
					verdict: text('.verdict'),
					score: text('.score'),
					budget: text('.budget'),
					errors: region.querySelectorAll('li.finding.error').length,
					warnings: region.querySelectorAll('li.finding.warning, li.finding.info').length,
					firstError: text('li.finding.error')
				};
			})
		);
		let anyError = false;
		for (const { name, verdict, score, budget, errors: e, warnings: w, firstError } of rules) {
			anyError ||= e > 0;
			const where = `${href} ${name}: ${budget} / ${verdict} / ${score}`;
			expect(verdict, where).toBe(e ? 'Fails' : w ? 'To review' : 'Passes');
			if (e || w) expect(score, where).not.toMatch(/10\/10/);
			if (['Rationale', 'Hedging', 'Specificity', 'Grounding'].includes(name))
				expect(lead(budget), where).toBe(w);
			// An error that counts (3 absolute promises) says the same number as the header.
			if (name === 'Audacity' && e)
				expect(lead(firstError.replace(/^\s*Error\s*/, '')), where).toBe(lead(budget));
			checkedRules++;
		}
		if (status === 'Ready for review') expect(anyError).toBe(false);
	}
	expect(checkedRules).toBeGreaterThan(20);
});

test('the finding popover shows on F8 and on a click, not while typing', async ({ page }) => {
	const body = await newDoc(page, 'New strategy');
	await page.keyboard.type('We will leverage synergies to deliver world-class innovation.');
	await expect(body.locator('.ff-warning', { hasText: 'leverage' })).toBeVisible();
	const tip = page.getByRole('tooltip');
	// Typing on the flagged sentence shows nothing over it.
	await page.keyboard.press('Home');
	for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
	await page.keyboard.type('also ');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(body.locator('.ff-warning', { hasText: 'leverage' })).toBeVisible();
	await expect(tip).toHaveCount(0);
	// F8 goes to the finding and explains it; typing again hides it.
	await page.keyboard.press('Home');
	await page.keyboard.press('F8');
	await expect(tip).toBeVisible();
	await page.keyboard.press('End');
	await page.keyboard.type(' Soon');
	await expect(tip).toHaveCount(0);
	// A key pressed while the re-check after typing is still pending may land before the
	// findings are back (a CI run on a loaded machine saw that once): press again until it shows.
	// Each try starts from the end of the line, so it goes to the same (first) finding: a second
	// press from there would move on to the Length error that spans the whole line, which End
	// does not leave (a CI run failed that way).
	await expect(async () => {
		await page.keyboard.press('End');
		await page.keyboard.press(`${MOD}+.`);
		await expect(tip).toBeVisible({ timeout: 2_000 });
	}).toPass();
	await page.keyboard.press('End');
	await expect(tip).toHaveCount(0);
	// A click on the underline shows it.
	await body.locator('.ff-warning', { hasText: 'leverage' }).first().click();
	await page.mouse.move(0, 0);
	await expect(tip).toBeVisible();
});

test('the app opens offline on a second visit, from this build only', async ({ page, context }) => {
	// A cache left by an older build, made before this build's worker registers: activating the
	// worker must delete it, so nothing old is ever served.
	await page.addInitScript(() => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		const seeded = caches
			.open('fivefold-old-build')
			.then((cache) =>
				cache.put(
					'/',
					new Response('<h1>Old build</h1>', { headers: { 'content-type': 'text/html' } })
				)
			);
		const container = navigator.serviceWorker;
		const register = container.register.bind(container);
		container.register = (...args: Parameters<typeof register>) =>
			seeded.then(() => register(...args));
	});
	await openWorkspace(page);
	// The worker registers once the page is idle, and controls it once it has claimed it.
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
			timeout: 30_000
		})
		.toBe(true);
	const keys = await page.evaluate(() => caches.keys());
	expect(keys).toHaveLength(1);
	expect(keys[0]).toMatch(/^fivefold-\d+$/);
	const title = await page.locator('main li.card a').first().innerText();

	await context.setOffline(true);
	// Really offline, for the worker too: a request it has no copy of fails.
	expect(
		await page.evaluate(() =>
			fetch(`/not-cached-${Date.now()}`).then(
				() => 'reached the server',
				() => 'failed'
			)
		)
	).toBe('failed');
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	await expect(page.locator('main li.card a').first()).toHaveText(title);
	// A document opens offline too (the editor's page and code are cached).
	await page.locator('main li.card a').first().click();
	await expect(page.getByRole('textbox', { name: 'Document body' })).toBeVisible();
	const again = await page.reload();
	expect(again?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('textbox', { name: 'Document body' })).toBeVisible();
	await context.setOffline(false);
});

test('persistent storage is asked for after the first document, and the footer says so', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { persistCalls: number };
		w.persistCalls = 0;
		let granted = false;
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => granted });
		Object.defineProperty(navigator.storage, 'persist', {
			value: async () => {
				w.persistCalls++;
				granted = true;
				return true;
			}
		});
	});
	await openWorkspace(page);
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText('Storage: may be cleared by the browser');
	expect(
		await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)
	).toBe(0);
	await page.getByRole('button', { name: 'New strategy' }).click();
	await expect(page.getByRole('textbox', { name: 'Document body' })).toBeVisible();
	await expect(footer).toContainText('Storage: persistent');
	expect(
		await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)
	).toBe(1);
});

test('on a 390-pixel phone no page is wider than the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openWorkspace(page);
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const link of ['Workspace', 'Synthesize strategy', 'Weave vision', 'Settings']) {
		await nav.getByRole('link', { name: link }).click();
		await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(wide, link).toBeLessThanOrEqual(390);
	}
});
