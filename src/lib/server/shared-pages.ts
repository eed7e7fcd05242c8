/**
 * The reader page as a signed-out visitor sees it, rendered and compressed once per article
 * version and then served from memory: a hit costs one small query (the version) and no rendering
 * or compression. Rendering the reader page is the main cost of serving it, and everyone who
 * reads an article without an account gets the same bytes.
 *
 * Privacy: only requests with no session cookie at all and no user use or fill the cache, and a
 * response that sets a cookie is never kept, so nothing here was made for one person. A signed-in
 * learner's page carries their word statuses and progress and is always rendered for them.
 *
 * Invalidation: the key is the article's slug with its content hash and `updated_at`, read on
 * every request (`articles.guestVersion`), so a change made through any server on the same
 * database is seen on the next request. Teachers' gloss corrections and question edits never
 * reach a signed-out visitor's page (they are for the teacher's classes), and a new build starts
 * a new process with an empty cache.
 *
 * A page is first kept compressed at the fast levels; the best levels are computed once in the
 * background (zlib's thread pool) and replace them.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { sessionCookieName } from './auth/session';
import {
	bodyOf,
	chooseEncoding,
	compressBest,
	compressFast,
	compressResponse,
	etagFor,
	hashOf,
	matchesDigest,
	notModified
} from './compress';
import { LruBytes } from './lru-bytes';

type Page = {
	digest: string;
	headers: [string, string][];
	identity: Buffer;
	gzip: Buffer;
	br: Buffer;
};

/** 16 MB: the longest shipped article's page is ~120 KB raw, ~30 KB with both compressions. */
const pages = new LruBytes<Page>(16 * 1024 * 1024);
const rendering = new Map<string, Promise<Page | undefined>>();
const sharedRoutes = new Set(['/articles/[slug=slug]']);

/** Whether this request may be answered with (and fill) the shared copy. */
export function isShared(event: RequestEvent): boolean {
	return (
		(event.request.method === 'GET' || event.request.method === 'HEAD') &&
		sharedRoutes.has(event.route.id ?? '') &&
		!event.isDataRequest &&
		event.url.search === '' &&
		!event.locals.user &&
		event.cookies.get(sessionCookieName) === undefined
	);
}

/**
 * The shared page for `key` (slug and version), rendering it with `render` on a miss. Concurrent
 * misses wait for the first render. `render` returns the page as the handle hook finished it,
 * uncompressed; anything but a plain 200 HTML page goes out as it is and is not kept.
 */
export async function respond(
	request: Request,
	key: string,
	render: () => Promise<Response>
): Promise<Response> {
	const cached = pages.get(key);
	if (cached) return answer(request, cached);
	const pending = rendering.get(key);
	if (pending) {
		const page = await pending;
		if (page) return answer(request, page);
		return compressResponse(request, await render());
	}
	let release!: (page: Page | undefined) => void;
	rendering.set(key, new Promise((resolve) => (release = resolve)));
	try {
		const response = await render();
		if (!storable(response)) {
			release(undefined);
			return compressResponse(request, response);
		}
		const page = await pageOf(response);
		pages.set(key, page, sizeOf(page));
		release(page);
		void recompress(key, page);
		return answer(request, page);
	} catch (err) {
		release(undefined);
		throw err;
	} finally {
		rendering.delete(key);
	}
}

function storable(response: Response): boolean {
	return (
		response.status === 200 &&
		response.body !== null &&
		!response.headers.has('set-cookie') &&
		!response.headers.has('content-encoding') &&
		/^text\/html/.test(response.headers.get('content-type') ?? '')
	);
}

const dropped = new Set(['content-length', 'content-encoding', 'date', 'etag', 'vary']);

async function pageOf(response: Response): Promise<Page> {
	const identity = Buffer.from(await response.arrayBuffer());
	const headers = [...response.headers].filter(([name]) => !dropped.has(name));
	headers.push(['vary', 'Accept-Encoding']);
	const [gzip, br] = [compressFast(identity, 'gzip'), compressFast(identity, 'br')];
	return { digest: hashOf(identity), headers, identity, gzip, br };
}

const sizeOf = (page: Page) =>
	page.identity.length +
	page.gzip.length +
	page.br.length +
	page.headers.reduce((n, [k, v]) => n + k.length + v.length, 0);

/** The best compression, once per page, off the request path; the page is replaced when done. */
async function recompress(key: string, page: Page): Promise<void> {
	const [gzip, br] = await Promise.all([
		compressBest(page.identity, 'gzip'),
		compressBest(page.identity, 'br')
	]);
	if (pages.get(key) !== page) return;
	const better = { ...page, gzip, br };
	pages.set(key, better, sizeOf(better));
}

function answer(request: Request, page: Page): Response {
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const etag = etagFor(page.digest, encoding);
	const headers = new Headers(page.headers);
	if (matchesDigest(request.headers.get('if-none-match'), page.digest))
		return notModified(headers, etag);
	const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
	headers.set('etag', etag);
	headers.set('content-length', String(body.length));
	if (encoding) headers.set('content-encoding', encoding);
	return new Response(request.method === 'HEAD' ? null : bodyOf(body), {
		status: 200,
		headers
	});
}

/** For tests: forget every kept page. */
export function clear(): void {
	pages.clear();
}
