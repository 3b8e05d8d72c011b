// Which Chromium the browser tests and the editor benchmark launch: Debian's /usr/bin/chromium
// where it is installed (Playwright cannot download browsers on every machine), with the flags
// a closed-network, root, headless machine needs; Playwright's own Chromium everywhere else.
import { existsSync } from 'node:fs';

/** Debian's Chromium. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Launch options for Playwright's `chromium.launch` / `use.launchOptions`. */
export const chromiumLaunchOptions = existsSync(SYSTEM_CHROMIUM)
	? {
			executablePath: SYSTEM_CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	: {};
