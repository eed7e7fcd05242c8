import { describe, expect, it } from 'vitest';
import { grade } from './grade';
import { editDistance, normaliseAnswer, stableId } from './question-utils';
import type { Question } from './types';

const base: Question = {
	id: 'x',
	kind: 'cloze',
	prompt: 'Lengkapi kalimat: Korea Utara _____ dua rudal.',
	options: ['meluncurkan', 'menembak', 'membantu', 'menerima'],
	answer: 'meluncurkan',
	evidence: { start: 0, end: 10 },
	explanation: 'meluncurkan = meN- + luncur + -kan.',
	difficulty: 2
};
const typedCloze: Question = { ...base, options: [], typed: true };
const typedRoot: Question = {
	...base,
	kind: 'morphology-root',
	prompt: 'Apa kata dasar dari "mempertahankan"?',
	answer: 'tahan',
	options: [],
	typed: true
};

describe('grade', () => {
	it('accepts the right option by text or by index, and rejects the others', () => {
		expect(grade(base, 'meluncurkan').correct).toBe(true);
		expect(grade(base, base.options.indexOf('meluncurkan')).correct).toBe(true);
		expect(grade(base, 'menerima').correct).toBe(false);
		expect(grade(base, 99).correct).toBe(false);
	});

	it('ignores case, spacing and punctuation in typed answers', () => {
		for (const r of ['Meluncurkan', '  meluncurkan ', 'meluncurkan.', 'MELUNCURKAN!'])
			expect(grade(typedCloze, r).correct, r).toBe(true);
	});

	it('says "close" for a one-letter slip in a typed answer, not for a choice', () => {
		for (const r of ['meluncurkn', 'meluncurrkan', 'meluncrukan', 'meluncurkun']) {
			const g = grade(typedCloze, r);
			expect(g.correct, r).toBe(false);
			expect(g.close, r).toBe(true);
			expect(g.feedback).toMatch(/Hampir/);
		}
		expect(grade(typedCloze, 'meluncurkannya').close).toBe(false);
		expect(grade(base, 'meluncurkn').close).toBe(false);
	});

	it('takes only the root for a root question', () => {
		expect(grade(typedRoot, 'tahan').correct).toBe(true);
		expect(grade(typedRoot, 'Tahan').correct).toBe(true);
		for (const r of ['pertahankan', 'pertahan', 'mempertahankan']) {
			expect(grade(typedRoot, r).correct, r).toBe(false);
			expect(grade(typedRoot, r).close, r).toBe(false);
		}
	});

	it('treats an empty answer as unanswered and always shows the explanation', () => {
		const g = grade(typedCloze, '   ');
		expect(g.correct).toBe(false);
		expect(g.feedback).toMatch(/Belum dijawab/);
		expect(grade(base, 'menerima').feedback).toContain(base.explanation);
		expect(grade(base, 'menerima').expected).toBe('meluncurkan');
	});
});

describe('question helpers', () => {
	it('normalises answers', () =>
		expect(normaliseAnswer(' “Kamis (14/9/2023)” ')).toBe('kamis 14 9 2023'));
	it('measures edits with transpositions', () => {
		expect(editDistance('tahan', 'tahan')).toBe(0);
		expect(editDistance('tahan', 'athan')).toBe(1);
		expect(editDistance('tahan', 'tahanan', 1)).toBe(2);
	});
	it('makes stable, distinct ids', () => {
		expect(stableId('fact', 'a', 'b')).toBe(stableId('fact', 'a', 'b'));
		expect(stableId('fact', 'a', 'b')).not.toBe(stableId('fact', 'ab', ''));
		expect(stableId('fact', 'a', 'b')).toMatch(/^[0-9a-z]{14}$/);
	});
});

describe('typed answers with listed synonyms', () => {
	const q = {
		id: 'x',
		kind: 'cloze' as const,
		prompt: 'Lengkapi kalimat: Ibu membeli sayur di _____ pagi ini.',
		options: [],
		answer: 'pasar',
		accept: ['pekan'],
		evidence: { start: 0, end: 10 },
		explanation: 'pasar (noun): market.',
		difficulty: 2,
		typed: true
	};
	it('accepts a listed synonym as correct (AMB: an obvious synonym graded wrong)', () => {
		expect(grade(q, 'Pekan').correct).toBe(true);
		expect(grade(q, 'pasar').correct).toBe(true);
	});
	it('calls a one-letter slip in a synonym close, and anything else wrong', () => {
		expect(grade(q, 'pekn')).toMatchObject({ correct: false, close: true });
		expect(grade(q, 'toko')).toMatchObject({ correct: false, close: false });
	});
	it('ignores the list on a multiple-choice question', () => {
		expect(
			grade({ ...q, typed: false, options: ['pasar', 'pekan', 'toko'] }, 'pekan').correct
		).toBe(false);
	});
});
