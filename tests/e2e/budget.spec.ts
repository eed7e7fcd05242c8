import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { shippedArticle } from '../support/e2e';
import { measurePageWeight, type PageWeight } from '../support/page-weight';

// Budgets from the student issue: a cold first load of ≤ 60 KB on the wire, ≤ 35 KB of it JavaScript,
// whether the page comes brotli-compressed (a phone on HTTPS) or gzip-compressed (old browsers, plain
// HTTP, proxies that recompress). Figures are printed so the closing note can quote them; the limits
// are the budget, not a timing.
const budget = { totalBytes: 60 * 1024, scriptBytes: 35 * 1024 };

function describe(weight: PageWeight) {
	return (
		`${(weight.totalBytes / 1024).toFixed(1)} KB total, ` +
		`${(weight.scriptBytes / 1024).toFixed(1)} KB of it JavaScript, ` +
		`${(weight.headerBytes / 1024).toFixed(1)} KB HTTP headers, ${weight.requests} requests`
	);
}

async function measureAndReport(page: Page, name: string, path: string) {
	const gzipped = await measurePageWeight(page, path, 'gzip, deflate');
	const weight = await measurePageWeight(page, path);
	console.log(`page weight ${name}: brotli ${describe(weight)}; gzip ${describe(gzipped)}`);
	for (const [encoding, measured] of [
		['brotli', weight],
		['gzip', gzipped]
	] as const) {
		expect(measured.totalBytes, `${name} over ${encoding}`).toBeLessThanOrEqual(budget.totalBytes);
		expect(measured.scriptBytes, `${name}'s JavaScript over ${encoding}`).toBeLessThanOrEqual(
			budget.scriptBytes
		);
	}
}

test.beforeEach(({ browserName }, info) => {
	test.skip(
		info.project.name !== 'desktop' || browserName !== 'chromium',
		'measured once, in Chromium'
	);
});

for (const [name, path] of [
	['home', '/'],
	['reader', `/articles/${shippedArticle.slug}`]
] as const) {
	test(`page weight of the ${name} page`, async ({ page }) => {
		await measureAndReport(page, name, path);
	});
}

test('page weight of the reader for a learner whose every word has a status', async ({ page }) => {
	// The worst case for the statuses sent beside the text: every root has one, and the text
	// carries a status class on every word.
	const path = `/articles/${shippedArticle.slug}`;
	await page.goto(`${path}/words/hukum`);
	await page.getByRole('button', { name: 'Learn it' }).click();
	await expect(page.getByText('Status: Learning')).toBeVisible();
	await page.goto(path);
	await page.getByRole('button', { name: 'Mark the remaining new words as known' }).click();
	await expect(page.locator('.share')).toHaveText(/0 new words/);
	const fresh = await page.context().newPage(); // same learner, no cached files
	await measureAndReport(fresh, 'reader (learner)', path);
	await expect(fresh.locator('.text a.w.k').first()).toBeVisible();
});

test('page weight of a quiz question', async ({ page }) => {
	await page.goto(`/articles/${shippedArticle.slug}/quiz`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 / 10');
	const questionPath = new URL(page.url()).pathname;
	const fresh = await page.context().newPage(); // same guest session, no cached files
	await measureAndReport(fresh, 'quiz question', questionPath);
});
