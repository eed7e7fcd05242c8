/**
 * npm run bench:teacher — the teacher's pages on a school-sized data set, on PostgreSQL.
 *
 * Creates a throwaway database next to ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test),
 * fills it with seed-school.ts (1,000 students in 30 classes, 20 assignments each, every student
 * with an attempt on every one), then prints:
 * - server time of the class dashboard and the assignment report: the data functions their pages
 *   call (all queries plus the item analysis), median / p95 / max over every class, warm;
 * - the same pages through HTTP from the built server (`npm run build` first), when there is one;
 * - the query plans of every statement those pages run (EXPLAIN ANALYZE), with the indexes used
 *   and any sequential scan of a large table, which fails the bench.
 * `--keep` leaves the database behind and prints its URL; BENCH_DATABASE_URL=<that URL> measures
 * it again without seeding (and keeps it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { count as drizzleCount, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { createSession } from '../src/lib/server/auth/session';
import * as reports from '../src/lib/server/class-reports';
import { openDatabase, type Database } from '../src/lib/server/db/client';
import * as schema from '../src/lib/server/db/schema';
import { seedSchool } from './seed-school';

const adminUrl = process.env.ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const keep = process.argv.includes('--keep');
const budgetMs = 100;
const repeats = 5;
/** A sequential scan of a table this big is a missing index, not a planner's shortcut. */
const largeTableRows = 10_000;

const stats = (xs: number[]) => {
	const s = xs.slice().sort((a, b) => a - b);
	const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
	const t0 = performance.now();
	const result = await f();
	return [performance.now() - t0, result];
}

type Plan = {
	'Node Type': string;
	'Relation Name'?: string;
	'Index Name'?: string;
	Plans?: Plan[];
};
function walk(plan: Plan, out: Plan[] = []): Plan[] {
	out.push(plan);
	for (const child of plan.Plans ?? []) walk(child, out);
	return out;
}

/**
 * Runs `f` on a client that records its statements, then EXPLAIN ANALYZEs each of them. The plan
 * the planner picks is printed; the index check plans each statement again with sequential scans
 * priced out (enable_seqscan = off): a large table that is still scanned whole has no index for
 * what the query filters by. (At this size the planner may rightly prefer to read all 20,000
 * attempts at once to 680 index probes; the check is that it would not have to.)
 */
async function explain(url: string, f: (db: Database) => Promise<unknown>) {
	let recording = true;
	const seen: { query: string; params: unknown[] }[] = [];
	const client = postgres(url, {
		max: 1,
		onnotice: () => {},
		debug: (_c, query, params) =>
			void (recording && seen.push({ query, params: params as unknown[] }))
	});
	const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Database;
	await f(db);
	recording = false;
	const lines: string[] = [];
	const problems: string[] = [];
	const sizes = new Map(
		(await client`select relname, reltuples::bigint as n from pg_class where relkind = 'r'`).map(
			(r) => [r.relname as string, Number(r.n)]
		)
	);
	const plan = async (query: string, params: unknown[], analyze: boolean) => {
		const [row] = await client.unsafe(
			`explain (${analyze ? 'analyze, buffers, ' : ''}format json) ${query}`,
			params as never[]
		);
		const top = (row['QUERY PLAN'] as { Plan: Plan; 'Execution Time'?: number }[])[0];
		const nodes = walk(top.Plan);
		return {
			time: top['Execution Time'] ?? 0,
			indexes: [...new Set(nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])))],
			seqScans: [
				...new Set(
					nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']!)
				)
			]
		};
	};
	for (const { query, params } of seen.filter((s) => !s.query.includes('pg_catalog'))) {
		const natural = await plan(query, params, true);
		await client.unsafe('set enable_seqscan = off');
		const forced = await plan(query, params, false);
		await client.unsafe('reset enable_seqscan');
		const from = /from "(\w+)"/.exec(query)?.[1] ?? '?';
		const scans = natural.seqScans.map((t) => `${t} (${sizes.get(t) ?? '?'} rows)`);
		lines.push(
			`  ${ms(natural.time).padStart(9)}  from ${from.padEnd(18)} indexes: ${natural.indexes.join(', ') || '—'}${scans.length ? `; seq scan: ${scans.join(', ')}` : ''}`
		);
		for (const table of forced.seqScans)
			if ((sizes.get(table) ?? 0) > largeTableRows)
				problems.push(`no index lets ${table} be read in part: ${query.slice(0, 160)}…`);
	}
	await client.end();
	return { lines, problems };
}

/** What seedSchool returns, read back from a database it filled earlier. */
async function loadSchool(db: Database) {
	const count = async (table: 'users' | 'attempts' | 'answers') =>
		(await db.select({ n: drizzleCount() }).from(schema[table]))[0].n;
	return {
		classes: await db
			.select({ id: schema.classes.id, teacherId: schema.classes.teacherId })
			.from(schema.classes)
			.orderBy(schema.classes.id),
		assignments: await db.select().from(schema.assignments).orderBy(schema.assignments.id),
		students: (await count('users')) - 10,
		attempts: await count('attempts'),
		answers: await count('answers')
	};
}

/** The built server on the bench database, for timings through HTTP; undefined without a build. */
async function startServer(url: string, port: number) {
	if (!existsSync(join(import.meta.dirname, '../build/index.js'))) return undefined;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			DATABASE_URL: url,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`
		},
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		await new Promise((r) => setTimeout(r, 200));
		if (
			await fetch(`http://127.0.0.1:${port}/healthz`).then(
				(r) => r.ok,
				() => false
			)
		)
			return child;
	}
	child.kill('SIGTERM');
	throw new Error('the built server did not start');
}

