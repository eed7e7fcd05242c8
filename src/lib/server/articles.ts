/** Articles: listing, reading, and loading the shipped ones at start-up. */
import { asc, eq, sql } from 'drizzle-orm';
import { countWords, importArticle } from '$lib/text/import-article';
import type { Database } from './db';
import { articles } from './db/schema';
import type { ShippedArticle } from './content';

export type ArticleSummary = Awaited<ReturnType<typeof list>>[number];

export async function list(db: Database) {
	const rows = await db
		.select({
			slug: articles.slug,
			title: articles.title,
			source: articles.source,
			publishedOn: articles.publishedOn,
			wordCount: articles.wordCount,
			body: articles.body
		})
		.from(articles)
		.orderBy(asc(articles.publishedOn), asc(articles.id));
	return rows.map(({ body, ...row }) => ({ ...row, excerpt: excerptOf(body) }));
}

export async function findBySlug(db: Database, slug: string) {
	const [row] = await db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
	return row;
}

/**
 * Inserts shipped articles that are new and updates those whose file changed; one statement per
 * article, so two servers starting at once on PostgreSQL cannot insert a duplicate.
 */
export async function loadShipped(db: Database, shipped: ShippedArticle[]): Promise<void> {
	for (const item of shipped) {
		const clean = importArticle(item.rawText);
		const values = {
			slug: item.slug,
			title: item.metadata.title,
			source: item.metadata.source,
			publishedOn: item.metadata.publishedOn,
			datelinePlace: item.metadata.datelinePlace ?? clean.dateline?.place ?? null,
			language: item.metadata.language,
			rawText: item.rawText,
			body: clean.body,
			blocks: clean.blocks,
			wordCount: countWords(clean.body),
			contentHash: item.contentHash,
			origin: 'shipped' as const
		};
		const { slug: _slug, ...changes } = values;
		await db
			.insert(articles)
			.values(values)
			.onConflictDoUpdate({
				target: articles.slug,
				set: { ...changes, updatedAt: sql`now()` },
				setWhere: sql`${articles.contentHash} <> excluded.content_hash`
			});
	}
}

export function excerptOf(body: string, maxLength = 180): string {
	const firstParagraph = body.split('\n\n', 1)[0] ?? '';
	if (firstParagraph.length <= maxLength) return firstParagraph;
	const cut = firstParagraph.lastIndexOf(' ', maxLength - 1);
	return firstParagraph.slice(0, cut > 0 ? cut : maxLength - 1) + '…';
}
