/**
 * Leases that let an instance on PostgreSQL keep values in memory and still see, on its very next
 * request, a change that another instance's writer has finished. The protocol:
 *
 * - Every statement that changes a watched table fires a trigger (drizzle/0013_change_leases.sql)
 *   that notifies the channel `bacaan_changes` with `t:<table>`. An instance LISTENs on it and
 *   drops the kept values of that table when it hears it.
 * - An instance holds a lease: a row in `change_leases` whose `lease_until` it moves `leaseMs`
 *   ahead every `leaseMs / 3`, in the same statement that notifies a ping addressed to itself. It
 *   serves kept values only while the lease it last heard its own ping for is valid on its own
 *   clock (counted from before the statement was sent, so it ends before the database's), and it
 *   extends the lease only while its pings come back: an instance that stops hearing the channel
 *   stops holding a lease. When its lease lapses it drops everything kept and reads per request
 *   until its pings come back; after the LISTEN connection is re-established it drops everything
 *   too (notifications sent while it was down are lost).
 * - A writer, after its transaction committed, calls `settle(db)`: it takes a number from the
 *   sequence `change_barriers` and notifies the barrier `b:<n>`, then waits until every lease
 *   still valid has acknowledged a barrier ≥ n (`acked`) or has expired. An instance acknowledges
 *   a barrier as soon as it hears it. PostgreSQL delivers notifications in commit order, and the
 *   barrier's number was taken after the write committed, so an instance that acknowledged it
 *   (or any later one) has already dropped what the write made stale; one that did not has lost
 *   its lease, and with it the right to serve kept values, before the writer goes on. A dead
 *   instance therefore delays a writer by at most its lease, and a change is seen on the next
 *   request on every instance once the writer has answered.
 *
 * A read that began before a drop (or while not holding the lease) is answered but not kept.
 * A writer that does not call `settle` (psql, a script) is still seen, but only once the
 * notification arrives, without the guarantee. The lease table is not in the Drizzle schema:
 * only this module touches it, and test resets must not empty it under running instances.
 */
