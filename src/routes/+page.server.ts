import * as articles from '$lib/server/articles';
import * as reviews from '$lib/server/reviews';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [list, dueToday] = await Promise.all([
		articles.list(locals.db),
		locals.user ? reviews.countDue(locals.db, locals.user.id) : undefined
	]);
	return { articles: list, dueToday };
};
