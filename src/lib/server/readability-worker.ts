/**
 * Readability on linkedom, in a worker thread with a time and a memory limit.
 *
 * Parsing a page and scoring its nodes is synchronous and grows faster than the page: 2–4 s for
 * a 2 MB page of 60,000 elements on our 2 cores (`npm run bench:import`). On the server's own
 * thread that would stall every reader for as long, so it runs in a worker that is ended at
 * `timeoutMs`.
 * The worker's code is a string (a bundled server has no separate worker file) that requires the
 * two packages by the absolute paths this module resolves, so it works wherever the server runs.
 * It runs no script of the page: linkedom does not execute scripts.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface Readable {
	title: string | null;
	/** The article as HTML (Readability's cleaned subtree), or null when it found none. */
	content: string | null;
	siteName: string | null;
	publishedTime: string | null;
	/** og:title and article:published_time, which pages set more reliably than anything else. */
	metaTitle: string | null;
	metaPublished: string | null;
}

export class ReadTooSlow extends Error {}

const require = createRequire(import.meta.url);
const paths = {
	linkedom: require.resolve('linkedom'),
	readability: require.resolve('@mozilla/readability')
};

const source = `
const { parentPort, workerData } = require('node:worker_threads');
const { parseHTML } = require(workerData.paths.linkedom);
const { Readability } = require(workerData.paths.readability);
const { document } = parseHTML(workerData.html);
const meta = (name) => {
	const el = document.querySelector('meta[property="' + name + '"], meta[name="' + name + '"]');
	const value = el && el.getAttribute('content');
	return value && value.trim() ? value.trim() : null;
};
const metaTitle = meta('og:title');
const metaPublished = meta('article:published_time');
const article = new Readability(document, { charThreshold: 200 }).parse();
parentPort.postMessage({
	title: (article && article.title) || null,
	content: (article && article.content) || null,
	siteName: (article && article.siteName) || null,
	publishedTime: (article && article.publishedTime) || null,
	metaTitle,
	metaPublished
});
`;

/** What Readability finds in `html`; rejects with ReadTooSlow after `timeoutMs`. */
export function readArticle(html: string, timeoutMs = 8000): Promise<Readable> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(source, {
			eval: true,
			workerData: { html, paths },
			resourceLimits: { maxOldGenerationSizeMb: 512 }
		});
		const timer = setTimeout(() => {
			void worker.terminate();
			reject(new ReadTooSlow());
		}, timeoutMs);
		worker.once('message', (result: Readable) => {
			clearTimeout(timer);
			void worker.terminate();
			resolve(result);
		});
		worker.once('error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
		worker.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`the page reader stopped (exit code ${code})`));
		});
	});
}
