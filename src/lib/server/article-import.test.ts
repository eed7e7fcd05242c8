import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { makeGuest, makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleImport from './article-import';
import * as articleStore from './articles';
import * as bank from './question-bank';
import * as classes from './classes';
import { listShippedArticles } from './content';
import { articleQuestions, articles } from './db/schema';
import { questionsOf } from './question-pool';

const test = useTestDatabase();
const sekolah = readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8');
const english =
	'The mayor of Jakarta said on Monday that the city will open twelve new libraries for children before the end of the year. ' +
	'Officials expect that the program will reach more than ten thousand pupils, and they have asked volunteers to help with reading lessons in the afternoons.';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};
const parse = (fields: Record<string, string>) =>
	articleImport.parseImportForm(
		form({ title: 'Perpustakaan Keliling', source: 'Liputan6.com', ...fields })
	);

describe('checking pasted text', () => {
	it('accepts an Indonesian article and reads its dateline', () => {
		const parsed = parse({ text: sekolah });
		expect(parsed.errors).toEqual({});
		expect(parsed.ready?.clean.dateline).toEqual({ source: 'Liputan6.com', place: 'Yogyakarta' });
		expect(parsed.ready?.metadata).toMatchObject({
			title: 'Perpustakaan Keliling',
			source: 'Liputan6.com',
			publishedOn: null,
			datelinePlace: 'Yogyakarta'
		});
	});

	it('refuses empty, over-long, too short and non-Indonesian text, each in words', () => {
		expect(parse({ text: '' }).errors.text).toBe('Paste the text of an article.');
		expect(parse({ text: ' \n\t ' }).errors.text).toBe('Paste the text of an article.');
		expect(parse({ text: (sekolah + '\n').repeat(25) }).errors.text).toMatch(/at most 20,000/);
		expect(parse({ text: 'x'.repeat(300_000) }).errors.text).toMatch(/one article at a time/);
		expect(parse({ text: 'Sekolah dasar meluncurkan perpustakaan keliling.' }).errors.text).toMatch(
			/at least 30 words/
		);
		expect(parse({ text: english }).errors.text).toMatch(/does not look like Indonesian/);
		// Mostly English with one Indonesian paragraph is still mostly not Indonesian.
		expect(
			parse({ text: `${sekolah.split('\n')[0]}\n${english}\n${english}\n${english}` }).errors.text
		).toMatch(/does not look like Indonesian/);
		expect(articleImport.indonesianShare(sekolah).share).toBeGreaterThan(0.85);
		expect(articleImport.indonesianShare(english).share).toBeLessThan(articleImport.indonesianCut);
	});

	it('needs a title and a source, and a real day if a date is given', () => {
		expect(articleImport.parseImportForm(form({ text: sekolah })).errors).toMatchObject({
			title: 'Give the article a title.'
		});
		expect(
			parse({ text: 'Tanpa dateline. ' + sekolah.split(' - ')[1], source: '' }).errors.source
		).toBeDefined();
		expect(parse({ text: sekolah, source: '' }).values.source).toBe('Liputan6.com'); // from the dateline
		expect(parse({ text: sekolah, title: 'x'.repeat(201) }).errors.title).toBeDefined();
		expect(parse({ text: sekolah, publishedOn: '2025-02-30' }).errors.publishedOn).toBeDefined();
		expect(parse({ text: sekolah, publishedOn: '2025-04-09' }).ready?.metadata.publishedOn).toBe(
			'2025-04-09'
		);
	});

	it('takes pasted HTML down to its text, and never keeps a tag', () => {
		const html = `<div class="read__content"><p>${sekolah.split('\n')[0]}</p><script>alert(1)</script><p>Baca Juga: <a href="/x">Lain</a></p><br><p>${sekolah.split('\n')[1]} &amp; &lt;b&gt; &#8212; &#x41;</p><img src=x onerror=alert(1)></div>`;
		const parsed = parse({ text: html });
		expect(parsed.notices).toEqual(['We took the HTML out of what you pasted and kept its text.']);
		const body = parsed.ready!.clean.body;
		expect(body).not.toMatch(/<(p|div|script|img|a)\b/);
		expect(body).not.toContain('alert(1)');
		expect(body).not.toContain('Baca Juga');
		expect(body).toContain('& <b> — A'); // entities decoded into plain text, which pages print as text
		expect(parsed.ready!.clean.blocks).toHaveLength(2);
	});

	it('makes readable slugs that cannot clash', () => {
		const slug = articleImport.slugFor(
			'Banjir Rendam Jakarta! Warga “Mengungsi” ke Masjid Raya, Éé'
		);
		expect(slug).toMatch(/^banjir-rendam-jakarta-warga-mengungsi-ke-masjid-raya-ee-[a-z2-9]{5}$/);
		expect(articleImport.slugFor('!!!')).toMatch(/^artikel-[a-z2-9]{5}$/);
		expect(articleImport.slugFor('a'.repeat(300)).length).toBeLessThanOrEqual(66);
		expect(articleImport.slugFor('Sama')).not.toBe(articleImport.slugFor('Sama'));
	});
});

