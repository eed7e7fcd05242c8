/**
 * The analysed document of an article version (lib/text/document.ts): tokens, roots, multiword units
 * and chosen senses, computed once per version and shared by the reader view and the vocabulary list,
 * so both show the same sense for the same occurrence.
 */
import { analyzeDocument, type AnalysedDocument } from '$lib/text/document';
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import type { Article } from './db/schema';
import { perArticleVersion } from './per-article-version';

export const documentOf = perArticleVersion(
	(article: Pick<Article, 'slug' | 'contentHash' | 'body'>): AnalysedDocument =>
		analyzeDocument(article.body, lexicon, rootDictionary)
);
