/**
 * Fetching one web page for the importer, safely enough for a public server.
 *
 * Each hop: the address's form is checked (http(s) only), its host resolved and every resolved
 * address checked (web-address.ts), then the request connects to the checked address itself
 * (`lookup` answers with it, so a DNS answer that changes between check and connect, "DNS
 * rebinding", cannot swap it; TLS still verifies the certificate against the host name).
 * Redirects are followed by hand, each one checked the same way, at most `maxRedirects`.
 * One deadline covers the whole exchange; the body is streamed (decompressed when the site
 * compressed it anyway) and dropped as soon as it passes `maxBytes`; only text/html and
 * application/xhtml+xml are read. Every refusal is a `PageRefused` carrying a `PageRefusal`, a code
 * with its details that the page says in the reader's language ($lib/refusals.ts).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
	parseWebAddress,
	refusalForAddress,
	type AddressPolicy,
	type AddressRefusal
} from './web-address';

/** Sizes are in bytes, times in milliseconds. */
export type PageRefusal =
	| AddressRefusal
	| { code: 'host-unknown'; host: string }
	| { code: 'too-many-redirects'; max: number }
	| { code: 'http-status'; status: number; reason: string }
	| { code: 'pdf' }
	| { code: 'no-type' }
	| { code: 'not-html'; type: string }
	| { code: 'too-large'; max: number; size?: number }
	| { code: 'timeout'; ms: number }
	| { code: 'unreachable'; host: string; why: Unreachable }
	| { code: 'redirected'; refusal: PageRefusal }
	| { code: 'read-too-slow' }
	| { code: 'read-failed' }
	| { code: 'no-article' };

export type Unreachable = 'refused' | 'no-such-site' | 'cut' | 'certificate' | 'failed';

/** A page the importer will not take; the error's message is the code, for logs. */
export class PageRefused extends Error {
	constructor(readonly refusal: PageRefusal) {
		super(refusal.code);
	}
}

export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

export interface FetchOptions extends AddressPolicy {
	maxBytes: number;
	timeoutMs: number;
	maxRedirects: number;
	resolve: Resolve;
}

export const fetchDefaults: Omit<FetchOptions, 'allowLoopback'> = {
	maxBytes: 2 * 1024 * 1024,
	timeoutMs: 10_000,
	maxRedirects: 5,
	resolve: (host) => dnsLookup(host, { all: true, verbatim: true })
};

export interface FetchedPage {
	url: URL;
	html: string;
}

/** The first address `url`'s host resolves to, once every one of them has passed the checks. */
async function checkedAddress(url: URL, options: FetchOptions) {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	let found: { address: string; family: number }[];
	if (isIP(host)) found = [{ address: host, family: isIP(host) }];
	else {
		try {
			found = await options.resolve(host);
		} catch {
			found = [];
		}
		if (found.length === 0) throw new PageRefused({ code: 'host-unknown', host });
	}
	for (const { address } of found) {
		const refusal = refusalForAddress(address, options);
		if (refusal) throw new PageRefused(refusal);
	}
	return found[0];
}

/** A DNS lookup that always answers with the address already checked. */
function pinnedTo(address: string, family: number): LookupFunction {
	return ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
		if (opts?.all) callback(null, [{ address, family }]);
		else callback(null, address, family);
	}) as unknown as LookupFunction;
}

function request(url: URL, address: { address: string; family: number }, signal: AbortSignal) {
	const client = url.protocol === 'https:' ? https : http;
	return new Promise<IncomingMessage>((resolve, reject) => {
		const req = client.request(url, {
			method: 'GET',
			agent: false,
			lookup: pinnedTo(address.address, address.family),
			signal,
			headers: {
				'user-agent': 'Bacaan/1 (article import for self-study)',
				accept: 'text/html,application/xhtml+xml;q=0.9',
				'accept-encoding': 'gzip, deflate, br'
			}
		});
		req.on('response', resolve);
		req.on('error', reject);
		req.end();
	});
}

