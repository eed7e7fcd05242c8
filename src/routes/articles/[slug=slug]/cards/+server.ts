import { json } from '@sveltejs/kit';
import * as glosses from '$lib/server/glosses';
import { affixNotesIn } from '../affix-notes';
import { viewOf } from '$lib/server/reading';
import { requireArticle } from '$lib/server/require';
import type { RequestHandler } from './$types';

/**
 * The reader's word cards (root, affixes, gloss, band), fetched when the reader first reaches for
 * a word rather than sent with the page, which keeps a cold page load small on a slow phone.
 * Glosses include the corrections of the viewer's teachers, so the answer is private; the affix
 * notes are in the interface language. With them, each block's sentence ranges (for "Read the sentence"), which the page's markup does not carry.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const article = await requireArticle(locals, params.slug);
	const corrections = await glosses.forViewer(locals.db, locals.user, article.id);
	const view = viewOf(article);
	const { cards, affixNotes } = glosses.applyToView(view, corrections);
	const sentences = view.blocks.map((block) => block.sentences);
	return json(
		{ cards, affixNotes: affixNotesIn(affixNotes), sentences },
		{ headers: { 'cache-control': 'private, max-age=300' } }
	);
};
