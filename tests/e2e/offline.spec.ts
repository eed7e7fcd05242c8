/**
 * Offline and installable (src/service-worker.ts, src/lib/offline/outbox.ts, POST /api/sync).
 *
 * These tests take the connection away on purpose (`problems.allowOffline()`: requests failing as
 * disconnected are expected; any other problem still fails them). Offline is `context.setOffline(true)` plus
 * an abort of the service worker's own requests (Chromium's offline emulation has not always
 * covered a worker's fetches); that the connection really is gone shows on the pages themselves:
 * an answer is only ever "waiting to send" when its post could not reach the server.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { open, shippedArticle } from '../support/e2e';
import { expect, test } from '../support/fixtures';
import { say } from '../support/messages';

const articlePath = `/articles/${shippedArticle.slug}`;

test.beforeEach(({ javaScriptEnabled, problems }, info) => {
	test.skip(
		info.project.name !== 'phone' || !javaScriptEnabled,
		'offline use is a phone journey, with JavaScript'
	);
	problems.allowOffline();
});

const abortWorker = (route: Route) =>
	route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue();

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**', abortWorker);
}

async function goOnline(context: BrowserContext) {
	await context.unroute('**', abortWorker);
	await context.setOffline(false);
}

/** Waits until the service worker is active and controls this page. */
async function controlled(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

interface Kept {
	id: string;
	kind: 'answer' | 'rating';
	givenAt: number;
	account: string;
	[field: string]: unknown;
}

/** The offline outbox as the page's IndexedDB holds it. */
const outboxOf = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<Kept[]>((resolve, reject) => {
				const request = indexedDB.open('bacaan', 1);
				request.onupgradeneeded = () =>
					request.result.createObjectStore('outbox', { keyPath: 'id' });
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('outbox').objectStore('outbox').getAll();
					all.onsuccess = () => resolve(all.result as Kept[]);
					all.onerror = () => reject(all.error);
				};
			})
	);

test('installable: manifest fields, icons, and a service worker controlling the start URL', async ({
	page,
	context,
	problems
}) => {
	await open(page, '/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifestResponse = await page.request.get(href!);
	expect(manifestResponse.ok()).toBe(true);
	const manifest = await manifestResponse.json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Bacaan'),
		short_name: 'Bacaan',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/)
	});
	// The sizes phones ask for, one of them maskable; each reachable and really that size.
	const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
	expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	for (const icon of icons) {
		const response = await page.request.get(icon.src);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
		expect(`${width}x${height}`).toBe(icon.sizes);
	}
	// A theme colour for light and for dark.
	const themes = page.locator('meta[name="theme-color"]');
	await expect(themes).toHaveCount(2);
	expect(await themes.evaluateAll((m) => m.map((e) => e.getAttribute('media')))).toEqual([
		'(prefers-color-scheme: light)',
		'(prefers-color-scheme: dark)'
	]);

	// The service worker registers (after load), controls the start URL and answers it offline.
	await open(page, manifest.start_url);
	await controlled(page);
	expect(context.serviceWorkers().map((w) => new URL(w.url()).pathname)).toContain(
		'/service-worker.js'
	);
	// A page is kept when the worker fetches it: once it controls the tab, load the start URL
	// through it and wait until it is stored, rather than racing the cache write. Pages vary by
	// interface language (Vary: Cookie, Accept-Language), so the lookup ignores Vary as the worker's
	// own does.
	await page.reload();
	await controlled(page);
	await expect
		.poll(() => page.evaluate(async () => !!(await caches.match('/', { ignoreVary: true }))), {
			timeout: 15_000
		})
		.toBe(true);
	// The manifest (a route since it follows the interface language) is kept for installing offline.
	const manifestName = () =>
		page.evaluate(async () => (await (await fetch('/manifest.webmanifest')).json()).name);
	expect(await manifestName()).toBe(manifest.name);
	await goOffline(context);
	expect(await manifestName()).toBe(manifest.name);
	const offline = await page.reload();
	expect(offline?.status()).toBe(200);
	expect(offline?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('body')).toHaveClass(/offline/);

	// A page never opened says so (a 503 from the worker), in the language of the last page kept.
	problems.allow(/^\/me$/, 503);
	const notSaved = await page.goto('/me');
	expect(notSaved?.status()).toBe(503);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		say('en', 'offline_page_heading')
	);
	await goOnline(context);
	await context.addCookies([{ name: 'bacaan-locale', value: 'id', url: page.url() }]);
	// What a phone offers to install is named in the interface language too.
	expect(await (await page.request.get(href!)).json()).toMatchObject({
		name: say('id', 'app_name'),
		lang: 'id'
	});
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect
		.poll(() => page.evaluate(async () => (await caches.match('/__language'))?.text() ?? 'none'))
		.toBe('id');
	await goOffline(context);
	await page.goto('/me');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		say('id', 'offline_page_heading')
	);
	await expect(page.getByRole('link', { name: say('id', 'offline_page_words') })).toBeVisible();
	await goOnline(context);
});

