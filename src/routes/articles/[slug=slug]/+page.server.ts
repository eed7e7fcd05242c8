import { redirect } from '@sveltejs/kit';
import { ensureLearner } from '$lib/server/auth/guards';
import { viewOf } from '$lib/server/reading';
import { requireArticle } from '$lib/server/require';
import * as words from '$lib/server/words';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const article = await requireArticle(locals, params.slug);
	const { title, source, publishedOn, datelinePlace, wordCount } = article;
	const { blocks, cards } = viewOf(article);
	return {
		article: { slug: params.slug, title, source, publishedOn, datelinePlace, wordCount },
		// Only what the text needs: each card's root for the word links, null for a name. The cards
		// themselves (with the viewer's teachers' gloss corrections) come from ./cards on first use.
		// This part is the same for every reader of this article version.
		text: { blocks, roots: cards.map((c) => (c.isName ? null : c.root)) },
		// The learner's own part, small and separate: word statuses (root → code) and known share.
		mine: locals.user ? await words.forReader(locals.db, locals.user.id, article) : null
	};
};

export const actions: Actions = {
	/** "Mark the remaining new words as known". */
	knowRest: async (event) => {
		const article = await requireArticle(event.locals, event.params.slug);
		const user = await ensureLearner(event);
		await words.markRestKnown(event.locals.db, user.id, article);
		redirect(303, `/articles/${article.slug}`);
	}
};
