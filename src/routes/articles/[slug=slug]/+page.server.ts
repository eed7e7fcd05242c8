import { redirect } from '@sveltejs/kit';
import { ensureLearner } from '$lib/server/auth/guards';
import { PageMarkup } from '$lib/page-markup';
import { readerText } from '$lib/server/reader-text';
import { requireArticle } from '$lib/server/require';
import * as words from '$lib/server/words';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatShare } from '$lib/format';
import { texts } from '$lib/server/messages';

export const load: PageServerLoad = async ({ locals, params, isDataRequest }) => {
	const article = await requireArticle(locals, params.slug);
	const { title, source, publishedOn, datelinePlace, wordCount } = article;
	// The learner's own part: word statuses (in the markup) and the known share.
	const mine = locals.user ? await words.forReader(locals.db, locals.user.id, article) : null;
	const markup = readerText(article, mine?.statuses ?? null);
	return {
		article: { slug: params.slug, title, source, publishedOn, datelinePlace, wordCount },
		// The text, sent once: as markup in the page, as data only on a client-side navigation. The
		// word cards (with the viewer's teachers' gloss corrections) come from ./cards on first use.
		text: new PageMarkup(markup, isDataRequest),
		share: mine?.share ?? null,
		// Written here, in the request's language: the reader's JavaScript budget has no room for
		// message functions (src/lib/server/messages.ts).
		credit: [
			article.source + (article.datelinePlace ? `, ${article.datelinePlace}` : ''),
			formatDate(article.publishedOn),
			m.reader_word_count({ count: article.wordCount })
		].join(' · '),
		shareLabel: mine && formatShare(mine.share),
		footer: m.reader_source({ source: article.source }),
		t: texts(
			'reader_tap_hint',
			'reader_quiz',
			'reader_vocabulary',
			'reader_mark_rest',
			'reader_offline',
			'reader_take_quiz',
			'reader_word_list',
			'reader_mark_remaining',
			'reader_load_failed',
			'reader_open_word_page'
		)
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
