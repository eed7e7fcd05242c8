/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline service worker (registered by the root layout after the page's `load` event, so a
 * first visit downloads nothing more than before). Three caches:
 *
 * - `assets-<version>`: the built app and `static/`, fetched at install, served cache-first (their
 *   names carry content hashes or never change within a version).
 * - `pages-<version>-<account>`: pages a learner opened or saved for offline (articles, word
 *   pages, word lists, quizzes, /words, /review, the home page), network-first with this cache as
 *   the fallback. `<account>` comes from the `X-Bacaan-Account` header the server puts on every
 *   response to a signed-in request (`anon` without one). Only the current account's cache is
 *   ever read, and a response for another account (a different sign-in on this device) or a
 *   sign-out (POST /logout) deletes every other account's pages first: one learner's pages are
 *   never served to another.
 * - `meta`: remembers the current account and the interface language across the worker's
 *   restarts (the language of the last page kept, its `Content-Language`, for the offline page),
 *   and the last app manifest fetched, for installing while offline.
 *
 * Nothing else is cached: sign-in, teacher pages, API calls and form posts always go to the
 * network. The worker also sends the offline outbox (answers and ratings given offline) when a
 * page says the connection is back, or when a page comes from the network again, and tells the
 * pages (`sent`) so those showing waiting items reload their data. A new version of the app drops the old caches (saved pages too: they name the old
 * version's scripts).
 */
import { build, files, version } from '$service-worker';
import * as outbox from '$lib/offline/outbox';
import { standalonePage } from '$lib/standalone-page';
import { m } from '$lib/paraglide/messages';

const worker = self as unknown as ServiceWorkerGlobalScope;
const assetsCache = `assets-${version}`;
const pagePrefix = `pages-${version}-`;
const metaCache = 'meta';
const accountKey = '/__account';
const languageKey = '/__language';
const assets = new Set([...build, ...files]);

// Page paths a learner reads offline (a `__data.json` or `__route.js` suffix is the same page's
// data or route, which SvelteKit's client fetches for a link).
const pagePaths = [
	/^\/$/,
	/^\/words$/,
	/^\/review$/,
	/^\/me$/,
	/^\/articles\/[^/]+(\/(vocabulary|cards|quiz|words\/[^/]+|quiz\/\d+\/(\d+|results)))?$/
];

const isPage = (url: URL) =>
	url.origin === location.origin &&
	pagePaths.some((p) => p.test(url.pathname.replace(/\/__(data\.json|route\.js)$/, '') || '/'));

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(assetsCache)
			.then((cache) => cache.addAll([...assets]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((k) => k !== assetsCache && k !== metaCache && !k.startsWith(pagePrefix))
						.map((k) => caches.delete(k))
				)
			)
			.then(() => worker.clients.claim())
	);
});

let current: Promise<string> | undefined;

/** The account whose pages may be served now. */
function currentAccount(): Promise<string> {
	current ??= caches
		.open(metaCache)
		.then((c) => c.match(accountKey))
		.then((r) => (r ? r.text() : 'anon'));
	return current;
}

/** Makes `account` current; every other account's pages are deleted first. */
async function switchTo(account: string): Promise<void> {
	if ((await currentAccount()) === account) return;
	current = Promise.resolve(account);
	const keys = await caches.keys();
	await Promise.all(
		keys
			.filter((k) => k.startsWith('pages-') && k !== pagePrefix + account)
			.map(caches.delete, caches)
	);
	await (await caches.open(metaCache)).put(accountKey, new Response(account));
}

/** Keeps a page response in its account's cache (a redirect as a redirect to where it led). */
async function keep(request: Request, response: Response): Promise<void> {
	// A route module (`__route.js`) is the same for everyone and carries no account: it is filed
	// under the current one. Any other response without an account is a signed-out page.
	const route = new URL(request.url).pathname.endsWith('/__route.js');
	const account =
		response.headers.get('x-bacaan-account') ?? (route ? await currentAccount() : 'anon');
	await switchTo(account);
	const language = response.headers.get('content-language');
	if (language === 'en' || language === 'id')
		await (await caches.open(metaCache)).put(languageKey, new Response(language));
	const cache = await caches.open(pagePrefix + account);
	if (response.redirected) {
		if (!isPage(new URL(response.url))) return;
		// A copy without the "redirected" mark: a navigation refuses a response that has it.
		const { status, statusText, headers } = response;
		await cache.put(
			response.url,
			new Response(await response.blob(), { status, statusText, headers })
		);
		await cache.put(request.url, Response.redirect(response.url, 303));
	} else await cache.put(request, response.clone());
}

async function networkFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic')
			event.waitUntil(keep(request, response.clone()).then(sendOutbox));
		return response;
	} catch (failure) {
		const cache = await caches.open(pagePrefix + (await currentAccount()));
		// A quiz question shown with an answer kept offline (`?waiting=`) is the saved question.
		const url = new URL(request.url);
		url.searchParams.delete('waiting');
		const saved = await cache.match(url.href === request.url ? request : url.href, {
			ignoreVary: true
		});
		if (saved) return saved;
		if (request.mode === 'navigate') return notSaved(await interfaceLanguage());
		throw failure;
	}
}

const manifestPath = '/manifest.webmanifest';

/**
 * The app's manifest (a route, in the interface language): from the network, the last one kept
 * when offline. Kept in `meta`, not with an account's pages: it names no one, and a copy fetched
 * without the session must not switch the page cache to another account.
 */
