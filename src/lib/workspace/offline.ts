/**
 * Registers the service worker (`src/service-worker.ts`) once the first page is up and the
 * browser is idle, not at `load` as SvelteKit would: caching the whole build then competes with
 * the first visit's own work (seeding and listing the workspace) on a slow machine.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

type Idle = (callback: () => void, options?: { timeout: number }) => number;

export function registerServiceWorker(): void {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {
				// Offline use is a bonus: the app works the same without it.
			});
	};
	const idle = (window as Window & { requestIdleCallback?: Idle }).requestIdleCallback;
	if (idle) idle(register, { timeout: 3000 });
	else setTimeout(register, 1000);
}
