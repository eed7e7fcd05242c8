/**
 * Fixed-window attempt limits: sign-in (see accounts.signIn for which keys apply), class codes per
 * user, new guests and registrations per address, accounts a teacher creates.
 * An attempt is counted before it is checked, in one upsert, so concurrent guesses on PostgreSQL
 * cannot slip past the limit between a read and a write (a pool of connections at read committed
 * would let them; docs/ARCHITECTURE.md). Where only failures should count, a success gives its
 * count back (`refund`).
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { attemptCounters } from '../db/schema';
import { m } from '$lib/paraglide/messages';

export interface Limit {
	attempts: number;
	windowMs: number;
}

const minutes = 60 * 1000;
export const limits = {
	/** Failed sign-ins to one account from one address (or one device that signed in before). */
	signInPerAccountAndAddress: { attempts: 10, windowMs: 15 * minutes },
	/** Failed sign-ins to one account from all addresses together: bounds distributed guessing. */
	signInPerAccount: { attempts: 50, windowMs: 15 * minutes },
	/** Failed sign-ins from one address to any account: bounds password spraying. A school behind
	 * one address signs in without limit; only its typos count. */
	signInFailuresPerAddress: { attempts: 150, windowMs: 15 * minutes },
	passwordChangePerUser: { attempts: 10, windowMs: 15 * minutes },
	classCodePerUser: { attempts: 10, windowMs: 15 * minutes },
	// A whole school may share one address; these only stop a script minting rows.
	guestsPerAddress: { attempts: 300, windowMs: 60 * minutes },
	registrationsPerAddress: { attempts: 300, windowMs: 60 * minutes },
	accountsPerTeacher: { attempts: 300, windowMs: 60 * minutes },
	// Own texts (library.ts): publishing stores rows and questions, fetching a web address costs a
	// connection to another site. Per account, and per address so new guests do not reset them.
	importsPerUser: { attempts: 20, windowMs: 60 * minutes },
	importsPerAddress: { attempts: 200, windowMs: 60 * minutes },
	fetchesPerUser: { attempts: 30, windowMs: 60 * minutes },
	fetchesPerAddress: { attempts: 300, windowMs: 60 * minutes }
} satisfies Record<string, Limit>;

function counterKey(what: string): string {
	return createHash('sha256').update(what).digest('hex');
}

/** Counts `cost` attempts at `what`; false when that puts it over the limit and it must not be tried. */
export async function consume(
	db: Database,
	what: string,
	limit: Limit,
	now = new Date(),
	cost = 1
): Promise<boolean> {
	const started = attemptCounters.windowStartedAt;
	const stale = sql`${started} <= ${new Date(now.getTime() - limit.windowMs).toISOString()}::timestamptz`;
	const [row] = await db
		.insert(attemptCounters)
		.values({ key: counterKey(what), attempts: cost, windowStartedAt: now })
		.onConflictDoUpdate({
			target: attemptCounters.key,
			set: {
				attempts: sql`case when ${stale} then ${cost}::int else ${attemptCounters.attempts} + ${cost}::int end`,
				windowStartedAt: sql`case when ${stale} then ${now.toISOString()}::timestamptz else ${started} end`
			}
		})
		.returning({ attempts: attemptCounters.attempts });
	return row.attempts <= limit.attempts;
}

/** Gives back `count` attempts at `what` (a success that should not count against the limit). */
export async function refund(db: Database, what: string, count = 1): Promise<void> {
	await db
		.update(attemptCounters)
		.set({ attempts: sql`greatest(${attemptCounters.attempts} - ${count}, 0)` })
		.where(eq(attemptCounters.key, counterKey(what)));
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

/** "try again in 1 minute" / "in 12 minutes", in the request's language. */
export function tryAgainIn(minutes: number): string {
	return m.login_try_again_in({ minutes });
}
