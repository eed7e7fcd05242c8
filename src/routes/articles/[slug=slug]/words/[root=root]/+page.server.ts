import { redirect } from '@sveltejs/kit';
import { ensureLearner } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import * as glosses from '$lib/server/glosses';
import { wordInArticle } from '$lib/server/reading';
import { found, requireArticle } from '$lib/server/require';
import * as reviews from '$lib/server/reviews';
import * as words from '$lib/server/words';
import { m } from '$lib/paraglide/messages';
import { affixNotesIn } from '../../affix-notes';
import type { Actions, PageServerLoad } from './$types';

/** Marks the page a status change lands on (see `load`). */
const savedParam = 'saved';

/** The no-JavaScript twin of the reader's word panel. */
export const load: PageServerLoad = async ({ locals, params, url, isDataRequest }) => {
	const article = await requireArticle(locals, params.slug);
	const word = found(wordInArticle(article, params.root), 'word in this article');
	// A full page visit is a lookup (the no-JS reader); client navigations and hover preloads are
	// not, since the panel already queued one. A GET never creates a guest, so only known learners count.
	// The page a status change redirects to is no lookup either: it would add back a word just removed.
	const user = locals.user;
	if (user && !isDataRequest && !url.searchParams.has(savedParam))
		await reviews.recordLookups(locals.db, user.id, article, [
			{ root: word.root, form: word.forms[0].form }
		]);
	const [status, corrections] = await Promise.all([
		words.statusOf(locals.db, user?.id, word.root),
		glosses.forViewer(locals.db, user, article.id)
	]);
	const [corrected] = glosses.applyToWords([word], corrections);
	return {
		article: { slug: article.slug, title: article.title },
		word: { ...corrected, affixNotes: affixNotesIn(corrected.affixNotes) },
		status
	};
};

export const actions: Actions = {
	/** Known, learning, ignored or new again; the reader's panel posts here too. */
	status: async (event) => {
		const article = await requireArticle(event.locals, event.params.slug);
		const status = words.parseStatus((await readForm(event)).get('status'));
		if (!status) return refuse(400, 'status', { message: m.word_choose_status() });
		const user = await ensureLearner(event);
		found(
			await words.setStatus(event.locals.db, user.id, article, event.params.root, status),
			'word in this article'
		);
		redirect(303, `/articles/${article.slug}/words/${event.params.root}?${savedParam}`);
	}
};
