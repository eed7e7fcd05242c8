import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { seriousAxeFindings } from '../support/axe';
import { open } from '../support/e2e';
import { registerAs } from '../support/e2e-accounts';
import * as school from '../support/e2e-school';

/**
 * The first three paragraphs of a made-up article, pasted as HTML with a scraping leftover between
 * them: enough text for four visible multiple-choice questions now that the draft kinds are not built.
 */
const [lead, second, third] = readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8').split(
	'\n'
);
const pasted = `<p>${lead}</p>\n<p>Baca Juga: Sekolah Lain Ikut Berbagi Buku</p>\n<p>${second.replace('&', '&amp;')}</p>\n<p>${third.replace('&', '&amp;')}</p>`;

/** Serious and critical axe findings on the page (axe runs in the page, so with JavaScript only). */
async function seriousViolations(page: Page, js: boolean): Promise<string[]> {
	return js ? seriousAxeFindings(page) : [];
}

interface Reviewed {
	id: string;
	prompt: string;
	options: string[];
	key: string;
	typed: boolean;
	/** Low-scored kinds start hidden. */
	hidden: boolean;
}

/** The questions on the review page, read from the markup the teacher sees. */
async function readQuestions(page: Page): Promise<Reviewed[]> {
	return page.locator('ol.questions > li').evaluateAll((items) =>
		items.map((li) => ({
			id: li.id.slice(2),
			prompt: li.querySelector('.prompt')!.textContent!.trim(),
			options: [...li.querySelectorAll('.options > li')].map((o) =>
				o.firstChild!.textContent!.trim()
			),
			key: li.querySelector('.options > li.key')?.firstChild?.textContent?.trim() ?? '',
			typed: li.textContent!.includes('Typed answer:'),
			hidden: li.classList.contains('hidden')
		}))
	);
}

