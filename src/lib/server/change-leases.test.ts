/**
 * Leases on PostgreSQL: instances (separate connection pools on one database, as separate servers
 * would have) keep values while they hold a lease, a writer's change is seen by every instance's
 * very next read once `settle` returns, and an instance that stops answering holds a writer up
 * only until its lease runs out. On PGlite there is nothing to settle.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/test-database';
import { loadShipped } from './articles';
import { postgresClient, settle, watchChanges, type ChangeWatch } from './change-leases';
import { listShippedArticles } from './content';
import { openDatabase, type Database, type OpenDatabase } from './db/client';
import { articles } from './db/schema';
import { keptUntilChanged } from './kept-until-changed';

const test = useTestDatabase();
const slug = 'putin-terima-undangan-kim-jong-un';
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const opened: OpenDatabase[] = [];

afterAll(async () => {
	for (const open of opened) await open.close();
});
beforeEach(() => loadShipped(test.db, listShippedArticles()));

/** Another server's connection pool on the test database. */
async function instance(leaseMs?: number): Promise<{ db: Database; watch: ChangeWatch }> {
	const open = await openDatabase({ url: test.url });
	opened.push(open);
	const watch = watchChanges(open.db, { leaseMs });
	await watch.ready;
	await until(() => watch.healthy());
	return { db: open.db, watch };
}

/** Waits, without a time limit of its own (the test's applies), until `done` holds. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
	while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The article's title through a kept read on `db`, counting the queries. */
function keptTitle(db: Database) {
	const counter = { reads: 0 };
	const read = keptUntilChanged(db, 'articles', async (key: string) => {
		counter.reads++;
		const [row] = await db
			.select({ title: articles.title })
			.from(articles)
			.where(eq(articles.slug, key));
		return row?.title;
	});
	return { read, counter };
}

const retitle = (db: Database, title: string) =>
	db.update(articles).set({ title }).where(eq(articles.slug, slug));

/** This instance's row in the lease table, read over the test's own pool. */
async function leaseOf(instanceId: string) {
	const [row] = await postgresClient(test.db)!<{ live: boolean; acked: string }[]>`
		select lease_until > now() as live, acked::text from change_leases where instance = ${instanceId}`;
	return row;
}

describe('settle', () => {
	it.skipIf(onPostgres)('has nothing to wait for on PGlite', async () => {
		await retitle(test.db, 'Satu');
		await settle(test.db);
		const [row] = await test.db.select().from(articles).where(eq(articles.slug, slug));
		expect(row.title).toBe('Satu');
	});
});

describe.runIf(onPostgres)('leases on PostgreSQL', () => {
	it('let an instance keep values and see another instance’s write on its next read', async () => {
		const one = await instance();
		const two = await instance();
		const { read, counter } = keptTitle(one.db);
		const before = await read(slug);
		expect(await read(slug)).toBe(before);
		expect(read.known(slug)).toBe(before);
		expect(counter.reads).toBe(1);

		await retitle(two.db, 'Dari server dua');
		await settle(two.db);
		expect(read.known(slug)).toBeUndefined();
		expect(await read(slug)).toBe('Dari server dua');
		expect(counter.reads).toBe(2);
	});

	it('are acknowledged by a live instance, which keeps its lease', async () => {
		const one = await instance();
		await retitle(test.db, 'Dua');
		await settle(test.db);
		const lease = await leaseOf(one.watch.instance);
		expect(lease.live).toBe(true);
		expect(Number(lease.acked)).toBeGreaterThan(0);
	});

	it('lapse when an instance stops renewing, and it reads again', async () => {
		const one = await instance(600);
		const { read, counter } = keptTitle(one.db);
		await read(slug);
		await read(slug);
		expect(counter.reads).toBe(1);

		one.watch.pause(); // as a hung process: no renewal, no acknowledgement
		await until(() => !one.watch.healthy());
		expect(read.known(slug)).toBeUndefined();
		await read(slug);
		await read(slug);
		expect(counter.reads).toBe(3);
	});

	it('hold a writer up until a silent instance’s lease has run out, and no longer', async () => {
		const one = await instance(600);
		one.watch.pause();
		await retitle(test.db, 'Tiga');
		await settle(test.db);
		// The writer went on only once the silent instance's lease had expired...
		expect((await leaseOf(one.watch.instance)).live).toBe(false);
		// ...and a lease left by a process that died is waited for the same way.
		await postgresClient(test.db)!`
			insert into change_leases (instance, lease_until)
			values ('dead', now() + interval '500 milliseconds')`;
		await retitle(test.db, 'Empat');
		await settle(test.db);
		expect((await leaseOf('dead')).live).toBe(false);
	});

	it('are given up when an instance stops', async () => {
		const one = await instance();
		expect((await leaseOf(one.watch.instance)).live).toBe(true);
		await one.watch.stop();
		expect(one.watch.healthy()).toBe(false);
		expect(await leaseOf(one.watch.instance)).toBeUndefined();
	});

	it('drop kept values when the channel’s connection is lost and comes back', async () => {
		const one = await instance();
		const { read, counter } = keptTitle(one.db);
		await read(slug);
		expect(read.known(slug)).toBeDefined();
		await postgresClient(test.db)!`
			select pg_terminate_backend(pid) from pg_stat_activity
			where query ilike 'listen%' and datname = current_database()`;
		await until(() => read.known(slug) === undefined);
		await until(() => one.watch.healthy());
		await read(slug);
		expect(counter.reads).toBe(2);
	});
});
