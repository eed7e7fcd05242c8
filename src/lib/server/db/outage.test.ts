/**
 * Fault test: PostgreSQL restarted twice under steady load. 20 learners keep answering quiz
 * questions through the app's own data layer while a throwaway cluster (never the machine's own
 * server) is stopped and started. Checked: the process survives (an uncaught error fails the run),
 * every answer acknowledged as stored is in the database at the end, every failed request failed
 * with an error the app answers 503 to and was under way while the database was down, and nothing
 * fails in the 10 s after the database is back.
 *
 * Runs on the PostgreSQL pass (TEST_DATABASE_URL set) where initdb and pg_ctl exist.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGuest } from '../../../../tests/support/accounts';
import {
	createCluster,
	findPostgresTools,
	type Cluster
} from '../../../../tests/support/pg-cluster';
import * as articleStore from '../articles';
import * as attemptStore from '../attempts';
import { listShippedArticles } from '../content';
import { openDatabase, type OpenDatabase } from './client';
import { isDatabaseUnavailable } from './errors';
import { answers, type Article } from './schema';

const tools = findPostgresTools();
const skipReason = !process.env.TEST_DATABASE_URL
	? 'runs only on the PostgreSQL pass (TEST_DATABASE_URL)'
	: 'reason' in tools
		? tools.reason
		: '';
if (skipReason) console.log(`outage.test.ts skipped: ${skipReason}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(Boolean(skipReason))('PostgreSQL restarted under load', () => {
	let cluster: Cluster;
	let open: OpenDatabase;
	let article: Article;

	beforeAll(async () => {
		cluster = await createCluster((tools as { bin: string }).bin);
		open = await openDatabase({ url: cluster.url });
		await articleStore.loadShipped(open.db, listShippedArticles());
		article = (await articleStore.findBySlug(open.db, 'putin-terima-undangan-kim-jong-un'))!;
	}, 90_000);
	afterAll(async () => {
		await open?.close();
		await cluster?.destroy();
	});

	it('stays up, loses no acknowledged answer and recovers by itself', async () => {
		const db = open.db;
		const acknowledged: { attemptId: number; questionId: string }[] = [];
		const failures: { startedAt: number; endedAt: number; error: unknown }[] = [];
		let requests = 0;
		let running = true;

		/** One request, timed: a hang longer than 15 s counts as a failure too. */
		async function request<T>(work: () => Promise<T>): Promise<T | undefined> {
			const startedAt = performance.now();
			requests++;
			try {
				return await Promise.race([
					work(),
					sleep(15_000).then(() => Promise.reject(new Error('hung for 15 s')))
				]);
			} catch (error) {
				failures.push({ startedAt, endedAt: performance.now(), error });
				await sleep(100); // a person waits a moment before trying again
			}
		}

		async function learner() {
			let userId: number | undefined;
			while (running) {
				userId ??= (await request(() => makeGuest(db)))?.id;
				if (userId === undefined) continue;
				const started = await request(() => attemptStore.startOrResume(db, userId!, article));
				if (!started) continue;
				if ('error' in started) {
					userId = undefined; // no questions left for this learner: a new one takes over
					continue;
				}
				const view = await request(() => attemptStore.getAttempt(db, userId!, started.attemptId));
				for (const item of view?.items ?? []) {
					if (!running) break;
					if (item.answer) continue;
					const q = item.question;
					const response = q.typed ? q.answer : q.options[0];
					const result = await request(() =>
						attemptStore.submitAnswer(db, userId!, started.attemptId, q.id, response)
					);
					if (result?.status === 'stored')
						acknowledged.push({ attemptId: started.attemptId, questionId: q.id });
					await sleep(20);
				}
			}
		}

		const outages: { down: number; up: number }[] = [];
		const clients = Array.from({ length: 20 }, learner);
		await sleep(2_000);
		for (let round = 0; round < 2; round++) {
			const down = performance.now();
			await cluster.stop();
			await sleep(2_000);
			await cluster.start();
			const up = performance.now();
			outages.push({ down, up });
			await sleep(10_000);
		}
		running = false;
		await Promise.all(clients);

		const stored = await db
			.select({ attemptId: answers.attemptId, questionId: answers.questionId })
			.from(answers);
		const storedKeys = new Set(stored.map((a) => `${a.attemptId}/${a.questionId}`));
		const lost = acknowledged.filter((a) => !storedKeys.has(`${a.attemptId}/${a.questionId}`));
		// A request may fail if it was under way at some moment while the database was down.
		const outsideOutage = failures.filter(
			(f) => !outages.some((o) => f.startedAt < o.up && f.endedAt >= o.down)
		);
		const not503 = failures.filter((f) => !isDatabaseUnavailable(f.error));
		console.log(
			`outage test: ${requests} requests, ${acknowledged.length} answers acknowledged, ` +
				`${failures.length} failed during ${outages.length} outages`
		);

		// Only proves the load was real: the count depends on how busy the machine is (86 was seen
		// on a machine running three other test suites), never on the behaviour under test.
		expect(acknowledged.length).toBeGreaterThan(40);
		expect(lost).toEqual([]);
		expect(outsideOutage.map((f) => String(f.error))).toEqual([]);
		expect(not503.map((f) => String(f.error))).toEqual([]);
		// and the data layer still answers
		const [one] = await db
			.select({ id: answers.attemptId })
			.from(answers)
			.where(and(eq(answers.attemptId, acknowledged[0].attemptId)))
			.limit(1);
		expect(one).toBeDefined();
	}, 110_000);
});
