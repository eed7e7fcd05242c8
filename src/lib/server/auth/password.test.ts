import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from './password';

describe('passwordProblem', () => {
	it('accepts a long unremarkable passphrase', () => {
		expect(
			passwordProblem('kopi susu di pagi hari', { email: 'sari@example.com', displayName: 'Sari' })
		).toBeNull();
	});

	it('refuses short, overlong, common and repeated passwords', () => {
		expect(passwordProblem('pendek1')).toMatch(/at least 8/);
		expect(passwordProblem('pendek12')).toBeNull();
		expect(passwordProblem('Password')).toMatch(/too common/);
		expect(passwordProblem('12345678')).toMatch(/too common/);
		expect(passwordProblem('x'.repeat(199) + 'yz')).toMatch(/at most 200/);
		expect(passwordProblem('Password123')).toMatch(/too common/);
		expect(passwordProblem('BISMILLAH123')).toMatch(/too common/);
		expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/too common/);
	});

	it('counts characters, not UTF-16 units', () => {
		expect(passwordProblem('🙂🙂🙂🙂🙂🙂🙂')).toMatch(/at least 8/);
		expect(passwordProblem('🙂🙂🙂🙂🙂🙂🙂x')).toBeNull();
	});

	it('refuses a password made of the email or the name', () => {
		expect(passwordProblem('budi.santoso1', { email: 'budi.santoso@example.com' })).toMatch(
			/email or name/
		);
		expect(passwordProblem('budi@example.com', { email: 'budi@example.com' })).toMatch(
			/email or name/
		);
		expect(passwordProblem('Dewi Lestari!', { displayName: 'Dewi Lestari' })).toMatch(
			/email or name/
		);
		// A name inside a long passphrase is fine.
		expect(passwordProblem('dewi suka membaca berita pagi', { displayName: 'Dewi' })).toBeNull();
	});
});

describe('hashing', () => {
	it('stores argon2id with a fresh salt and verifies only the right password', async () => {
		const [a, b] = await Promise.all([
			hashPassword('kopi susu di pagi hari'),
			hashPassword('kopi susu di pagi hari')
		]);
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword(a, 'kopi susu di pagi hari')).toBe(true);
		expect(await verifyPassword(a, 'kopi susu di pagi har1')).toBe(false);
	});

	it('treats a malformed stored hash as a mismatch, and verifyNothing is always false', async () => {
		expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
		expect(await verifyNothing('no account has this password')).toBe(false);
	});
});
