import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse } from './compress';

const html = '<p>' + 'Kosmodrom Vostochny '.repeat(200) + '</p>';
const request = (encoding: string, method = 'GET') =>
	new Request('http://localhost/', { method, headers: { 'accept-encoding': encoding } });
const page = () => new Response(html, { headers: { 'content-type': 'text/html', 'content-length': String(html.length) } });

describe('compressResponse', () => {
	it('gzips HTML for clients that accept it, and the bytes round-trip', async () => {
		const response = compressResponse(request('gzip, br'), page());
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-length')).toBeNull();
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(html.length / 5);
		expect(gunzipSync(bytes).toString()).toBe(html);
	});

	it('leaves alone clients without gzip, HEAD requests and non-text bodies', () => {
		expect(compressResponse(request('identity'), page()).headers.get('content-encoding')).toBeNull();
		expect(compressResponse(request('gzip', 'HEAD'), page()).headers.get('content-encoding')).toBeNull();
		const png = new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } });
		expect(compressResponse(request('gzip'), png)).toBe(png);
	});
});
