/**
 * Repairs two faults in postgres.js 3.4.x's write scheduler (src/connection.js) after `npm install`.
 * Both are upstream bugs (porsager/postgres issues #1066, #1154, #1208; unmerged fixes at the time
 * of writing); both appear when PostgreSQL goes away under load:
 *
 * 1. A query sent on a connection whose socket has already closed (postgres.js itself does this when
 *    it sends ROLLBACK for a transaction whose connection died) is buffered behind a setImmediate;
 *    the callback then calls `socket.write` on `null`, and the TypeError, thrown from a timer,
 *    kills the whole process. Patched: with no socket, the write is dropped and the waiting queries
 *    are rejected with CONNECTION_CLOSED, which the app turns into a 503.
 * 2. `closed()` and `terminate()` cancel the pending immediate but leave `nextWriteTimer` set and
 *    the unsent bytes in `chunk`. `write()` arms a new flush only when `nextWriteTimer === null`, so
 *    the reconnected socket never sends its start-up message: every later use of that connection
 *    ends in CONNECT_TIMEOUT until the server restarts. Patched: both are reset on teardown.
 *
 * Idempotent (a marker records the patch). If a future postgres.js no longer has the code we
 * expect, it says so and leaves the file alone; src/lib/server/db/postgres-patch.test.ts then fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const marker = '/* bacaan: write-scheduler patch */';
const guard = {
	find: 'function nextWrite(fn) {\n',
	replace:
		'function nextWrite(fn) {\n' +
		`    ${marker}\n` +
		'    if (socket === null) {\n' +
		'      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n' +
		'      chunk = nextWriteTimer = null\n' +
		"      error(Errors.connection('CONNECTION_CLOSED', options))\n" +
		'      return false\n' +
		'    }\n'
};
// in terminate() and closed(): forget the cancelled flush and its bytes
const teardown = {
	find: /\n([ \t]+)clearImmediate\(nextWriteTimer\)\n/g,
	replace: '\n$1clearImmediate(nextWriteTimer)\n$1chunk = nextWriteTimer = null\n'
};

function packageRoot() {
	try {
		// package.json is not among the package's exports: resolve its entry and walk up.
		let dir = dirname(createRequire(import.meta.url).resolve('postgres'));
		while (dir !== dirname(dir) && !isPostgresRoot(dir)) dir = dirname(dir);
		return isPostgresRoot(dir) ? dir : null;
	} catch {
		return null;
	}
}

/** @param {string} dir */
function isPostgresRoot(dir) {
	const file = join(dir, 'package.json');
	return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === 'postgres';
}

const root = packageRoot();
if (!root) process.exit(0); // postgres.js not installed (nothing to patch)
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
let patched = 0;
for (const file of ['src/connection.js', 'cjs/src/connection.js', 'cf/src/connection.js']) {
	const path = join(root, file);
	if (!existsSync(path)) continue;
	const source = readFileSync(path, 'utf8');
	if (source.includes(marker)) continue;
	const teardowns = source.match(teardown.find)?.length ?? 0;
	if (!source.includes(guard.find) || teardowns !== 2) {
		console.warn(
			`patch-postgres: postgres ${version} ${file} is not shaped as expected; left unpatched.`
		);
		continue;
	}
	writeFileSync(
		path,
		source.replace(guard.find, guard.replace).replace(teardown.find, teardown.replace)
	);
	patched++;
}
if (patched) console.log(`patch-postgres: patched ${patched} file(s) of postgres ${version}.`);
