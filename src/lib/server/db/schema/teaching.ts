import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import type { Question } from '$lib/text/types';
import { users } from './accounts';
import { articles } from './articles';
import { classes } from './classes';

/**
 * An article's quiz set for a class. `seed` chooses the questions, so every student of the class
 * is asked the same selection (what makes the per-question report comparable). One assignment per
 * class and article: an attempt on the article by a class member belongs to it.
 */
export const assignments = pgTable(
	'assignments',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		classId: integer()
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		questionCount: integer().notNull(),
		seed: integer().notNull(),
		/** The end of the due day (UTC); null when there is no due date. */
		dueAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('assignments_class_article_unique').on(t.classId, t.articleId),
		index('assignments_article_id_idx').on(t.articleId),
		check('assignments_question_count_range', sql`question_count between 1 and 50`)
	]
);

export const questionOrigins = ['generated', 'custom'] as const;

/**
 * A teacher's reviewed questions for one article. For a shipped article a row overrides the
 * generated question with `baseId` (hidden, or edited); for an article the teacher imported, the
 * rows are the whole question set, stored when it was published. `question.id` is `baseId` until
 * the first edit and `baseId~v<version>` after, so an attempt's snapshot names the version it asked
 * and a report never mixes two versions of one question.
 */
export const articleQuestions = pgTable(
	'article_questions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		teacherId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		baseId: text().notNull(),
		origin: text({ enum: questionOrigins }).notNull(),
		version: integer().notNull().default(1),
		question: jsonb().$type<Question>().notNull(),
		hidden: boolean().notNull().default(false),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('article_questions_teacher_article_base_unique').on(t.teacherId, t.articleId, t.baseId),
		index('article_questions_article_id_idx').on(t.articleId),
		check('article_questions_origin_known', sql`origin in ('generated', 'custom')`),
		check('article_questions_version_positive', sql`version > 0`)
	]
);

/** A teacher's gloss for a root in one article; their students see it instead of the lexicon's. */
export const glossCorrections = pgTable(
	'gloss_corrections',
	{
		teacherId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		root: text().notNull(),
		gloss: text().notNull(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.teacherId, t.articleId, t.root] }),
		index('gloss_corrections_article_id_idx').on(t.articleId)
	]
);

export type Assignment = typeof assignments.$inferSelect;
export type ArticleQuestion = typeof articleQuestions.$inferSelect;
export type GlossCorrection = typeof glossCorrections.$inferSelect;
