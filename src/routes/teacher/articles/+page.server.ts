import { requireTeacher } from '$lib/server/auth/guards';
import * as articles from '$lib/server/articles';
import type { PageServerLoad } from './$types';

/** The articles a teacher can set: the shipped ones and their own imports. */
export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	return { articles: await articles.list(event.locals.db, teacher) };
};
