/**
 * What a teacher sees of a class: the roster × assignments table, one student's attempts, one
 * assignment's per-question report and the class's words, and the rows behind the CSV exports.
 *
 * Every entry point first checks that the class is the teacher's (classes.findForTeacher) and
 * then reads only through the class: members, its assignments, and the attempts that count for
 * them (assignments.ts). The heavy reads are two indexed queries per page: counted attempts with
 * their scores (a correlated count on the answers primary key), and for a report the snapshots
 * and answers of those attempts. Aggregation happens here, on a few hundred rows.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { analyzeWord } from '$lib/text/morphology';
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import { statusText } from '$lib/labels';
import type { Question } from '$lib/text/types';
import * as assignmentStore from './assignments';
import * as classes from './classes';
import * as reviews from './reviews';
import type { Database } from './db';
import {
	answers,
	articles,
	assignments,
	attemptQuestions,
	attempts,
	classes as classTable,
	classMembers,
	type Article
} from './db/schema';
import { analyseItems, scoreOf, type Taker } from './item-analysis';
import { baseIdOf, listForReview } from './question-bank';
import { listWords } from './vocabulary';
import { m } from '$lib/paraglide/messages';

/** Attempts that count for an assignment: not already finished when it was set. */
const counted = sql`(${attempts.finishedAt} is null or ${attempts.finishedAt} >= ${assignments.createdAt})`;

