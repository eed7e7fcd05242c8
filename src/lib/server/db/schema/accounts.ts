import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const userRoles = ['guest', 'student', 'teacher'] as const;
export type UserRole = (typeof userRoles)[number];

/**
 * Everyone who has done something in the app. A guest is a row with no email and no password;
 * registering fills both in on the same row, so everything the guest did stays theirs.
 * `email` is stored trimmed and lower-cased, so the unique constraint is case-insensitive.
 * A student a teacher adds by name has a generated `username` (lower-case, no `@`) instead of an
 * email, and a one-time password (`mustChangePassword`) to replace at the first sign-in.
 */
export const users = pgTable(
	'users',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		role: text({ enum: userRoles }).notNull(),
		displayName: text().notNull(),
		email: text().unique(),
		username: text().unique(),
		/** argon2id PHC string; null for guests. */
		passwordHash: text(),
		mustChangePassword: boolean().notNull().default(false),
		/** The interface language they chose ('en' or 'id'); null: the browser's cookie or languages decide. */
		locale: text({ enum: ['en', 'id'] }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	() => [
		check('users_role_known', sql`role in ('guest', 'student', 'teacher')`),
		check('users_locale_known', sql`locale in ('en', 'id')`),
		// A guest has no credentials; every other account has both.
		check(
			'users_credentials_match_role',
			sql`(role = 'guest') = (email is null and username is null and password_hash is null)`
		),
		check(
			'users_sign_in_name',
			sql`role = 'guest' or ((email is null) <> (username is null) and password_hash is not null)`
		),
		check('users_email_normalized', sql`email = lower(btrim(email))`),
		check('users_username_shape', sql`username ~ '^[a-z0-9.]{3,40}$'`)
	]
);

/**
 * A session cookie holds `id.secret`. Only the SHA-256 of the secret is stored (hex), so a leaked
 * table or backup cannot be replayed as cookies; `id` is the lookup key and is not secret.
 */
export const sessions = pgTable(
	'sessions',
	{
		id: text().primaryKey(),
		secretHash: text().notNull(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('sessions_user_id_idx').on(t.userId),
		index('sessions_expires_at_idx').on(t.expiresAt)
	]
);

/**
 * Attempt counters for sign-in (per account and per address) and class codes (per user).
 * `key` is a SHA-256 of what is counted, so the table keeps no emails or IP addresses in clear.
 */
export const attemptCounters = pgTable('attempt_counters', {
	key: text().primaryKey(),
	attempts: integer().notNull(),
	windowStartedAt: timestamp({ withTimezone: true }).notNull()
});

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
