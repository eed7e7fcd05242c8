import { describe, expect, it } from 'vitest';
import { countRoots, shareOf } from './known-share';

describe('known share', () => {
	const counts = new Map([
		['a', 6],
		['b', 2],
		['c', 1],
		['d', 1]
	]);

	it('counts running words by root and leaves ignored ones out', () => {
		expect(shareOf(counts, {})).toEqual({ percent: 0, newWords: 4 });
		expect(shareOf(counts, { a: 'k', b: 'l2' })).toEqual({ percent: 60, newWords: 2 });
		expect(shareOf(counts, { a: 'k', b: 'i', c: 'k', d: 'k' })).toEqual({
			percent: 100,
			newWords: 0
		});
		expect(shareOf(new Map(), {})).toEqual({ percent: 100, newWords: 0 });
	});

	it('rounds down, so 100 % means every word is known', () => {
		const many = new Map([
			['a', 999],
			['b', 1]
		]);
		expect(shareOf(many, { a: 'k' }).percent).toBe(99);
	});

	it('counts roots from the reader encoding, names excluded', () => {
		const blocks = [
			{
				words: [
					[0, 3, 0],
					[4, 8, 1],
					[9, 12, 0]
				] as [number, number, number][]
			}
		];
		expect([...countRoots(blocks, ['a', null])]).toEqual([['a', 2]]);
	});
});
