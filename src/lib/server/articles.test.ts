import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleStore from './articles';
import { hashContent, listShippedArticles, type ShippedArticle } from './content';
import { articles } from './db/schema';

const test = useTestDatabase();
const shipped = listShippedArticles();

function variant(base: ShippedArticle, rawText: string): ShippedArticle {
	return { ...base, rawText, contentHash: hashContent(rawText, base.metadata) };
}

describe('shipped articles', () => {
	it('ships the Liputan6 article with its metadata', () => {
		expect(shipped.map((a) => a.slug)).toContain('putin-terima-undangan-kim-jong-un');
		const putin = shipped.find((a) => a.slug === 'putin-terima-undangan-kim-jong-un')!;
		expect(putin.metadata).toMatchObject({
			source: 'Liputan6.com',
			publishedOn: '2023-09-14',
			language: 'id'
		});
		expect(putin.rawText).toContain('Baca Juga'); // shipped exactly as scraped
	});

	it('loads them once however often the server starts', async () => {
		await articleStore.loadShipped(test.db, shipped);
		await articleStore.loadShipped(test.db, shipped);
		await articleStore.loadShipped(test.db, shipped);
		const rows = await test.db.select().from(articles);
		expect(rows).toHaveLength(shipped.length);
		const putin = rows.find((r) => r.slug === 'putin-terima-undangan-kim-jong-un')!;
		expect(putin.body).toContain('Kosmodrom Vostochny');
		expect(putin.body).not.toMatch(/Baca Juga|Advertisement/);
		expect(putin.blocks.filter((b) => b.kind === 'subheading')).toHaveLength(1);
	});

	it('updates an article whose file changed, and leaves an unchanged one alone', async () => {
		const [first] = shipped;
		await articleStore.loadShipped(test.db, [first]);
		const [before] = await test.db.select().from(articles).where(eq(articles.slug, first.slug));
		await articleStore.loadShipped(test.db, [first]);
		const [unchanged] = await test.db.select().from(articles).where(eq(articles.slug, first.slug));
		expect(unchanged.updatedAt).toEqual(before.updatedAt);

		await articleStore.loadShipped(test.db, [
			variant(first, first.rawText + '\nParagraf tambahan yang baru.')
		]);
		const rows = await test.db.select().from(articles).where(eq(articles.slug, first.slug));
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(before.id);
		expect(rows[0].body.endsWith('Paragraf tambahan yang baru.')).toBe(true);
	});

	it('lists articles with word counts and short excerpts', async () => {
		await articleStore.loadShipped(test.db, shipped);
		const [summary] = await articleStore.list(test.db);
		expect(summary.title).toBe('Putin Terima Undangan Kim Jong Un untuk Kunjungi Korea Utara');
		expect(summary.wordCount).toBeGreaterThan(700);
		expect(summary.excerpt.length).toBeLessThanOrEqual(180);
		expect(summary.excerpt.startsWith('Vladimir Putin menerima undangan')).toBe(true);
	});

	it('stores a reading level with every shipped text, and filters and sorts by it', async () => {
		await articleStore.loadShipped(test.db, shipped);
		const all = await articleStore.list(test.db);
		expect(all.every((a) => a.level !== null && a.levelScore !== null)).toBe(true);
		const a1 = await articleStore.list(test.db, null, { level: 'A1' });
		expect(a1.length).toBeGreaterThan(0);
		expect(a1.every((a) => a.level === 'A1')).toBe(true);
		expect(a1.map((a) => a.slug)).toContain('keluarga-saya');
		const easiest = await articleStore.list(test.db, null, { order: 'easiest' });
		const scores = easiest.map((a) => a.levelScore!);
		expect(scores).toEqual([...scores].sort((x, y) => x - y));
		expect(easiest.at(-1)!.slug).toBe('putin-terima-undangan-kim-jong-un');
	});

	it('gives a row stored before levels existed its level on the next start', async () => {
		await articleStore.loadShipped(test.db, shipped);
		await test.db.update(articles).set({ level: null, levelScore: null });
		await articleStore.loadShipped(test.db, shipped);
		const [row] = await test.db
			.select()
			.from(articles)
			.where(eq(articles.slug, 'putin-terima-undangan-kim-jong-un'));
		expect(row.level).toMatch(/^(B2|C1|C2)$/);
	});

	it('cuts the same excerpt from the opening read in SQL as from the whole body', async () => {
		await articleStore.loadShipped(test.db, shipped);
		const [{ slug }] = await articleStore.list(test.db);
		const bodies = [
			'Pendek.\n\nParagraf kedua yang tidak ikut.',
			'kata '.repeat(36).trim() + '\n\nlagi', // 179 characters: whole
			'kata '.repeat(36) + 'x\n\nlagi', // exactly 181: cut
			'😀 '.repeat(150) + '\n\nlagi', // astral characters count two UTF-16 units each
			'a'.repeat(500), // no space to cut at
			'Satu paragraf saja tanpa baris kosong sesudahnya.'
		];
		for (const body of bodies) {
			await test.db.update(articles).set({ body }).where(eq(articles.slug, slug));
			const summary = (await articleStore.list(test.db)).find((a) => a.slug === slug)!;
			expect(summary.excerpt).toBe(articleStore.excerptOf(body));
		}
	});

	it('searches titles and words, and filters by topic', async () => {
		await articleStore.loadShipped(test.db, shipped);
		const slugs = async (options: articleStore.ListOptions) =>
			(await articleStore.list(test.db, null, options)).map((a) => a.slug).sort();
		// In the title only, in any case.
		expect(await slugs({ search: 'PUTIN' })).toEqual(['putin-terima-undangan-kim-jong-un']);
		// A word of the body: "Vostochny" is only in the news article's text.
		expect(await slugs({ search: 'vostochny' })).toEqual(['putin-terima-undangan-kim-jong-un']);
		// Every word must be there; a word must start a word of the text ("utin" is not one).
		expect(await slugs({ search: 'putin cabai' })).toEqual([]);
		expect(await slugs({ search: 'utin' })).toEqual([]);
		// A prefix finds longer words: "pasar" finds "pasar" and "pasaran" alike.
		const withPasar = shipped.filter((a) => /\bpasar/i.test(a.rawText + a.metadata.title));
		expect(await slugs({ search: 'pasar' })).toEqual(withPasar.map((a) => a.slug).sort());
		// Pattern characters are not patterns: they are dropped like other punctuation.
		expect(await slugs({ search: '.*' })).toEqual(shipped.map((a) => a.slug).sort());
		expect(await slugs({ search: 'putin|cabai' })).toEqual([]);
		expect(await slugs({ topic: 'food' })).toEqual(
			shipped.filter((a) => a.metadata.topic === 'food').map((a) => a.slug)
		);
		expect(await articleStore.listTopics(test.db)).toContain('food');
		expect(articleStore.searchWords('Anak-anak  MAKAN, makan!')).toEqual(['anak', 'makan']);
	});

	it('finds an article by slug and nothing for an unknown one', async () => {
		await articleStore.loadShipped(test.db, shipped);
		expect(
			(await articleStore.findBySlug(test.db, 'putin-terima-undangan-kim-jong-un'))?.source
		).toBe('Liputan6.com');
		expect(await articleStore.findBySlug(test.db, 'tidak-ada')).toBeUndefined();
	});
});

describe('excerptOf', () => {
	it('cuts at a word boundary and marks the cut', () => {
		expect(articleStore.excerptOf('satu dua tiga empat', 12)).toBe('satu dua…');
		expect(articleStore.excerptOf('pendek\n\nkedua')).toBe('pendek');
	});
});

describe('guest versions', () => {
	it('answers several articles asked together, and none for a missing one', async () => {
		await articleStore.loadShipped(test.db, shipped);
		const [a, b] = shipped.map((s) => s.slug);
		const versions = await Promise.all(
			[a, b, 'no-such-article', a].map((slug) => articleStore.guestVersion(test.db, slug))
		);
		expect(versions[0]).toMatch(/^.+:\d+$/);
		expect(versions[1]).toMatch(/^.+:\d+$/);
		expect(versions[1]).not.toBe(versions[0]);
		expect(versions[2]).toBeUndefined();
		expect(versions[3]).toBe(versions[0]);
	});
});
