/**
 * The security suite of the accounts issue, against the built server (PGlite here, PostgreSQL in
 * CI): (a) the access matrix: every page and action that shows or changes class, student, attempt,
 * assignment, answer-CSV or review data, asked for by a guest, a student of another class and a
 * teacher of another class, answers 404 and changes nothing; (b) cross-site form posts are refused;
 * (c) markup in names and titles renders as text; (d) bad input to every form action is a 4xx with
 * a message, never a 500. HTTP-level, so it runs once (desktop project); (c) drives the browser.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { shippedArticle } from '../support/e2e';
import * as school from '../support/e2e-school';

test.describe.configure({ mode: 'serial' });
// HTTP-level checks, and the dialog check needs JavaScript: the desktop project alone runs them.
const desktopOnly = (project: string) => project !== 'desktop';
// Playwright reads the fixtures a hook wants from its first parameter, which must be a pattern.
// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, info) =>
	test.skip(desktopOnly(info.project.name), 'runs in the desktop project')
);

interface World {
	teacherA: school.Person;
	teacherB: school.Person;
	studentA: school.Person;
	studentB: school.Person;
	guest: school.Person;
	classA: { id: number; code: string };
	slug: string;
	assignment: number;
	studentAId: number;
	question: string;
	attempt: school.Attempt;
	shippedAttempt: school.Attempt;
}
let world: World;

test.beforeAll(async ({ baseURL }, info) => {
	if (desktopOnly(info.project.name)) return;
	test.setTimeout(120_000);
	const tag = `sec-${Date.now()}`;
	const [teacherA, teacherB, studentA, studentB] = [
		await school.registered(baseURL!, 'Bu Ani', 'teacher', tag),
		await school.registered(baseURL!, 'Pak Beni', 'teacher', tag),
		await school.registered(baseURL!, 'Ayu', 'student', tag),
		await school.registered(baseURL!, 'Bayu', 'student', tag)
	];
	const classA = await school.createClass(teacherA, `Kelas A ${tag}`);
	const classB = await school.createClass(teacherB, `Kelas B ${tag}`);
	await school.joinClass(studentA, classA.code);
	await school.joinClass(studentB, classB.code);
	const slug = await school.importArticle(teacherA, `Sekolah Kami ${tag}`);
	const assignment = await school.assign(teacherA, classA.id, slug);
	const attempt = await school.startQuiz(studentA, slug);
	const shippedAttempt = await school.startQuiz(studentA, shippedArticle.slug);
	const studentAId = Number(
		await school.scrape(
			teacherA.http,
			`/teacher/classes/${classA.id}`,
			new RegExp(`/teacher/classes/${classA.id}/students/(\\d+)`)
		)
	);
	const question = await school.scrape(
		teacherA.http,
		`/teacher/articles/${slug}/questions`,
		/name="question" value="([^"]+)"/
	);
	world = {
		teacherA,
		teacherB,
		studentA,
		studentB,
		guest: await school.guest(baseURL!),
		classA,
		slug,
		assignment,
		studentAId,
		question,
		attempt,
		shippedAttempt
	};
});

test.afterAll(async () => {
	for (const who of world
		? [world.teacherA, world.teacherB, world.studentA, world.studentB, world.guest]
		: [])
		await who.http.dispose();
});

type Method = 'GET' | 'POST';
interface Case {
	name: string;
	method: Method;
	path: (w: World) => string;
	form?: (w: World) => Record<string, string>;
	/** Who may: the owner's GET is checked to answer (so a 404 below is not a wrong address). */
	owner?: (w: World) => school.Person;
	/** The owner's GET records something (a word page counts a lookup), so it stays out of the before/after view. */
	records?: true;
}

const cls = (w: World) => `/teacher/classes/${w.classA.id}`;
const art = (w: World) => `/teacher/articles/${w.slug}`;
const questionForm = {
	version: '1',
	prompt: 'Diubah?',
	option1: 'Ya',
	option2: 'Tidak',
	correct: '1',
	kind: 'fact',
	evidence: '0-1'
};
const teacherA = (w: World) => w.teacherA;
const studentA = (w: World) => w.studentA;

