/**
 * "My progress": quiz scores over time, words learned and due, the daily streak, articles read.
 * Days are UTC days (see reviews.ts). A day counts for the streak when the learner looked a word
 * up, added one, answered a review card or worked on a quiz; the streak is still alive when today
 * has no activity yet but yesterday had.
 */
import { and, asc, count, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Database } from './db';
import { answers, attempts, reviewLog, wordLookups, wordReviews } from './db/schema';
import * as reviews from './reviews';

export type Progress = Awaited<ReturnType<typeof summarize>>;

export async function summarize(db: Database, userId: number, now = new Date()) {
	const [scores, words, due, articlesRead, days] = await Promise.all([
		listScores(db, userId),
		countWords(db, userId),
		reviews.countDue(db, userId, now),
		countArticlesRead(db, userId),
		listActiveDays(db, userId, now)
	]);
	return { scores, words: { ...words, due }, articlesRead, streak: streakOf(days, isoDay(now)) };
}

/** Finished quiz attempts, oldest first: `score` is the share of questions answered correctly (0…1). */
export async function listScores(db: Database, userId: number, limit = 30) {
	const rows = await db
		.select({
			finishedAt: attempts.finishedAt,
			questionCount: attempts.questionCount,
			correct: sql<number>`count(${answers.attemptId}) filter (where ${answers.correct})`.mapWith(
				Number
			)
		})
		.from(attempts)
		.leftJoin(answers, eq(answers.attemptId, attempts.id))
		.where(and(eq(attempts.userId, userId), isNotNull(attempts.finishedAt)))
		.groupBy(attempts.id)
		.orderBy(sql`${attempts.finishedAt} desc`)
		.limit(limit);
	return rows.reverse().map((r) => ({
		at: r.finishedAt!,
		correct: r.correct,
		total: r.questionCount,
		score: r.correct / r.questionCount
	}));
}

/** Words on the learner's list; "learned" are those marked known or graduated to FSRS's review state. */
async function countWords(db: Database, userId: number) {
	const [row] = await db
		.select({
			total: count(),
			learned:
				sql<number>`count(*) filter (where ${or(eq(wordReviews.known, true), eq(wordReviews.state, 2))})`.mapWith(
					Number
				)
		})
		.from(wordReviews)
		.where(eq(wordReviews.userId, userId));
	return row;
}

/** Articles where the learner looked a word up or took a quiz. */
async function countArticlesRead(db: Database, userId: number): Promise<number> {
	const read = db
		.select({ articleId: wordLookups.articleId })
		.from(wordLookups)
		.where(eq(wordLookups.userId, userId))
		.union(
			db.select({ articleId: attempts.articleId }).from(attempts).where(eq(attempts.userId, userId))
		)
		.as('read');
	const [row] = await db.select({ n: count() }).from(read);
	return row.n;
}

/** UTC days ('YYYY-MM-DD') with any activity in the last year. */
async function listActiveDays(db: Database, userId: number, now: Date): Promise<Set<string>> {
	const since = new Date(now.getTime() - 366 * 86_400_000);
	const day = (column: unknown) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;
	const rows = await db
		.select({ day: day(reviewLog.reviewedAt) })
		.from(reviewLog)
		.where(
			and(eq(reviewLog.userId, userId), sql`${reviewLog.reviewedAt} >= ${since.toISOString()}`)
		)
		.union(
			db
				.select({ day: day(wordLookups.lookedUpAt) })
				.from(wordLookups)
				.where(
					and(
						eq(wordLookups.userId, userId),
						sql`${wordLookups.lookedUpAt} >= ${since.toISOString()}`
					)
				)
		)
		.union(
			db
				.select({ day: day(wordReviews.createdAt) })
				.from(wordReviews)
				.where(
					and(
						eq(wordReviews.userId, userId),
						sql`${wordReviews.createdAt} >= ${since.toISOString()}`
					)
				)
		)
		.union(
			db
				.select({ day: day(attempts.startedAt) })
				.from(attempts)
				.where(
					and(eq(attempts.userId, userId), sql`${attempts.startedAt} >= ${since.toISOString()}`)
				)
		)
		.orderBy(asc(sql`1`));
	return new Set(rows.map((r) => r.day));
}

export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Consecutive active days ending today, or ending yesterday when today has nothing yet. */
export function streakOf(days: Set<string>, today: string): number {
	const cursor = new Date(`${today}T00:00:00Z`);
	if (!days.has(today)) cursor.setUTCDate(cursor.getUTCDate() - 1);
	let streak = 0;
	while (days.has(isoDay(cursor))) {
		streak++;
		cursor.setUTCDate(cursor.getUTCDate() - 1);
	}
	return streak;
}
