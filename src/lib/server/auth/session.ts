/**
 * Sessions, after Lucia's final design. The cookie holds `id.secret` (120 and 192 random bits,
 * base64url). The database keeps the id and a SHA-256 of the secret, compared in constant time,
 * so neither a leaked table nor a timing side channel yields a usable cookie.
 *
 * Expiry slides: a session lives 30 days and is pushed back to 30 days when it is used with less
 * than 15 left, so an active reader stays signed in and an abandoned cookie dies.
 *
 * The cookie is HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs; with
 * SvelteKit's origin check on form posts that is our CSRF defence), Path=/, and Secure whenever the
 * app is served over https. It stays usable on plain http so a classroom can use a laptop's address.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { preparedPer } from '../db/prepared';
import { sessions, users, type UserRole } from '../db/schema';

export const sessionCookieName = 'bacaan_session';
const day = 24 * 60 * 60 * 1000;
export const sessionLifetime = 30 * day;
const refreshWhenLeft = 15 * day;

export interface SessionUser {
	id: number;
	role: UserRole;
	displayName: string;
	/** Signed in with a one-time password a teacher handed out: must choose their own first. */
	mustChangePassword?: boolean;
	/** The interface language they chose, if any (src/lib/server/locale.ts). */
	locale?: 'en' | 'id' | null;
}
export interface CurrentSession {
	id: string;
	userId: number;
	expiresAt: Date;
}
export interface ValidSession {
	session: CurrentSession;
	user: SessionUser;
	/** The expiry moved, so the cookie must be sent again. */
	refreshed: boolean;
}

const tokenPattern = /^([A-Za-z0-9_-]{20})\.([A-Za-z0-9_-]{32})$/;

function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

/** Starts a session for the user and returns the token to put in the cookie; it is not stored. */
export async function createSession(db: Database, userId: number, now = new Date()) {
	const id = randomBytes(15).toString('base64url');
	const secret = randomBytes(24).toString('base64url');
	const session: CurrentSession = {
		id,
		userId,
		expiresAt: new Date(now.getTime() + sessionLifetime)
	};
	// The user's dead sessions go while we are here; live ones elsewhere stay.
	await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
	await db.insert(sessions).values({ ...session, secretHash: hashSecret(secret) });
	return { token: `${id}.${secret}`, session };
}

/** Read on every signed-in request: built once per handle (db/prepared.ts). */
const sessionById = preparedPer((db) =>
	db
		.select({
			secretHash: sessions.secretHash,
			expiresAt: sessions.expiresAt,
			user: {
				id: users.id,
				role: users.role,
				displayName: users.displayName,
				mustChangePassword: users.mustChangePassword,
				locale: users.locale
			}
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sql.placeholder('id')))
		.limit(1)
		.prepare('session_by_id')
);

/** The session and user behind a cookie value, or null for anything malformed, unknown, wrong or expired. */
export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<ValidSession | null> {
	const match = tokenPattern.exec(token);
	if (!match) return null;
	const [, id, secret] = match;
	const [row] = await sessionById(db).execute({ id });
	if (!row) return null;
	if (!timingSafeEqual(Buffer.from(hashSecret(secret), 'hex'), Buffer.from(row.secretHash, 'hex')))
		return null;
	if (row.expiresAt.getTime() <= now.getTime()) {
		await invalidateSession(db, id);
		return null;
	}
	let expiresAt = row.expiresAt;
	const refreshed = expiresAt.getTime() - now.getTime() < refreshWhenLeft;
	if (refreshed) {
		expiresAt = new Date(now.getTime() + sessionLifetime);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	return { session: { id, userId: row.user.id, expiresAt }, user: row.user, refreshed };
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs the user out everywhere (after a password change, "sign out everywhere", or when an account changes hands). */
export async function invalidateUserSessions(db: Database, userId: number): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(sessionCookieName, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
