import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	doublePrecision,
	index,
	integer,
	pgTable,
	smallint,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { articles } from './articles';

export const wordSources = ['added', 'lookup', 'missed'] as const;
export type WordSource = (typeof wordSources)[number];

/**
 * One learner's review card for one root. The card face is `sentence` (the article sentence the
 * word came from) with the form at `formStart`..`formEnd` (offsets into `sentence`). The FSRS
 * fields mirror ts-fsrs's `Card` (state: 0 new, 1 learning, 2 review, 3 relearning).
 * `known` is "I know this" and `ignored` is "not a word to learn" (a name, a number): such cards
 * are never due, and at most one of the two is set. The row is the learner's word status too: no
 * row is a new word, a row with neither flag is learning. One row per (user, root), so adding the
 * same word from two tabs is one upsert, not a failure.
 */
export const wordReviews = pgTable(
	'word_reviews',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		root: text().notNull(),
		articleId: integer().references(() => articles.id, { onDelete: 'set null' }),
		sentence: text().notNull().default(''),
		formStart: integer().notNull().default(0),
		formEnd: integer().notNull().default(0),
		source: text({ enum: wordSources }).notNull(),
		known: boolean().notNull().default(false),
		ignored: boolean().notNull().default(false),
		due: timestamp({ withTimezone: true }).notNull(),
		stability: doublePrecision().notNull().default(0),
		difficulty: doublePrecision().notNull().default(0),
		elapsedDays: integer().notNull().default(0),
		scheduledDays: integer().notNull().default(0),
		learningSteps: integer().notNull().default(0),
		reps: integer().notNull().default(0),
		lapses: integer().notNull().default(0),
		state: smallint().notNull().default(0),
		lastReview: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('word_reviews_user_root_unique').on(t.userId, t.root),
		index('word_reviews_user_due_idx').on(t.userId, t.due),
		check('word_reviews_source_known', sql`source in ('added', 'lookup', 'missed')`),
		check('word_reviews_state_known', sql`state between 0 and 3`),
		check('word_reviews_known_or_ignored', sql`not (known and ignored)`)
	]
);

/** Every word a learner looked up in the reader, for their review list and for class analytics. */
export const wordLookups = pgTable(
	'word_lookups',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		root: text().notNull(),
		form: text().notNull(),
		lookedUpAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('word_lookups_article_root_idx').on(t.articleId, t.root),
		index('word_lookups_user_time_idx').on(t.userId, t.lookedUpAt)
	]
);

/**
 * One row per review answer (rating 1 Again … 4 Easy), for the daily streak and later tuning.
 * A rating given offline carries the browser's idempotency key (`clientId`, unique) and
 * `reviewedAt` is the time it was given, so a replayed outbox logs it once.
 */
export const reviewLog = pgTable(
	'review_log',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		root: text().notNull(),
		rating: smallint().notNull(),
		state: smallint().notNull(),
		reviewedAt: timestamp({ withTimezone: true }).notNull(),
		clientId: uuid()
	},
	(t) => [
		index('review_log_user_time_idx').on(t.userId, t.reviewedAt),
		unique('review_log_client_id_unique').on(t.clientId)
	]
);

export type WordReview = typeof wordReviews.$inferSelect;
export type WordLookup = typeof wordLookups.$inferSelect;
