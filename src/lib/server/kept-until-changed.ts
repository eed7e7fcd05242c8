/**
 * Small values read from one table, kept in memory until the table changes, so that a hit costs
 * no query. It is exact, not a time-to-live.
 *
 * On PGlite it runs in this process and is the only user of its data folder (db/client.ts holds a
 * lock), and a trigger on the table notifies at every commit that touched it (insert, update,
 * delete, truncate, including cascades and raw SQL). PGlite parses the notification while it runs
 * the committing statement and calls listeners in a microtask, before the writer's own code
 * continues and before Node reads another request, so a request that arrives after a commit never
 * gets a value kept from before it.
 *
 * On PostgreSQL other servers write too, and a notification reaches this one some time after their
 * commit: values are kept only while this instance holds a lease (change-leases.ts), and a writer
 * waits after its commit until every lease holder has dropped what it changed. Without the lease
 * (the channel unheard, renewals failing) every call reads, batched (read-batch.ts).
 *
 * On both, a read that overlaps a notification (or a lapse of the lease) is answered but not kept.
 */
import { is } from 'drizzle-orm';
import { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PGlite } from '@electric-sql/pglite';
import { postgresClient, watchChanges } from './change-leases';
import type { Database } from './db';

/** Beyond this many keys the memory starts afresh: reads are cheap, memory is not bounded by callers. */
const maxKept = 1000;

type Watch = { kept: Map<string, unknown> | undefined; generation: number };

/**
 * The wrapped read; `known` is the kept value, if any, without a read, and `watching` settles once
 * values can be kept (true) or never will be (false).
 */
export type KeptRead<V> = ((key: string) => Promise<V | undefined>) & {
	known: (key: string) => V | undefined;
	watching: Promise<boolean>;
};

/**
 * `read` wrapped to keep what it finds (never an absent key: any path may be asked for) while
 * `table` is unchanged. One wrapper per table and handle. On PostgreSQL, `table` must have the
 * change trigger of drizzle/0013_change_leases.sql and its writers must call `settle`.
 */
export function keptUntilChanged<V>(
	db: Database,
	table: string,
	read: (key: string) => Promise<V | undefined>
): KeptRead<V> {
	if (postgresClient(db)) return keptWhileLeased(db, table, read);
	if (!is(db, PgliteDatabase))
		return Object.assign((key: string) => read(key), {
			known: () => undefined,
			watching: Promise.resolve(false)
		});
	const watch: Watch = { kept: undefined, generation: 0 };
	const client = (db as unknown as { $client: PGlite }).$client;
	const watching = watchTable(client, table, () => {
		watch.generation++;
		watch.kept?.clear();
	}).then(
		() => {
			watch.kept = new Map();
			return true;
		},
		(err) => {
			console.error(`Bacaan: not keeping reads of ${table} (watching it failed):`, err);
			return false;
		}
	);
	return Object.assign(
		async (key: string) => {
			const { kept, generation } = watch;
			if (kept?.has(key)) return kept.get(key) as V;
			const value = await read(key);
			if (kept && value !== undefined && watch.generation === generation) {
				if (kept.size >= maxKept) kept.clear();
				kept.set(key, value);
			}
			return value;
		},
		{ known: (key: string) => watch.kept?.get(key) as V | undefined, watching }
	);
}

/** The PostgreSQL side: kept only while the instance's lease is valid (change-leases.ts). */
function keptWhileLeased<V>(
	db: Database,
	table: string,
	read: (key: string) => Promise<V | undefined>
): KeptRead<V> {
	const watch = watchChanges(db);
	const kept = new Map<string, V>();
	let generation = 0;
	watch.subscribe(table, () => {
		generation++;
		kept.clear();
	});
	return Object.assign(
		async (key: string) => {
			const leased = watch.healthy();
			if (leased && kept.has(key)) return kept.get(key) as V;
			const started = generation;
			const value = await read(key);
			if (leased && value !== undefined && watch.healthy() && generation === started) {
				if (kept.size >= maxKept) kept.clear();
				kept.set(key, value);
			}
			return value;
		},
		{
			known: (key: string) => (watch.healthy() ? kept.get(key) : undefined),
			watching: watch.ready
		}
	);
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/** Installs the table's change trigger (idempotent) and calls `changed` after every commit to it. */
async function watchTable(client: PGlite, table: string, changed: () => void): Promise<void> {
	if (!identifier.test(table)) throw new Error(`not a plain table name: ${table}`);
	const channel = `bacaan_changed_${table}`;
	await client.exec(`
		create or replace function ${channel}() returns trigger language plpgsql as $$
		begin
			perform pg_notify('${channel}', '');
			return null;
		end $$;
		create or replace trigger ${channel}
			after insert or update or delete or truncate on ${table}
			for each statement execute function ${channel}();
	`);
	await client.listen(channel, changed);
}
