/**
 * An article's vocabulary list for the vocabulary page, built once per article version (like the
 * reader view in reading.ts) and sent as plain rows: the example is the sentence with the form's
 * offsets relative to it, so the page can highlight it without the article body.
 */
import { buildVocabulary, sortVocabulary } from '$lib/text/vocabulary';
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import type { VocabularyEntry, VocabularyOrder } from '$lib/text/types';
import type { Article } from './db/schema';
import { documentOf } from './documents';
import { perArticleVersion } from './per-article-version';

const entriesOf = perArticleVersion(
	(article: Pick<Article, 'slug' | 'contentHash' | 'body'>): VocabularyEntry[] =>
		buildVocabulary(article.body, lexicon, rootDictionary, {}, documentOf(article)).entries
);

export const orders: readonly VocabularyOrder[] = ['appearance', 'band', 'alphabetical'];

export function parseOrder(value: string | null): VocabularyOrder {
	return orders.includes(value as VocabularyOrder) ? (value as VocabularyOrder) : 'appearance';
}

export function listWords(
	article: Pick<Article, 'slug' | 'contentHash' | 'body'>,
	order: VocabularyOrder
) {
	return sortVocabulary(entriesOf(article), order).map(
		({ lemma, gloss, band, forms, count, example }) => ({
			root: lemma,
			gloss,
			band,
			count,
			forms: forms.map((f) => f.form),
			sentence: article.body.slice(example.sentenceStart, example.sentenceEnd),
			formStart: example.formStart - example.sentenceStart,
			formEnd: example.formEnd - example.sentenceStart
		})
	);
}

export type WordRow = ReturnType<typeof listWords>[number];
