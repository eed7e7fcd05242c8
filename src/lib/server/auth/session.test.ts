import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeStudent } from '../../../../tests/support/accounts';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { sessions, users } from '../db/schema';
import {
	createSession,
	invalidateSession,
	invalidateUserSessions,
	sessionLifetime,
	validateSessionToken
} from './session';

const test = useTestDatabase();
const day = 24 * 60 * 60 * 1000;

describe('sessions', () => {
	it('hands out id.secret and stores only a hash of the secret', async () => {
		const student = await makeStudent(test.db, 'Sari');
		const { token, session } = await createSession(test.db, student.id);
		const [id, secret] = token.split('.');
		expect(id).toMatch(/^[A-Za-z0-9_-]{20}$/);
		expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
		const [row] = await test.db.select().from(sessions).where(eq(sessions.id, session.id));
		expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(row)).not.toContain(secret);

		const valid = await validateSessionToken(test.db, token);
		expect(valid?.user).toEqual({
			id: student.id,
			role: 'student',
			displayName: 'Sari',
			mustChangePassword: false,
			locale: null
		});
		expect(valid?.refreshed).toBe(false);
	});

	it('refuses a wrong secret, an unknown id and malformed tokens', async () => {
		const student = await makeStudent(test.db);
		const { token } = await createSession(test.db, student.id);
		const [id, secret] = token.split('.');
		const otherSecret = (secret[0] === 'A' ? 'B' : 'A') + secret.slice(1);
		expect(await validateSessionToken(test.db, `${id}.${otherSecret}`)).toBeNull();
		expect(await validateSessionToken(test.db, `${'x'.repeat(20)}.${secret}`)).toBeNull();
		for (const bad of ['', id, `${id}.`, `${id}.${secret}.x`, `${id}.${secret}'--`, token + 'A']) {
			expect(await validateSessionToken(test.db, bad)).toBeNull();
		}
		expect(await validateSessionToken(test.db, token)).not.toBeNull();
	});

	it('slides the expiry when past half its life, and ends an expired session', async () => {
		const student = await makeStudent(test.db);
		const start = new Date('2026-01-01T00:00:00Z');
		const { token } = await createSession(test.db, student.id, start);

		const early = await validateSessionToken(test.db, token, new Date(start.getTime() + 10 * day));
		expect(early?.refreshed).toBe(false);
		expect(early?.session.expiresAt.getTime()).toBe(start.getTime() + sessionLifetime);

		const later = new Date(start.getTime() + 20 * day);
		const slid = await validateSessionToken(test.db, token, later);
		expect(slid?.refreshed).toBe(true);
		expect(slid?.session.expiresAt.getTime()).toBe(later.getTime() + sessionLifetime);

		const past = new Date(later.getTime() + sessionLifetime);
		expect(await validateSessionToken(test.db, token, past)).toBeNull();
		expect(await test.db.select().from(sessions)).toHaveLength(0);
	});

	it('signs out one session, or all of a user', async () => {
		const [a, b] = [await makeStudent(test.db), await makeStudent(test.db)];
		const first = await createSession(test.db, a.id);
		const second = await createSession(test.db, a.id);
		const other = await createSession(test.db, b.id);
		await invalidateSession(test.db, first.session.id);
		expect(await validateSessionToken(test.db, first.token)).toBeNull();
		expect(await validateSessionToken(test.db, second.token)).not.toBeNull();
		await invalidateUserSessions(test.db, a.id);
		expect(await validateSessionToken(test.db, second.token)).toBeNull();
		expect(await validateSessionToken(test.db, other.token)).not.toBeNull();
	});

	it('clears the user’s expired sessions when starting a new one, and dies with the user', async () => {
		const student = await makeStudent(test.db);
		const old = new Date(Date.now() - 2 * sessionLifetime);
		await createSession(test.db, student.id, old);
		await createSession(test.db, student.id);
		expect(
			await test.db.select().from(sessions).where(eq(sessions.userId, student.id))
		).toHaveLength(1);
		await test.db.delete(users).where(eq(users.id, student.id));
		expect(await test.db.select().from(sessions)).toHaveLength(0);
	});
});
