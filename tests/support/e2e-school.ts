/**
 * Builds a small school over HTTP, the way browsers without JavaScript would: plain form posts
 * (with our own Origin, or SvelteKit's CSRF check refuses them), one cookie jar per person.
 * Two teachers with a class each, a student in each class, a guest; teacher A's class has an
 * imported article, an assignment of it, a student added by name, and student A's quiz attempts.
 */
import { readFileSync } from 'node:fs';
import { expect, request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { e2ePassword } from './e2e-accounts';
import { shippedArticle } from './e2e';

export interface Person {
	http: APIRequestContext;
	id?: number;
}

export const importedText = readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8');

/**
 * A cookie jar that posts forms as our own pages do without JavaScript (asking for HTML: with
 * Playwright's default `*\/*` SvelteKit would answer as to `use:enhance`), never following redirects.
 */
export async function agent(baseURL: string): Promise<APIRequestContext> {
	return request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
}

export async function post(
	who: APIRequestContext,
	path: string,
	form: Record<string, string> = {}
): Promise<APIResponse> {
	return who.post(path, { form, maxRedirects: 0 });
}

/** The Location of a 303, failing with the body's start when the answer was anything else. */
export async function redirected(response: APIResponse): Promise<string> {
	expect(response.status(), (await response.text()).slice(0, 300)).toBe(303);
	return response.headers()['location'];
}

/** The first capture of `pattern` in the page at `path` (read as `who`). */
export async function scrape(
	who: APIRequestContext,
	path: string,
	pattern: RegExp
): Promise<string> {
	const response = await who.get(path, { maxRedirects: 0 });
	const html = await response.text();
	const match = pattern.exec(html);
	expect(match, `${pattern} in ${path} (${response.status()})`).not.toBeNull();
	return match![1];
}

export async function registered(
	baseURL: string,
	displayName: string,
	role: 'student' | 'teacher',
	tag: string
): Promise<Person> {
	const http = await agent(baseURL);
	const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '')}-${tag}@example.com`;
	await redirected(
		await post(http, '/register', { displayName, email, password: e2ePassword, role })
	);
	return { http };
}

export async function createClass(
	teacher: Person,
	name: string
): Promise<{ id: number; code: string }> {
	const location = await redirected(await post(teacher.http, '/teacher/classes?/create', { name }));
	const id = Number(/\/teacher\/classes\/(\d+)$/.exec(location)?.[1]);
	const code = await scrape(teacher.http, location, /\/join\/([A-Z2-9]{8})/);
	return { id, code };
}

export async function joinClass(student: Person, code: string): Promise<void> {
	expect(await redirected(await post(student.http, '/join', { code }))).toMatch(
		/^\/classes\?joined=\d+$/
	);
}

/** Publishes an article (by default the made-up school story) for the teacher's classes; returns its slug. */
export async function importArticle(
	teacher: Person,
	title: string,
	text = importedText
): Promise<string> {
	const location = await redirected(
		await post(teacher.http, '/teacher/articles/new?/publish', {
			title,
			source: 'Contoh.id',
			publishedOn: '',
			text
		})
	);
	return /^\/teacher\/articles\/([a-z0-9-]+)\/questions/.exec(location)![1];
}

export async function assign(teacher: Person, classId: number, slug: string): Promise<number> {
	await redirected(
		await post(teacher.http, `/teacher/classes/${classId}?/assign`, {
			article: slug,
			questionCount: '',
			dueOn: ''
		})
	);
	return Number(
		await scrape(
			teacher.http,
			`/teacher/classes/${classId}`,
			new RegExp(`/teacher/classes/${classId}/assignments/(\\d+)`)
		)
	);
}

export interface Attempt {
	path: string;
	/** The second question's id (unanswered), for answering as someone else. */
	secondQuestion: string;
}

/** Starts a quiz, answers its first question with the first option (or a typed word). */
export async function startQuiz(student: Person, slug: string): Promise<Attempt> {
	// Starting lands on the first question: /articles/<slug>/quiz/<attempt>/1.
	const first = await redirected(await post(student.http, `/articles/${slug}/quiz`));
	expect(first).toMatch(/\/quiz\/\d+\/1$/);
	const path = first.replace(/\/1$/, '');
	const question = await scrape(student.http, first, /name="question" value="([^"]+)"/);
	const html = await (await student.http.get(first)).text();
	const response = /name="response" value="([^"]*)"/.exec(html)?.[1] ?? 'sekolah';
	await redirected(await post(student.http, `${first}?/answer`, { question, response }));
	const secondQuestion = await scrape(student.http, `${path}/2`, /name="question" value="([^"]+)"/);
	return { path, secondQuestion };
}

/** The article's questions as its teacher reviews them: id (for hiding) and prompt. */
export async function reviewQuestions(
	teacher: Person,
	slug: string
): Promise<{ id: string; prompt: string }[]> {
	const html = await (await teacher.http.get(`/teacher/articles/${slug}/questions`)).text();
	return [
		...html.matchAll(/<li id="q-([^"]+)"[\s\S]*?<p class="prompt[^"]*"[^>]*>([\s\S]*?)<\/p>/g)
	].map((m) => ({ id: m[1], prompt: m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&') }));
}

/**
 * Hides every question of the article but the first whose prompt matches each of `keep`, and shows
 * those (a low-scored kind starts hidden).
 */
export async function keepOnly(teacher: Person, slug: string, keep: RegExp[]): Promise<string[]> {
	const all = await reviewQuestions(teacher, slug);
	const kept = keep.map((k) => all.find((q) => k.test(q.prompt)));
	expect(kept.every(Boolean), `a question for each of ${keep.join(', ')}`).toBe(true);
	for (const q of kept)
		await redirected(
			await post(teacher.http, `/teacher/articles/${slug}/questions?/show`, { question: q!.id })
		);
	for (const q of all.filter((q) => !kept.includes(q)))
		await redirected(
			await post(teacher.http, `/teacher/articles/${slug}/questions?/hide`, { question: q.id })
		);
	return kept.map((q) => q!.prompt);
}

/**
 * A full class for the teacher's pages: `students` added by name and `articles` imported (the school
 * story, each with a numbered closing line so the texts differ) and all set for the class. The
 * students have not started, so every cell shows; scripts/seed-school.ts fills a database with
 * answers for the benchmarks.
 */
export async function fullClass(
	teacher: Person,
	tag: string,
	size: { students: number; articles: number }
): Promise<{ id: number; code: string }> {
	const classroom = await createClass(teacher, `Kelas Penuh ${tag}`);
	const names = Array.from({ length: size.students }, (_, i) => `Murid Nomor ${i + 1} ${tag}`);
	const added = await post(teacher.http, `/teacher/classes/${classroom.id}?/addStudents`, {
		names: names.join('\n')
	});
	expect(added.status(), 'students added by name').toBe(200);
	for (let k = 1; k <= size.articles; k++) {
		const text = `${importedText.trim()}\nIni adalah artikel nomor ${k} dari seri sekolah kami.`;
		const slug = await importArticle(teacher, `Seri Sekolah ${k}: Perpustakaan Keliling`, text);
		await assign(teacher, classroom.id, slug);
	}
	return classroom;
}

/** A guest: the first thing saved (starting the shipped article's quiz) mints the identity. */
export async function guest(baseURL: string): Promise<Person> {
	const http = await agent(baseURL);
	await redirected(await post(http, `/articles/${shippedArticle.slug}/quiz`));
	return { http };
}

/** The text of the page's <main>, tags and whitespace squeezed, for before/after comparisons. */
export async function mainText(who: APIRequestContext, path: string): Promise<string> {
	const response = await who.get(path, { maxRedirects: 0 });
	const html = await response.text();
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	return `${response.status()} ${main
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()}`;
}
