import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The code every page runs before anything of its own: Svelte's runtime, SvelteKit's client, the
 * generated root component, the root layout and error page (SvelteKit loads the error page with
 * every page) and Vite's preload helper. As one chunk it is fewer requests, and one gzip stream
 * compresses it better than five files apart (about 0.8 KB less on a cold load).
 */
const framework =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env)[\\/]|[\\/]\.svelte-kit[\\/]generated[\\/]root\.svelte|[\\/]src[\\/]routes[\\/]\+(layout|error)\.svelte|vite[\\/]preload-helper/;

/** SvelteKit's form enhancement: only pages with enhanced forms load it (not the reader or the home page). */
const forms = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]app[\\/]forms/;

/**
 * In the browser, Paraglide's messages read the language through src/lib/paraglide-browser.js
 * (the <html lang> the server set) instead of Paraglide's runtime: the page-weight budget has no
 * room for the runtime's strategy code, which the server alone needs.
 */
function browserLocale(): Plugin {
	const runtime = resolve('src/lib/paraglide/runtime.js');
	return {
		name: 'bacaan-browser-locale',
		enforce: 'pre',
		load(id, options) {
			if (!options?.ssr && id.split('?')[0] === runtime)
				return readFileSync(resolve('src/lib/paraglide-browser.js'), 'utf8');
		}
	};
}

export default defineConfig({
	// Compiler options (strategy, output folder) are in project.inlang/paraglide.config.js. Under
	// Vitest the plugin's watcher kept the run from exiting: `npm run test:unit` compiles first.
	plugins: [
		...(process.env.VITEST
			? []
			: [paraglideVitePlugin({ project: './project.inlang', outdir: './src/lib/paraglide' })]),
		browserLocale(),
		sveltekit()
	],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'framework', test: (id: string) => framework.test(id) && !forms.test(id) }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Database tests share one PGlite per worker (opening one costs ~2 s and ~0.8 GB).
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
