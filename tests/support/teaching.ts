/**
 * A school in miniature for the teacher-side route tests: two teachers with a class each, a
 * student in each class, a guest, the shipped article and an article the first teacher imported
 * and set for their class (taken by their student), with a corrected gloss and a hidden question.
 */
import { readFileSync } from 'node:fs';
import * as articleImport from '../../src/lib/server/article-import';
import * as articleStore from '../../src/lib/server/articles';
import * as assignments from '../../src/lib/server/assignments';
import * as attempts from '../../src/lib/server/attempts';
import * as classes from '../../src/lib/server/classes';
import { listShippedArticles } from '../../src/lib/server/content';
import type { Database } from '../../src/lib/server/db';
import * as glosses from '../../src/lib/server/glosses';
import * as bank from '../../src/lib/server/question-bank';
import { makeGuest, makeStudent, makeTeacher } from './accounts';

export const sekolahText = readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8');

export async function makeSchool(db: Database) {
	await articleStore.loadShipped(db, listShippedArticles());
	const [owner, other] = [await makeTeacher(db, 'Bu Ratna'), await makeTeacher(db, 'Pak Budi')];
	const [student, otherStudent, guest] = [
		await makeStudent(db, 'Sari'),
		await makeStudent(db, 'Dewi'),
		await makeGuest(db)
	];
	const ownClass = await classes.create(db, owner.id, 'Kelas 10A');
	const otherClass = await classes.create(db, other.id, 'Kelas 11B');
	await classes.join(db, student.id, ownClass.joinCode);
	await classes.join(db, otherStudent.id, otherClass.joinCode);

	const form = new FormData();
	for (const [k, v] of Object.entries({
		title: 'Perpustakaan Keliling',
		source: 'Liputan6.com',
		text: sekolahText
	}))
		form.set(k, v);
	const slug = await articleImport.publish(
		db,
		owner.id,
		articleImport.parseImportForm(form).ready!
	);
	const article = (await articleStore.findBySlug(db, slug))!;
	const made = await assignments.create(db, owner.id, ownClass.id, article, { questionCount: 3 });
	if (!('created' in made)) throw new Error('could not assign');
	const started = await attempts.startOrResume(db, student.id, article);
	if ('error' in started) throw new Error(started.error);
	const view = (await attempts.getAttempt(db, student.id, started.attemptId))!;
	for (const { question } of view.items)
		await attempts.submitAnswer(
			db,
			student.id,
			view.id,
			question.id,
			question.typed ? question.answer : question.options[0]
		);
	await glosses.save(db, owner.id, article, 'desa', 'village');
	const pool = await bank.listForReview(db, article, owner.id);
	const hidden = pool.find((i) => !view.items.some((v) => v.question.id === i.question.id))!;
	await bank.setHidden(db, article, owner.id, hidden.baseId, true);
	const asked = view.items[0].question;

	return {
		owner,
		other,
		student,
		otherStudent,
		guest,
		ownClass,
		otherClass,
		article,
		assignmentId: made.created,
		question: asked,
		/** An editable question of the imported article (one the student was asked). */
		editable: pool.find((i) => i.baseId === asked.id)!,
		hiddenQuestion: hidden
	};
}

export type School = Awaited<ReturnType<typeof makeSchool>>;
