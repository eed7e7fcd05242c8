import { requireArticle } from '$lib/server/require';
import type { PageServerLoad } from './$types';

// Read-only: the saving itself is a POST made by the page (./pages), never by a GET.
export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await requireArticle(locals, params.slug);
	return { article: { slug: article.slug, title: article.title } };
};
