import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { seriousAxeFindings } from '../support/axe';
import { open, shippedArticle } from '../support/e2e';
import { registerAs } from '../support/e2e-accounts';
import { joinClass, registered, startQuiz } from '../support/e2e-school';
import { expectInterfaceIn, localeOf, say } from '../support/messages';

// A teacher's pages in the interface language of the project (the "indonesian" project runs it;
// teacher.spec.ts covers the same pages in English in depth): create a class, set the shipped
// article, see a student's attempt in the dashboard and the report, and download the answers with
// headers in the teacher's language. Every page must be wholly in that language, with no serious
// axe finding.

async function expectAccessible(page: Page) {
	expect(await seriousAxeFindings(page)).toEqual([]);
}

test('a teacher sets an article for a class and follows it, all in the interface language', async ({
	page,
	baseURL
}, info) => {
	test.setTimeout(90_000);
	const locale = localeOf(info);
	const t = (key: string, inputs = {}) => say(locale, key, inputs);
	const tag = `${info.project.name}-${Date.now()}`;
	await registerAs(
		page,
		true,
		{ name: 'Bu Guru', email: `guru-${tag}@example.com`, role: 'teacher' },
		'/register',
		locale
	);
	await expectInterfaceIn(page, locale);
	await expect(page.getByRole('heading', { name: t('home_getting_started') })).toBeVisible();
	// The header's switch (a plain form): to the other language and back, kept on the account.
	const other = locale === 'id' ? ['en', 'English'] : ['id', 'Bahasa Indonesia'];
	const mine = locale === 'id' ? 'Bahasa Indonesia' : 'English';
	const here = page.url();
	await page.getByRole('banner').getByRole('button', { name: other[1] }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', other[0]);
	await page.getByRole('banner').getByRole('button', { name: mine }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page).toHaveURL(here); // back on the page the switch was used on

	await open(page, '/teacher/classes');
	await expectInterfaceIn(page, locale);
	await page.getByLabel(t('teacher_class_name')).fill('Kelas BIPA 1');
	await page.getByRole('button', { name: t('teacher_create_class') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kelas BIPA 1');
	const classPath = new URL(page.url()).pathname;
	const code = (await page.locator('.join-code').textContent())!.trim();

	await page.getByLabel(t('teacher_article')).selectOption(shippedArticle.slug);
	await page.getByRole('button', { name: t('teacher_set_for_class') }).click();
	const report = page.getByRole('link', { name: shippedArticle.title }).first();
	await expect(report).toBeVisible();
	await expectInterfaceIn(page, locale);
	await expectAccessible(page);

	// A student joins and answers a question.
	const student = await registered(baseURL!, 'Siswa Satu', 'student', tag);
	await joinClass(student, code);
	await startQuiz(student, shippedArticle.slug);

	await open(page, classPath);
	await expect(
		page.getByRole('heading', { name: t('teacher_students', { count: 1 }) })
	).toBeVisible();
	await expectInterfaceIn(page, locale);
	// The student's attempt, started now: its time written as the interface language writes it.
	await page.getByRole('link', { name: 'Siswa Satu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siswa Satu');
	await expectInterfaceIn(page, locale);
	await open(page, classPath);
	await report.click();
	await expect(page.getByRole('heading', { name: t('report_questions') })).toBeVisible();
	await expectInterfaceIn(page, locale);
	await expectAccessible(page);

	await open(page, '/teacher/articles');
	await expectInterfaceIn(page, locale);

	// Importing: the preview says the text's level and why, and a refused web address says why,
	// in the interface language (the language core's reason and the server's refusal are codes
	// and fixed phrases put into words by the page).
	await open(page, '/teacher/articles/new');
	await page.locator('input[name="title"]').fill('Sekolah Kami');
	await page.locator('input[name="source"]').fill('Catatan kelas');
	await page
		.locator('textarea[name="text"]')
		.fill(readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8'));
	await page.getByRole('button', { name: t('import_preview') }).click();
	await expect(page.locator('#preview .level')).toContainText(t('preview_level'));
	await expectInterfaceIn(page, locale);
	await open(page, '/import');
	await page.getByLabel(t('import_address')).fill('file:///etc/passwd');
	await page.getByRole('button', { name: t('import_fetch') }).click();
	await expect(page.getByText(t('import_refused_scheme', { scheme: 'file' }))).toBeVisible();
	await expectInterfaceIn(page, locale);

	const csv = await (await page.request.get(`${classPath}/answers.csv`)).text();
	expect(csv.split('\n')[0]).toContain(`${t('csv_student')},${t('csv_assignment')}`);
	const roster = await (await page.request.get(`${classPath}/roster.csv`)).text();
	expect(roster.split('\n')[0]).toContain(t('csv_average'));
});
