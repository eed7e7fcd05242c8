import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { attemptCounters } from '../db/schema';
import * as throttle from './throttle';

const test = useTestDatabase();
const limit = { attempts: 3, windowMs: 60_000 };

describe('attempt limits', () => {
	it('allows the limit, refuses beyond it, and starts again in a new window', async () => {
		const t0 = new Date('2026-01-01T10:00:00Z');
		const results = [];
		for (let i = 0; i < 5; i++)
			results.push(await throttle.consume(test.db, 'sign-in:a@example.com', limit, t0));
		expect(results).toEqual([true, true, true, false, false]);
		expect(await throttle.consume(test.db, 'sign-in:b@example.com', limit, t0)).toBe(true);
		expect(
			await throttle.consume(
				test.db,
				'sign-in:a@example.com',
				limit,
				new Date(t0.getTime() + 59_000)
			)
		).toBe(false);
		expect(
			await throttle.consume(
				test.db,
				'sign-in:a@example.com',
				limit,
				new Date(t0.getTime() + 60_000)
			)
		).toBe(true);
	});

	it('says how many minutes are left in the window', async () => {
		const t0 = new Date('2026-01-01T10:00:00Z');
		const fifteen = { attempts: 1, windowMs: 15 * 60_000 };
		await throttle.consume(test.db, 'sign-in:n@example.com', fifteen, t0);
		expect(await throttle.minutesLeft(test.db, 'sign-in:n@example.com', fifteen, t0)).toBe(15);
		expect(
			await throttle.minutesLeft(
				test.db,
				'sign-in:n@example.com',
				fifteen,
				new Date(t0.getTime() + 10 * 60_000 + 1)
			)
		).toBe(5);
		expect(
			await throttle.minutesLeft(
				test.db,
				'sign-in:n@example.com',
				fifteen,
				new Date(t0.getTime() + 14 * 60_000 + 30_000)
			)
		).toBe(1);
		expect(await throttle.minutesLeft(test.db, 'never-counted', fifteen, t0)).toBe(1);
		expect(throttle.tryAgainIn(1)).toBe('Too many attempts. Try again in 1 minute.');
		expect(throttle.tryAgainIn(12)).toBe('Too many attempts. Try again in 12 minutes.');
	});

	it('gives back refunded attempts, and keeps no clear text of what it counts', async () => {
		for (let i = 0; i < 3; i++) await throttle.consume(test.db, 'sign-in:sari@example.com', limit);
		await throttle.refund(test.db, 'sign-in:sari@example.com', 2);
		expect(await throttle.consume(test.db, 'sign-in:sari@example.com', limit)).toBe(true);
		expect(await throttle.consume(test.db, 'sign-in:sari@example.com', limit)).toBe(true);
		expect(await throttle.consume(test.db, 'sign-in:sari@example.com', limit)).toBe(false);
		await throttle.refund(test.db, 'never-counted', 5); // nothing to give back: no row appears
		const rows = await test.db.select().from(attemptCounters);
		expect(rows.map((r) => r.key)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
	});

	it('lets exactly the limit through when guesses arrive at once on separate connections', async () => {
		// PGlite runs one query at a time; this bites only on PostgreSQL with a pool (docs/ARCHITECTURE.md, "Tests on both drivers").
		const client = test.url ? postgres(test.url, { max: 10, onnotice: () => {} }) : undefined;
		const db = client
			? (drizzle(client, { casing: 'snake_case' }) as unknown as typeof test.db)
			: test.db;
		try {
			const results = await Promise.all(
				Array.from({ length: 40 }, () =>
					throttle.consume(db, 'sign-in:race@example.com', { attempts: 10, windowMs: 60_000 })
				)
			);
			expect(results.filter(Boolean)).toHaveLength(10);
		} finally {
			await client?.end();
		}
	});
});
