// ESLint as the sv tool sets it up (typescript-eslint, eslint-plugin-svelte, Prettier for layout),
// plus the layer rules of docs/ARCHITECTURE.md: the language core imports nothing of the app,
// shared components never reach the server, and routes reach the database only through
// src/lib/server's domain modules.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const serverOnly = ['$lib/server', '$lib/server/*', '**/server/*', '**/server/**'];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'drizzle/',
			'test-results/',
			'playwright-report/',
			'node_modules/',
			'tests/lint-fixtures/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks names; the core rule does not know its globals.
			'no-undef': 'off',
			// resolve() matters for apps served under a base path; Bacaan is served at the root and
			// builds its links from route strings, so the rule would only add noise.
			'svelte/no-navigation-without-resolve': 'off',
			// {' '} keeps a space between inline elements that the formatter would otherwise drop.
			'svelte/no-useless-mustaches': 'off',
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
		// The language core: pure functions over strings. Its tests may read fixtures from disk.
		files: ['src/lib/text/**/*.ts'],
		ignores: ['src/lib/text/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/*', '!$lib/text', '!$lib/text/*'],
							message: 'src/lib/text imports only itself and its data.'
						},
						{
							group: ['$app/*', '$env/*', '@sveltejs/*', 'svelte', 'svelte/*'],
							message: 'The language core knows nothing of SvelteKit or Svelte.'
						},
						{
							group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'],
							message: 'The language core never touches a database.'
						},
						{
							group: ['node:*', 'fs', 'path', 'os', 'http', 'https', 'child_process'],
							message: 'The language core does no I/O.'
						},
						{ group: ['../*', '!./*'], message: 'src/lib/text imports only itself and its data.' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/components/**/*.{ts,svelte}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [{ group: serverOnly, message: 'Shared components never import server code.' }]
				}
			]
		}
	},
	{
		// Every journey fails on console errors and failed requests: specs take `test` from the shared fixture.
		files: ['tests/e2e/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test'],
							message:
								"Import test from '../support/fixtures' (it watches the console and requests)."
						}
					]
				}
			]
		}
	},
	{
		// Routes reach the database through src/lib/server's domain modules (tests may set up data directly).
		files: ['src/routes/**/*.{ts,svelte}'],
		ignores: ['src/routes/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/server/db',
								'$lib/server/db/*',
								'drizzle-orm',
								'drizzle-orm/*',
								'postgres',
								'@electric-sql/*'
							],
							message: 'Routes reach the database only through a domain module in src/lib/server.'
						}
					]
				}
			]
		}
	}
);
