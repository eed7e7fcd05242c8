/**
 * Start-up: open the database, migrate, load the shipped articles, and close cleanly on shutdown.
 * A database that cannot be opened is reported in one line and the process exits; a person
 * starting the server needs "which database, what failed", not a stack trace.
 */
import * as accounts from './accounts';
import * as articles from './articles';
import { listShippedArticles } from './content';
import { connect, DatabaseStartError, disconnect } from './db';

export async function start(): Promise<void> {
	try {
		const open = await connect();
		await articles.loadShipped(open.db, listShippedArticles());
		await accounts.removeExpired(open.db);
		console.log(`Bacaan: database ready (${open.driver}, ${open.location})`);
	} catch (err) {
		if (!(err instanceof DatabaseStartError)) throw err;
		console.error(`Bacaan could not start: ${err.message}`);
		process.exit(1);
	}
	// adapter-node emits this after SIGTERM/SIGINT once requests are done; an open PGlite or pool
	// would otherwise keep the process alive.
	process.once('sveltekit:shutdown', () => {
		disconnect().catch((err) => console.error('Bacaan: closing the database failed:', err));
	});
}
