import { beforeEach, describe, expect, it } from 'vitest';
import { makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleStore from './articles';
import * as assignments from './assignments';
import * as attemptStore from './attempts';
import * as bank from './question-bank';
import * as questionForm from './question-form';
import * as classes from './classes';
import { listShippedArticles } from './content';
import type { Article } from './db/schema';

const test = useTestDatabase();
let article: Article;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

async function classWithStudents(names: string[]) {
	const teacher = await makeTeacher(test.db, 'Bu Ratna');
	const created = await classes.create(test.db, teacher.id, 'Kelas 10A');
	const students = [];
	for (const name of names) {
		const student = await makeStudent(test.db, name);
		await classes.join(test.db, student.id, created.joinCode);
		students.push(student);
	}
	return { teacher, classId: created.id, students };
}

async function start(userId: number) {
	const started = await attemptStore.startOrResume(test.db, userId, article);
	if ('error' in started) throw new Error(started.error);
	return (await attemptStore.getAttempt(test.db, userId, started.attemptId))!;
}

async function finish(userId: number, view: attemptStore.AttemptView) {
	for (const item of view.items)
		await attemptStore.submitAnswer(
			test.db,
			userId,
			view.id,
			item.question.id,
			item.question.typed ? 'x' : item.question.options[0]
		);
}

describe('assignments', () => {
	it('give every student of the class the same questions, as many as the teacher chose', async () => {
		const { teacher, classId, students } = await classWithStudents(['Sari', 'Budi']);
		expect(await assignments.quizSizeFor(test.db, students[0].id, article)).toBe(10);
		const result = await assignments.create(test.db, teacher.id, classId, article, {
			questionCount: 4
		});
		expect(result).toHaveProperty('created');
		expect(await assignments.quizSizeFor(test.db, students[0].id, article)).toBe(4);
		expect(await assignments.quizSizeFor(test.db, null, article)).toBe(10);
		const [sari, budi] = [await start(students[0].id), await start(students[1].id)];
		expect(sari.items).toHaveLength(4);
		const ids = (view: typeof sari) => view.items.map((i) => i.question.id);
		expect([...ids(budi)].sort()).toEqual([...ids(sari)].sort());
		// Each student in their own order, the same one again when the quiz is started afresh.
		expect(ids(await start(students[0].id))).toEqual(ids(sari));
		// Someone outside the class gets the ordinary quiz.
		const outsider = await makeStudent(test.db);
		expect((await start(outsider.id)).items).toHaveLength(attemptStore.defaultQuizSize);
	});

	it('show each student a status: not started, in progress, done, late', async () => {
		const { teacher, classId, students } = await classWithStudents(['Sari']);
		const now = new Date();
		await assignments.create(test.db, teacher.id, classId, article, {
			questionCount: 3,
			dueAt: new Date(now.getTime() + 86_400_000)
		});
		const status = async (at = now) =>
			(await assignments.listForStudent(test.db, students[0].id, at))[0].status;
		expect(await status()).toBe('not-started');
		const view = await start(students[0].id);
		expect(await status()).toBe('in-progress');
		expect(await status(new Date(now.getTime() + 3 * 86_400_000))).toBe('late');
		await finish(students[0].id, view);
		expect(await status()).toBe('done');
		expect(await status(new Date(now.getTime() + 3 * 86_400_000))).toBe('done');
		expect(
			assignments.statusOf({
				dueAt: now,
				firstFinishedAt: new Date(now.getTime() + 1),
				hasOpen: false
			})
		).toBe('late');
	});

	it('belong to the class’s teacher only; an article is set once per class', async () => {
		const { teacher, classId } = await classWithStudents([]);
		const other = await makeTeacher(test.db);
		expect(await assignments.create(test.db, other.id, classId, article, {})).toEqual({
			error: 'not-found'
		});
		const made = await assignments.create(test.db, teacher.id, classId, article, {});
		expect(await assignments.create(test.db, teacher.id, classId, article, {})).toEqual({
			error: 'exists'
		});
		expect(await assignments.listForClass(test.db, other.id, classId)).toEqual([]);
		const id = 'created' in made ? made.created : 0;
		expect(await assignments.remove(test.db, other.id, classId, id)).toBe(false);
		expect(await assignments.listForClass(test.db, teacher.id, classId)).toHaveLength(1);
		expect(await assignments.remove(test.db, teacher.id, classId, id)).toBe(true);
	});

	it('refuse more questions than the teacher left visible', async () => {
		const { teacher, classId } = await classWithStudents([]);
		const pool = await bank.visiblePool(test.db, article, teacher.id);
		expect(
			await assignments.create(test.db, teacher.id, classId, article, {
				questionCount: pool.length + 1
			})
		).toEqual({ error: 'no-questions', available: pool.length });
	});
});

describe('the question bank', () => {
	it('quizzes draw only from visible questions', async () => {
		const { teacher, classId, students } = await classWithStudents(['Sari']);
		const all = await bank.visiblePool(test.db, article, teacher.id);
		const hidden = all.slice(0, 3).map((q) => q.id);
		for (const id of hidden)
			expect(await bank.setHidden(test.db, article, teacher.id, id, true)).toBe(true);
		const visible = await bank.visiblePool(test.db, article, teacher.id);
		expect(visible).toHaveLength(all.length - 3);
		await assignments.create(test.db, teacher.id, classId, article, {
			questionCount: Math.min(50, visible.length)
		});
		const asked = (await start(students[0].id)).items.map((i) => i.question.id);
		for (const id of hidden) expect(asked).not.toContain(id);
		// Another teacher's students and self-study learners are not affected.
		expect(await bank.visiblePool(test.db, article, null)).toHaveLength(all.length);
		expect(await bank.setHidden(test.db, article, teacher.id, 'no-such-question', true)).toBe(
			false
		);
	});

	it('a class student practising outside an assignment never gets a hidden question', async () => {
		const { teacher, students } = await classWithStudents(['Sari']);
		const all = await bank.visiblePool(test.db, article, teacher.id);
		// Hide all but 4, so every quiz must be drawn from what is left.
		const hidden = all.slice(4).map((q) => q.id);
		for (const id of hidden) await bank.setHidden(test.db, article, teacher.id, id, true);
		const plan = await assignments.quizPlanFor(test.db, students[0].id, article);
		expect(plan.pool.map((q) => q.id).sort()).toEqual(
			all
				.slice(0, 4)
				.map((q) => q.id)
				.sort()
		);
		const asked = (await start(students[0].id)).items.map((i) => i.question.id);
		expect(asked).toHaveLength(4);
		for (const id of hidden) expect(asked).not.toContain(id);
		// A learner in no class still practises from every question.
		const loner = await makeStudent(test.db);
		expect((await assignments.quizPlanFor(test.db, loner.id, article)).pool).toHaveLength(
			all.length
		);
	});

	it('an edit makes a new version; past attempts keep what they asked', async () => {
		const { teacher, classId, students } = await classWithStudents(['Sari', 'Budi']);
		const pool = await bank.visiblePool(test.db, article, teacher.id);
		await assignments.create(test.db, teacher.id, classId, article, {
			questionCount: pool.length > 50 ? 50 : pool.length
		});
		const before = await start(students[0].id);
		const target = before.items.find((i) => !i.question.typed)!.question;
		const draft = {
			prompt: 'Siapa yang diundang?',
			options: ['Putin', 'Kim Jong Un', 'Biden'],
			answer: 'Putin',
			explanation: 'Diedit.'
		};
		expect(await bank.edit(test.db, article, teacher.id, target.id, 1, draft)).toBe('saved');
		expect(await bank.edit(test.db, article, teacher.id, target.id, 1, draft)).toBe('stale');
		const item = (await bank.findForReview(test.db, article, teacher.id, target.id))!;
		expect(item).toMatchObject({
			version: 2,
			question: { id: `${target.id}~v2`, prompt: 'Siapa yang diundang?', kind: target.kind }
		});

		const again = (await attemptStore.getAttempt(test.db, students[0].id, before.id))!;
		expect(again.items.find((i) => i.question.id === target.id)!.question).toEqual(target);
		const ids = (await bank.visiblePool(test.db, article, teacher.id)).map((q) => q.id);
		expect(ids).toContain(`${target.id}~v2`);
		expect(ids).not.toContain(target.id);
		expect((await start(students[1].id)).items.map((i) => i.question.id)).not.toContain(target.id);
	});

	it('custom questions join the pool of the teacher who wrote them', async () => {
		const teacher = await makeTeacher(test.db);
		const [sentence] = questionForm.evidenceChoices(article);
		const [start, end] = sentence.value.split('-').map(Number);
		const id = await bank.addCustom(test.db, article, teacher.id, {
			kind: 'fact',
			prompt: 'Di mana Putin dan Kim bertemu?',
			options: ['Vostochny', 'Moskow', 'Pyongyang'],
			answer: 'Vostochny',
			explanation: '',
			evidence: { start, end }
		});
		const pool = await bank.visiblePool(test.db, article, teacher.id);
		expect(pool.find((q) => q.id === id)).toMatchObject({
			kind: 'fact',
			answer: 'Vostochny',
			difficulty: 3
		});
		expect(
			(await bank.visiblePool(test.db, article, null)).find((q) => q.id === id)
		).toBeUndefined();
	});
});

describe('forms', () => {
	const form = (fields: Record<string, string | string[]>) => {
		const data = new FormData();
		for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) data.append(k, x);
		return data;
	};

	it('an assignment needs an article; the count and the due day are optional and bounded', () => {
		const now = new Date('2025-03-10T12:00:00Z');
		expect(assignments.parseAssignmentForm(form({ article: 'banjir-jakarta' }), now)).toMatchObject(
			{ ok: true, slug: 'banjir-jakarta', questionCount: undefined, dueAt: undefined }
		);
		const full = assignments.parseAssignmentForm(
			form({ article: 'banjir-jakarta', questionCount: '5', dueOn: '2025-03-31' }),
			now
		);
		expect(full).toMatchObject({ ok: true, questionCount: 5 });
		expect(full.dueAt?.toISOString()).toBe('2025-03-31T23:59:59.999Z');
		for (const bad of <Record<string, string>[]>[
			{ article: '' },
			{ article: 'Banjir Jakarta' },
			{ article: 'a', questionCount: '0' },
			{ article: 'a', questionCount: '51' },
			{ article: 'a', questionCount: '2.5' },
			{ article: 'a', dueOn: '2025-02-30' },
			{ article: 'a', dueOn: '2025-03-01' },
			{ article: 'a', dueOn: '2030-01-01' }
		]) {
			expect(assignments.parseAssignmentForm(form(bad), now).ok, JSON.stringify(bad)).toBe(false);
		}
	});

	it('an edited question has a prompt, distinct options and exactly one marked correct', () => {
		const base = { prompt: 'Siapa?', option1: 'Putin', option2: 'Kim', option3: '', correct: '1' };
		const existing = {
			id: 'q',
			kind: 'fact' as const,
			prompt: '',
			options: [],
			answer: '',
			evidence: { start: 0, end: 1 },
			explanation: '',
			difficulty: 2
		};
		expect(questionForm.parseQuestionForm(form(base), article, existing).draft).toEqual({
			prompt: 'Siapa?',
			options: ['Putin', 'Kim'],
			answer: 'Putin',
			explanation: ''
		});
		const errors = (fields: Record<string, string | string[]>) =>
			questionForm.parseQuestionForm(form({ ...base, ...fields }), article, existing).errors;
		expect(errors({ prompt: '  ' })).toHaveProperty('prompt');
		expect(errors({ option2: ' putin! ' })).toHaveProperty('options');
		expect(errors({ option2: '' })).toHaveProperty('options');
		expect(errors({ correct: '3' })).toHaveProperty('correct');
		expect(errors({ correct: ['1', '2'] })).toHaveProperty('correct');
		expect(errors({ correct: '' })).toHaveProperty('correct');
		const typed = questionForm.parseQuestionForm(
			form({ prompt: 'Kata dasar?', answer: '' }),
			article,
			{ ...existing, typed: true }
		);
		expect(typed.errors).toHaveProperty('answer');
		const fresh = questionForm.parseQuestionForm(
			form({ ...base, kind: 'fact', evidence: '0-5' }),
			article
		);
		expect(fresh.errors).toHaveProperty('evidence');
	});
});
