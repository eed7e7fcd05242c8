/**
 * Accounts: guests, registration (a guest's own row is upgraded, so its progress stays), sign-in.
 * Sign-in answers the same way, after the same work, whether or not the email is registered.
 * Registration does say when an email is taken: with no mail to send, there is no other honest
 * answer, so registration attempts are limited per address like sign-in.
 */
import { and, eq, lt, notExists, sql } from 'drizzle-orm';
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from './auth/password';
import type { SessionUser } from './auth/session';
import * as throttle from './auth/throttle';
import type { Database } from './db';
import { isUniqueViolation } from './db/errors';
import { attemptCounters, sessions, users } from './db/schema';

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
	if (!values.displayName) errors.displayName = 'Tell us what to call you.';
	else if ([...values.displayName].length > displayNameMaxLength)
		errors.displayName = `Use at most ${displayNameMaxLength} characters.`;
	else if (/\p{Cc}/u.test(values.displayName))
		errors.displayName = 'Use letters, digits and punctuation only.';
	if (values.email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
		errors.email = 'Enter an email address like nama@contoh.id.';
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
		!(await throttle.consume(db, `register:${options.address}`, throttle.limits.signInPerAddress))
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
	{ user: SessionUser } | { error: 'invalid' } | { error: 'throttled'; minutes: number };

/**
 * Checks an email, or the username a teacher generated (no `@`), and the password. Every attempt
 * counts against the account and the address.
 */
export async function signIn(
	db: Database,
	login: string,
	password: string,
	address: string
): Promise<SignInResult> {
	const normalized = normalizeEmail(login);
	const [forAccount, forAddress] = await Promise.all([
		throttle.consume(db, `sign-in:${normalized}`, throttle.limits.signInPerAccount),
		throttle.consume(db, `sign-in-address:${address}`, throttle.limits.signInPerAddress)
	]);
	if (!forAccount || !forAddress) {
		const [account, place] = await Promise.all([
			forAccount
				? 0
				: throttle.minutesLeft(db, `sign-in:${normalized}`, throttle.limits.signInPerAccount),
			forAddress
				? 0
				: throttle.minutesLeft(db, `sign-in-address:${address}`, throttle.limits.signInPerAddress)
		]);
		return { error: 'throttled', minutes: Math.max(account, place) };
	}
	const [row] = await db
		.select({ ...userColumns, passwordHash: users.passwordHash })
		.from(users)
		.where(normalized.includes('@') ? eq(users.email, normalized) : eq(users.username, normalized))
		.limit(1);
	const ok = row?.passwordHash
		? await verifyPassword(row.passwordHash, password)
		: await verifyNothing(password);
	if (!row || !ok) return { error: 'invalid' };
	await throttle.clear(db, `sign-in:${normalized}`);
	const { passwordHash: _hash, ...user } = row;
	return { user };
}

export type PasswordChangeResult =
	{ ok: true } | { error: 'wrong-password' | 'throttled' } | { problem: string };

/**
 * Replaces an account's password after checking the current one, and ends all its sessions (the
 * caller starts a new one for this device). Tries count like sign-in attempts on the account.
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
	if (!(await throttle.consume(db, `sign-in:${login}`, throttle.limits.signInPerAccount)))
		return { error: 'throttled' };
	if (!(await verifyPassword(row.passwordHash, current))) return { error: 'wrong-password' };
	await throttle.clear(db, `sign-in:${login}`);
	const problem = passwordProblem(next, { email: login, displayName: row.displayName });
	if (problem) return { problem };
	if (next === current) return { problem: 'Choose a password different from the current one.' };
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
