import { beforeEach, describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import { useTestDatabase } from '../../../tests/support/test-database';
import { makeGuest, makeStudent } from '../../../tests/support/accounts';
import * as attemptStore from './attempts';
import * as articleStore from './articles';
import { listShippedArticles } from './content';
import { answers, articles, attempts, wordReviews, type Article } from './db/schema';

const test = useTestDatabase();
let article: Article;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

async function start(userId: number, size?: number) {
	const started = await attemptStore.startOrResume(test.db, userId, article, { size });
	if ('error' in started) throw new Error(started.error);
	const view = (await attemptStore.getAttempt(test.db, userId, started.attemptId))!;
	return { ...started, view };
}

const wrongOption = (q: { options: string[]; answer: string; typed?: boolean }) =>
	q.typed ? 'bukan-jawaban' : q.options.find((o) => o !== q.answer)!;

describe('starting and resuming', () => {
	it('starts with 10 snapshotted questions in order and resumes the same attempt', async () => {
		const user = await makeGuest(test.db);
		const first = await start(user.id);
		expect(first.resumed).toBe(false);
		expect(first.view.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(new Set(first.view.items.map((i) => i.question.id)).size).toBe(10);
		for (const item of first.view.items) {
			expect(article.body.slice(item.question.evidence.start, item.question.evidence.end)).toBe(
				item.evidence.sentence
			);
		}
		expect(first.view).toMatchObject({
			questionCount: 10,
			answered: 0,
			score: 0,
			next: 1,
			finished: false
		});
		const again = await start(user.id);
		expect(again).toMatchObject({ attemptId: first.attemptId, resumed: true });
	});

	it('creates one open attempt when 20 starts arrive at once', async () => {
		const user = await makeStudent(test.db);
		const results = await Promise.all(
			Array.from({ length: 20 }, () => attemptStore.startOrResume(test.db, user.id, article))
		);
		const ids = new Set(results.map((r) => ('attemptId' in r ? r.attemptId : 0)));
		expect(ids.size).toBe(1);
		const rows = await test.db.select().from(attempts).where(eq(attempts.userId, user.id));
		expect(rows).toHaveLength(1);
		expect((await attemptStore.getAttempt(test.db, user.id, rows[0].id))!.items).toHaveLength(10);
	});

	it('lets an assignment choose the number of questions', async () => {
		const user = await makeGuest(test.db);
		const { view } = await start(user.id, 3);
		expect(view.items).toHaveLength(3);
		expect(view.questionCount).toBe(3);
	});

	it('resumes at the first unanswered question', async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		for (const i of [0, 2])
			await attemptStore.submitAnswer(
				test.db,
				user.id,
				attemptId,
				view.items[i].question.id,
				view.items[i].question.answer
			);
		const after = (await attemptStore.getAttempt(test.db, user.id, attemptId))!;
		expect(after).toMatchObject({ answered: 2, next: 2, score: 2 });
	});
});

describe('submitting answers', () => {
	it('grades on the server, stores once and reports the first answer to a retry', async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		const q = view.items[0].question;
		const first = await attemptStore.submitAnswer(
			test.db,
			user.id,
			attemptId,
			q.id,
			wrongOption(q)
		);
		expect(first).toMatchObject({
			status: 'stored',
			position: 1,
			correct: false,
			response: wrongOption(q)
		});
		const retry = await attemptStore.submitAnswer(test.db, user.id, attemptId, q.id, q.answer);
		expect(retry).toMatchObject({ status: 'repeated', correct: false, response: wrongOption(q) });
		const right = await attemptStore.submitAnswer(
			test.db,
			user.id,
			attemptId,
			view.items[1].question.id,
			view.items[1].question.answer
		);
		expect(right).toMatchObject({ status: 'stored', correct: true });
		const rows = await test.db.select().from(answers).where(eq(answers.attemptId, attemptId));
		expect(rows).toHaveLength(2);
	});

	it('refuses other questions, other learners, finished attempts and answers that are not options', async () => {
		const owner = await makeGuest(test.db);
		const other = await makeStudent(test.db);
		const { attemptId, view } = await start(owner.id, 2);
		const [a, b] = view.items.map((i) => i.question);
		const outside = (await start(other.id)).view.items.find(
			(i) => !view.items.some((v) => v.question.id === i.question.id)
		)!;
		expect(
			await attemptStore.submitAnswer(
				test.db,
				owner.id,
				attemptId,
				outside.question.id,
				outside.question.answer
			)
		).toMatchObject({ status: 'refused', code: 'not-in-attempt' });
		expect(
			await attemptStore.submitAnswer(test.db, other.id, attemptId, a.id, a.answer)
		).toMatchObject({ status: 'refused', code: 'not-found' });
		expect(await attemptStore.getAttempt(test.db, other.id, attemptId)).toBeUndefined();
		expect(
			await attemptStore.submitAnswer(test.db, owner.id, attemptId, a.id, '   ')
		).toMatchObject({ status: 'refused', code: 'invalid' });
		if (!a.typed)
			expect(
				await attemptStore.submitAnswer(test.db, owner.id, attemptId, a.id, 'bukan pilihan')
			).toMatchObject({ status: 'refused', code: 'invalid' });
		expect(
			await attemptStore.submitAnswer(test.db, owner.id, attemptId, a.id, a.answer)
		).toMatchObject({ status: 'stored', finished: false });
		expect(
			await attemptStore.submitAnswer(test.db, owner.id, attemptId, b.id, b.answer)
		).toMatchObject({ status: 'stored', finished: true });
		// A late retry of a stored answer still gets its answer back; anything new is refused.
		expect(
			await attemptStore.submitAnswer(test.db, owner.id, attemptId, b.id, b.answer)
		).toMatchObject({ status: 'repeated', correct: true });
		await test.db.delete(answers).where(eq(answers.questionId, b.id));
		expect(
			await attemptStore.submitAnswer(test.db, owner.id, attemptId, b.id, b.answer)
		).toMatchObject({ status: 'refused', code: 'finished' });
		expect(
			await test.db.select().from(answers).where(eq(answers.attemptId, attemptId))
		).toHaveLength(1);
	});

	it('keeps one answer when 50 copies of the same answer arrive at once', async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		const q = view.items[4].question;
		const results = await Promise.all(
			Array.from({ length: 50 }, () =>
				attemptStore.submitAnswer(test.db, user.id, attemptId, q.id, q.answer)
			)
		);
		expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
		expect(results.filter((r) => r.status === 'repeated')).toHaveLength(49);
		expect(
			new Set(
				results.map((r) =>
					JSON.stringify([
						(r as { response: string }).response,
						(r as { correct: boolean }).correct
					])
				)
			)
		).toEqual(new Set([JSON.stringify([q.answer, true])]));
		expect(
			await test.db.select().from(answers).where(eq(answers.attemptId, attemptId))
		).toHaveLength(1);
	});

	it('keeps the first of 50 different answers to one question and reports it to all', async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		const q = view.items.find((i) => !i.question.typed)!.question;
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				attemptStore.submitAnswer(
					test.db,
					user.id,
					attemptId,
					q.id,
					q.options[i % q.options.length]
				)
			)
		);
		const [row] = await test.db.select().from(answers).where(eq(answers.attemptId, attemptId));
		expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
		for (const r of results)
			expect(r).toMatchObject({ response: row.response, correct: row.response === q.answer });
	});

	it('finishes once and scores from stored answers when 50 answers to every question race', async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		const jobs = Array.from({ length: 50 }, (_, i) => {
			const q = view.items[i % 10].question;
			return () =>
				attemptStore.submitAnswer(
					test.db,
					user.id,
					attemptId,
					q.id,
					i % 3 === 0 ? wrongOption(q) : q.answer
				);
		});
		const results = await Promise.all(jobs.map((job) => job()));
		expect(results.filter((r) => r.status === 'stored')).toHaveLength(10);
		expect(results.filter((r) => r.status === 'stored' && r.finished)).toHaveLength(1);
		const stored = await test.db.select().from(answers).where(eq(answers.attemptId, attemptId));
		const done = (await attemptStore.getAttempt(test.db, user.id, attemptId))!;
		expect(done).toMatchObject({
			finished: true,
			answered: 10,
			next: null,
			score: stored.filter((a) => a.correct).length
		});
		expect(await test.db.$count(attempts, isNotNull(attempts.finishedAt))).toBe(1);
	});
});

