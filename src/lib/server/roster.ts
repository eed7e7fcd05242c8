/**
 * Students a teacher adds by name, for classes without email: each gets a generated username
 * (`budi.s7k2`: first name, initial, three random symbols) and a one-time password of 10
 * unambiguous lower-case symbols (~49 bits), shown once to the teacher and never stored in clear.
 * The student signs in with both at /login and must choose their own password first.
 */
import { randomInt } from 'node:crypto';
import { displayNameMaxLength } from './accounts';
import * as throttle from './auth/throttle';
import { hashPassword } from './auth/password';
import { ownClass } from './classes';
import type { Database } from './db';
import { classMembers, users } from './db/schema';
import { m } from '$lib/paraglide/messages';

const symbols = 'abcdefghjkmnpqrstuvwxyz23456789'; // no i, l, o, 0 or 1
export const maxStudentsAtOnce = 40;

const randomSymbols = (length: number) =>
	Array.from({ length }, () => symbols[randomInt(symbols.length)]).join('');

export function generateOneTimePassword(): string {
	return randomSymbols(10);
}

/** `Budi Santoso` -> `budi.s` + 3 random symbols; accents dropped, anything else non-alphanumeric too. */
export function generateUsername(displayName: string): string {
	const words = displayName
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9\s]/g, '')
		.split(/\s+/)
		.filter(Boolean);
	const first = (words[0] ?? 'murid').slice(0, 16);
	return `${first}.${words[1]?.[0] ?? ''}${randomSymbols(3)}`;
}

/** One name a line: trimmed, blank lines skipped. Errors in words for the teacher. */
export function parseNames(value: FormDataEntryValue | null): { names: string[]; error?: string } {
	if (typeof value !== 'string') return { names: [], error: m.roster_names_missing() };
	const names = value
		.split(/\r?\n/)
		.map((line) => line.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
	if (names.length === 0) return { names, error: m.roster_names_missing() };
	if (names.length > maxStudentsAtOnce)
		return { names, error: m.roster_too_many({ max: maxStudentsAtOnce }) };
	if (names.some((name) => [...name].length > displayNameMaxLength))
		return { names, error: `A name may have at most ${displayNameMaxLength} characters.` };
	if (names.some((name) => /\p{Cc}/u.test(name))) return { names, error: m.register_name_chars() };
	return { names };
}

export interface NewStudent {
	id: number;
	displayName: string;
	username: string;
	password: string;
}

/**
 * Creates the accounts and puts them in the class; undefined if the class is not this teacher's,
 * 'throttled' past 300 new accounts per teacher an hour (each costs an argon2 hash and rows).
 */
export async function addStudents(
	db: Database,
	teacherId: number,
	classId: number,
	names: string[]
): Promise<NewStudent[] | undefined | 'throttled'> {
	const [own] = await ownClass(db, teacherId, classId);
	if (!own) return undefined;
	const key = `new-accounts:${teacherId}`;
	const limit = throttle.limits.accountsPerTeacher;
	if (!(await throttle.consume(db, key, limit, new Date(), names.length))) {
		await throttle.refund(db, key, names.length); // a refused batch creates nothing
		return 'throttled';
	}
	// Hash before the transaction: argon2 is slow and PGlite runs one query at a time.
	const prepared = await Promise.all(
		names.map(async (displayName) => {
			const password = generateOneTimePassword();
			return { displayName, password, passwordHash: await hashPassword(password) };
		})
	);
	return db.transaction(async (tx) => {
		const created: NewStudent[] = [];
		for (const { displayName, password, passwordHash } of prepared) {
			for (let attempt = 0; ; attempt++) {
				const username = generateUsername(displayName);
				const [row] = await tx
					.insert(users)
					.values({
						role: 'student',
						displayName,
						username,
						passwordHash,
						mustChangePassword: true
					})
					.onConflictDoNothing({ target: users.username })
					.returning({ id: users.id });
				if (row) {
					await tx.insert(classMembers).values({ classId, studentId: row.id });
					created.push({ id: row.id, displayName, username, password });
					break;
				}
				if (attempt === 5) throw new Error('Could not find a free username in 6 tries');
			}
		}
		return created;
	});
}
