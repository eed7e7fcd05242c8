/**
 * Quiz attempts: starting or resuming, submitting answers, and reading an attempt back.
 *
 * Written for PostgreSQL under read committed with a pool (PGlite serialises everything and would
 * hide races). The guarantees come from the database: one open attempt per learner and article (a
 * partial unique index, so a racing second start resumes the first); one answer per attempt and
 * question (the primary key, written with ON CONFLICT DO NOTHING, then the stored row is reported,
 * so a retry or double tap gets the first answer back).
 *
 * A submission takes no lock and no transaction: one read (the attempt, the question, any stored
 * answer), then for a new answer an insert and, as a statement of its own once the insert has
 * committed, the "all answered -> finished" update. Of several last answers landing together, the
 * update that starts last started after every one of their inserts committed, so it counts them
 * all and finishes the attempt (`finished_at is null` lets one update win). That needs each
 * statement to commit on its own: `submitAnswer` takes the pool, never a transaction. A repeated
 * answer is one read. A quiz only finishes when every question has its answer, so an answer cannot
 * slip in after the finish: it would meet the stored one (the primary key). Before, each answer
 * locked the attempt row in a transaction: eight round trips on PostgreSQL and a WAL flush even
 * for a repeat, which held a class to about 150 answers a second.
 * Scores are counted from stored answers; the client only ever sends a question id and a response.
 */
import { randomInt } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { grade } from '$lib/text/grade';
import { fnv1a, shuffle } from '$lib/text/question-utils';
import { buildQuiz } from '$lib/text/quiz';
import type { Question } from '$lib/text/types';
import type { Database, Transaction } from './db';
import { preparedPer } from './db/prepared';
import { answers, articles, attemptQuestions, attempts, type Article } from './db/schema';
import * as assignments from './assignments';
import * as reviews from './reviews';
import { evidenceOf } from './question-pool';
import { m } from '$lib/paraglide/messages';

type Queryable = Database | Transaction;
export const defaultQuizSize = 10;
const maxResponseLength = 200;

async function findOpen(db: Queryable, userId: number, articleId: number) {
	const [row] = await db
		.select({ id: attempts.id })
		.from(attempts)
		.where(
			and(
				eq(attempts.userId, userId),
				eq(attempts.articleId, articleId),
				isNull(attempts.finishedAt)
			)
		);
	return row;
}

/** The learner's unfinished attempt on this article, if any (read-only: safe in a load). */
export async function findOpenAttempt(
	db: Database,
	userId: number,
	articleId: number
): Promise<number | undefined> {
	return (await findOpen(db, userId, articleId))?.id;
}

/**
 * The open attempt, or a new one with a fresh selection: questions this learner has not been
 * asked before on this article when enough remain, else the whole pool. An assignment's seed
 * gives every student of the class the same selection; `size` overrides the number.
 */
export async function startOrResume(
	db: Database,
	userId: number,
	article: Article,
	options: { size?: number } = {}
) {
	const open = await findOpen(db, userId, article.id);
	if (open) return { attemptId: open.id, resumed: true } as const;
	// The teacher's visible questions; an assignment also fixes the size and the selection.
	const plan = await assignments.quizPlanFor(db, userId, article);
	const pool = plan.pool;
	const size = Math.min(options.size ?? plan.size ?? defaultQuizSize, pool.length);
	if (size === 0) return { error: m.quiz_no_questions() } as const;
	const asked = await db
		.selectDistinct({ id: attemptQuestions.questionId })
		.from(attemptQuestions)
		.innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
		.where(and(eq(attempts.userId, userId), eq(attempts.articleId, article.id)));
	const seen = new Set(asked.map((r) => r.id));
	const unseen = pool.filter((q) => !seen.has(q.id));
	const seed = plan.seed ?? randomInt(2 ** 31 - 1);
	const drawn = buildQuiz(plan.seed === undefined && unseen.length >= size ? unseen : pool, {
		size,
		seed
	});
	// An assignment asks every student the same items, each student in their own stable order.
	const chosen = plan.seed === undefined ? drawn : shuffle(drawn, fnv1a(`${plan.seed}/${userId}`));

	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(attempts)
			.values({ userId, articleId: article.id, seed, questionCount: chosen.length })
			.onConflictDoNothing()
			.returning({ id: attempts.id });
		if (!created) {
			// A parallel start won: its row is committed now (our insert waited for it).
			const winner = await findOpen(tx, userId, article.id);
			if (!winner) throw new Error('attempt conflict without an open attempt');
			return { attemptId: winner.id, resumed: true } as const;
		}
		await tx.insert(attemptQuestions).values(
			chosen.map((question, i) => ({
				attemptId: created.id,
				position: i + 1,
				questionId: question.id,
				question,
				evidence: evidenceOf(article, question)
			}))
		);
		return { attemptId: created.id, resumed: false } as const;
	});
}

