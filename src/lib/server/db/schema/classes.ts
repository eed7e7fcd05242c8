import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * A teacher's class. Students join with `joinCode`: 8 characters from a 32-symbol alphabet without
 * look-alikes (40 bits), shown to the class by the teacher and replaceable if it leaks. Null while
 * the teacher has turned joining off (turning it on again makes a new code).
 */
export const classes = pgTable(
	'classes',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		teacherId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** Optional, for the teacher and the class's students (plain text, at most 300 characters). */
		description: text(),
		joinCode: text().unique('classes_join_code_unique'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('classes_teacher_id_idx').on(t.teacherId)]
);

/** Who is in which class; a student joins a class at most once. */
export const classMembers = pgTable(
	'class_members',
	{
		classId: integer()
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		studentId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.classId, t.studentId] }),
		index('class_members_student_id_idx').on(t.studentId)
	]
);

export type Class = typeof classes.$inferSelect;