function mediaTypeOf(response: IncomingMessage): string {
	return (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

function refusalForType(type: string): PageRefusal | null {
	if (type === 'text/html' || type === 'application/xhtml+xml') return null;
	if (type === 'application/pdf') return { code: 'pdf' };
	if (type === '') return { code: 'no-type' };
	return { code: 'not-html', type };
}

function decoded(response: IncomingMessage): Readable {
	switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
		case 'gzip':
		case 'x-gzip':
			return response.pipe(zlib.createGunzip());
		case 'deflate':
			return response.pipe(zlib.createInflate());
		case 'br':
			return response.pipe(zlib.createBrotliDecompress());
		default:
			return response;
	}
}

/** The body's bytes, read until the end or until they pass `maxBytes` (then refused). */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
	const declared = Number(response.headers['content-length']);
	if (Number.isFinite(declared) && declared > maxBytes) {
		response.destroy();
		throw new PageRefused({ code: 'too-large', max: maxBytes, size: declared });
	}
	const chunks: Buffer[] = [];
	let size = 0;
	const body = decoded(response);
	try {
		for await (const chunk of body) {
			size += (chunk as Buffer).length;
			if (size > maxBytes) {
				throw new PageRefused({ code: 'too-large', max: maxBytes });
			}
			chunks.push(chunk as Buffer);
		}
	} finally {
		body.destroy();
		response.destroy();
	}
	return Buffer.concat(chunks);
}

/** Decodes with the charset the header or an early <meta> names, else UTF-8. */
function textOf(bytes: Buffer, response: IncomingMessage): string {
	const header = /charset=["']?([\w-]+)/i.exec(response.headers['content-type'] ?? '')?.[1];
	const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(
		bytes.subarray(0, 2048).toString('latin1')
	)?.[1];
	for (const label of [header, meta, 'utf-8']) {
		if (!label) continue;
		try {
			return new TextDecoder(label).decode(bytes);
		} catch {
			// An unknown charset name: try the next one.
		}
	}
	return bytes.toString('utf8');
}

/** Fetches the HTML page at `address`, or throws PageRefused saying why not. */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
	const parsed = parseWebAddress(address);
	if ('refusal' in parsed) throw new PageRefused(parsed.refusal);
	let url = parsed.url;
	const deadline = AbortSignal.timeout(options.timeoutMs);
	let hop = 0;
	try {
		for (;;) {
			const pinned = await checkedAddress(url, options);
			if (deadline.aborted) throw deadline.reason;
			const response = await request(url, pinned, deadline);
			const status = response.statusCode ?? 0;
			if (status >= 300 && status < 400 && response.headers.location) {
				response.destroy();
				if (hop >= options.maxRedirects)
					throw new PageRefused({ code: 'too-many-redirects', max: options.maxRedirects });
				hop += 1;
				const next = parseWebAddress(new URL(response.headers.location, url).href);
				if ('refusal' in next) throw new PageRefused(next.refusal);
				url = next.url;
				continue;
			}
			if (status < 200 || status >= 300) {
				response.destroy();
				throw new PageRefused({
					code: 'http-status',
					status,
					reason: response.statusMessage ?? ''
				});
			}
			const typeRefusal = refusalForType(mediaTypeOf(response));
			if (typeRefusal) {
				response.destroy();
				throw new PageRefused(typeRefusal);
			}
			const bytes = await readBody(response, options.maxBytes);
			return { url, html: textOf(bytes, response) };
		}
	} catch (err) {
		// A refusal after a redirect says where it was sent, so the reader sees why.
		if (err instanceof PageRefused)
			throw hop === 0 || err.refusal.code === 'too-many-redirects'
				? err
				: new PageRefused({ code: 'redirected', refusal: err.refusal });
		if (deadline.aborted) throw new PageRefused({ code: 'timeout', ms: options.timeoutMs });
		throw new PageRefused({ code: 'unreachable', host: url.host, why: unreachable(err) });
	}
}

function unreachable(err: unknown): Unreachable {
	const code = (err as { code?: string })?.code;
	if (code === 'ECONNREFUSED') return 'refused';
	if (code === 'ENOTFOUND') return 'no-such-site';
	if (code === 'ECONNRESET') return 'cut';
	if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return 'certificate';
	return 'failed';
}