/** A student answers every question with `choose(prompt)`, and returns what they chose per prompt. */
async function takeQuiz(page: Page, js: boolean, slug: string, choose: (prompt: string) => string) {
	await open(page, `/articles/${slug}/quiz`, js);
	await expect(page.getByText('4 questions about the article')).toBeVisible(); // the assignment's number, not the default
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const given = new Map<string, string>();
	for (let n = 1; n <= 4; n++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} / 4`);
		const prompt = (await page.locator('#prompt').textContent())!.trim();
		const answer = choose(prompt);
		given.set(prompt, answer);
		await page.getByRole('button', { name: answer, exact: true }).click();
		await expect(page.locator('#verdict')).toBeVisible();
		await page.getByRole('link', { name: n < 4 ? 'Next question' : 'See your results' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	return given;
}

/** The ticked steps of the first-run checklist on the teacher's home page; null once it is gone. */
async function firstStepsDone(page: Page, js: boolean): Promise<string[] | null> {
	await open(page, '/', js);
	const checklist = page.getByRole('region', { name: 'Getting started' });
	if ((await checklist.count()) === 0) return null;
	return checklist.locator('li.done a').allTextContents();
}

/** Creates a class and sets the article for it; returns the class page's path and the join code. */
async function classWith(page: Page, js: boolean, name: string, slug: string, dueOn?: string) {
	await open(page, '/teacher/classes', js);
	await page.getByLabel('Class name').fill(name);
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const classUrl = new URL(page.url()).pathname;
	const code = (await page.locator('.join-code').textContent())!.replace('-', '');
	await page.getByLabel('Article').selectOption(slug);
	if (dueOn) await page.getByLabel('Due date (optional)').fill(dueOn);
	await page.getByRole('button', { name: 'Set for the class' }).click();
	return { classUrl, code };
}

async function newStudent(browser: Browser, js: boolean, name: string, tag: string, code: string) {
	const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
	await registerAs(page, js, {
		name,
		email: `${name.replace(/[^a-z]/gi, '').toLowerCase()}-${tag}@example.com`,
		role: 'student'
	});
	await open(page, `/classes?code=${code}`, js);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('status')).toContainText('You joined');
	return page;
}

/** Reads RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

test('a teacher imports, reviews and assigns; two students answer; dashboard, report and CSV show exactly those answers', async ({
	page,
	browser,
	javaScriptEnabled: js
}, info) => {
	test.setTimeout(240_000);
	const tag = `${info.project.name}-${Date.now()}`;
	const title = `Perpustakaan Keliling ${tag}`;
	await registerAs(page, js, {
		name: 'Bu Ratna',
		email: `ratna-${tag}@example.com`,
		role: 'teacher'
	});
	expect(await firstStepsDone(page, js)).toEqual([]);

	// Import: the preview shows clean text (no HTML, no "Baca Juga"), vocabulary and questions; publishing lands on the questions.
	await page.getByRole('banner').getByRole('link', { name: 'Teaching articles' }).click();
	await page.getByRole('link', { name: 'Import an article' }).click();
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Article text').fill(pasted); // Source left empty: the dateline names it
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { name: 'Preview' })).toBeInViewport();
	if (js) await expect(page.getByRole('region', { name: 'Preview' })).toBeFocused();
	await expect(page.getByLabel('Source')).toHaveValue('Liputan6.com');
	await expect(page.getByText('We took the HTML out')).toBeVisible();
	const preview = page.locator('.preview .text');
	await expect(preview.locator('p')).toHaveCount(3);
	await expect(preview).toContainText('perpustakaan keliling');
	await expect(preview).not.toContainText('Baca Juga');
	await expect(preview).not.toContainText('<p>');
	expect(await seriousViolations(page, js)).toEqual([]);
	await page.getByRole('button', { name: 'Publish for my classes' }).click();
	await expect(page.getByRole('status')).toContainText('Published for your classes');
	const slug = new URL(page.url()).pathname.split('/')[3];
	expect(await firstStepsDone(page, js)).toEqual(['Choose an article, or import one']);
	await open(page, `/teacher/articles/${slug}/questions`, js);

	// Review: keep four multiple-choice questions, hide the rest, and make one of the four faulty on purpose.
	const all = await readQuestions(page);
	const keep = all.filter((q) => !q.typed && !q.hidden && q.options.length >= 2).slice(0, 4);
	const faulty = keep.find((q) => q.options.length >= 3) ?? keep[0];
	expect(keep).toHaveLength(4);
	for (const q of all.filter((q) => !keep.includes(q) && !q.hidden)) {
		await page
			.locator(`li#q-${q.id}`)
			.getByRole('button', { name: /^Hide question/ })
			.click();
		await expect(page.locator(`li#q-${q.id}`)).toHaveClass(/hidden/);
	}
	await expect(page.getByText('4 visible questions')).toBeVisible();
	expect(await seriousViolations(page, js)).toEqual([]);
	await page
		.locator(`li#q-${faulty.id}`)
		.getByRole('link', { name: /^Edit question/ })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit a question' })).toBeVisible();
	expect(await seriousViolations(page, js)).toEqual([]);
	const wrongKey = faulty.options.find((o) => o !== faulty.key)!;
	await page.getByLabel(`Option ${faulty.options.indexOf(wrongKey) + 1} is correct`).check();
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page.locator(`li#q-${faulty.id}`)).toContainText('edited (version 2)');
	await expect(page.locator(`li#q-${faulty.id} .options li.key`)).toContainText(wrongKey);

	// A gloss correction for the class.
	await open(page, `/teacher/articles/${slug}/glosses`, js);
	await page.locator('#gloss-desa').fill('village (kampung)');
	await page.locator('li#w-desa').getByRole('button', { name: 'Save the meaning of desa' }).click();
	await expect(page.locator('li#w-desa')).toContainText('Your students see: village (kampung)');
	expect(await seriousViolations(page, js)).toEqual([]);

	// A class, and the assignment (the number of questions left empty: all four visible ones).
	const { classUrl, code } = await classWith(
		page,
		js,
		`Kelas ${tag}`,
		slug,
		new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
	);
	await expect(page.locator('.assignments')).toContainText(title);
	await expect(page.locator('.assignments')).toContainText('4 questions');
	expect(await firstStepsDone(page, js)).toBeNull(); // all three done: the checklist steps aside

	// Two students: Sari answers the true key everywhere (so she "misses" the faulty question), Budi the opposite.
	const trueKey = new Map(keep.map((q) => [q.prompt, q.key]));
	const wrongOf = new Map(
		keep.map((q) => [q.prompt, q === faulty ? wrongKey : q.options.find((o) => o !== q.key)!])
	);
	const sari = await newStudent(browser, js, 'Sari', tag, code);
	await open(sari, '/', js);
	await expect(
		sari.getByRole('region', { name: 'Your assignments' }).locator('li', { hasText: title })
	).toContainText('Not started');
	const sariGave = await takeQuiz(sari, js, slug, (p) => trueKey.get(p)!);
	await expect(sari.locator('.score')).toHaveText('3 / 4 right');
	await open(sari, `/articles/${slug}/words/desa`, js);
	await expect(sari.getByText('village (kampung)')).toBeVisible();
	const budi = await newStudent(browser, js, 'Budi', tag, code);
	const budiGave = await takeQuiz(budi, js, slug, (p) => wrongOf.get(p)!);
	await expect(budi.locator('.score')).toHaveText('1 / 4 right');
	await open(budi, '/', js);
	await expect(
		budi.getByRole('region', { name: 'Your assignments' }).locator('li', { hasText: title })
	).toContainText('Done');
	for (const p of keep.map((q) => q.prompt)) expect(sariGave.has(p) && budiGave.has(p)).toBe(true);

	// The dashboard: best scores, class average.
	await open(page, classUrl, js);
	const roster = page.locator('table.roster');
	await expect(roster.getByRole('row', { name: /Sari/ })).toContainText('75 %');
	await expect(roster.getByRole('row', { name: /Budi/ })).toContainText('25 %');
	await expect(roster.locator('tfoot')).toContainText('50 %');
	await expect(page.getByRole('img', { name: /Best scores of the class: 2 scores/ })).toBeVisible();
	expect(await seriousViolations(page, js)).toEqual([]);

	// The report flags the faulty question, and only it; one click hides it.
	await roster.getByRole('link', { name: title }).click();
	await expect(page.getByText('2 of 2 students finished')).toBeVisible();
	const items = page.locator('ol.questions > li');
	await expect(items).toHaveCount(4);
	const flagged = items.filter({ hasText: 'Probably faulty' });
	await expect(flagged).toHaveCount(1);
	await expect(flagged.locator('.prompt')).toHaveText(faulty.prompt);
	await expect(flagged).toContainText(
		'Strong students chose a wrong option more often than the key'
	);
	await expect(flagged).toContainText('Strong students miss it more often than weak ones');
	expect(await seriousViolations(page, js)).toEqual([]);
	await flagged.getByRole('button', { name: /^Hide this question/ }).click();
	await expect(items.filter({ hasText: faulty.prompt })).toContainText('hidden');

	// The CSV exports: exactly the eight answers given, and the table.
	const answersCsv = parseCsv(await (await page.request.get(`${classUrl}/answers.csv`)).text());
	const [header, ...rows] = answersCsv;
	const col = (name: string) => header.indexOf(name);
	expect(rows).toHaveLength(8);
	for (const [name, gave] of [
		['Sari', sariGave],
		['Budi', budiGave]
	] as const) {
		const mine = rows.filter((r) => r[col('Student')] === name);
		expect(mine.map((r) => [r[col('Question')], r[col('Answer given')]]).sort()).toEqual(
			[...gave].sort()
		);
	}
	expect(rows.filter((r) => r[col('Correct')] === 'yes')).toHaveLength(4);
	const rosterCsv = parseCsv(await (await page.request.get(`${classUrl}/roster.csv`)).text());
	expect(rosterCsv[0]).toEqual([
		'Student',
		`${title}: best %`,
		`${title}: attempts`,
		`${title}: status`,
		'Average %'
	]);
	expect(rosterCsv.slice(1).sort()).toEqual([
		['Budi', '25', '1', 'Done', '25'],
		['Sari', '75', '1', 'Done', '75']
	]);

	await sari.context().close();
	await budi.context().close();
});

