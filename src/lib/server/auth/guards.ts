/**
 * Who is asking, and may they. Call a guard at the top of every load and action that needs one:
 * layout loads can be skipped, so a guard in a layout alone protects nothing.
 *
 * Signed out -> redirect to /login (and back afterwards). Signed in with the wrong role -> 404,
 * which does not reveal that the page exists. A guest asking for a student page is sent to
 * /register instead, since registering makes them a student with all their progress.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import * as accounts from '../accounts';
import {
	createSession,
	deleteSessionCookie,
	invalidateSession,
	sessionCookieName,
	setSessionCookie,
	validateSessionToken,
	type SessionUser
} from './session';
import { safeReturnPath } from './return-path';
import * as throttle from './throttle';
import { m } from '$lib/paraglide/messages';

type AuthEvent = Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'request' | 'getClientAddress'>;

const secure = (event: AuthEvent) => event.url.protocol === 'https:';

/** Reads the session cookie into locals.user/locals.session (hooks.server.ts, every request). */
export async function authenticate(event: AuthEvent): Promise<void> {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(sessionCookieName);
	if (!token) return;
	const valid = await validateSessionToken(event.locals.db, token);
	if (!valid) {
		deleteSessionCookie(event.cookies, secure(event));
		return;
	}
	if (valid.refreshed)
		setSessionCookie(event.cookies, token, valid.session.expiresAt, secure(event));
	event.locals.user = valid.user;
	event.locals.session = valid.session;
}

export function requireUser(event: AuthEvent): SessionUser {
	if (!event.locals.user) redirect(303, withReturn('/login', event.url));
	return event.locals.user;
}

export function requireStudent(event: AuthEvent): SessionUser {
	const user = requireAccount(event);
	if (user.role !== 'student') error(404, m.error_not_found_message());
	return user;
}

export function requireTeacher(event: AuthEvent): SessionUser {
	const user = requireUser(event);
	if (user.role !== 'teacher') error(404, m.error_not_found_message());
	return user;
}

/**
 * A registered user, student or teacher; a guest is sent to register (they have no account yet).
 * Someone still on a teacher's one-time password is sent to /account to choose their own first.
 */
export function requireAccount(event: AuthEvent): SessionUser {
	const user = requireUser(event);
	if (user.role === 'guest') redirect(303, withReturn('/register', event.url));
	if (user.mustChangePassword && event.url.pathname !== '/account') redirect(303, '/account');
	return user;
}

/** For the sign-in and register pages: someone signed in (not as a guest) goes where they were going. */
export function redirectIfSignedIn(event: AuthEvent): void {
	if (event.locals.user && event.locals.user.role !== 'guest') redirect(303, returnPath(event));
}

/**
 * The current user, or a new guest with a session (cookie set) so someone can start without an
 * account. It creates rows, so only form actions and other POSTs may call it (a crawler following
 * links must not mint guests), and one address may mint only so many an hour (429 beyond).
 */
export async function ensureLearner(event: AuthEvent): Promise<SessionUser> {
	if (event.locals.user) return event.locals.user;
	if (event.request.method === 'GET' || event.request.method === 'HEAD') {
		throw new Error(
			'ensureLearner creates a guest account: call it from a form action, not a load'
		);
	}
	if (
		!(await throttle.consume(
			event.locals.db,
			`guest:${event.getClientAddress()}`,
			throttle.limits.guestsPerAddress
		))
	) {
		error(429, m.error_too_many_visitors());
	}
	const guest = await accounts.createGuest(event.locals.db);
	await startSession(event, guest);
	return guest;
}

/** A fresh session for `user` (after sign-in or registration: never reuse the old id). */
export async function startSession(event: AuthEvent, user: SessionUser): Promise<void> {
	if (event.locals.session) await invalidateSession(event.locals.db, event.locals.session.id);
	const { token, session } = await createSession(event.locals.db, user.id);
	setSessionCookie(event.cookies, token, session.expiresAt, secure(event));
	event.locals.user = user;
	event.locals.session = session;
}

export async function endSession(event: AuthEvent): Promise<void> {
	if (event.locals.session) await invalidateSession(event.locals.db, event.locals.session.id);
	deleteSessionCookie(event.cookies, secure(event));
	event.locals.user = null;
	event.locals.session = null;
}

/** Where to go after signing in or registering: `?redirectTo=` if it is safely ours, else `/`. */
export function returnPath(event: Pick<AuthEvent, 'url'>): string {
	return safeReturnPath(event.url.searchParams.get('redirectTo'), event.url.origin);
}

/** `/login?redirectTo=/where/we/were` without SvelteKit's `?/action` keys. */
function withReturn(path: string, from: URL): string {
	const search = new URLSearchParams(
		[...from.searchParams].filter(([key]) => !key.startsWith('/'))
	);
	const here = from.pathname + (search.size ? `?${search}` : '');
	return here === '/' ? path : `${path}?redirectTo=${encodeURIComponent(here)}`;
}
