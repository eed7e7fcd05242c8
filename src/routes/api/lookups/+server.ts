import { error, json } from '@sveltejs/kit';
import { ensureLearner } from '$lib/server/auth/guards';
import { m } from '$lib/paraglide/messages';
import { lookupsErrorText } from '$lib/refusals';
import { jsonHasInvalidCharacters } from '$lib/server/input';
import { requireArticle } from '$lib/server/require';
import * as reviews from '$lib/server/reviews';
import type { RequestHandler } from './$types';

/**
 * Lookups from the reader, batched by the page (src/lib/lookups.ts): `{ slug, words: [{ root, form }] }`.
 * JSON only, so a cross-site form cannot post here (SvelteKit checks form posts; JSON needs CORS).
 */
export const POST: RequestHandler = async (event) => {
	if (!event.request.headers.get('content-type')?.startsWith('application/json'))
		error(415, m.error_send_json());
	const body: unknown = await event.request.json().catch(() => null);
	if (jsonHasInvalidCharacters(body)) error(400, m.error_invalid_characters());
	const parsed = reviews.parseLookups(body);
	if ('error' in parsed) error(400, lookupsErrorText(parsed.error));
	const article = await requireArticle(event.locals, parsed.slug);
	const user = await ensureLearner(event);
	const recorded = await reviews.recordLookups(event.locals.db, user.id, article, parsed.words);
	return json({ recorded });
};
