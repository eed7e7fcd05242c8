import { expect, test } from '../support/fixtures';
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

test('a word that is not in the article gives a 404', async ({ page, problems }) => {
	problems.allow(/\/words\/komputer$/);
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

test('punctuation stays on the line of the word before it', async ({ page, javaScriptEnabled }) => {
	await open(page, articlePath, javaScriptEnabled);
	// For each word or name followed by punctuation: the punctuation's top against the word's last line box.
	const misplaced = await page.locator('.text').evaluate((text) => {
		const out: string[] = [];
		let checked = 0;
		for (const word of text.querySelectorAll('.w')) {
			let next = word.nextSibling;
			while (next?.nodeType === Node.COMMENT_NODE) next = next.nextSibling; // Svelte's markers
			if (next?.nodeType !== Node.TEXT_NODE || !/^[,.;:!?)”"]/.test(next.textContent ?? ''))
				continue;
			const range = document.createRange();
			range.setStart(next, 0);
			range.setEnd(next, 1);
			const mark = range.getBoundingClientRect();
			const boxes = word.getClientRects();
			const last = boxes[boxes.length - 1];
			checked += 1;
			if (Math.abs(mark.top - last.top) > 2) out.push(`${word.textContent}${next.textContent![0]}`);
		}
		return checked > 50 ? out : [`only ${checked} words followed by punctuation`];
	});
	expect(misplaced).toEqual([]);
});

test('names are plain text without JavaScript and buttons that open the panel with it', async ({
	page,
	javaScriptEnabled
}) => {
	await open(page, articlePath, javaScriptEnabled);
	const names = page.locator('.text .n', { hasText: /^Putin$/ });
	await expect(names.first()).toBeVisible();
	if (!javaScriptEnabled) {
		// Nothing that looks like a control and does nothing: no buttons, not in the Tab order.
		await expect(page.locator('.text').getByRole('button')).toHaveCount(0);
		await expect(names.first()).not.toHaveAttribute('tabindex');
		return;
	}
	const name = page.getByRole('button', { name: 'Putin', exact: true }).first();
	await name.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary', { name: 'Word details' });
	await expect(panel.getByRole('heading', { name: 'Putin' })).toBeVisible();
	await expect(panel).toContainText('A name');
});
