import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allArticles, seedArticle } from '../../../tests/fixtures/text/articles';
import { lexicon, rootDictionary } from './lexicon-data';
import { generateQuestions } from './questions';
import { buildQuiz } from './quiz';
import type { Question } from './types';

const pool = generateQuestions(seedArticle, { lexicon, dict: rootDictionary });

/** An item of `kind` whose evidence starts at n × 100. */
const item = (kind: Question['kind'], n: number, score = 0.8): Question => ({
	id: `${kind}${n}`,
	kind,
	prompt: `${kind} ${n}?`,
	options: ['a', 'b'],
	answer: 'a',
	evidence: { start: n * 100, end: n * 100 + 50 },
	explanation: '',
	difficulty: 2,
	score
});

describe('buildQuiz', () => {
	it('picks 10 by default, all from the pool, in article order', () => {
		const quiz = buildQuiz(pool, { seed: 1 });
		expect(quiz).toHaveLength(10);
		for (const q of quiz) expect(pool).toContain(q);
		for (let i = 1; i < quiz.length; i++)
			expect(quiz[i].evidence.start).toBeGreaterThanOrEqual(quiz[i - 1].evidence.start);
	});

	it('is deterministic for a seed and varies across seeds', () => {
		const ids = (seed: number) =>
			buildQuiz(pool, { seed })
				.map((q) => q.id)
				.join();
		expect(ids(7)).toBe(ids(7));
		const distinct = new Set([1, 2, 3, 4, 5, 6].map(ids));
		expect(distinct.size).toBeGreaterThan(1);
	});

	it('covers the article from beginning to end', () => {
		const body = seedArticle.body.length;
		for (const seed of [1, 2, 3]) {
			const quiz = buildQuiz(pool, { seed });
			expect(quiz[0].evidence.start).toBeLessThan(body * 0.15);
			// The shipped article closes with quotes, whose who-said items start hidden.
			expect(quiz[quiz.length - 1].evidence.start).toBeGreaterThan(body * 0.6);
		}
	});

	it('mixes kinds and does not reuse an evidence sentence', () => {
		const quiz = buildQuiz(pool, { seed: 3 });
		expect(new Set(quiz.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
		expect(new Set(quiz.map((q) => q.evidence.start)).size).toBe(quiz.length);
	});

	it('takes one order item and at most three of a kind while other kinds remain', () => {
		// Meaning and order items everywhere; a few clozes at the end, a few roots at the start.
		const skewed = [
			...Array.from({ length: 20 }, (_, n) => item('vocab-meaning', n, 0.9)),
			...Array.from({ length: 20 }, (_, n) => item('order', n, 0.9)),
			...Array.from({ length: 6 }, (_, n) => item('cloze', 14 + n, 0.6)),
			...Array.from({ length: 6 }, (_, n) => item('morphology-root', n, 0.9))
		];
		for (const seed of [1, 2, 3]) {
			const kinds = buildQuiz(skewed, { seed }).map((q) => q.kind);
			expect(kinds).toHaveLength(10);
			expect(kinds.filter((k) => k === 'order')).toHaveLength(1);
			for (const kind of ['vocab-meaning', 'cloze', 'morphology-root'])
				expect(kinds.filter((k) => k === kind)).toHaveLength(3);
		}
		// With nothing else left, the caps give way rather than shorten the quiz.
		expect(buildQuiz(skewed.slice(0, 12), { seed: 1 })).toHaveLength(10);
	});

	it('gives each kind found in one stretch of the text a place', () => {
		const pool = [
			...Array.from({ length: 20 }, (_, n) => item(n % 2 ? 'cloze' : 'vocab-meaning', n)),
			...Array.from({ length: 20 }, (_, n) => item('morphology-root', 20 + n)),
			item('how-many', 39, 0.6),
			item('fact', 39.3, 0.6),
			item('true-false', 39.6, 0.6)
		];
		// The three rare kinds stand in the last tenth of the text, which alone gives one or two places.
		for (const seed of [1, 2, 3]) {
			const kinds = buildQuiz(pool, { seed }).map((q) => q.kind);
			for (const kind of ['how-many', 'fact', 'true-false']) expect(kinds).toContain(kind);
		}
	});

	it('handles any size and any pool', () => {
		const pools = Object.values(allArticles).map((a) =>
			generateQuestions(a, { lexicon, dict: rootDictionary })
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: pools.length - 1 }),
				fc.integer({ min: -3, max: 200 }),
				fc.integer(),
				(p, size, seed) => {
					const quiz = buildQuiz(pools[p], { size, seed });
					expect(quiz.length).toBe(Math.max(0, Math.min(size, pools[p].length)));
					expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
				}
			),
			{ numRuns: 50 }
		);
		expect(buildQuiz([])).toEqual([]);
	});
});
