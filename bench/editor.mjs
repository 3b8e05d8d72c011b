#!/usr/bin/env node
// Editor benchmark (`npm run bench:editor`; a benchmark, never a test): keystroke to next
// frame with the checker on, against DESIGN.md's budget (p95 ≤ 16 ms over a 1,000-word
// vision), and the same on a 20,000-word document to show the editor stays usable.
//
// It builds nothing: build the app first, then point it at the build with FIVEFOLD_OUT if the
// build is not in ./build:
//   npm run build:app && npm run bench:editor
//   FIVEFOLD_OUT=.out/checker npx vite build && FIVEFOLD_OUT=.out/checker node bench/editor.mjs
// It starts `vite preview` on a free port, imports a generated vision through the workspace's
// "Import Markdown", opens it, waits for the checker's first report, then types ~200
// characters into a paragraph in the middle at a human pace (80–220 ms between keys).
//
// Per keystroke it records, in the page: keydown `event.timeStamp` → the next
// requestAnimationFrame callback (the figure the budget is about), and → the first task after
// that frame (a proxy for "painted"). It also counts long tasks (> 50 ms) while typing.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { rng } from './rng.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CHARS = Number(process.env.BENCH_CHARS ?? 200);

const USERS = [
	'drivers',
	'riders',
	'store partners',
	'support agents',
	'new customers',
	'couriers'
];
const SYSTEMS = [
	'the routing service',
	'`tile-cache`',
	'the booking API',
	'Kafka',
	'PostgreSQL 16',
	'the dispatch queue'
];
const TEAMS = ['the Routing team', 'Platform', 'the Growth squad', 'Data Infrastructure', 'Mobile'];
const TEMPLATES = [
	(r, p) =>
		`By ${2027 + Math.floor(r() * 2)}, ${p(USERS)} get an answer from ${p(SYSTEMS)} in under ${2 + Math.floor(r() * 8)} seconds.`,
	(r, p) => `${cap(p(TEAMS))} owns ${p(SYSTEMS)} because one owner keeps paging to one rota.`,
	(r, p) =>
		`We will move ${p(SYSTEMS)} to the new region so that ${p(USERS)} in Leeds stop seeing ${3 + Math.floor(r() * 20)}% timeouts.`,
	(r, p) =>
		`Revenue from ${p(USERS)} grows ${5 + Math.floor(r() * 30)}% a year once ${p(SYSTEMS)} stops dropping orders at peak.`,
	(r, p) =>
		`We might leverage synergies across ${p(TEAMS)} to deliver world-class innovation going forward.`,
	(r, p) =>
		`${cap(p(USERS))} told us in ${['March', 'June', 'October'][Math.floor(r() * 3)]} that ${p(SYSTEMS)} is the slowest step of their day.`,
	(r, p) =>
		`This costs ${p(TEAMS)} about ${2 + Math.floor(r() * 6)} engineers for a year, which is the tradeoff we accept.`
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** A vision of about `words` words: sections of paragraphs, some lists. */
function vision(words, seed) {
	const r = rng(seed);
	const pick = (a) => a[Math.floor(r() * a.length)];
	const lines = [`# Bench vision ${words}`, ''];
	let count = 0;
	let section = 0;
	while (count < words) {
		if (count >= section * 180) {
			section++;
			lines.push(`## Thread ${section}: where ${pick(USERS)} are in 2028`, '');
		}
		const n = 2 + Math.floor(r() * 3);
		const sentences = Array.from({ length: n }, () => pick(TEMPLATES)(r, pick));
		if (r() < 0.15) lines.push(...sentences.map((s) => `- ${s}`), '');
		else lines.push(sentences.join(' '), '');
		count += sentences.join(' ').split(/\s+/).length;
	}
	return lines.join('\n');
}

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.on('error', reject);
		srv.listen(0, () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Stop the preview server and its children (it runs in its own process group). */
function stop(child) {
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		// already gone
	}
}

async function startPreview() {
	const port = await freePort();
	const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		cwd: root,
		env: process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const url = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => stop(child) };
		} catch {
			// not up yet
		}
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	stop(child);
	throw new Error(`vite preview did not start (is the app built? FIVEFOLD_OUT?):\n${log}`);
}

