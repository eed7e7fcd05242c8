import { describe, expect, it } from 'vitest';
import { formatShare } from './format';
import { formatInterval } from './intervals';

describe('formatInterval', () => {
	it('names minutes, hours, days and months', () => {
		const min = 60_000;
		expect(formatInterval(0)).toBe('1 min');
		expect(formatInterval(10 * min)).toBe('10 min');
		expect(formatInterval(5 * 60 * min)).toBe('5 h');
		expect(formatInterval(3 * 24 * 60 * min)).toBe('3 d');
		expect(formatInterval(120 * 24 * 60 * min)).toBe('4 mo');
	});
});

describe('formatShare', () => {
	it('says the share and the new words', () => {
		expect(formatShare({ percent: 87, newWords: 31 })).toBe('87 % known, 31 new words');
		expect(formatShare({ percent: 100, newWords: 1 })).toBe('100 % known, 1 new word');
	});
});