/** Every route in src/routes that shows or changes class, student, attempt, assignment, answer or review data of one teacher's class. */
const matrix: Case[] = [
	{ name: 'class page', method: 'GET', path: cls, owner: teacherA },
	{ name: 'replace the code', method: 'POST', path: (w) => `${cls(w)}?/replaceCode` },
	{ name: 'turn joining off', method: 'POST', path: (w) => `${cls(w)}?/turnOffCode` },
	{
		name: 'add students by name',
		method: 'POST',
		path: (w) => `${cls(w)}?/addStudents`,
		form: () => ({ names: 'Penyusup' })
	},
	{
		name: 'remove a student',
		method: 'POST',
		path: (w) => `${cls(w)}?/remove`,
		form: (w) => ({ studentId: String(w.studentAId) })
	},
	{
		name: 'assign an article',
		method: 'POST',
		path: (w) => `${cls(w)}?/assign`,
		form: () => ({ article: shippedArticle.slug, questionCount: '', dueOn: '' })
	},
	{
		name: 'take an assignment back',
		method: 'POST',
		path: (w) => `${cls(w)}?/unassign`,
		form: (w) => ({ assignment: String(w.assignment) })
	},
	{
		name: 'student drill-down',
		method: 'GET',
		path: (w) => `${cls(w)}/students/${w.studentAId}`,
		owner: teacherA
	},
	{
		name: 'assignment report',
		method: 'GET',
		path: (w) => `${cls(w)}/assignments/${w.assignment}`,
		owner: teacherA
	},
	{
		name: 'hide from the report',
		method: 'POST',
		path: (w) => `${cls(w)}/assignments/${w.assignment}?/hide`,
		form: (w) => ({ question: w.question })
	},
	{ name: 'roster CSV', method: 'GET', path: (w) => `${cls(w)}/roster.csv`, owner: teacherA },
	{
		name: 'answers CSV',
		method: 'GET',
		path: (w) => `${cls(w)}/answers.csv?assignment=${w.assignment}`,
		owner: teacherA
	},
	{ name: 'question review', method: 'GET', path: (w) => `${art(w)}/questions`, owner: teacherA },
	{
		name: 'hide a question',
		method: 'POST',
		path: (w) => `${art(w)}/questions?/hide`,
		form: (w) => ({ question: w.question })
	},
	{
		name: 'show a question',
		method: 'POST',
		path: (w) => `${art(w)}/questions?/show`,
		form: (w) => ({ question: w.question })
	},
	{
		name: 'question editor',
		method: 'GET',
		path: (w) => `${art(w)}/questions/${w.question}`,
		owner: teacherA
	},
	{
		name: 'save a question edit',
		method: 'POST',
		path: (w) => `${art(w)}/questions/${w.question}`,
		form: () => questionForm
	},
	{
		name: 'new question page',
		method: 'GET',
		path: (w) => `${art(w)}/questions/new`,
		owner: teacherA
	},
	{
		name: 'add a question',
		method: 'POST',
		path: (w) => `${art(w)}/questions/new`,
		form: () => questionForm
	},
	{ name: 'gloss review', method: 'GET', path: (w) => `${art(w)}/glosses`, owner: teacherA },
	{
		name: 'correct a gloss',
		method: 'POST',
		path: (w) => `${art(w)}/glosses`,
		form: () => ({ root: 'sekolah', gloss: 'dirusak' })
	},
	{
		name: 'the class’s article',
		method: 'GET',
		path: (w) => `/articles/${w.slug}`,
		owner: studentA
	},
	{
		name: 'its word list',
		method: 'GET',
		path: (w) => `/articles/${w.slug}/vocabulary`,
		owner: studentA
	},
	{
		name: 'its reader cards',
		method: 'GET',
		path: (w) => `/articles/${w.slug}/cards`,
		owner: studentA
	},
	{
		name: 'a word page of it',
		method: 'GET',
		path: (w) => `/articles/${w.slug}/words/sekolah`,
		owner: studentA,
		records: true
	},
	{
		name: 'set a word status from a word page of it',
		method: 'POST',
		path: (w) => `/articles/${w.slug}/words/sekolah?/status`,
		form: () => ({ status: 'learning' })
	},
	{
		name: 'mark the rest of it known',
		method: 'POST',
		path: (w) => `/articles/${w.slug}?/knowRest`
	},
	{
		name: 'add from its word list',
		method: 'POST',
		path: (w) => `/articles/${w.slug}/vocabulary?/add`,
		form: () => ({ root: 'sekolah' })
	},
	{
		name: 'save it for offline',
		method: 'GET',
		path: (w) => `/articles/${w.slug}/offline`,
		owner: studentA
	},
	{
		name: 'the list of its pages to save',
		method: 'POST',
		path: (w) => `/articles/${w.slug}/offline/pages`
	},
	{ name: 'its quiz', method: 'GET', path: (w) => `/articles/${w.slug}/quiz`, owner: studentA },
	{ name: 'start its quiz', method: 'POST', path: (w) => `/articles/${w.slug}/quiz` },
	{ name: 'resume an attempt', method: 'GET', path: (w) => w.attempt.path, owner: studentA },
	{
		name: 'an answered question',
		method: 'GET',
		path: (w) => `${w.attempt.path}/1`,
		owner: studentA
	},
	{
		name: 'answer in someone’s attempt',
		method: 'POST',
		path: (w) => `${w.attempt.path}/2?/answer`,
		form: (w) => ({ question: w.attempt.secondQuestion, response: 'sekolah' })
	},
	{ name: 'someone’s results', method: 'GET', path: (w) => `${w.attempt.path}/results` },
	{
		name: 'again from someone’s results',
		method: 'POST',
		path: (w) => `${w.attempt.path}/results?/again`
	},
	{
		name: 'shipped-article attempt',
		method: 'GET',
		path: (w) => `${w.shippedAttempt.path}/1`,
		owner: studentA
	},
	{
		name: 'answer in a shipped-article attempt',
		method: 'POST',
		path: (w) => `${w.shippedAttempt.path}/2?/answer`,
		form: (w) => ({ question: w.shippedAttempt.secondQuestion, response: 'sekolah' })
	},
	{
		name: 'leave someone’s class',
		method: 'POST',
		path: () => '/classes?/leave',
		form: (w) => ({ classId: String(w.classA.id) })
	}
];

