/**
 * The articles shipped with the app: `src/content/articles/<slug>.txt` is the text as scraped,
 * `<slug>.json` its metadata. Bundled at build time, so the built server needs no src/ folder.
 */
import { createHash } from 'node:crypto';

export interface ArticleMetadata {
	title: string;
	source: string;
	publishedOn: string | null;
	datelinePlace: string | null;
	language: string;
	/** Starter-shelf texts written for Bacaan name a topic (their .json also says `writtenForLevel`). */
	topic?: string;
}

export interface ShippedArticle {
	slug: string;
	rawText: string;
	metadata: ArticleMetadata;
	/** Changes whenever the text or the metadata does; the loader updates the row then. */
	contentHash: string;
}

const texts = import.meta.glob('/src/content/articles/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
});
const metadata = import.meta.glob('/src/content/articles/*.json', {
	import: 'default',
	eager: true
});

export function listShippedArticles(): ShippedArticle[] {
	return Object.entries(texts).map(([path, rawText]) => {
		const slug = path.slice(path.lastIndexOf('/') + 1, -'.txt'.length);
		const meta = metadata[path.replace(/\.txt$/, '.json')] as Partial<ArticleMetadata> | undefined;
		if (!meta?.title || !meta.source)
			throw new Error(`Shipped article ${slug} needs a .json with a title and a source`);
		const full: ArticleMetadata = {
			title: meta.title,
			source: meta.source,
			publishedOn: meta.publishedOn ?? null,
			datelinePlace: meta.datelinePlace ?? null,
			language: meta.language ?? 'id',
			...(meta.topic ? { topic: meta.topic } : {})
		};
		return {
			slug,
			rawText: rawText as string,
			metadata: full,
			contentHash: hashContent(rawText as string, full)
		};
	});
}

export function hashContent(rawText: string, metadata: ArticleMetadata): string {
	return createHash('sha256')
		.update(JSON.stringify([rawText, metadata]))
		.digest('hex')
		.slice(0, 32);
}
