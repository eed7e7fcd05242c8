/**
 * Bad input to every action and export of the teacher's side, from the teacher who owns the
 * data: empty, over-long (10,000 characters), wrong-type and malformed posts each get a 400 with
 * a message, never a 500, and change nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { useTestDatabase } from '../../../tests/support/test-database';
import { outcome, routeEvent, type EventOptions } from '../../../tests/support/route-events';
import { makeSchool, sekolahText, type School } from '../../../tests/support/teaching';
import { articleQuestions, articles, assignments, glossCorrections } from '$lib/server/db/schema';
import * as classPage from './classes/[id=id]/+page.server';
import * as reportPage from './classes/[id=id]/assignments/[assignment=id]/+page.server';
import * as answersCsv from './classes/[id=id]/answers.csv/+server';
import * as importPage from './articles/new/+page.server';
import * as questionsPage from './articles/[slug=slug]/questions/+page.server';
import * as questionPage from './articles/[slug=slug]/questions/[question=question]/+page.server';
import * as newQuestionPage from './articles/[slug=slug]/questions/new/+page.server';
import * as glossesPage from './articles/[slug=slug]/glosses/+page.server';

const test = useTestDatabase();
let school: School;
beforeEach(async () => {
	school = await makeSchool(test.db);
});

const long = 'x'.repeat(10_000);
const english =
	'The mayor said on Monday that the city will open new libraries for children, and that the program will reach more than ten thousand pupils in the coming year. '.repeat(
		3
	);
const garbage = {
	body: '--zz\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end',
	contentType: 'multipart/form-data; boundary=zz'
};
const json = { body: '{"article":"x"}', contentType: 'application/json' };

/* eslint-disable @typescript-eslint/no-explicit-any -- route functions want their generated event types */
type Target = {
	handler: (event: any) => unknown;
	request: (s: School) => Omit<EventOptions, 'user' | 'form' | 'body' | 'contentType'>;
};
const assign: Target = {
	handler: classPage.actions.assign,
	request: (s) => ({
		path: `/teacher/classes/${s.ownClass.id}?/assign`,
		params: { id: String(s.ownClass.id) }
	})
};
const unassign: Target = {
	handler: classPage.actions.unassign,
	request: (s) => ({
		path: `/teacher/classes/${s.ownClass.id}?/unassign`,
		params: { id: String(s.ownClass.id) }
	})
};
const reportHide: Target = {
	handler: reportPage.actions.hide,
	request: (s) => ({
		path: `/teacher/classes/${s.ownClass.id}/assignments/${s.assignmentId}?/hide`,
		params: { id: String(s.ownClass.id), assignment: String(s.assignmentId) }
	})
};
const hide: Target = {
	handler: questionsPage.actions.hide,
	request: (s) => ({
		path: `/teacher/articles/${s.article.slug}/questions?/hide`,
		params: { slug: s.article.slug }
	})
};
const show: Target = {
	handler: questionsPage.actions.show,
	request: (s) => ({
		path: `/teacher/articles/${s.article.slug}/questions?/show`,
		params: { slug: s.article.slug }
	})
};
const edit: Target = {
	handler: questionPage.actions.default,
	request: (s) => ({
		path: `/teacher/articles/${s.article.slug}/questions/${s.editable.baseId}`,
		params: { slug: s.article.slug, question: s.editable.baseId }
	})
};
const create: Target = {
	handler: newQuestionPage.actions.default,
	request: (s) => ({
		path: `/teacher/articles/${s.article.slug}/questions/new`,
		params: { slug: s.article.slug }
	})
};
const gloss: Target = {
	handler: glossesPage.actions.default,
	request: (s) => ({
		path: `/teacher/articles/${s.article.slug}/glosses`,
		params: { slug: s.article.slug }
	})
};
const preview: Target = {
	handler: importPage.actions.preview,
	request: () => ({ path: '/teacher/articles/new?/preview' })
};
const publish: Target = {
	handler: importPage.actions.publish,
	request: () => ({ path: '/teacher/articles/new?/publish' })
};
const csv = (query: string): Target => ({
	handler: answersCsv.GET,
	request: (s) => ({
		path: `/teacher/classes/${s.ownClass.id}/answers.csv?assignment=${query}`,
		params: { id: String(s.ownClass.id) }
	})
});

