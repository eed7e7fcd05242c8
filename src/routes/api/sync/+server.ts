import { error, json } from '@sveltejs/kit';
import { invalidInputMessage, jsonHasInvalidCharacters } from '$lib/server/input';
import * as offlineSync from '$lib/server/offline-sync';
import type { RequestHandler } from './$types';

/**
 * The offline outbox, sent when the connection returns (src/lib/offline/outbox.ts):
 * `{ account, items: [...] }`, answered with one result per item. JSON only, so a cross-site form
 * cannot post here. Signed out: 401; items given in another account: 409 (they wait for it).
 */
export const POST: RequestHandler = async (event) => {
	if (!event.request.headers.get('content-type')?.startsWith('application/json'))
		error(415, 'Send JSON.');
	const body: unknown = await event.request.json().catch(() => null);
	if (jsonHasInvalidCharacters(body)) error(400, invalidInputMessage);
	const parsed = offlineSync.parseSync(body);
	if ('error' in parsed) error(400, parsed.error);
	const user = event.locals.user;
	if (!user) error(401, 'Sign in to send what you did offline.');
	if (parsed.account !== offlineSync.accountKey(user.id))
		error(409, 'These were given in another account.');
	const results = await offlineSync.applyItems(event.locals.db, user.id, parsed.items);
	return json({ results });
};
