import { sql } from 'drizzle-orm';
import { connect } from './db';

/** The driver's name when the database answers `select 1` within `ms`; throws otherwise. */
export async function pingDatabase(ms = 2000): Promise<string> {
	const open = await connect();
	const timeout = new Promise((_, reject) =>
		setTimeout(() => reject(new Error('timed out')), ms).unref()
	);
	await Promise.race([open.db.execute(sql`select 1`), timeout]);
	return open.driver;
}
