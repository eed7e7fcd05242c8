import { error, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import * as attempts from '$lib/server/attempts';
import { requireUser } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

/** The score (counted from stored answers) and every question with the learner's answer. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const view = await attempts.getAttempt(event.locals.db, user.id, Number(event.params.attempt));
	if (!view || view.slug !== event.params.slug) error(404, 'We could not find that quiz.');
	if (view.next !== null) redirect(303, `/articles/${view.slug}/quiz/${view.id}/${view.next}`);
	return {
		quiz: { slug: view.slug, title: view.title, total: view.questionCount, score: view.score },
		items: view.items.map(({ position, question, evidence, answer }) => ({
			position,
			prompt: question.prompt,
			expected: question.answer,
			explanation: question.explanation,
			evidence,
			response: answer?.response ?? '',
			correct: answer?.correct === true
		}))
	};
};

export const actions: Actions = {
	again: async (event) => {
		const user = requireUser(event);
		const article = await articles.findVisible(
			event.locals.db,
			event.params.slug,
			event.locals.user
		);
		if (!article) error(404, 'We could not find that article.');
		const started = await attempts.startOrResume(event.locals.db, user.id, article);
		if ('error' in started) error(404, started.error);
		const resume = await attempts.resumePath(event.locals.db, user.id, started.attemptId);
		redirect(303, resume ?? `/articles/${article.slug}/quiz`);
	}
};
