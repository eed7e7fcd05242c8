/**
 * Typed recall: the learner sees a gloss and the sentence with the word blanked (a cloze) and types
 * the Indonesian. The answer is graded like a typed quiz item (`grade.ts`: normalised, one slip is
 * "close"); the root is accepted too. The FSRS rating follows from correctness and time, since a
 * self-rating would only repeat what the grading already knows: wrong is Again, a slip or a slow
 * right answer is Hard, a right one is Good. Easy stays for the flip card, where the learner
 * judges it.
 */
import { grade } from './grade';
import type { Question } from './types';

/** A right answer slower than this counts as hard-won. */
export const slowAnswerMs = 30_000;

export type RecallResult = 'correct' | 'close' | 'wrong';

export function gradeRecall(
	card: { root: string; sentence: string; formStart: number; formEnd: number },
	typed: string,
	elapsedMs: number
): { result: RecallResult; rating: 'again' | 'hard' | 'good'; expected: string } {
	const expected = card.sentence.slice(card.formStart, card.formEnd) || card.root;
	const question: Question = {
		id: 'recall',
		kind: 'cloze',
		prompt: '',
		options: [],
		answer: expected,
		accept: [card.root],
		evidence: { start: 0, end: 0 },
		explanation: '',
		difficulty: 1,
		typed: true
	};
	const { correct, close } = grade(question, typed);
	const result = correct ? 'correct' : close ? 'close' : 'wrong';
	const rating =
		result === 'wrong' ? 'again' : result === 'close' || elapsedMs > slowAnswerMs ? 'hard' : 'good';
	return { result, rating, expected };
}
