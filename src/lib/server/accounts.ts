/**
 * Accounts: guests, registration (a guest's own row is upgraded, so its progress stays), sign-in.
 * Sign-in answers the same way, after the same work, whether or not the email is registered.
 * Registration does say when an email is taken: with no mail to send, there is no other honest
 * answer, so registration attempts are limited per address.
 */
import { and, eq, lt, notExists, sql } from 'drizzle-orm';
import { findDeviceToken, issueDeviceToken } from './auth/device';
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from './auth/password';
import type { SessionUser } from './auth/session';
import * as throttle from './auth/throttle';
import type { Database } from './db';
import { isUniqueViolation } from './db/errors';
import { attemptCounters, sessions, users } from './db/schema';
import { m } from '$lib/paraglide/messages';

export const accountRoles = ['student', 'teacher'] as const;
export type AccountRole = (typeof accountRoles)[number];
export const displayNameMaxLength = 60;

export interface Registration {
	displayName: string;
	email: string;
	password: string;
	role: AccountRole;
}
/** What to show again in a refused form: never the password. */
export type RegistrationValues = Omit<Registration, 'password'>;
export type RegistrationErrors = Partial<Record<keyof Registration, string>>;

const userColumns = {
	id: users.id,
	role: users.role,
	displayName: users.displayName,
	mustChangePassword: users.mustChangePassword
};

