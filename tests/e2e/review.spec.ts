import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { seriousAxeFindings as seriousViolations } from '../support/axe';
import { open, shippedArticle } from '../support/e2e';

const articlePath = `/articles/${shippedArticle.slug}`;
const vocabularyPath = `${articlePath}/vocabulary`;

const wordRow = (page: Page, root: string) => page.locator(`li#w-${root}`);

test('the vocabulary list shows each root with its meaning and example, in three orders', async ({
	page,
	javaScriptEnabled
}) => {
	await open(page, articlePath, javaScriptEnabled);
	await page.getByRole('link', { name: 'Word list' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Words in this article');
	await expect(page).toHaveURL(new RegExp(`${vocabularyPath}$`));
	const sepakat = wordRow(page, 'sepakat');
	await expect(sepakat.locator('.forms')).toContainText('kesepakatan');
	await expect(sepakat.locator('mark')).toHaveText(/sepakat/i);
	await expect(sepakat.locator('.gloss')).not.toHaveText('');

	await page.getByRole('link', { name: 'A–Z' }).click();
	await expect(page).toHaveURL(/sort=alphabetical/);
	const roots = await page.locator('.words .root').allTextContents();
	expect(roots.length).toBeGreaterThan(50);
	expect([...roots].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(roots);

	await page.getByRole('link', { name: 'Hardest first' }).click();
	await expect(page.getByRole('link', { name: 'Hardest first' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const bands = await page.locator('.words .band').allTextContents();
	expect(bands[0]).not.toBe(bands[bands.length - 1]);
});

test('add a word, review it with Good, and see it counted', async ({ page, javaScriptEnabled }) => {
	await open(page, vocabularyPath, javaScriptEnabled);
	await wordRow(page, 'sepakat').getByRole('button', { name: 'Add to my words' }).click();
	await expect(wordRow(page, 'sepakat')).toContainText('✓ In my words');
	await wordRow(page, 'hukum').getByRole('button', { name: 'I know this' }).click();
	await expect(wordRow(page, 'hukum')).toContainText('✓ You know this');

	await open(page, '/', javaScriptEnabled);
	await expect(page.getByRole('link', { name: '1 card due today' })).toBeVisible();

	await open(page, '/review', javaScriptEnabled);
	const card = page.getByRole('region', { name: 'Card' });
	await expect(card.locator('mark')).toHaveText(/sepakat/i);
	await expect(card.getByRole('button', { name: /Good/ })).toBeHidden();
	await card.getByText('Show the meaning').click();
	await expect(card).toContainText('sepakat —');
	if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]); // axe runs in the page: JS only
	const ratedAt = Date.now();
	await card.getByRole('button', { name: /Good/ }).click();
	// Good on a new card means "again in ten minutes": nothing due now. "Today" ends at midnight
	// UTC, so in the last minutes of the day the card comes back tomorrow and nothing is due today.
	const minutes = (n: number) => n * 60_000;
	const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	const backToday = utcDay(ratedAt + minutes(11)) === utcDay(ratedAt); // a minute's margin
	const backTomorrow = utcDay(ratedAt + minutes(10)) !== utcDay(ratedAt);
	if (backToday) {
		await expect(page.getByText('Nothing to review right now')).toBeVisible();
		await expect(page.getByText('1 card due today')).toBeVisible();
	} else if (backTomorrow) {
		await expect(page.getByText('No cards due.')).toBeVisible();
	} else {
		await expect(page.getByText(/Nothing to review right now|No cards due\./)).toBeVisible();
	}

	await open(page, '/me', javaScriptEnabled);
	await expect(page.locator('dl')).toContainText(/Day streak\s*1/);
	await expect(page.locator('dl')).toContainText(/Words learned\s*1/); // the known one
	await expect(page.getByText('2 words on your list.')).toBeVisible();
	if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
});

test('the reader panel adds a word and its lookups reach the review list', async ({
	page,
	javaScriptEnabled
}) => {
	test.skip(!javaScriptEnabled, 'the panel needs JavaScript; the word page test covers the rest');
	await open(page, articlePath);
	const sent = page.waitForResponse(
		(r) => r.url().endsWith('/api/lookups') && r.request().method() === 'POST'
	);
	await page.getByRole('link', { name: 'menghukum', exact: true }).click();
	// Only the status: Chromium may not hand a keepalive request's body to Playwright.
	expect((await sent).status()).toBe(200);

	const panel = page.getByRole('complementary', { name: 'Word details' });
	await panel.getByRole('button', { name: 'Learn it' }).click();
	await expect(panel.getByRole('button', { name: 'Learn it' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page).toHaveURL(new RegExp(`${articlePath}$`));

	await open(page, '/me');
	await expect(page.locator('dl')).toContainText(/Articles read\s*1/);
	await expect(page.getByText('1 word on your list.')).toBeVisible();
	await open(page, '/review');
	await expect(page.getByRole('region', { name: 'Card' }).locator('mark')).toHaveText('menghukum');
});

test('without JavaScript the word page adds the word and records later visits', async ({
	page,
	javaScriptEnabled
}) => {
	await open(page, `${articlePath}/words/sepakat`, javaScriptEnabled);
	await page.getByRole('button', { name: 'Learn it' }).click();
	await expect(page.getByText('Status: Learning')).toBeVisible();
	await open(page, `${articlePath}/words/hukum`, javaScriptEnabled); // a visit as a known learner is a lookup
	await open(page, '/review', javaScriptEnabled);
	await expect(page.getByText('2 cards due today')).toBeVisible();
});

test('lookups are checked', async ({ request }) => {
	const post = (data: unknown) => request.post('/api/lookups', { data });
	expect(
		(
			await post({
				slug: shippedArticle.slug,
				words: Array(101).fill({ root: 'hukum', form: 'hukum' })
			})
		).status()
	).toBe(400);
	expect(
		(
			await post({ slug: shippedArticle.slug, words: [{ root: 'x'.repeat(41), form: 'x' }] })
		).status()
	).toBe(400);
	expect(
		(await post({ slug: 'no-such-article', words: [{ root: 'hukum', form: 'hukum' }] })).status()
	).toBe(404);
	const ok = await post({
		slug: shippedArticle.slug,
		words: [
			{ root: 'hukum', form: 'menghukum' },
			{ root: 'komputer', form: 'komputer' }
		]
	});
	expect(await ok.json()).toEqual({ recorded: 1 });
});

test('vocabulary and an empty review page have no serious accessibility problems', async ({
	page,
	javaScriptEnabled
}) => {
	test.skip(!javaScriptEnabled, 'axe runs inside the page');
	test.setTimeout(90_000); // axe over the long word list takes a while on a busy machine
	await open(page, vocabularyPath, javaScriptEnabled);
	expect(await seriousViolations(page)).toEqual([]);
	await open(page, '/review', javaScriptEnabled);
	await expect(page.getByText('No cards due')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
