import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../tests/support/test-database';
import { makeGuest, makeStudent } from '../../../tests/support/accounts';
import * as articleStore from './articles';
import { listShippedArticles } from './content';
import { reviewLog, wordLookups, wordReviews } from './db/schema';
import * as reviews from './reviews';
import { formatInterval } from '$lib/intervals';

const test = useTestDatabase();
const now = new Date('2026-03-02T09:00:00Z');
let article: NonNullable<Awaited<ReturnType<typeof articleStore.findBySlug>>>;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

const cardOf = async (userId: number, root: string) =>
	(
		await test.db
			.select()
			.from(wordReviews)
			.where(and(eq(wordReviews.userId, userId), eq(wordReviews.root, root)))
	)[0];

describe('adding words', () => {
	it('stores the article sentence with the form marked, due now', async () => {
		const { id } = await makeStudent(test.db);
		expect(await reviews.add(test.db, id, article, 'hukum', now)).toBe(true);
		const card = await cardOf(id, 'hukum');
		expect(card.sentence.slice(card.formStart, card.formEnd).toLowerCase()).toMatch(/hukum/);
		expect(card.sentence.length).toBeGreaterThan(card.formEnd);
		expect(card).toMatchObject({ source: 'added', known: false, articleId: article.id, state: 0 });
		expect(card.due.toISOString()).toBe(now.toISOString());
		expect(await reviews.countDue(test.db, id, now)).toBe(1);
	});

	it('refuses a word that is not in the article', async () => {
		const { id } = await makeStudent(test.db);
		expect(await reviews.add(test.db, id, article, 'komputer', now)).toBe(false);
		expect(await test.db.select().from(wordReviews)).toHaveLength(0);
	});

	it('adding the same word twice at once keeps one card', async () => {
		const { id } = await makeGuest(test.db);
		const results = await Promise.all(
			Array.from({ length: 8 }, () => reviews.add(test.db, id, article, 'sepakat', now))
		);
		expect(results.every(Boolean)).toBe(true);
		expect(await test.db.select().from(wordReviews).where(eq(wordReviews.userId, id))).toHaveLength(
			1
		);
	});

	it('"I know this" keeps the card out of review until it is added again', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.add(test.db, id, article, 'hukum', now);
		await reviews.markKnown(test.db, id, article, 'hukum', now);
		expect(await reviews.countDue(test.db, id, now)).toBe(0);
		expect(await reviews.listDue(test.db, id, now)).toHaveLength(0);
		await reviews.add(test.db, id, article, 'hukum', now);
		expect(await reviews.countDue(test.db, id, now)).toBe(1);
	});

	it('keeps each learner’s words apart', async () => {
		const a = await makeStudent(test.db);
		const b = await makeStudent(test.db);
		await reviews.add(test.db, a.id, article, 'hukum', now);
		expect(await reviews.countDue(test.db, b.id, now)).toBe(0);
		expect(await reviews.answer(test.db, b.id, 'hukum', reviews.ratings.good, 0, now)).toEqual({
			status: 'missing'
		});
	});
});

