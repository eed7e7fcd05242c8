import { redirect } from '@sveltejs/kit';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import { requireAttempt } from '$lib/server/require';
import type { RequestHandler } from './$types';

/** Resuming: the first unanswered question, or the results once every question is answered. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const view = await requireAttempt(event.locals, user.id, event.params);
	redirect(303, attempts.nextPath(view));
};
