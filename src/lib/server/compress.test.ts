import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse } from './compress';

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

	it('reads Accept-Encoding as browsers send it', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('GZIP')).toBe('gzip');
		expect(chooseEncoding('brotli-not-really')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});