async function manifestOrKept(request: Request): Promise<Response> {
	const meta = await caches.open(metaCache);
	try {
		const response = await fetch(request);
		if (response.ok) await meta.put(manifestPath, response.clone());
		return response;
	} catch (failure) {
		const kept = await meta.match(manifestPath);
		if (kept) return kept;
		throw failure;
	}
}

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(assetsCache);
	return (await cache.match(request)) ?? fetch(request);
}

/**
 * SvelteKit asks the server which route a link leads to (`__route.js`, `router.resolution:
 * 'server'`): kept like a page, so offline a link to a saved page resolves, its data request
 * fails, and the client falls back to a full page load, which this worker answers from the page
 * cache. For a route never kept, "no route" leads to the same full load.
 */
async function routeOrFallback(event: FetchEvent): Promise<Response> {
	try {
		return await networkFirst(event);
	} catch {
		return new Response('export const route = null;\nexport const params = {};\n', {
			headers: { 'content-type': 'text/javascript' }
		});
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	if (request.method === 'POST' && url.pathname === '/logout') {
		event.waitUntil(switchTo('anon'));
		return;
	}
	if (request.method === 'POST' && answerPath.test(url.pathname) && url.search === '?/answer')
		event.respondWith(answerOrKeep(request));
	if (request.method !== 'GET') return;
	if (assets.has(url.pathname)) event.respondWith(cacheFirst(request));
	else if (url.pathname === manifestPath) event.respondWith(manifestOrKept(request));
	else if (url.pathname.endsWith('/__route.js')) event.respondWith(routeOrFallback(event));
	else if (isPage(url)) event.respondWith(networkFirst(event));
});

/**
 * "Save for offline" (src/lib/offline/save.ts) sends `{ type: 'save', urls }` with a port for
 * the answer: each page is fetched and kept like any page opened online.
 */
worker.addEventListener('message', (event) => {
	if (event.data === 'send') return event.waitUntil(sendOutbox());
	const data = event.data as { type?: string; urls?: unknown } | null;
	const port = event.ports[0];
	if (data?.type !== 'save' || !Array.isArray(data.urls) || !port) return;
	const urls = data.urls.filter(
		(u): u is string => typeof u === 'string' && isPage(new URL(u, location.origin))
	);
	event.waitUntil(
		saveAll(urls).then(
			(saved) => port.postMessage({ saved, failed: urls.length - saved }),
			() => port.postMessage({ saved: 0, failed: urls.length })
		)
	);
});

/** Fetches and keeps `urls`, four at a time; how many were kept. */
async function saveAll(urls: string[]): Promise<number> {
	let saved = 0;
	const queue = [...urls];
	const next = async (): Promise<void> => {
		const url = queue.shift();
		if (url === undefined) return;
		const request = new Request(new URL(url, location.origin), { credentials: 'same-origin' });
		const response = await fetch(request).catch(() => undefined);
		if (response?.ok) {
			await keep(request, response);
			saved += 1;
		}
		return next();
	};
	await Promise.all([next(), next(), next(), next()]);
	return saved;
}

const answerPath = /^\/articles\/[^/]+\/quiz\/(\d+)\/\d+$/;

/**
 * A quiz answer posted while offline is kept in the outbox and the learner comes back to the
 * question with it (`?waiting=`), shown there as waiting to send: a redirect, for SvelteKit's
 * `use:enhance` as an action result. Online, the post goes to the server untouched.
 */
async function answerOrKeep(request: Request): Promise<Response> {
	const copy = request.clone();
	try {
		return await fetch(request);
	} catch (failure) {
		const account = await currentAccount();
		const url = new URL(request.url);
		const form = await copy.formData();
		const question = form.get('question');
		const response = `${form.get('response') ?? ''}`.trim();
		if (account === 'anon' || typeof question !== 'string' || !response) throw failure;
		const attempt = Number(answerPath.exec(url.pathname)![1]);
		await outbox.keep(account, { kind: 'answer', attempt, question, response });
		const location = `${url.pathname}?waiting=${encodeURIComponent(response)}`;
		return request.headers.get('x-sveltekit-action')
			? Response.json({ type: 'redirect', status: 303, location })
			: Response.redirect(new URL(location, url), 303);
	}
}

/**
 * Sends the current account's waiting items; tells every page when the server stored some. The
 * browser may say it is online before a request can get through (a phone leaving a tunnel), so
 * while items stay waiting it tries again after 1, 2 and 4 seconds.
 */
async function sendOutbox(): Promise<void> {
	const account = await currentAccount();
	if (account === 'anon') return;
	let stored = 0;
	for (const pause of [0, 1000, 2000, 4000]) {
		if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
		stored += await outbox.send(account).catch(() => 0);
		if ((await outbox.waiting(account).catch(() => [])).length === 0) break;
	}
	if (stored === 0) return;
	for (const client of await worker.clients.matchAll())
		client.postMessage({ type: 'sent', stored });
}

/** The language of the last page kept (English before any). */
async function interfaceLanguage(): Promise<'en' | 'id'> {
	const saved = await (await caches.open(metaCache)).match(languageKey);
	return (await saved?.text()) === 'id' ? 'id' : 'en';
}

/** A navigation offline to a page never opened or saved, in the interface's language. */
function notSaved(locale: 'en' | 'id'): Response {
	const say = { locale };
	const html = standalonePage(
		locale,
		m.offline_page_title({}, say),
		`<h1>${m.offline_page_heading({}, say)}</h1><p>${m.offline_page_text({}, say)}</p>` +
			`<p><a href="/">${m.offline_page_articles({}, say)}</a> · ` +
			`<a href="/review">${m.nav_review({}, say)}</a> · ` +
			`<a href="/words">${m.offline_page_words({}, say)}</a></p>`
	);
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}
