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
import { settle } from './change-leases';
import { articles } from './db/schema';
import { localeCookie } from './locale';
import { answerEarly, clear, keyOf, respond } from './shared-pages';

const test = useTestDatabase();
const slug = 'putin-terima-undangan-kim-jong-un';
const html = '<main>' + 'Presiden Rusia menerima undangan. '.repeat(300) + '</main>';
const path = `/articles/${slug}`;

let server: http.Server;
let base: string;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		Promise.resolve(answerEarly(test.db, req, res)).then((answered) => {
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
async function keep(locale = 'en', body = html): Promise<Response> {
	const version = await guestVersion(test.db, slug);
	const render = async () =>
		new Response(body, {
			headers: {
				'content-type': 'text/html',
				'content-security-policy': "script-src 'self' 'sha256-x'",
				'cache-control': 'private, no-cache'
			}
		});
	return respond(new Request(`http://localhost${path}`), keyOf(slug, version!, locale), render);
}

async function get(target: string, headers: Record<string, string> = {}) {
	return fetch(base + target, { headers: { 'accept-encoding': 'identity', ...headers } });
}

describe('answerEarly', () => {
	it('answers a kept page with the headers and bytes of a hit through the hooks', async () => {
		await keep();
		const viaHooks = await respond(
			new Request(`http://localhost${path}`, { headers: { 'accept-encoding': 'br' } }),
			keyOf(slug, (await guestVersion(test.db, slug))!, 'en'),
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

	it('writes the header lines a hit through the hooks writes after the base headers', async () => {
		const base = { 'X-Frame-Options': 'DENY', 'Permissions-Policy': 'camera=()' };
		await keep();
		// As scripts/start.js and adapter-node's setResponse answer a hit that went through the hooks.
		const viaHooks = http.createServer(async (req, res) => {
			for (const [name, value] of Object.entries(base)) res.setHeader(name, value);
			const version = (await guestVersion(test.db, slug))!;
			const request = new Request(`http://localhost${path}`, {
				headers: req.headers as Record<string, string>
			});
			const response = await respond(request, keyOf(slug, version, 'en'), () =>
				Promise.reject(new Error('kept: no render'))
			);
			for (const [name, value] of response.headers) res.setHeader(name, value);
			res.writeHead(response.status);
			res.end(Buffer.from(await response.arrayBuffer()));
		});
		const early = http.createServer((req, res) => {
			Promise.resolve(answerEarly(test.db, req, res, base)).then((answered) => {
				if (!answered) res.writeHead(299).end('left to SvelteKit');
			});
		});
		const lines = async (server: http.Server, headers: Record<string, string>) => {
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			const port = (server.address() as AddressInfo).port;
			try {
				const res = await new Promise<http.IncomingMessage>((resolve) =>
					http.get(`http://127.0.0.1:${port}${path}`, { headers }, (r) => resolve(r.resume()))
				);
				return { status: res.statusCode, headers: res.rawHeaders.filter(notDate).map(lengthless) };
			} finally {
				await new Promise((resolve) => server.close(resolve));
			}
		};
		const notDate = (_: string, i: number, all: string[]) =>
			all[i - (i % 2)].toLowerCase() !== 'date';
		// The best compression may replace the page between two requests: same bytes, new length.
		const lengthless = (line: string, i: number, all: string[]) =>
			i % 2 === 1 && all[i - 1] === 'content-length' ? 'n' : line;
		const asked: Record<string, string>[] = [
			{ 'accept-encoding': 'identity' },
			{ 'accept-encoding': 'gzip' },
			{ 'accept-encoding': 'gzip, deflate, br, zstd' },
			{ 'accept-encoding': 'br', 'if-none-match': '"nope"' }
		];
		for (const headers of asked) {
			const hooks = await lines(viaHooks, headers);
			expect(hooks.status).toBe(200);
			expect(await lines(early, headers)).toEqual(hooks);
		}
		const etag = (await lines(viaHooks, asked[2])).headers.find(
			(_, i, all) => all[i - 1] === 'etag'
		);
		const notModified = { 'accept-encoding': 'br', 'if-none-match': etag! };
		expect((await lines(viaHooks, notModified)).status).toBe(304);
		expect(await lines(early, notModified)).toEqual(await lines(viaHooks, notModified));
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

	it('answers each reader the page in their language, and varies on what chose it', async () => {
		const indonesian = html.replace('<main>', '<main lang="id">');
		await keep('id', indonesian);
		// Kept in Indonesian only: an English reader is left to SvelteKit, never given it.
		expect((await get(path)).status).toBe(299);
		expect((await get(path, { 'accept-language': 'en-GB,en;q=0.9' })).status).toBe(299);
		expect(
			(await get(path, { cookie: `${localeCookie}=en`, 'accept-language': 'id' })).status
		).toBe(299);
		const indonesianReaders: Record<string, string>[] = [
			{ 'accept-language': 'id-ID,id;q=0.9' },
			{ cookie: `${localeCookie}=id` }
		];
		for (const headers of indonesianReaders) {
			const response = await get(path, headers);
			expect(response.status).toBe(200);
			expect(await response.text()).toBe(indonesian);
			expect(response.headers.get('vary')).toMatch(/Cookie/);
			expect(response.headers.get('vary')).toMatch(/Accept-Language/);
		}
		await keep('en');
		const english = await get(path, { cookie: `${localeCookie}=en`, 'accept-language': 'id' });
		expect(await english.text()).toBe(html);
		expect(await (await get(path, { 'accept-language': 'id' })).text()).toBe(indonesian);
	});

	it('stops answering the old page as soon as the article changes', async () => {
		await keep();
		expect((await get(path)).status).toBe(200);
		await test.db
			.update(articles)
			.set({ updatedAt: sql`now() + interval '1 second'` })
			.where(eq(articles.slug, slug));
		// As the app's writers do: a direct write is otherwise seen only once its notification lands.
		await settle(test.db);
		expect((await get(path)).status).toBe(299);
	});
});