export type SubmitResult =
	| {
			status: 'stored' | 'repeated';
			position: number;
			response: string;
			correct: boolean;
			answeredAt: Date;
			finished: boolean;
	  }
	| {
			status: 'refused';
			code: 'not-found' | 'not-in-attempt' | 'finished' | 'invalid';
			message: string;
	  };

/** An answer given offline: the browser's idempotency key and the time it was given. */
export interface Given {
	clientId: string;
	at: Date;
}

/**
 * Stores the learner's first answer to a question and reports the stored one. `not-found` covers
 * attempts that are missing and attempts of other learners alike (callers answer 404 to both).
 * `given` comes with an answer sent from the offline outbox: its key is stored (unique, so a
 * replay is "repeated") and its time becomes `answeredAt` (never later than now). An answer given
 * on another device first still wins: the first answer to a question is the one kept.
 */
export async function submitAnswer(
	db: Database,
	userId: number,
	attemptId: number,
	questionId: string,
	rawResponse: string,
	given?: Given
): Promise<SubmitResult> {
	const result = await storeAnswer(db, userId, attemptId, questionId, rawResponse, given);
	if (result.status === 'stored' && !result.correct)
		await reviewMissedWord(db, userId, attemptId, questionId);
	return result;
}

/** A word the learner got wrong goes to their review list, with its sentence from the article. */
async function reviewMissedWord(
	db: Database,
	userId: number,
	attemptId: number,
	questionId: string
): Promise<void> {
	// The article's text only: its raw import text and metadata are the larger part of the row.
	const [row] = await db
		.select({
			question: attemptQuestions.question,
			article: {
				id: articles.id,
				slug: articles.slug,
				contentHash: articles.contentHash,
				body: articles.body,
				blocks: articles.blocks
			}
		})
		.from(attemptQuestions)
		.innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
		.innerJoin(articles, eq(articles.id, attempts.articleId))
		.where(
			and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.questionId, questionId))
		);
	if (row?.question.root)
		await reviews.addMissedWords(db, userId, [row.question.root], { article: row.article });
}

/**
 * The attempt (if it is this learner's), the question in it and any stored answer, in one read;
 * built once per handle (db/prepared.ts), as it runs for every answer sent.
 */
const answerInAttempt = preparedPer((db) =>
	db
		.select({
			finishedAt: attempts.finishedAt,
			position: attemptQuestions.position,
			question: attemptQuestions.question,
			response: answers.response,
			correct: answers.correct,
			answeredAt: answers.answeredAt
		})
		.from(attempts)
		.leftJoin(
			attemptQuestions,
			and(
				eq(attemptQuestions.attemptId, attempts.id),
				eq(attemptQuestions.questionId, sql.placeholder('questionId'))
			)
		)
		.leftJoin(
			answers,
			and(eq(answers.attemptId, attempts.id), eq(answers.questionId, sql.placeholder('questionId')))
		)
		.where(
			and(
				eq(attempts.id, sql.placeholder('attemptId')),
				eq(attempts.userId, sql.placeholder('userId'))
			)
		)
		.prepare('answer_in_attempt')
);

