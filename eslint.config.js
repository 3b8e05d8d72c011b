import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The analysis engine is pure TypeScript over strings: it runs in Node (CLI, bench) and the browser.
		files: ['src/lib/analysis/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'],
							message: 'The analysis engine must not depend on Svelte.'
						},
						{
							group: ['prosemirror-*'],
							message: 'The analysis engine must not depend on ProseMirror.'
						},
						{ group: ['idb-keyval'], message: 'The analysis engine must not touch storage.' },
						{
							group: ['$lib/*', '../../model/*', '../../storage/*', '../../editor/*'],
							message: 'The analysis engine imports only its own modules.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'.out/',
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
