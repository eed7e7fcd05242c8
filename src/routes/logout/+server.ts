import { endSession } from '$lib/server/auth/guards';
import type { RequestHandler } from './$types';

// POST only (a GET is answered 405): a link or an image on another site cannot sign anyone out,
// and SvelteKit refuses form posts from other origins.
// Pages are kept by the browser and revalidated (hooks.server.ts): on a shared school computer the
// next person must not reach the last one's pages with Back, so signing out clears its cache.
export const POST: RequestHandler = async (event) => {
	await endSession(event);
	return new Response(null, {
		status: 303,
		headers: { location: '/', 'clear-site-data': '"cache"' }
	});
};