async function storeAnswer(
	db: Database,
	userId: number,
	attemptId: number,
	questionId: string,
	rawResponse: string,
	given?: Given
): Promise<SubmitResult> {
	const response = rawResponse.trim().slice(0, maxResponseLength);
	const now = new Date();
	const offline = given && {
		clientId: given.clientId,
		answeredAt: given.at.getTime() > now.getTime() ? now : given.at
	};
	const [found] = await answerInAttempt(db).execute({ attemptId, userId, questionId });
	if (!found) return refuse('not-found', m.quiz_not_found());
	const { position, question } = found;
	if (position === null || question === null)
		return refuse('not-in-attempt', m.quiz_not_in_attempt());
	if (found.response !== null && found.correct !== null && found.answeredAt !== null)
		return {
			status: 'repeated',
			position,
			response: found.response,
			correct: found.correct,
			answeredAt: found.answeredAt,
			finished: found.finishedAt !== null
		};
	if (found.finishedAt) return refuse('finished', m.quiz_finished());
	const problem = invalidResponse(question, response);
	if (problem) return refuse('invalid', problem);

	const [inserted] = await db
		.insert(answers)
		.values({
			attemptId,
			questionId,
			response,
			correct: grade(question, response).correct,
			...offline
		})
		.onConflictDoNothing()
		.returning({
			response: answers.response,
			correct: answers.correct,
			answeredAt: answers.answeredAt
		});
	if (!inserted) {
		// Another request stored this question's answer first, or the offline key was used for another one.
		const stored = await storedAnswer(db, attemptId, questionId);
		if (!stored) return refuse('invalid', m.quiz_already_sent());
		const { finishedAt, ...answer } = stored;
		return { status: 'repeated', position, ...answer, finished: finishedAt !== null };
	}
	// Its own statement, after the insert committed: see the header for why that finishes once.
	const finished = await db
		.update(attempts)
		.set({ finishedAt: sql`now()` })
		.where(
			and(
				eq(attempts.id, attemptId),
				isNull(attempts.finishedAt),
				sql`(select count(*) from ${answers} where ${answers.attemptId} = ${attemptId}) = ${attempts.questionCount}`
			)
		)
		.returning({ id: attempts.id });
	return { status: 'stored', position, ...inserted, finished: finished.length > 0 };
}

async function storedAnswer(db: Database, attemptId: number, questionId: string) {
	const [row] = await db
		.select({
			response: answers.response,
			correct: answers.correct,
			answeredAt: answers.answeredAt,
			finishedAt: attempts.finishedAt
		})
		.from(answers)
		.innerJoin(attempts, eq(attempts.id, answers.attemptId))
		.where(and(eq(answers.attemptId, attemptId), eq(answers.questionId, questionId)));
	return row;
}

function invalidResponse(question: Question, response: string): string | undefined {
	if (response === '') return question.typed ? m.quiz_type_first() : m.quiz_choose_first();
	if (!question.typed && !question.options.includes(response)) return m.quiz_choose_shown();
}

const refuse = (code: Extract<SubmitResult, { status: 'refused' }>['code'], message: string) =>
	({ status: 'refused', code, message }) as const;

/**
 * An attempt with its questions in order and the stored answers, or undefined when it is missing
 * or not this learner's. `score` counts stored correct answers; `next` is the first unanswered
 * position (null when all are answered).
 */
export async function getAttempt(db: Database, userId: number, attemptId: number) {
	const [attempt] = await db
		.select({
			id: attempts.id,
			slug: articles.slug,
			title: articles.title,
			questionCount: attempts.questionCount,
			finishedAt: attempts.finishedAt
		})
		.from(attempts)
		.innerJoin(articles, eq(articles.id, attempts.articleId))
		.where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)));
	if (!attempt) return undefined;
	const rows = await db
		.select({
			position: attemptQuestions.position,
			question: attemptQuestions.question,
			evidence: attemptQuestions.evidence,
			response: answers.response,
			correct: answers.correct
		})
		.from(attemptQuestions)
		.leftJoin(
			answers,
			and(
				eq(answers.attemptId, attemptQuestions.attemptId),
				eq(answers.questionId, attemptQuestions.questionId)
			)
		)
		.where(eq(attemptQuestions.attemptId, attemptId))
		.orderBy(asc(attemptQuestions.position));
	const items = rows.map(({ response, correct, ...row }) => ({
		...row,
		answer:
			response === null
				? null
				: { response, correct: correct === true, grade: grade(row.question, response) }
	}));
	return {
		...attempt,
		finished: attempt.finishedAt !== null,
		items,
		answered: items.filter((i) => i.answer).length,
		score: items.filter((i) => i.answer?.correct).length,
		next: items.find((i) => !i.answer)?.position ?? null
	};
}

export type AttemptView = NonNullable<Awaited<ReturnType<typeof getAttempt>>>;

/**
 * Where a learner continues an attempt: its first unanswered question, else its results; undefined
 * when the attempt is missing or not theirs. Loads and actions redirect straight there, because a
 * redirect to the attempt's own address (an endpoint, not a page) makes the client router log
 * "Not found" before the browser follows it.
 */
export async function resumePath(
	db: Database,
	userId: number,
	attemptId: number
): Promise<string | undefined> {
	const view = await getAttempt(db, userId, attemptId);
	return view ? nextPath(view) : undefined;
}

/** Where an attempt continues: its first unanswered question, else its results. */
export function nextPath(view: { slug: string; id: number; next: number | null }): string {
	const base = `/articles/${view.slug}/quiz/${view.id}`;
	return view.next === null ? `${base}/results` : `${base}/${view.next}`;
}