test('save an article, read, tap words, review and answer offline; sent once when back', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	// Five words to review: added from the word list while online.
	await open(page, `${articlePath}/vocabulary`);
	const rows = page.locator('li[id^="w-"]');
	for (const id of (await rows.evaluateAll((li) => li.map((e) => e.id))).slice(0, 5)) {
		const row = page.locator(`li#${id}`);
		await row.getByRole('button', { name: 'Add to my words' }).click();
		await expect(row).toContainText('✓ In my words');
	}

	await open(page, articlePath);
	await controlled(page);
	await page.getByRole('link', { name: 'Save for offline' }).click();
	await expect(page.getByRole('status')).toContainText(/Saved for offline: \d+ pages\./, {
		timeout: 90_000
	});

	await goOffline(context);
	await open(page, articlePath);
	await expect(page.locator('body')).toHaveClass(/offline/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(shippedArticle.title);
	// Tapping words: the panel's code and the word cards come from the worker's caches.
	await page.getByRole('link', { name: 'menghukum', exact: true }).click();
	const panel = page.getByRole('complementary', { name: 'Word details' });
	await expect(panel.getByRole('heading', { name: 'menghukum' })).toBeVisible();
	await expect(panel).toContainText('meN- + hukum');
	await page.keyboard.press('Escape');
	// The word page (what a tap opens without JavaScript) was saved too.
	await open(page, `${articlePath}/words/hukum`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('hukum');

	// Three quiz answers, each kept on the device and shown as waiting to send.
	await open(page, articlePath);
	await page.getByRole('link', { name: 'Quiz', exact: true }).click();
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} / 10`);
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		const typed = page.getByLabel('Your answer');
		if (await typed.isVisible()) {
			await typed.fill('tidak tahu');
			await page.getByRole('button', { name: 'Check' }).click();
		} else await page.locator('button.option').first().click();
		await expect(page.getByRole('heading', { name: 'Waiting to send' })).toBeVisible();
		await page.getByRole('link', { name: 'Next question' }).click();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 4 / 10');

	// Five review cards, rated Good; the page goes on with the cards it carried.
	await open(page, '/review');
	const card = page.getByRole('region', { name: 'Card' });
	const rated: string[] = [];
	for (let n = 1; n <= 5; n++) {
		const word = await card.locator('mark').textContent();
		await card.getByText('Show the meaning').click();
		await card.getByRole('button', { name: /^Good/ }).click();
		rated.push(word!);
		await expect(page.locator('ul.waiting li')).toHaveCount(n);
	}
	const kept = await outboxOf(page);
	expect(kept.map((i) => i.kind).sort()).toEqual([
		...Array(3).fill('answer'),
		...Array(5).fill('rating')
	]);

	// Back online: the worker sends the outbox (the page tells it the connection is back).
	const backAt = Date.now();
	await goOnline(context);
	await expect.poll(() => outboxOf(page).then((items) => items.length)).toBe(0);

	// The server has each one, at the time it was given offline: sending the same items again
	// (a second replay of the queue) stores nothing new and reports the times first stored.
	const replay = await page.request.post('/api/sync', {
		data: {
			account: kept[0].account,
			items: kept.map(({ account: _, ...item }) => item)
		}
	});
	expect(replay.ok()).toBe(true);
	const { results } = (await replay.json()) as {
		results: { id: string; status: string; at: number }[];
	};
	expect(results.map((r) => r.status)).toEqual(kept.map(() => 'repeated'));
	expect(results.map((r) => r.at)).toEqual(kept.map((i) => i.givenAt));
	for (const item of kept) expect(item.givenAt).toBeLessThan(backAt);

	// And the pages show them once: five reviews done today, three answers in the quiz.
	await open(page, '/review');
	await expect(page.locator('ul.done:not(.waiting) li')).toHaveCount(5);
	await open(page, `${articlePath}/quiz`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 4 / 10');
	await expect(page.getByText('3 answered')).toBeVisible();
});
