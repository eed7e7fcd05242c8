/**
 * The question form (question review): reading and checking what a teacher typed, and the form's
 * starting values for an existing question. Exactly one option is marked correct, options differ
 * after the same normalisation grading uses, and the prompt is not empty.
 */
import { questionKinds } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { normaliseAnswer } from '$lib/text/question-utils';
import { questionSentences } from '$lib/text/questions';
import type { Question, QuestionKind } from '$lib/text/types';
import type { Article } from './db/schema';
import type { QuestionDraft } from './question-bank';

export const maxOptions = 6;
const maxPrompt = 1000;
const maxOption = 200;

export interface QuestionFormValues {
	kind: string;
	prompt: string;
	options: string[];
	correct: string;
	answer: string;
	explanation: string;
	evidence: string;
}
export type QuestionFormErrors = Partial<
	Record<'kind' | 'prompt' | 'options' | 'correct' | 'answer' | 'explanation' | 'evidence', string>
>;

/** The sentences a custom question may point to, as `start-end` values for a select. */
export function evidenceChoices(article: Pick<Article, 'body' | 'blocks'>) {
	return questionSentences({ dateline: null, body: article.body, blocks: article.blocks }).map(
		(s) => ({ value: `${s.start}-${s.end}`, text: s.text })
	);
}

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
};

/**
 * Reads the question form. `existing` is the question being edited (its kind, typing and evidence
 * stay); without it the form makes a new multiple-choice question and names its evidence sentence.
 * Exactly one option is marked correct (one `correct` field naming a filled-in option), options
 * differ after normalisation, and the prompt is not empty.
 */
export function parseQuestionForm(
	form: FormData,
	article: Pick<Article, 'body' | 'blocks'>,
	existing?: Question
) {
	const typed = existing?.typed === true;
	const options = Array.from({ length: maxOptions }, (_, i) => text(form, `option${i + 1}`));
	const correctValues = form.getAll('correct');
	const values: QuestionFormValues = {
		kind: existing?.kind ?? text(form, 'kind'),
		prompt: text(form, 'prompt'),
		options,
		correct: typeof correctValues[0] === 'string' ? correctValues[0] : '',
		answer: text(form, 'answer'),
		explanation: text(form, 'explanation'),
		evidence: text(form, 'evidence')
	};
	const errors: QuestionFormErrors = {};
	if (!questionKinds.includes(values.kind as QuestionKind))
		errors.kind = m.tquestions_choose_kind();
	if (values.prompt === '') errors.prompt = m.tquestions_write_prompt();
	else if (values.prompt.length > maxPrompt)
		errors.prompt = m.tquestions_too_long({ max: maxPrompt });
	if (values.explanation.length > maxPrompt)
		errors.explanation = m.tquestions_too_long({ max: maxPrompt });

	let draft: QuestionDraft | undefined;
	if (typed) {
		if (values.answer === '') errors.answer = m.tquestions_give_answer();
		else if (values.answer.length > maxOption)
			errors.answer = m.tquestions_too_long({ max: maxOption });
		draft = {
			prompt: values.prompt,
			options: [],
			answer: values.answer,
			explanation: values.explanation,
			typed: true
		};
	} else {
		const filled = options.map((o, i) => ({ o, slot: String(i + 1) })).filter(({ o }) => o !== '');
		const normalised = filled.map(({ o }) => normaliseAnswer(o));
		const key = filled.find(({ slot }) => slot === values.correct);
		if (filled.length < 2) errors.options = m.tquestions_two_options();
		else if (filled.some(({ o }) => o.length > maxOption))
			errors.options = m.tquestions_option_too_long({ max: maxOption });
		else if (normalised.some((n) => n === '')) errors.options = m.tquestions_option_letter();
		else if (new Set(normalised).size !== normalised.length)
			errors.options = m.tquestions_options_differ();
		if (correctValues.length !== 1 || !key) errors.correct = m.tquestions_one_correct();
		draft = {
			prompt: values.prompt,
			options: filled.map(({ o }) => o),
			answer: key?.o ?? '',
			explanation: values.explanation
		};
	}
	if (!existing) {
		const match = /^(\d{1,6})-(\d{1,6})$/.exec(values.evidence);
		const chosen = match && evidenceChoices(article).find((c) => c.value === values.evidence);
		if (!chosen || !match) errors.evidence = m.tquestions_choose_evidence();
		else
			draft = {
				...draft,
				kind: values.kind as QuestionKind,
				evidence: { start: Number(match[1]), end: Number(match[2]) }
			};
	}
	const ok = Object.keys(errors).length === 0;
	return { values, errors, draft: ok ? draft : undefined };
}

/** The form's starting values for an existing question. */
export function formValuesOf(question: Question): QuestionFormValues {
	const options = Array.from({ length: maxOptions }, (_, i) => question.options[i] ?? '');
	const key = question.options.findIndex((o) => o === question.answer);
	return {
		kind: question.kind,
		prompt: question.prompt,
		options,
		correct: key >= 0 ? String(key + 1) : '',
		answer: question.typed ? question.answer : '',
		explanation: question.explanation,
		evidence: `${question.evidence.start}-${question.evidence.end}`
	};
}
