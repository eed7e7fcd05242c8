import { beforeEach, describe, expect, it } from 'vitest';
import { makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleStore from './articles';
import * as assignments from './assignments';
import * as attemptStore from './attempts';
import * as reports from './class-reports';
import * as classes from './classes';
import { listShippedArticles } from './content';
import { toCsv } from './csv';
import type { Article } from './db/schema';
import * as reviews from './reviews';
import { inLocale } from '../../../tests/support/locale';

const test = useTestDatabase();
let article: Article;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

type Choice = 'right' | 'wrong' | 'skip';
async function take(userId: number, choose: (i: number) => Choice) {
	const started = await attemptStore.startOrResume(test.db, userId, article);
	if ('error' in started) throw new Error(started.error);
	const view = (await attemptStore.getAttempt(test.db, userId, started.attemptId))!;
	for (const [i, { question: q }] of view.items.entries()) {
		const choice = choose(i);
		if (choice === 'skip') continue;
		const response =
			choice === 'right' ? q.answer : q.typed ? 'bukan' : q.options.find((o) => o !== q.answer)!;
		await attemptStore.submitAnswer(test.db, userId, view.id, q.id, response);
	}
	return view;
}

/** A class of three: Sari gets everything right, Budi everything wrong, Dewi answers one and stops. */
async function classOfThree() {
	const teacher = await makeTeacher(test.db, 'Bu Ratna');
	const created = await classes.create(test.db, teacher.id, 'Kelas 10A');
	const [sari, budi, dewi, outsider] = [
		await makeStudent(test.db, 'Sari'),
		await makeStudent(test.db, '=HYPERLINK("http://x")'),
		await makeStudent(test.db, 'Dewi'),
		await makeStudent(test.db, 'Tamu')
	];
	for (const s of [sari, budi, dewi]) await classes.join(test.db, s.id, created.joinCode);
	// Sari's self-study attempt, finished before the assignment: it does not count.
	await take(sari.id, () => 'wrong');
	const made = await assignments.create(test.db, teacher.id, created.id, article, {
		questionCount: 4,
		dueAt: new Date(Date.now() + 86_400_000)
	});
	const assignmentId = 'created' in made ? made.created : 0;
	const sariView = await take(sari.id, () => 'right');
	const budiView = await take(budi.id, () => 'wrong');
	await take(dewi.id, (i) => (i === 0 ? 'right' : 'skip'));
	await take(outsider.id, () => 'right');
	return {
		teacher,
		classId: created.id,
		assignmentId,
		sari,
		budi,
		dewi,
		outsider,
		sariView,
		budiView
	};
}

describe('the class dashboard', () => {
	it('shows best scores, attempts, status and averages per student and assignment', async () => {
		const { teacher, classId, budi } = await classOfThree();
		const d = (await reports.dashboard(test.db, teacher.id, classId))!;
		expect(d.assignments).toHaveLength(1);
		expect(d.assignments[0]).toMatchObject({
			title: article.title,
			questionCount: 4,
			completed: 2,
			late: 0,
			average: 0.5
		});
		const cells = Object.fromEntries(d.roster.map((r) => [r.displayName, r.cells[0]]));
		expect(cells.Sari).toEqual({ attempts: 1, best: 1, status: 'done' });
		expect(cells[budi.displayName]).toEqual({ attempts: 1, best: 0, status: 'done' });
		expect(cells.Dewi).toEqual({ attempts: 1, best: null, status: 'in-progress' });
		expect(d.roster.map((r) => r.displayName)).not.toContain('Tamu');
		expect(d.average).toBe(0.5);
		expect(d.distribution).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);

		const late = (await reports.dashboard(
			test.db,
			teacher.id,
			classId,
			new Date(Date.now() + 3 * 86_400_000)
		))!;
		expect(late.roster.find((r) => r.displayName === 'Dewi')!.cells[0].status).toBe('late');
		expect(late.assignments[0].late).toBe(1);
	});

	it('exports the table as CSV, defusing a name that looks like a formula', async () => {
		const { teacher, classId } = await classOfThree();
		const { header, rows } = reports.rosterCsvRows(
			(await reports.dashboard(test.db, teacher.id, classId))!
		);
		expect(header).toEqual([
			'Student',
			`${article.title}: best %`,
			`${article.title}: attempts`,
			`${article.title}: status`,
			'Average %'
		]);
		expect(rows).toContainEqual(['Sari', 100, 1, 'Done', 100]);
		expect(rows).toContainEqual(['Dewi', '', 1, 'In progress', '']);
		expect(toCsv(header, rows)).toContain(`"'=HYPERLINK(""http://x"")",0,1,Done,0`);
	});
});