// Runs in the page: timestamps per keydown, and long tasks.
function instrument() {
	const w = /** @type {any} */ (window);
	w.__bench = { frame: [], painted: [], longTasks: [] };
	document.addEventListener(
		'keydown',
		(event) => {
			const t0 = event.timeStamp;
			requestAnimationFrame(() => {
				w.__bench.frame.push(performance.now() - t0);
				const ch = new MessageChannel();
				ch.port1.onmessage = () => w.__bench.painted.push(performance.now() - t0);
				ch.port2.postMessage(0);
			});
		},
		true
	);
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration);
		}).observe({ type: 'longtask', buffered: false });
	} catch {
		// no Long Tasks API
	}
}

const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(1)} ms`;

async function measure(browser, url, words) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(url + '/');
	await page.getByRole('heading', { name: 'Visions' }).waitFor();
	const title = `Bench vision ${words}`;
	await page.locator('input[aria-label="Markdown files to import"]').setInputFiles({
		name: `bench-vision-${words}.md`,
		mimeType: 'text/markdown',
		buffer: Buffer.from(vision(words, words))
	});
	// One imported file opens in the editor (over 200,000 characters it stays on the workspace
	// with an Open button in the banner).
	const body = page.getByRole('textbox', { name: 'Document body' });
	const open = page.getByRole('button', { name: 'Open', exact: true });
	// One locator for either, so no query keeps polling the page while the keys are timed.
	await body.or(open).first().waitFor({ timeout: 60_000 });
	if (await open.isVisible()) await open.click();
	await body.waitFor();
	await page.getByLabel('Title').waitFor();
	if ((await page.getByLabel('Title').inputValue()) !== title)
		throw new Error(
			`editor bench: opened “${await page.getByLabel('Title').inputValue()}”, not “${title}”`
		);
	await page
		.getByRole('status')
		.filter({ hasText: /Ready for review|to fix/ })
		.waitFor({ timeout: 60_000 });
	const paragraphs = body.locator(':scope > p');
	const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
	await target.scrollIntoViewIfNeeded();
	await target.click();
	await page.keyboard.press('End');
	await page.waitForTimeout(1000);
	await page.evaluate(instrument);
	// BENCH_PROFILE=file.cpuprofile: a CPU profile of the typing on the largest document.
	const profile = process.env.BENCH_PROFILE && words >= 20000;
	const cdp = profile ? await context.newCDPSession(page) : null;
	if (cdp) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.start');
	}

	const r = rng(7);
	const text =
		' Our teams might leverage best-in-class synergies going forward, so drivers in Leeds get routes in 2 seconds by 2028.'
			.repeat(3)
			.slice(0, CHARS);
	for (const ch of text) {
		await page.keyboard.type(ch);
		await page.waitForTimeout(80 + Math.floor(r() * 140));
	}
	await page.waitForTimeout(1500);
	if (cdp) {
		const { profile: p } = await cdp.send('Profiler.stop');
		(await import('node:fs')).writeFileSync(String(process.env.BENCH_PROFILE), JSON.stringify(p));
	}
	const data = await page.evaluate(() => /** @type {any} */ (window).__bench);
	const words2 = await page.evaluate(
		() => document.querySelector('.ProseMirror')?.textContent?.split(/\s+/).length ?? 0
	);
	await context.close();
	const frame = [...data.frame].sort((a, b) => a - b);
	const painted = [...data.painted].sort((a, b) => a - b);
	return {
		words,
		domWords: words2,
		keys: frame.length,
		p50: pct(frame, 50),
		p95: pct(frame, 95),
		max: frame[frame.length - 1],
		paintP50: pct(painted, 50),
		paintP95: pct(painted, 95),
		longTasks: data.longTasks.length,
		longestTask: Math.max(0, ...data.longTasks)
	};
}

const preview = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	console.log(
		`editor bench: ${preview.url} (FIVEFOLD_OUT=${process.env.FIVEFOLD_OUT ?? '(unset)'}), ${CHARS} keystrokes per document`
	);
	for (const words of [1000, 20000]) {
		const m = await measure(browser, preview.url, words);
		const budget =
			words === 1000
				? m.p95 <= 16
					? '  (budget p95 ≤ 16 ms: ok)'
					: '  (budget p95 ≤ 16 ms: OVER)'
				: '';
		console.log(
			`${String(words).padStart(6)} words: keystroke→next frame p50 ${ms(m.p50)}, p95 ${ms(m.p95)}, max ${ms(m.max)}${budget}\n` +
				`               keystroke→after paint p50 ${ms(m.paintP50)}, p95 ${ms(m.paintP95)}; ` +
				`${m.keys} keys, ${m.longTasks} long tasks (longest ${ms(m.longestTask)})`
		);
	}
} finally {
	await browser.close();
	preview.stop();
}
