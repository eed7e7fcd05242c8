import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../tests/support/test-database';
import { makeStudent } from '../../../tests/support/accounts';
import * as articleStore from './articles';
import { listShippedArticles } from './content';
import { wordReviews } from './db/schema';
import * as reviews from './reviews';
import * as words from './words';

const test = useTestDatabase();
const now = new Date('2026-03-02T09:00:00Z');
let article: NonNullable<Awaited<ReturnType<typeof articleStore.findBySlug>>>;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

const rowsOf = (userId: number, root: string) =>
	test.db
		.select()
		.from(wordReviews)
		.where(and(eq(wordReviews.userId, userId), eq(wordReviews.root, root)));

describe('word statuses', () => {
	it('sets each status and reads it back as the reader marks it', async () => {
		const { id } = await makeStudent(test.db);
		expect(await words.setStatus(test.db, id, article, 'hukum', 'known', now)).toBe(true);
		expect(await words.setStatus(test.db, id, article, 'sepakat', 'learning', now)).toBe(true);
		expect(await words.setStatus(test.db, id, article, 'undang', 'ignored', now)).toBe(true);
		expect(await words.statusesOf(test.db, id, ['hukum', 'sepakat', 'undang', 'kunjung'])).toEqual({
			hukum: 'k',
			sepakat: 'l1',
			undang: 'i'
		});
		// Known and ignored words are never due; the learning one is.
		expect(await reviews.countDue(test.db, id, now)).toBe(1);
		await words.setStatus(test.db, id, article, 'hukum', 'new', now);
		expect(await rowsOf(id, 'hukum')).toHaveLength(0);
	});

	it('refuses a word that is not in the article', async () => {
		const { id } = await makeStudent(test.db);
		expect(await words.setStatus(test.db, id, article, 'komputer', 'known', now)).toBe(false);
		expect(await rowsOf(id, 'komputer')).toHaveLength(0);
	});

	it('learning keeps a schedule already under way', async () => {
		const { id } = await makeStudent(test.db);
		await words.setStatus(test.db, id, article, 'sepakat', 'learning', now);
		await reviews.answer(test.db, id, 'sepakat', reviews.ratings.easy, 0, now);
		const [before] = await rowsOf(id, 'sepakat');
		await words.setStatus(test.db, id, article, 'sepakat', 'known', now);
		await words.setStatus(test.db, id, article, 'sepakat', 'learning', now);
		const [after] = await rowsOf(id, 'sepakat');
		expect(after.due.toISOString()).toBe(before.due.toISOString());
		expect(after.scheduledDays).toBe(before.scheduledDays);
		expect(before.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(await words.statusesOf(test.db, id, ['sepakat'])).toEqual({
			sepakat: `l${words.stageOf(before.scheduledDays)}`
		});
	});

	it('double and racing submissions end in one row with the last status', async () => {
		const { id } = await makeStudent(test.db);
		// The same tap twice at once, on a pool of connections when TEST_DATABASE_URL is set.
		const same = await Promise.all(
			Array.from({ length: 12 }, () => words.setStatus(test.db, id, article, 'hukum', 'known', now))
		);
		expect(same.every(Boolean)).toBe(true);
		expect(await rowsOf(id, 'hukum')).toMatchObject([{ known: true, ignored: false }]);
		// Racing different statuses: whatever wins, exactly one row, never both flags.
		await Promise.all(
			(['known', 'ignored', 'learning', 'known', 'ignored', 'learning'] as const).map((s) =>
				words.setStatus(test.db, id, article, 'sepakat', s, now)
			)
		);
		const rows = await rowsOf(id, 'sepakat');
		expect(rows).toHaveLength(1);
		expect(rows[0].known && rows[0].ignored).toBe(false);
	});

	it('the database refuses a word both known and ignored', async () => {
		const { id } = await makeStudent(test.db);
		await words.setStatus(test.db, id, article, 'hukum', 'known', now);
		await expect(
			test.db.update(wordReviews).set({ ignored: true }).where(eq(wordReviews.userId, id))
		).rejects.toThrow();
	});
});

describe('known share', () => {
	it('rises as words are marked known, and reaches 100 % with the rest marked', async () => {
		const { id } = await makeStudent(test.db);
		const before = (await words.knownShares(test.db, id, [article.id]))[article.id];
		expect(before.percent).toBe(0);
		expect(before.newWords).toBeGreaterThan(100);
		await words.setStatus(test.db, id, article, 'yang', 'known', now);
		const after = (await words.knownShares(test.db, id, [article.id]))[article.id];
		expect(after.percent).toBeGreaterThan(0);
		expect(after.newWords).toBe(before.newWords - 1);

		await words.setStatus(test.db, id, article, 'sepakat', 'learning', now);
		const marked = await words.markRestKnown(test.db, id, article, now);
		expect(marked).toBe(before.newWords - 2);
		expect(await words.markRestKnown(test.db, id, article, now)).toBe(0); // idempotent
		const all = (await words.knownShares(test.db, id, [article.id]))[article.id];
		expect(all.newWords).toBe(0);
		expect(all.percent).toBeLessThan(100); // sepakat is still being learned
		expect(all.percent).toBeGreaterThan(95);
	});
});

describe('your words', () => {
	it('lists status, gloss, sentence and article, filtered by status', async () => {
		const { id } = await makeStudent(test.db);
		await words.setStatus(test.db, id, article, 'hukum', 'known', now);
		await words.setStatus(test.db, id, article, 'sepakat', 'learning', now);
		const all = await words.listWords(test.db, id);
		expect(all.map((w) => w.root).sort()).toEqual(['hukum', 'sepakat']);
		const sepakat = all.find((w) => w.root === 'sepakat')!;
		expect(sepakat).toMatchObject({
			status: 'learning',
			stage: 1,
			article: { slug: article.slug }
		});
		expect(sepakat.gloss).not.toBe('');
		expect(sepakat.sentence.slice(sepakat.formStart, sepakat.formEnd).toLowerCase()).toContain(
			'sepakat'
		);
		expect((await words.listWords(test.db, id, { status: 'known' })).map((w) => w.root)).toEqual([
			'hukum'
		]);
		expect(await words.listWords(test.db, id, { status: 'ignored' })).toEqual([]);
	});
});

describe('changing a word from the list', () => {
	it('changes only words the learner has, and removes with new', async () => {
		const a = await makeStudent(test.db);
		const b = await makeStudent(test.db);
		await words.setStatus(test.db, a.id, article, 'hukum', 'learning', now);
		expect(await words.changeStatus(test.db, b.id, 'hukum', 'known', now)).toBe(false);
		expect(await words.changeStatus(test.db, a.id, 'hukum', 'ignored', now)).toBe(true);
		expect(await words.changeStatus(test.db, a.id, 'hukum', 'ignored', now)).toBe(true);
		expect(await rowsOf(a.id, 'hukum')).toMatchObject([{ known: false, ignored: true }]);
		expect(await words.changeStatus(test.db, a.id, 'hukum', 'new', now)).toBe(true);
		expect(await words.changeStatus(test.db, a.id, 'hukum', 'new', now)).toBe(false);
		expect(await rowsOf(a.id, 'hukum')).toHaveLength(0);
	});

	it('reads a filter, ignoring anything unknown', () => {
		expect(words.parseFilter('known')).toEqual({ status: 'known' });
		expect(words.parseFilter('new')).toEqual({});
		expect(words.parseFilter('<script>')).toEqual({});
		expect(words.parseFilter(null)).toEqual({});
	});
});
