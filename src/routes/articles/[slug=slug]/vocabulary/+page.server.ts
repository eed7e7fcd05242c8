import { redirect, type RequestEvent } from '@sveltejs/kit';
import { ensureLearner } from '$lib/server/auth/guards';
import * as glosses from '$lib/server/glosses';
import { requireArticle } from '$lib/server/require';
import * as reviews from '$lib/server/reviews';
import { listWords, parseOrder } from '$lib/server/vocabulary';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const article = await requireArticle(locals, params.slug);
	const order = parseOrder(url.searchParams.get('sort'));
	const words = glosses.applyToWords(
		listWords(article, order),
		await glosses.forViewer(locals.db, locals.user, article.id)
	);
	const cards = locals.user
		? await reviews.listForRoots(
				locals.db,
				locals.user.id,
				words.map((w) => w.root)
			)
		: [];
	return {
		article: { slug: article.slug, title: article.title },
		order,
		words,
		/** root -> 'known' | 'added' for the learner's words in this list. */
		marks: Object.fromEntries(cards.map((c) => [c.root, c.known ? 'known' : 'added'] as const))
	};
};

async function save(event: RequestEvent<{ slug: string }>, action: 'add' | 'know') {
	const article = await requireArticle(event.locals, event.params.slug);
	const form = await readForm(event);
	const root = form.get('root');
	if (typeof root !== 'string' || root.length === 0 || root.length > 40)
		return refuse(400, action, { message: m.vocab_choose_word() });
	const user = await ensureLearner(event);
	const verb = action === 'add' ? 'add' : 'markKnown';
	if (!(await reviews[verb](event.locals.db, user.id, article, root)))
		return refuse(400, action, { message: m.vocab_not_in_article() });
	const order = parseOrder(String(form.get('sort')));
	redirect(
		303,
		`/articles/${article.slug}/vocabulary${order === 'appearance' ? '' : `?sort=${order}`}#w-${encodeURIComponent(root)}`
	);
}

export const actions: Actions = {
	add: (event) => save(event, 'add'),
	know: (event) => save(event, 'know')
};
