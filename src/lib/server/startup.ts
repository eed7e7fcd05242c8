/**
 * Start-up: open the database, migrate, load the shipped articles, and close cleanly on shutdown.
 * Any failure here (a database that cannot be opened, a full disk, a read-only folder, a lock held
 * by another process) is reported in one line and the process exits; a person starting the server
 * needs "which database, what failed", not a stack trace.
 */
import * as accounts from './accounts';
import * as articles from './articles';
import { listShippedArticles } from './content';
import { connect, DatabaseStartError, disconnect } from './db';

const diskProblems: Record<string, string> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EROFS: 'the file system is read-only',
	EACCES: 'permission denied',
	EPERM: 'permission denied'
};

/** One line for a person starting the server: what failed and, for disk trouble, why. */
export function startFailure(err: unknown): string {
	if (err instanceof DatabaseStartError) return err.message;
	let current = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		const problem = typeof current.code === 'string' ? diskProblems[current.code] : undefined;
		if (problem) return `writing the database failed: ${problem} (${current.code}).`;
		current = current.cause as typeof current;
	}
	const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
	return `preparing the database failed: ${message}`;
}

export async function start(): Promise<void> {
	try {
		const open = await connect();
		await articles.loadShipped(open.db, listShippedArticles());
		await accounts.removeExpired(open.db);
		console.log(`Bacaan: database ready (${open.driver}, ${open.location})`);
	} catch (err) {
		console.error(`Bacaan could not start: ${startFailure(err)}`);
		process.exit(1);
	}
	// adapter-node emits this after SIGTERM/SIGINT once requests are done; an open PGlite or pool
	// would otherwise keep the process alive.
	process.once('sveltekit:shutdown', () => {
		disconnect().catch((err) => console.error('Bacaan: closing the database failed:', err));
	});
}
