/**
 * npm run bench:load — the built server under load, beside the limit of this machine.
 *
 * Run `npm run build` first: the bench builds nothing. In one run it starts
 * - a bare `node:http` server answering each measured URL with the very bytes the app sent
 *   (the article page compressed once at the best gzip and brotli levels, as a static server
 *   would keep them): what this machine and this client can do at all;
 * - the built server (scripts/start.js) on PGlite, in a fresh data folder;
 * - the built server on PostgreSQL, in a throwaway database made and dropped here
 *   (ADMIN_URL, default postgres://postgres@127.0.0.1:5432/test).
 * Each answers, on loopback only, autocannon with BENCH_CONNECTIONS (10) connections for
 * BENCH_SECONDS (5) after a one-second warm-up: the article page signed out (identity, gzip,
 * brotli) and signed in (brotli), the home page, a quiz answer (a class of 30 guests posting the
 * answers of their own quizzes, round robin: first every answer is stored, then they repeat) and
 * /healthz. It prints requests/s, p50/p99 latency and errors, each as a share of the bare server's
 * requests/s, then the server's resident memory after the run and the load average while it ran
 * (the machine may be shared, which these figures depend on).
 *
 * BENCH_ARTICLE chooses the article (default: the longest shipped one); BENCH_ONLY=pglite or
 * BENCH_ONLY=postgres runs one driver.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const slug = process.env.BENCH_ARTICLE ?? 'putin-terima-undangan-kim-jong-un';
const only = process.env.BENCH_ONLY;
const classSize = 30;
const browser = 'gzip, deflate, br, zstd';
/** A browser's form post without JavaScript: SvelteKit answers it with a 303, not JSON. */
const formHeaders = {
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
};

type Target = { name: string; path: string; headers: Record<string, string> };
const targets: Target[] = [
	{ name: 'article identity', path: `/articles/${slug}`, headers: {} },
	{ name: 'article gzip', path: `/articles/${slug}`, headers: { 'accept-encoding': 'gzip' } },
	{ name: 'article br', path: `/articles/${slug}`, headers: { 'accept-encoding': browser } },
	{
		name: 'article br signed in',
		path: `/articles/${slug}`,
		headers: { 'accept-encoding': browser }
	},
	{ name: 'home br', path: '/', headers: { 'accept-encoding': browser } },
	{ name: 'quiz answer', path: '', headers: {} },
	{ name: 'healthz', path: '/healthz', headers: {} }
];

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request without any decoding, so the bytes are those on the wire. */
function request(
	base: string,
	path: string,
	init: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			new URL(path, base),
			{ method: init.method ?? 'GET', headers: init.headers },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
			}
		);
		req.on('error', reject);
		req.end(init.body);
	});
}

type Server = { name: string; base: string; child: ChildProcess; stop: () => Promise<void> };

let nextPort = 4600 + Math.floor(Math.random() * 300);

