import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { seriousAxeFindings } from '../support/axe';
import { open, shippedArticle } from '../support/e2e';
import { registerAs } from '../support/e2e-accounts';
import { expectInterfaceIn, localeOf, say, type Locale } from '../support/messages';

// The whole self-study journey, as one guest: read, look a word up, take the quiz, review, and
// register at the end without losing anything. Runs on desktop, phone and without JavaScript, and
// in Indonesian (the "indonesian" project), where every page visited must be in Indonesian.

const articlePath = `/articles/${shippedArticle.slug}`;

async function expectNoSeriousAxeViolations(page: Page, javaScriptEnabled: boolean) {
	if (!javaScriptEnabled) return; // axe runs inside the page; the server sends the same markup either way
	// The phone gets the desktop's markup (quiz.spec.ts and words.spec.ts check its layouts with
	// axe); the time goes to the Indonesian project, whose markup differs in language.
	if (test.info().project.name === 'phone') return;
	expect(await seriousAxeFindings(page)).toEqual([]);
}

async function answerAll(page: Page, locale: Locale): Promise<number> {
	const t = (key: string, inputs = {}) => say(locale, key, inputs);
	let right = 0;
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			t('quiz_question_heading', { position: n, total: 10 })
		);
		if (n === 1) await expectInterfaceIn(page, locale);
		const typed = page.getByLabel(t('quiz_answer_label'));
		if (await typed.count()) {
			await typed.fill('salah');
			await page.getByRole('button', { name: t('quiz_check') }).click();
		} else await page.locator('button.option').first().click();
		const verdict = page.locator('#verdict');
		const verdicts = [t('quiz_right'), t('quiz_not_quite'), t('quiz_almost')];
		await expect(verdict).toHaveText(new RegExp(`^(${verdicts.join('|')})$`));
		if ((await verdict.textContent()) === t('quiz_right')) right += 1;
		if (n === 1) await expectInterfaceIn(page, locale);
		await page.getByRole('link', { name: t(n < 10 ? 'quiz_next' : 'quiz_see_results') }).click();
	}
	return right;
}

test('a guest reads, looks up a word, takes the quiz, reviews, registers and keeps it all', async ({
	page,
	javaScriptEnabled
}, info) => {
	test.setTimeout(120_000);
	const locale = localeOf(info);
	const t = (key: string, inputs = {}) => say(locale, key, inputs);
	const learning = `${t('status_form_now')} ${t('word_status_learning')}`;
	await open(page, '/', javaScriptEnabled);
	await expectInterfaceIn(page, locale);
	await open(page, articlePath, javaScriptEnabled);
	await expectNoSeriousAxeViolations(page, javaScriptEnabled);
	await expectInterfaceIn(page, locale);

	// Look a word up: the panel with JavaScript, the word page without.
	if (javaScriptEnabled) {
		await page.getByRole('link', { name: 'kesepakatan', exact: true }).click();
		const panel = page.getByRole('complementary', { name: t('panel_label') });
		await expect(panel).toContainText('ke- + sepakat + -an');
		// The core's note on the affix, in the interface language.
		await expect(panel).toContainText(t('affix_confix_ke_an'));
		await panel.getByRole('button', { name: t('status_form_learn') }).click();
		await expect(panel.getByText(learning)).toBeVisible();
		await expectInterfaceIn(page, locale);
		// The word's own page: its part of speech and affix notes in the interface language too.
		await open(page, `${articlePath}/words/sepakat`, javaScriptEnabled);
		await expect(page.locator('main')).toContainText(`${t('pos_adj')} · ${t('format_band_2')}`);
		await expect(page.locator('main')).toContainText(t('affix_confix_ke_an'));
		await expectInterfaceIn(page, locale);
	} else {
		await page.getByRole('link', { name: 'kesepakatan', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('sepakat');
		await page.getByRole('button', { name: t('status_form_learn') }).click();
		await expect(page.getByText(learning)).toBeVisible();
	}

	// The quiz, with feedback after each answer and the results at the end.
	await open(page, `${articlePath}/quiz`, javaScriptEnabled);
	await expectInterfaceIn(page, locale);
	await page.getByRole('button', { name: t('quiz_start') }).click();
	const right = await answerAll(page, locale);
	await expect(page.locator('.score')).toHaveText(`${right} / 10 ${t('results_right_count')}`);
	await expectInterfaceIn(page, locale);

	// Review: the added word is due.
	await open(page, '/review', javaScriptEnabled);
	const card = page.getByRole('region', { name: t('review_card') });
	await expect(card).toBeVisible();
	await expectInterfaceIn(page, locale);

	// Register as a student: the same progress is still there.
	await page
		.getByRole('banner')
		.getByRole('link', { name: t('nav_save_progress') })
		.click();
	await expect(page).toHaveURL(/\/register/);
	await registerAs(
		page,
		javaScriptEnabled,
		{
			name: 'Pembaca',
			email: `journey-${info.project.name}-${Date.now()}@example.com`,
			role: 'student'
		},
		page.url(),
		locale
	);
	await expect(page.getByRole('status')).toHaveText(t('nav_welcome_kept'));
	await open(page, '/me', javaScriptEnabled);
	await expect(page.getByText(t('me_guest'))).toBeHidden();
	await expect(page.locator('main')).toContainText(t('chart_of', { correct: right, total: 10 }));
	await expectNoSeriousAxeViolations(page, javaScriptEnabled);
	await expectInterfaceIn(page, locale);
	await open(page, '/review', javaScriptEnabled);
	await expect(page.getByRole('region', { name: t('review_card') })).toBeVisible();
});
