import { beforeEach, describe, expect, it } from 'vitest';
import { makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleStore from './articles';
import { listShippedArticles } from './content';
import type { Article } from './db/schema';
import * as bank from './question-bank';

const test = useTestDatabase();
let article: Article;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

describe('question review in bulk', () => {
	it('starts low-scored generated items hidden and everything else visible', async () => {
		const teacher = await makeTeacher(test.db, 'Bu Ratna');
		const items = await bank.listForReview(test.db, article, teacher.id);
		for (const i of items) expect(i.hidden).toBe(bank.isLowScored(i.question));
		const pool = await bank.visiblePool(test.db, article, teacher.id);
		expect(pool.every((q) => !bank.isLowScored(q))).toBe(true);
	});

	it('hides every question of one kind and leaves the others alone', async () => {
		const teacher = await makeTeacher(test.db, 'Bu Ratna');
		const before = await bank.listForReview(test.db, article, teacher.id);
		const kind = before.find((i) => !i.hidden)!.question.kind;
		const changed = await bank.setHiddenMany(
			test.db,
			article,
			teacher.id,
			(i) => i.question.kind === kind,
			true
		);
		expect(changed).toBe(before.filter((i) => i.question.kind === kind && !i.hidden).length);
		const after = await bank.listForReview(test.db, article, teacher.id);
		for (const i of after)
			expect(i.hidden).toBe(i.question.kind === kind || bank.isLowScored(i.question));
		// Another teacher's view is untouched.
		const other = await makeTeacher(test.db, 'Pak Budi');
		const theirs = await bank.listForReview(test.db, article, other.id);
		expect(theirs.filter((i) => i.hidden).length).toBe(before.filter((i) => i.hidden).length);
	});
});
