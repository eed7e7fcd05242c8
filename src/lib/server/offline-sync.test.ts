import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../tests/support/test-database';
import { makeStudent } from '../../../tests/support/accounts';
import * as articleStore from './articles';
import * as attemptStore from './attempts';
import { listShippedArticles } from './content';
import { answers, reviewLog, wordReviews, type Article } from './db/schema';
import * as offlineSync from './offline-sync';
import * as reviews from './reviews';

// Runs on PostgreSQL with a pool when TEST_DATABASE_URL is set: the parallel replays below are
// real races there (PGlite runs one query at a time and could never show one).
const test = useTestDatabase();
const now = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(now.getTime() - n * 60_000);
let article: Article;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

const cardOf = async (userId: number, root: string) =>
	(
		await test.db
			.select()
			.from(wordReviews)
			.where(and(eq(wordReviews.userId, userId), eq(wordReviews.root, root)))
	)[0];

const rating = (root: string, name: reviews.RatingName, givenAt: Date) =>
	({ kind: 'rating', id: randomUUID(), root, rating: name, givenAt }) as const;

async function learnerWithCards(roots: string[]) {
	const user = await makeStudent(test.db);
	for (const root of roots) await reviews.add(test.db, user.id, article, root, minutes(120));
	return user;
}

async function startQuiz(userId: number) {
	const started = await attemptStore.startOrResume(test.db, userId, article, { size: 3 });
	if ('error' in started) throw new Error(started.error);
	return (await attemptStore.getAttempt(test.db, userId, started.attemptId))!;
}

describe('reading a batch', () => {
	it('accepts answers and ratings with a UUID and the time given', () => {
		const id = randomUUID();
		const parsed = offlineSync.parseSync({
			account: '7',
			items: [
				{ kind: 'rating', id, root: 'hukum', rating: 'good', givenAt: now.getTime() },
				{ kind: 'answer', id: randomUUID(), attempt: 3, question: 'q', response: 'a', givenAt: 1 }
			]
		});
		expect(parsed).toMatchObject({
			account: '7',
			items: [{ kind: 'rating', id, root: 'hukum', rating: 'good', givenAt: now }, { attempt: 3 }]
		});
	});

	it('refuses what is not an answer or a rating', () => {
		const good = { kind: 'rating', id: randomUUID(), root: 'hukum', rating: 'good', givenAt: 1 };
		for (const items of [
			[],
			[{ ...good, id: 'not-a-uuid' }],
			[{ ...good, rating: 'perfect' }],
			[{ ...good, givenAt: 'yesterday' }],
			[{ ...good, kind: 'lookup' }],
			[{ kind: 'answer', id: randomUUID(), attempt: -1, question: 'q', response: 'a', givenAt: 1 }],
			Array.from({ length: offlineSync.maxItemsPerSync + 1 }, () => good)
		])
			expect(offlineSync.parseSync({ account: '1', items })).toHaveProperty('error');
		expect(offlineSync.parseSync({ items: [good] })).toHaveProperty('error');
	});
});

