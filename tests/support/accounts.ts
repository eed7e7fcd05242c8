/**
 * Test-data factories for people. Accounts get a real argon2id hash of `testPassword`, made once
 * per file, so sign-in works and each factory call stays cheap.
 */
import { hashPassword } from '../../src/lib/server/auth/password';
import type { SessionUser } from '../../src/lib/server/auth/session';
import type { Database } from '../../src/lib/server/db';
import { users, type UserRole } from '../../src/lib/server/db/schema';

export const testPassword = 'kopi susu di pagi hari';
let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function makeUser(
	db: Database,
	role: UserRole,
	displayName?: string
): Promise<SessionUser & { email: string | null }> {
	counter += 1;
	const name = displayName ?? `${role[0].toUpperCase()}${role.slice(1)} ${counter}`;
	const account =
		role === 'guest'
			? {}
			: {
					email: `${role}${counter}@example.com`,
					passwordHash: await (passwordHash ??= hashPassword(testPassword))
				};
	const [row] = await db
		.insert(users)
		.values({ role, displayName: name, ...account })
		.returning({
			id: users.id,
			role: users.role,
			displayName: users.displayName,
			email: users.email
		});
	return row;
}

export const makeStudent = (db: Database, name?: string) => makeUser(db, 'student', name);
export const makeTeacher = (db: Database, name?: string) => makeUser(db, 'teacher', name);
export const makeGuest = (db: Database) => makeUser(db, 'guest');