describe('publishing', () => {
	it('stores the article and its questions for the teacher, in one transaction', async () => {
		const teacher = await makeTeacher(test.db);
		const ready = parse({ text: sekolah }).ready!;
		const slug = await articleImport.publish(test.db, teacher.id, ready);
		const [row] = await test.db.select().from(articles).where(eq(articles.slug, slug));
		expect(row).toMatchObject({
			origin: 'imported',
			ownerId: teacher.id,
			title: 'Perpustakaan Keliling',
			datelinePlace: 'Yogyakarta'
		});
		const stored = await bank.visiblePool(test.db, row, null);
		expect(stored.length).toBeGreaterThan(10);
		expect(stored).toEqual(await bank.visiblePool(test.db, row, teacher.id));
		// Every previewed question is stored; the low-scored ones start hidden.
		const previewed = articleImport.preview(ready).questions;
		expect(
			previewed
				.filter((q) => !q.hidden)
				.map((q) => q.id)
				.sort()
		).toEqual(stored.map((q) => q.id).sort());

		// Published again (a double click, or two at once): still one article with one set of questions.
		expect(
			await Promise.all([
				articleImport.publish(test.db, teacher.id, ready),
				articleImport.publish(test.db, teacher.id, ready)
			])
		).toEqual([slug, slug]);
		expect(
			(
				await test.db.select({ n: count() }).from(articles).where(eq(articles.ownerId, teacher.id))
			)[0].n
		).toBe(1);
		expect((await test.db.select({ n: count() }).from(articleQuestions))[0].n).toBe(
			previewed.length
		);
	});

	it('leaves nothing behind when the questions cannot be stored', async () => {
		const teacher = await makeTeacher(test.db);
		const ready = parse({ text: sekolah }).ready!;
		const [first] = questionsOf({
			slug: 'preview',
			contentHash: 'test',
			body: ready.clean.body,
			blocks: ready.clean.blocks
		});
		// The same question twice breaks the (teacher, article, question) key after the article row is in.
		await expect(
			articleImport.publish(test.db, teacher.id, ready, [first, first])
		).rejects.toThrow();
		expect((await test.db.select({ n: count() }).from(articles))[0].n).toBe(0);
		expect((await test.db.select({ n: count() }).from(articleQuestions))[0].n).toBe(0);
	});

	it('is seen by its teacher and the students of their classes only', async () => {
		await articleStore.loadShipped(test.db, listShippedArticles());
		const [owner, other] = [await makeTeacher(test.db), await makeTeacher(test.db)];
		const [mine, theirs, loner, guest] = [
			await makeStudent(test.db),
			await makeStudent(test.db),
			await makeStudent(test.db),
			await makeGuest(test.db)
		];
		await classes.join(
			test.db,
			mine.id,
			(await classes.create(test.db, owner.id, 'Kelas A')).joinCode
		);
		await classes.join(
			test.db,
			theirs.id,
			(await classes.create(test.db, other.id, 'Kelas B')).joinCode
		);
		const slug = await articleImport.publish(test.db, owner.id, parse({ text: sekolah }).ready!);

		for (const viewer of [owner, mine])
			expect(
				(await articleStore.findVisible(test.db, slug, viewer))?.slug,
				viewer.displayName
			).toBe(slug);
		for (const viewer of [other, theirs, loner, guest, null])
			expect(await articleStore.findVisible(test.db, slug, viewer)).toBeUndefined();
		const listed = async (viewer: Parameters<typeof articleStore.list>[1]) =>
			(await articleStore.list(test.db, viewer)).map((a) => a.slug);
		expect(await listed(mine)).toContain(slug);
		expect(await listed(theirs)).not.toContain(slug);
		expect(await listed(other)).not.toContain(slug);
		expect((await listed(null)).sort()).toEqual(
			listShippedArticles()
				.map((a) => a.slug)
				.sort()
		);
	});
});

describe('the time budget of an import', () => {
	it('answers with a message instead of working on once the budget is spent', () => {
		let now = 0;
		// A clock that moves 1 s every time it is read: the budget of 2.5 s runs out mid-way.
		const budget = articleImport.importBudget(2500, () => (now += 1000));
		const parsed = articleImport.parseImportForm(
			form({ text: sekolah, title: 'Sekolah', source: 'Contoh' }),
			budget
		);
		expect(parsed.ready).toBeUndefined();
		expect(parsed.errors.text).toMatch(/took too long/);
		expect(parsed.values.title).toBe('Sekolah');
	});

	it('handles a pasted page of 200,000 characters of open comments within the budget', () => {
		const parsed = articleImport.parseImportForm(form({ text: '<!--'.repeat(50_000) }));
		expect(parsed.errors.text).toBeDefined();
		expect(parsed.errors.text).not.toMatch(/took too long/);
	});
});
