/**
 * Two app servers on one database, each with its own in-memory caches: what a teacher changes
 * through one is seen on the very next request to the other. Each "server" is a fresh copy of the
 * server modules (vi.resetModules) and, on PostgreSQL, its own connection pool.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import { listShippedArticles } from './content';
import { openDatabase, type Database, type OpenDatabase } from './db/client';

const test = useTestDatabase();
const slug = 'putin-terima-undangan-kim-jong-un';

async function server() {
	vi.resetModules();
	const [articles, classes, glosses, reading, bank, sharedPages] = await Promise.all([
		import('./articles'),
		import('./classes'),
		import('./glosses'),
		import('./reading'),
		import('./question-bank'),
		import('./shared-pages')
	]);
	return { articles, classes, glosses, reading, bank, sharedPages };
}
type Server = Awaited<ReturnType<typeof server>>;

let one: Server;
let two: Server;
let second: OpenDatabase | undefined;
let dbTwo: Database;

beforeAll(async () => {
	one = await server();
	two = await server();
	second = test.url ? await openDatabase({ url: test.url }) : undefined;
	dbTwo = second?.db ?? test.db;
});
afterAll(() => second?.close());
beforeEach(() => one.articles.loadShipped(test.db, listShippedArticles()));

/** The word cards the reader fetches (routes/articles/[slug]/cards), as one server answers them. */
async function cardsOn(s: Server, db: Database, viewer: { id: number; role: 'student' }) {
	const article = (await s.articles.findVisible(db, slug, viewer))!;
	const corrections = await s.glosses.forViewer(db, viewer, article.id);
	return s.glosses.applyToView(s.reading.viewOf(article), corrections).cards;
}

describe('two servers on one database', () => {
	it('are separate module instances with their own caches', () => {
		expect(one.reading.viewOf).not.toBe(two.reading.viewOf);
		expect(one.sharedPages.respond).not.toBe(two.sharedPages.respond);
	});

	it('show a gloss correction saved on one on the next request to the other', async () => {
		const teacher = await makeTeacher(test.db);
		const student = await makeStudent(test.db);
		const { joinCode } = await one.classes.create(test.db, teacher.id, 'A');
		await one.classes.join(test.db, student.id, joinCode);
		const viewer = { id: student.id, role: 'student' as const };
		const undang = (cards: { root: string; isName: boolean; gloss: string }[]) =>
			cards.find((c) => c.root === 'undang' && !c.isName)!.gloss;

		const before = undang(await cardsOn(one, test.db, viewer)); // server one has it cached now
		const article = (await two.articles.findBySlug(dbTwo, slug))!;
		expect(await two.glosses.save(dbTwo, teacher.id, article, 'undang', 'summon politely')).toBe(
			true
		);
		expect(undang(await cardsOn(one, test.db, viewer))).toBe('summon politely');
		expect(await two.glosses.save(dbTwo, teacher.id, article, 'undang', '')).toBe(true);
		expect(undang(await cardsOn(one, test.db, viewer))).toBe(before);
	});

	it('show a question edited on one on the next request to the other', async () => {
		const teacher = await makeTeacher(test.db);
		const articleOne = (await one.articles.findBySlug(test.db, slug))!;
		const pool = await one.bank.visiblePool(test.db, articleOne, teacher.id); // cached on one
		const target = pool[0];

		const articleTwo = (await two.articles.findBySlug(dbTwo, slug))!;
		const draft = {
			prompt: 'Siapa yang mengundang?',
			options: target.options,
			answer: target.answer,
			explanation: 'Diedit di server lain.'
		};
		expect(await two.bank.edit(dbTwo, articleTwo, teacher.id, target.id, 1, draft)).toBe('saved');

		const after = await one.bank.visiblePool(test.db, articleOne, teacher.id);
		expect(after.map((q) => q.id)).toContain(`${target.id}~v2`);
		expect(after.find((q) => q.id === `${target.id}~v2`)!.prompt).toBe('Siapa yang mengundang?');
		expect(after.map((q) => q.id)).not.toContain(target.id);
	});

	it('see a changed article as a new version for the signed-out page', async () => {
		const before = await one.articles.guestVersion(test.db, slug);
		expect(before).toBeDefined();
		expect(await two.articles.guestVersion(dbTwo, slug)).toBe(before);
		const { articles } = await import('./db/schema');
		const { eq, sql } = await import('drizzle-orm');
		await dbTwo
			.update(articles)
			.set({ title: 'Judul baru', updatedAt: sql`now() + interval '1 second'` })
			.where(eq(articles.slug, slug));
		// As every writer of articles does (articles.loadShipped, article-import.publish): it returns
		// once every server that keeps versions has dropped the old one (change-leases.ts).
		await (await import('./change-leases')).settle(dbTwo);
		const after = await one.articles.guestVersion(test.db, slug);
		expect(after).toBeDefined();
		expect(after).not.toBe(before);
	});
});
