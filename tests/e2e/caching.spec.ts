/**
 * HTTP caching: pages revalidate with a strong ETag (304 when unchanged), hashed build files are
 * immutable, and the signed-out reader page, served from one shared render, never carries a
 * learner's own state, nor does a learner's page carry anyone else's.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { shippedArticle } from '../support/e2e';

const articlePath = `/articles/${shippedArticle.slug}`;
const known = /\d+ % known, \d+ new words?/;

/**
 * The word statuses the page's text carries, one code a word link ("." for a new word): the server
 * writes them into the markup (class="w k"), so a page never carries another learner's.
 */
const statusesOf = (html: string) =>
	[...html.matchAll(/<a class="w(?: ([a-z0-9]+))?" href/g)].map((m) => m[1] ?? '.').join(' ');

/** A form post as a browser without JavaScript sends it (SvelteKit answers with a 303). */
const post = (context: APIRequestContext, path: string, baseURL: string) =>
	context.post(path, {
		form: {},
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});

test('the signed-out reader page is shared and revalidates; learners get only their own state', async ({
	playwright,
	baseURL
}) => {
	const [visitor, sari, budi] = await Promise.all(
		[0, 1, 2].map(() => playwright.request.newContext({ baseURL }))
	);
	try {
		const first = await visitor.get(articlePath, { headers: { 'accept-encoding': 'br' } });
		expect(first.status()).toBe(200);
		expect(first.headers()['cache-control']).toBe('private, no-cache');
		expect(first.headers()['vary']).toContain('Accept-Encoding');
		const etag = first.headers()['etag'];
		expect(etag).toMatch(/^"[\w-]+-br"$/);
		const visitorHtml = await first.text();
		expect(statusesOf(visitorHtml)).toMatch(/^\.( \.)*$/); // a visitor's words carry no status

		const again = await visitor.get(articlePath, {
			headers: { 'accept-encoding': 'br', 'if-none-match': etag }
		});
		expect(again.status()).toBe(304);
		expect(again.headers()['etag']).toBe(etag);

		// Sari marks every word known (a guest account is made for her); Budi starts a quiz.
		expect((await post(sari, `${articlePath}?/knowRest`, baseURL!)).status()).toBe(303);
		expect((await post(budi, `${articlePath}/quiz`, baseURL!)).status()).toBe(303);

		const sariHtml = await (await sari.get(articlePath)).text();
		const budiHtml = await (await budi.get(articlePath)).text();
		const sariStatuses = statusesOf(sariHtml)!;
		expect(sariStatuses).toMatch(/\bk\b/);
		expect(sariHtml).toMatch(known);
		expect(statusesOf(budiHtml)).toMatch(/^\.( \.)*$/); // every word new for Budi
		expect(statusesOf(budiHtml)!.length).toBe(sariStatuses.length);

		// The shared copy, asked for again after both learners, is still the visitor's.
		const later = await visitor.get(articlePath);
		const laterHtml = await later.text();
		expect(statusesOf(laterHtml)).toBe(statusesOf(visitorHtml));
		expect(laterHtml).not.toMatch(known);
		expect(later.headers()['set-cookie']).toBeUndefined();
		// Sari's page is hers again, not the shared one.
		expect(statusesOf(await (await sari.get(articlePath)).text())).toBe(sariStatuses);
	} finally {
		await Promise.all([visitor, sari, budi].map((c) => c.dispose()));
	}
});

