import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/test-database';
import { makeStudent } from '../../../tests/support/accounts';
import * as articleStore from './articles';
import { listShippedArticles } from './content';
import { answers, attemptQuestions, attempts } from './db/schema';
import * as progress from './progress';
import * as reviews from './reviews';

const test = useTestDatabase();
const now = new Date('2026-03-05T12:00:00Z');
let article: NonNullable<Awaited<ReturnType<typeof articleStore.findBySlug>>>;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

async function finishAttempt(userId: number, finishedAt: Date, results: boolean[]) {
	const [attempt] = await test.db
		.insert(attempts)
		.values({
			userId,
			articleId: article.id,
			seed: 1,
			questionCount: results.length,
			startedAt: finishedAt,
			finishedAt
		})
		.returning();
	await test.db.insert(attemptQuestions).values(
		results.map((_, i) => ({
			attemptId: attempt.id,
			position: i + 1,
			questionId: `q${i}`,
			question: {} as never,
			evidence: { before: '', sentence: '', after: '' }
		}))
	);
	await test.db.insert(answers).values(
		results.map((correct, i) => ({
			attemptId: attempt.id,
			questionId: `q${i}`,
			response: 'x',
			correct
		}))
	);
}

describe('streaks', () => {
	const days = new Set(['2026-03-01', '2026-03-03', '2026-03-04', '2026-03-05']);
	it('counts consecutive days ending today', () =>
		expect(progress.streakOf(days, '2026-03-05')).toBe(3));
	it('is still alive when only yesterday was active', () =>
		expect(progress.streakOf(days, '2026-03-06')).toBe(3));
	it('is zero after a missed day', () => expect(progress.streakOf(days, '2026-03-07')).toBe(0));
	it('crosses month ends', () =>
		expect(progress.streakOf(new Set(['2026-02-28', '2026-03-01']), '2026-03-01')).toBe(2));
});

describe('a learner’s progress', () => {
	it('is empty for someone who has done nothing', async () => {
		const { id } = await makeStudent(test.db);
		expect(await progress.summarize(test.db, id, now)).toEqual({
			scores: [],
			words: { total: 0, learned: 0, due: 0 },
			articlesRead: 0,
			streak: 0
		});
	});

	it('gathers scores, words, articles and the streak from quizzes, lookups and reviews', async () => {
		const { id } = await makeStudent(test.db);
		const other = await makeStudent(test.db);
		await finishAttempt(id, new Date('2026-03-03T10:00:00Z'), [true, false, false, false]);
		await finishAttempt(id, new Date('2026-03-04T10:00:00Z'), [true, true, true, false]);
		await finishAttempt(other.id, new Date('2026-03-04T10:00:00Z'), [true]);
		await reviews.recordLookups(
			test.db,
			id,
			article,
			[{ root: 'hukum', form: 'menghukum' }],
			new Date('2026-03-05T08:00:00Z')
		);
		await reviews.markKnown(test.db, id, article, 'sepakat', new Date('2026-03-05T08:00:00Z'));
		await reviews.add(test.db, id, article, 'terima', new Date('2026-03-05T08:00:00Z'));
		await reviews.answer(
			test.db,
			id,
			'terima',
			reviews.ratings.easy,
			0,
			new Date('2026-03-05T09:00:00Z')
		);

		const summary = await progress.summarize(test.db, id, now);
		expect(summary.scores.map((s) => s.score)).toEqual([0.25, 0.75]);
		expect(summary.scores[0]).toMatchObject({ correct: 1, total: 4 });
		expect(summary.words).toEqual({ total: 3, learned: 2, due: 1 });
		expect(summary.articlesRead).toBe(1);
		expect(summary.streak).toBe(3);
	});
});
