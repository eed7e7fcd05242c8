import type { RequestEvent } from '@sveltejs/kit';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from './auth/session';
import { clear, isShared, respond } from './shared-pages';

const html = '<main>' + 'Presiden Rusia menerima undangan. '.repeat(300) + '</main>';
const get = (headers: Record<string, string> = {}) =>
	new Request('http://localhost/articles/a', { headers });

function renderer(response: () => Response = () => page()) {
	const counter = { calls: 0, render: async () => (counter.calls++, response()) };
	return counter;
}
const page = (headers: Record<string, string> = {}) =>
	new Response(html, {
		headers: {
			'content-type': 'text/html',
			'content-security-policy': "script-src 'self' 'sha256-x'",
			...headers
		}
	});

beforeEach(() => clear());

describe('shared pages', () => {
	it('renders once per key, then answers from memory in every encoding', async () => {
		const r = renderer();
		const first = await respond(get({ 'accept-encoding': 'br' }), 'a:v1', r.render);
		expect(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString()).toBe(html);
		const gz = await respond(get({ 'accept-encoding': 'gzip' }), 'a:v1', r.render);
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html);
		const plain = await respond(get(), 'a:v1', r.render);
		expect(await plain.text()).toBe(html);
		expect(plain.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-x'");
		expect(plain.headers.get('vary')).toBe('Accept-Encoding, Cookie, Accept-Language');
		expect(r.calls).toBe(1);

		await respond(get(), 'a:v2', r.render); // a new version is rendered again
		expect(r.calls).toBe(2);
	});

	it('renders once for requests that arrive together', async () => {
		const r = renderer();
		const answers = await Promise.all(
			Array.from({ length: 5 }, () => respond(get(), 'a:v1', r.render))
		);
		expect(r.calls).toBe(1);
		for (const a of answers) expect(await a.text()).toBe(html);
	});

	it('answers 304 to a client that holds the page', async () => {
		const r = renderer();
		const first = await respond(get({ 'accept-encoding': 'br' }), 'a:v1', r.render);
		const etag = first.headers.get('etag')!;
		const again = await respond(
			get({ 'accept-encoding': 'br', 'if-none-match': etag }),
			'a:v1',
			r.render
		);
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(etag);
		expect(await again.text()).toBe('');
	});

	it('keeps nothing that sets a cookie or is not a plain 200 page', async () => {
		const cookie = renderer(() => page({ 'set-cookie': 'bacaan_session=x' }));
		await respond(get(), 'a:v1', cookie.render);
		const second = await respond(get(), 'a:v1', cookie.render);
		expect(second.headers.get('set-cookie')).toBe('bacaan_session=x');
		expect(cookie.calls).toBe(2);

		const missing = renderer(() => new Response('gone', { status: 404 }));
		await respond(get(), 'b:v1', missing.render);
		expect((await respond(get(), 'b:v1', missing.render)).status).toBe(404);
		expect(missing.calls).toBe(2);
	});
});

describe('isShared', () => {
	const event = (overrides: {
		user?: object | null;
		cookie?: string;
		search?: string;
		route?: string;
		method?: string;
		isDataRequest?: boolean;
	}) =>
		({
			request: new Request('http://localhost/articles/a' + (overrides.search ?? ''), {
				method: overrides.method ?? 'GET'
			}),
			route: { id: overrides.route ?? '/articles/[slug=slug]' },
			url: new URL('http://localhost/articles/a' + (overrides.search ?? '')),
			isDataRequest: overrides.isDataRequest ?? false,
			locals: { user: overrides.user ?? null },
			cookies: {
				get: (name: string) => (name === sessionCookieName ? overrides.cookie : undefined)
			}
		}) as unknown as RequestEvent;

	it('is for signed-out visitors reading an article, and nothing else', () => {
		expect(isShared(event({}))).toBe(true);
		expect(isShared(event({ method: 'HEAD' }))).toBe(true);
		expect(isShared(event({ user: { id: 1, role: 'student' } }))).toBe(false);
		expect(isShared(event({ cookie: 'expired.token' }))).toBe(false);
		expect(isShared(event({ search: '?x=1' }))).toBe(false);
		expect(isShared(event({ route: '/articles/[slug=slug]/vocabulary' }))).toBe(false);
		expect(isShared(event({ method: 'POST' }))).toBe(false);
		expect(isShared(event({ isDataRequest: true }))).toBe(false);
	});
});
