import { json } from '@sveltejs/kit';
import { pingDatabase } from '$lib/server/health';
import type { RequestHandler } from './$types';

/** 200 when the database answers and can write within two seconds, 503 otherwise; for load balancers and CI. */
export const GET: RequestHandler = async () => {
	try {
		const database = await pingDatabase();
		return json({ status: 'ok', database }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		return json(
			{ status: 'unavailable', database: 'not answering or cannot write' },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
