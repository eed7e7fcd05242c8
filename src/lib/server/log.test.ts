import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeForLog } from './log';

describe('describeForLog', () => {
	const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
	const email = 'siti@example.com';

	it('keeps the statement, the cause and the code of a failed query, never its parameters', () => {
		const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
			code: '23505'
		});
		const err = new DrizzleQueryError(
			'insert into "users" ("email", "password_hash") values ($1, $2)',
			[email, hash],
			cause
		);
		const line = describeForLog(err);
		expect(line).toContain('insert into "users"');
		expect(line).toContain('duplicate key value');
		expect(line).toContain('[23505]');
		expect(line).toMatch(/\n\s+at /);
		expect(line).not.toContain(email);
		expect(line).not.toContain(hash);
	});

	it('strips a params line from a plain message too', () => {
		const line = describeForLog(new Error(`Failed query: select 1\nparams: ${email}`));
		expect(line).toContain('select 1');
		expect(line).not.toContain(email);
	});

	it('says what was thrown when it is not an error', () => {
		expect(describeForLog({ email })).toBe('non-error thrown: object');
	});
});
