import { error } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import { viewOf } from '$lib/server/reading';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await articles.findVisible(locals.db, params.slug, locals.user);
	if (!article) error(404, 'We could not find that article.');
	const { title, source, publishedOn, datelinePlace, wordCount } = article;
	return {
		article: { slug: params.slug, title, source, publishedOn, datelinePlace, wordCount },
		view: viewOf(article)
	};
};
