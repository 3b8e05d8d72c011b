/**
 * Imports that cannot freeze the tab (issue 9, items 3–5): hostile zips are refused at once
 * with a message about what is wrong, large files are parsed in a worker with a progress bar
 * and Cancel, and nothing refused or cancelled changes storage. The longest main-thread task
 * is measured with a `longtask` PerformanceObserver; the 500 ms bound catches freezes of
 * seconds, it is not a speed benchmark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
	deflatedZeros,
	largeBackup,
	largeMarkdown,
	zip64Claiming4BillionEntries,
	zipOf
} from './hostile-files';

// The bound catches freezes of seconds (the zips froze the page for 17 to 198 s); it is
// not a speed benchmark. On CI two workers share two cores with the server, and a refusal that
// does no work measured 875 ms there once: allow 2 s.
const BOUND_MS = process.env.CI ? 2_000 : 500;
/**
 * Waits for the page: generous, because on a machine shared by many test runs a worker can
 * take seconds to start; a frozen page still fails.
 */
const expectSoon = expect.configure({ timeout: 30_000 });

/** Record every long task from the page's start in `window.__longest`. */
async function watchLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __longest: number };
		w.__longest = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** Forget the long tasks so far (page start-up), to measure only what follows. */
const resetLongest = (page: Page) =>
	page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
const longest = (page: Page) =>
	page.evaluate(() => (window as unknown as { __longest: number }).__longest);

const cards = (page: Page) => page.locator('main li.card');

async function open(page: Page): Promise<number> {
	await watchLongTasks(page);
	await page.goto('/');
	await expectSoon(page.getByRole('heading', { name: 'Design docs' })).toBeVisible();
	await expectSoon(cards(page).first()).toBeVisible();
	const count = await cards(page).count();
	await resetLongest(page);
	return count;
}

/**
 * A generated file, written to disk first: a file given by path reaches the page natively,
 * while one given as a buffer is decoded by script on the page's main thread (seconds for
 * 19 MB), which the long-task measurement would blame on the app.
 */
async function onDisk(name: string, data: Buffer | string): Promise<string> {
	const path = test.info().outputPath(name);
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, data);
	return path;
}

async function importWorkspace(page: Page, name: string, data: Buffer | string): Promise<void> {
	await page.getByLabel('Workspace file to import').setInputFiles(await onDisk(name, data));
}

async function importMarkdown(page: Page, name: string, data: Buffer | string): Promise<void> {
	await page.getByLabel('Markdown files to import').setInputFiles(await onDisk(name, data));
}

/** After a refusal: no dialog, the same documents, also after a reload (storage unchanged). */
async function expectUnchanged(page: Page, before: number): Promise<void> {
	await expectSoon(page.getByRole('dialog')).toHaveCount(0);
	await expectSoon(cards(page)).toHaveCount(before);
	await page.reload();
	await expectSoon(cards(page).first()).toBeVisible();
	await expectSoon(cards(page)).toHaveCount(before);
}

function report(name: string, ms: number): void {
	test.info().annotations.push({
		type: 'longest main-thread task',
		description: `${name}: ${Math.round(ms)} ms`
	});
	console.log(`[longtask] ${name}: ${Math.round(ms)} ms`);
}

test('a 128-byte zip claiming 4,294,967,295 entries is refused at once', async ({ page }) => {
	const before = await open(page);
	const zip = zip64Claiming4BillionEntries();
	expect(zip.length).toBe(128);
	await importWorkspace(page, 'claims.zip', zip);
	const alert = page.getByRole('alert');
	await expectSoon(alert).toContainText('Nothing was imported.');
	await expectSoon(alert).toContainText(
		'“claims.zip” cannot be imported: it claims to hold 4,294,967,295 files; the limit is 5,000.'
	);
	await expectSoon(alert).toContainText('export the workspace again');
	const ms = await longest(page);
	report('128-byte ZIP64 claiming 4,294,967,295 entries', ms);
	expect(ms).toBeLessThan(BOUND_MS);
	await expectUnchanged(page, before);
});

test('zips whose headers lie about sizes stop at the cap with a message about size', async ({
	page
}) => {
	test.setTimeout(90_000);
	const before = await open(page);
	// A backup declared as 1,000 bytes that inflates to 3 GB (3 MB on disk).
	const bomb = zipOf([
		{ name: 'fivefold-backup.json', data: deflatedZeros(3000), method: 8, size: 1000 }
	]);
	await importWorkspace(page, 'lying.zip', bomb);
	const alert = page.getByRole('alert');
	await expectSoon(alert).toContainText(
		'“fivefold-backup.json” unpacks to more than the 1,000 bytes its header declares'
	);
	await expectSoon(alert).not.toContainText('U+0000');
	let ms = await longest(page);
	report('backup declared 1,000 bytes inflating to 3 GB', ms);
	expect(ms).toBeLessThan(BOUND_MS);

	// Three Markdown files declared as 1,000 bytes that inflate to 1 GB each.
	await resetLongest(page);
	const gigabyte = deflatedZeros(1000);
	const three = zipOf(
		['a.md', 'b.md', 'c.md'].map((name) => ({ name, data: gigabyte, method: 8, size: 1000 }))
	);
	await importWorkspace(page, 'three.zip', three);
	await expectSoon(alert).toContainText(
		'None of the Markdown files in “three.zip” could be imported'
	);
	await expectSoon(alert).toContainText('“c.md” unpacks to more than the 1,000 bytes');
	await expectSoon(alert).not.toContainText('U+0000');
	ms = await longest(page);
	report('three Markdown files declared 1,000 bytes inflating to 1 GB each', ms);
	expect(ms).toBeLessThan(BOUND_MS);
	await expectUnchanged(page, before);
});