async function startServer(name: string, env: Record<string, string>): Promise<Server> {
	const port = nextPort++;
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		cwd: root,
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${name} exited: ${stderr}`);
		const ok = await request(base, '/healthz').then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) break;
		if (Date.now() > deadline) throw new Error(`${name} did not start: ${stderr}`);
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		name,
		base,
		child,
		stop: async () => {
			child.kill('SIGTERM');
			await exited;
		}
	};
}

/** The resident set of a process (VmRSS) and its peak (VmHWM), in MB, from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

type Learner = { cookie: string; answers: { path: string; body: string }[] };

const decode = (s: string) =>
	s
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** A class of guests, each with a started quiz and an answer chosen for each of its questions. */
async function enrolClass(server: Server): Promise<Learner[]> {
	const learners: Learner[] = [];
	for (let i = 0; i < classSize; i++) {
		const started = await request(server.base, `/articles/${slug}/quiz`, {
			method: 'POST',
			headers: { ...formHeaders, origin: server.base },
			body: ''
		});
		const cookie = [started.headers['set-cookie'] ?? []]
			.flat()
			.map((c) => c.split(';')[0])
			.join('; ');
		const location = started.headers.location ?? '';
		const quiz = /^\/articles\/[^/]+\/quiz\/\d+/.exec(location)?.[0];
		if (started.status !== 303 || !cookie || !quiz)
			throw new Error(`starting a quiz answered ${started.status} ${location}`);
		const answers: Learner['answers'] = [];
		for (let position = 1; ; position++) {
			const page = await request(server.base, `${quiz}/${position}`, { headers: { cookie } });
			if (page.status !== 200) break;
			const html = page.body.toString();
			const question = /name="question" value="([^"]*)"/.exec(html)?.[1];
			if (!question) throw new Error(`no question on ${quiz}/${position}`);
			const option = /name="response" value="([^"]+)"/.exec(html)?.[1] ?? 'ya';
			const form = new URLSearchParams({ question: decode(question), response: decode(option) });
			answers.push({ path: `${quiz}/${position}?/answer`, body: form.toString() });
		}
		if (answers.length === 0) throw new Error(`no questions in ${quiz}`);
		learners.push({ cookie, answers });
	}
	return learners;
}

type Figures = {
	rps: number;
	p50: number;
	p99: number;
	errors: number;
	unexpected: number;
	/** The server's own CPU time per answered request: steadier than requests/s on a busy machine. */
	cpuMs: number;
};

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat counts clock ticks of 10 ms). */
function cpuTimeOf(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function load(
	server: Server,
	options: Partial<autocannon.Options>,
	expected: number
): Promise<Figures> {
	const common = { url: server.base, connections, ...options };
	await autocannon({ ...common, duration: 1 });
	const cpuBefore = cpuTimeOf(server.child.pid!);
	const r = await autocannon({ ...common, duration: seconds });
	const cpu = cpuTimeOf(server.child.pid!) - cpuBefore;
	const stats = (r.statusCodeStats ?? {}) as Record<string, { count?: number }>;
	const total = Object.values(stats).reduce((n, s) => n + (s.count ?? 0), 0);
	return {
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		errors: r.errors + r.timeouts,
		unexpected: total - (stats[String(expected)]?.count ?? 0),
		cpuMs: total > 0 ? cpu / total : 0
	};
}

/** The autocannon options for one target on the app. */
function optionsFor(
	base: string,
	target: Target,
	learners: Learner[]
): Partial<autocannon.Options> {
	if (target.name === 'quiz answer') {
		const pairs = learners.flatMap((l, i) =>
			l.answers.map((a, j) => ({ ...a, cookie: l.cookie, order: j * classSize + i }))
		);
		pairs.sort((a, b) => a.order - b.order);
		let next = 0;
		return {
			requests: [
				{
					setupRequest: (req) => {
						const pair = pairs[next++ % pairs.length];
						return {
							...req,
							method: 'POST',
							path: pair.path,
							body: pair.body,
							headers: {
								...formHeaders,
								origin: base,
								cookie: pair.cookie
							}
						};
					}
				}
			]
		};
	}
	if (target.name === 'article br signed in') {
		let next = 0;
		return {
			requests: [
				{
					setupRequest: (req) => ({
						...req,
						path: target.path,
						headers: {
							...target.headers,
							cookie: learners[next++ % learners.length].cookie
						}
					})
				}
			]
		};
	}
	return { url: base + target.path, headers: target.headers };
}

const expectedStatus = (t: Target) => (t.name === 'quiz answer' ? 303 : 200);

/** The bare server, in its own process like the app: each target's bytes under `/<index>`. */
const bareSource = `
const http = require('node:http');
const pages = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8')).map((p) => ({
	...p, identity: Buffer.from(p.identity, 'base64'), gzip: Buffer.from(p.gzip, 'base64'), br: Buffer.from(p.br, 'base64')
}));
http.createServer((req, res) => {
	const page = pages[Number(req.url.split('/')[1])];
	if (!page) { res.statusCode = 404; return res.end(); }
	req.resume();
	req.on('end', () => {
		const accepted = String(req.headers['accept-encoding'] ?? '');
		const encoding = /\\bbr\\b/.test(accepted) ? 'br' : /\\bgzip\\b/.test(accepted) ? 'gzip' : 'identity';
		const body = page.compress ? page[encoding] : page.identity;
		res.statusCode = page.status;
		for (const [k, v] of Object.entries(page.headers)) res.setHeader(k, v);
		if (page.compress && encoding !== 'identity') res.setHeader('content-encoding', encoding);
		res.setHeader('content-length', body.length);
		res.end(body);
	});
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
`;

async function startBare(pages: object[]): Promise<Server> {
	const port = nextPort++;
	const dir = mkdtempSync(join(tmpdir(), 'bacaan-bare-'));
	const file = join(dir, 'pages.json');
	writeFileSync(file, JSON.stringify(pages));
	const child = spawn(process.execPath, ['-e', bareSource, file, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		name: 'bare node:http',
		base: `http://127.0.0.1:${port}`,
		child,
		stop: async () => {
			child.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** What the bare server sends for each target: the app's own answer, body and type. */
async function capture(app: Server, learners: Learner[]) {
	const pages = [];
	for (const target of targets) {
		let raw: Raw;
		if (target.name === 'quiz answer') {
			const a = learners[0].answers[0];
			raw = await request(app.base, a.path, {
				method: 'POST',
				headers: {
					...formHeaders,
					origin: app.base,
					cookie: learners[0].cookie
				},
				body: a.body
			});
		} else {
			const cookie = target.name.includes('signed in') ? learners[0].cookie : undefined;
			raw = await request(app.base, target.path, { headers: cookie ? { cookie } : {} });
		}
		const headers: Record<string, string> = {};
		for (const name of ['content-type', 'location'])
			if (raw.headers[name]) headers[name] = String(raw.headers[name]);
		const compress = /^text\/html|^application\/json/.test(headers['content-type'] ?? '');
		pages.push({
			status: raw.status,
			headers,
			compress,
			identity: raw.body.toString('base64'),
			gzip: gzipSync(raw.body, { level: 9 }).toString('base64'),
			br: brotliCompressSync(raw.body, {
				params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
			}).toString('base64')
		});
	}
	return pages;
}

const results = new Map<string, Map<string, Figures>>();
const memory = new Map<string, { idle: number; rss: number; peak: number }>();
const loads: string[] = [];

async function measure(server: Server, learners: Learner[], bare: boolean) {
	const figures = new Map<string, Figures>();
	const idle = bare ? 0 : memoryOf(server.child.pid!).rss;
	for (const [i, target] of targets.entries()) {
		const options = bare
			? {
					url: `${server.base}/${i}`,
					...(target.name === 'quiz answer' ? { method: 'POST' as const } : {})
				}
			: optionsFor(server.base, target, learners);
		const headers = bare ? { headers: target.headers } : {};
		figures.set(
			target.name,
			await load(server, { ...headers, ...options }, expectedStatus(target))
		);
		process.stderr.write('.');
	}
	results.set(server.name, figures);
	loads.push(`${server.name}: ${loadavg()[0].toFixed(2)}`);
	if (!bare) memory.set(server.name, { idle, ...memoryOf(server.child.pid!) });
}

function report() {
	const bare = results.get('bare node:http');
	const pad = (s: string, n: number) => s.padEnd(n);
	console.log(
		`\n${connections} connections, ${seconds} s per run (after 1 s warm-up), article ${slug}\n`
	);
	console.log(
		pad('server', 16) +
			pad('target', 22) +
			'req/s    share  p50 ms  p99 ms  cpu ms/req  errors  unexpected'
	);
	for (const [server, figures] of results)
		for (const [name, f] of figures) {
			const limit = bare?.get(name)?.rps;
			const share =
				limit && server !== 'bare node:http' ? `${Math.round((f.rps / limit) * 100)} %` : '';
			console.log(
				pad(server, 16) +
					pad(name, 22) +
					pad(f.rps.toFixed(0), 9) +
					pad(share, 7) +
					pad(String(f.p50), 8) +
					pad(String(f.p99), 8) +
					pad(f.cpuMs.toFixed(2), 12) +
					pad(String(f.errors), 8) +
					String(f.unexpected)
			);
		}
	console.log();
	for (const [server, m] of memory)
		console.log(
			`${server}: RSS ${m.idle.toFixed(0)} MB before the load, ${m.rss.toFixed(0)} MB after (peak ${m.peak.toFixed(0)} MB)`
		);
	console.log(`load average (1 min) after each server's runs: ${loads.join(', ')}`);
}

async function main() {
	if (!existsSync(join(root, 'build/handler.js'))) {
		console.error('bench:load measures the built server: run `npm run build` first.');
		process.exit(2);
	}
	console.log(
		`load average at the start: ${loadavg()
			.map((x) => x.toFixed(2))
			.join(' ')}`
	);
	const { execFileSync } = await import('node:child_process');
	const pgDir = mkdtempSync(join(tmpdir(), 'bacaan-bench-pglite-'));
	const dbName = `bench_load_${process.pid}`;
	const admin = (action: string) =>
		execFileSync(process.execPath, ['tests/support/pg-admin.js', action, dbName], {
			cwd: root,
			encoding: 'utf8'
		}).trim();
	const servers: Server[] = [];
	try {
		if (only !== 'postgres') {
			const app = await startServer('PGlite', { PGLITE_DIR: pgDir, DATABASE_URL: '' });
			servers.push(app);
			const learners = await enrolClass(app);
			const bare = await startBare(await capture(app, learners));
			servers.push(bare);
			await measure(bare, learners, true);
			await bare.stop();
			await measure(app, learners, false);
			await app.stop();
		}
		if (only !== 'pglite') {
			const url = admin('create');
			const app = await startServer('PostgreSQL', { DATABASE_URL: url });
			servers.push(app);
			const learners = await enrolClass(app);
			if (!results.has('bare node:http')) {
				const bare = await startBare(await capture(app, learners));
				servers.push(bare);
				await measure(bare, learners, true);
				await bare.stop();
			}
			await measure(app, learners, false);
			await app.stop();
		}
	} finally {
		for (const s of servers) if (s.child.exitCode === null) await s.stop();
		rmSync(pgDir, { recursive: true, force: true });
		if (only !== 'pglite') admin('drop');
	}
	report();
}

await main();
