/**
 * Opens the database: embedded PGlite when no URL is given, PostgreSQL (postgres.js) otherwise,
 * and applies the migrations in drizzle/. Both drivers expose the same Drizzle query builder, so
 * the rest of the app sees one `Database` type.
 *
 * PGlite keeps no lock of its own on its folder and two processes on one folder corrupt it, so
 * we hold a lock file (`bacaan.lock`, with our pid) while it is open.
 *
 * On PostgreSQL, any number of instances may start at once: migrations run under an advisory lock,
 * so one migrates and the others wait, then find nothing left to do. The pool retries lost
 * connections within a second (postgres.js's default back-off grows to 20 s, which kept a server
 * failing long after its database was back); scripts/patch-postgres.js repairs the driver's write
 * scheduler, which otherwise crashed the process or poisoned connections in an outage.
 */
import {
	closeSync,
	linkSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

/** What both drivers' Drizzle databases have in common; the app never needs more. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface OpenDatabase {
	db: Database;
	driver: 'pglite' | 'postgres';
	/** Where the data is, for messages: a folder, `memory://`, or host:port/name. */
	location: string;
	close(): Promise<void>;
}

/** A failure a person can act on; the server prints `message` as one line and exits. */
export class DatabaseStartError extends Error {}

const migrationsFolder = resolve(process.env.BACAAN_MIGRATIONS ?? 'drizzle');

export async function openDatabase(options: {
	url?: string;
	dataDir?: string;
}): Promise<OpenDatabase> {
	return options.url ? openPostgres(options.url) : openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(url: string): Promise<OpenDatabase> {
	const location = describeUrl(url);
	const client = postgres(url, {
		max: 10,
		connect_timeout: 5,
		backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
		onnotice: () => {}
	});
	try {
		await client`select 1`;
	} catch (err) {
		await client.end({ timeout: 1 }).catch(() => {});
		throw new DatabaseStartError(`Cannot connect to PostgreSQL at ${location}: ${reason(err)}`);
	}
	const db = drizzlePostgres(client, { schema, casing: 'snake_case' });
	try {
		await migrateUnderLock(client, () => migratePostgres(db, { migrationsFolder }));
	} catch (err) {
		await client.end({ timeout: 1 }).catch(() => {});
		throw new DatabaseStartError(`Migrating PostgreSQL at ${location} failed: ${reason(err)}`);
	}
	return {
		db,
		driver: 'postgres',
		location,
		close: async () => {
			await runBeforeClose(db);
			await client.end({ timeout: 5 });
		}
	};
}

/** Kept on the handle itself, so that every copy of the modules (vite dev, tests) finds it. */
const closing = Symbol.for('bacaan.beforeClose');
type Closable = { [closing]?: (() => Promise<void>)[] };

/** Runs `done` (say, giving up a lease) before the handle's connections close. */
export function beforeClose(db: Database, done: () => Promise<void>): void {
	((db as Closable)[closing] ??= []).push(done);
}

async function runBeforeClose(db: Database): Promise<void> {
	const callbacks = (db as Closable)[closing] ?? [];
	delete (db as Closable)[closing];
	await Promise.all(callbacks.map((done) => done().catch(() => {})));
}

async function openPglite(dataDir: string): Promise<OpenDatabase> {
	const inMemory = dataDir.startsWith('memory://');
	const location = inMemory ? dataDir : resolve(dataDir);
	const releaseLock = inMemory ? () => {} : lockFolder(location);
	try {
		const client = await PGlite.create(inMemory ? dataDir : location);
		// PGlite's client satisfies the same query-builder surface as postgres.js; one type keeps routes simple.
		const db = drizzlePglite(client, { schema, casing: 'snake_case' });
		await migratePglite(db, { migrationsFolder });
		return {
			db,
			driver: 'pglite',
			location,
			close: async () => {
				await client.close();
				releaseLock();
			}
		};
	} catch (err) {
		releaseLock();
		if (err instanceof DatabaseStartError) throw err;
		throw new DatabaseStartError(
			`Cannot open the embedded database in ${location}: ${reason(err)}`
		);
	}
}

/** Any fixed number: the key of the advisory lock that instances of Bacaan migrate under. */
const migrationLockKey = 7_135_262_001;

/** Runs `migrate` while holding a session advisory lock on one reserved connection of the pool. */
async function migrateUnderLock(client: postgres.Sql, migrate: () => Promise<void>) {
	const reserved = await client.reserve();
	try {
		await reserved`select pg_advisory_lock(${migrationLockKey})`;
		try {
			await migrate();
		} finally {
			await reserved`select pg_advisory_unlock(${migrationLockKey})`;
		}
	} finally {
		reserved.release();
	}
}

/** Takes the folder's lock file or throws DatabaseStartError; returns its release. */
export function lockFolder(folder: string): () => void {
	try {
		mkdirSync(folder, { recursive: true });
	} catch (err) {
		throw new DatabaseStartError(
			`Cannot create the embedded database folder ${folder}: ${reason(err)}`
		);
	}
	const lockPath = join(folder, 'bacaan.lock');
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			// Written in full under another name, then linked into place: link() fails if the lock
			// exists (like O_EXCL), and no one ever reads a lock file that is still empty.
			const draft = `${lockPath}.${process.pid}`;
			writeFileSync(draft, String(process.pid));
			try {
				linkSync(draft, lockPath);
			} finally {
				rmSync(draft, { force: true });
			}
			return () => rmSync(lockPath, { force: true });
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
				throw new DatabaseStartError(`Cannot write to ${folder}: ${reason(err)}`);
			const holder = readHolder(lockPath);
			if (holder && holder !== process.pid && isAlive(holder)) {
				throw new DatabaseStartError(
					`The embedded database in ${folder} is in use by another Bacaan process (pid ${holder}). ` +
						`Stop it, or set PGLITE_DIR to another folder.`
				);
			}
			removeStaleLock(folder, lockPath, holder);
		}
	}
	throw new DatabaseStartError(`Cannot lock the embedded database folder ${folder}.`);
}

