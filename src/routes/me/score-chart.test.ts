import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { inLocale } from '../../../tests/support/locale';
import ScoreChart from './ScoreChart.svelte';

const scores = [
	{ at: new Date('2026-03-01T10:00:00Z'), score: 0.25, correct: 1, total: 4 },
	{ at: new Date('2026-03-02T10:00:00Z'), score: 1, correct: 4, total: 4 },
	{ at: new Date('2026-03-04T10:00:00Z'), score: 0, correct: 0, total: 5 }
];

describe('the score chart', () => {
	it('draws one point per quiz, full marks at the top and none at the bottom', () => {
		const { body } = render(ScoreChart, { props: { scores } });
		const points = body
			.match(/<polyline points="([^"]+)"/)![1]
			.split(' ')
			.map((p) => p.split(',').map(Number));
		expect(points).toHaveLength(3);
		expect(points.map(([x]) => x)).toEqual([34, 172, 310]);
		expect(points[1][1]).toBe(10); // 100 %: the top padding
		expect(points[2][1]).toBe(120); // 0 %: the bottom of the plot
		expect(points[0][1]).toBeCloseTo(92.5);
		expect(body.match(/<circle/g)).toHaveLength(3);
		expect(body).toContain('aria-label="Quiz scores over time, 3 quizzes"');
	});

	it('carries the same data as a table, with dates in the interface language', () => {
		const { body } = render(ScoreChart, { props: { scores } });
		expect(body).toContain('1 Mar 2026');
		expect(body).toContain('4 Mar 2026');
		expect(body).toContain('4 of 4');
		expect(body).toContain('0 of 5');
		const indonesian = inLocale('id', () => render(ScoreChart, { props: { scores } }).body);
		expect(indonesian).toContain('4 Mar 2026');
		expect(indonesian).toContain('4 dari 4');
	});

	it('puts a single quiz in the middle', () => {
		const { body } = render(ScoreChart, { props: { scores: scores.slice(0, 1) } });
		expect(body).toMatch(/<polyline points="172\.0,92\.5"/);
	});
});
