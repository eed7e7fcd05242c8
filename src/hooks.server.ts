import {
	error,
	type Handle,
	type HandleServerError,
	type RequestEvent,
	type ServerInit
} from '@sveltejs/kit';
import { guestVersion } from '$lib/server/articles';
import { compressResponse } from '$lib/server/compress';
import { authenticate } from '$lib/server/auth/guards';
import { connect } from '$lib/server/db';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { urlHasInvalidCharacters } from '$lib/server/input';
import { describeForLog } from '$lib/server/log';
import { chooseLocale, localeCookie, runInLocale } from '$lib/server/locale';
import { accountKey } from '$lib/server/offline-sync';
import * as sharedPages from '$lib/server/shared-pages';
import { start } from '$lib/server/startup';
import { unavailablePage, withRetryAfter } from '$lib/server/unavailable';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

export const init: ServerInit = async () => {
	await start();
	sharedPages.offerEarlyAnswers((await connect()).db);
};

export const handle: Handle = async ({ event, resolve }) => {
	// A NUL or other control character in the path or a query parameter: bad input, not a 500,
	// said before the database is asked anything (so in the language of the cookie or browser).
	if (urlHasInvalidCharacters(event.url))
		error(400, m.error_invalid_characters({}, { locale: visitorLocale(event) }));
	event.locals.db = (await connect()).db;
	try {
		await authenticate(event);
	} catch (err) {
		if (!isDatabaseUnavailable(err)) throw err;
		console.warn(`${event.request.method} ${event.url.pathname}: database unavailable`);
		return unavailablePage(visitorLocale(event));
	}
	const locale = chooseLocale({
		account: event.locals.user?.locale,
		cookie: event.cookies.get(localeCookie),
		acceptLanguage: event.request.headers.get('accept-language')
	});
	// Paraglide's message functions answer in this language for the rest of the request.
	return runInLocale(locale, event.url.origin, async () => {
		const render = async () =>
			finish(
				event,
				await resolve(event, {
					transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
				}),
				locale
			);
		// A signed-out visitor's reader page is the same for everyone who reads it in the same
		// language: served from memory per version and language.
		if (sharedPages.isShared(event)) {
			// If even this query fails, the page's own load meets the outage and answers for it.
			const version = await guestVersion(event.locals.db, event.params.slug ?? '').catch(
				() => undefined
			);
			if (version)
				return sharedPages.respond(
					event.request,
					sharedPages.keyOf(event.params.slug ?? '', version, locale),
					render
				);
		}
		return compressResponse(event.request, await render());
	});
};

/** The language of a request whose account is not known (yet): the cookie's, else the browser's. */
const visitorLocale = (event: RequestEvent) =>
	chooseLocale({
		cookie: event.cookies.get(localeCookie),
		acceptLanguage: event.request.headers.get('accept-language')
	});

/** The headers every dynamic response gets, before compression. */
function finish(event: RequestEvent, response: Response, locale: Locale): Response {
	// handleError marked a request that failed because the database is away: 503 (retry), not 500.
	if (event.locals.databaseUnavailable && response.status === 500)
		response = new Response(response.body, {
			status: 503,
			headers: withRetryAfter(response.headers)
		});
	// SvelteKit repeats the page's <link rel="modulepreload"> tags as a Link header (for early
	// hints, which adapter-node does not send): about 1 KB on every page a phone downloads twice.
	response.headers.delete('link');
	// No framing (clickjacking a sign-in form), no MIME sniffing, no full URLs leaked to other sites.
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	// Pages are made per request, many for one person: a browser may keep one but asks again before
	// showing it (the ETag makes that a 304), and a shared cache must not keep it. Signing out
	// clears the browser's cache (routes/logout), so the next person cannot go back to it.
	// The same address answers in English or Indonesian (src/lib/server/locale.ts).
	response.headers.append('Vary', 'Cookie, Accept-Language');
	if (response.headers.get('content-type')?.startsWith('text/html'))
		response.headers.set('Content-Language', locale);
	if (!response.headers.has('Cache-Control'))
		response.headers.set('Cache-Control', 'private, no-cache');
	// Whose page this is, for the service worker's per-account page cache (src/service-worker.ts).
	if (event.locals.user) response.headers.set('X-Bacaan-Account', accountKey(event.locals.user.id));
	return response;
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// Runs inside the request's language (runInLocale), so messages answer in it.
	if (status === 404) return { message: m.error_not_found_message() };
	// Bad requests SvelteKit refuses itself (415: a form action sent JSON, 405): no stack to log,
	// and SvelteKit's own wording is English.
	if (status < 500)
		return {
			message:
				status === 415
					? m.error_bad_form()
					: status === 405
						? m.error_method_not_allowed()
						: message
		};
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseUnavailable = true;
		console.warn(`${event.request.method} ${event.url.pathname}: database unavailable`);
		return { message: m.error_unavailable(), retry: true };
	}
	const errorId = crypto.randomUUID().slice(0, 8);
	// The path only: query strings and form values may hold emails or answers.
	console.error(
		`[${errorId}] ${event.request.method} ${event.url.pathname} failed (${status} ${message}): ` +
			describeForLog(error)
	);
	return { message: m.error_ours(), errorId };
};
