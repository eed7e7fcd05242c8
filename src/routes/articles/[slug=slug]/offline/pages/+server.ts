import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { ensureLearner } from '$lib/server/auth/guards';
import { listPagesToSave } from '$lib/server/offline-pages';
import { requireArticle } from '$lib/server/require';
import type { RequestHandler } from './$types';

/**
 * The pages to keep for reading this article offline (src/lib/offline/save.ts). A POST: it may
 * start the learner's quiz (and make a guest of a first-time visitor), like "Start the quiz".
 * JSON only, so a cross-site form cannot post here.
 */
export const POST: RequestHandler = async (event) => {
	// Someone else's class article is a 404 whatever was sent, so nothing tells it exists.
	const article = await requireArticle(event.locals, event.params.slug);
	if (!event.request.headers.get('content-type')?.startsWith('application/json'))
		error(415, m.error_send_json());
	const user = await ensureLearner(event);
	return json({ urls: await listPagesToSave(event.locals.db, user.id, article) });
};
