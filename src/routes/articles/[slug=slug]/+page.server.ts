import { viewOf } from '$lib/server/reading';
import { requireArticle } from '$lib/server/require';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await requireArticle(locals, params.slug);
	const { title, source, publishedOn, datelinePlace, wordCount } = article;
	const { blocks, cards } = viewOf(article);
	return {
		article: { slug: params.slug, title, source, publishedOn, datelinePlace, wordCount },
		// Only what the text needs: each card's root for the word links, null for a name. The cards
		// themselves (with the viewer's teachers' gloss corrections) come from ./cards on first use.
		text: { blocks, roots: cards.map((c) => (c.isName ? null : c.root)) }
	};
};