describe('after an attempt', () => {
	it('starts a new attempt with questions not asked before', async () => {
		const user = await makeGuest(test.db);
		const first = await start(user.id);
		for (const item of first.view.items)
			await attemptStore.submitAnswer(
				test.db,
				user.id,
				first.attemptId,
				item.question.id,
				item.question.answer
			);
		const second = await start(user.id);
		expect(second.resumed).toBe(false);
		expect(second.attemptId).not.toBe(first.attemptId);
		const before = new Set(first.view.items.map((i) => i.question.id));
		expect(second.view.items.filter((i) => before.has(i.question.id))).toHaveLength(0);
		expect((await attemptStore.getAttempt(test.db, user.id, first.attemptId))!.score).toBe(10);
	});

	it('keeps the questions and evidence it asked when the article changes', async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		await test.db
			.update(articles)
			.set({ body: 'Teks baru.', contentHash: 'changed' })
			.where(eq(articles.id, article.id));
		const later = (await attemptStore.getAttempt(test.db, user.id, attemptId))!;
		expect(later.items.map((i) => [i.question, i.evidence])).toEqual(
			view.items.map((i) => [i.question, i.evidence])
		);
	});
});

describe('missed words', () => {
	it("sends the root of a word question answered wrongly to the learner's review list, and no other", async () => {
		const user = await makeGuest(test.db);
		const { attemptId, view } = await start(user.id);
		const wordItems = view.items.filter((i) => i.question.root);
		expect(wordItems.length).toBeGreaterThanOrEqual(2);
		const [missed, right] = wordItems;
		await attemptStore.submitAnswer(
			test.db,
			user.id,
			attemptId,
			missed.question.id,
			wrongOption(missed.question)
		);
		await attemptStore.submitAnswer(
			test.db,
			user.id,
			attemptId,
			right.question.id,
			right.question.answer
		);
		const cards = await test.db.select().from(wordReviews).where(eq(wordReviews.userId, user.id));
		expect(cards.map((c) => c.root)).toEqual([missed.question.root]); // the right answer added nothing
		expect(cards[0].source).toBe('missed');
	});
});
