import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect, type Cookies } from '@sveltejs/kit';
import { makeGuest, makeStudent, makeTeacher } from '../../../../tests/support/accounts';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { users } from '../db/schema';
import * as guards from './guards';
import * as throttle from './throttle';
import { createSession, sessionCookieName, validateSessionToken } from './session';

const test = useTestDatabase();

type CookieOptions = Parameters<Cookies['set']>[2];
/** Just enough of a RequestEvent for the guards, with a cookie jar we can look into. */
function fakeEvent(
	options: { method?: string; url?: string; token?: string; address?: string } = {}
) {
	const jar = new Map<string, { value: string; options: CookieOptions }>();
	if (options.token) jar.set(sessionCookieName, { value: options.token, options: { path: '/' } });
	const cookies = {
		get: (name: string) => jar.get(name)?.value,
		set: (name: string, value: string, opts: CookieOptions) =>
			void jar.set(name, { value, options: opts }),
		delete: (name: string, opts: CookieOptions) =>
			void jar.set(name, { value: '', options: { ...opts, maxAge: 0 } })
	} as unknown as Cookies;
	const url = new URL(options.url ?? 'http://localhost:3000/somewhere');
	const event = {
		locals: { db: test.db, user: null, session: null } as App.Locals,
		cookies,
		url,
		request: new Request(url, { method: options.method ?? 'GET' }),
		getClientAddress: () => options.address ?? '192.0.2.1'
	};
	return { event, jar };
}

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (err) {
		return err;
	}
	throw new Error('expected the guard to throw');
}