/** Every counted attempt of the class's students, with its score, oldest first. */
async function listClassAttempts(
	db: Database,
	teacherId: number,
	classId: number,
	assignmentId?: number
) {
	return db
		.select({
			assignmentId: assignments.id,
			studentId: attempts.userId,
			attemptId: attempts.id,
			startedAt: attempts.startedAt,
			finishedAt: attempts.finishedAt,
			questionCount: attempts.questionCount,
			correct:
				sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id} and ${answers.correct})`.mapWith(
					Number
				),
			answered:
				sql<number>`(select count(*) from ${answers} where ${answers.attemptId} = ${attempts.id})`.mapWith(
					Number
				)
		})
		.from(assignments)
		.innerJoin(
			classTable,
			and(eq(classTable.id, assignments.classId), eq(classTable.teacherId, teacherId))
		)
		.innerJoin(classMembers, eq(classMembers.classId, assignments.classId))
		.innerJoin(
			attempts,
			and(
				eq(attempts.userId, classMembers.studentId),
				eq(attempts.articleId, assignments.articleId),
				counted
			)
		)
		.where(
			and(
				eq(assignments.classId, classId),
				assignmentId === undefined ? undefined : eq(assignments.id, assignmentId)
			)
		)
		.orderBy(asc(attempts.startedAt), asc(attempts.id));
}

type AttemptRow = Awaited<ReturnType<typeof listClassAttempts>>[number];

export interface Cell {
	attempts: number;
	/** Best score (0…1) of a finished attempt; null when none is finished. */
	best: number | null;
	status: assignmentStore.AssignmentStatus;
}

/** One student's standing on one assignment, from their counted attempts. */
function cellOf(rows: AttemptRow[], dueAt: Date | null, now: Date): Cell {
	const finished = rows.filter((r) => r.finishedAt);
	const best = finished.length
		? Math.max(...finished.map((r) => r.correct / r.questionCount))
		: null;
	const firstFinishedAt = finished.length
		? new Date(Math.min(...finished.map((r) => r.finishedAt!.getTime())))
		: null;
	return {
		attempts: rows.length,
		best,
		status: assignmentStore.statusOf(
			{ dueAt, firstFinishedAt, hasOpen: rows.some((r) => !r.finishedAt) },
			now
		)
	};
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** Ten bins of 10 % (the last one includes 100 %). */
export function distributionOf(scores: number[]): number[] {
	const bins = Array.from({ length: 10 }, () => 0);
	for (const s of scores) bins[Math.min(9, Math.floor(s * 10 + 1e-9))] += 1;
	return bins;
}

/** The class dashboard; undefined when the class is not this teacher's. */
export async function dashboard(
	db: Database,
	teacherId: number,
	classId: number,
	now = new Date()
) {
	const found = await classes.findForTeacher(db, teacherId, classId);
	if (!found) return undefined;
	const [list, rows] = await Promise.all([
		assignmentStore.listForClass(db, teacherId, classId),
		listClassAttempts(db, teacherId, classId)
	]);
	const key = (assignmentId: number, studentId: number) => `${assignmentId}:${studentId}`;
	const grouped = new Map<string, AttemptRow[]>();
	for (const r of rows)
		grouped.set(key(r.assignmentId, r.studentId), [
			...(grouped.get(key(r.assignmentId, r.studentId)) ?? []),
			r
		]);

	const roster = found.students.map((s) => {
		const cells = list.map((a) => cellOf(grouped.get(key(a.id, s.id)) ?? [], a.dueAt, now));
		return {
			id: s.id,
			displayName: s.displayName,
			cells,
			average: mean(cells.flatMap((c) => (c.best === null ? [] : [c.best])))
		};
	});
	const columns = list.map((a, i) => {
		const cells = roster.map((r) => r.cells[i]);
		const bests = cells.flatMap((c) => (c.best === null ? [] : [c.best]));
		return {
			...a,
			average: mean(bests),
			completed: cells.filter(
				(c) => c.status === 'done' || (c.status === 'late' && c.best !== null)
			).length,
			late: cells.filter((c) => c.status === 'late').length
		};
	});
	const allBests = roster.flatMap((r) => r.cells.flatMap((c) => (c.best === null ? [] : [c.best])));
	return {
		class: { id: found.id, name: found.name, joinCode: found.joinCode, students: found.students },
		assignments: columns,
		roster,
		average: mean(allBests),
		distribution: distributionOf(allBests)
	};
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof dashboard>>>;

/** The snapshots and answers of some attempts, in question order, grouped by attempt. */
async function itemsOf(db: Database, attemptIds: number[]) {
	if (attemptIds.length === 0) return new Map<number, Item[]>();
	const rows = await db
		.select({
			attemptId: attemptQuestions.attemptId,
			position: attemptQuestions.position,
			question: attemptQuestions.question,
			response: answers.response,
			correct: answers.correct,
			answeredAt: answers.answeredAt
		})
		.from(attemptQuestions)
		.leftJoin(
			answers,
			and(
				eq(answers.attemptId, attemptQuestions.attemptId),
				eq(answers.questionId, attemptQuestions.questionId)
			)
		)
		.where(inArray(attemptQuestions.attemptId, attemptIds))
		.orderBy(asc(attemptQuestions.attemptId), asc(attemptQuestions.position));
	const byAttempt = new Map<number, Item[]>();
	for (const { attemptId, ...item } of rows)
		byAttempt.set(attemptId, [...(byAttempt.get(attemptId) ?? []), item]);
	return byAttempt;
}

type Item = {
	position: number;
	question: Question;
	response: string | null;
	correct: boolean | null;
	answeredAt: Date | null;
};

/** One student's counted attempts in this class with every answer; undefined if not the teacher's student here. */
export async function studentDetail(
	db: Database,
	teacherId: number,
	classId: number,
	studentId: number
) {
	const found = await classes.findForTeacher(db, teacherId, classId);
	const student = found?.students.find((s) => s.id === studentId);
	if (!found || !student) return undefined;
	const [list, rows] = await Promise.all([
		assignmentStore.listForClass(db, teacherId, classId),
		listClassAttempts(db, teacherId, classId)
	]);
	const mine = rows.filter((r) => r.studentId === studentId);
	const items = await itemsOf(
		db,
		mine.map((r) => r.attemptId)
	);
	const byId = new Map(list.map((a) => [a.id, a]));
	return {
		class: { id: found.id, name: found.name },
		student: { id: student.id, displayName: student.displayName },
		attempts: mine.map((r) => ({
			...r,
			title: byId.get(r.assignmentId)!.title,
			items: (items.get(r.attemptId) ?? []).map((i) => ({ ...i, expected: i.question.answer }))
		}))
	};
}

/**
 * The root a word question is about (cloze, vocabulary, morphology): the generator names it; for
 * snapshots from before it did, and for edited questions, it is read from the answer or the quotes.
 */
export function wordOf(question: Question): string | undefined {
	if (question.root) return question.root;
	const quoted = [...question.prompt.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
	switch (question.kind) {
		case 'cloze':
			return analyzeWord(question.answer, rootDictionary).root;
		case 'vocab-word':
		case 'morphology-root':
			return question.answer.toLowerCase();
		case 'vocab-meaning':
			return quoted[0] && analyzeWord(quoted[0], rootDictionary).root;
		case 'morphology-affixes':
			return quoted[1]?.toLowerCase() ?? (quoted[0] && analyzeWord(quoted[0], rootDictionary).root);
		default:
			return undefined;
	}
}

/**
 * The assignment report: per question facility, discrimination, option counts and flags (from
 * each student's first finished attempt), the score distribution, and the class's words.
 */
export async function assignmentReport(
	db: Database,
	teacherId: number,
	classId: number,
	assignmentId: number,
	now = new Date()
) {
	const found = await classes.findForTeacher(db, teacherId, classId);
	const assignment =
		found && (await assignmentStore.findForTeacher(db, teacherId, classId, assignmentId));
	if (!found || !assignment) return undefined;
	const [rows, [article]] = await Promise.all([
		listClassAttempts(db, teacherId, classId, assignmentId),
		db.select().from(articles).where(eq(articles.id, assignment.articleId))
	]);
	const items = await itemsOf(
		db,
		rows.map((r) => r.attemptId)
	);

	// Each student once: their first finished attempt.
	const firstFinished = new Map<number, AttemptRow>();
	for (const r of rows)
		if (r.finishedAt && !firstFinished.has(r.studentId)) firstFinished.set(r.studentId, r);
	const takers: Taker[] = [...firstFinished.values()].map((r) => {
		const list = items.get(r.attemptId) ?? [];
		return {
			studentId: r.studentId,
			asked: list.map((i) => i.question.id),
			answers: new Map(
				list.flatMap((i) =>
					i.response === null
						? []
						: [[i.question.id, { response: i.response, correct: i.correct === true }] as const]
				)
			)
		};
	});
	const questions = new Map<string, { question: Question; position: number }>();
	for (const list of items.values())
		for (const i of list)
			if (!questions.has(i.question.id))
				questions.set(i.question.id, { question: i.question, position: i.position });
	// Each student sees the assignment's items in their own order: the report follows the article.
	const ordered = [...questions.values()].sort(
		(a, b) => a.question.evidence.start - b.question.evidence.start || a.position - b.position
	);
	const stats = analyseItems(
		ordered.map((q) => q.question),
		takers
	);
	const review = await listForReview(db, article, teacherId);
	const hidden = new Set(review.filter((r) => r.hidden).map((r) => r.baseId));
	const current = new Map(review.map((r) => [r.baseId, r.question.id]));

	const students = found.students.map((s) => {
		const mine = rows.filter((r) => r.studentId === s.id);
		return { id: s.id, displayName: s.displayName, ...cellOf(mine, assignment.dueAt, now) };
	});
	const bests = students.flatMap((s) => (s.best === null ? [] : [s.best]));
	return {
		class: { id: found.id, name: found.name },
		assignment,
		students,
		takers: takers.length,
		average: mean(takers.map(scoreOf)),
		distribution: distributionOf(bests),
		questions: ordered.map(({ question }, i) => ({
			question,
			stats: stats[i],
			hidden: hidden.has(baseIdOf(question.id)),
			/** A newer version exists (the teacher edited it after these answers). */
			superseded:
				current.has(baseIdOf(question.id)) && current.get(baseIdOf(question.id)) !== question.id
		})),
		vocabulary: await classVocabulary(
			db,
			found.students.map((s) => s.id),
			article,
			items
		)
	};
}

export type AssignmentReport = NonNullable<Awaited<ReturnType<typeof assignmentReport>>>;

/** The words the class looked up most, and missed most in word questions, in this article. */
async function classVocabulary(
	db: Database,
	studentIds: number[],
	article: Article,
	items: Map<number, Item[]>
) {
	const inArticle = new Map(listWords(article, 'appearance').map((w) => [w.root, w]));
	const lookedUp = await reviews.listLookupCounts(db, article.id, studentIds, 10);
	const missed = new Map<string, number>();
	for (const list of items.values()) {
		for (const root of new Set(
			list.filter((i) => i.correct === false).map((i) => wordOf(i.question))
		)) {
			if (root && inArticle.has(root)) missed.set(root, (missed.get(root) ?? 0) + 1);
		}
	}
	const gloss = (root: string) => inArticle.get(root)?.gloss || lexicon.lookup(root)?.gloss || '';
	return {
		lookedUp: lookedUp.map(({ root, lookups, learners }) => ({
			root,
			lookups,
			students: learners,
			gloss: gloss(root)
		})),
		missed: [...missed]
			.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
			.slice(0, 10)
			.map(([root, times]) => ({ root, times, gloss: gloss(root) }))
	};
}

/* ---- CSV rows ---- */

const percent = (x: number | null) => (x === null ? '' : Math.round(x * 100));

export function rosterCsvRows(d: Dashboard) {
	// Headers in the teacher's interface language; the cells are data (codes, numbers, names).
	const header: string[] = [
		m.csv_student(),
		...d.assignments.flatMap((a) => [
			m.csv_best({ title: a.title }),
			m.csv_attempts({ title: a.title }),
			m.csv_status({ title: a.title })
		]),
		m.csv_average()
	];
	const rows = d.roster.map((r) => [
		r.displayName,
		...r.cells.flatMap((c) => [percent(c.best), c.attempts, statusText(c.status)]),
		percent(r.average)
	]);
	return { header, rows };
}

/** Every answer (and every unanswered question) of the class's counted attempts. */
export async function answerCsvRows(
	db: Database,
	teacherId: number,
	classId: number,
	assignmentId?: number
) {
	const found = await classes.findForTeacher(db, teacherId, classId);
	if (!found) return undefined;
	const [list, rows] = await Promise.all([
		assignmentStore.listForClass(db, teacherId, classId),
		listClassAttempts(db, teacherId, classId, assignmentId)
	]);
	if (assignmentId !== undefined && !list.some((a) => a.id === assignmentId)) return undefined;
	const items = await itemsOf(
		db,
		rows.map((r) => r.attemptId)
	);
	const names = new Map(found.students.map((s) => [s.id, s.displayName]));
	const titles = new Map(list.map((a) => [a.id, a.title]));
	const iso = (d: Date | null) => (d ? d.toISOString() : '');
	const header: string[] = [
		m.csv_student(),
		m.csv_assignment(),
		m.csv_attempt(),
		m.csv_started(),
		m.csv_finished(),
		m.csv_position(),
		m.csv_question_id(),
		m.csv_kind(),
		m.csv_question(),
		m.csv_answer_given(),
		m.csv_correct(),
		m.csv_correct_answer(),
		m.csv_answered_at()
	];
	const out = rows.flatMap((r) =>
		(items.get(r.attemptId) ?? []).map((i) => [
			names.get(r.studentId) ?? '',
			titles.get(r.assignmentId) ?? '',
			r.attemptId,
			iso(r.startedAt),
			iso(r.finishedAt),
			i.position,
			i.question.id,
			i.question.kind,
			i.question.prompt,
			i.response ?? '',
			i.correct === null ? '' : i.correct ? m.csv_yes() : m.csv_no(),
			i.question.answer,
			iso(i.answeredAt)
		])
	);
	return { header, rows: out, className: found.name };
}
