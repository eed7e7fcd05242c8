import { error } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import { wordInArticle } from '$lib/server/reading';
import type { PageServerLoad } from './$types';

/** The no-JavaScript twin of the reader's word panel. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await articles.findBySlug(locals.db, params.slug);
	const word = article && wordInArticle(article, params.root);
	if (!article || !word) error(404, 'That word is not in this article.');
	return { article: { slug: article.slug, title: article.title }, word };
};
