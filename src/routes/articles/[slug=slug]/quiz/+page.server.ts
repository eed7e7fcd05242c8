import { redirect } from '@sveltejs/kit';
import * as assignments from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import { ensureLearner } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/forms';
import { requireArticle } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';

/**
 * The quiz's front door. GET never writes (link preloading and crawlers follow it): it resumes an
 * open attempt by redirecting, else offers "Start the quiz", a POST that may create a guest.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await requireArticle(locals, params.slug);
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
		const article = await requireArticle(event.locals, event.params.slug);
		const started = await attempts.startOrResume(event.locals.db, user.id, article);
		if ('error' in started) return refuse(409, 'default', { message: started.error });
		const resume = await attempts.resumePath(event.locals.db, user.id, started.attemptId);
		redirect(303, resume ?? `/articles/${article.slug}/quiz`);
	}
};
