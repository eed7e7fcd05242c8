/**
 * Memoises a derivation of an article (analysed document, reader view, question pool, vocabulary
 * list) per article version: keyed by slug and content hash, so an edited article is derived
 * afresh. Every derivation shares one cache bounded by bytes (least recently used goes first), so
 * many imported articles cannot grow the process without limit.
 *
 * Only what the article's text decides is kept here. What a teacher changes over it (gloss
 * corrections, question edits) is read from the database on every request and laid over a copy
 * (glosses.ts, question-bank.ts): another server on the same database sees an edit at once, and a
 * cached value never carries one viewer's corrections to another.
 */
import type { Article } from './db/schema';
import { estimateBytes, LruBytes } from './lru-bytes';

type Version = Pick<Article, 'slug' | 'contentHash'>;

/** 48 MB: the longest shipped article's document, view, pool and list take about 2 MB together. */
export const derivedCache = new LruBytes<unknown>(48 * 1024 * 1024);

let derivations = 0;

export function perArticleVersion<A extends Version, T>(
	derive: (article: A) => T,
	cache: LruBytes<unknown> = derivedCache
): (article: A) => T {
	const name = derivations++;
	return (article) => {
		const key = `${name}:${article.slug}:${article.contentHash}`;
		let value = cache.get(key) as T | undefined;
		if (value === undefined) {
			value = derive(article);
			cache.set(key, value, estimateBytes(value));
		}
		return value;
	};
}
