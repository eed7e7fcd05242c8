/**
 * The access matrix of the teacher's side: every page, action and export that shows or changes a
 * class, its students, assignments, answers, an imported article, its questions or glosses, asked
 * for by everyone who must not have it. Signed out -> sign in; anyone else -> 404 (never 403, so
 * nothing says the thing exists). Afterwards the data is exactly as it was. The owner gets through.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/test-database';
import { outcome, routeEvent, type EventOptions } from '../../../tests/support/route-events';
import { makeSchool, type School } from '../../../tests/support/teaching';
import type { SessionUser } from '$lib/server/auth/session';
import * as schema from '$lib/server/db/schema';
import * as classPage from './classes/[id=id]/+page.server';
import * as studentPage from './classes/[id=id]/students/[student=id]/+page.server';
import * as reportPage from './classes/[id=id]/assignments/[assignment=id]/+page.server';
import * as rosterCsv from './classes/[id=id]/roster.csv/+server';
import * as answersCsv from './classes/[id=id]/answers.csv/+server';
import * as articlesPage from './articles/+page.server';
import * as importPage from './articles/new/+page.server';
import * as questionsPage from './articles/[slug=slug]/questions/+page.server';
import * as questionPage from './articles/[slug=slug]/questions/[question=question]/+page.server';
import * as newQuestionPage from './articles/[slug=slug]/questions/new/+page.server';
import * as glossesPage from './articles/[slug=slug]/glosses/+page.server';
import * as readerPage from '../articles/[slug=slug]/+page.server';
import * as cardsEndpoint from '../articles/[slug=slug]/cards/+server';
import * as quizPage from '../articles/[slug=slug]/quiz/+page.server';
import * as vocabularyPage from '../articles/[slug=slug]/vocabulary/+page.server';
import * as wordPage from '../articles/[slug=slug]/words/[root=root]/+page.server';

const test = useTestDatabase();
let school: School;
beforeEach(async () => {
	school = await makeSchool(test.db);
});

/* eslint-disable @typescript-eslint/no-explicit-any -- route functions want their generated event types */
type Handler = (event: any) => unknown;
interface Case {
	name: string;
	handler: (s: School) => Handler;
	request: (s: School) => Omit<EventOptions, 'user'>;
	/** Public article pages: for signed-out visitors too the answer is 404, not "sign in". */
	public?: boolean;
}

const classPath = (s: School) => `/teacher/classes/${s.ownClass.id}`;
const classParams = (s: School) => ({ id: String(s.ownClass.id) });
const articleParams = (s: School) => ({ slug: s.article.slug });
const editForm = (s: School) => ({
	version: String(s.editable.version),
	prompt: 'Diubah?',
	option1: 'Ya',
	option2: 'Tidak',
	correct: '1'
});

