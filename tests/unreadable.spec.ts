/**
 * Issue 9, item 3: a stored document that fails validation is listed, opened read-only with a
 * banner saying why, exportable as raw JSON and best-effort Markdown, and in Export workspace.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { openWorkspace } from './helpers';

test.describe.configure({ timeout: 240_000 });

test('a stored document that fails validation is listed, opened read-only and exported', async ({
	page
}) => {
	await openWorkspace(page);
	// Plant a record the reader refuses (an unknown node type), as a future or broken build might.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('fivefold');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction('kv', 'readwrite');
		tx.objectStore('kv').put(
			{
				type: 'fivefold/doc',
				version: 1,
				record: {
					id: 'broken-doc',
					kind: 'design',
					title: 'Broken but precious',
					content: {
						type: 'doc',
						content: [
							{ type: 'paragraph', content: [{ type: 'text', text: 'Words worth keeping.' }] },
							{ type: 'marquee', content: [{ type: 'text', text: 'A cell.' }] }
						]
					},
					createdAt: 1,
					updatedAt: 1,
					revision: 3
				}
			},
			['doc', 'broken-doc']
		);
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.reload();
	const link = page.getByRole('link', { name: 'Open “Broken but precious” read-only' });
	await expect(link).toBeVisible();
	await expect(page.locator('main p.problem')).toContainText('unknown node type "marquee"');

	// The zip holds it, as stored and as Markdown.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export workspace' }).click();
	const zip = unzipSync(new Uint8Array(await readFile(await (await downloading).path())));
	const names = Object.keys(zip).filter((n) => n.startsWith('unreadable/'));
	expect(names.sort()).toEqual([
		'unreadable/broken-but-precious-broken-doc.json',
		'unreadable/broken-but-precious-broken-doc.md'
	]);
	const md = new TextDecoder().decode(zip['unreadable/broken-but-precious-broken-doc.md']);
	expect(md).toBe('# Broken but precious\n\nWords worth keeping.\n\nA cell.\n');

	await link.click();
	const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
	await expect(banner).toContainText('This document could not be read, so it is open read-only.');
	await expect(banner).toContainText('unknown node type "marquee"');
	await expect(page.getByRole('heading', { name: 'Broken but precious' })).toBeVisible();
	await expect(page.getByLabel('Document text (read-only)')).toContainText('Words worth keeping.');

	const json = page.waitForEvent('download');
	await banner.getByRole('button', { name: 'Export raw JSON' }).click();
	const raw = JSON.parse(await readFile(await (await json).path(), 'utf8'));
	expect(raw.content.content[1].type).toBe('marquee');
	expect(raw.revision).toBe(3);

	const markdown = page.waitForEvent('download');
	await banner.getByRole('button', { name: 'Export Markdown' }).click();
	expect(await readFile(await (await markdown).path(), 'utf8')).toContain('Words worth keeping.');

	// Still untouched in storage: the workspace lists it again.
	await page.getByRole('link', { name: '← Workspace' }).click();
	await expect(
		page.getByRole('link', { name: 'Open “Broken but precious” read-only' })
	).toBeVisible();
});
