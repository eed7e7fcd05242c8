import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { Question } from '$lib/text/types';
import { articles } from './articles';
import { users } from './accounts';

/**
 * One learner taking one quiz on one article. At most one unfinished attempt per learner and
 * article (partial unique index), so two parallel "start" requests resume the same attempt.
 * `finishedAt` is set in the same transaction as the answer that completes it.
 */
export const attempts = pgTable(
	'attempts',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** Chose the questions; kept so a selection can be explained and reproduced. */
		seed: integer().notNull(),
		questionCount: integer().notNull(),
		startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		index('attempts_user_id_idx').on(t.userId),
		index('attempts_article_id_idx').on(t.articleId),
		uniqueIndex('attempts_one_open_per_article')
			.on(t.userId, t.articleId)
			.where(sql`finished_at is null`),
		check('attempts_question_count_positive', sql`question_count > 0`)
	]
);

/** Where the evidence sentence sits in its paragraph, copied when the attempt starts. */
export interface EvidenceSnapshot {
	before: string;
	sentence: string;
	after: string;
}

/**
 * The questions an attempt asked, in order (position 1…n), each a JSON snapshot of the question
 * and its evidence as they were then: later edits to an article or the generator never change
 * what a past attempt recorded.
 */
export const attemptQuestions = pgTable(
	'attempt_questions',
	{
		attemptId: integer()
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		questionId: text().notNull(),
		question: jsonb().$type<Question>().notNull(),
		evidence: jsonb().$type<EvidenceSnapshot>().notNull()
	},
	(t) => [
		primaryKey({ columns: [t.attemptId, t.position] }),
		unique('attempt_questions_attempt_question_unique').on(t.attemptId, t.questionId),
		check('attempt_questions_position_positive', sql`position > 0`)
	]
);

/**
 * A learner's answer: one row per attempt and question (the primary key), and only for a question
 * the attempt asked (the foreign key). `correct` is graded on the server against the snapshot.
 * An answer given offline carries the browser's idempotency key (`clientId`, unique) and the time
 * it was given (`answeredAt`), so a replayed outbox stores it once, with that time.
 */
export const answers = pgTable(
	'answers',
	{
		attemptId: integer().notNull(),
		questionId: text().notNull(),
		response: text().notNull(),
		correct: boolean().notNull(),
		answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		clientId: uuid()
	},
	(t) => [
		primaryKey({ name: 'answers_attempt_question_pk', columns: [t.attemptId, t.questionId] }),
		unique('answers_client_id_unique').on(t.clientId),
		foreignKey({
			name: 'answers_question_in_attempt_fk',
			columns: [t.attemptId, t.questionId],
			foreignColumns: [attemptQuestions.attemptId, attemptQuestions.questionId]
		}).onDelete('cascade')
	]
);

export type Attempt = typeof attempts.$inferSelect;
export type AttemptQuestion = typeof attemptQuestions.$inferSelect;
export type Answer = typeof answers.$inferSelect;