const cases: Case[] = [
	{
		name: 'class dashboard',
		handler: () => classPage.load,
		request: (s) => ({ path: classPath(s), params: classParams(s) })
	},
	{
		name: 'assign an article',
		handler: () => classPage.actions.assign,
		request: (s) => ({
			path: `${classPath(s)}?/assign`,
			params: classParams(s),
			form: { article: 'putin-terima-undangan-kim-jong-un' }
		})
	},
	{
		name: 'take an assignment back',
		handler: () => classPage.actions.unassign,
		request: (s) => ({
			path: `${classPath(s)}?/unassign`,
			params: classParams(s),
			form: { assignment: String(s.assignmentId) }
		})
	},
	{
		name: 'student drill-down',
		handler: () => studentPage.load,
		request: (s) => ({
			path: `${classPath(s)}/students/${s.student.id}`,
			params: { ...classParams(s), student: String(s.student.id) }
		})
	},
	{
		name: 'assignment report',
		handler: () => reportPage.load,
		request: (s) => ({
			path: `${classPath(s)}/assignments/${s.assignmentId}`,
			params: { ...classParams(s), assignment: String(s.assignmentId) }
		})
	},
	{
		name: 'hide from the report',
		handler: () => reportPage.actions.hide,
		request: (s) => ({
			path: `${classPath(s)}/assignments/${s.assignmentId}?/hide`,
			params: { ...classParams(s), assignment: String(s.assignmentId) },
			form: { question: s.question.id }
		})
	},
	{
		name: 'roster CSV',
		handler: () => rosterCsv.GET,
		request: (s) => ({ path: `${classPath(s)}/roster.csv`, params: classParams(s) })
	},
	{
		name: 'answers CSV',
		handler: () => answersCsv.GET,
		request: (s) => ({
			path: `${classPath(s)}/answers.csv?assignment=${s.assignmentId}`,
			params: classParams(s)
		})
	},
	{
		name: 'question review',
		handler: () => questionsPage.load,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions`,
			params: articleParams(s)
		})
	},
	{
		name: 'hide a question',
		handler: () => questionsPage.actions.hide,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions?/hide`,
			params: articleParams(s),
			form: { question: s.question.id }
		})
	},
	{
		name: 'show a question',
		handler: () => questionsPage.actions.show,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions?/show`,
			params: articleParams(s),
			form: { question: s.hiddenQuestion.baseId }
		})
	},
	{
		name: 'question editor',
		handler: () => questionPage.load,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions/${s.editable.baseId}`,
			params: { ...articleParams(s), question: s.editable.baseId }
		})
	},
	{
		name: 'save an edit',
		handler: () => questionPage.actions.default,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions/${s.editable.baseId}`,
			params: { ...articleParams(s), question: s.editable.baseId },
			form: editForm(s)
		})
	},
	{
		name: 'new question page',
		handler: () => newQuestionPage.load,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions/new`,
			params: articleParams(s)
		})
	},
	{
		name: 'add a question',
		handler: () => newQuestionPage.actions.default,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/questions/new`,
			params: articleParams(s),
			form: { ...editForm(s), kind: 'fact', evidence: '0-1' }
		})
	},
	{
		name: 'gloss review',
		handler: () => glossesPage.load,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/glosses`,
			params: articleParams(s)
		})
	},
	{
		name: 'correct a gloss',
		handler: () => glossesPage.actions.default,
		request: (s) => ({
			path: `/teacher/articles/${s.article.slug}/glosses`,
			params: articleParams(s),
			form: { root: 'desa', gloss: 'hamlet' }
		})
	},
	{
		name: 'reader',
		public: true,
		handler: () => readerPage.load,
		request: (s) => ({ path: `/articles/${s.article.slug}`, params: articleParams(s) })
	},
	{
		name: 'reader cards',
		public: true,
		handler: () => cardsEndpoint.GET,
		request: (s) => ({ path: `/articles/${s.article.slug}/cards`, params: articleParams(s) })
	},
	{
		name: 'quiz page',
		public: true,
		handler: () => quizPage.load,
		request: (s) => ({ path: `/articles/${s.article.slug}/quiz`, params: articleParams(s) })
	},
	{
		name: 'vocabulary',
		public: true,
		handler: () => vocabularyPage.load,
		request: (s) => ({ path: `/articles/${s.article.slug}/vocabulary`, params: articleParams(s) })
	},
	{
		name: 'word page',
		public: true,
		handler: () => wordPage.load,
		request: (s) => ({
			path: `/articles/${s.article.slug}/words/desa`,
			params: { ...articleParams(s), root: 'desa' }
		})
	}
];

/** Teacher pages that name nothing of another teacher: only the role is checked. */
const roleOnly: Case[] = [
	{
		name: 'articles to teach',
		handler: () => articlesPage.load,
		request: () => ({ path: '/teacher/articles' })
	},
	{
		name: 'import page',
		handler: () => importPage.load,
		request: () => ({ path: '/teacher/articles/new' })
	},
	{
		name: 'import preview',
		handler: () => importPage.actions.preview,
		request: () => ({
			path: '/teacher/articles/new?/preview',
			form: { title: 'T', source: 'S', text: 'x' }
		})
	},
	{
		name: 'import publish',
		handler: () => importPage.actions.publish,
		request: () => ({
			path: '/teacher/articles/new?/publish',
			form: { title: 'T', source: 'S', text: 'x' }
		})
	}
];

type Actor =
	| 'signed out'
	| 'guest'
	| 'the class’s student'
	| 'student of another class'
	| 'teacher of another class';
const actors = (s: School): [Actor, SessionUser | null][] => [
	['signed out', null],
	['guest', s.guest],
	['the class’s student', s.student],
	['student of another class', s.otherStudent],
	['teacher of another class', s.other]
];

