import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { syncErrorText, syncResultsShown } from '$lib/refusals';
import { jsonHasInvalidCharacters } from '$lib/server/input';
import * as offlineSync from '$lib/server/offline-sync';
import type { RequestHandler } from './$types';

/**
 * The offline outbox, sent when the connection returns (src/lib/offline/outbox.ts):
 * `{ account, items: [...] }`, answered with one result per item. JSON only, so a cross-site form
 * cannot post here. Signed out: 401; items given in another account: 409 (they wait for it).
 */
export const POST: RequestHandler = async (event) => {
	if (!event.request.headers.get('content-type')?.startsWith('application/json'))
		error(415, m.error_send_json());
	const body: unknown = await event.request.json().catch(() => null);
	if (jsonHasInvalidCharacters(body)) error(400, m.error_invalid_characters());
	const parsed = offlineSync.parseSync(body);
	if ('error' in parsed) error(400, syncErrorText(parsed.error));
	const user = event.locals.user;
	if (!user) error(401, m.api_sync_sign_in());
	if (parsed.account !== offlineSync.accountKey(user.id)) error(409, m.api_sync_other_account());
	const results = await offlineSync.applyItems(event.locals.db, user.id, parsed.items);
	return json({ results: syncResultsShown(results) });
};
