// Runs the built server with defaults that make a first run just work: port 3000 on localhost,
// ORIGIN set so form posts pass SvelteKit's CSRF check, and the embedded database in ./data/pglite.
// Every default can be overridden from the environment.
//
// We serve build/handler.js from our own HTTP server rather than running build/index.js, so that
// static files (served before hooks.server.ts runs) get the same security headers as pages. Like
// adapter-node's own server, it closes on SIGTERM/SIGINT and then emits `sveltekit:shutdown`,
// which closes the database.
import http from 'node:http';
import process from 'node:process';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';

process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
process.env.PGLITE_DIR ??= 'data/pglite';

// V8 lets the heap grow to a few times what is live before a full collection; under load that is
// mostly the garbage of rendered pages (RSS went from 150 to 320 MB on a ~50 MB live heap). A 25 %
// margin keeps RSS near 200 MB at no measurable CPU per request (autocannon on the signed-in
// reader and the home page). V8 reads the flag whenever it sizes the heap: setting it here works.
v8.setFlagsFromString('--heap-growing-percent=25');

// The young generation doubles up to 2 × 16 MB under load and stays that size until the process
// idles: about 24 MB more RSS after a burst (bench:load on PostgreSQL: 222–236 MB after the run,
// 206–212 MB capped). It is capped at 2 × 4 MB: V8 reads the growth factor whenever it grows the
// space, so the factor is set to 1 after a collection that finds it at the cap (and back to 2
// when V8 has shrunk it while idle). Scavenges run more often, and a page's garbage still dies
// young.
const youngCap = 8 * 1024 * 1024;
let youngGrowth = 2;
new PerformanceObserver(() => {
	const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
	const growth = young && young.space_size >= youngCap ? 1 : 2;
	if (growth !== youngGrowth) {
		youngGrowth = growth;
		v8.setFlagsFromString(`--semi-space-growth-factor=${growth}`);
	}
}).observe({ entryTypes: ['gc'] });

/** Set before the handler answers; a page's own headers (from hooks.server.ts) take precedence. */
const securityHeaders = {
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()'
};

// A computed specifier: build/ exists only after `npm run build`, and the type checker must not look for it.
const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

/**
 * Set by the build's start-up (src/lib/server/shared-pages.ts): answers a signed-out visitor's
 * kept reader page without SvelteKit, with the page's headers over `securityHeaders`, resolving to
 * false for every request it leaves to SvelteKit (at once when it knows without a query).
 * @type {((req: http.IncomingMessage, res: http.ServerResponse, baseHeaders: Record<string, string>) => boolean | Promise<boolean>) | undefined}
 */
// @ts-expect-error a symbol-keyed global the build sets
const answerEarly = globalThis[Symbol.for('bacaan.answerEarly')];

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function answer(req, res) {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}

const server = http.createServer((req, res) => {
	/** @type {boolean | Promise<boolean>} */
	let early;
	try {
		early = answerEarly?.(req, res, securityHeaders) ?? false;
	} catch (err) {
		early = Promise.reject(err); // answered below, as a failed asynchronous answer is
	}
	if (early === true) return;
	if (early === false) return answer(req, res);
	early.then(
		(answered) => answered || answer(req, res),
		(err) => {
			console.error('Bacaan: answering a kept page failed:', err);
			if (res.headersSent) res.destroy();
			else answer(req, res);
		}
	);
});

let closing = false;
/** @param {string} reason */
function shutdown(reason) {
	if (closing) return;
	closing = true;
	server.closeIdleConnections();
	// @ts-expect-error a custom event, as adapter-node emits it
	server.close(() => process.emit('sveltekit:shutdown', reason));
	setTimeout(() => server.closeAllConnections(), 30_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.on('error', (err) => {
	console.error(
		`Bacaan could not listen on ${process.env.HOST}:${process.env.PORT}: ${err.message}`
	);
	process.exit(1);
});
server.listen(Number(process.env.PORT), process.env.HOST, () => {
	console.log(`Bacaan is running at ${process.env.ORIGIN}`);
});
