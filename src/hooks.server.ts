import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { compressResponse } from '$lib/server/compress';
import { authenticate } from '$lib/server/auth/guards';
import { connect } from '$lib/server/db';
import { start } from '$lib/server/startup';

export const init: ServerInit = start;

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.db = (await connect()).db;
	await authenticate(event);
	const response = await resolve(event);
	// No framing (clickjacking a sign-in form), no MIME sniffing, no full URLs leaked to other sites.
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	// A page made for one person must not be kept by a shared cache (or shown again after sign-out).
	if (event.locals.user && !response.headers.has('Cache-Control'))
		response.headers.set('Cache-Control', 'private, no-store');
	return compressResponse(event.request, response);
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message: 'We could not find that page.' };
	// Bad requests SvelteKit refuses itself (415: a form action sent JSON, 405): no stack to log.
	if (status < 500)
		return {
			message:
				status === 415 ? 'We could not read that form. Reload the page and try again.' : message
		};
	const errorId = crypto.randomUUID().slice(0, 8);
	console.error(
		`[${errorId}] ${event.request.method} ${event.url.pathname} failed (${status} ${message}):`,
		error
	);
	return { message: 'Something went wrong on our side. Please try again.', errorId };
};
