/**
 * `npm run bench:import`: the server's work for "import from a web address" on pages at the size
 * limit, served from a local server (loopback only; no other address is ever contacted).
 * Prints, best of 5: fetching (streamed, checked) a 1.9 MB page, extracting its article with
 * Readability on linkedom (in its worker; and the server thread's longest stall meanwhile),
 * cleaning the kept text; and how soon a 20 MB page is cut off.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { extractArticle } from '../src/lib/server/web-import';
import { fetchDefaults, fetchPage, PageRefused } from '../src/lib/server/web-page';
import { importArticle } from '../src/lib/text/import-article';

const article = readFileSync('tests/fixtures/web/perpustakaan-desa.html', 'utf8');
// The article page with 1.9 MB of what news pages carry around an article: link lists, teasers.
const teaser =
	'<li><a href="/berita/lain">Berita lain tentang kota dan desa hari ini</a> <span>2 jam lalu</span></li>';
const padding = `<aside><ul>${teaser.repeat(Math.floor((1.9 * 1024 * 1024) / teaser.length))}</ul></aside>`;
const big = article.replace('</main>', `</main>${padding}`);

const server = createServer((req, res) => {
	res.on('error', () => {});
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	if (req.url === '/big') return void res.end(big);
	const chunk = Buffer.alloc(64 * 1024, ' ');
	let left = 320; // 20 MB
	const more = () => {
		while (left-- > 0 && !res.destroyed) if (!res.write(chunk)) return void res.once('drain', more);
		res.end();
	};
	more();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const options = { ...fetchDefaults, allowLoopback: true };

async function best(label: string, run: () => Promise<unknown> | unknown) {
	let fastest = Infinity;
	for (let i = 0; i < 5; i++) {
		const started = performance.now();
		await run();
		fastest = Math.min(fastest, performance.now() - started);
	}
	console.log(`  ${label.padEnd(44)} ${fastest.toFixed(1).padStart(8)} ms`);
}

console.log(
	`Import from a web address (page of ${(big.length / 1024 / 1024).toFixed(2)} MB, best of 5)`
);
const page = await fetchPage(`${base}/big`, options);
const values = await extractArticle(page.html, page.url, 60_000);
await best('fetch (resolve, check, stream, decode)', () => fetchPage(`${base}/big`, options));
await best('extract the article (Readability, linkedom)', () =>
	extractArticle(page.html, page.url, 60_000)
);
await best('extract from the plain article page (3 KB)', () => extractArticle(article, page.url));
// The server's own thread while a worker reads the big page: its longest stall.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
await extractArticle(page.html, page.url, 60_000);
delay.disable();
console.log(
	`  ${'longest event-loop stall meanwhile'.padEnd(44)} ${(delay.max / 1e6).toFixed(1).padStart(8)} ms`
);
await best(`clean the kept text (${values.text.length} characters)`, () =>
	importArticle(values.text)
);
await best('20 MB page refused at the 2 MB limit', async () => {
	try {
		await fetchPage(`${base}/huge`, options);
	} catch (err) {
		if (!(err instanceof PageRefused)) throw err;
	}
});
server.closeAllConnections();
server.close();
