import { describe, expect, it } from 'vitest';
import { importArticle } from '$lib/text/import-article';
import { readerMarkup } from '$lib/text/reader-markup';
import type { StatusCode } from '$lib/text/status-codes';
import { listShippedArticles } from './content';
import { readerText } from './reader-text';
import { viewOf } from './reading';

const articles = listShippedArticles().map(({ slug, rawText, contentHash }) => {
	const { body, blocks } = importArticle(rawText);
	return { slug, contentHash, body, blocks };
});

const statusCodes: StatusCode[] = ['k', 'i', 'l1', 'l2', 'l3', 'l4'];

/** A status for about every third root, spread over the codes and shifted by `seed`. */
function someStatuses(roots: string[], seed: number): Record<string, StatusCode> {
	const statuses: Record<string, StatusCode> = {};
	roots.forEach((root, i) => {
		if ((i + seed) % 3 === 0) statuses[root] = statusCodes[(i * 5 + seed) % statusCodes.length];
	});
	return statuses;
}

describe('readerText', () => {
	it('writes the markup readerMarkup writes, for a visitor and for learners', () => {
		for (const article of articles) {
			const view = viewOf(article);
			const roots = [...new Set(view.cards.filter((c) => !c.isName).map((c) => c.root))];
			expect(readerText(article, null)).toBe(readerMarkup(view, article.slug, null));
			expect(readerText(article, {})).toBe(readerMarkup(view, article.slug, {}));
			for (const seed of [1, 2, 3]) {
				const statuses = someStatuses(roots, seed);
				expect(Object.keys(statuses).length).toBeGreaterThan(0);
				expect(readerText(article, statuses)).toBe(readerMarkup(view, article.slug, statuses));
			}
		}
	});

	it("marks only the learner's own words", () => {
		const [article] = articles;
		const root = viewOf(article).cards.find((c) => !c.isName)!.root;
		const html = readerText(article, { [root]: 'k' });
		expect(html).toContain(`<a class="w k" href="/articles/${article.slug}/words/${root}"`);
		expect(readerText(article, null)).not.toContain('class="w k"');
	});
});
