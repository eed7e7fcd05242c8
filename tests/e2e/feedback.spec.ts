/**
 * Quiz feedback and order questions as a student sees them, on every project and above all on the
 * 390×844 phone: the evidence once and as written (a quotation keeps its own quotes, no second
 * pair), the next step on the first screen, and an order question's sentences one to a line.
 * The quiz is a teacher's assignment of a made-up article cut down to two questions: its order
 * question and one whose evidence is a quotation. The phone project saves screenshots under
 * test-results/phone-screens/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { open } from '../support/e2e';
import * as school from '../support/e2e-school';

const text = readFileSync('tests/fixtures/text/made-up-pasar.txt', 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

async function screenshot(page: Page, project: string, name: string) {
	if (project === 'phone')
		await page.screenshot({ path: `test-results/phone-screens/${name}.png` });
}

test('feedback shows the evidence once, as written, with the next step on the first screen; order items one to a line', async ({
	page,
	baseURL,
	javaScriptEnabled: js
}, info) => {
	test.setTimeout(120_000);
	const tag = `${info.project.name}-${Date.now()}`;
	const teacher = await school.registered(baseURL!, 'Bu Wati', 'teacher', tag);
	const slug = await school.importArticle(teacher, `Pasar Magelang ${tag}`, text);
	// The item on the quotation ("Pembeli muda … uang tunai," kata …) is whichever one the pool has.
	await school.keepOnly(teacher, slug, [/^Urutkan/, /"(tunai|uang|seorang|pembeli|muda|jarang)"/]);
	const classroom = await school.createClass(teacher, `Kelas Pasar ${tag}`);
	await school.assign(teacher, classroom.id, slug);
	const student = await school.registered(baseURL!, 'Rani', 'student', tag);
	await school.joinClass(student, classroom.code);
	await page.context().addCookies((await student.http.storageState()).cookies);

	await open(page, `/articles/${slug}`, js);
	const articleText = squeeze(await page.locator('main .text').innerText());
	await open(page, `/articles/${slug}/quiz`, js);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const viewport = page.viewportSize()!;
	const seen = new Set<string>();
	for (let n = 1; n <= 2; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} / 2`);
		const prompt = page.locator('#prompt');
		const order = (await prompt.innerText()).startsWith('Urutkan');
		seen.add(order ? 'order' : 'quotation');
		if (order) {
			// A, B and C each on a line of their own, one below the other.
			const lines = prompt.locator('li');
			await expect(lines).toHaveCount(3);
			const boxes = await lines.evaluateAll((items) =>
				items.map((li) => {
					const r = li.getBoundingClientRect();
					return { top: r.top, bottom: r.bottom, text: li.textContent!.trim() };
				})
			);
			expect(boxes.map((b) => b.text.slice(0, 2))).toEqual(['A.', 'B.', 'C.']);
			for (let i = 1; i < boxes.length; i++)
				expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 1);
			await screenshot(page, info.project.name, 'order-question');
		}
		await page.locator('button.option').first().click();
		await expect(page.locator('#verdict')).toBeVisible();

		const feedback = page.locator('.feedback');
		const evidence = squeeze((await feedback.locator('mark').innerText()) ?? '');
		const said = squeeze(await feedback.innerText());
		expect(evidence.length).toBeGreaterThan(30);
		expect(articleText).toContain(evidence); // quotes and all, as in the article
		expect(said.split(evidence.slice(0, 40)).length - 1, 'the evidence appears once').toBe(1);
		expect(said).not.toMatch(/""|"“|”"/);

		const next = page.getByRole('link', { name: n < 2 ? 'Next question' : 'See your results' });
		const box = (await next.boundingBox())!;
		expect(box.y, 'the next step is on the first screen').toBeGreaterThanOrEqual(0);
		expect(box.y + box.height, 'the next step is on the first screen').toBeLessThanOrEqual(
			viewport.height
		);
		await screenshot(page, info.project.name, `feedback-${order ? 'order' : 'quotation'}`);
		await next.click();
	}
	expect([...seen].sort()).toEqual(['order', 'quotation']);
	await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
});
