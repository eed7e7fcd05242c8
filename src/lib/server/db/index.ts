/**
 * The app's one database connection. `vite dev` re-runs modules on edits, and a second PGlite on
 * the same folder in one process would corrupt it, so the handle lives on globalThis.
 */
import { openDatabase, type OpenDatabase } from './client';

export { DatabaseStartError, type Database, type Transaction } from './client';
export * as schema from './schema';

const globalKey = Symbol.for('bacaan.database');
type Holder = { [globalKey]?: Promise<OpenDatabase> };
const holder = globalThis as Holder;

/** Settings from the environment: DATABASE_URL for PostgreSQL, else PGlite in PGLITE_DIR. */
export function databaseSettings(env: Record<string, string | undefined> = process.env) {
	return { url: env.DATABASE_URL || undefined, dataDir: env.PGLITE_DIR || 'data/pglite' };
}

export function connect(settings = databaseSettings()): Promise<OpenDatabase> {
	holder[globalKey] ??= openDatabase(settings).catch((err) => {
		delete holder[globalKey];
		throw err;
	});
	return holder[globalKey];
}

/** For tests and for shutdown: close and forget the shared connection. */
export async function disconnect(): Promise<void> {
	const open = holder[globalKey];
	delete holder[globalKey];
	if (open) await (await open).close();
}
