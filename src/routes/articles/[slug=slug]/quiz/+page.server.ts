import { error, fail, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import { ensureLearner } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

/**
 * The quiz's front door. GET never writes (link preloading and crawlers follow it): it resumes an
 * open attempt by redirecting, else offers "Start the quiz", a POST that may create a guest.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await articles.findVisible(locals.db, params.slug, locals.user);
	if (!article) error(404, 'We could not find that article.');
	const user = locals.user;
	const open = user ? await attempts.findOpenAttempt(locals.db, user.id, article.id) : undefined;
	const resume = user && open ? await attempts.resumePath(locals.db, user.id, open) : undefined;
	if (resume) redirect(303, resume);
	return {
		article: { slug: article.slug, title: article.title },
		size: await assignments.quizSizeFor(locals.db, locals.user?.id ?? null, article)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = await ensureLearner(event);
		const article = await articles.findVisible(
			event.locals.db,
			event.params.slug,
			event.locals.user
		);
		if (!article) error(404, 'We could not find that article.');
		const started = await attempts.startOrResume(event.locals.db, user.id, article);
		if ('error' in started) return fail(409, { message: started.error });
		const resume = await attempts.resumePath(event.locals.db, user.id, started.attemptId);
		redirect(303, resume ?? `/articles/${article.slug}/quiz`);
	}
};
