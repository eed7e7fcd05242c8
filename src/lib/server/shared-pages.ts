/**
 * The reader page as a signed-out visitor sees it, rendered and compressed once per article
 * version and then served from memory: a hit costs no query while the version is kept (always on
 * PGlite; on PostgreSQL while this server holds its lease, change-leases.ts; otherwise a share of
 * one small query batched with the requests that arrive beside it), and no rendering or
 * compression. Rendering the reader page is the main cost of serving it, and everyone who reads
 * an article without an account gets the same bytes. scripts/start.js answers hits before
 * SvelteKit (`answerEarly`); misses, and every request under `vite dev`, go through the handle
 * hook (`respond`).
 *
 * Privacy: only requests with no session cookie at all and no user use or fill the cache, and a
 * response that sets a cookie is never kept, so nothing here was made for one person. A signed-in
 * learner's page carries their word statuses and progress and is always rendered for them.
 *
 * Languages: the interface is English or Indonesian (locale.ts), chosen for a signed-out visitor
 * by the language cookie, else Accept-Language. The key includes the language, both ways in choose
 * it with the same function, and a kept page says `Vary: Cookie, Accept-Language` so that no other
 * cache hands one language's page to a reader of the other.
 *
 * Invalidation: the key is the article's slug with its content hash and `updated_at`
 * (`articles.guestVersion`, kept in memory until the table changes, exactly across servers on one
 * PostgreSQL: kept-until-changed.ts), so a change made through any server on the same database is
 * seen on the next request. Teachers'
 * gloss corrections and question edits never reach a signed-out visitor's page (they are for the
 * teacher's classes), and a new build starts a new process with an empty cache.
 *
 * A page is first kept compressed at the fast levels; the best levels are computed once in the
 * background (zlib's thread pool) and replace them.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { guestVersion, knownGuestVersion } from './articles';
import { sessionCookieName } from './auth/session';
import {
	bodyOf,
	chooseEncoding,
	compressBest,
	compressFast,
	compressResponse,
	type Encoding,
	etagFor,
	hashOf,
	matchesDigest,
	notModified
} from './compress';
import type { Database } from './db';
import { chooseLocale, cookieLocale, localeCookie } from './locale';
import { LruBytes } from './lru-bytes';

type Page = {
	digest: string;
	headers: [string, string][];
	identity: Buffer;
	gzip: Buffer;
	br: Buffer;
	/** The early 200 answer's header lines per encoding, made on first use (see `wireOf`). */
	wire?: { base: BaseHeaders; lists: Map<Encoding | null, string[]> };
};

/** Headers scripts/start.js gives every response, which a page's own headers override. */
type BaseHeaders = Readonly<Record<string, string>>;

/** 16 MB: the longest shipped article's page is ~120 KB raw, ~30 KB with both compressions. */
const pages = new LruBytes<Page>(16 * 1024 * 1024);
const rendering = new Map<string, Promise<Page | undefined>>();
const sharedRoutes = new Set(['/articles/[slug=slug]']);

/** The key of an article's kept page: slug, version (`articles.guestVersion`) and interface language. */
export const keyOf = (slug: string, version: string, locale: string) =>
	`${slug}:${version}:${locale}`;

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
	headers.push(['vary', 'Accept-Encoding, Cookie, Accept-Language']);
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
	const better = { ...page, gzip, br, wire: undefined };
	pages.set(key, better, sizeOf(better));
}

type Answer = { status: 200 | 304; headers: [string, string][]; body: Buffer | null };

/** What a kept page answers to a request with these headers, the same for both ways out below. */
function answerOf(
	page: Page,
	method: string,
	acceptEncoding: string | null,
	ifNoneMatch: string | null
): Answer {
	const encoding = chooseEncoding(acceptEncoding);
	const etag = etagFor(page.digest, encoding);
	if (matchesDigest(ifNoneMatch, page.digest)) {
		const { headers } = notModified(new Headers(page.headers), etag);
		return { status: 304, headers: [...headers], body: null };
	}
	const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
	const headers = new Headers(page.headers);
	headers.set('etag', etag);
	headers.set('content-length', String(body.length));
	if (encoding) headers.set('content-encoding', encoding);
	return { status: 200, headers: [...headers], body: method === 'HEAD' ? null : body };
}

function answer(request: Request, page: Page): Response {
	const { status, headers, body } = answerOf(
		page,
		request.method,
		request.headers.get('accept-encoding'),
		request.headers.get('if-none-match')
	);
	return new Response(body && bodyOf(body), { status, headers });
}

