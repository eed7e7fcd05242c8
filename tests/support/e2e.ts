import { expect, type Page } from '@playwright/test';

const cspViolations = new WeakMap<Page, string[]>();

/** Content-Security-Policy violations the browser reported on this page so far. */
export function violationsOf(page: Page): string[] {
	let seen = cspViolations.get(page);
	if (!seen) {
		const list: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
				list.push(message.text());
		});
		cspViolations.set(page, (seen = list));
	}
	return seen;
}

/**
 * Opens a page and, when JavaScript runs, waits until SvelteKit has hydrated it (hydration races
 * typing otherwise; docs/ARCHITECTURE.md). Fails if the browser reported a Content-Security-Policy
 * violation on this page, here or since the last open().
 */
export async function open(page: Page, path: string, javaScriptEnabled = true): Promise<void> {
	const violations = violationsOf(page);
	const response = await page.goto(path);
	expect(response, `no response for ${path}`).not.toBeNull();
	if (javaScriptEnabled)
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	expect(violations, `CSP violations up to ${path}`).toEqual([]);
}

export const shippedArticle = {
	slug: 'putin-terima-undangan-kim-jong-un',
	title: 'Putin Terima Undangan Kim Jong Un untuk Kunjungi Korea Utara'
};
