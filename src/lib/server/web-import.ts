/**
 * Import from a web address: fetch the page (web-page.ts, with its address checks), keep the
 * article's main text with Mozilla's Readability (the reader view of Firefox, run on linkedom's
 * light DOM in a worker thread, readability-worker.ts), plus its title, outlet and date; the
 * result fills the same form a paste does, so the same checks and the same preview follow
 * (article-import.ts).
 *
 * Readability's HTML is reduced to text by htmlToText (block ends become line breaks) and never
 * rendered. Scripts are never run: linkedom does not execute them.
 */
import { htmlToText } from '$lib/text/html-to-text';
import type { ImportValues } from './article-import';
import { readArticle, ReadTooSlow } from './readability-worker';
import { fetchDefaults, fetchPage, PageRefused, type FetchOptions } from './web-page';
import { policyFromEnv } from './web-address';

export { PageRefused };

/** Title, outlet, day and text of the article in `html` (fetched from `url`). */
export async function extractArticle(
	html: string,
	url: URL,
	timeoutMs?: number
): Promise<ImportValues> {
	let article;
	try {
		article = await readArticle(html, timeoutMs);
	} catch (err) {
		throw new PageRefused({ code: err instanceof ReadTooSlow ? 'read-too-slow' : 'read-failed' });
	}
	const text = article.content ? htmlToText(article.content).text.trim() : '';
	if (text === '') throw new PageRefused({ code: 'no-article' });
	const source =
		oneLine(article.siteName ?? '') || url.hostname.replace(/^www\./, '').slice(0, 100);
	let title = oneLine(article.metaTitle ?? article.title ?? '');
	// "Headline | Outlet" or "Headline - Outlet": the outlet is already the source.
	for (const separator of [' | ', ' - ', ' – ', ' — '])
		if (source && title.endsWith(`${separator}${source}`))
			title = title.slice(0, -(separator.length + source.length));
	const day = /^(\d{4}-\d{2}-\d{2})/.exec(article.publishedTime ?? article.metaPublished ?? '');
	return {
		title: title.slice(0, 200),
		source: source.slice(0, 100),
		publishedOn: day?.[1] ?? '',
		text
	};
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The settings a server run uses: the defaults, loopback only when the environment allows it. */
export function fetchOptions(overrides: Partial<FetchOptions> = {}): FetchOptions {
	return { ...fetchDefaults, ...policyFromEnv(), ...overrides };
}

/** Fetches `address` and returns the import form's values, or throws PageRefused. */
export async function valuesFromAddress(
	address: string,
	options: FetchOptions = fetchOptions()
): Promise<ImportValues> {
	const page = await fetchPage(address, options);
	return await extractArticle(page.html, page.url);
}
