// `npm start` builds first. Vite prints some 250 lines on success (every chunk, and SvelteKit's
// advice to run `npm run preview`, which does not apply here: start.js serves the build), so the
// whole output goes to data/build.log and a successful build says one line. A failed build
// prints the whole log, so the error is shown in full, and exits with the build's code.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';

const root = join(import.meta.dirname, '..');
const logPath = join(root, 'data', 'build.log');
const vite = join(
	dirname(createRequire(import.meta.url).resolve('vite/package.json')),
	'bin/vite.js'
);

mkdirSync(dirname(logPath), { recursive: true });
const log = openSync(logPath, 'w');
const started = Date.now();
const child = spawn(process.execPath, [vite, 'build'], { cwd: root, stdio: ['ignore', log, log] });
const code = await new Promise((resolve) => {
	child.on('error', (err) => {
		console.error(`Could not run the build: ${err.message}`);
		resolve(1);
	});
	child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
closeSync(log);

const where = relative(process.cwd(), logPath) || logPath;
if (code === 0) {
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	console.log(`Built in ${seconds} s (the build's output is in ${where}).`);
} else {
	process.stderr.write(readFileSync(logPath, 'utf8'));
	console.error(`\nThe build failed (exit code ${code}); the output above is also in ${where}.`);
	process.exit(code);
}
