/**
 * The early answer scripts/start.js gives before SvelteKit: the kept page with the headers a hit
 * through the hooks gets, and nothing for a request the kept page is not for.
 */
import { eq, sql } from 'drizzle-orm';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/test-database';
import { guestVersion, loadShipped } from './articles';
import { sessionCookieName } from './auth/session';
import { listShippedArticles } from './content';
import { articles } from './db/schema';
import { answerEarly, clear, respond } from './shared-pages';

const test = useTestDatabase();
const slug = 'putin-terima-undangan-kim-jong-un';
const html = '<main>' + 'Presiden Rusia menerima undangan. '.repeat(300) + '</main>';
const path = `/articles/${slug}`;

let server: http.Server;
let base: string;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		answerEarly(test.db, req, res).then((answered) => {
			if (!answered) res.writeHead(299).end('left to SvelteKit');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(async () => {
	clear();
	await loadShipped(test.db, listShippedArticles());
});

/** Keeps the page for the article's current version, as a first visit through the hooks does. */
async function keep(): Promise<Response> {
	const version = await guestVersion(test.db, slug);
	const render = async () =>
		new Response(html, {
			headers: {
				'content-type': 'text/html',
				'content-security-policy': "script-src 'self' 'sha256-x'",
				'cache-control': 'private, no-cache'
			}
		});
	return respond(new Request(`http://localhost${path}`), `${slug}:${version}`, render);
}

async function get(target: string, headers: Record<string, string> = {}) {
	return fetch(base + target, { headers: { 'accept-encoding': 'identity', ...headers } });
}

describe('answerEarly', () => {
	it('answers a kept page with the headers and bytes of a hit through the hooks', async () => {
		await keep();
		const viaHooks = await respond(
			new Request(`http://localhost${path}`, { headers: { 'accept-encoding': 'br' } }),
			`${slug}:${await guestVersion(test.db, slug)}`,
			() => Promise.reject(new Error('kept: no render'))
		);
		const early = await new Promise<http.IncomingMessage & { body: Buffer }>((resolve) =>
			http.get(base + path, { headers: { 'accept-encoding': 'br' } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve(Object.assign(res, { body: Buffer.concat(chunks) })));
			})
		);
		expect(early.statusCode).toBe(200);
		// The best compression may replace the page between the two requests: same bytes, new length.
		for (const [name, value] of viaHooks.headers)
			if (name !== 'content-length') expect(early.headers[name]).toBe(value);
		expect(early.headers['content-length']).toBe(String(early.body.length));
		expect(brotliDecompressSync(early.body).toString()).toBe(html);

		const again = await get(path, { 'if-none-match': viaHooks.headers.get('etag')! });
		expect(again.status).toBe(304);
		expect(again.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-x'");
	});

	it('leaves to SvelteKit what the kept page is not for', async () => {
		await keep();
		expect((await get(path)).status).toBe(200);
		expect((await get(path, { cookie: `${sessionCookieName}=a.b` })).status).toBe(299);
		expect((await get(`${path}?x=1`)).status).toBe(299);
		expect((await get(`${path}/`)).status).toBe(299);
		expect((await get(`${path}/quiz`)).status).toBe(299);
		expect((await get('/articles/not-an-article')).status).toBe(299);
		expect((await fetch(base + path, { method: 'POST' })).status).toBe(299);
	});

	it('stops answering the old page as soon as the article changes', async () => {
		await keep();
		expect((await get(path)).status).toBe(200);
		await test.db
			.update(articles)
			.set({ updatedAt: sql`now() + interval '1 second'` })
			.where(eq(articles.slug, slug));
		expect((await get(path)).status).toBe(299);
	});
});