async function main() {
	const reuse = process.env.BENCH_DATABASE_URL;
	const name = reuse ? new URL(reuse).pathname.slice(1) : `bacaan_bench_${process.pid}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	if (!reuse) {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.unsafe(`create database "${name}"`);
	}
	const url = reuse ?? Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
	const open = await openDatabase({ url });
	const db = open.db;
	let failed = false;
	try {
		console.log(reuse ? `Measuring ${name} again …` : `Seeding ${name} …`);
		const school = reuse
			? await loadSchool(db)
			: await seedSchool(db, undefined, (line) => console.log(`  ${line}`));
		await db.execute(sql`vacuum analyze`);
		const classes = school.classes;
		const firstAssignment = new Map<number, number>();
		for (const a of school.assignments)
			if (!firstAssignment.has(a.classId)) firstAssignment.set(a.classId, a.id);
		console.log(
			`\n${school.students} students in ${classes.length} classes, ${school.assignments.length} assignments, ${school.attempts} attempts, ${school.answers} answers\n`
		);

		// Warm-up: code paths, question pools and the planner's caches.
		for (const c of classes.slice(0, 3)) await reports.dashboard(db, c.teacherId, c.id);
		// Each class five times; its median is its time (a busy machine's hiccups do not count as a page's).
		const dashboard: number[] = [];
		const report: number[] = [];
		for (const c of classes) {
			const runs = { dashboard: [] as number[], report: [] as number[] };
			for (let i = 0; i < repeats; i++) {
				const [a, d] = await time(() => reports.dashboard(db, c.teacherId, c.id));
				if (!d || d.roster.length === 0) throw new Error(`class ${c.id} came back empty`);
				runs.dashboard.push(a);
				const [b, r] = await time(() =>
					reports.assignmentReport(db, c.teacherId, c.id, firstAssignment.get(c.id)!)
				);
				if (!r || r.takers === 0) throw new Error(`report of class ${c.id} came back empty`);
				runs.report.push(b);
			}
			dashboard.push(stats(runs.dashboard).median);
			report.push(stats(runs.report).median);
		}
		const d = stats(dashboard);
		const r = stats(report);
		console.log(
			`Server time (data functions, warm; per class the median of ${repeats} runs; load average ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' ')}):`
		);
		console.log(`  class dashboard    median ${ms(d.median)}  p95 ${ms(d.p95)}  max ${ms(d.max)}`);
		console.log(`  assignment report  median ${ms(r.median)}  p95 ${ms(r.p95)}  max ${ms(r.max)}`);
		if (d.p95 > budgetMs || r.p95 > budgetMs) {
			failed = true;
			console.log(`  OVER BUDGET: p95 must stay within ${budgetMs} ms`);
		}

		const server = await startServer(url, 4499);
		if (server) {
			try {
				const http = { dashboard: [] as number[], report: [] as number[], csv: [] as number[] };
				for (const c of classes) {
					const { token } = await createSession(db, c.teacherId);
					const get = async (path: string) => {
						const [t, res] = await time(async () => {
							const response = await fetch(`http://127.0.0.1:4499${path}`, {
								headers: { cookie: `bacaan_session=${token}` }
							});
							await response.arrayBuffer();
							return response;
						});
						if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
						return t;
					};
					await get(`/teacher/classes/${c.id}`); // warm
					const median3 = async (path: string) =>
						stats([await get(path), await get(path), await get(path)]).median;
					http.dashboard.push(await median3(`/teacher/classes/${c.id}`));
					http.report.push(
						await median3(`/teacher/classes/${c.id}/assignments/${firstAssignment.get(c.id)}`)
					);
					http.csv.push(await median3(`/teacher/classes/${c.id}/answers.csv`));
				}
				console.log(
					'\nThrough HTTP from the built server (request to last byte, loopback; per class the median of 3):'
				);
				for (const [label, xs] of [
					['class dashboard page', http.dashboard],
					['assignment report page', http.report],
					['all answers CSV', http.csv]
				] as const) {
					const s = stats(xs);
					console.log(
						`  ${label.padEnd(24)} median ${ms(s.median)}  p95 ${ms(s.p95)}  max ${ms(s.max)}`
					);
				}
			} finally {
				server.kill('SIGTERM');
			}
		} else console.log('\n(no build/: run `npm run build` for the timings through HTTP)');

		const c = classes[0];
		for (const [label, f] of [
			['class dashboard', (x: Database) => reports.dashboard(x, c.teacherId, c.id)],
			[
				'assignment report',
				(x: Database) => reports.assignmentReport(x, c.teacherId, c.id, firstAssignment.get(c.id)!)
			]
		] as const) {
			const { lines, problems } = await explain(url, f);
			console.log(
				`\nQuery plans: ${label} (${lines.length} statements, EXPLAIN ANALYZE; index check: ${problems.length ? 'FAILED' : 'every large table can be read through an index'})`
			);
			for (const line of lines) console.log(line);
			for (const p of problems) console.log(`  PROBLEM: ${p}`);
			if (problems.length) failed = true;
		}
	} finally {
		await open.close();
		if (keep || reuse) console.log(`\nKept the database: ${url}`);
		else await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.end();
	}
	if (failed) process.exitCode = 1;
}

await main();
