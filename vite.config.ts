import { sveltekit } from '@sveltejs/kit/vite';
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

export default defineConfig({
	plugins: [sveltekit()],
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
