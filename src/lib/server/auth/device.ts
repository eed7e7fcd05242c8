/**
 * Device cookies (OWASP's answer to lockout as a weapon): after a successful sign-in the browser
 * keeps a token saying "account N signed in here before". Sign-in attempts that present a valid
 * token for the account are limited per device only, so an attacker guessing from elsewhere, who
 * fills the account-wide limit, cannot keep the owner out of a device they already use.
 *
 * Token: `userId.issuedAt.mac`, mac = HMAC-SHA256 keyed with the account's stored password hash
 * (a secret that never leaves the server and needs no configuration). Changing the password
 * therefore revokes every device token of the account. One cookie holds up to five tokens, for
 * computers that several people share.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

export const deviceCookieName = 'bacaan_device';
const lifetimeSeconds = 180 * 24 * 60 * 60;
const maxTokens = 5;

function mac(userId: number, issuedAt: number, passwordHash: string): string {
	return createHmac('sha256', passwordHash)
		.update(`bacaan-device:${userId}:${issuedAt}`)
		.digest('base64url');
}

export function issueDeviceToken(userId: number, passwordHash: string, now = Date.now()): string {
	const issuedAt = Math.floor(now / 1000);
	return `${userId}.${issuedAt}.${mac(userId, issuedAt, passwordHash)}`;
}

/**
 * The token among `tokens` that proves this device signed in to `userId` before (and is not
 * older than 180 days), or undefined.
 */
export function findDeviceToken(
	tokens: readonly string[],
	userId: number,
	passwordHash: string,
	now = Date.now()
): string | undefined {
	return tokens.find((token) => {
		const [id, issued, given] = token.split('.');
		const issuedAt = Number(issued);
		if (Number(id) !== userId || !Number.isSafeInteger(issuedAt) || !given) return false;
		if (now / 1000 - issuedAt > lifetimeSeconds || issuedAt > now / 1000 + 60) return false;
		const expected = Buffer.from(mac(userId, issuedAt, passwordHash));
		const actual = Buffer.from(given);
		return expected.length === actual.length && timingSafeEqual(expected, actual);
	});
}

export function readDeviceTokens(cookies: Pick<Cookies, 'get'>): string[] {
	const value = cookies.get(deviceCookieName) ?? '';
	return value
		.split('~')
		.filter((t) => /^\d{1,12}\.\d{1,12}\.[\w-]{20,64}$/.test(t))
		.slice(0, maxTokens);
}

/** Puts `token` first in the cookie, replacing an older token of the same account. */
export function rememberDevice(
	cookies: Pick<Cookies, 'get' | 'set'>,
	token: string,
	secure: boolean
): void {
	const userId = token.split('.')[0];
	const kept = readDeviceTokens(cookies).filter((t) => t.split('.')[0] !== userId);
	cookies.set(deviceCookieName, [token, ...kept].slice(0, maxTokens).join('~'), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: lifetimeSeconds
	});
}
