/**
 * A database for one test file: in-memory PGlite by default, or a throwaway PostgreSQL database
 * when TEST_DATABASE_URL is set (created here, dropped in afterAll). Tables are emptied before
 * each test, so tests never see each other's rows.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import postgres from 'postgres';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/lib/server/db/schema';
import { openDatabase, type Database, type OpenDatabase } from '../../src/lib/server/db/client';

export interface TestDatabase {
	db: Database;
	driver: OpenDatabase['driver'];
	/** For tests that need their own URL (e.g. a second pool); undefined on PGlite. */
	url?: string;
}

export async function createTestDatabase(): Promise<
	TestDatabase & { reset(): Promise<void>; close(): Promise<void> }
> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) {
		const open = await openDatabase({ dataDir: 'memory://' });
		return {
			db: open.db,
			driver: open.driver,
			reset: () => truncateAll(open.db),
			close: open.close
		};
	}
	const name = `bacaan_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const open = await openDatabase({ url: url.toString() });
	return {
		db: open.db,
		driver: open.driver,
		url: url.toString(),
		reset: () => truncateAll(open.db),
		close: async () => {
			await open.close();
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		}
	};
}

/** Every table of the schema, quoted, for one TRUNCATE. */
const tables = Object.values(schema)
	.filter((value) => is(value, PgTable))
	.map((table) => `"${getTableName(table)}"`);

async function truncateAll(db: Database): Promise<void> {
	if (tables.length > 0)
		await db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}

/** Registers the hooks for a test file and returns a context filled in before the first test. */
export function useTestDatabase(): TestDatabase {
	const context = {} as TestDatabase;
	let handle: Awaited<ReturnType<typeof createTestDatabase>>;
	beforeAll(async () => {
		handle = await createTestDatabase();
		Object.assign(context, { db: handle.db, driver: handle.driver, url: handle.url });
	});
	beforeEach(() => handle.reset());
	afterAll(() => handle?.close());
	return context;
}
