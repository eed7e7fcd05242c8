/**
 * Memoises a derivation of an article (reader view, question pool, vocabulary list) per article
 * version: keyed by slug and content hash, so an edited article is derived afresh, and bounded, so
 * many imported articles cannot grow the process without limit (the oldest entry goes first).
 */
import type { Article } from './db/schema';

type Version = Pick<Article, 'slug' | 'contentHash'>;

export function perArticleVersion<A extends Version, T>(
	derive: (article: A) => T,
	maxCached = 200
): (article: A) => T {
	const cache = new Map<string, T>();
	return (article) => {
		const key = `${article.slug}:${article.contentHash}`;
		let value = cache.get(key);
		if (value === undefined) {
			value = derive(article);
			if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
			cache.set(key, value);
		}
		return value;
	};
}