function readHolder(lockPath: string): number {
	try {
		return Number(readFileSync(lockPath, 'utf8')) || 0;
	} catch {
		return 0;
	}
}

/**
 * Removes a lock left by a process that died, unless someone else is doing so: two processes that
 * both saw the stale lock could otherwise each delete the other's fresh one and both start. The
 * removal is itself guarded by an O_EXCL file, and the lock is checked again once we hold it.
 */
function removeStaleLock(folder: string, lockPath: string, staleHolder: number): void {
	const guardPath = join(folder, 'bacaan.lock.takeover');
	let guard: number;
	try {
		guard = openSync(guardPath, 'wx');
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
			throw new DatabaseStartError(`Cannot write to ${folder}: ${reason(err)}`);
		try {
			// A takeover guard older than 10 s was left by a crash mid-takeover.
			if (Date.now() - statSync(guardPath).mtimeMs > 10_000) rmSync(guardPath, { force: true });
		} catch {
			// gone meanwhile
		}
		throw new DatabaseStartError(
			`Another Bacaan process is taking over the embedded database in ${folder}. ` +
				`Stop it, or set PGLITE_DIR to another folder.`
		);
	}
	try {
		if (readHolder(lockPath) === staleHolder) rmSync(lockPath, { force: true });
	} finally {
		closeSync(guard);
		rmSync(guardPath, { force: true });
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** host:port/database, never the password. */
export function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
	} catch {
		return '(an unparseable DATABASE_URL)';
	}
}

function reason(err: unknown): string {
	const e = err as { code?: string; message?: string; cause?: { message?: string } };
	const message = e?.cause?.message ?? e?.message ?? String(err);
	return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
