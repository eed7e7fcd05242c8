import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// `npx playwright install` cannot download on our machines: use Debian's Chromium when it is there
// (or CHROMIUM_PATH), else Playwright's own browser for people elsewhere.
const chromiumPath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);

// HTTP-level specs (headers, caching, the access matrix) answer the same whatever the browser, so
// they run in the desktop project only; so do the teacher's pages, which teachers use at a desk
// (the teacher spec checks the 390 px layout itself), and the feedback layout and the library's
// import forms. The phone project keeps what students and people studying alone do on a phone;
// the no-JavaScript project skips the feedback's layout, the same page as on desktop. With
// E2E_DATABASE_ONLY set (CI's PostgreSQL pass), only the specs that store or change data run:
// reading pages, page weight and headers do not depend on the database.
const httpLevel = ['**/headers.spec.ts', '**/caching.spec.ts', '**/security.spec.ts'];
const desktopOnly = [
	...httpLevel,
	'**/teacher.spec.ts',
	'**/accounts.spec.ts',
	'**/budget.spec.ts',
	'**/library.spec.ts',
	'**/feedback.spec.ts'
];
const readingOnly = [
	'**/budget.spec.ts',
	'**/headers.spec.ts',
	'**/caching.spec.ts',
	'**/reader.spec.ts',
	'**/reading.spec.ts',
	'**/feedback.spec.ts',
	'**/journey.spec.ts'
];
const databaseIndependent = process.env.E2E_DATABASE_ONLY ? readingOnly : [];
// The journeys run once more with the interface in Indonesian (a browser asking for id-ID), on
// desktop only: the markup is the same as in English, so the other projects' checks cover it.
// teacher-journey.spec.ts is that project's own: teacher.spec.ts covers the pages in English.
const indonesianOnly = ['**/teacher-journey.spec.ts'];
const journeys = ['**/journey.spec.ts', ...indonesianOnly];

const launchOptions = {
	executablePath: chromiumPath,
	args: [
		'--disable-gpu',
		'--disable-quic',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	],
	// Keep Chromium's profile and cache out of the home folder.
	env: {
		...process.env,
		XDG_CONFIG_HOME: resolve('test-results/xdg-config'),
		XDG_CACHE_HOME: resolve('test-results/xdg-cache')
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [
		{
			name: 'desktop',
			testIgnore: [...databaseIndependent, ...indonesianOnly],
			use: { ...devices['Desktop Chrome'], launchOptions }
		},
		{
			name: 'phone',
			testIgnore: [...desktopOnly, ...indonesianOnly],
			use: {
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2,
				launchOptions
			}
		},
		{
			name: 'no-js',
			testIgnore: [
				...httpLevel,
				'**/budget.spec.ts',
				'**/offline.spec.ts',
				'**/feedback.spec.ts',
				...indonesianOnly
			],
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: false, launchOptions }
		},
		{
			name: 'indonesian',
			testMatch: journeys,
			testIgnore: databaseIndependent,
			use: { ...devices['Desktop Chrome'], locale: 'id-ID', launchOptions }
		}
	],
	webServer: {
		// The built server on its own, freshly emptied data folder (or DATABASE_URL when set).
		command: 'node tests/support/e2e-server.js',
		url: `http://127.0.0.1:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			PGLITE_DIR: `data/e2e-pglite-${port}`,
			// The import spec serves its pages from a server on 127.0.0.1 (web-address.ts).
			BACAAN_IMPORT_ALLOW_LOOPBACK: '1'
		}
	}
});
