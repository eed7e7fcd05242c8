import { toAnkiText } from '$lib/server/anki';
import * as words from '$lib/server/words';
import type { RequestHandler } from './$types';

/** Your words (filtered like the list) as a note file Anki imports directly. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const filter = words.parseFilter(url.searchParams.get('status'));
	const list = locals.user ? await words.listWords(locals.db, locals.user.id, filter) : [];
	return new Response(toAnkiText(list), {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="bacaan-words${filter.status ? `-${filter.status}` : ''}.txt"`,
			'cache-control': 'private, no-store'
		}
	});
};
