import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { seriousAxeFindings as seriousViolations } from '../support/axe';
import { open, shippedArticle } from '../support/e2e';

const articlePath = `/articles/${shippedArticle.slug}`;

/** A word of the article text by its written form. */
const wordLink = (page: Page, form: string) =>
	page.locator('.text').getByRole('link', { name: form, exact: true }).first();

/** Sets a status from the panel (JavaScript) or the word page (without). */
async function setStatus(page: Page, js: boolean, form: string, root: string, button: string) {
	if (js) {
		await open(page, articlePath);
		await wordLink(page, form).click();
		const panel = page.getByRole('complementary', { name: 'Word details' });
		await panel.getByRole('button', { name: button }).click();
		await expect(panel.getByRole('button', { name: button })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	} else {
		await open(page, `${articlePath}/words/${root}`, false);
		await page.getByRole('button', { name: button }).click();
		await expect(page.getByText(/^Status:/)).not.toHaveText('Status: New');
	}
}

/** "87 % known, 31 new words" of the shipped article on the article list. */
async function shareOnList(page: Page, js: boolean) {
	await open(page, '/', js);
	const item = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: shippedArticle.title }) });
	const text = ((await item.locator('.share').textContent()) ?? '').replace(/\s+/g, ' ');
	const [, percent, newWords] = /(\d+) % known, (\d+) new words?/.exec(text) ?? [];
	expect(percent, `share on the list: "${text}"`).toBeDefined();
	return { percent: Number(percent), newWords: Number(newWords) };
}

test('marked words keep their status in the text after reload, and the known share follows', async ({
	page,
	javaScriptEnabled: js
}) => {
	await setStatus(page, js, 'kesepakatan', 'sepakat', 'I know it');
	if (js) await expect(wordLink(page, 'kesepakatan')).toHaveClass(/\bk\b/); // at once, with JS
	await setStatus(page, js, 'menghukum', 'hukum', 'Learn it');
	const before = await shareOnList(page, js);

	await open(page, articlePath, js); // a fresh load: the statuses come from the server
	await expect(wordLink(page, 'kesepakatan')).toHaveClass('w k');
	await expect(wordLink(page, 'menghukum')).toHaveClass('w l1');
	await expect(page.locator('.text')).toHaveClass(/tracked/);
	const plain = page.locator('.text a.w:not(.k):not(.l1)').first();
	await expect(plain).toHaveClass('w'); // a new word
	// Told apart without colour: new dotted, learning solid, known not underlined.
	const decoration = (form: string) =>
		wordLink(page, form).evaluate(
			(e) => getComputedStyle(e).textDecorationStyle + ' ' + getComputedStyle(e).textDecorationLine
		);
	expect(await decoration('menghukum')).toBe('solid underline');
	expect(await decoration('kesepakatan')).toMatch(/none$/);
	expect(await plain.evaluate((e) => getComputedStyle(e).textDecorationStyle)).toBe('dotted');
	await expect(page.locator('.share')).toHaveText(
		`${before.percent} % known, ${before.newWords} new words`
	);

	await setStatus(page, js, 'yang', 'yang', 'I know it');
	const after = await shareOnList(page, js);
	expect(after.newWords).toBe(before.newWords - 1);
	expect(after.percent).toBeGreaterThan(before.percent);

	// "Mark the remaining new words as known", at the end of the text.
	await open(page, articlePath, js);
	await page.getByRole('button', { name: 'Mark the remaining new words as known' }).click();
	await expect(page.locator('.share')).toHaveText(/% known, 0 new words/);
	await expect(page.locator('.text a.w:not(.k)')).toHaveCount(
		await page.locator('.text a.w.l1').count()
	);
	const all = await shareOnList(page, js);
	expect(all.newWords).toBe(0);
	expect(all.percent).toBeGreaterThan(95);
	expect(all.percent).toBeLessThan(100); // menghukum is still being learned
});

