/**
 * The reader's text markup (text/reader-markup.ts) for a learner, from one render per article
 * version. The markup is the same for every reader but for each word's status class, and writing
 * it (slicing and escaping ~1,600 pieces of text) was a large part of a signed-in reader page.
 *
 * Encoding: the visitor's markup cut just after each word link's `<a class="w`, where a status
 * code goes; `roots[i]` is the root of the word that ends `pieces[i]`. Links come in the order of
 * the view's words, and the text can hold no `<a` of its own (the markup escapes `<`). A learner's
 * markup joins the pieces with ` code` after the words they have a status for: the very string
 * `readerMarkup` writes for them (reader-text.test.ts), made without touching the text.
 */
import { readerMarkup } from '$lib/text/reader-markup';
import type { StatusCode } from '$lib/text/status-codes';
import type { Article } from './db/schema';
import { perArticleVersion } from './per-article-version';
import { viewOf } from './reading';

type ArticleText = Pick<Article, 'slug' | 'contentHash' | 'body' | 'blocks'>;

const wordLink = '<a class="w';

const templateOf = perArticleVersion((article: ArticleText) => {
	const view = viewOf(article);
	const pieces = readerMarkup(view, article.slug, null).split(wordLink);
	const roots = view.blocks.flatMap((block) =>
		block.words.flatMap(([, , c]) => (view.cards[c].isName ? [] : [view.cards[c].root]))
	);
	if (roots.length !== pieces.length - 1) throw new Error('reader markup: links and words differ');
	return { pieces: pieces.map((piece, i) => (i < roots.length ? piece + wordLink : piece)), roots };
});

/** `readerMarkup(viewOf(article), article.slug, statuses)`, from the version's kept template. */
export function readerText(
	article: ArticleText,
	statuses: Record<string, StatusCode | undefined> | null
): string {
	const { pieces, roots } = templateOf(article);
	let html = pieces[0];
	for (let i = 0; i < roots.length; i++) {
		const code = statuses?.[roots[i]];
		if (code) html += ` ${code}`;
		html += pieces[i + 1];
	}
	return html;
}
