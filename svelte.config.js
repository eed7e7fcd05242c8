import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: adapter({ out: 'build' }),
		// The client asks the server which route a link leads to, so the route table and param
		// matchers stay out of the first download (part of the 35 KB JavaScript budget on phones).
		router: { resolution: 'server' },
		// The root layout registers src/service-worker.ts itself, after the page's load event.
		serviceWorker: { register: false },
		// Form posts from other sites are refused (SvelteKit's origin check); never turn this off.
		csrf: { trustedOrigins: [] },
		// Scripts only from our origin, plus SvelteKit's own inline start-up script, which carries a
		// per-response nonce (or a hash on prerendered pages): injected markup cannot run scripts.
		// Inline styles stay allowed: Svelte's style: directives and transitions set style attributes.
		csp: {
			// Hashes, not nonces: a signed-out visitor's reader page is rendered once and served many
			// times (src/lib/server/shared-pages.ts), and a nonce must never be sent twice.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		// `npm run check` type-checks the command-line scripts (benchmarks, data builders, the start
		// script) with the app, so a change to a module they use cannot break them unseen.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../scripts/**/*.js');
			}
		}
	}
};

export default config;
