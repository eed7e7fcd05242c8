import { describe, expect, it } from 'vitest';
import { analyseItems, scoreOf, type AnalysedQuestion, type Taker } from './item-analysis';

const q = (id: string, answer = 'A', options = ['A', 'B', 'C', 'D']): AnalysedQuestion => ({
	id,
	options,
	answer
});

/** A taker from a row of responses, one per question in `questions` order; '' leaves it unanswered. */
function taker(studentId: number, questions: AnalysedQuestion[], responses: string[]): Taker {
	return {
		studentId,
		asked: questions.map((x) => x.id),
		answers: new Map(
			questions.flatMap((x, i) =>
				responses[i]
					? [[x.id, { response: responses[i], correct: responses[i] === x.answer }] as const]
					: []
			)
		)
	};
}

/** Student i (0 = strongest) answers right when i < threshold; `wrong(i)` picks their wrong option. */
const byAbility =
	(threshold: number, wrong: (i: number) => string = () => 'B') =>
	(i: number, key: string) =>
		i < threshold ? key : wrong(i);

describe('item analysis', () => {
	// Ten students. Four items of falling ease rank them; q1 separates well; 'easy' everyone gets;
	// 'hard' nobody gets; 'key-wrong' has a wrong key: the strong choose A (really right), the weak the "key" B.
	const ranking = [q('r1'), q('r2'), q('r3'), q('r4')];
	const questions = [q('q1'), q('easy'), q('hard'), q('key-wrong', 'B'), ...ranking];
	const pickers = [
		byAbility(5, (i) => ['B', 'B', 'C', 'D', 'B'][i - 5]),
		() => 'A',
		(i: number) => ['B', 'C', 'D'][i % 3],
		(i: number) => (i < 5 ? 'A' : 'B'),
		...[8, 6, 5, 3].map((t) => byAbility(t))
	];
	const takers = Array.from({ length: 10 }, (_, i) =>
		taker(
			i + 1,
			questions,
			questions.map((x, k) => pickers[k](i, x.answer))
		)
	);
	const stats = analyseItems(questions, takers);
	const byId = Object.fromEntries(stats.map((s) => [s.questionId, s]));

	it('counts facility and each option, with the 27 % groups (3 of 10)', () => {
		expect(byId.q1).toMatchObject({ asked: 10, answered: 10, correct: 5, facility: 0.5 });
		expect(byId.q1.options).toEqual([
			{ text: 'A', key: true, chosen: 5, upper: 3, lower: 0 },
			{ text: 'B', key: false, chosen: 3, upper: 0, lower: 1 },
			{ text: 'C', key: false, chosen: 1, upper: 0, lower: 1 },
			{ text: 'D', key: false, chosen: 1, upper: 0, lower: 1 }
		]);
		expect(byId.q1.discrimination).toBe(1);
		expect(byId.q1.pointBiserial).toBeGreaterThan(0.5);
		expect(byId.q1.flags).toEqual([]);
	});

	it('flags a wrong key, an item everyone gets and one nobody gets', () => {
		expect(byId['key-wrong'].discrimination).toBe(-1);
		expect(byId['key-wrong'].pointBiserial).toBeLessThan(0);
		expect(byId['key-wrong'].flags).toEqual(['negative-discrimination', 'distractor-beats-key']);
		expect(byId.easy).toMatchObject({
			facility: 1,
			discrimination: 0,
			pointBiserial: null,
			flags: ['almost-all-right']
		});
		expect(byId.hard).toMatchObject({
			facility: 0,
			flags: ['distractor-beats-key', 'almost-all-wrong']
		});
	});

	it('says nothing about discrimination when the groups tie on score', () => {
		const tied = [taker(1, [q('x'), q('y')], ['A', 'B']), taker(2, [q('x'), q('y')], ['B', 'A'])];
		const [x] = analyseItems([q('x'), q('y')], tied);
		expect(x.discrimination).toBeNull();
		expect(x.flags).not.toContain('negative-discrimination');
	});

	it('flags weak discrimination and leaves a lone student unflagged', () => {
		// Eight students ranked by four items; 'e' is right for one student of each 27 % group (2 of 8): D = 0.
		const items = [q('a'), q('b'), q('c'), q('d'), q('e')];
		const pick = [
			...[6, 5, 3, 2].map((t) => byAbility(t)),
			(i: number, key: string) => (i === 0 || i === 7 ? key : 'B')
		];
		const group = Array.from({ length: 8 }, (_, i) =>
			taker(
				i + 1,
				items,
				items.map((x, k) => pick[k](i, x.answer))
			)
		);
		const e = analyseItems(items, group)[4];
		expect(e).toMatchObject({ facility: 0.25, discrimination: 0 });
		expect(e.flags).toEqual(['low-discrimination']);
		expect(analyseItems([q('a')], [taker(1, [q('a')], ['B'])])[0].flags).toEqual([]);
	});

	it('counts typed answers by their normalised text, the key first', () => {
		const typed = { id: 't', options: [], answer: 'pustaka', typed: true };
		const list = [
			taker(1, [typed], ['pustaka']),
			taker(2, [typed], ['Pustaka!']),
			taker(3, [typed], ['perpustakaan'])
		];
		const [t] = analyseItems([typed], list);
		expect(t.options.map((o) => [o.text, o.key, o.chosen])).toEqual([
			['pustaka', true, 2],
			['perpustakaan', false, 1]
		]);
	});

	it('scores an attempt from its own questions only; unanswered ones count as wrong', () => {
		expect(scoreOf(taker(1, [q('a'), q('b'), q('c'), q('d')], ['A', 'A', '', 'B']))).toBe(0.5);
		expect(scoreOf({ studentId: 1, asked: [], answers: new Map() })).toBe(0);
	});
});
