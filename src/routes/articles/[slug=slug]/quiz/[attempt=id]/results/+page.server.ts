import { error, redirect } from '@sveltejs/kit';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import { requireArticle, requireAttempt } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';
import { explanationBesideEvidence, explanationInInterface } from '../../feedback';

/** The score (counted from stored answers) and every question with the learner's answer. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const view = await requireAttempt(event.locals, user.id, event.params);
	if (view.next !== null) redirect(303, `/articles/${view.slug}/quiz/${view.id}/${view.next}`);
	return {
		quiz: { slug: view.slug, title: view.title, total: view.questionCount, score: view.score },
		items: view.items.map(({ position, question, evidence, answer }) => ({
			position,
			prompt: question.prompt,
			expected: question.answer,
			note: explanationInInterface(
				explanationBesideEvidence(question.explanation, evidence.sentence)
			),
			evidence,
			response: answer?.response ?? '',
			correct: answer?.correct === true
		}))
	};
};

export const actions: Actions = {
	again: async (event) => {
		const user = requireUser(event);
		const article = await requireArticle(event.locals, event.params.slug);
		const started = await attempts.startOrResume(event.locals.db, user.id, article);
		if ('error' in started) error(404, started.error);
		const resume = await attempts.resumePath(event.locals.db, user.id, started.attemptId);
		redirect(303, resume ?? `/articles/${article.slug}/quiz`);
	}
};
