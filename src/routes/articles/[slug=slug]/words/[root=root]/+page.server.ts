import { error, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import { ensureLearner } from '$lib/server/auth/guards';
import * as glosses from '$lib/server/glosses';
import { wordInArticle } from '$lib/server/reading';
import * as reviews from '$lib/server/reviews';
import type { Actions, PageServerLoad } from './$types';

/** The no-JavaScript twin of the reader's word panel. */
export const load: PageServerLoad = async ({ locals, params, isDataRequest }) => {
	const article = await articles.findVisible(locals.db, params.slug, locals.user);
	const word = article && wordInArticle(article, params.root);
	if (!article || !word) error(404, 'That word is not in this article.');
	// A full page visit is a lookup (the no-JS reader); client navigations and hover preloads are
	// not, since the panel already queued one. A GET never creates a guest, so only known learners count.
	const user = locals.user;
	if (user && !isDataRequest)
		await reviews.recordLookups(locals.db, user.id, article, [
			{ root: word.root, form: word.forms[0].form }
		]);
	const [[mine], corrections] = await Promise.all([
		user ? reviews.listForRoots(locals.db, user.id, [word.root]) : [],
		glosses.forViewer(locals.db, user, article.id)
	]);
	const [corrected] = glosses.applyToWords([word], corrections);
	return {
		article: { slug: article.slug, title: article.title },
		word: corrected,
		mine: mine ? (mine.known ? 'known' : 'added') : null
	};
};

export const actions: Actions = {
	add: async (event) => {
		const article = await articles.findVisible(
			event.locals.db,
			event.params.slug,
			event.locals.user
		);
		if (!article) error(404, 'We could not find that article.');
		const user = await ensureLearner(event);
		if (!(await reviews.add(event.locals.db, user.id, article, event.params.root)))
			error(404, 'We could not find that word in this article.');
		redirect(303, `/articles/${article.slug}/words/${event.params.root}`);
	}
};
