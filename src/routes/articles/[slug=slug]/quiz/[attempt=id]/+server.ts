import { error, redirect } from '@sveltejs/kit';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import type { RequestHandler } from './$types';

/** Resuming: the first unanswered question, or the results once every question is answered. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const path = await attempts.resumePath(event.locals.db, user.id, Number(event.params.attempt));
	if (!path?.startsWith(`/articles/${event.params.slug}/`))
		error(404, 'We could not find that quiz.');
	redirect(303, path);
};