/** Each word link's root and status code ("." for a new word), in the order of the text. */
const wordsOf = (html: string) =>
	[...html.matchAll(/<a class="w(?: ([a-z0-9]+))?" href="[^"]*\/words\/([^"]+)"/g)].map(
		(m) => [m[2], m[1] ?? '.'] as const
	);

test('each learner’s text marks exactly their own statuses, word by word', async ({
	playwright,
	baseURL
}) => {
	// The text is written from one render per article version, with each learner's codes put in
	// (src/lib/server/reader-text.ts): no code may land on another word or another learner's page.
	const [visitor, sari, budi] = await Promise.all(
		[0, 1, 2].map(() => playwright.request.newContext({ baseURL }))
	);
	try {
		const roots = [
			...new Set(wordsOf(await (await visitor.get(articlePath)).text()).map(([r]) => r))
		];
		const [forBudi, forSari] = [roots[3], roots[roots.length - 2]];
		const mark = (context: APIRequestContext, root: string, status: string) =>
			context.post(`${articlePath}/words/${root}?/status`, {
				form: { status },
				headers: { origin: baseURL!, accept: 'text/html' },
				maxRedirects: 0
			});
		expect((await mark(budi, forBudi, 'known')).status()).toBe(303);
		expect((await mark(sari, forSari, 'learning')).status()).toBe(303);

		const budiWords = wordsOf(await (await budi.get(articlePath)).text());
		const sariWords = wordsOf(await (await sari.get(articlePath)).text());
		expect(budiWords.map(([r]) => r)).toEqual(sariWords.map(([r]) => r));
		for (const [root, code] of budiWords) expect(code).toBe(root === forBudi ? 'k' : '.');
		for (const [root, code] of sariWords) expect(code).toBe(root === forSari ? 'l1' : '.');
		expect(budiWords.some(([root]) => root === forBudi)).toBe(true);
		expect(sariWords.some(([root]) => root === forSari)).toBe(true);
		// The visitor's page is still unmarked.
		const visitorWords = wordsOf(await (await visitor.get(articlePath)).text());
		expect(visitorWords.every(([, code]) => code === '.')).toBe(true);
	} finally {
		await Promise.all([visitor, sari, budi].map((c) => c.dispose()));
	}
});

test('a changed page gets a 200 with a new ETag; hashed build files are immutable', async ({
	request,
	page,
	javaScriptEnabled
}) => {
	const home = await request.get('/');
	const etag = home.headers()['etag'];
	expect(etag).toMatch(/^"[\w-]+"$/);
	expect((await request.get('/', { headers: { 'if-none-match': '"stale"' } })).status()).toBe(200);
	expect((await request.get('/', { headers: { 'if-none-match': etag } })).status()).toBe(304);

	if (!javaScriptEnabled) return; // without JavaScript the browser fetches no scripts to check
	const scripts: string[] = [];
	page.on('response', (r) => {
		if (r.url().includes('/_app/immutable/')) scripts.push(r.headers()['cache-control'] ?? '');
	});
	await page.goto('/');
	expect(scripts.length).toBeGreaterThan(0);
	for (const header of scripts)
		expect(header).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
});

test('signing out clears the browser cache, so Back cannot show the last person’s pages', async ({
	playwright,
	baseURL
}) => {
	const learner = await playwright.request.newContext({ baseURL });
	try {
		expect((await post(learner, `${articlePath}/quiz`, baseURL!)).status()).toBe(303);
		const out = await post(learner, '/logout', baseURL!);
		expect(out.status()).toBe(303);
		expect(out.headers()['clear-site-data']).toBe('"cache"');
	} finally {
		await learner.dispose();
	}
});

test('the shared reader page is kept per interface language and says which it is', async ({
	playwright,
	baseURL
}) => {
	const visitor = await playwright.request.newContext({ baseURL });
	try {
		const page = async (headers: Record<string, string>) => {
			const response = await visitor.get(articlePath, { headers });
			expect(response.status()).toBe(200);
			expect(response.headers()['vary']).toMatch(/Cookie/);
			expect(response.headers()['vary']).toMatch(/Accept-Language/);
			const html = await response.text();
			const lang = /<html lang="(\w+)"/.exec(html)?.[1];
			expect(response.headers()['content-language']).toBe(lang);
			return { lang, html };
		};
		// Each asked twice: the second answer comes from the kept copy (early, before SvelteKit).
		for (let i = 0; i < 2; i++) {
			expect((await page({ 'accept-language': 'id-ID,id;q=0.9' })).lang).toBe('id');
			expect((await page({ 'accept-language': 'en-GB,en;q=0.9' })).lang).toBe('en');
			expect((await page({ cookie: 'bacaan-locale=id', 'accept-language': 'en' })).lang).toBe('id');
			expect((await page({ cookie: 'bacaan-locale=en', 'accept-language': 'id' })).lang).toBe('en');
		}
		const indonesian = await page({ 'accept-language': 'id' });
		expect(indonesian.html).toContain('Ketuk sebuah kata untuk melihat artinya.');
		expect(indonesian.html).not.toContain('Tap a word for its meaning.');
		// The article keeps its language whatever the interface's.
		expect(indonesian.html).toMatch(/<article lang="id"/);
	} finally {
		await visitor.dispose();
	}
});
