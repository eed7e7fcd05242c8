/**
 * Brotli or gzip for pages and JSON, with a strong ETag and `304 Not Modified`. adapter-node
 * compresses only the static assets it precompressed at build time; server-rendered HTML went out
 * raw (the reader page is ~120 KB of markup and hydration data), which is what a student on a slow
 * phone connection waits for first. Pages are small and rendered whole, so the body is compressed
 * in one piece.
 *
 * Levels: a page rendered for one request is compressed at a fast level (brotli 5 and gzip 5 take
 * 1–2 ms on the reader page and come within 2–10 % of the best sizes; brotli 11 takes ~170 ms).
 * Bodies kept for many requests (shared-pages.ts) are compressed once at the best levels.
 *
 * The ETag hashes the uncompressed bytes; each encoding is its own representation, so its tag
 * carries a suffix (`"h"`, `"h-br"`, `"h-gz"`). A client holding any of them for the same bytes
 * gets a 304: it revalidates instead of downloading the page again.
 *
 * A page whose bytes were compressed a moment ago is not compressed again: the compressed bodies
 * of recent 200 pages are kept by that hash and encoding (bounded by bytes). A signed-in page is
 * rendered for its reader, but it is the same bytes every time nothing of theirs changed (a
 * reload, coming back from the quiz), and compression was the largest part of a signed-in reader
 * page's CPU. Keyed by the bytes themselves, a kept body is only ever sent as the compression of
 * the very bytes this request rendered, so it cannot carry one reader's page to another.
 */
import { hash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { memoByHeader } from './header-memo';
import { LruBytes } from './lru-bytes';

export type Encoding = 'br' | 'gzip';

const compressible = /^(text\/html|application\/json|text\/csv|image\/svg\+xml)/;
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const fastLevels = { br: 5, gzip: 5 } as const;
export const bestLevels = { br: 11, gzip: 9 } as const;

/** 'br' when the client takes it (browsers do over HTTPS), else 'gzip', else nothing. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	return acceptEncoding ? encodingOf(acceptEncoding) : null;
}

const encodingOf = memoByHeader((acceptEncoding: string): Encoding | null => {
	const accepted = acceptEncoding
		.toLowerCase()
		.split(',')
		.map((part) => part.trim().split(/\s*;\s*/))
		.filter(([, q]) => !/^q=0(\.0*)?$/.test(q ?? ''))
		.map(([name]) => name);
	if (accepted.includes('br')) return 'br';
	if (accepted.includes('gzip')) return 'gzip';
	return null;
});

export function isCompressible(contentType: string | null): boolean {
	return compressible.test(contentType ?? '');
}

const brotliOptions = (quality: number, size: number) => ({
	params: {
		[constants.BROTLI_PARAM_QUALITY]: quality,
		[constants.BROTLI_PARAM_SIZE_HINT]: size
	}
});

/** At the fast levels, on the calling thread: 1–2 ms, about what the hop to zlib's pool costs. */
export function compressFast(raw: Uint8Array, encoding: Encoding): Buffer {
	return encoding === 'br'
		? brotliCompressSync(raw, brotliOptions(fastLevels.br, raw.length))
		: gzipSync(raw, { level: fastLevels.gzip });
}

/** At the best levels, in zlib's thread pool (brotli 11 takes ~170 ms on the reader page). */
export function compressBest(raw: Uint8Array, encoding: Encoding): Promise<Buffer> {
	return encoding === 'br'
		? brotliAsync(raw, brotliOptions(bestLevels.br, raw.length))
		: gzipAsync(raw, { level: bestLevels.gzip });
}

/** A Buffer as a Response body, without copying (Node's pooled Buffers are plain ArrayBuffers). */
export function bodyOf(bytes: Buffer): Uint8Array<ArrayBuffer> {
	return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The hash part of a strong ETag for these bytes (base64url). SHA-256, as it also keys the kept
 * compressed bodies, where a collision would send someone bytes made for another; it costs no more
 * than SHA-1 on our machines (SHA extensions).
 */
export function hashOf(raw: Uint8Array): string {
	return hash('sha256', raw, 'base64url');
}

/** 8 MB of compressed pages: the reader page is ~8 KB in brotli, so about a thousand of them. */
const recentBodies = new LruBytes<Buffer>(8 * 1024 * 1024);

/** `compressFast(raw, encoding)`, or the body kept from the last time these bytes were sent. */
function compressOnce(raw: Buffer, digest: string, encoding: Encoding): Buffer {
	const key = `${encoding}:${digest}`;
	let body = recentBodies.get(key);
	if (!body) {
		body = compressFast(raw, encoding);
		recentBodies.set(key, body, body.length + key.length);
	}
	return body;
}

/** The ETag of one representation of the bytes hashed to `digest`. */
export function etagFor(digest: string, encoding: Encoding | null): string {
	return encoding === null ? `"${digest}"` : `"${digest}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** Whether If-None-Match names any representation of the bytes hashed to `digest`. */
export function matchesDigest(ifNoneMatch: string | null, digest: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((tag) => {
		const bare = tag.trim().replace(/^W\//, '');
		return bare === '*' || bare.replace(/-(br|gz)"$/, '"') === `"${digest}"`;
	});
}

/** A 304 with the headers a 200 would have had (validators, caching, cookies), without a body. */
export function notModified(headers: Headers, etag: string): Response {
	const kept = new Headers(headers);
	for (const name of ['content-length', 'content-encoding', 'content-type']) kept.delete(name);
	kept.set('etag', etag);
	return new Response(null, { status: 304, headers: kept });
}

export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.headers.has('content-encoding') ||
		!isCompressible(response.headers.get('content-type'))
	) {
		return response;
	}
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const raw = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	let digest: string | undefined;
	// In place of SvelteKit's own page ETag: a 32-bit hash of the HTML, the same for every encoding.
	if (response.status === 200 && request.method === 'GET') {
		digest = hashOf(raw);
		const etag = etagFor(digest, encoding);
		if (matchesDigest(request.headers.get('if-none-match'), digest))
			return notModified(headers, etag);
		headers.set('etag', etag);
	}
	if (!encoding) {
		headers.set('content-length', String(raw.length));
		return new Response(bodyOf(raw), {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	const body = digest ? compressOnce(raw, digest, encoding) : compressFast(raw, encoding);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(body.length));
	return new Response(bodyOf(body), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
