import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { connect } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** 200 when the database answers within two seconds, 503 otherwise; for load balancers and CI. */
export const GET: RequestHandler = async () => {
	try {
		const open = await connect();
		const timeout = new Promise((_, reject) =>
			setTimeout(() => reject(new Error('timed out')), 2000).unref()
		);
		await Promise.race([open.db.execute(sql`select 1`), timeout]);
		return json(
			{ status: 'ok', database: open.driver },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch {
		return json(
			{ status: 'unavailable', database: 'not answering' },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