describe('authenticate', () => {
	it('fills locals from a valid cookie and clears a bad one', async () => {
		const student = await makeStudent(test.db, 'Sari');
		const { token } = await createSession(test.db, student.id);
		const good = fakeEvent({ token });
		await guards.authenticate(good.event);
		expect(good.event.locals.user).toEqual({
			id: student.id,
			role: 'student',
			displayName: 'Sari',
			mustChangePassword: false,
			locale: null
		});
		expect(good.event.locals.session?.userId).toBe(student.id);

		const bad = fakeEvent({ token: token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A') });
		await guards.authenticate(bad.event);
		expect(bad.event.locals.user).toBeNull();
		expect(bad.jar.get(sessionCookieName)?.options.maxAge).toBe(0);
	});
});

describe('role guards', () => {
	it('sends a signed-out visitor to sign in, and back to where they were afterwards', () => {
		const { event } = fakeEvent({ url: 'http://localhost:3000/teacher/classes?tab=2&/create' });
		const err = thrown(() => guards.requireTeacher(event));
		expect(isRedirect(err) && err.status).toBe(303);
		expect(isRedirect(err) && err.location).toBe(
			'/login?redirectTo=%2Fteacher%2Fclasses%3Ftab%3D2'
		);
	});

	it('answers 404 to the wrong role, and sends a guest who needs a student page to register', async () => {
		const [student, teacher, guest] = [
			await makeStudent(test.db),
			await makeTeacher(test.db),
			await makeGuest(test.db)
		];
		const as = (user: typeof student) => {
			const { event } = fakeEvent({ url: 'http://localhost:3000/classes' });
			event.locals.user = user;
			return event;
		};
		const notFound = thrown(() => guards.requireTeacher(as(student)));
		expect(isHttpError(notFound) && notFound.status).toBe(404);
		expect(
			isHttpError(
				thrown(() => guards.requireStudent(as(teacher))),
				404
			)
		).toBe(true);
		expect(
			isHttpError(
				thrown(() => guards.requireTeacher(as(guest))),
				404
			)
		).toBe(true);
		const toRegister = thrown(() => guards.requireStudent(as(guest)));
		expect(isRedirect(toRegister) && toRegister.location).toBe('/register?redirectTo=%2Fclasses');
		expect(guards.requireTeacher(as(teacher)).id).toBe(teacher.id);
		expect(guards.requireStudent(as(student)).id).toBe(student.id);
		expect(guards.requireUser(as(guest)).id).toBe(guest.id);
		expect(isRedirect(thrown(() => guards.requireAccount(as(guest))))).toBe(true);
		expect(guards.requireAccount(as(teacher)).id).toBe(teacher.id);
	});
});

describe('ensureLearner', () => {
	it('makes a guest with a working session cookie on a POST, once', async () => {
		const { event, jar } = fakeEvent({ method: 'POST' });
		const guest = await guards.ensureLearner(event);
		expect(guest.role).toBe('guest');
		expect(await guards.ensureLearner(event)).toBe(guest);
		expect(await test.db.select().from(users)).toHaveLength(1);

		const cookie = jar.get(sessionCookieName)!;
		expect(cookie.options).toMatchObject({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: false
		});
		expect((await validateSessionToken(test.db, cookie.value))?.user.id).toBe(guest.id);
	});

	it('returns the signed-in user without making anyone, and refuses to mint guests on a GET', async () => {
		const student = await makeStudent(test.db);
		const post = fakeEvent({ method: 'POST' });
		post.event.locals.user = student;
		expect((await guards.ensureLearner(post.event)).id).toBe(student.id);
		await expect(guards.ensureLearner(fakeEvent({ method: 'GET' }).event)).rejects.toThrow(
			/form action/
		);
		expect(await test.db.select().from(users)).toHaveLength(1);
	});

	it('stops one address minting guests without end', async () => {
		const { attempts } = throttle.limits.guestsPerAddress;
		for (let i = 0; i < attempts; i++)
			await throttle.consume(test.db, 'guest:192.0.2.7', throttle.limits.guestsPerAddress);
		const refused = await guards
			.ensureLearner(fakeEvent({ method: 'POST', address: '192.0.2.7' }).event)
			.catch((err: unknown) => err);
		expect(isHttpError(refused, 429)).toBe(true);
		expect(await test.db.select().from(users)).toHaveLength(0);
		expect(
			(await guards.ensureLearner(fakeEvent({ method: 'POST', address: '192.0.2.8' }).event)).role
		).toBe('guest');
	});
});

describe('startSession and endSession', () => {
	it('replace the session id on sign-in and mark the cookie Secure over https', async () => {
		const guest = await makeGuest(test.db);
		const old = await createSession(test.db, guest.id);
		const { event, jar } = fakeEvent({
			method: 'POST',
			url: 'https://bacaan.example/login',
			token: old.token
		});
		await guards.authenticate(event);
		await guards.startSession(event, event.locals.user!);
		expect(await validateSessionToken(test.db, old.token)).toBeNull();
		const cookie = jar.get(sessionCookieName)!;
		expect(cookie.value).not.toBe(old.token);
		expect(cookie.options.secure).toBe(true);

		await guards.endSession(event);
		expect(await validateSessionToken(test.db, cookie.value)).toBeNull();
		expect(jar.get(sessionCookieName)?.options.maxAge).toBe(0);
		expect(event.locals.user).toBeNull();
	});
});

describe('redirectIfSignedIn', () => {
	it('moves a signed-in account on to a safe place, and lets guests and visitors stay', async () => {
		const { event } = fakeEvent({
			url: 'http://localhost:3000/login?redirectTo=%2F%2Fevil.example'
		});
		expect(guards.redirectIfSignedIn(event)).toBeUndefined();
		event.locals.user = await makeGuest(test.db);
		expect(guards.redirectIfSignedIn(event)).toBeUndefined();
		event.locals.user = await makeStudent(test.db);
		const moved = thrown(() => guards.redirectIfSignedIn(event));
		expect(isRedirect(moved) && moved.location).toBe('/');
	});

	it('refuses a dot-segment path that would read as another host', async () => {
		const { event } = fakeEvent({
			url: 'http://localhost:3000/login?redirectTo=%2F.%2F%2Fevil.example'
		});
		event.locals.user = await makeStudent(test.db);
		const moved = thrown(() => guards.redirectIfSignedIn(event));
		expect(isRedirect(moved) && moved.location).toBe('/');
	});
});
