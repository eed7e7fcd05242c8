import { redirect } from '@sveltejs/kit';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import { found, requireAttempt } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';

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
				explanation: question.explanation,
				evidence: item.evidence
			}
		},
		nextHref: next ? `${base}/${next.position}` : `${base}/results`
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
