import { describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { makeGuest, makeStudent, testPassword } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as accounts from './accounts';
import { createSession } from './auth/session';
import { sessions, users } from './db/schema';

const test = useTestDatabase();
const address = '192.0.2.1';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}

const sari = {
	displayName: 'Sari',
	email: 'sari@example.com',
	password: testPassword,
	role: 'student' as const
};

describe('parseRegistration', () => {
	it('normalizes what was typed and echoes it back without the password', () => {
		const { values, errors, input } = accounts.parseRegistration(
			form({
				displayName: '  Sari   Dewi ',
				email: ' Sari@Example.COM ',
				password: testPassword,
				role: 'teacher'
			})
		);
		expect(errors).toEqual({});
		expect(values).toEqual({
			displayName: 'Sari Dewi',
			email: 'sari@example.com',
			role: 'teacher'
		});
		expect(input?.password).toBe(testPassword);
		expect(JSON.stringify(values)).not.toContain(testPassword);
	});

	it('reports each bad field and offers no input', () => {
		const { errors, input, values } = accounts.parseRegistration(
			form({ displayName: ' ', email: 'sari', password: 'pendek', role: 'admin' })
		);
		expect(Object.keys(errors).sort()).toEqual(['displayName', 'email', 'password']);
		expect(input).toBeUndefined();
		expect(values.role).toBe('student'); // an unknown role never gets through
		expect(
			accounts.parseRegistration(
				form({ displayName: 'a\u0000b', email: 'a@b.id', password: testPassword })
			).errors.displayName
		).toBeDefined();
		expect(
			accounts.parseRegistration(
				form({ displayName: 'x'.repeat(61), email: 'a@b.id', password: testPassword })
			).errors.displayName
		).toBeDefined();
	});
});

describe('register', () => {
	it('creates an account with a hashed password and a lower-cased email', async () => {
		const result = await accounts.register(
			test.db,
			{ ...sari, email: 'Sari@Example.com' },
			{ address }
		);
		expect(result).toMatchObject({ user: { role: 'student', displayName: 'Sari' } });
		const [row] = await test.db.select().from(users);
		expect(row.email).toBe('sari@example.com');
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
	});

	it('refuses an email that is taken, whatever its case', async () => {
		await accounts.register(test.db, sari, { address });
		expect(
			await accounts.register(
				test.db,
				{ ...sari, email: 'SARI@example.com', displayName: 'Other' },
				{ address }
			)
		).toEqual({ error: 'email-taken' });
		expect(await test.db.select().from(users)).toHaveLength(1);
	});

	it('upgrades a guest in place, keeping the id', async () => {
		const guest = await makeGuest(test.db);
		const result = await accounts.register(test.db, sari, { guestId: guest.id, address });
		expect(result).toEqual({
			user: { id: guest.id, role: 'student', displayName: 'Sari', mustChangePassword: false }
		});
		expect(await test.db.select().from(users)).toHaveLength(1);
	});

	it('leaves a guest a guest when the email is taken, and never rewrites a non-guest', async () => {
		const student = await makeStudent(test.db);
		const guest = await makeGuest(test.db);
		expect(
			await accounts.register(
				test.db,
				{ ...sari, email: student.email! },
				{ guestId: guest.id, address }
			)
		).toEqual({ error: 'email-taken' });
		const [stillGuest] = await test.db.select().from(users).where(eq(users.id, guest.id));
		expect(stillGuest).toMatchObject({ role: 'guest', email: null });

		const result = await accounts.register(test.db, sari, { guestId: student.id, address });
		expect('user' in result && result.user.id).not.toBe(student.id);
		const [unchanged] = await test.db.select().from(users).where(eq(users.id, student.id));
		expect(unchanged.email).toBe(student.email);
	});

	it('lets one of two simultaneous registrations of an email win', async () => {
		const client = test.url ? postgres(test.url, { max: 4, onnotice: () => {} }) : undefined;
		const db = client
			? (drizzle(client, { casing: 'snake_case' }) as unknown as typeof test.db)
			: test.db;
		try {
			const results = await Promise.all(
				[1, 2, 3, 4].map((n) =>
					accounts.register(db, { ...sari, displayName: `Sari ${n}` }, { address })
				)
			);
			expect(results.filter((r) => 'user' in r)).toHaveLength(1);
			expect(results.filter((r) => 'error' in r && r.error === 'email-taken')).toHaveLength(3);
		} finally {
			await client?.end();
		}
	});

	it('the database refuses an account without credentials or a guest with them', async () => {
		await expect(
			test.db.insert(users).values({ role: 'student', displayName: 'x' })
		).rejects.toThrow();
		await expect(
			test.db
				.insert(users)
				.values({ role: 'guest', displayName: 'x', email: 'g@example.com', passwordHash: 'h' })
		).rejects.toThrow();
		await expect(
			test.db.insert(users).values({
				role: 'student',
				displayName: 'x',
				email: 'Upper@example.com',
				passwordHash: 'h'
			})
		).rejects.toThrow();
	});
});