describe('the assignment report', () => {
	it('analyses each question from first finished attempts and names the class’s words', async () => {
		const { teacher, classId, assignmentId, sari, outsider, budiView } = await classOfThree();
		await reviews.recordLookups(test.db, sari.id, article, [{ root: 'undang', form: 'undangan' }]);
		await reviews.recordLookups(test.db, outsider.id, article, [{ root: 'rudal', form: 'rudal' }]);
		const r = (await reports.assignmentReport(test.db, teacher.id, classId, assignmentId))!;
		expect(r.takers).toBe(2);
		expect(r.average).toBe(0.5);
		// In article order: each student had the items in an order of their own.
		const inArticleOrder = [...budiView.items]
			.sort((a, b) => a.question.evidence.start - b.question.evidence.start)
			.map((i) => i.question.id);
		expect(r.questions.map((q) => q.question.id)).toEqual(inArticleOrder);
		for (const { stats } of r.questions) {
			expect(stats).toMatchObject({
				asked: 2,
				answered: 2,
				correct: 1,
				facility: 0.5,
				discrimination: 1
			});
			expect(stats.flags).toEqual([]);
		}
		expect(r.vocabulary.lookedUp).toEqual([
			{ root: 'undang', lookups: 1, students: 1, gloss: expect.any(String) }
		]);
		// Budi missed every question: the word ones name their roots (the selection is random, so maybe none).
		const missedRoots = new Set(
			budiView.items.map((i) => reports.wordOf(i.question)).filter(Boolean)
		);
		expect(r.vocabulary.missed.map((w) => w.root).sort()).toEqual(
			[...missedRoots].sort().slice(0, 10)
		);
		for (const w of r.vocabulary.missed) expect(w.times).toBe(1);
		expect(r.students.find((s) => s.displayName === 'Dewi')).toMatchObject({
			best: null,
			status: 'in-progress'
		});
	});

	it('writes the CSV headers in the teacher’s interface language', async () => {
		const { teacher, classId, assignmentId } = await classOfThree();
		const csv = (await inLocale('id', () =>
			reports.answerCsvRows(test.db, teacher.id, classId, assignmentId)
		))!;
		expect(csv.header.slice(0, 3)).toEqual(['Siswa', 'Tugas', 'Percobaan']);
		expect(csv.rows.some((r) => r[csv.header.indexOf('Benar')] === 'ya')).toBe(true);
		const dashboard = (await reports.dashboard(test.db, teacher.id, classId))!;
		const roster = inLocale('id', () => reports.rosterCsvRows(dashboard));
		expect(roster.header.at(-1)).toBe('% rata-rata');
	});

	it('lists every answer for the CSV, unanswered questions included, and one student’s attempts', async () => {
		const { teacher, classId, assignmentId, budi, outsider } = await classOfThree();
		const csv = (await reports.answerCsvRows(test.db, teacher.id, classId, assignmentId))!;
		expect(csv.rows).toHaveLength(12);
		const col = (name: string) => csv.header.indexOf(name);
		expect(csv.rows.filter((r) => r[col('Correct')] === 'yes')).toHaveLength(5);
		expect(csv.rows.filter((r) => r[col('Answer given')] === '')).toHaveLength(3);
		expect(new Set(csv.rows.map((r) => r[col('Student')]))).toEqual(
			new Set(['Sari', budi.displayName, 'Dewi'])
		);

		const detail = (await reports.studentDetail(test.db, teacher.id, classId, budi.id))!;
		expect(detail.attempts).toHaveLength(1);
		expect(detail.attempts[0].items.every((i) => i.correct === false && i.response !== null)).toBe(
			true
		);
		expect(await reports.studentDetail(test.db, teacher.id, classId, outsider.id)).toBeUndefined();
	});

	it('is the class’s teacher’s alone', async () => {
		const { classId, assignmentId, sari } = await classOfThree();
		const other = await makeTeacher(test.db);
		expect(await reports.dashboard(test.db, other.id, classId)).toBeUndefined();
		expect(
			await reports.assignmentReport(test.db, other.id, classId, assignmentId)
		).toBeUndefined();
		expect(await reports.studentDetail(test.db, other.id, classId, sari.id)).toBeUndefined();
		expect(await reports.answerCsvRows(test.db, other.id, classId)).toBeUndefined();
		const own = await classes.create(test.db, other.id, 'Kelas lain');
		expect(await reports.assignmentReport(test.db, other.id, own.id, assignmentId)).toBeUndefined();
		expect(await reports.answerCsvRows(test.db, other.id, own.id, assignmentId)).toBeUndefined();
	});
});

describe('the word a question is about', () => {
	const base = {
		id: 'q',
		options: [],
		evidence: { start: 0, end: 1 },
		explanation: '',
		difficulty: 2
	};
	it('comes from the answer or the quoted word, by kind', () => {
		expect(
			reports.wordOf({ ...base, kind: 'cloze', prompt: 'Lengkapi: ___', answer: 'meluncurkan' })
		).toBe('luncur');
		expect(
			reports.wordOf({
				...base,
				kind: 'vocab-meaning',
				prompt: 'Apa arti kata "kesepakatan"?',
				answer: 'agreement'
			})
		).toBe('sepakat');
		expect(
			reports.wordOf({
				...base,
				kind: 'vocab-word',
				prompt: 'Kata dasar mana yang berarti "invite"?',
				answer: 'undang'
			})
		).toBe('undang');
		expect(
			reports.wordOf({
				...base,
				kind: 'morphology-affixes',
				prompt: 'Imbuhan apa yang membentuk kata "meluncurkan" dari kata dasar "luncur"?',
				answer: 'meN- + -kan'
			})
		).toBe('luncur');
		expect(
			reports.wordOf({ ...base, kind: 'fact', prompt: 'Siapa?', answer: 'Putin' })
		).toBeUndefined();
	});
});