describe('lookups', () => {
	it('logs every lookup and makes one card per root, dropping words not in the article', async () => {
		const { id } = await makeGuest(test.db);
		const kept = await reviews.recordLookups(
			test.db,
			id,
			article,
			[
				{ root: 'sepakat', form: 'kesepakatan' },
				{ root: 'sepakat', form: 'kesepakatan' },
				{ root: 'komputer', form: 'komputer' },
				{ root: 'hukum', form: 'menghukum' }
			],
			now
		);
		expect(kept).toBe(3);
		expect(await test.db.select().from(wordLookups).where(eq(wordLookups.userId, id))).toHaveLength(
			3
		);
		const card = await cardOf(id, 'sepakat');
		expect(card.source).toBe('lookup');
		expect(card.sentence.slice(card.formStart, card.formEnd).toLowerCase()).toBe('kesepakatan');
		expect(await reviews.countDue(test.db, id, now)).toBe(2);
	});

	it('a lookup does not reset a word already added or known', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.markKnown(test.db, id, article, 'hukum', now);
		await reviews.recordLookups(test.db, id, article, [{ root: 'hukum', form: 'menghukum' }], now);
		expect((await cardOf(id, 'hukum')).known).toBe(true);
	});

	it('counts lookups per root for a class, leaving others out', async () => {
		const [a, b, outsider] = [
			await makeStudent(test.db),
			await makeStudent(test.db),
			await makeStudent(test.db)
		];
		const hukum = { root: 'hukum', form: 'menghukum' };
		await reviews.recordLookups(
			test.db,
			a.id,
			article,
			[hukum, hukum, { root: 'sepakat', form: 'kesepakatan' }],
			now
		);
		await reviews.recordLookups(test.db, b.id, article, [hukum], now);
		await reviews.recordLookups(
			test.db,
			outsider.id,
			article,
			[{ root: 'sepakat', form: 'kesepakatan' }],
			now
		);
		expect(await reviews.listLookupCounts(test.db, article.id, [a.id, b.id])).toEqual([
			{ root: 'hukum', lookups: 3, learners: 2 },
			{ root: 'sepakat', lookups: 1, learners: 1 }
		]);
		expect(await reviews.listLookupCounts(test.db, article.id, [])).toEqual([]);
	});

	it('validates a batch', () => {
		const word = { root: 'hukum', form: 'Menghukum' };
		expect(reviews.parseLookups({ slug: 'a-b', words: [word] })).toEqual({
			slug: 'a-b',
			words: [{ root: 'hukum', form: 'menghukum' }]
		});
		expect(reviews.parseLookups({ slug: 'a-b', words: Array(101).fill(word) })).toHaveProperty(
			'error'
		);
		expect(
			reviews.parseLookups({ slug: 'a-b', words: [{ root: 'x'.repeat(41), form: 'x' }] })
		).toHaveProperty('error');
		expect(
			reviews.parseLookups({ slug: 'a-b', words: [{ root: 'DROP TABLE', form: 'x' }] })
		).toHaveProperty('error');
		expect(reviews.parseLookups({ words: [word] })).toHaveProperty('error');
		expect(reviews.parseLookups(null)).toHaveProperty('error');
	});
});

describe('missed in quizzes', () => {
	it('adds new cards and brings known ones back, due now', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.markKnown(test.db, id, article, 'hukum', now);
		await reviews.addMissedWords(test.db, id, ['hukum', 'sepakat', 'sepakat'], { article, now });
		expect(await reviews.countDue(test.db, id, now)).toBe(2);
		const card = await cardOf(id, 'sepakat');
		expect(card).toMatchObject({ source: 'missed', known: false });
		expect(card.sentence).not.toBe('');
	});
});

