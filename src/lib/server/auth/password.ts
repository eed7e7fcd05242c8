/**
 * Passwords: argon2id at OWASP's baseline (19 MiB, 2 passes, 1 lane), and a policy after NIST
 * SP 800-63B: at least 8 characters, no composition rules, refuse well-known passwords and ones
 * made of the person's own email or name. The upper bound keeps one request from hashing megabytes.
 */
import { hash, verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords';
import { m } from '$lib/paraglide/messages';

export const passwordLength = { min: 8, max: 200 } as const;

const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

/** False for a malformed stored hash as well as for a wrong password. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time a real check would when there is no account to check against, so the response
 * time does not tell whether an email is registered.
 */
export async function verifyNothing(password: string): Promise<false> {
	dummy ??= hashPassword('no account has this password');
	await verifyPassword(await dummy, password);
	return false;
}

/** Why a new password is refused, in words for the person choosing it; null when it is fine. */
export function passwordProblem(
	password: string,
	personal: { email?: string; displayName?: string } = {}
): string | null {
	const length = [...password].length;
	if (length < passwordLength.min) return m.password_too_short({ min: passwordLength.min });
	if (length > passwordLength.max) return m.password_too_long({ max: passwordLength.max });
	const folded = password.toLowerCase();
	if (commonPasswords.has(folded) || /^(.)\1+$/u.test(folded)) {
		return m.password_too_common();
	}
	const mailbox = personal.email?.toLowerCase().split('@')[0] ?? '';
	const name = personal.displayName?.toLowerCase().replace(/\s+/g, '') ?? '';
	for (const own of [personal.email?.toLowerCase(), mailbox, name]) {
		if (
			own &&
			own.length >= 4 &&
			folded.replace(/\s+/g, '').includes(own) &&
			folded.length - own.length < 4
		) {
			return m.password_from_name();
		}
	}
	return null;
}
