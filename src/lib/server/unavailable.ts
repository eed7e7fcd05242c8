/**
 * What a request gets while the database is away: 503 with `Retry-After`, never cached. When even
 * the session cannot be read there is no page to render around the message, and no account to
 * read the language from, so the hook passes the cookie's or the browser's.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { standalonePage } from '$lib/standalone-page';

export function withRetryAfter(headers: Headers): Headers {
	const copy = new Headers(headers);
	copy.set('Retry-After', '5');
	copy.set('Cache-Control', 'no-store');
	return copy;
}

/** A page of its own, in `locale`: "Try again in a moment" and a link that reloads it. */
export function unavailablePage(locale: Locale): Response {
	const say = { locale };
	const heading = m.error_try_again({}, say);
	const html = standalonePage(
		locale,
		heading,
		`<h1>${heading}</h1><p>${m.error_unavailable({}, say)}</p>` +
			`<p><a href="">${m.error_reload({}, say)}</a></p>`
	);
	return new Response(html, {
		status: 503,
		headers: withRetryAfter(
			new Headers({
				'Content-Type': 'text/html; charset=utf-8',
				'Content-Language': locale,
				Vary: 'Cookie, Accept-Language'
			})
		)
	});
}
