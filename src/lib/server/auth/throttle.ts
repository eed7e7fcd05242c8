/**
 * Fixed-window attempt limits (sign-in per account and per address, class codes per user, new
 * guests per address).
 * An attempt is counted before it is checked, in one upsert, so concurrent guesses on PostgreSQL
 * cannot slip past the limit between a read and a write (docs/ARCHITECTURE.md). A success clears the
 * account's counter; the address counter only expires.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { attemptCounters } from '../db/schema';

export interface Limit {
	attempts: number;
	windowMs: number;
}

const minutes = 60 * 1000;
export const limits = {
	signInPerAccount: { attempts: 10, windowMs: 15 * minutes },
	signInPerAddress: { attempts: 100, windowMs: 15 * minutes },
	classCodePerUser: { attempts: 10, windowMs: 15 * minutes },
	// A whole school may share one address; this only stops a script minting rows.
	guestsPerAddress: { attempts: 300, windowMs: 60 * minutes }
} satisfies Record<string, Limit>;

function counterKey(what: string): string {
	return createHash('sha256').update(what).digest('hex');
}

/** Counts one attempt at `what`; false when that attempt is over the limit and must not be tried. */
export async function consume(
	db: Database,
	what: string,
	limit: Limit,
	now = new Date()
): Promise<boolean> {
	const started = attemptCounters.windowStartedAt;
	const stale = sql`${started} <= ${new Date(now.getTime() - limit.windowMs).toISOString()}::timestamptz`;
	const [row] = await db
		.insert(attemptCounters)
		.values({ key: counterKey(what), attempts: 1, windowStartedAt: now })
		.onConflictDoUpdate({
			target: attemptCounters.key,
			set: {
				attempts: sql`case when ${stale} then 1 else ${attemptCounters.attempts} + 1 end`,
				windowStartedAt: sql`case when ${stale} then ${now.toISOString()}::timestamptz else ${started} end`
			}
		})
		.returning({ attempts: attemptCounters.attempts });
	return row.attempts <= limit.attempts;
}

/** Whole minutes until `what` may be tried again (at least 1), for "try again in N minutes". */
export async function minutesLeft(
	db: Database,
	what: string,
	limit: Limit,
	now = new Date()
): Promise<number> {
	const [row] = await db
		.select({ started: attemptCounters.windowStartedAt })
		.from(attemptCounters)
		.where(eq(attemptCounters.key, counterKey(what)));
	const left = row ? row.started.getTime() + limit.windowMs - now.getTime() : 0;
	return Math.max(1, Math.ceil(left / 60_000));
}

/** "try again in 1 minute" / "in 12 minutes". */
export function tryAgainIn(minutes: number): string {
	return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

export async function clear(db: Database, what: string): Promise<void> {
	await db.delete(attemptCounters).where(eq(attemptCounters.key, counterKey(what)));
}
