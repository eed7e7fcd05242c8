import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDefaults, fetchPage, PageRefused, type FetchOptions } from './web-page';
import { pageRefusalText } from '$lib/refusals';

const page = readFileSync('tests/fixtures/web/perpustakaan-desa.html');
const megabyte = 1024 * 1024;

/** What the local server was asked for, and how many body bytes it managed to send per path. */
const requests: string[] = [];
const sent = new Map<string, number>();
let server: Server;
let base: string;
let port: number;

function streamBytes(path: string, res: import('node:http').ServerResponse, total: number) {
	const chunk = Buffer.alloc(64 * 1024, 'a');
	let written = 0;
	sent.set(path, 0);
	const more = () => {
		while (written < total && !res.destroyed) {
			written += chunk.length;
			sent.set(path, written);
			if (!res.write(chunk)) return void res.once('drain', more);
		}
		res.end();
	};
	res.on('error', () => {});
	more();
}

beforeAll(async () => {
	server = createServer((req, res) => {
		const path = req.url ?? '/';
		requests.push(path);
		const html = { 'content-type': 'text/html; charset=utf-8' };
		if (path === '/article') return void res.writeHead(200, html).end(page);
		if (path === '/pdf')
			return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
		if (path === '/json')
			return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
		if (path === '/huge')
			return void (res.writeHead(200, html), streamBytes(path, res, 20 * megabyte));
		if (path === '/huge-declared')
			return void (
				res.writeHead(200, { ...html, 'content-length': String(20 * megabyte) }),
				streamBytes(path, res, 20 * megabyte)
			);
		if (path === '/gzip')
			return void res.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end(gzipSync(page));
		if (path === '/gzip-bomb')
			return void res
				.writeHead(200, { ...html, 'content-encoding': 'gzip' })
				.end(gzipSync(Buffer.alloc(50 * megabyte, ' ')));
		if (path === '/latin1')
			return void res
				.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
				.end(Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]));
		if (path === '/silent') return; // never answers
		if (path === '/missing') return void res.writeHead(404, html).end('no');
		const to = new URL(path, 'http://x').searchParams.get('to');
		if (path.startsWith('/redirect') && to) return void res.writeHead(302, { location: to }).end();
		if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
	base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

/** Host names resolve only through this table: no test ever asks real DNS. */
const names: Record<string, string[]> = {
	'local.test': ['127.0.0.1'],
	'private.test': ['10.0.0.1'],
	'metadata.test': ['169.254.169.254'],
	'mixed.test': ['127.0.0.1', '192.168.1.20']
};
let lookups: string[] = [];
const options = (overrides: Partial<FetchOptions> = {}): FetchOptions => ({
	...fetchDefaults,
	allowLoopback: true,
	resolve: async (host) => {
		lookups.push(host);
		return (names[host] ?? []).map((address) => ({ address, family: 4 }));
	},
	...overrides
});

async function refusal(address: string, overrides: Partial<FetchOptions> = {}): Promise<string> {
	try {
		await fetchPage(address, options(overrides));
	} catch (err) {
		expect(err).toBeInstanceOf(PageRefused);
		// As the reader sees it in English (outside a request, messages are English).
		return pageRefusalText((err as PageRefused).refusal);
	}
	throw new Error(`${address} was fetched`);
}

describe('fetchPage', () => {
	it('fetches an HTML page from loopback when the test setting allows it', async () => {
		const fetched = await fetchPage(`${base}/article`, options());
		expect(fetched.html).toContain('Perpustakaan Desa');
		expect(fetched.url.pathname).toBe('/article');
	});

	it('refuses 127.0.0.1 without the setting, before any request reaches it', async () => {
		const before = requests.length;
		expect(await refusal(`${base}/article`, { allowLoopback: false })).toMatch(/loopback/);
		expect(await refusal(`http://local.test:${port}/article`, { allowLoopback: false })).toMatch(
			/loopback/
		);
		expect(await refusal(`http://[::1]:${port}/article`, { allowLoopback: false })).toMatch(
			/loopback/
		);
		expect(requests.length).toBe(before);
	});

	it('connects to the address it checked, not to a second DNS answer', async () => {
		lookups = [];
		// local.test exists only in the test's table: had the connection looked the name up
		// again, it would have failed.
		const fetched = await fetchPage(`http://local.test:${port}/article`, options());
		expect(fetched.html).toContain('Perpustakaan Desa');
		expect(lookups).toEqual(['local.test']);
	});

	it('refuses names that resolve to private, metadata or mixed addresses', async () => {
		expect(await refusal('http://private.test/')).toMatch(/private network/);
		expect(await refusal('http://metadata.test/latest/meta-data/')).toMatch(/metadata/);
		expect(await refusal(`http://mixed.test:${port}/article`)).toMatch(/private network/);
		expect(await refusal('http://nowhere.test/')).toMatch(/could not find the site nowhere\.test/);
	});

	it('refuses literal unsafe addresses and other schemes', async () => {
		expect(await refusal('http://10.1.2.3/')).toMatch(/private network/);
		expect(await refusal('http://169.254.169.254/latest/meta-data/')).toMatch(/metadata/);
		expect(await refusal('http://[fd00:ec2::254]/')).toMatch(/metadata/);
		expect(await refusal('http://0.0.0.0/')).toMatch(/does not name a site/);
		expect(await refusal('file:///etc/passwd')).toMatch(/not file:/);
	});

	it('checks every redirect the same way', async () => {
		const before = requests.length;
		const via = (to: string) => `${base}/redirect?to=${encodeURIComponent(to)}`;
		expect(await refusal(via('http://10.0.0.1/'))).toMatch(
			/redirects to one we do not fetch.*private/
		);
		expect(await refusal(via('http://169.254.169.254/latest/meta-data/'))).toMatch(
			/redirects.*metadata/
		);
		expect(await refusal(via('file:///etc/passwd'))).toMatch(/redirects.*not file:/);
		expect(await refusal(via('http://private.test/'))).toMatch(/redirects.*private/);
		// Each of those reached the local server once (the redirect), never anything after it.
		expect(requests.length - before).toBe(4);
		const fetched = await fetchPage(via(`${base}/article`), options());
		expect(fetched.url.pathname).toBe('/article');
		expect(await refusal(`${base}/loop`)).toMatch(/more than 5 redirects/);
	});

	it('stops reading a page at the size limit', async () => {
		expect(await refusal(`${base}/huge`)).toMatch(/larger than 2 MB/);
		expect(sent.get('/huge')).toBeLessThan(12 * megabyte);
		expect(await refusal(`${base}/huge-declared`)).toMatch(/That page is 20 MB/);
		expect(await refusal(`${base}/gzip-bomb`)).toMatch(/larger than 2 MB/);
	});

	it('reads HTML only: a PDF and other types are refused with a message', async () => {
		expect(await refusal(`${base}/pdf`)).toMatch(/gives a PDF, not a web page/);
		expect(await refusal(`${base}/json`)).toMatch(/gives application\/json/);
		expect(await refusal(`${base}/missing`)).toMatch(/answered 404/);
	});

	it('decompresses and decodes what the site sends', async () => {
		expect((await fetchPage(`${base}/gzip`, options())).html).toContain('Perpustakaan Desa');
		expect((await fetchPage(`${base}/latin1`, options())).html).toBe('<p>café');
	});

	it('gives up on a site that does not answer in time', async () => {
		expect(await refusal(`${base}/silent`, { timeoutMs: 300 })).toMatch(/longer than 0.3 seconds/);
	});
});
