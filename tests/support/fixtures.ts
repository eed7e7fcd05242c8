/**
 * The `test` every e2e spec uses: Playwright's, plus a watch on every browser context the test
 * opens (its own `page`, and any from `browser.newContext()` / `browser.newPage()`) that fails the
 * test on a console error, an uncaught exception in a page, a request that failed on the network,
 * or a response of 400 or more. A test that asks for a failure on purpose (a 404 for someone
 * else's page) says so first with `problems.allow(/pattern/, 404)`.
 */
import { test as base, type Browser, type BrowserContext } from '@playwright/test';

export { expect } from '@playwright/test';

interface Allowance {
	url: RegExp;
	status: number;
}

export class ProblemWatch {
	readonly found: string[] = [];
	private readonly allowed: Allowance[] = [];

	/** Expects responses with `status` for URLs matching `url` (and Chromium's console line about them). */
	allow(url: RegExp, status = 404): void {
		this.allowed.push({ url, status });
	}

	private offline = false;

	/**
	 * For a test that takes the connection away: requests failing as disconnected are expected,
	 * and so are SvelteKit's data requests the service worker fails offline (ERR_FAILED), after
	 * which the client loads the saved page in full.
	 */
	allowOffline(): void {
		this.offline = true;
	}

	private isDisconnected(text: string): boolean {
		return this.offline && /ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch/.test(text);
	}

	private isAllowed(url: string, status: number): boolean {
		return this.allowed.some((a) => a.status === status && a.url.test(new URL(url).pathname));
	}

	/** `scripts`: false for a context without JavaScript, whose pages' script loads Chromium blocks. */
	attach(context: BrowserContext, scripts = true): void {
		context.on('console', (message) => {
			if (message.type() !== 'error') return;
			const text = message.text();
			if (this.isDisconnected(text)) return;
			// Chromium's own line for a response of 400+: allowed exactly when the response is.
			const status = /status of (\d{3})/.exec(text)?.[1];
			const url = message.location().url;
			if (status && url && this.isAllowed(url, Number(status))) return;
			this.found.push(`console error: ${text}${url ? ` (${url})` : ''}`);
		});
		context.on('weberror', (error) => this.found.push(`uncaught: ${error.error().message}`));
		context.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? '';
			if (this.isDisconnected(reason)) return;
			// The page cancelled a fetch it no longer needed: SvelteKit drops a hover preload that a
			// click overtook, or a data request of a navigation that another one replaced.
			if (reason === 'net::ERR_ABORTED' && request.resourceType() === 'fetch') return;
			// Without JavaScript Chromium refuses the module preloads (and reports it as "csp").
			if (!scripts && reason === 'csp' && request.resourceType() === 'script') return;
			this.found.push(`request failed: ${request.url()} ${reason}`);
		});
		context.on('response', (response) => {
			const status = response.status();
			if (status >= 400 && !this.isAllowed(response.url(), status))
				this.found.push(`HTTP ${status}: ${response.request().method()} ${response.url()}`);
		});
	}
}

export const test = base.extend<{ problems: ProblemWatch }>({
	problems: [
		async ({ context, browser, javaScriptEnabled }, use) => {
			const watch = new ProblemWatch();
			watch.attach(context, javaScriptEnabled);
			const original = browser.newContext;
			const watched: Browser['newContext'] = async (options) => {
				const created = await original.call(browser, options);
				watch.attach(created, options?.javaScriptEnabled ?? true);
				return created;
			};
			// An own property shadows the prototype's method; browser.newPage() goes through it too.
			browser.newContext = watched;
			try {
				await use(watch);
			} finally {
				delete (browser as Partial<Browser>).newContext;
			}
			base.expect(watch.found, 'console errors and failed requests').toEqual([]);
		},
		{ auto: true }
	]
});
