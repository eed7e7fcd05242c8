import { expect, test } from '@playwright/test';
import { open, shippedArticle } from '../support/e2e';

const articlePath = `/articles/${shippedArticle.slug}`;

test('tapping a word shows its root, affixes and meaning', async ({ page, javaScriptEnabled }) => {
	test.skip(!javaScriptEnabled, 'the panel needs JavaScript; the word page below covers the rest');
	await open(page, articlePath);
	await page.getByRole('link', { name: 'menghukum', exact: true }).click();
	const panel = page.getByRole('complementary', { name: 'Word details' });
	await expect(panel.getByRole('heading', { name: 'menghukum' })).toBeVisible();
	await expect(panel).toContainText('meN- + hukum');
	await expect(panel).toContainText('makes an active verb');
	await expect(page).toHaveURL(new RegExp(`${articlePath}$`)); // stayed on the article

	await page.getByRole('button', { name: 'Putin', exact: true }).first().click();
	await expect(panel.getByRole('heading', { name: 'Putin' })).toBeVisible();
	await expect(panel).toContainText('A name');

	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
});

test('the keyboard reaches words and opens the panel', async ({ page, javaScriptEnabled }) => {
	test.skip(!javaScriptEnabled, 'keyboard opening of the panel needs JavaScript');
	await open(page, articlePath);
	await page.getByRole('link', { name: 'kesepakatan', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('complementary', { name: 'Word details' })).toContainText(
		'ke- + sepakat + -an'
	);
});

test('without JavaScript a word links to its own page', async ({ page, javaScriptEnabled }) => {
	await open(page, articlePath, javaScriptEnabled);
	const link = page.getByRole('link', { name: 'kesepakatan', exact: true });
	await expect(link).toHaveAttribute('href', `${articlePath}/words/sepakat`);
	await page.goto(`${articlePath}/words/sepakat`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('sepakat');
	await expect(page.locator('main')).toContainText('kesepakatan = ke- + sepakat + -an');
	await expect(page.locator('main mark').first()).toHaveText('kesepakatan');
});

test('a word that is not in the article gives a 404', async ({ page }) => {
	const response = await page.goto(`${articlePath}/words/komputer`);
	expect(response?.status()).toBe(404);
});

test('word cards come from their own endpoint, fetched on first use', async ({ request }) => {
	const response = await request.get(`${articlePath}/cards`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toContain('private');
	const { cards, affixNotes } = await response.json();
	const card = cards.find((c: { form: string }) => c.form === 'menghukum');
	expect(card).toMatchObject({ root: 'hukum', affixes: ['meN-'], isName: false });
	expect(affixNotes['meN-']).toMatch(/active verb/);
	expect((await request.get('/articles/tidak-ada/cards')).status()).toBe(404);
});