const outsiders: [string, (w: World) => school.Person][] = [
	['a guest', (w) => w.guest],
	['a student of another class', (w) => w.studentB],
	['a teacher of another class', (w) => w.teacherB]
];

function send(who: APIRequestContext, c: Case, w: World) {
	return c.method === 'GET'
		? who.get(c.path(w), { maxRedirects: 0 })
		: school.post(who, c.path(w), c.form?.(w) ?? {});
}

/** What the owners see of everything in the matrix, to prove nothing changed. */
async function ownersView(w: World): Promise<string[]> {
	const views: string[] = [];
	for (const c of matrix.filter((m) => m.owner && m.method === 'GET' && !m.records))
		views.push(`${c.name}: ${await school.mainText(c.owner!(w).http, c.path(w))}`);
	views.push(`my classes: ${await school.mainText(w.studentA.http, '/classes')}`);
	views.push(
		`an unanswered question: ${await school.mainText(w.studentA.http, `${w.attempt.path}/2`)}`
	);
	return views;
}

test('access matrix: a guest, a student and a teacher of another class get 404 everywhere, and nothing changes', async () => {
	test.setTimeout(120_000);
	const w = world;
	for (const c of matrix.filter((m) => m.owner)) {
		const response = await send(c.owner!(w).http, c, w);
		expect([200, 303], `${c.name} for its owner`).toContain(response.status());
	}
	const before = await ownersView(w);
	const results: string[] = [];
	for (const c of matrix) {
		for (const [actor, who] of outsiders) {
			const response = await send(who(w).http, c, w);
			const status = response.status();
			// A guest has no classes of their own to leave: they are asked to register, like on every student-only page.
			const wanted = c.name === 'leave someone’s class' && actor === 'a guest' ? 303 : 404;
			const seen = status === 303 ? `303 → ${response.headers()['location']}` : String(status);
			results.push(
				`${c.name} / ${actor}: ${status === wanted && (status !== 303 || seen.includes('/register')) ? 'ok' : `got ${seen}`}`
			);
		}
	}
	expect(results.filter((r) => !r.endsWith(': ok'))).toEqual([]);
	expect(results).toHaveLength(matrix.length * outsiders.length);
	expect(await ownersView(w)).toEqual(before);
});

