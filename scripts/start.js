// Runs the built server with defaults that make a first run just work: port 3000 on localhost,
// ORIGIN set so form posts pass SvelteKit's CSRF check, and the embedded database in ./data/pglite.
// Every default can be overridden from the environment.
import process from 'node:process';

process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
process.env.PGLITE_DIR ??= 'data/pglite';

// A computed specifier: build/ exists only after `npm run build`, and the type checker must not look for it.
const server = new URL('../build/index.js', import.meta.url).href;
await import(server);
console.log(`Bacaan is running at ${process.env.ORIGIN}`);