const earlyPath = /^\/articles\/([a-z0-9-]{1,120})$/;

/**
 * Answers a kept page straight from Node's request, before SvelteKit builds a Request, routes it,
 * runs the hooks and streams a Response: on a hit that work is most of the cost. Only a GET or
 * HEAD of an article's exact path without a query string or session cookie, whose current version
 * (kept, or else read from the database for this request) is kept, is answered here, with the headers a hit
 * through the hooks gets after scripts/start.js set `baseHeaders`; anything else returns false and
 * goes to SvelteKit, which renders and keeps the page on a miss. scripts/start.js calls it (see
 * `offerEarlyAnswers`) and sets `baseHeaders` itself only on what this leaves to SvelteKit. The
 * answer is synchronous when the version is known without a query (kept-until-changed.ts).
 */
export function answerEarly(
	db: Database,
	req: IncomingMessage,
	res: ServerResponse,
	baseHeaders: BaseHeaders = {}
): boolean | Promise<boolean> {
	if ((req.method !== 'GET' && req.method !== 'HEAD') || pages.size === 0) return false;
	const slug = earlyPath.exec(req.url ?? '')?.[1];
	if (!slug || req.headers.cookie?.includes(sessionCookieName)) return false;
	// On PGlite the version is usually known without a query: then no promise is made at all.
	const known = knownGuestVersion(db, slug);
	if (known !== undefined) return answerVersion(req, res, baseHeaders, slug, known);
	return guestVersion(db, slug).then(
		(version) => answerVersion(req, res, baseHeaders, slug, version),
		() => false // SvelteKit meets the outage again and answers for it
	);
}

function answerVersion(
	req: IncomingMessage,
	res: ServerResponse,
	baseHeaders: BaseHeaders,
	slug: string,
	version: string | undefined
): boolean {
	const cookie = req.headers.cookie;
	const locale = chooseLocale({
		cookie: cookie?.includes(localeCookie) ? cookieLocale(cookie) : undefined,
		acceptLanguage: header(req.headers['accept-language'])
	});
	const page = version && pages.get(keyOf(slug, version, locale));
	if (!page) return false;
	const acceptEncoding = header(req.headers['accept-encoding']);
	const ifNoneMatch = header(req.headers['if-none-match']);
	if (req.method === 'GET' && ifNoneMatch === null) {
		const encoding = chooseEncoding(acceptEncoding);
		res.writeHead(200, wireOf(page, encoding, baseHeaders));
		res.end(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity);
		return true;
	}
	const { status, headers, body } = answerOf(page, req.method!, acceptEncoding, ifNoneMatch);
	res.writeHead(status, merged(baseHeaders, headers));
	res.end(body ?? undefined);
	return true;
}

/**
 * The header lines of a kept page's 200 answer in one encoding, made once per page: a flat
 * name, value list that `writeHead` writes without building an object per request.
 */
function wireOf(page: Page, encoding: Encoding | null, baseHeaders: BaseHeaders): string[] {
	if (page.wire?.base !== baseHeaders) page.wire = { base: baseHeaders, lists: new Map() };
	let list = page.wire.lists.get(encoding);
	if (!list) {
		const accept = encoding === 'gzip' ? 'gzip' : encoding === 'br' ? 'br' : null;
		list = merged(baseHeaders, answerOf(page, 'GET', accept, null).headers);
		page.wire.lists.set(encoding, list);
	}
	return list;
}

/**
 * `baseHeaders` and then `headers` as Node's `setHeader` would leave them, as adapter-node's
 * setResponse calls it after scripts/start.js: a later header of the same name takes the earlier
 * one's place, so the bytes on the wire match a hit through the hooks.
 */
function merged(baseHeaders: BaseHeaders, headers: [string, string][]): string[] {
	const lines = new Map<string, [string, string]>();
	for (const [name, value] of [...Object.entries(baseHeaders), ...headers])
		lines.set(name.toLowerCase(), [name, value]);
	return [...lines.values()].flat();
}

const header = (value: string | string[] | undefined) =>
	Array.isArray(value) ? value.join(', ') : (value ?? null);

/** Hands `answerEarly` to scripts/start.js, which loads the build and cannot import this module. */
export function offerEarlyAnswers(db: Database): void {
	(globalThis as Record<symbol, unknown>)[Symbol.for('bacaan.answerEarly')] = (
		req: IncomingMessage,
		res: ServerResponse,
		baseHeaders: BaseHeaders
	) => answerEarly(db, req, res, baseHeaders);
}

/** For tests: forget every kept page. */
export function clear(): void {
	pages.clear();
}