describe('scheduling with FSRS', () => {
	it('Again, Hard, Good and Easy on a new card follow the learning steps', async () => {
		const { id } = await makeStudent(test.db);
		const expected = { again: '09:01', hard: '09:06', good: '09:10' } as const;
		for (const [name, time] of Object.entries(expected)) {
			await reviews.add(test.db, id, article, 'hukum', now);
			await test.db
				.update(wordReviews)
				.set({ reps: 0, state: 0, due: now, stability: 0, difficulty: 0, learningSteps: 0 });
			const result = await reviews.answer(
				test.db,
				id,
				'hukum',
				reviews.ratings[name as keyof typeof expected],
				0,
				now
			);
			expect(result.status).toBe('answered');
			expect((await cardOf(id, 'hukum')).due.toISOString()).toBe(`2026-03-02T${time}:00.000Z`);
		}
	});

	it('Easy graduates the card for days, and it leaves today’s count', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.add(test.db, id, article, 'hukum', now);
		await reviews.answer(test.db, id, 'hukum', reviews.ratings.easy, 0, now);
		const card = await cardOf(id, 'hukum');
		expect(card).toMatchObject({ state: 2, reps: 1, scheduledDays: 8 });
		expect(card.due.toISOString()).toBe('2026-03-10T09:00:00.000Z');
		expect(await reviews.countDue(test.db, id, now)).toBe(0);
		expect(await reviews.countDue(test.db, id, new Date('2026-03-10T00:00:00Z'))).toBe(1);
		expect(await test.db.select().from(reviewLog)).toMatchObject([
			{ userId: id, root: 'hukum', rating: 4, state: 0 }
		]);
	});

	it('a repeated answer for a card already answered is not applied twice', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.add(test.db, id, article, 'hukum', now);
		const answers = await Promise.all([
			reviews.answer(test.db, id, 'hukum', reviews.ratings.good, 0, now),
			reviews.answer(test.db, id, 'hukum', reviews.ratings.good, 0, now)
		]);
		expect(answers.map((a) => a.status).sort()).toEqual(['answered', 'stale']);
		expect((await cardOf(id, 'hukum')).reps).toBe(1);
		expect(await test.db.select().from(reviewLog)).toHaveLength(1);
	});

	it('lists due cards, most overdue first, and counts the rest of the day', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.add(test.db, id, article, 'hukum', new Date('2026-03-01T08:00:00Z'));
		await reviews.add(test.db, id, article, 'sepakat', new Date('2026-03-02T08:00:00Z'));
		await reviews.add(test.db, id, article, 'terima', new Date('2026-03-02T20:00:00Z'));
		expect((await reviews.listDue(test.db, id, now)).map((c) => c.root)).toEqual([
			'hukum',
			'sepakat'
		]);
		expect(await reviews.countDue(test.db, id, now)).toBe(3);
	});

	it('reads ratings from forms', () => {
		expect(reviews.parseRating('good')).toBe(3);
		expect(reviews.parseRating('toString')).toBeUndefined();
		expect(reviews.parseRating(undefined)).toBeUndefined();
	});
});

describe('the interval on each button', () => {
	it('is the interval the answer stores, for every rating and a card already under way', async () => {
		const { id } = await makeStudent(test.db);
		let at = now;
		for (const name of ['good', 'good', 'hard', 'easy', 'again'] as const) {
			await reviews.add(test.db, id, article, 'sepakat', at);
			const { card } = await reviews.nextCard(test.db, id, at);
			const shown = card!.intervals[name];
			const later = new Date(at.getTime() + 7000); // the learner takes a few seconds
			const answered = await reviews.answer(
				test.db,
				id,
				'sepakat',
				reviews.ratings[name],
				card!.reps,
				later
			);
			expect(answered.status).toBe('answered');
			const [done] = await reviews.listDoneToday(test.db, id, later);
			expect(done).toMatchObject({ root: 'sepakat', rating: name });
			expect(Math.abs(done.interval - shown)).toBeLessThan(60_000);
			expect(formatInterval(done.interval)).toBe(formatInterval(shown)); // what the button said
			at = new Date(later.getTime() + done.interval); // come back when it is due
		}
		expect(await reviews.listDoneToday(test.db, id, new Date('2030-01-01T00:00:00Z'))).toEqual([]);
	});

	it('typed recall rates a right answer Good and a wrong one Again', async () => {
		const { id } = await makeStudent(test.db);
		await reviews.add(test.db, id, article, 'sepakat', now);
		const { card } = await reviews.nextCard(test.db, id, now);
		const form = card!.sentence.slice(card!.formStart, card!.formEnd);
		const right = await reviews.answerTyped(test.db, id, 'sepakat', form, 0, now.getTime(), now);
		expect(right).toMatchObject({
			status: 'answered',
			result: 'correct',
			rating: reviews.ratings.good
		});
		// The same form again (a double submit) is stale, not a second answer.
		expect(
			await reviews.answerTyped(test.db, id, 'sepakat', 'salah', 0, now.getTime(), now)
		).toMatchObject({ status: 'stale' });
		const due = (await cardOf(id, 'sepakat')).due;
		const wrong = await reviews.answerTyped(test.db, id, 'sepakat', 'salah', 1, due.getTime(), due);
		expect(wrong).toMatchObject({
			status: 'answered',
			result: 'wrong',
			rating: reviews.ratings.again
		});
	});
});
