import { beforeEach, describe, expect, it } from 'vitest';
import { makeGuest, makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleStore from './articles';
import * as classes from './classes';
import { listShippedArticles } from './content';
import type { Article } from './db/schema';
import * as glosses from './glosses';
import { viewOf } from './reading';

const test = useTestDatabase();
let article: Article;

beforeEach(async () => {
	await articleStore.loadShipped(test.db, listShippedArticles());
	article = (await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))!;
});

const form = (root: string, gloss: string) => {
	const data = new FormData();
	data.set('root', root);
	data.set('gloss', gloss);
	return data;
};

describe('gloss corrections', () => {
	it('reach the teacher and their students, not other classes', async () => {
		const [teacher, other] = [await makeTeacher(test.db), await makeTeacher(test.db)];
		const [mine, theirs, guest] = [
			await makeStudent(test.db),
			await makeStudent(test.db),
			await makeGuest(test.db)
		];
		await classes.join(test.db, mine.id, (await classes.create(test.db, teacher.id, 'A')).joinCode);
		await classes.join(test.db, theirs.id, (await classes.create(test.db, other.id, 'B')).joinCode);
		expect(await glosses.save(test.db, teacher.id, article, 'undang', 'invite (to a visit)')).toBe(
			true
		);
		expect(await glosses.save(test.db, teacher.id, article, 'komputer', 'computer')).toBe(false); // not in the article

		for (const viewer of [teacher, mine])
			expect((await glosses.forViewer(test.db, viewer, article.id)).get('undang')).toBe(
				'invite (to a visit)'
			);
		for (const viewer of [other, theirs, guest, null])
			expect((await glosses.forViewer(test.db, viewer, article.id)).size).toBe(0);

		// The reader's cached view is shared: corrections go on a copy.
		const view = viewOf(article);
		const corrected = glosses.applyToView(view, await glosses.forViewer(test.db, mine, article.id));
		const card = corrected.cards.find((c) => c.root === 'undang' && !c.isName)!;
		expect(card.gloss).toBe('invite (to a visit)');
		expect(view.cards.find((c) => c.root === 'undang' && !c.isName)!.gloss).not.toBe(
			'invite (to a visit)'
		);

		expect(await glosses.save(test.db, teacher.id, article, 'undang', '')).toBe(true); // taken back
		expect((await glosses.forViewer(test.db, mine, article.id)).size).toBe(0);
	});

	it('a student with two teachers sees the newer correction', async () => {
		const [a, b] = [await makeTeacher(test.db), await makeTeacher(test.db)];
		const student = await makeStudent(test.db);
		for (const t of [a, b])
			await classes.join(test.db, student.id, (await classes.create(test.db, t.id, 'K')).joinCode);
		await glosses.save(test.db, a.id, article, 'undang', 'first');
		await new Promise((r) => setTimeout(r, 5));
		await glosses.save(test.db, b.id, article, 'undang', 'second');
		expect((await glosses.forViewer(test.db, student, article.id)).get('undang')).toBe('second');
		expect(
			glosses.applyToWords(
				[
					{ root: 'undang', gloss: 'invite' },
					{ root: 'rudal', gloss: 'missile' }
				],
				new Map([['undang', 'x']])
			)
		).toEqual([
			{ root: 'undang', gloss: 'x' },
			{ root: 'rudal', gloss: 'missile' }
		]);
	});

	it('the form takes a root and a short plain gloss', () => {
		expect(glosses.parseGlossForm(form('undang', '  invite   someone ')).values).toEqual({
			root: 'undang',
			gloss: 'invite someone'
		});
		expect(glosses.parseGlossForm(form('undang', '')).error).toBeUndefined();
		expect(glosses.parseGlossForm(form('Undang', 'x')).error).toBe('Choose a word.');
		expect(glosses.parseGlossForm(form('undang', 'x'.repeat(121))).error).toMatch(/under 120/);
		expect(glosses.parseGlossForm(form('undang', '<b>invite</b>')).error).toBeDefined();
		expect(glosses.parseGlossForm(new FormData()).error).toBe('Choose a word.');
	});
});