export function normalizeEmail(value: unknown): string {
	return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Checks a registration form; `input` is set only when there are no errors. */
export function parseRegistration(form: FormData) {
	const values: RegistrationValues = {
		displayName: text(form, 'displayName').trim().replace(/\s+/g, ' '),
		email: normalizeEmail(form.get('email')),
		role: text(form, 'role') === 'teacher' ? 'teacher' : 'student'
	};
	const password = text(form, 'password');
	const errors: RegistrationErrors = {};
	if (!values.displayName) errors.displayName = m.register_name_missing();
	else if ([...values.displayName].length > displayNameMaxLength)
		errors.displayName = m.register_name_long({ max: displayNameMaxLength });
	else if (/\p{Cc}/u.test(values.displayName)) errors.displayName = m.register_name_chars();
	if (values.email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
		errors.email = m.register_email_invalid();
	const problem = passwordProblem(password, values);
	if (problem) errors.password = problem;
	const input: Registration | undefined =
		Object.keys(errors).length === 0 ? { ...values, password } : undefined;
	return { values, errors, input };
}

export async function createGuest(db: Database): Promise<SessionUser> {
	const [user] = await db
		.insert(users)
		.values({ role: 'guest', displayName: 'Guest' })
		.returning(userColumns);
	return user;
}

export type RegisterResult = { user: SessionUser } | { error: 'email-taken' | 'throttled' };

/**
 * Creates the account, or upgrades `guestId`'s row in place when given and still a guest.
 * `address` is the client's address, for the attempt limit.
 */
export async function register(
	db: Database,
	input: Registration,
	options: { guestId?: number; address: string }
): Promise<RegisterResult> {
	if (
		!(await throttle.consume(
			db,
			`register:${options.address}`,
			throttle.limits.registrationsPerAddress
		))
	)
		return { error: 'throttled' };
	const account = {
		role: input.role,
		displayName: input.displayName,
		email: normalizeEmail(input.email),
		passwordHash: await hashPassword(input.password)
	};
	try {
		if (options.guestId !== undefined) {
			const [upgraded] = await db
				.update(users)
				.set({ ...account, updatedAt: sql`now()` })
				.where(and(eq(users.id, options.guestId), eq(users.role, 'guest')))
				.returning(userColumns);
			if (upgraded) return { user: upgraded };
		}
		const [created] = await db
			.insert(users)
			.values(account)
			.onConflictDoNothing({ target: users.email })
			.returning(userColumns);
		return created ? { user: created } : { error: 'email-taken' };
	} catch (err) {
		if (isUniqueViolation(err)) return { error: 'email-taken' };
		throw err;
	}
}

export type SignInResult =
	| { user: SessionUser; deviceToken: string }
	| { error: 'invalid' }
	| { error: 'throttled'; minutes: number };

/**
 * Checks an email, or the username a teacher generated (no `@`), and the password.
 *
 * Limits follow OWASP's authentication guidance; only failures count (a success gives its count
 * back). From a device that signed in to this account before (a valid token from
 * auth/device.ts), only that device's failures count, so no one elsewhere can lock the owner out
 * of it. Otherwise three counters apply: this account from this address, this account from
 * everywhere (bounds guessing spread over many addresses), and this address for every account
 * (bounds spraying one password over many accounts; a school behind one address only spends it on
 * typos).
 */
export async function signIn(
	db: Database,
	login: string,
	password: string,
	address: string,
	deviceTokens: readonly string[] = []
): Promise<SignInResult> {
	const normalized = normalizeEmail(login);
	const [row] = await db
		.select({ ...userColumns, passwordHash: users.passwordHash })
		.from(users)
		.where(normalized.includes('@') ? eq(users.email, normalized) : eq(users.username, normalized))
		.limit(1);
	const device = row?.passwordHash && findDeviceToken(deviceTokens, row.id, row.passwordHash);
	const counters: [string, throttle.Limit][] = device
		? [[`sign-in-device:${device}`, throttle.limits.signInPerAccountAndAddress]]
		: [
				[`sign-in:${normalized}:${address}`, throttle.limits.signInPerAccountAndAddress],
				[`sign-in-account:${normalized}`, throttle.limits.signInPerAccount],
				[`sign-in-address:${address}`, throttle.limits.signInFailuresPerAddress]
			];
	const allowed = await Promise.all(
		counters.map(([key, limit]) => throttle.consume(db, key, limit))
	);
	if (allowed.includes(false)) {
		const minutes = await Promise.all(
			counters.map(([key, limit], i) => (allowed[i] ? 0 : throttle.minutesLeft(db, key, limit)))
		);
		return { error: 'throttled', minutes: Math.max(...minutes) };
	}
	const ok = row?.passwordHash
		? await verifyPassword(row.passwordHash, password)
		: await verifyNothing(password);
	if (!row?.passwordHash || !ok) return { error: 'invalid' };
	await Promise.all(counters.map(([key]) => throttle.refund(db, key)));
	const { passwordHash, ...user } = row;
	return { user, deviceToken: issueDeviceToken(user.id, passwordHash) };
}

export type PasswordChangeResult =
	{ ok: true } | { error: 'wrong-password' | 'throttled' } | { problem: string };

/**
 * Replaces an account's password after checking the current one, and ends all its sessions (the
 * caller starts a new one for this device). Wrong current passwords are limited per account, apart
 * from sign-in, so someone guessing at the sign-in form cannot block a password change.
 */
export async function changePassword(
	db: Database,
	userId: number,
	current: string,
	next: string
): Promise<PasswordChangeResult> {
	const [row] = await db
		.select({
			email: users.email,
			username: users.username,
			displayName: users.displayName,
			passwordHash: users.passwordHash
		})
		.from(users)
		.where(eq(users.id, userId));
	const login = row?.email ?? row?.username;
	if (!login || !row?.passwordHash) return { error: 'wrong-password' };
	const key = `password-change:${userId}`;
	if (!(await throttle.consume(db, key, throttle.limits.passwordChangePerUser)))
		return { error: 'throttled' };
	if (!(await verifyPassword(row.passwordHash, current))) return { error: 'wrong-password' };
	await throttle.refund(db, key);
	const problem = passwordProblem(next, { email: login, displayName: row.displayName });
	if (problem) return { problem };
	if (next === current) return { problem: m.account_password_same() };
	const changed = {
		passwordHash: await hashPassword(next),
		mustChangePassword: false,
		updatedAt: sql`now()`
	};
	await db.update(users).set(changed).where(eq(users.id, userId));
	await db.delete(sessions).where(eq(sessions.userId, userId));
	return { ok: true };
}

/**
 * Housekeeping, run at start-up: expired sessions, attempt counters from earlier days, and guests
 * no one can reach any more (no live session, over a day old). A guest's progress goes with the
 * row, since every table that points at users cascades. Returns how many guests went.
 */
export async function removeExpired(db: Database, now = new Date()): Promise<number> {
	const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
	await db.delete(sessions).where(lt(sessions.expiresAt, now));
	await db.delete(attemptCounters).where(lt(attemptCounters.windowStartedAt, dayAgo));
	const live = db
		.select({ one: sql`1` })
		.from(sessions)
		.where(eq(sessions.userId, users.id));
	const gone = await db
		.delete(users)
		.where(and(eq(users.role, 'guest'), lt(users.createdAt, dayAgo), notExists(live)))
		.returning({ id: users.id });
	return gone.length;
}

/** Keeps the interface language the account chose (src/lib/server/locale.ts). */
export async function setLocale(db: Database, userId: number, locale: 'en' | 'id'): Promise<void> {
	await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
}
