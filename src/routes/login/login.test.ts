/** The sign-in action: who ends up signed in, and where they are sent. */
import { describe, expect, it } from 'vitest';
import { makeStudent, testPassword } from '../../../tests/support/accounts';
import { outcome, routeEvent } from '../../../tests/support/route-events';
import { useTestDatabase } from '../../../tests/support/test-database';
import { deviceCookieName } from '$lib/server/auth/device';
import { sessionCookieName, validateSessionToken } from '$lib/server/auth/session';
import { actions } from './+page.server';

const test = useTestDatabase();

/* eslint-disable @typescript-eslint/no-explicit-any -- the action wants its generated event type */
describe('signing in', () => {
	it('signs in the account typed even when another account is signed in on this browser', async () => {
		const [first, second] = [await makeStudent(test.db), await makeStudent(test.db)];
		const event = routeEvent(test.db, {
			user: first,
			path: '/login',
			form: { email: second.email!, password: testPassword }
		});
		expect(await outcome(() => actions.default(event as any))).toMatchObject({
			status: 303,
			location: '/'
		});
		const session = await validateSessionToken(test.db, event.cookies.get(sessionCookieName)!);
		expect(session?.user.id).toBe(second.id);
		expect(event.cookies.get(deviceCookieName)).toMatch(new RegExp(`^${second.id}\\.`));
	});

	it.each(['/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/\\evil.example'])(
		'sends a sign-in with redirectTo=%s home, not to another site',
		async (target) => {
			const student = await makeStudent(test.db);
			const event = routeEvent(test.db, {
				path: `/login?redirectTo=${encodeURIComponent(target)}`,
				form: { email: student.email!, password: testPassword }
			});
			expect(await outcome(() => actions.default(event as any))).toMatchObject({
				status: 303,
				location: '/'
			});
		}
	);
});

describe('a NUL byte in the form', () => {
	it('gets a 400 with a message, not a 500', async () => {
		const event = routeEvent(test.db, {
			path: '/login',
			form: { email: 'siti\u0000@example.com', password: 'kata sandi' }
		});
		expect(await outcome(() => actions.default(event as any))).toMatchObject({
			status: 400,
			message: expect.stringMatching(/characters we cannot store/)
		});
	});
});
