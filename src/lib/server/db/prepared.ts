/**
 * Queries built once per database handle and then only executed. Drizzle builds a query's SQL
 * from its builder on every run (walking the columns, the conditions and the casing of each
 * name), and on the hottest paths (the session of every signed-in request, an answer's read) that
 * cost more CPU than PostgreSQL took to run them. A handle is the app's one connection, a test's,
 * or a transaction's; a WeakMap lets each go with its handle.
 */
import type { Database } from './client';

export function preparedPer<Query>(build: (db: Database) => Query): (db: Database) => Query {
	const built = new WeakMap<Database, Query>();
	return (db) => {
		let query = built.get(db);
		if (!query) {
			query = build(db);
			built.set(db, query);
		}
		return query;
	};
}