test('Markdown files listed twice in a zip are both kept; a doubled backup is refused', async ({
	page
}) => {
	const before = await open(page);
	const stored = (name: string, text: string) => {
		const data = Buffer.from(text);
		return { name, data, method: 0 as const, size: data.length, crc: crc32(data) };
	};
	await importWorkspace(
		page,
		'twice.zip',
		zipOf([stored('notes.md', '# First copy\n'), stored('notes.md', '# Second copy\n')])
	);
	const dialog = page.getByRole('dialog', { name: 'Import workspace' });
	await expectSoon(dialog).toContainText('holds 2 documents');
	await dialog.getByRole('button', { name: 'Merge as copies' }).click();
	await expectSoon(page.getByRole('status').filter({ hasText: 'Added 2 documents' })).toContainText(
		'“notes.md” is in the zip 2 times; each copy was imported as its own document.'
	);
	await expectSoon(page.getByRole('link', { name: 'First copy' })).toBeVisible();
	await expectSoon(page.getByRole('link', { name: 'Second copy' })).toBeVisible();

	const backup = '{"type":"fivefold/workspace","version":1,"data":{"docs":[],"settings":{}}}';
	await importWorkspace(
		page,
		'two-backups.zip',
		zipOf([stored('fivefold-backup.json', backup), stored('fivefold-backup.json', backup)])
	);
	await expectSoon(page.getByRole('alert')).toContainText(
		'it holds “fivefold-backup.json” twice, so it is not clear which backup to restore'
	);
	await expectUnchanged(page, before + 2);
});

test('a 19 MB backup is read without blocking the page, with progress and Cancel', async ({
	page
}) => {
	test.setTimeout(120_000);
	const before = await open(page);
	const json = Buffer.from(largeBackup(19));
	expect(json.length).toBeGreaterThan(18_000_000);
	expect(json.length).toBeLessThan(20 * 1024 * 1024);

	// Read it to the end: the dialog asks, then Merge adds every document.
	await importWorkspace(page, 'big.json', json);
	const dialog = page.getByRole('dialog', { name: 'Import workspace' });
	await expectSoon(dialog).toContainText('holds 200 documents', { timeout: 60_000 });
	const parse = await longest(page);
	report('19 MB JSON backup, read and validated', parse);
	expect(parse).toBeLessThan(BOUND_MS);
	await resetLongest(page);
	await dialog.getByRole('button', { name: 'Merge as copies' }).click();
	await expectSoon(page.getByText('Added 200 documents from “big.json” as copies.')).toBeVisible({
		timeout: 60_000
	});
	report('19 MB JSON backup, merged into storage and listed', await longest(page));
	await expectSoon(cards(page)).toHaveCount(before + 200);

	// Cancel while it is being read: nothing changes.
	await importWorkspace(page, 'big.json', json);
	const bar = page.getByRole('progressbar', { name: 'Import progress' });
	await expectSoon(bar).toBeVisible();
	await expectSoon(
		page.getByRole('status').filter({ hasText: 'Importing “big.json”' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Cancel import' }).click();
	await expectSoon(page.getByRole('status').filter({ hasText: 'Import cancelled.' })).toContainText(
		'your workspace is unchanged'
	);
	await expectSoon(bar).toHaveCount(0);
	await expectSoon(page.getByRole('dialog')).toHaveCount(0);
	await expectUnchanged(page, before + 200);
});

test('a 2,000,000-character Markdown file is converted without blocking the page', async ({
	page
}) => {
	test.setTimeout(120_000);
	const before = await open(page);
	const markdown = largeMarkdown(1_990_000);
	await importMarkdown(page, 'long.md', markdown);
	await expectSoon(page.getByText('Imported “A very long design doc”.')).toBeVisible({
		timeout: 60_000
	});
	const ms = await longest(page);
	report('2,000,000-character Markdown, converted, stored and listed', ms);
	expect(ms).toBeLessThan(BOUND_MS);
	await expectSoon(cards(page)).toHaveCount(before + 1);
	await expectSoon(page.getByRole('progressbar')).toHaveCount(0);
	// Too long to open by itself (laying it out takes seconds): the workspace stays, and the
	// report says why and offers to open it.
	const banner = page.getByRole('status').filter({ hasText: 'Imported “A very long design doc”.' });
	await expectSoon(banner).toContainText('so it was not opened');
	await expectSoon(banner.getByRole('button', { name: 'Open' })).toBeVisible();
	await expect(page).not.toHaveURL(/\/edit/);
	expect(await longest(page)).toBeLessThan(BOUND_MS);

	// Over the file limit: refused before it is read.
	await resetLongest(page);
	await importMarkdown(page, 'huge.md', Buffer.alloc(10 * 1024 * 1024, 'a'));
	await expectSoon(page.getByRole('alert')).toContainText('“huge.md” is too large');
	report('10 MB Markdown (over the limit, refused)', await longest(page));
	await expectSoon(cards(page)).toHaveCount(before + 1);
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) {
		c ^= byte;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return (c ^ 0xffffffff) >>> 0;
}
