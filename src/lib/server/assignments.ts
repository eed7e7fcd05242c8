/**
 * Assignments: a teacher sets an article's quiz for a class, students see it with a status and
 * take it on the ordinary quiz pages. Every query names the teacher (through the class) or the
 * student (through their membership), so nobody reaches another teacher's assignment by its id.
 *
 * Which attempts count: a class member's attempts on the article that were not already finished
 * when the assignment was set (an open self-study attempt carries on into the assignment).
 * Status: done = finished by the due date (or finished, without one); late = finished after it,
 * or past it and not finished; in progress = an unfinished attempt; else not started.
 */
import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from './db';
import { isUniqueViolation } from './db/errors';
import { articles, assignments, attempts, classes, classMembers } from './db/schema';
import { ownClass } from './classes';
import { visiblePool, type BankArticle } from './question-bank';
import type { AssignmentStatus } from '$lib/labels';
import type { Question } from '$lib/text/types';
import { m } from '$lib/paraglide/messages';

export const defaultQuestionCount = 10;
export const maxQuestionCount = 50;
export type { AssignmentStatus };

export function statusOf(
	a: { dueAt: Date | null; firstFinishedAt: Date | null; hasOpen: boolean },
	now = new Date()
): AssignmentStatus {
	if (a.firstFinishedAt) return a.dueAt && a.firstFinishedAt > a.dueAt ? 'late' : 'done';
	if (a.dueAt && now > a.dueAt) return 'late';
	return a.hasOpen ? 'in-progress' : 'not-started';
}

/** "2024-05-31" -> the end of that day, UTC (the server does not know the teacher's time zone). */
export function dueAtOf(day: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return undefined;
	const [year, month, date] = match.slice(1).map(Number);
	const end = new Date(Date.UTC(year, month - 1, date, 23, 59, 59, 999));
	return end.getUTCMonth() === month - 1 && end.getUTCDate() === date ? end : undefined;
}

export interface AssignmentFormValues {
	article: string;
	questionCount: string;
	dueOn: string;
}

/** The assign form: an article (by slug), an optional number of questions and an optional due day. */
export function parseAssignmentForm(form: FormData, now = new Date()) {
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.trim().slice(0, 130) : '';
	};
	const values: AssignmentFormValues = {
		article: field('article'),
		questionCount: field('questionCount'),
		dueOn: field('dueOn')
	};
	const errors: Partial<Record<keyof AssignmentFormValues, string>> = {};
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.article) || values.article.length > 120)
		errors.article = m.assign_choose_article();
	let questionCount: number | undefined;
	if (values.questionCount !== '') {
		questionCount = /^\d{1,3}$/.test(values.questionCount) ? Number(values.questionCount) : NaN;
		if (!(questionCount >= 1 && questionCount <= maxQuestionCount))
			errors.questionCount = m.assign_question_range({ max: maxQuestionCount });
	}
	let dueAt: Date | undefined;
	if (values.dueOn !== '') {
		dueAt = dueAtOf(values.dueOn);
		const yesterday = now.getTime() - 86_400_000;
		if (!dueAt) errors.dueOn = m.assign_due_shape();
		else if (dueAt.getTime() < yesterday) errors.dueOn = m.assign_due_passed();
		else if (dueAt.getTime() > now.getTime() + 2 * 366 * 86_400_000)
			errors.dueOn = m.assign_due_far();
	}
	return {
		values,
		errors,
		ok: Object.keys(errors).length === 0,
		slug: values.article,
		questionCount,
		dueAt
	};
}

async function ownsClass(db: Database, teacherId: number, classId: number): Promise<boolean> {
	const [row] = await ownClass(db, teacherId, classId);
	return !!row;
}

export type CreateResult =
	{ created: number } | { error: 'not-found' | 'exists' | 'no-questions'; available?: number };

/** Sets `article` for the class; the caller has checked the teacher may see the article. */
export async function create(
	db: Database,
	teacherId: number,
	classId: number,
	article: BankArticle,
	options: { questionCount?: number; dueAt?: Date }
): Promise<CreateResult> {
	if (!(await ownsClass(db, teacherId, classId))) return { error: 'not-found' };
	const available = (await visiblePool(db, article, teacherId)).length;
	const questionCount = options.questionCount ?? Math.min(defaultQuestionCount, available);
	if (available === 0 || questionCount > available) return { error: 'no-questions', available };
	try {
		const [row] = await db
			.insert(assignments)
			.values({
				classId,
				articleId: article.id,
				questionCount,
				seed: randomInt(2 ** 31 - 1),
				dueAt: options.dueAt ?? null
			})
			.returning({ id: assignments.id });
		return { created: row.id };
	} catch (err) {
		if (isUniqueViolation(err)) return { error: 'exists' };
		throw err;
	}
}

