/**
 * What the reader needs of an article: the annotated text and the word cards. Computed once per
 * article version and kept in memory (an analysis takes milliseconds, but every page view needs it);
 * the lexicon data is imported here, on the server, so it never reaches the browser bundle.
 */
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import { buildReaderView, occurrencesOfRoot, type ReaderView } from '$lib/text/reader';
import type { Article } from './db/schema';
import { documentOf } from './documents';
import { perArticleVersion } from './per-article-version';

export const viewOf = perArticleVersion(
	(article: Pick<Article, 'slug' | 'contentHash' | 'body' | 'blocks'>): ReaderView =>
		buildReaderView(
			{ dateline: null, body: article.body, blocks: article.blocks },
			lexicon,
			rootDictionary,
			documentOf(article)
		)
);

/** The word page: the root's entry and where its forms occur; undefined when the article lacks it. */
export function wordInArticle(article: Parameters<typeof viewOf>[0], root: string) {
	const view = viewOf(article);
	const { cards, examples } = occurrencesOfRoot(view, root);
	if (cards.length === 0) return undefined;
	// A multiword unit's page (rumah sakit) reads the unit's entry.
	const entry = lexicon.lookup(root) ?? lexicon.multiword(root);
	return {
		root,
		gloss: entry?.gloss ?? cards[0].gloss,
		pos: entry?.pos ?? cards[0].pos,
		band: entry?.band ?? cards[0].band,
		forms: cards.map(({ form, affixes }) => ({ form, affixes })),
		affixNotes: view.affixNotes,
		examples: examples.slice(0, 5)
	};
}