test('markup in an imported title, a source and a student’s name shows as text on every teacher page', async ({
	page,
	browser,
	javaScriptEnabled: js
}, info) => {
	test.setTimeout(120_000);
	const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>';
	const tag = `${info.project.name}-${Date.now()}`;
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await registerAs(page, js, {
		name: 'Bu Sinta',
		email: `sinta-${tag}@example.com`,
		role: 'teacher'
	});
	await open(page, '/teacher/articles/new', js);
	await page.getByLabel('Title').fill(`Judul ${markup}`);
	await page.getByLabel('Source').fill(markup.slice(0, 90));
	await page.getByLabel('Article text').fill(`${lead}\n${second}`);
	await page.getByRole('button', { name: 'Preview' }).click();
	await page.getByRole('button', { name: 'Publish for my classes' }).click();
	await expect(page.locator('main p.title')).toHaveText(`Judul ${markup}`);
	const slug = new URL(page.url()).pathname.split('/')[3];
	await open(page, '/teacher/articles', js);
	await expect(page.getByRole('link', { name: `Judul ${markup}` })).toBeVisible();

	const { classUrl, code } = await classWith(page, js, `Kelas ${tag}`, slug);
	const student = await newStudent(browser, js, `Murid${markup}`, tag, code);
	student.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await open(student, '/', js);
	await expect(student.getByRole('region', { name: 'Your assignments' })).toContainText(
		`Judul ${markup}`
	);

	await open(page, classUrl, js);
	await expect(page.locator('table.roster')).toContainText(`Murid${markup}`);
	await page
		.locator('table.roster')
		.getByRole('link', { name: `Murid${markup}` })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Murid${markup}`);
	await open(page, classUrl, js);
	await page
		.locator('table.roster')
		.getByRole('link', { name: `Judul ${markup}` })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Judul ${markup}`);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(dialogs).toEqual([]);
	await student.context().close();
});

