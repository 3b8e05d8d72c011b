import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Registered by the app once the first page is idle (`$lib/workspace/offline.ts`).
		serviceWorker: { register: false },
		// FIVEFOLD_OUT lets several builds run side by side (parallel work, benchmarks).
		outDir: process.env.FIVEFOLD_OUT ? `${process.env.FIVEFOLD_OUT}/.svelte-kit` : '.svelte-kit',
		adapter: adapter({
			pages: process.env.FIVEFOLD_OUT ? `${process.env.FIVEFOLD_OUT}/build` : 'build',
			assets: process.env.FIVEFOLD_OUT ? `${process.env.FIVEFOLD_OUT}/build` : 'build',
			fallback: '200.html'
		}),
		// A CSP fit for static hosting (see RELIABILITY-NOTES: nonces cannot be used with prerendering).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline']
			}
		}
	}
};

export default config;