/** Every row the teacher's side owns or reads, in a stable order, as one string. */
async function snapshot(): Promise<string> {
	const tables = {
		articles: schema.articles,
		assignments: schema.assignments,
		articleQuestions: schema.articleQuestions,
		glossCorrections: schema.glossCorrections,
		classes: schema.classes,
		classMembers: schema.classMembers,
		attempts: schema.attempts,
		attemptQuestions: schema.attemptQuestions,
		answers: schema.answers,
		wordLookups: schema.wordLookups,
		wordReviews: schema.wordReviews,
		users: schema.users
	};
	const parts: unknown[] = [];
	for (const [name, table] of Object.entries(tables)) {
		const rows = (await test.db.select().from(table)).map((row) => JSON.stringify(row)).sort();
		parts.push(name, rows);
	}
	return JSON.stringify(parts);
}

describe('the teacher’s side: access matrix', () => {
	it('answers everyone but the owner with sign-in or 404, and changes nothing', async () => {
		const before = await snapshot();
		const results: string[] = [];
		for (const c of cases) {
			for (const [actor, user] of actors(school)) {
				// The class's own student may read the article their teacher set; that is tested below.
				if (c.public && actor === 'the class’s student') continue;
				const got = await outcome(() =>
					c.handler(school)(routeEvent(test.db, { ...c.request(school), user }))
				);
				const wanted = actor === 'signed out' && !c.public ? '303 /login' : '404';
				const seen = got.status === 303 ? `303 ${got.location?.split('?')[0]}` : String(got.status);
				results.push(
					`${c.name} / ${actor}: ${seen === wanted ? 'ok' : `got ${seen}, wanted ${wanted}`}`
				);
			}
		}
		for (const c of roleOnly) {
			for (const [actor, user] of actors(school).filter(
				([a]) => a !== 'teacher of another class'
			)) {
				const got = await outcome(() =>
					c.handler(school)(routeEvent(test.db, { ...c.request(school), user }))
				);
				const wanted = actor === 'signed out' ? '303 /login' : '404';
				const seen = got.status === 303 ? `303 ${got.location?.split('?')[0]}` : String(got.status);
				results.push(
					`${c.name} / ${actor}: ${seen === wanted ? 'ok' : `got ${seen}, wanted ${wanted}`}`
				);
			}
		}
		expect(results.filter((r) => !r.endsWith(': ok'))).toEqual([]);
		expect(results.length).toBeGreaterThanOrEqual(100);
		expect(await snapshot()).toBe(before);
	});

	it('another teacher cannot reach an assignment through a class of their own', async () => {
		const params = { id: String(school.otherClass.id), assignment: String(school.assignmentId) };
		const path = `/teacher/classes/${school.otherClass.id}/assignments/${school.assignmentId}`;
		expect(
			(
				await outcome(() =>
					reportPage.load(routeEvent(test.db, { path, params, user: school.other }) as never)
				)
			).status
		).toBe(404);
		const csv = await outcome(() =>
			answersCsv.GET(
				routeEvent(test.db, {
					path: `/teacher/classes/${school.otherClass.id}/answers.csv?assignment=${school.assignmentId}`,
					params: { id: params.id },
					user: school.other
				}) as never
			)
		);
		expect(csv.status).toBe(404);
		const unassign = await outcome(() =>
			classPage.actions.unassign(
				routeEvent(test.db, {
					path: `/teacher/classes/${params.id}?/unassign`,
					params: { id: params.id },
					form: { assignment: params.assignment },
					user: school.other
				}) as never
			)
		);
		expect(unassign.status).toBe(404);
		const list = (
			await outcome(() =>
				articlesPage.load(
					routeEvent(test.db, { path: '/teacher/articles', user: school.other }) as never
				)
			)
		).data as { articles: { slug: string }[] };
		expect(list.articles.map((a) => a.slug)).not.toContain(school.article.slug);
	});

	it('lets the owner in, and the class’s student read the article set for them', async () => {
		for (const c of cases.filter((c) => !c.request(school).form)) {
			const got = await outcome(() =>
				c.handler(school)(routeEvent(test.db, { ...c.request(school), user: school.owner }))
			);
			expect(got.status, c.name).toBe(200);
		}
		for (const c of cases.filter((c) => c.public)) {
			const got = await outcome(() =>
				c.handler(school)(routeEvent(test.db, { ...c.request(school), user: school.student }))
			);
			expect(got.status, c.name).toBe(200);
		}
		const csv = await outcome(() =>
			answersCsv.GET(
				routeEvent(test.db, {
					path: `/teacher/classes/${school.ownClass.id}/answers.csv`,
					params: { id: String(school.ownClass.id) },
					user: school.owner
				}) as never
			)
		);
		expect(String(csv.data)).toContain('Sari');
	});
});