describe('review ratings given offline', () => {
	it('are scheduled at the time given and stored once however often they are sent', async () => {
		const user = await learnerWithCards(['hukum', 'undang']);
		const batch = [rating('hukum', 'good', minutes(30)), rating('undang', 'again', minutes(20))];
		const first = await offlineSync.applyItems(test.db, user.id, batch, now);
		expect(first.map((r) => r.status)).toEqual(['stored', 'stored']);
		const card = await cardOf(user.id, 'hukum');
		expect(card).toMatchObject({ reps: 1, lastReview: minutes(30) });
		// A replay a minute later reports the time first stored, not its own.
		const again = await offlineSync.applyItems(test.db, user.id, batch, minutes(-1));
		expect(again.map((r) => [r.status, r.at])).toEqual([
			['repeated', minutes(30).getTime()],
			['repeated', minutes(20).getTime()]
		]);
		expect(await cardOf(user.id, 'hukum')).toEqual(card);
		const log = await test.db.select().from(reviewLog).orderBy(reviewLog.reviewedAt);
		expect(log.map((r) => [r.root, r.reviewedAt, r.clientId])).toEqual([
			['hukum', minutes(30), batch[0].id],
			['undang', minutes(20), batch[1].id]
		]);
	});

	it('are stored exactly once when the same outbox is sent ten times at once', async () => {
		const user = await learnerWithCards(['hukum', 'undang', 'terima']);
		const batch = [
			rating('hukum', 'good', minutes(30)),
			rating('undang', 'hard', minutes(25)),
			rating('terima', 'easy', minutes(20))
		];
		const sends = await Promise.all(
			Array.from({ length: 10 }, () => offlineSync.applyItems(test.db, user.id, batch, now))
		);
		const stored = sends.flat().filter((r) => r.status === 'stored');
		expect(stored.map((r) => r.id).sort()).toEqual(batch.map((i) => i.id).sort());
		expect(await test.db.select().from(reviewLog)).toHaveLength(3);
		for (const root of ['hukum', 'undang', 'terima'])
			expect((await cardOf(user.id, root)).reps).toBe(1);
	});

	it('apply in the order given: a rating older than the last review does not move the card', async () => {
		const user = await learnerWithCards(['hukum']);
		// Another device reviewed the card 10 minutes ago, online.
		await reviews.answer(test.db, user.id, 'hukum', reviews.ratings.easy, 0, minutes(10));
		const after = await cardOf(user.id, 'hukum');
		const older = rating('hukum', 'again', minutes(40));
		expect(await offlineSync.applyItems(test.db, user.id, [older], now)).toEqual([
			{ id: older.id, status: 'superseded', at: minutes(40).getTime() }
		]);
		expect(await cardOf(user.id, 'hukum')).toEqual(after);
		// Logged all the same (it was given), and only once.
		expect(await offlineSync.applyItems(test.db, user.id, [older], now)).toMatchObject([
			{ status: 'repeated' }
		]);
		expect(await test.db.select().from(reviewLog)).toHaveLength(2);
		// A later rating from this device lands on top of the other device's review.
		const newer = rating('hukum', 'again', minutes(5));
		expect(await offlineSync.applyItems(test.db, user.id, [newer], now)).toMatchObject([
			{ status: 'stored' }
		]);
		expect(await cardOf(user.id, 'hukum')).toMatchObject({ reps: 2, lapses: 1 });
	});

	it('within one batch, ratings of one card apply oldest first whatever order they came in', async () => {
		const user = await learnerWithCards(['hukum']);
		const first = rating('hukum', 'good', minutes(30));
		const second = rating('hukum', 'again', minutes(10));
		const results = await offlineSync.applyItems(test.db, user.id, [second, first], now);
		expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
		expect(await cardOf(user.id, 'hukum')).toMatchObject({ reps: 2, lastReview: minutes(10) });
	});

	it('a time in the future counts as now; a removed word is refused', async () => {
		const user = await learnerWithCards(['hukum']);
		const future = rating('hukum', 'good', new Date(now.getTime() + 3_600_000));
		await offlineSync.applyItems(test.db, user.id, [future], now);
		expect((await cardOf(user.id, 'hukum')).lastReview).toEqual(now);
		const gone = rating('bukan', 'good', minutes(1));
		expect(await offlineSync.applyItems(test.db, user.id, [gone], now)).toMatchObject([
			{ status: 'refused' }
		]);
	});
});

describe('quiz answers given offline', () => {
	const answer = (attempt: number, question: string, response: string, givenAt: Date) =>
		({ kind: 'answer', id: randomUUID(), attempt, question, response, givenAt }) as const;

	it('are stored once with the time given, even when sent ten times at once', async () => {
		const user = await makeStudent(test.db);
		const quiz = await startQuiz(user.id);
		const batch = quiz.items.map((item, i) =>
			answer(quiz.id, item.question.id, item.question.answer, minutes(30 - i))
		);
		const sends = await Promise.all(
			Array.from({ length: 10 }, () => offlineSync.applyItems(test.db, user.id, batch, now))
		);
		expect(sends.flat().filter((r) => r.status === 'stored')).toHaveLength(3);
		const rows = await test.db.select().from(answers).orderBy(answers.answeredAt);
		expect(rows.map((r) => [r.questionId, r.answeredAt, r.clientId, r.correct])).toEqual(
			batch.map((a) => [a.question, a.givenAt, a.id, true])
		);
		expect((await attemptStore.getAttempt(test.db, user.id, quiz.id))!.finished).toBe(true);
	});

	it('keep the first answer to a question; a key reused for another question is refused', async () => {
		const user = await makeStudent(test.db);
		const quiz = await startQuiz(user.id);
		const [one, two] = quiz.items.map((i) => i.question);
		// Answered online on another device first.
		await attemptStore.submitAnswer(test.db, user.id, quiz.id, one.id, one.answer);
		const late = answer(quiz.id, one.id, 'something else', minutes(30));
		expect(await offlineSync.applyItems(test.db, user.id, [late], now)).toMatchObject([
			{ status: 'repeated' }
		]);
		const stored = await test.db.select().from(answers);
		expect(stored).toMatchObject([{ questionId: one.id, response: one.answer, clientId: null }]);
		const sent = answer(quiz.id, two.id, two.answer, minutes(20));
		await offlineSync.applyItems(test.db, user.id, [sent], now);
		const reused = { ...sent, question: quiz.items[2].question.id };
		expect(await offlineSync.applyItems(test.db, user.id, [reused], now)).toMatchObject([
			{ status: 'refused' }
		]);
		expect(await test.db.select().from(answers)).toHaveLength(2);
	});

	it('are refused for a quiz that is not the learner’s', async () => {
		const owner = await makeStudent(test.db);
		const other = await makeStudent(test.db);
		const quiz = await startQuiz(owner.id);
		const q = quiz.items[0].question;
		expect(
			await offlineSync.applyItems(test.db, other.id, [answer(quiz.id, q.id, q.answer, now)], now)
		).toMatchObject([{ status: 'refused' }]);
		expect(await test.db.select().from(answers)).toHaveLength(0);
	});
});
