import { describe, expect, it } from 'vitest';
import { gradeRecall } from './recall';

const card = {
	root: 'sepakat',
	sentence: 'Kedua negara mencapai kesepakatan baru.',
	formStart: 22,
	formEnd: 33
};

describe('typed recall', () => {
	it('expects the form in the sentence, and takes the root too', () => {
		expect(gradeRecall(card, 'kesepakatan', 5000)).toEqual({
			result: 'correct',
			rating: 'good',
			expected: 'kesepakatan'
		});
		expect(gradeRecall(card, ' Kesepakatan ', 5000).rating).toBe('good');
		expect(gradeRecall(card, 'sepakat', 5000).rating).toBe('good');
	});

	it('a slip or a slow answer is hard, a wrong or empty one again', () => {
		expect(gradeRecall(card, 'kesepakatn', 5000)).toMatchObject({
			result: 'close',
			rating: 'hard'
		});
		expect(gradeRecall(card, 'kesepakatan', 45_000)).toMatchObject({
			result: 'correct',
			rating: 'hard'
		});
		expect(gradeRecall(card, 'perjanjian', 5000)).toMatchObject({
			result: 'wrong',
			rating: 'again'
		});
		expect(gradeRecall(card, '', 5000).rating).toBe('again');
	});
});
