import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './scripts/chromium.mjs';

const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.spec\.ts/,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	// CI runs two workers on two cores beside the preview server (and each fresh context installs
	// the service worker, which caches the build): give tests and assertions room.
	timeout: process.env.CI ? 60_000 : 30_000,
	expect: { timeout: process.env.CI ? 15_000 : 5_000 },
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions,
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI
	}
});
