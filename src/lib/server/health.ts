import { sql } from 'drizzle-orm';
import { connect } from './db';
import { attemptCounters } from './db/schema';

/**
 * The driver's name when the database answers and can write within `ms`; throws otherwise. The
 * write touches one row of attempt_counters under a key no hash can produce (a full disk or a
 * read-only folder fails here, where a `select 1` would still pass).
 */
export async function pingDatabase(ms = 2000): Promise<string> {
	const open = await connect();
	const timeout = new Promise((_, reject) =>
		setTimeout(() => reject(new Error('timed out')), ms).unref()
	);
	const probe = open.db
		.insert(attemptCounters)
		.values({ key: 'healthz', attempts: 0, windowStartedAt: sql`now()` })
		.onConflictDoUpdate({ target: attemptCounters.key, set: { windowStartedAt: sql`now()` } });
	await Promise.race([probe, timeout]);
	return open.driver;
}
