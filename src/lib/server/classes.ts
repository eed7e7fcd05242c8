/**
 * Classes: a teacher creates one and shows its code; students join with the code. Every query
 * that reads or changes a class names its teacher, so one teacher can never reach another's
 * class by guessing an id. Guessing codes is limited per student (auth/throttle.ts).
 */
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import * as throttle from './auth/throttle';
import type { Database } from './db';
import { isUniqueViolation } from './db/errors';
import { classes, classMembers, users } from './db/schema';
import { m } from '$lib/paraglide/messages';

const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // 32 symbols: no I, O, 0 or 1
export const classNameMaxLength = 80;
export const descriptionMaxLength = 300;

export function generateJoinCode(): string {
	return [...randomBytes(8)].map((byte) => codeAlphabet[byte & 31]).join('');
}

/** What a student typed ("abcd-efgh", " ABCD EFGH ") as the stored form, or '' if it cannot be one. */
export function normalizeJoinCode(value: unknown): string {
	const code = typeof value === 'string' ? value.toUpperCase().replace(/[\s-]/g, '') : '';
	return code.length === 8 && [...code].every((c) => codeAlphabet.includes(c)) ? code : '';
}

/** "ABCDEFGH" -> "ABCD-EFGH", easier to read out to a class. */
export function formatJoinCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function parseClassName(form: FormData) {
	const raw = form.get('name');
	const name = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
	let error: string | undefined;
	if (!name) error = m.class_name_missing();
	else if ([...name].length > classNameMaxLength)
		error = m.class_too_long({ max: classNameMaxLength });
	else if (/\p{Cc}/u.test(name)) error = m.class_plain();
	return { name, error };
}

/** The optional description: trimmed, line breaks kept, '' when left empty. */
export function parseDescription(form: FormData) {
	const raw = form.get('description');
	const description = typeof raw === 'string' ? raw.trim().replace(/\r\n?/g, '\n') : '';
	let error: string | undefined;
	if (raw !== null && typeof raw !== 'string') error = m.class_description_text();
	else if ([...description].length > descriptionMaxLength)
		error = m.class_too_long({ max: descriptionMaxLength });
	else if (/[^\P{Cc}\n\t]/u.test(description)) error = m.class_plain();
	return { description, error };
}

export async function create(db: Database, teacherId: number, name: string, description = '') {
	// A clash among 2^40 codes is rare; try again rather than fail.
	for (let attempt = 0; attempt < 5; attempt++) {
		const [created] = await db
			.insert(classes)
			.values({ teacherId, name, description: description || null, joinCode: generateJoinCode() })
			.onConflictDoNothing({ target: classes.joinCode })
			.returning({ id: classes.id, name: classes.name, joinCode: classes.joinCode });
		// The code was just set, so it is not null here.
		if (created) return { ...created, joinCode: created.joinCode! };
	}
	throw new Error('Could not find a free class code in 5 tries');
}

/** A class row that is this teacher's: every teacher-side query of a class checks ownership through this. */
export const teachersClass = (teacherId: number, classId: number) =>
	and(eq(classes.id, classId), eq(classes.teacherId, teacherId));

/** The class's id if it is this teacher's: a subquery, or awaited, the check itself. */
export const ownClass = (db: Database, teacherId: number, classId: number) =>
	db.select({ id: classes.id }).from(classes).where(teachersClass(teacherId, classId));

export async function listForTeacher(db: Database, teacherId: number) {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			description: classes.description,
			joinCode: classes.joinCode,
			students: count(classMembers.studentId)
		})
		.from(classes)
		.leftJoin(classMembers, eq(classMembers.classId, classes.id))
		.where(eq(classes.teacherId, teacherId))
		.groupBy(classes.id)
		.orderBy(asc(classes.name), asc(classes.id));
}

/** The class with its students (names only: teachers do not see students' emails), if it is this teacher's. */
export async function findForTeacher(db: Database, teacherId: number, classId: number) {
	const [found] = await db
		.select({
			id: classes.id,
			name: classes.name,
			description: classes.description,
			joinCode: classes.joinCode
		})
		.from(classes)
		.where(teachersClass(teacherId, classId));
	if (!found) return undefined;
	const students = await db
		.select({ id: users.id, displayName: users.displayName, joinedAt: classMembers.joinedAt })
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.studentId))
		.where(eq(classMembers.classId, classId))
		.orderBy(asc(users.displayName), asc(users.id));
	return { ...found, students };
}

/** A new code for the class (the old one stops working; also turns joining on again); undefined if it is not this teacher's. */
export async function replaceCode(
	db: Database,
	teacherId: number,
	classId: number
): Promise<string | undefined> {
	for (let attempt = 0; attempt < 5; attempt++) {
		try {
			const joinCode = generateJoinCode();
			const [row] = await db
				.update(classes)
				.set({ joinCode })
				.where(teachersClass(teacherId, classId))
				.returning({ id: classes.id });
			return row ? joinCode : undefined;
		} catch (err) {
			if (!isUniqueViolation(err)) throw err;
		}
	}
	throw new Error('Could not find a free class code in 5 tries');
}

/** Turns joining off (the code stops working, with the same answer as a wrong one); false if not this teacher's. */
export async function turnOffCode(
	db: Database,
	teacherId: number,
	classId: number
): Promise<boolean> {
	const rows = await db
		.update(classes)
		.set({ joinCode: null })
		.where(teachersClass(teacherId, classId))
		.returning({ id: classes.id });
	return rows.length > 0;
}

/** Takes a student out of one of this teacher's classes; false if there was nothing to remove. */
export async function removeStudent(
	db: Database,
	teacherId: number,
	classId: number,
	studentId: number
): Promise<boolean> {
	const own = ownClass(db, teacherId, classId);
	const removed = await db
		.delete(classMembers)
		.where(and(inArray(classMembers.classId, own), eq(classMembers.studentId, studentId)))
		.returning({ studentId: classMembers.studentId });
	return removed.length > 0;
}

export type JoinResult =
	| { joined: { id: number; name: string } }
	| { error: 'unknown-code' }
	| { error: 'throttled'; minutes: number };

/**
 * Joins the class with this code; joining twice is the same as once. Each try counts against the
 * student. A class whose code is turned off has none, so its old code is just an unknown one.
 */
export async function join(db: Database, studentId: number, code: string): Promise<JoinResult> {
	const key = `class-code:${studentId}`;
	if (!(await throttle.consume(db, key, throttle.limits.classCodePerUser)))
		return {
			error: 'throttled',
			minutes: await throttle.minutesLeft(db, key, throttle.limits.classCodePerUser)
		};
	const [found] = code
		? await db
				.select({ id: classes.id, name: classes.name })
				.from(classes)
				.where(eq(classes.joinCode, code))
		: [];
	if (!found) return { error: 'unknown-code' };
	await db.insert(classMembers).values({ classId: found.id, studentId }).onConflictDoNothing();
	return { joined: found };
}

export async function listForStudent(db: Database, studentId: number) {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			description: classes.description,
			teacher: users.displayName,
			joinedAt: classMembers.joinedAt
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(eq(classMembers.studentId, studentId))
		.orderBy(asc(classes.name), asc(classes.id));
}

export async function leave(db: Database, studentId: number, classId: number): Promise<boolean> {
	const left = await db
		.delete(classMembers)
		.where(and(eq(classMembers.classId, classId), eq(classMembers.studentId, studentId)))
		.returning({ classId: classMembers.classId });
	return left.length > 0;
}