test('the matrix covers every route under src/routes that holds class, student or attempt data', async () => {
	const { readdirSync } = await import('node:fs');
	const files = (readdirSync('src/routes', { recursive: true }) as string[]).filter((f) =>
		/(^|\/)\+(page\.server|server)\.ts$/.test(f)
	);
	// A teacher's class pages, a teacher's article pages, everything under an article (an imported one is its class's only), attempts, the student's classes.
	const sensitive = files.filter((f) =>
		/^teacher\/(classes\/\[|articles\/\[)|^articles\/|^classes\//.test(f)
	);
	expect(sensitive.length).toBeGreaterThanOrEqual(18);
	const covered = matrix.map((c) => c.path(world).split('?')[0]);
	const uncovered = sensitive.filter((file) => {
		const pattern = new RegExp(
			'^/' +
				file
					.replace(/\/?\+(page\.server|server)\.ts$/, '')
					.split('/')
					.map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/\./g, '\\.')))
					.join('/') +
				'$'
		);
		return !covered.some((path) => pattern.test(path));
	});
	expect(uncovered).toEqual([]);
});

test('cross-site form posts are refused (SvelteKit’s origin check), in every form encoding', async ({
	baseURL
}) => {
	const w = world;
	const before = await school.mainText(w.teacherA.http, '/teacher/classes');
	const evil = { origin: 'https://evil.example' };
	const forged = [
		w.teacherA.http.post('/teacher/classes?/create', {
			headers: evil,
			form: { name: 'Dipalsukan' },
			maxRedirects: 0
		}),
		w.teacherA.http.post('/teacher/classes?/create', {
			headers: evil,
			multipart: { name: 'Dipalsukan' },
			maxRedirects: 0
		}),
		w.teacherA.http.post('/teacher/classes?/create', {
			headers: { ...evil, 'content-type': 'text/plain' },
			data: 'name=Dipalsukan',
			maxRedirects: 0
		}),
		w.teacherA.http.post(`/teacher/classes/${w.classA.id}?/turnOffCode`, {
			headers: evil,
			form: {},
			maxRedirects: 0
		}),
		w.studentA.http.post('/classes?/leave', {
			headers: evil,
			form: { classId: String(w.classA.id) },
			maxRedirects: 0
		}),
		w.studentA.http.post('/account?/everywhere', { headers: evil, form: {}, maxRedirects: 0 }),
		w.studentA.http.post('/logout', { headers: evil, form: {}, maxRedirects: 0 }),
		w.guest.http.post('/login', {
			headers: evil,
			form: { email: 'a@b.id', password: 'x' },
			maxRedirects: 0
		})
	];
	for (const response of await Promise.all(forged)) {
		expect(response.status()).toBe(403);
		expect(await response.text()).toContain('Cross-site POST form submissions are forbidden');
	}
	expect(await school.mainText(w.teacherA.http, '/teacher/classes')).toBe(before);
	// Still signed in (neither sign-out went through), still in the class, the code still works.
	expect(await school.mainText(w.studentA.http, '/classes')).toContain(`Kelas A`);
	expect(await school.mainText(w.teacherA.http, `/teacher/classes/${w.classA.id}`)).toContain(
		`/join/${w.classA.code}`
	);
	// The same post from our own origin goes through: the check, not the action, refused them.
	const own = await school.post(w.teacherA.http, '/teacher/classes?/create', { name: '' });
	expect(own.status()).toBe(400);
	expect(baseURL).toBeTruthy();
});

