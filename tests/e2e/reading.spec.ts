import { expect, test } from '../support/fixtures';
import { open, shippedArticle } from '../support/e2e';

test('the home page lists the shipped article', async ({ page, javaScriptEnabled }) => {
	await open(page, '/', javaScriptEnabled);
	const link = page.getByRole('link', { name: shippedArticle.title });
	await expect(link).toBeVisible();
	await expect(page.getByText('Liputan6.com · 14 September 2023')).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/articles/${shippedArticle.slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(shippedArticle.title);
});

test('the home page filters the shelf by level and says each text’s level', async ({
	page,
	javaScriptEnabled
}) => {
	await open(page, '/', javaScriptEnabled);
	await page.getByLabel('Level').selectOption('A1');
	await page.getByLabel('Order').selectOption('easiest');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/[?&]level=A1&.*order=easiest$/);
	await expect(page.getByRole('link', { name: 'Keluarga Saya' })).toBeVisible();
	await expect(page.getByRole('link', { name: shippedArticle.title })).toHaveCount(0);
	const levels = await page.locator('.articles .level').allTextContents();
	expect(levels.length).toBeGreaterThan(0);
	expect(new Set(levels)).toEqual(new Set(['about A1']));
});

test('the home page searches titles and words, and filters by topic', async ({
	page,
	javaScriptEnabled
}) => {
	await open(page, '/', javaScriptEnabled);
	// "Putin" is in the news article's title; "cabai" only in a shelf text's words.
	await page.getByLabel('Search').fill('putin');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/[?&]q=putin/);
	await expect(page.getByRole('link', { name: shippedArticle.title })).toBeVisible();
	await expect(page.locator('.articles li')).toHaveCount(1);
	await expect(page.getByLabel('Search')).toHaveValue('putin');

	await page.getByLabel('Search').fill('');
	await page.getByLabel('Topic').selectOption('food');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/[?&]topic=food/);
	const topics = await page.locator('.articles .meta').allTextContents();
	expect(topics.length).toBeGreaterThan(0);
	for (const meta of topics) expect(meta).toMatch(/· food\s*$/);

	await page.getByLabel('Topic').selectOption('');
	await page.getByLabel('Search').fill('zzzqqq');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByText('No texts match.')).toBeVisible();
});

test('the article page shows its paragraphs and subheading, and no boilerplate', async ({
	page,
	javaScriptEnabled
}) => {
	await open(page, `/articles/${shippedArticle.slug}`, javaScriptEnabled);
	const article = page.locator('article');
	await expect(article.locator('.text p')).toHaveCount(26); // every paragraph of the seed; 1 line is the subheading
	await expect(article.getByRole('heading', { level: 2 })).toHaveText(
		'Pertemuan Putin-Kim Jong Un Diwarnai Peluncuran Rudal Korea Utara'
	);
	await expect(article).toContainText('Kosmodrom Vostochny');
	await expect(article).not.toContainText('Baca Juga');
	await expect(article).not.toContainText('Advertisement');
	await expect(article.locator('.text p').first()).toHaveText(/^Vladimir Putin menerima undangan/);
});

test('a missing article gives a 404 page without internals', async ({ page, problems }) => {
	problems.allow(/^\/articles\/tidak-ada-artikel$/);
	const response = await page.goto('/articles/tidak-ada-artikel');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.locator('body')).not.toContainText(/at .*\.js:\d+|Error:/);
});

test('health check answers with the database state', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({ status: 'ok' });
});
