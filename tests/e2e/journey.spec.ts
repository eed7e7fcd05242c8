import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { open, shippedArticle } from '../support/e2e';
import { registerAs } from '../support/e2e-accounts';

// The whole self-study journey, as one guest: read, look a word up, take the quiz, review, and
// register at the end without losing anything. Runs on desktop, phone and without JavaScript.

const articlePath = `/articles/${shippedArticle.slug}`;

async function expectNoSeriousAxeViolations(page: Page, javaScriptEnabled: boolean) {
	if (!javaScriptEnabled) return; // axe runs inside the page; the server sends the same markup either way
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes[0]?.target}`)
	).toEqual([]);
}

async function answerAll(page: Page): Promise<number> {
	let right = 0;
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} / 10`);
		const typed = page.getByLabel('Your answer');
		if (await typed.count()) {
			await typed.fill('salah');
			await page.getByRole('button', { name: /Check|Answer/ }).click();
		} else await page.locator('button.option').first().click();
		const verdict = page.locator('#verdict');
		await expect(verdict).toHaveText(/^(Right|Not quite|Almost: check the spelling)$/);
		if ((await verdict.textContent()) === 'Right') right += 1;
		await page.getByRole('link', { name: n < 10 ? 'Next question' : 'See your results' }).click();
	}
	return right;
}

test('a guest reads, looks up a word, takes the quiz, reviews, registers and keeps it all', async ({
	page,
	javaScriptEnabled
}, info) => {
	test.setTimeout(120_000);
	await open(page, articlePath, javaScriptEnabled);
	await expectNoSeriousAxeViolations(page, javaScriptEnabled);

	// Look a word up: the panel with JavaScript, the word page without.
	if (javaScriptEnabled) {
		await page.getByRole('link', { name: 'kesepakatan', exact: true }).click();
		const panel = page.getByRole('complementary', { name: 'Word details' });
		await expect(panel).toContainText('ke- + sepakat + -an');
		await panel.getByRole('button', { name: 'Learn it' }).click();
		await expect(panel.getByText('Status: Learning')).toBeVisible();
	} else {
		await page.getByRole('link', { name: 'kesepakatan', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('sepakat');
		await page.getByRole('button', { name: 'Learn it' }).click();
		await expect(page.getByText('Status: Learning')).toBeVisible();
	}

	// The quiz, with feedback after each answer and the results at the end.
	await open(page, `${articlePath}/quiz`, javaScriptEnabled);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const right = await answerAll(page);
	await expect(page.locator('.score')).toHaveText(`${right} / 10 right`);

	// Review: the added word is due.
	await open(page, '/review', javaScriptEnabled);
	const card = page.getByRole('region', { name: 'Card' });
	await expect(card).toBeVisible();

	// Register as a student: the same progress is still there.
	await page.getByRole('banner').getByRole('link', { name: 'Save your progress' }).click();
	await expect(page).toHaveURL(/\/register/);
	await registerAs(
		page,
		javaScriptEnabled,
		{
			name: 'Pembaca',
			email: `journey-${info.project.name}-${Date.now()}@example.com`,
			role: 'student'
		},
		page.url()
	);
	await expect(page.getByRole('status')).toContainText('everything you did as a guest is kept');
	await open(page, '/me', javaScriptEnabled);
	await expect(page.getByText('You are reading as a guest.')).toBeHidden();
	await expect(page.locator('main')).toContainText(`${right} of 10`);
	await expectNoSeriousAxeViolations(page, javaScriptEnabled);
	await open(page, '/review', javaScriptEnabled);
	await expect(page.getByRole('region', { name: 'Card' })).toBeVisible();
});
