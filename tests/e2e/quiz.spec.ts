import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { seriousAxeFindings } from '../support/axe';
import { open, shippedArticle } from '../support/e2e';

const quizPath = `/articles/${shippedArticle.slug}/quiz`;

/** Presses Tab until `target` has focus: proof that it can be reached with the keyboard alone. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 60; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the element with Tab');
}

async function startQuiz(page: Page, javaScriptEnabled: boolean) {
	await open(page, `/articles/${shippedArticle.slug}`, javaScriptEnabled);
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
	if (javaScriptEnabled)
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 / 10');
}

/** Answers the question on screen (the first option, or a typed guess) and returns the verdict. */
async function answer(page: Page, keyboard = false): Promise<string> {
	const typed = page.getByLabel('Your answer');
	if (await typed.count()) {
		await (keyboard ? tabTo(page, typed) : typed.focus());
		await page.keyboard.type('rumah');
		await page.keyboard.press('Enter');
	} else {
		const option = page.locator('button.option').first();
		if (keyboard) {
			await tabTo(page, option);
			await page.keyboard.press('Enter');
		} else await option.click();
	}
	const verdict = page.locator('#verdict');
	await expect(verdict).toHaveText(/^(Right|Not quite|Almost: check the spelling)$/);
	return (await verdict.textContent())!;
}

test('a guest reads, takes the quiz, sees feedback and results, and starts again', async ({
	page,
	javaScriptEnabled
}) => {
	await startQuiz(page, javaScriptEnabled);
	let right = 0;
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} / 10`);
		await expect(page.getByText('Correct answer')).toHaveCount(0); // nothing given away before answering
		if ((await answer(page)) === 'Right') right += 1;
		await expect(page.locator('.feedback mark')).toBeVisible(); // the evidence sentence, highlighted
		await expect(page.getByText(`${n} answered`)).toBeVisible();
		await page.getByRole('link', { name: n < 10 ? 'Next question' : 'See your results' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	await expect(page.locator('.score')).toHaveText(`${right} / 10 right`);
	await expect(page.locator('.items > li')).toHaveCount(10);
	await expect(page.locator('.items .verdict', { hasText: 'Right' })).toHaveCount(right);

	await page.getByRole('button', { name: 'New attempt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 / 10');
	expect(page.url()).not.toContain('/results');
});

test('coming back resumes at the first unanswered question, and an answered question keeps its answer', async ({
	page,
	javaScriptEnabled
}) => {
	await startQuiz(page, javaScriptEnabled);
	const first = page.url();
	const verdict = await answer(page);
	const stored = await page.locator('.feedback p').first().textContent();
	await page.getByRole('link', { name: 'Next question' }).click();
	await answer(page);

	await page.goto(first);
	await expect(page.locator('input[name=question]')).toHaveCount(0); // feedback, not the form again
	await expect(page.locator('#verdict')).toHaveText(verdict);
	await expect(page.locator('.feedback p').first()).toHaveText(stored!);

	await open(page, quizPath, javaScriptEnabled);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 3 / 10');
	await expect(page.getByText('2 answered')).toBeVisible();
});

test('an answer posted twice is stored once and reported the same way', async ({
	page,
	javaScriptEnabled,
	baseURL
}) => {
	await startQuiz(page, javaScriptEnabled);
	const url = page.url();
	const questionId = await page.locator('input[name=question]').inputValue();
	const typed = (await page.getByLabel('Your answer').count()) > 0;
	const options = typed
		? ['rumah', 'sekolah']
		: await page.locator('button.option').allTextContents();
	const post = (response: string) =>
		page.request.post(`${url}?/answer`, {
			form: { question: questionId, response },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
	const [a, b] = await Promise.all([post(options[0].trim()), post(options[1].trim())]);
	expect([a.status(), b.status()]).toEqual([303, 303]);
	await page.goto(url);
	const shown = await page.locator('.feedback p').first().textContent();
	expect([`Your answer: ${options[0].trim()}`, `Your answer: ${options[1].trim()}`]).toContain(
		shown
	);
	await page.reload();
	await expect(page.locator('.feedback p').first()).toHaveText(shown!);
});

test('the quiz can be done with the keyboard alone and has no serious accessibility problems', async ({
	page,
	javaScriptEnabled
}) => {
	test.setTimeout(120_000);
	await startQuiz(page, javaScriptEnabled);
	// axe runs inside the page, so only where JavaScript runs; without it the server sends the same markup.
	const checkAxe = async () => {
		if (!javaScriptEnabled) return;
		expect(await seriousAxeFindings(page)).toEqual([]);
	};
	await checkAxe();
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} / 10`);
		await answer(page, true);
		// With JavaScript the feedback appears in place and takes the focus; without, the page reloads.
		if (javaScriptEnabled) await expect(page.locator('.feedback')).toBeFocused();
		if (n === 1) await checkAxe();
		const next = page.getByRole('link', { name: n < 10 ? 'Next question' : 'See your results' });
		await tabTo(page, next);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	await checkAxe();
});

test('another learner gets 404 for an attempt that is not theirs, a signed-out visitor the sign-in page', async ({
	page,
	browser,
	javaScriptEnabled,
	baseURL,
	problems
}) => {
	problems.allow(/\/quiz\/\d+\/(\d+|results)$/); // the other learner's question and results
	await startQuiz(page, javaScriptEnabled);
	const url = page.url();
	const stranger = await browser.newContext({ javaScriptEnabled });
	const other = await stranger.newPage();
	expect((await other.goto(url))?.status()).toBe(200);
	await expect(other).toHaveURL(/\/login\?redirectTo=/);
	await startQuiz(other, javaScriptEnabled); // now a guest with an attempt of their own
	const response = await other.goto(url);
	expect(response?.status()).toBe(404);
	const results = await other.goto(url.replace(/\/\d+$/, '/results'));
	expect(results?.status()).toBe(404);
	const questionId = await page.locator('input[name=question]').inputValue();
	const post = await other.request.post(`${url}?/answer`, {
		form: { question: questionId, response: 'x' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(post.status()).toBe(404);
	await stranger.close();
});