test('your words: filter by status, change one, export a file Anki imports', async ({
	page,
	javaScriptEnabled: js
}) => {
	await setStatus(page, js, 'kesepakatan', 'sepakat', 'Learn it');
	await setStatus(page, js, 'menghukum', 'hukum', 'I know it');
	await open(page, '/words', js);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your words');
	const sepakat = page.locator('li#w-sepakat');
	await expect(sepakat.locator('.status')).toHaveText('Learning · stage 1');
	await expect(sepakat.locator('mark')).toHaveText('kesepakatan');
	await expect(sepakat.getByRole('link', { name: shippedArticle.title })).toBeVisible();
	await expect(page.locator('li#w-hukum .status')).toHaveText('Known');
	if (js) expect(await seriousViolations(page)).toEqual([]);

	await page
		.getByRole('navigation', { name: 'Show words' })
		.getByRole('link', { name: 'Known' })
		.click();
	await expect(page).toHaveURL(/\/words\?status=known$/);
	await expect(page.locator('.words li')).toHaveCount(1);
	await expect(page.locator('li#w-hukum')).toBeVisible();
	await open(page, '/words', js);

	// The export, checked field by field against what the page shows.
	const gloss = (await sepakat.locator('.gloss').textContent())!.trim();
	const sentence = (await sepakat.locator('.example').textContent())!.trim();
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Export for Anki' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('bacaan-words.txt');
	const lines = (await readFile((await download.path())!, 'utf8')).split('\n');
	expect(lines.slice(0, 4)).toEqual([
		'#separator:tab',
		'#html:false',
		'#columns:Word\tGloss\tExample\tArticle\tTags',
		'#tags column:5'
	]);
	const rows = lines
		.slice(4)
		.filter(Boolean)
		.map((line) => line.split('\t'));
	expect(rows).toHaveLength(2);
	for (const row of rows) expect(row).toHaveLength(5);
	const row = rows.find((r) => r[0] === 'sepakat')!;
	expect(row[1]).toBe(gloss);
	expect(gloss).not.toBe('');
	expect(row[2]).toBe(sentence);
	expect(row[2]).toContain('kesepakatan');
	expect(row[3]).toBe(shippedArticle.title);
	expect(row[4]).toBe(`bacaan learning ${shippedArticle.slug}`);
	expect(rows.find((r) => r[0] === 'hukum')![4]).toBe(`bacaan known ${shippedArticle.slug}`);

	// Change a status from the list, then remove the word.
	await sepakat.getByRole('button', { name: 'Ignore sepakat' }).click();
	await expect(page.locator('li#w-sepakat .status')).toHaveText('Ignored');
	await page.locator('li#w-sepakat').getByRole('button', { name: 'Remove sepakat' }).click();
	await expect(page.locator('li#w-sepakat')).toHaveCount(0);
	await expect(page.locator('.words li')).toHaveCount(1);
});

test('a status tap twice at once leaves one word', async ({ page, javaScriptEnabled: js }) => {
	test.skip(!js, 'sends the form twice from the page');
	await setStatus(page, js, 'menghukum', 'hukum', 'Learn it');
	// A double submission: the same form posted twice in parallel from the learner's session.
	const post = () =>
		page.request.post(`${articlePath}/words/hukum?/status`, {
			form: { status: 'known' },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
	const responses = await Promise.all([post(), post(), post()]);
	for (const r of responses) expect(r.status()).toBe(303);
	await open(page, '/words');
	await expect(page.locator('.words li')).toHaveCount(1);
	await expect(page.locator('li#w-hukum .status')).toHaveText('Known');
});

test('practise with typed recall and the flip card; each keeps the interval it showed', async ({
	page,
	javaScriptEnabled: js
}) => {
	await setStatus(page, js, 'kesepakatan', 'sepakat', 'Learn it');
	await setStatus(page, js, 'menghukum', 'hukum', 'Learn it');

	// Typed recall: the gloss and the sentence with a blank; the rating follows from the answer.
	await open(page, '/review', js);
	await page.getByRole('link', { name: 'Type the word' }).click();
	await expect(page).toHaveURL(/mode=typed/);
	const card = page.getByRole('region', { name: 'Card' });
	await expect(card.locator('.sentence')).not.toContainText('kesepakatan');
	await expect(card.locator('.blank')).toBeVisible();
	await expect(card.locator('.prompt strong')).not.toHaveText('this word');
	const promised = /Right: Good \(([^)]+)\)/.exec((await card.locator('.hint').textContent())!)![1];
	await card.getByLabel('The word in Indonesian').fill('kesepakatan');
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText(
		new RegExp(`^Right kesepakatan · Good,\\s+next in ${promised}$`)
	);
	const done = page.locator('.done li');
	await expect(done.filter({ hasText: 'sepakat' })).toHaveText(
		new RegExp(`sepakat · Good · next in ${promised}`)
	);
	if (js) expect(await seriousViolations(page)).toEqual([]);

	// The next card, typed wrong: Again.
	await card.getByLabel('The word in Indonesian').fill('salah');
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText(/^Not quite: it is menghukum · Again/);

	// The flip card, once hukum is due again: each button shows its interval, the answer keeps it.
	await setStatus(page, js, 'kesepakatan', 'sepakat', 'I know it');
	await open(page, `${articlePath}/words/hukum`, js);
	// Start hukum afresh, due now. Each post is awaited before the next: on PostgreSQL two posts in
	// flight may be stored in either order, and navigating away may cancel the second.
	const now = page.locator('form.status .status-now strong');
	await page.getByRole('button', { name: 'Remove' }).click();
	await expect(now).toHaveText('New');
	await page.getByRole('button', { name: 'Learn it' }).click();
	await expect(now).toHaveText('Learning');
	await open(page, '/review', js);
	await card.getByText('Show the meaning').click();
	const good = card.getByRole('button', { name: /Good/ });
	const shown = (await good.locator('.interval').textContent())!.trim();
	expect(shown).toMatch(/^\d+ (min|h|d|mo)$/);
	await expect(card.getByRole('button', { name: /Again/ }).locator('.interval')).not.toHaveText(
		shown
	);
	await good.click();
	await expect(done.filter({ hasText: 'hukum' })).toHaveText(`hukum · Good · next in ${shown}`);
});
