import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse, matchesDigest } from './compress';

const html = '<p>' + 'Kosmodrom Vostochny '.repeat(200) + '</p>';
const request = (encoding: string, method = 'GET') =>
	new Request('http://localhost/', { method, headers: { 'accept-encoding': encoding } });
const page = () =>
	new Response(html, {
		status: 200,
		headers: { 'content-type': 'text/html', 'content-length': String(html.length) }
	});

describe('compressResponse', () => {
	it('brotli-compresses HTML for clients that accept it, and the bytes round-trip', async () => {
		const response = await compressResponse(request('gzip, deflate, br'), page());
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('vary')).toContain('Accept-Encoding');
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
		expect(bytes.length).toBeLessThan(html.length / 5);
		expect(brotliDecompressSync(bytes).toString()).toBe(html);
	});

	it('sends each page the compression of its own bytes when bodies are kept', async () => {
		// Two readers' pages, each sent twice: the second time from the kept body.
		const pages = ['Sari', 'Budi'].map((name) => `<p>${name}</p>` + html);
		const send = async (body: string, encoding: string) => {
			const response = await compressResponse(
				request(encoding),
				new Response(body, { status: 200, headers: { 'content-type': 'text/html' } })
			);
			const bytes = Buffer.from(await response.arrayBuffer());
			return encoding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
		};
		for (let round = 0; round < 2; round++)
			for (const body of pages)
				for (const encoding of ['br', 'gzip'])
					expect((await send(body, encoding)).toString()).toBe(body);
	});

	it("tags a page by its bytes and encoding in place of SvelteKit's one ETag for all", async () => {
		const svelteKitPage = () =>
			new Response(html, {
				status: 200,
				headers: { 'content-type': 'text/html', etag: '"1hmyx6x"' }
			});
		const br = await compressResponse(request('br'), svelteKitPage());
		const plain = await compressResponse(request(''), svelteKitPage());
		expect(br.headers.get('etag')).toMatch(/^"[\w-]{43}-br"$/);
		expect(plain.headers.get('etag')).toBe(br.headers.get('etag')!.replace('-br"', '"'));
	});

	it('falls back to gzip', async () => {
		const response = await compressResponse(request('gzip, deflate'), page());
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(html);
	});

	it('leaves alone clients without either, HEAD requests and non-text bodies', async () => {
		expect(
			(await compressResponse(request('identity'), page())).headers.get('content-encoding')
		).toBeNull();
		expect(
			(await compressResponse(request('gzip', 'HEAD'), page())).headers.get('content-encoding')
		).toBeNull();
		const png = new Response(new Uint8Array([1, 2, 3]), {
			headers: { 'content-type': 'image/png' }
		});
		expect(await compressResponse(request('gzip'), png)).toBe(png);
	});

	it('tags each representation and answers 304 to a client holding any of them', async () => {
		const br = await compressResponse(request('br'), page());
		const plain = await compressResponse(request('identity'), page());
		const brTag = br.headers.get('etag')!;
		const plainTag = plain.headers.get('etag')!;
		expect(brTag).toMatch(/^"[\w-]+-br"$/);
		expect(plainTag).toBe(brTag.replace('-br"', '"'));
		expect(plain.headers.get('vary')).toContain('Accept-Encoding');

		const again = new Request('http://localhost/', {
			headers: { 'accept-encoding': 'gzip', 'if-none-match': `"other", ${brTag}` }
		});
		const revalidated = await compressResponse(again, page());
		expect(revalidated.status).toBe(304);
		expect(revalidated.headers.get('etag')).toBe(brTag.replace('-br"', '-gz"'));
		expect(revalidated.headers.get('content-length')).toBeNull();
		expect(await revalidated.text()).toBe('');

		const changed = new Response(html + ' ', { headers: { 'content-type': 'text/html' } });
		const fresh = await compressResponse(again, changed);
		expect(fresh.status).toBe(200);
		expect(fresh.headers.get('etag')).not.toBe(brTag.replace('-br"', '-gz"'));
	});

	it('gives no validator to errors and posts', async () => {
		const missing = new Response(html, { status: 404, headers: { 'content-type': 'text/html' } });
		expect((await compressResponse(request('br'), missing)).headers.get('etag')).toBeNull();
		const post = new Request('http://localhost/', { method: 'POST' });
		expect((await compressResponse(post, page())).headers.get('etag')).toBeNull();
	});

	it('compares If-None-Match weakly, as RFC 9110 asks for GET', () => {
		expect(matchesDigest('W/"abc-gz"', 'abc')).toBe(true);
		expect(matchesDigest('*', 'abc')).toBe(true);
		expect(matchesDigest('"abcd"', 'abc')).toBe(false);
		expect(matchesDigest(null, 'abc')).toBe(false);
	});

	it('reads Accept-Encoding as browsers send it', () => {
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('GZIP')).toBe('gzip');
		expect(chooseEncoding('brotli-not-really')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});