test('a new teacher’s checklist ticks off the class and points to it for setting an article', async ({
	page,
	baseURL,
	javaScriptEnabled: js
}, info) => {
	const teacher = await school.registered(
		baseURL!,
		'Pak Joko',
		'teacher',
		`${info.project.name}-${Date.now()}`
	);
	const classroom = await school.createClass(teacher, `Kelas Joko ${info.project.name}`);
	await page.context().addCookies((await teacher.http.storageState()).cookies);
	expect(await firstStepsDone(page, js)).toEqual(['Create a class']);
	const checklist = page.getByRole('region', { name: 'Getting started' });
	await expect(checklist).toContainText('2 of 3 steps to go');
	await checklist.getByRole('link', { name: 'Set it for your class' }).click();
	await expect(page).toHaveURL(new RegExp(`/teacher/classes/${classroom.id}$`));
	expect(await seriousViolations(page, js)).toEqual([]);
});

test('a class of 30 students × 20 assignments takes the width of a laptop, and scrolls only inside the table on a phone', async ({
	page,
	baseURL
}, info) => {
	test.skip(info.project.name !== 'desktop', 'one check at 1280 px and 390 px, with JavaScript');
	test.setTimeout(240_000);
	const tag = `wide-${Date.now()}`;
	const teacher = await school.registered(baseURL!, 'Bu Lebar', 'teacher', tag);
	const classroom = await school.fullClass(teacher, tag, { students: 30, articles: 20 });
	await page.context().addCookies((await teacher.http.storageState()).cookies);
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, `/teacher/classes/${classroom.id}`);
	const roster = page.locator('table.roster');
	await expect(roster.locator('tbody tr')).toHaveCount(30);
	await expect(roster.locator('thead th')).toHaveCount(22); // name, 20 assignments, average

	/** The page's and the table's geometry: widths, and where the first column sits. */
	const measure = () =>
		page.evaluate(() => {
			const main = document.querySelector('main')!.getBoundingClientRect();
			const scroller = document.querySelector('table.roster')!.parentElement!;
			const name = document.querySelector('table.roster tbody th')!.getBoundingClientRect();
			return {
				main: main.width,
				pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				tableScrolls: scroller.scrollWidth > scroller.clientWidth,
				scrollerLeft: scroller.getBoundingClientRect().left,
				nameLeft: name.left
			};
		});
	const scrollTableToEnd = () =>
		page.locator('table.roster').evaluate((table) => {
			const scroller = table.parentElement!;
			scroller.scrollLeft = scroller.scrollWidth;
		});

	const laptop = await measure();
	expect(laptop.main, 'the class page uses the laptop’s width').toBeGreaterThan(1200);
	expect(laptop.pageOverflow, 'the page itself never scrolls sideways').toBeLessThanOrEqual(0);
	if (laptop.tableScrolls) {
		await scrollTableToEnd();
		const scrolled = await measure();
		expect(Math.abs(scrolled.nameLeft - scrolled.scrollerLeft)).toBeLessThanOrEqual(1);
	}
	expect(await seriousViolations(page, true)).toEqual([]);
	await page.screenshot({ path: 'test-results/phone-screens/roster-laptop.png' });

	await page.setViewportSize({ width: 390, height: 844 });
	await roster.locator('tbody tr').first().scrollIntoViewIfNeeded();
	const phone = await measure();
	expect(phone.pageOverflow, 'on a phone only the table scrolls').toBeLessThanOrEqual(0);
	expect(phone.tableScrolls).toBe(true);
	await scrollTableToEnd();
	const scrolled = await measure();
	expect(
		Math.abs(scrolled.nameLeft - scrolled.scrollerLeft),
		'the names stay put'
	).toBeLessThanOrEqual(1);
	await page.screenshot({ path: 'test-results/phone-screens/roster-phone.png' });
});
