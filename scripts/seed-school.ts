/**
 * A school-sized data set for the teacher's pages: by default 10 teachers with 3 classes each,
 * 1,000 students spread over the 30 classes, 20 articles (re-cut from the shipped one, so each
 * has its own questions) set for every class, and every student with an attempt on each: about
 * 20,000 attempts, 200,000 asked questions and answers, and 60,000 lookups.
 *
 * Answers follow each student's ability (right with probability 0.3 … 0.9), so reports have
 * spread; one attempt in ten is still in progress and some finish after the due date.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bacaan_school npx tsx scripts/seed-school.ts
 *
 * seeds an existing, migrated database (start the app on it once first); every account's
 * password is "kopi susu di pagi hari" (teacher1@school.example, student1@school.example, …).
 * bench-teacher.ts uses `seedSchool` on a throwaway database.
 */
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importArticle, countWords } from '../src/lib/text/import-article';
import { buildQuiz } from '../src/lib/text/quiz';
import { seededRandom } from '../src/lib/text/question-utils';
import type { Question } from '../src/lib/text/types';
import { hashPassword } from '../src/lib/server/auth/password';
import { generateJoinCode } from '../src/lib/server/classes';
import { openDatabase, type Database } from '../src/lib/server/db/client';
import {
	answers,
	articles,
	assignments,
	attemptQuestions,
	attempts,
	classes,
	classMembers,
	users,
	wordLookups,
	type Article
} from '../src/lib/server/db/schema';
import { evidenceOf, questionsOf } from '../src/lib/server/question-pool';
import { listWords } from '../src/lib/server/vocabulary';

export interface SchoolSize {
	teachers: number;
	classesPerTeacher: number;
	students: number;
	articles: number;
	questionsPerQuiz: number;
	lookupsPerArticle: number;
}

export const schoolSize: SchoolSize = {
	teachers: 10,
	classesPerTeacher: 3,
	students: 1000,
	articles: 20,
	questionsPerQuiz: 10,
	lookupsPerArticle: 3
};
const day = 86_400_000;

/** Inserts in chunks (PostgreSQL takes at most 65,535 parameters per statement). */
async function insertAll<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Variant k of the shipped article: its paragraphs rotated by k and every (k mod 3 + 2)-th dropped. */
function articleVariants(count: number) {
	const raw = readFileSync(
		join(import.meta.dirname, '../src/content/articles/putin-terima-undangan-kim-jong-un.txt'),
		'utf8'
	);
	const clean = importArticle(raw);
	const paragraphs = clean.blocks
		.filter((b) => b.kind === 'paragraph')
		.map((b) => clean.body.slice(b.start, b.end));
	return Array.from({ length: count }, (_, k) => {
		const rotated = [
			...paragraphs.slice(k % paragraphs.length),
			...paragraphs.slice(0, k % paragraphs.length)
		];
		const kept = rotated.filter((_, i) => i % ((k % 3) + 2) !== 1 || i === 0);
		const body = kept.join('\n\n');
		const text = importArticle(body);
		return {
			slug: `school-article-${k + 1}`,
			title: `[School data] Artikel ${k + 1}: ${kept[0].split(' ').slice(0, 6).join(' ')}`,
			source: 'Liputan6.com',
			publishedOn: '2023-09-14',
			datelinePlace: 'Moskow',
			language: 'id',
			rawText: body,
			body: text.body,
			blocks: text.blocks,
			wordCount: countWords(text.body),
			contentHash: `school-${k + 1}`,
			origin: 'shipped' as const
		};
	});
}

