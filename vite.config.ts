import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// Property tests run hundreds of generated cases; speed is measured by `npm run bench`,
		// never by a test's timeout (at load 26 several took over 5 s).
		testTimeout: 20_000
	}
});
