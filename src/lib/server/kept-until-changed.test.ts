/**
 * Values kept until their table changes: every kind of write, committed any way, is seen by the
 * very next read. On PostgreSQL a writer settles after its commit (change-leases.ts), as the app's
 * writers do, and values are kept once this instance holds its lease.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/test-database';
import { guestVersion, loadShipped } from './articles';
import { listShippedArticles } from './content';
import type { Database } from './db';
import { articles } from './db/schema';
import { postgresClient, settle, watchChanges } from './change-leases';
import { keptUntilChanged } from './kept-until-changed';

const test = useTestDatabase();
const slug = 'putin-terima-undangan-kim-jong-un';

/** The article's title through a kept read, and how many times the database was asked. */
async function keptTitles() {
	const counter = { reads: 0 };
	const read = keptUntilChanged(test.db, 'articles', async (key: string) => {
		counter.reads++;
		const [row] = await test.db
			.select({ title: articles.title })
			.from(articles)
			.where(eq(articles.slug, key));
		return row?.title;
	});
	const watching = await read.watching;
	if (postgresClient(test.db)) await leased(test.db);
	return { read, counter, watching };
}

/** Waits until this instance holds its lease, and so keeps what it reads. */
async function leased(db: Database): Promise<void> {
	while (!watchChanges(db).healthy()) await new Promise((resolve) => setTimeout(resolve, 10));
}

const retitle = (db: Database, title: string) =>
	db.update(articles).set({ title }).where(eq(articles.slug, slug));

beforeEach(() => loadShipped(test.db, listShippedArticles()));

describe('keptUntilChanged', () => {
	it('keeps what it reads, and never an absent key', async () => {
		const { read, counter, watching } = await keptTitles();
		expect(watching).toBe(true);
		const title = await read(slug);
		expect(read.known(slug)).toBe(watching ? title : undefined);
		expect(await read(slug)).toBe(title);
		expect(counter.reads).toBe(watching ? 1 : 2);
		expect(await read('no-such-article')).toBeUndefined();
		expect(await read('no-such-article')).toBeUndefined();
		expect(counter.reads).toBe(watching ? 3 : 4);
	});

	const writes: [string, () => Promise<unknown>, string | undefined][] = [
		['an update', () => retitle(test.db, 'Satu'), 'Satu'],
		['a transaction', () => test.db.transaction((tx) => retitle(tx, 'Dua')), 'Dua'],
		[
			'raw SQL',
			() => test.db.execute(sql`update articles set title = 'Tiga' where slug = ${slug}`),
			'Tiga'
		],
		['a delete', () => test.db.delete(articles).where(eq(articles.slug, slug)), undefined],
		['a truncate', () => test.db.execute(sql`truncate articles cascade`), undefined]
	];
	for (const [kind, write, expected] of writes)
		it(`sees ${kind} on the next read`, async () => {
			const { read } = await keptTitles();
			expect(await read(slug)).not.toBe(expected);
			await write();
			await settle(test.db);
			expect(read.known(slug)).toBeUndefined();
			expect(await read(slug)).toBe(expected);
		});

	it('sees a write that commits while a read is under way', async () => {
		const { read } = await keptTitles();
		const during = read(slug);
		const written = retitle(test.db, 'Empat').then(() => settle(test.db));
		await Promise.all([during, written]);
		expect(await read(slug)).toBe('Empat');
	});

	it('gives the signed-out page a new version as soon as its article changes', async () => {
		const before = await guestVersion(test.db, slug);
		expect(await guestVersion(test.db, slug)).toBe(before);
		await test.db
			.update(articles)
			.set({ updatedAt: sql`now() + interval '1 second'` })
			.where(eq(articles.slug, slug));
		await settle(test.db);
		const after = await guestVersion(test.db, slug);
		expect(after).toBeDefined();
		expect(after).not.toBe(before);
	});
});