/** Takes an assignment back (its attempts stay the students'); false if it is not this teacher's. */
export async function remove(
	db: Database,
	teacherId: number,
	classId: number,
	assignmentId: number
): Promise<boolean> {
	const own = ownClass(db, teacherId, classId);
	const removed = await db
		.delete(assignments)
		.where(and(eq(assignments.id, assignmentId), inArray(assignments.classId, own)))
		.returning({ id: assignments.id });
	return removed.length > 0;
}

/** The class's assignments, oldest first, if the class is this teacher's. */
export async function listForClass(db: Database, teacherId: number, classId: number) {
	return db
		.select({
			id: assignments.id,
			articleId: assignments.articleId,
			slug: articles.slug,
			title: articles.title,
			questionCount: assignments.questionCount,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt
		})
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(and(eq(assignments.classId, classId), eq(classes.teacherId, teacherId)))
		.orderBy(asc(assignments.createdAt), asc(assignments.id));
}

export type ClassAssignment = Awaited<ReturnType<typeof listForClass>>[number];

export async function findForTeacher(
	db: Database,
	teacherId: number,
	classId: number,
	assignmentId: number
) {
	return (await listForClass(db, teacherId, classId)).find((a) => a.id === assignmentId);
}

/** A student's assignments in all their classes, with their status, soonest due first. */
export async function listForStudent(db: Database, studentId: number, now = new Date()) {
	const counted = sql`(${attempts.finishedAt} is null or ${attempts.finishedAt} >= ${assignments.createdAt})`;
	const rows = await db
		.select({
			id: assignments.id,
			className: classes.name,
			slug: articles.slug,
			title: articles.title,
			questionCount: assignments.questionCount,
			dueAt: assignments.dueAt,
			firstFinishedAt: sql<Date | string | null>`min(${attempts.finishedAt})`,
			hasOpen: sql<boolean>`coalesce(bool_or(${attempts.id} is not null and ${attempts.finishedAt} is null), false)`
		})
		.from(classMembers)
		.innerJoin(assignments, eq(assignments.classId, classMembers.classId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.leftJoin(
			attempts,
			and(eq(attempts.userId, studentId), eq(attempts.articleId, assignments.articleId), counted)
		)
		.where(eq(classMembers.studentId, studentId))
		.groupBy(assignments.id, classes.name, articles.slug, articles.title)
		.orderBy(sql`${assignments.dueAt} asc nulls last`, desc(assignments.createdAt));
	return rows.map(({ firstFinishedAt, hasOpen, ...row }) => {
		const finished = firstFinishedAt === null ? null : new Date(firstFinishedAt);
		return {
			...row,
			status: statusOf({ dueAt: row.dueAt, firstFinishedAt: finished, hasOpen }, now)
		};
	});
}

export interface QuizPlan {
	pool: Question[];
	size?: number;
	/** Set for an assignment: everyone in the class gets the same questions. */
	seed?: number;
}

/**
 * What a learner's quiz on `article` draws from: the teacher's visible questions and the
 * assignment's size and seed when one of their classes has it, else the article's own pool.
 */
export async function quizPlanFor(
	db: Database,
	userId: number,
	article: BankArticle
): Promise<QuizPlan> {
	const [assigned] = await db
		.select({
			questionCount: assignments.questionCount,
			seed: assignments.seed,
			teacherId: classes.teacherId
		})
		.from(assignments)
		.innerJoin(
			classMembers,
			and(eq(classMembers.classId, assignments.classId), eq(classMembers.studentId, userId))
		)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(assignments.articleId, article.id))
		.orderBy(desc(assignments.createdAt), desc(assignments.id))
		.limit(1);
	if (!assigned) return { pool: await visiblePool(db, article, await teacherOf(db, userId)) };
	const pool = await visiblePool(db, article, assigned.teacherId);
	return { pool, size: Math.min(assigned.questionCount, pool.length), seed: assigned.seed };
}

/**
 * The teacher whose question choices apply when a class student practises outside an assignment:
 * the teacher of the class they joined last (null for learners in no class). So a question the
 * teacher hid reaches the student nowhere.
 */
async function teacherOf(db: Database, userId: number): Promise<number | null> {
	const [row] = await db
		.select({ teacherId: classes.teacherId })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.where(eq(classMembers.studentId, userId))
		.orderBy(desc(classMembers.joinedAt), desc(classMembers.classId))
		.limit(1);
	return row?.teacherId ?? null;
}

/** How many questions the learner's next quiz on `article` will ask (the quiz's front page says it). */
export async function quizSizeFor(
	db: Database,
	userId: number | null,
	article: BankArticle
): Promise<number> {
	const plan =
		userId === null
			? { pool: await visiblePool(db, article, null), size: undefined }
			: await quizPlanFor(db, userId, article);
	return Math.min(plan.size ?? defaultQuestionCount, plan.pool.length);
}
