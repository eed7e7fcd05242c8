import { expect, type Page } from '@playwright/test';

/** Opens a page and, when JavaScript runs, waits until SvelteKit has hydrated it (docs/ARCHITECTURE.md). */
export async function open(page: Page, path: string, javaScriptEnabled = true): Promise<void> {
	const response = await page.goto(path);
	expect(response, `no response for ${path}`).not.toBeNull();
	if (javaScriptEnabled)
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

export const shippedArticle = {
	slug: 'putin-terima-undangan-kim-jong-un',
	title: 'Putin Terima Undangan Kim Jong Un untuk Kunjungi Korea Utara'
};