import { randomUUID } from 'node:crypto';
import { is } from 'drizzle-orm';
import { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import { beforeClose, type Database } from './db/client';

const channel = 'bacaan_changes';
const defaultLeaseMs = 3000;
/** Taken off the local end of a lease, for clocks that do not tick quite alike. */
const marginMs = 100;
/** Pings unanswered after which the LISTEN connection is opened afresh. */
const silentPings = 3;

type Dropped = () => void;

export interface ChangeWatch {
	/** Whether kept values may be served now; the first call after a lapse drops them all. */
	healthy(): boolean;
	/** Calls `dropped` when `table` changes and whenever everything kept must go. */
	subscribe(table: string, dropped: Dropped): void;
	/** Settles once the channel is heard (true) or could not be listened to (false). */
	ready: Promise<boolean>;
	/** For tests: stop renewing and acknowledging, as a hung process would. */
	pause(): void;
	/** Stops renewing and gives the lease up, so no writer waits for this instance. */
	stop(): Promise<void>;
	readonly instance: string;
}

const watches = Symbol.for('bacaan.changeWatch');
type Holder = { [watches]?: ChangeWatch };

/** The postgres.js client under a Drizzle handle, or undefined on PGlite. */
export function postgresClient(db: Database): postgres.Sql | undefined {
	return is(db, PostgresJsDatabase)
		? (db as unknown as { $client: postgres.Sql }).$client
		: undefined;
}

/** The one watch of this handle (kept on the handle, so every module copy shares it); PostgreSQL only. */
export function watchChanges(db: Database, options: { leaseMs?: number } = {}): ChangeWatch {
	const holder = db as unknown as Holder;
	const sql = postgresClient(db);
	if (!sql) throw new Error('change leases are for PostgreSQL');
	if (!holder[watches]) {
		const watch = startWatch(sql, options.leaseMs ?? defaultLeaseMs);
		holder[watches] = watch;
		beforeClose(db, watch.stop);
	}
	return holder[watches];
}

function startWatch(sql: postgres.Sql, leaseMs: number): ChangeWatch {
	const instance = randomUUID();
	const subscribers = new Map<string, Set<Dropped>>();
	let validUntil = 0;
	let serving = false;
	let stopped = false;
	let paused = false;
	/** Pings sent and heard, and when each was sent and whether its statement extended the lease. */
	let sent = 0;
	let heard = 0;
	const pings = new Map<number, { sentAt: number; extended: boolean }>();
	let ackWanted = 0n;
	let acking = false;
	let listening: { unlisten: () => Promise<void> } | undefined;

	const dropAll = () => {
		for (const set of subscribers.values()) for (const dropped of set) dropped();
	};
	const healthy = () => {
		if (serving && (stopped || performance.now() >= validUntil)) {
			serving = false;
			dropAll();
		}
		return serving;
	};

	function heardPing(token: number): void {
		const ping = pings.get(token);
		for (const key of pings.keys()) if (key <= token) pings.delete(key);
		heard = Math.max(heard, token);
		if (!ping?.extended || stopped) return;
		validUntil = Math.max(validUntil, ping.sentAt + leaseMs - marginMs);
		if (performance.now() < validUntil) serving = true;
	}

	async function acknowledge(): Promise<void> {
		if (acking) return;
		acking = true;
		try {
			while (!stopped && !paused) {
				const n = ackWanted;
				await sql`update change_leases set acked = greatest(acked, ${n.toString()}::bigint)
					where instance = ${instance}`;
				if (ackWanted === n) break;
			}
		} catch (err) {
			if (!ended(err)) console.error('Bacaan: acknowledging a change failed:', err);
		} finally {
			acking = false;
		}
	}

	function onNotification(payload: string): void {
		if (payload.startsWith('t:')) {
			const set = subscribers.get(payload.slice(2));
			if (set) for (const dropped of set) dropped();
		} else if (payload.startsWith('b:')) {
			if (paused) return;
			const n = BigInt(payload.slice(2));
			if (n > ackWanted) ackWanted = n;
			void acknowledge();
		} else if (payload.startsWith(`p:${instance}:`)) {
			if (!paused) heardPing(Number(payload.slice(instance.length + 3)));
		}
	}

	async function listen(): Promise<void> {
		listening = await sql.listen(channel, onNotification, () => {
			// (Re)connected: whatever was sent while the connection was down is lost.
			dropAll();
		});
	}

	let renewing = false;
	async function renew(): Promise<void> {
		if (stopped || paused || renewing) return;
		renewing = true;
		try {
			await renewOnce();
		} finally {
			renewing = false;
		}
	}

	async function renewOnce(): Promise<void> {
		if (sent - heard >= silentPings) {
			const old = listening;
			listening = undefined;
			await old?.unlisten().catch(() => {});
			await listen().catch(() => {});
		}
		const extend = heard === sent;
		const token = ++sent;
		pings.set(token, { sentAt: performance.now(), extended: extend });
		const ping = `p:${instance}:${token}`;
		try {
			if (extend)
				await sql`with lease as (
						insert into change_leases (instance, lease_until, acked)
						values (${instance}, now() + ${leaseMs} * interval '1 millisecond',
							${ackWanted.toString()}::bigint)
						on conflict (instance) do update set lease_until = excluded.lease_until,
							acked = greatest(change_leases.acked, excluded.acked)
					)
					select pg_notify(${channel}, ${ping})`;
			else await sql`select pg_notify(${channel}, ${ping})`;
		} catch (err) {
			pings.delete(token);
			if (ended(err)) void stop();
		}
	}

	let timer: NodeJS.Timeout | undefined;

	async function stop(): Promise<void> {
		if (stopped) return;
		stopped = true;
		clearInterval(timer);
		healthy();
		await listening?.unlisten().catch(() => {});
		await sql`delete from change_leases where instance = ${instance}`.catch(() => {});
	}

	const ready = (async () => {
		try {
			// The row exists (expired, so no writer waits for it yet) before any barrier can be
			// heard, so that no acknowledgement finds nothing to update.
			await sql`insert into change_leases (instance, lease_until) values (${instance}, now())`;
			await listen();
			// Leases left by instances that died long ago; live ones renew every second or so.
			await sql`delete from change_leases where lease_until < now() - interval '1 hour'`;
			await renew();
			// Started only now: a renewal must never extend the lease of an instance not yet listening.
			if (!stopped) {
				timer = setInterval(() => void renew(), Math.max(1, Math.floor(leaseMs / 3)));
				timer.unref();
			}
			return true;
		} catch (err) {
			if (!ended(err))
				console.error('Bacaan: not keeping values on PostgreSQL (listening failed):', err);
			void stop();
			return false;
		}
	})();

	return {
		healthy,
		subscribe(table, dropped) {
			let set = subscribers.get(table);
			if (!set) subscribers.set(table, (set = new Set()));
			set.add(dropped);
		},
		ready,
		pause() {
			paused = true;
		},
		stop,
		instance
	};
}

function ended(err: unknown): boolean {
	const code = (err as { code?: string })?.code;
	return code === 'CONNECTION_ENDED' || code === 'CONNECTION_DESTROYED';
}

/** The longest a writer waits for acknowledgements, in leases: past it something is wrong. */
const maxWaitLeases = 4;

/**
 * Called by a writer after its change to a watched table committed (never inside the
 * transaction): returns once every instance holding a lease has dropped what the change made
 * stale, or has lost its lease. Nothing to do on PGlite, whose trigger calls its listeners before
 * the writing statement returns (kept-until-changed.ts).
 */
export async function settle(db: Database, leaseMs = defaultLeaseMs): Promise<void> {
	const sql = postgresClient(db);
	if (!sql) return;
	const [{ n }] = await sql<{ n: string }[]>`
		select n::text, pg_notify(${channel}, 'b:' || n) from (select nextval('change_barriers') n) s`;
	const deadline = performance.now() + maxWaitLeases * leaseMs;
	for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
		const [{ waiting }] = await sql<{ waiting: number }[]>`
			select count(*)::int waiting from change_leases
			where lease_until > now() and acked < ${n}::bigint`;
		if (waiting === 0) return;
		if (performance.now() > deadline) {
			console.error(`Bacaan: ${waiting} instance(s) neither acknowledged a change nor let go`);
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, pause));
	}
}
