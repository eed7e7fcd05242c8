import { error, redirect } from '@sveltejs/kit';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import type { RequestHandler } from './$types';

/** Resuming: the first unanswered question, or the results once every question is answered. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const view = await attempts.getAttempt(event.locals.db, user.id, Number(event.params.attempt));
	if (!view || view.slug !== event.params.slug) error(404, 'We could not find that quiz.');
	const base = `/articles/${view.slug}/quiz/${view.id}`;
	redirect(303, view.next === null ? `${base}/results` : `${base}/${view.next}`);
};