const payload = '<script>alert(1)</script><img src=x onerror=alert(1)>';

test('a class name and description, display names and an article title full of markup render as text: no dialog opens', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const tag = `xss-${Date.now()}`;
	const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
	const [teacher, student] = await Promise.all(contexts.map((c) => c.newPage()));
	const dialogs: string[] = [];
	for (const page of [teacher, student]) {
		page.on('dialog', (dialog) => {
			dialogs.push(`${page.url()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
	}
	const post = (page: typeof teacher, path: string, form: Record<string, string>) =>
		page.request.post(path, {
			form,
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
	const email = (who: string) => `${who}-${tag}@example.com`;
	expect(
		(
			await post(teacher, '/register', {
				displayName: payload,
				email: email('guru'),
				password: 'kopi susu di pagi hari',
				role: 'teacher'
			})
		).status()
	).toBe(303);
	expect(
		(
			await post(student, '/register', {
				displayName: payload,
				email: email('murid'),
				password: 'kopi susu di pagi hari',
				role: 'student'
			})
		).status()
	).toBe(303);
	const classPath = (
		await post(teacher, '/teacher/classes?/create', { name: payload, description: payload })
	).headers()['location'];
	const code = /\/join\/([A-Z2-9]{8})/.exec(
		await (await teacher.request.get(classPath)).text()
	)![1];
	expect((await post(student, '/join', { code })).status()).toBe(303);
	const published = (
		await post(teacher, '/teacher/articles/new?/publish', {
			title: payload,
			source: payload,
			publishedOn: '',
			text: school.importedText
		})
	).headers()['location'];
	const slug = /^\/teacher\/articles\/([a-z0-9-]+)\//.exec(published)![1];
	expect(
		(
			await post(teacher, `${classPath}?/assign`, { article: slug, questionCount: '', dueOn: '' })
		).status()
	).toBe(303);
	// Starting lands on the first question (/articles/<slug>/quiz/<attempt>/1).
	const firstQuestion = (await post(student, `/articles/${slug}/quiz`, {})).headers()['location'];
	const studentId = /\/students\/(\d+)/.exec(
		await (await teacher.request.get(classPath)).text()
	)![1];
	const assignmentId = /\/assignments\/(\d+)/.exec(
		await (await teacher.request.get(classPath)).text()
	)![1];

	/** Opens the page, waits for images to fail and scripts to run, and checks the markup is text (the header names everyone). */
	async function visit(page: typeof teacher, path: string, shows: boolean) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		await page.waitForLoadState('load');
		await expect(page.locator('img[src="x"], script:text("alert(1)")')).toHaveCount(0);
		if (shows) await expect(page.getByText(payload).first(), path).toBeVisible();
	}
	for (const path of [
		'/teacher/classes',
		classPath,
		`${classPath}/students/${studentId}`,
		`${classPath}/assignments/${assignmentId}`,
		'/teacher/articles',
		`/teacher/articles/${slug}/questions`,
		`/articles/${slug}`,
		'/account'
	]) {
		await visit(teacher, path, true);
	}
	await visit(teacher, `/teacher/articles/${slug}/glosses`, false);
	// The sheet of new sign-ins, with the markup as a student's name (and nothing of it in the username).
	await visit(teacher, classPath, true);
	await teacher.getByLabel('Names, one a line').fill(payload);
	await teacher.getByRole('button', { name: 'Add students' }).click();
	const sheet = teacher.getByRole('region', { name: 'New sign-ins' });
	await expect(sheet.getByRole('cell', { name: payload })).toBeVisible();
	await expect(sheet.getByRole('cell').nth(1)).toHaveText(/^[a-z0-9]+\.[a-z0-9]+$/);
	for (const path of [
		'/',
		'/classes',
		`/articles/${slug}`,
		`/articles/${slug}/vocabulary`,
		firstQuestion,
		'/me'
	])
		await visit(student, path, true);
	expect(dialogs).toEqual([]);
	for (const c of contexts) await c.close();
});

type Field = 'text' | 'id';
interface FormAction {
	name: string;
	path: (w: World) => string;
	fields: Record<string, Field>;
	/** Who posts: the owner, so the request gets past the guard to the parsing. */
	as: (
		w: World,
		own: { visitor: APIRequestContext; student: APIRequestContext }
	) => APIRequestContext;
}

const visitor = (_: World, own: { visitor: APIRequestContext }) => own.visitor;
const owner = (w: World) => w.teacherA.http;
const learner = (_: World, own: { student: APIRequestContext }) => own.student;

/** Every form action that takes input (actions without fields, like "Replace the code", get only the unknown-action and JSON cases). */
const formActions: FormAction[] = [
	{
		name: 'sign in',
		path: () => '/login',
		fields: { email: 'text', password: 'text' },
		as: visitor
	},
	{
		name: 'register',
		path: () => '/register',
		fields: { displayName: 'text', email: 'text', password: 'text', role: 'text' },
		as: visitor
	},
	{
		name: 'change password',
		path: () => '/account?/password',
		fields: { current: 'text', password: 'text' },
		as: learner
	},
	{ name: 'join', path: () => '/join', fields: { code: 'text' }, as: learner },
	{ name: 'leave', path: () => '/classes?/leave', fields: { classId: 'id' }, as: learner },
	{
		name: 'create a class',
		path: () => '/teacher/classes?/create',
		fields: { name: 'text', description: 'text' },
		as: owner
	},
	{
		name: 'add students',
		path: (w) => `${cls(w)}?/addStudents`,
		fields: { names: 'text' },
		as: owner
	},
	{
		name: 'remove a student',
		path: (w) => `${cls(w)}?/remove`,
		fields: { studentId: 'id' },
		as: owner
	},
	{
		name: 'assign',
		path: (w) => `${cls(w)}?/assign`,
		fields: { article: 'text', questionCount: 'id', dueOn: 'text' },
		as: owner
	},
	{ name: 'unassign', path: (w) => `${cls(w)}?/unassign`, fields: { assignment: 'id' }, as: owner },
	{
		name: 'hide from the report',
		path: (w) => `${cls(w)}/assignments/${w.assignment}?/hide`,
		fields: { question: 'text' },
		as: owner
	},
	{
		name: 'import preview',
		path: () => '/teacher/articles/new?/preview',
		fields: { title: 'text', source: 'text', publishedOn: 'text', text: 'text' },
		as: owner
	},
	{
		name: 'import publish',
		path: () => '/teacher/articles/new?/publish',
		fields: { title: 'text', source: 'text', publishedOn: 'text', text: 'text' },
		as: owner
	},
	{
		name: 'hide a question',
		path: (w) => `${art(w)}/questions?/hide`,
		fields: { question: 'text' },
		as: owner
	},
	{
		name: 'show a question',
		path: (w) => `${art(w)}/questions?/show`,
		fields: { question: 'text' },
		as: owner
	},
	{
		name: 'edit a question',
		path: (w) => `${art(w)}/questions/${w.question}`,
		fields: { version: 'id', prompt: 'text', option1: 'text', option2: 'text', correct: 'id' },
		as: owner
	},
	{
		name: 'write a question',
		path: (w) => `${art(w)}/questions/new`,
		fields: {
			kind: 'text',
			prompt: 'text',
			option1: 'text',
			option2: 'text',
			correct: 'id',
			evidence: 'text'
		},
		as: owner
	},
	{
		name: 'correct a gloss',
		path: (w) => `${art(w)}/glosses`,
		fields: { root: 'text', gloss: 'text' },
		as: owner
	},
	{
		name: 'answer a question',
		path: (w) => `${w.attempt.path}/2?/answer`,
		fields: { question: 'text', response: 'text' },
		as: (w) => w.studentA.http
	},
	{
		name: 'add to my words',
		path: () => `/articles/${shippedArticle.slug}/vocabulary?/add`,
		fields: { root: 'text', sort: 'text' },
		as: learner
	},
	{
		name: 'mark as known',
		path: () => `/articles/${shippedArticle.slug}/vocabulary?/know`,
		fields: { root: 'text' },
		as: learner
	},
	{
		name: 'review answer',
		path: () => '/review?/answer',
		fields: { root: 'text', rating: 'text', reps: 'id' },
		as: learner
	}
];
/** Actions that take no input: only an unreadable body type and a wrong action name apply. */
const noInput: Omit<FormAction, 'fields'>[] = [
	{ name: 'replace the code', path: (w) => `${cls(w)}?/replaceCode`, as: owner },
	{ name: 'turn joining off', path: (w) => `${cls(w)}?/turnOffCode`, as: owner },
	{ name: 'sign out everywhere', path: () => '/account?/everywhere', as: learner },
	{ name: 'start a quiz', path: () => `/articles/${shippedArticle.slug}/quiz`, as: learner },
	{
		name: 'quiz again',
		path: (w) => `${w.attempt.path}/results?/again`,
		as: (w) => w.studentA.http
	}
];

const long = 'x'.repeat(10_000);
const fill = (fields: Record<string, Field>, value: (kind: Field) => string) =>
	Object.fromEntries(Object.entries(fields).map(([name, kind]) => [name, value(kind)]));
const withAction = (path: string, action: string) =>
	path.includes('?/') ? path.replace(/\?\/\w+/, `?/${action}`) : `${path}?/${action}`;

interface BadInput {
	name: string;
	status: number;
	send: (http: APIRequestContext, path: string) => Promise<import('@playwright/test').APIResponse>;
}

function badInputs(action: FormAction): BadInput[] {
	const form = (data: string) => (http: APIRequestContext, path: string) =>
		http.post(path, {
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			data,
			maxRedirects: 0
		});
	const cases: BadInput[] = [
		{ name: 'empty body', status: 400, send: form('') },
		{
			name: 'every field blank',
			status: 400,
			send: (http, path) =>
				school.post(
					http,
					path,
					fill(action.fields, () => '')
				)
		},
		{
			name: 'every field 10,000 characters',
			status: 400,
			send: (http, path) =>
				school.post(
					http,
					path,
					fill(action.fields, () => long)
				)
		},
		{
			name: 'a file where text goes',
			status: 400,
			send: (http, path) =>
				http.post(path, {
					multipart: Object.fromEntries(
						Object.keys(action.fields).map((f) => [
							f,
							{ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('isi') }
						])
					),
					maxRedirects: 0
				})
		},
		{
			name: 'cut-off multipart body',
			status: 400,
			send: (http, path) =>
				http.post(path, {
					headers: { 'content-type': 'multipart/form-data; boundary=batas' },
					data: '--batas\r\nContent-Disposition: form-data; name="x"\r\n\r\nsetengah',
					maxRedirects: 0
				})
		}
	];
	if (Object.values(action.fields).includes('id')) {
		for (const wrong of ['abc', '-1', '1.5', '99999999999', '0x10']) {
			cases.push({
				name: `id field "${wrong}"`,
				status: 400,
				send: (http, path) =>
					school.post(
						http,
						path,
						fill(action.fields, (kind) => (kind === 'id' ? wrong : ''))
					)
			});
		}
	}
	return cases;
}

/** The body carries words for the person: a form's error, or the error page's message. */
function hasMessage(html: string): boolean {
	return /role="alert"|class="error"|aria-invalid="true"|<h1>(Page not found|Something went wrong)<\/h1>\s*<p>[^<]{8,}<\/p>/.test(
		html
	);
}

test('bad input to every form action is a 4xx with a message, never a 500', async ({ baseURL }) => {
	test.setTimeout(180_000);
	const w = world;
	const own = {
		visitor: await school.agent(baseURL!),
		student: (await school.registered(baseURL!, 'Citra', 'student', `bad-${Date.now()}`)).http
	};
	const results: string[] = [];
	const check = async (
		label: string,
		wanted: number,
		response: import('@playwright/test').APIResponse
	) => {
		const body = await response.text();
		const ok = response.status() === wanted && hasMessage(body);
		results.push(
			`${label}: ${ok ? 'ok' : `got ${response.status()} ${body.replace(/\s+/g, ' ').slice(0, 200)}`}`
		);
	};
	for (const action of formActions) {
		for (const bad of badInputs(action))
			await check(
				`${action.name} / ${bad.name}`,
				bad.status,
				await bad.send(action.as(w, own), action.path(w))
			);
	}
	for (const action of [...formActions, ...noInput]) {
		const http = action.as(w, own);
		await check(
			`${action.name} / unknown action name`,
			404,
			await school.post(http, withAction(action.path(w), 'nope'), {})
		);
		await check(
			`${action.name} / JSON body`,
			415,
			await http.post(action.path(w), { data: { name: 'x' }, maxRedirects: 0 })
		);
	}
	// The one JSON endpoint: a form, broken JSON and the wrong shape.
	const lookups = (data: string, type: string) =>
		own.student.post('/api/lookups', { headers: { 'content-type': type }, data, maxRedirects: 0 });
	for (const [label, wanted, response] of [
		['lookups / form body', 415, await lookups('slug=x', 'application/x-www-form-urlencoded')],
		['lookups / broken JSON', 400, await lookups('{"slug": ', 'application/json')],
		[
			'lookups / wrong shape',
			400,
			await lookups('{"slug": 5, "words": "desa"}', 'application/json')
		],
		[
			'lookups / 10,000 characters',
			400,
			await lookups(JSON.stringify({ slug: long, words: [] }), 'application/json')
		]
	] as const) {
		results.push(`${label}: ${response.status() === wanted ? 'ok' : `got ${response.status()}`}`);
	}
	expect(results.filter((r) => !r.endsWith(': ok'))).toEqual([]);
	expect(results.length).toBeGreaterThanOrEqual(50);
	// Nothing of it changed the owners' data.
	expect(await school.mainText(w.teacherA.http, '/teacher/classes')).not.toContain('x'.repeat(100));
	await own.visitor.dispose();
	await own.student.dispose();
});

test('sign-in says the same for an unknown email and a wrong password, and after 10 failures says when to try again', async ({
	baseURL
}) => {
	const http = await school.agent(baseURL!);
	const alert = async (email: string, password: string) => {
		const response = await school.post(http, '/login', { email, password });
		return `${response.status()} ${/role="alert">([^<]*)</.exec(await response.text())?.[1]}`;
	};
	const tag = `limit-${Date.now()}`;
	await (await school.registered(baseURL!, 'Dewi', 'student', tag)).http.dispose();
	const ghost = `nobody-${tag}@example.com`;
	expect(await alert(ghost, 'kopi susu di pagi hari')).toBe(
		'400 That email and password do not match an account.'
	);
	expect(await alert(`dewi-${tag}@example.com`, 'not the password')).toBe(
		'400 That email and password do not match an account.'
	);
	for (let i = 2; i <= 10; i++) expect(await alert(ghost, `salah ${i}`)).toMatch(/^400 /);
	expect(await alert(ghost, 'kopi susu di pagi hari')).toBe(
		'429 Too many attempts. Try again in 15 minutes.'
	);
	await http.dispose();
});
