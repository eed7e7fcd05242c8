import { redirect } from '@sveltejs/kit';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import { found, requireAttempt } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';
import { explanationBesideEvidence, explanationInInterface } from '../../feedback';
import { m } from '$lib/paraglide/messages';
import { texts } from '$lib/server/messages';

/**
 * One question. Until it is answered the page gets the prompt and options only (never the answer
 * or explanation); afterwards the stored answer with feedback and the evidence.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const view = await requireAttempt(event.locals, user.id, event.params);
	const item = found(view.items[Number(event.params.position) - 1], 'question');
	const { question, answer } = item;
	const base = `/articles/${view.slug}/quiz/${view.id}`;
	// The next unanswered question after this one, else the first before it, else the results.
	const next =
		view.items.find((i) => !i.answer && i.position > item.position) ??
		view.items.find((i) => !i.answer);
	return {
		quiz: {
			slug: view.slug,
			title: view.title,
			total: view.questionCount,
			answered: view.answered,
			base
		},
		item: {
			position: item.position,
			questionId: question.id,
			prompt: question.prompt,
			options: question.options,
			typed: question.typed === true,
			answer: answer && {
				response: answer.response,
				correct: answer.correct,
				close: answer.grade.close,
				expected: question.answer,
				note: explanationInInterface(
					explanationBesideEvidence(question.explanation, item.evidence.sentence)
				),
				evidence: item.evidence
			}
		},
		nextHref: next ? `${base}/${next.position}` : `${base}/results`,
		// Written here, in the request's language: the quiz page's JavaScript budget has no room
		// for message functions (src/lib/server/messages.ts).
		title: m.quiz_question_title({ position: item.position, total: view.questionCount }),
		heading: m.quiz_question_heading({ position: item.position, total: view.questionCount }),
		answeredLabel: m.quiz_answered({ count: view.answered }),
		t: texts(
			'quiz_waiting',
			'quiz_your_answer',
			'quiz_offline_kept',
			'quiz_next',
			'quiz_right',
			'quiz_almost',
			'quiz_not_quite',
			'quiz_correct_answer',
			'quiz_see_results',
			'quiz_answer_label',
			'quiz_check',
			'quiz_choose',
			'quiz_in_article'
		)
	};
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event);
		const questionId = String(form.get('question') ?? '');
		const response = String(form.get('response') ?? '');
		const result = await attempts.submitAnswer(
			event.locals.db,
			user.id,
			Number(event.params.attempt),
			questionId,
			response
		);
		if (result.status === 'refused') {
			found(result.code !== 'not-found', 'quiz');
			// A question that is not in this quiz is bad input like an empty answer; a finished quiz is a conflict.
			return refuse(result.code === 'finished' ? 409 : 400, 'answer', {
				values: { response },
				message: result.message
			});
		}
		redirect(303, `/articles/${event.params.slug}/quiz/${event.params.attempt}/${result.position}`);
	}
};
