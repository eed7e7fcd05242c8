import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/auth/guards';
import type { RequestHandler } from './$types';

// POST only (a GET is answered 405): a link or an image on another site cannot sign anyone out,
// and SvelteKit refuses form posts from other origins.
export const POST: RequestHandler = async (event) => {
	await endSession(event);
	redirect(303, '/');
};
