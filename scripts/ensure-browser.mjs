#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: Debian's /usr/bin/chromium when present
// (Playwright cannot download browsers on every machine), otherwise Playwright's own build,
// downloaded once with `playwright install chromium`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

if (existsSync('/usr/bin/chromium')) process.exit(0);
if (existsSync(chromium.executablePath())) process.exit(0);
console.log('No Chromium found: installing Playwright\u2019s (npx playwright install chromium)…');
const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