describe('signIn', () => {
	it('signs in with the right password and gives one answer for a wrong password or an unknown email', async () => {
		const student = await makeStudent(test.db, 'Budi');
		expect(
			await accounts.signIn(test.db, ` ${student.email!.toUpperCase()} `, testPassword, address)
		).toEqual({
			user: { id: student.id, role: 'student', displayName: 'Budi', mustChangePassword: false },
			deviceToken: expect.stringMatching(new RegExp(`^${student.id}\\.`))
		});
		expect(await accounts.signIn(test.db, student.email!, testPassword + '!', address)).toEqual({
			error: 'invalid'
		});
		expect(await accounts.signIn(test.db, 'nobody@example.com', testPassword, address)).toEqual({
			error: 'invalid'
		});
		// An unknown username gets the same answer as an unknown email.
		expect(await accounts.signIn(test.db, 'nobody.x2k', testPassword, address)).toEqual({
			error: 'invalid'
		});
	});

	it('stops checking an account from one address after 10 failures; successes do not count', async () => {
		const student = await makeStudent(test.db);
		for (let i = 0; i < 30; i++)
			expect(await accounts.signIn(test.db, student.email!, testPassword, address)).toMatchObject({
				user: { id: student.id }
			});
		for (let i = 0; i < 9; i++)
			expect(await accounts.signIn(test.db, student.email!, 'wrong password', address)).toEqual({
				error: 'invalid'
			});
		expect(await accounts.signIn(test.db, student.email!, testPassword, address)).toMatchObject({
			user: { id: student.id }
		});
		await accounts.signIn(test.db, student.email!, 'wrong password', address);
		expect(await accounts.signIn(test.db, student.email!, testPassword, address)).toEqual({
			error: 'throttled',
			minutes: 15
		});
		// The same account from another address, and another account from this one, still work.
		expect(await accounts.signIn(test.db, student.email!, testPassword, '192.0.2.2')).toMatchObject(
			{ user: { id: student.id } }
		);
		const other = await makeStudent(test.db);
		expect(await accounts.signIn(test.db, other.email!, testPassword, address)).toMatchObject({
			user: { id: other.id }
		});
	});

	it('bounds guessing at one account from many addresses, yet keeps the owner’s device working', async () => {
		const owner = await makeStudent(test.db);
		const home = '198.51.100.7';
		const first = await accounts.signIn(test.db, owner.email!, testPassword, home);
		if (!('deviceToken' in first)) throw new Error('the owner could not sign in');

		// An attacker with 40 addresses, 5 guesses from each: 200 guesses.
		const outcomes = { invalid: 0, throttled: 0 };
		for (let n = 0; n < 40; n++)
			for (let i = 0; i < 5; i++) {
				const r = await accounts.signIn(test.db, owner.email!, `guess ${n}-${i}`, `203.0.113.${n}`);
				if ('error' in r) outcomes[r.error]++;
			}
		expect(outcomes.invalid).toBe(50); // passwords actually checked: the account-wide limit
		expect(outcomes.throttled).toBe(150);

		// Even the right password from a new place is refused while the attack lasts...
		expect(await accounts.signIn(test.db, owner.email!, testPassword, '203.0.113.99')).toEqual({
			error: 'throttled',
			minutes: 15
		});
		// ...but the owner's own device, and home address with it, still signs in.
		expect(
			await accounts.signIn(test.db, owner.email!, testPassword, home, [first.deviceToken])
		).toMatchObject({ user: { id: owner.id } });
		// A token is no use to the attacker for another account, or forged.
		const victim = await makeStudent(test.db);
		for (let i = 0; i < 50; i++)
			await accounts.signIn(test.db, victim.email!, 'guess', `203.0.113.${i % 40}`);
		const forged = first.deviceToken.replace(/^\d+/, String(victim.id));
		expect(
			await accounts.signIn(test.db, victim.email!, testPassword, home, [first.deviceToken, forged])
		).toEqual({ error: 'throttled', minutes: 15 });
		// The device itself has a limit: an attacker who stole the cookie still cannot guess freely.
		for (let i = 0; i < 10; i++)
			expect(
				await accounts.signIn(test.db, owner.email!, 'guess', home, [first.deviceToken])
			).toEqual({ error: 'invalid' });
		expect(
			await accounts.signIn(test.db, owner.email!, testPassword, home, [first.deviceToken])
		).toEqual({ error: 'throttled', minutes: 15 });
	}, 120_000);

	it('lets 300 students behind one address sign in within 15 minutes, typos included', async () => {
		const school = '192.0.2.50';
		const students = [];
		for (let i = 0; i < 300; i++) students.push(await makeStudent(test.db));
		const results: string[] = [];
		for (let start = 0; start < students.length; start += 4) {
			await Promise.all(
				students.slice(start, start + 4).map(async (s, k) => {
					// one in three mistypes the password once first
					if ((start + k) % 3 === 0) await accounts.signIn(test.db, s.email!, 'oops', school);
					const r = await accounts.signIn(test.db, s.email!, testPassword, school);
					results.push('user' in r ? 'in' : r.error);
				})
			);
		}
		expect(results.filter((r) => r === 'in')).toHaveLength(300);
		// Spraying one password over many accounts from that address is still bounded.
		const sprayed: string[] = [];
		for (let i = 0; i < 60; i++)
			sprayed.push(
				await accounts
					.signIn(test.db, `spray${i}@example.com`, 'Password1', school)
					.then((r) => ('error' in r ? r.error : 'in'))
			);
		expect(sprayed.filter((r) => r === 'invalid')).toHaveLength(150 - 100);
		expect(sprayed.filter((r) => r === 'throttled')).toHaveLength(10);
	}, 300_000);
});