type Input =
	Pick<EventOptions, 'form' | 'body' | 'contentType'> | ((s: School) => Pick<EventOptions, 'form'>);
const good = (s: School) => ({
	version: String(s.editable.version),
	prompt: 'Siapa?',
	option1: 'Ya',
	option2: 'Tidak',
	correct: '1'
});
const article = { title: 'Judul', source: 'Liputan6.com', text: sekolahText };

const cases: [string, Target, Input][] = [
	['assign: nothing', assign, { form: {} }],
	['assign: empty article', assign, { form: { article: '' } }],
	['assign: over-long article', assign, { form: { article: long } }],
	['assign: article with spaces', assign, { form: { article: 'Banjir Jakarta' } }],
	['assign: article as a path', assign, { form: { article: '../../etc/passwd' } }],
	['assign: unknown article', assign, { form: { article: 'tidak-ada-artikel' } }],
	[
		'assign: count not a number',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: 'sepuluh' } })
	],
	[
		'assign: negative count',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: '-3' } })
	],
	[
		'assign: zero count',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: '0' } })
	],
	[
		'assign: count over 50',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: '51' } })
	],
	[
		'assign: count in exponent form',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: '1e1' } })
	],
	[
		'assign: fractional count',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: '2.5' } })
	],
	[
		'assign: over-long count',
		assign,
		(s) => ({ form: { article: s.article.slug, questionCount: long } })
	],
	[
		'assign: due date in words',
		assign,
		(s) => ({ form: { article: s.article.slug, dueOn: 'besok' } })
	],
	['assign: month 13', assign, (s) => ({ form: { article: s.article.slug, dueOn: '2030-13-01' } })],
	[
		'assign: due date passed',
		assign,
		(s) => ({ form: { article: s.article.slug, dueOn: '2020-01-01' } })
	],
	[
		'assign: over-long due date',
		assign,
		(s) => ({ form: { article: s.article.slug, dueOn: long } })
	],
	['assign: cut-off multipart', assign, garbage],
	['assign: JSON instead of a form', assign, json],
	['take back: nothing', unassign, { form: {} }],
	['take back: id in words', unassign, { form: { assignment: 'satu' } }],
	['take back: negative id', unassign, { form: { assignment: '-1' } }],
	['take back: id beyond integer', unassign, { form: { assignment: '99999999999' } }],
	['take back: over-long id', unassign, { form: { assignment: long } }],
	['take back: cut-off multipart', unassign, garbage],
	['report hide: nothing', reportHide, { form: {} }],
	['report hide: empty question', reportHide, { form: { question: '' } }],
	['report hide: over-long question', reportHide, { form: { question: long } }],
	['report hide: unknown question', reportHide, { form: { question: 'bukanpertanyaan' } }],
	['report hide: JSON', reportHide, json],
	['hide: nothing', hide, { form: {} }],
	['hide: over-long question', hide, { form: { question: long } }],
	['hide: cut-off multipart', hide, garbage],
	['show: unknown question', show, { form: { question: 'tidakada' } }],
	['edit: nothing', edit, { form: {} }],
	['edit: version in words', edit, (s) => ({ form: { ...good(s), version: 'dua' } })],
	['edit: empty prompt', edit, (s) => ({ form: { ...good(s), prompt: '   ' } })],
	['edit: over-long prompt', edit, (s) => ({ form: { ...good(s), prompt: long } })],
	['edit: no options', edit, (s) => ({ form: { ...good(s), option1: '', option2: '' } })],
	['edit: one option', edit, (s) => ({ form: { ...good(s), option2: '' } })],
	['edit: the same option twice', edit, (s) => ({ form: { ...good(s), option2: ' ya! ' } })],
	[
		'edit: options of punctuation only',
		edit,
		(s) => ({ form: { ...good(s), option1: '?!', option2: '...' } })
	],
	['edit: correct names an empty option', edit, (s) => ({ form: { ...good(s), correct: '5' } })],
	['edit: two correct options', edit, (s) => ({ form: { ...good(s), correct: ['1', '2'] } })],
	['edit: correct in words', edit, (s) => ({ form: { ...good(s), correct: 'pertama' } })],
	['edit: no correct option', edit, (s) => ({ form: { ...good(s), correct: '' } })],
	['edit: over-long option', edit, (s) => ({ form: { ...good(s), option1: long } })],
	['edit: over-long explanation', edit, (s) => ({ form: { ...good(s), explanation: long } })],
	['edit: cut-off multipart', edit, garbage],
	['new question: nothing', create, { form: {} }],
	[
		'new question: unknown kind',
		create,
		(s) => ({ form: { ...good(s), kind: 'essay', evidence: '0-10' } })
	],
	[
		'new question: evidence out of range',
		create,
		(s) => ({ form: { ...good(s), kind: 'fact', evidence: '99999-100000' } })
	],
	[
		'new question: evidence in words',
		create,
		(s) => ({ form: { ...good(s), kind: 'fact', evidence: 'kalimat pertama' } })
	],
	[
		'new question: over-long evidence',
		create,
		(s) => ({ form: { ...good(s), kind: 'fact', evidence: long } })
	],
	[
		'new question: over-long prompt',
		create,
		(s) => ({ form: { ...good(s), kind: 'fact', prompt: long } })
	],
	['new question: JSON', create, json],
	['gloss: nothing', gloss, { form: {} }],
	['gloss: capitalised root', gloss, { form: { root: 'Desa', gloss: 'village' } }],
	['gloss: over-long root', gloss, { form: { root: long, gloss: 'village' } }],
	['gloss: over-long gloss', gloss, { form: { root: 'desa', gloss: long } }],
	[
		'gloss: markup in the gloss',
		gloss,
		{ form: { root: 'desa', gloss: '<script>alert(1)</script>' } }
	],
	['gloss: a word not in the article', gloss, { form: { root: 'komputer', gloss: 'computer' } }],
	['gloss: cut-off multipart', gloss, garbage],
	['preview: nothing', preview, { form: {} }],
	['preview: no text', preview, { form: { ...article, text: '' } }],
	['preview: 10,000 characters of one letter', preview, { form: { ...article, text: long } }],
	[
		'preview: over 20,000 characters',
		preview,
		{ form: { ...article, text: (sekolahText + '\n').repeat(25) } }
	],
	['preview: English', preview, { form: { ...article, text: english } }],
	['preview: over-long title', preview, { form: { ...article, title: long } }],
	['preview: over-long source', preview, { form: { ...article, source: long } }],
	['preview: date in words', preview, { form: { ...article, publishedOn: 'kemarin' } }],
	['preview: cut-off multipart', preview, garbage],
	['publish: nothing', publish, { form: {} }],
	['publish: English', publish, { form: { ...article, text: english } }],
	['publish: no title', publish, { form: { ...article, title: '' } }],
	['publish: JSON', publish, json],
	['answers CSV: assignment in words', csv('satu'), { form: undefined }],
	['answers CSV: negative assignment', csv('-1'), { form: undefined }],
	['answers CSV: over-long assignment', csv(long), { form: undefined }]
];

async function counts() {
	return Promise.all(
		[articles, assignments, articleQuestions, glossCorrections].map(
			async (t) => (await test.db.select({ n: count() }).from(t))[0].n
		)
	);
}

describe('bad input to the teacher’s side', () => {
	it(`gets 400 with a message, never a 500, in ${cases.length} cases`, async () => {
		expect(cases.length).toBeGreaterThanOrEqual(50);
		const before = await counts();
		const wrong: string[] = [];
		for (const [name, target, input] of cases) {
			const extra = typeof input === 'function' ? input(school) : input;
			const got = await outcome(() =>
				target.handler(
					routeEvent(test.db, { ...target.request(school), ...extra, user: school.owner })
				)
			);
			if (got.status !== 400 || !got.message)
				wrong.push(`${name}: ${got.status} ${got.message ?? '(no message)'}`);
		}
		expect(wrong).toEqual([]);
		expect(await counts()).toEqual(before);
	});
});
