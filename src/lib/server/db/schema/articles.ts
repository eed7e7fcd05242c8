import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	real,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { ArticleBlock } from '$lib/text/types';
import { users } from './accounts';

/**
 * An article as readers see it. `rawText` is what was shipped or pasted, untouched; `body` and
 * `blocks` are the importer's output and are what offsets (questions, lookups) point into.
 * `contentHash` covers raw text and metadata, so a changed shipped file updates its row.
 */
export const articles = pgTable(
	'articles',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		slug: text().notNull().unique(),
		title: text().notNull(),
		source: text().notNull(),
		publishedOn: date({ mode: 'string' }),
		datelinePlace: text(),
		language: text().notNull().default('id'),
		rawText: text().notNull(),
		body: text().notNull(),
		blocks: jsonb().$type<ArticleBlock[]>().notNull(),
		wordCount: integer().notNull(),
		/** The language core's reading level (src/lib/text/level.ts), stored so lists can filter and sort. */
		level: text({ enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] }),
		levelScore: real(),
		/** A shelf topic ('food', 'sport' …) for texts that have one; null for news imports. */
		topic: text(),
		contentHash: text().notNull(),
		/** 'shipped' articles come from src/content/articles; others were imported by a teacher. */
		origin: text({ enum: ['shipped', 'imported'] }).notNull(),
		/** The teacher who imported it; only they and the students of their classes see it. */
		ownerId: integer().references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('articles_owner_id_idx').on(t.ownerId),
		// Publishing the same text twice (a double click, a resent form) gives the teacher one article.
		uniqueIndex('articles_owner_content_unique')
			.on(t.ownerId, t.contentHash)
			.where(sql`owner_id is not null`),
		check('articles_imported_have_owner', sql`(origin = 'imported') = (owner_id is not null)`)
	]
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