describe('removeExpired', () => {
	it('removes expired sessions and unreachable guests, and keeps everyone still in use', async () => {
		const now = new Date();
		const long = new Date(now.getTime() - 40 * 24 * 60 * 60 * 1000);
		const [abandoned, active, fresh, student] = [
			await makeGuest(test.db),
			await makeGuest(test.db),
			await makeGuest(test.db),
			await makeStudent(test.db)
		];
		await test.db
			.update(users)
			.set({ createdAt: long })
			.where(inArray(users.id, [abandoned.id, active.id, student.id]));
		await createSession(test.db, abandoned.id, long); // expired ten days ago
		const kept = await createSession(test.db, active.id);
		await createSession(test.db, student.id, long);

		expect(await accounts.removeExpired(test.db, now)).toBe(1);
		const left = (await test.db.select({ id: users.id }).from(users))
			.map((u) => u.id)
			.sort((a, b) => a - b);
		// `fresh` has no session yet but was made just now (ensureLearner adds its session next).
		expect(left).toEqual([active.id, fresh.id, student.id]);
		expect((await test.db.select().from(sessions)).map((s) => s.id)).toEqual([kept.session.id]);
	});
});

describe('changePassword', () => {
	const next = 'teh manis dan pisang goreng';

	it('needs the current password, applies the policy, and ends every session', async () => {
		const student = await makeStudent(test.db);
		const phone = await createSession(test.db, student.id);
		expect(await accounts.changePassword(test.db, student.id, 'not the password', next)).toEqual({
			error: 'wrong-password'
		});
		expect(await accounts.changePassword(test.db, student.id, testPassword, 'password123')).toEqual(
			{ problem: expect.stringMatching(/too common/) }
		);
		expect(await accounts.signIn(test.db, student.email!, testPassword, address)).toMatchObject({
			user: { id: student.id }
		});

		expect(await accounts.changePassword(test.db, student.id, testPassword, next)).toEqual({
			ok: true
		});
		expect(await test.db.select().from(sessions).where(eq(sessions.id, phone.session.id))).toEqual(
			[]
		);
		expect(await accounts.signIn(test.db, student.email!, testPassword, address)).toEqual({
			error: 'invalid'
		});
		expect(await accounts.signIn(test.db, student.email!, next, address)).toMatchObject({
			user: { id: student.id }
		});
	});

	it('limits wrong current passwords, apart from sign-in, and a guest has none to change', async () => {
		const student = await makeStudent(test.db);
		// Guessing at the sign-in form from elsewhere does not block the change...
		for (let i = 0; i < 60; i++)
			await accounts.signIn(test.db, student.email!, 'guess', `203.0.113.${i}`);
		for (let i = 0; i < 9; i++) await accounts.changePassword(test.db, student.id, 'wrong', next);
		expect(await accounts.changePassword(test.db, student.id, testPassword, next)).toEqual({
			ok: true
		});
		// ...but ten wrong current passwords do.
		for (let i = 0; i < 10; i++)
			await accounts.changePassword(test.db, student.id, 'wrong', testPassword);
		expect(await accounts.changePassword(test.db, student.id, next, testPassword)).toEqual({
			error: 'throttled'
		});
		const guest = await makeGuest(test.db);
		expect(await accounts.changePassword(test.db, guest.id, '', next)).toEqual({
			error: 'wrong-password'
		});
	});
});
