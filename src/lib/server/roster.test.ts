import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as accounts from './accounts';
import * as throttle from './auth/throttle';
import * as classes from './classes';
import { users } from './db/schema';
import * as roster from './roster';

const test = useTestDatabase();
const address = '192.0.2.7';

describe('generated sign-ins', () => {
	it('usernames read as the name and a few unambiguous symbols; passwords are 10 of them', () => {
		expect(roster.generateUsername('Budi Santoso')).toMatch(/^budi\.s[a-hj-km-np-z2-9]{3}$/);
		expect(roster.generateUsername('Ñoño')).toMatch(/^nono\.[a-hj-km-np-z2-9]{3}$/);
		expect(roster.generateUsername('<script>')).toMatch(/^script\.[a-z2-9]{3}$/);
		expect(roster.generateUsername('李')).toMatch(/^murid\.[a-z2-9]{3}$/);
		const passwords = new Set(Array.from({ length: 100 }, roster.generateOneTimePassword));
		expect(passwords.size).toBe(100);
		for (const password of passwords) expect(password).toMatch(/^[a-hj-km-np-z2-9]{10}$/);
	});

	it('reads one name a line and refuses empty, too many, too long and control characters', () => {
		expect(roster.parseNames(' Budi  Santoso \r\n\n Sari\n')).toEqual({
			names: ['Budi Santoso', 'Sari']
		});
		expect(roster.parseNames('\n  \n').error).toMatch(/one a line/);
		expect(roster.parseNames(null).error).toMatch(/one a line/);
		expect(
			roster.parseNames(Array.from({ length: 41 }, (_, i) => `Murid ${i}`).join('\n')).error
		).toMatch(/at most 40/);
		expect(roster.parseNames('x'.repeat(61)).error).toMatch(/at most 60/);
		expect(roster.parseNames('Budi\u0007').error).toMatch(/letters/);
	});
});

describe('adding students by name', () => {
	it('makes accounts in the class that sign in with username and one-time password, then must choose their own', async () => {
		const teacher = await makeTeacher(test.db);
		const created = await classes.create(test.db, teacher.id, 'Kelas tanpa email');
		const result = await roster.addStudents(test.db, teacher.id, created.id, [
			'Budi Santoso',
			'Budi Santoso',
			'Sari'
		]);
		if (!Array.isArray(result)) throw new Error(`expected new students, got ${result}`);
		const added = result;
		expect(added?.map((s) => s.displayName)).toEqual(['Budi Santoso', 'Budi Santoso', 'Sari']);
		expect(new Set(added?.map((s) => s.username)).size).toBe(3);
		expect((await classes.findForTeacher(test.db, teacher.id, created.id))?.students).toHaveLength(
			3
		);

		const [budi] = added!;
		const [row] = await test.db.select().from(users).where(eq(users.id, budi.id));
		expect(row).toMatchObject({
			role: 'student',
			email: null,
			username: budi.username,
			mustChangePassword: true
		});
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		expect(row.passwordHash).not.toContain(budi.password);

		const signedIn = await accounts.signIn(
			test.db,
			` ${budi.username.toUpperCase()} `,
			budi.password,
			address
		);
		expect(signedIn).toMatchObject({
			user: { id: budi.id, role: 'student', displayName: 'Budi Santoso', mustChangePassword: true }
		});
		expect(await accounts.signIn(test.db, budi.username, 'not the password', address)).toEqual({
			error: 'invalid'
		});

		expect(await accounts.changePassword(test.db, budi.id, budi.password, budi.password)).toEqual({
			problem: expect.stringMatching(/different/)
		});
		expect(
			await accounts.changePassword(test.db, budi.id, budi.password, 'sepeda biru di sekolah')
		).toEqual({ ok: true });
		expect(await accounts.signIn(test.db, budi.username, budi.password, address)).toEqual({
			error: 'invalid'
		});
		expect(
			await accounts.signIn(test.db, budi.username, 'sepeda biru di sekolah', address)
		).toMatchObject({ user: { mustChangePassword: false } });
	});

	it('adds nobody to another teacher’s class', async () => {
		const [owner, other] = [await makeTeacher(test.db), await makeTeacher(test.db)];
		const created = await classes.create(test.db, owner.id, 'Kelas A');
		const before = await test.db.select({ id: users.id }).from(users);
		expect(await roster.addStudents(test.db, other.id, created.id, ['Penyusup'])).toBeUndefined();
		expect(await test.db.select({ id: users.id }).from(users)).toEqual(before);
		expect((await classes.findForTeacher(test.db, owner.id, created.id))?.students).toEqual([]);
	});

	it('refuses a batch past 300 new accounts an hour per teacher, creating none of it', async () => {
		const teacher = await makeTeacher(test.db);
		const created = await classes.create(test.db, teacher.id, 'Kelas B');
		const limit = throttle.limits.accountsPerTeacher;
		await throttle.consume(test.db, `new-accounts:${teacher.id}`, limit, new Date(), 299);
		const before = await test.db.select({ id: users.id }).from(users);
		expect(await roster.addStudents(test.db, teacher.id, created.id, ['Ani', 'Eko'])).toBe(
			'throttled'
		);
		expect(await test.db.select({ id: users.id }).from(users)).toEqual(before);
		// the refused batch did not use up the last place
		expect(await roster.addStudents(test.db, teacher.id, created.id, ['Ani'])).toHaveLength(1);
		expect(await roster.addStudents(test.db, teacher.id, created.id, ['Eko'])).toBe('throttled');
	});

	it('the database refuses a username with an email, or one of the wrong shape', async () => {
		const hash = '$argon2id$v=19$m=19456,t=2,p=1$x$y';
		await expect(
			test.db.insert(users).values({
				role: 'student',
				displayName: 'X',
				email: 'x@example.com',
				username: 'x.abc',
				passwordHash: hash
			})
		).rejects.toThrow();
		await expect(
			test.db
				.insert(users)
				.values({ role: 'student', displayName: 'X', username: 'Has Space', passwordHash: hash })
		).rejects.toThrow();
		await expect(
			test.db.insert(users).values({ role: 'guest', displayName: 'X', username: 'guest.abc' })
		).rejects.toThrow();
	});
});
