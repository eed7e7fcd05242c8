/**
 * Grading: a pure function from a question and a response to correct-or-not plus feedback.
 *
 * Choices compare after normalisation (case, spacing, punctuation). Typed answers (typed
 * cloze, typed root) compare the same way and, when wrong by a single edit (one letter
 * missing, extra, changed or two swapped), are reported as "close". A root question takes the
 * root only: "pertahankan" for "mempertahankan" is wrong, not close. A typed question may list
 * other answers that are also right (`accept`, e.g. a synonym for a typed cloze).
 */
import { editDistance, normaliseAnswer } from './question-utils';
import type { GradeResult, Question } from './types';

/** `response` is the chosen option's text (or its index into `options`) or the typed text. */
export function grade(question: Question, response: string | number): GradeResult {
	const expected = question.answer;
	const given =
		typeof response === 'number' ? (question.options[response] ?? '') : String(response ?? '');
	const a = normaliseAnswer(given);
	const b = normaliseAnswer(expected);
	// A typed answer may also be one of the listed synonyms, and a slip in any of them is close.
	const accepted = question.typed ? [b, ...(question.accept ?? []).map(normaliseAnswer)] : [b];
	const correct = a !== '' && accepted.includes(a);
	const close =
		!correct &&
		question.typed === true &&
		a.length >= 3 &&
		accepted.some((x) => editDistance(a, x, 1) === 1);
	let feedback: string;
	if (correct) feedback = `Benar! ${question.explanation}`;
	else if (close)
		feedback = `Hampir benar: periksa ejaannya. Jawabannya "${expected}". ${question.explanation}`;
	else if (a === '') feedback = `Belum dijawab. Jawabannya "${expected}". ${question.explanation}`;
	else feedback = `Kurang tepat. Jawabannya "${expected}". ${question.explanation}`;
	return { correct, close, feedback, expected };
}