export async function seedSchool(
	db: Database,
	size: SchoolSize = schoolSize,
	log: (line: string) => void = () => {}
) {
	const started = Date.now();
	const now = Date.now();
	const rand = seededRandom(20_240_914);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

	const articleRows = await db.insert(articles).values(articleVariants(size.articles)).returning();
	const passwordHash = await hashPassword('kopi susu di pagi hari');
	const teachers = await db
		.insert(users)
		.values(
			Array.from({ length: size.teachers }, (_, i) => ({
				role: 'teacher' as const,
				displayName: `Guru ${i + 1}`,
				email: `teacher${i + 1}@school.example`,
				passwordHash
			}))
		)
		.returning({ id: users.id });
	const students: { id: number }[] = [];
	await insertAll(
		Array.from({ length: size.students }, (_, i) => i),
		500,
		async (chunk) => {
			students.push(
				...(await db
					.insert(users)
					.values(
						chunk.map((i) => ({
							role: 'student' as const,
							displayName: `Murid ${i + 1}`,
							email: `student${i + 1}@school.example`,
							passwordHash
						}))
					)
					.returning({ id: users.id }))
			);
		}
	);
	const classRows = await db
		.insert(classes)
		.values(
			teachers.flatMap((t, ti) =>
				Array.from({ length: size.classesPerTeacher }, (_, ci) => ({
					teacherId: t.id,
					name: `Kelas ${ti + 1}${'ABCDEFGH'[ci]}`,
					joinCode: generateJoinCode()
				}))
			)
		)
		.returning({ id: classes.id, teacherId: classes.teacherId });
	const members = students.map((s, i) => ({
		classId: classRows[i % classRows.length].id,
		studentId: s.id
	}));
	await insertAll(members, 2000, (chunk) => db.insert(classMembers).values(chunk));
	log(`users, classes and ${articleRows.length} articles: ${Date.now() - started} ms`);

	const setAt = new Date(now - 30 * day);
	const assignmentRows = await db
		.insert(assignments)
		.values(
			classRows.flatMap((c) =>
				articleRows.map((a, k) => ({
					classId: c.id,
					articleId: a.id,
					questionCount: size.questionsPerQuiz,
					seed: randomInt(2 ** 31 - 1),
					dueAt: new Date(setAt.getTime() + (k + 2) * day),
					createdAt: setAt
				}))
			)
		)
		.returning();

	const byId = new Map<number, Article>(articleRows.map((a) => [a.id, a]));
	const ability = new Map(students.map((s) => [s.id, 0.3 + 0.6 * rand()]));
	const studentsOf = new Map<number, number[]>();
	for (const m of members)
		studentsOf.set(m.classId, [...(studentsOf.get(m.classId) ?? []), m.studentId]);

	let attemptCount = 0;
	let answerCount = 0;
	for (const assignment of assignmentRows) {
		const article = byId.get(assignment.articleId)!;
		const chosen: Question[] = buildQuiz(questionsOf(article), {
			size: assignment.questionCount,
			seed: assignment.seed
		});
		const evidence = chosen.map((q) => evidenceOf(article, q));
		const who = studentsOf.get(assignment.classId) ?? [];
		const plans = who.map((userId) => {
			const startedAt = new Date(setAt.getTime() + rand() * 20 * day);
			const open = rand() < 0.1;
			return {
				userId,
				startedAt,
				open,
				finishedAt: open ? null : new Date(startedAt.getTime() + (5 + rand() * 20) * 60_000)
			};
		});
		const created = await db
			.insert(attempts)
			.values(
				plans.map((p) => ({
					userId: p.userId,
					articleId: article.id,
					seed: assignment.seed,
					questionCount: chosen.length,
					startedAt: p.startedAt,
					finishedAt: p.finishedAt
				}))
			)
			.returning({ id: attempts.id, userId: attempts.userId });
		const asked = created.flatMap((a) =>
			chosen.map((question, i) => ({
				attemptId: a.id,
				position: i + 1,
				questionId: question.id,
				question,
				evidence: evidence[i]
			}))
		);
		const given = created.flatMap((a, n) => {
			const plan = plans[n];
			return chosen.flatMap((q, i) => {
				if (plan.open && i >= chosen.length / 2) return [];
				const correct = rand() < ability.get(a.userId)!;
				const wrong = q.typed ? 'salah' : pick(q.options.filter((o) => o !== q.answer));
				return [
					{
						attemptId: a.id,
						questionId: q.id,
						response: correct ? q.answer : wrong,
						correct,
						answeredAt: new Date(plan.startedAt.getTime() + (i + 1) * 60_000)
					}
				];
			});
		});
		await insertAll(asked, 1000, (chunk) => db.insert(attemptQuestions).values(chunk));
		await insertAll(given, 2000, (chunk) => db.insert(answers).values(chunk));
		const roots = listWords(article, 'appearance').map((w) => ({ root: w.root, form: w.forms[0] }));
		const lookups = who.flatMap((userId) =>
			Array.from({ length: size.lookupsPerArticle }, () => ({
				userId,
				articleId: article.id,
				...pick(roots),
				lookedUpAt: new Date(setAt.getTime() + rand() * 20 * day)
			}))
		);
		await insertAll(lookups, 3000, (chunk) => db.insert(wordLookups).values(chunk));
		attemptCount += created.length;
		answerCount += given.length;
	}
	log(
		`${assignmentRows.length} assignments, ${attemptCount} attempts, ${answerCount} answers: ${Date.now() - started} ms`
	);
	return {
		teachers: teachers.length,
		classes: classRows,
		students: students.length,
		assignments: assignmentRows,
		attempts: attemptCount,
		answers: answerCount
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const url = process.env.DATABASE_URL;
	if (!url) {
		console.error('Set DATABASE_URL to the PostgreSQL database to fill (it is migrated first).');
		process.exit(2);
	}
	const open = await openDatabase({ url });
	try {
		await seedSchool(open.db, schoolSize, console.log);
	} finally {
		await open.close();
	}
}
