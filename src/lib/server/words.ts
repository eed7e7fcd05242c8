/**
 * A learner's word statuses, kept in the review table (`word_reviews`, one row per user and root):
 * no row is a new word, `known` and `ignored` are what they say, any other row is a word being
 * learned, its stage (1–4) read off how far FSRS has pushed its interval. Every change is one
 * statement (an upsert, or a delete), so a double submission or two tabs racing on PostgreSQL
 * end in the same single row.
 *
 * The reader gets statuses as a small map (root → code) beside the shared article render, so the
 * render itself stays the same for every learner and can be cached.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { lexicon } from '$lib/text/lexicon-data';
import type { WordStatus } from '$lib/labels';
import { countRoots, shareOf, type KnownShare, type StatusCode } from '$lib/text/known-share';
import type { Database } from './db';
import { preparedPer } from './db/prepared';
import { articles, wordReviews } from './db/schema';
import { viewOf } from './reading';
import { exampleOf, type ArticleText } from './reviews';
import { perArticleVersion } from './per-article-version';

export const wordStatuses = ['new', 'learning', 'known', 'ignored'] as const satisfies WordStatus[];
export type { WordStatus };
export { shareOf, type KnownShare, type StatusCode };

export function parseStatus(value: unknown): WordStatus | undefined {
	return typeof value === 'string' && (wordStatuses as readonly string[]).includes(value)
		? (value as WordStatus)
		: undefined;
}

/** Stage 1 until the first day-long interval, then 2 (under a week), 3 (under a month), 4. */
export function stageOf(scheduledDays: number): 1 | 2 | 3 | 4 {
	return scheduledDays < 1 ? 1 : scheduledDays < 7 ? 2 : scheduledDays < 30 ? 3 : 4;
}

function codeOf(row: { known: boolean; ignored: boolean; scheduledDays: number }): StatusCode {
	return row.known ? 'k' : row.ignored ? 'i' : `l${stageOf(row.scheduledDays)}`;
}

export function statusOfCode(code: StatusCode | undefined): WordStatus {
	return code === undefined
		? 'new'
		: code === 'k'
			? 'known'
			: code === 'i'
				? 'ignored'
				: 'learning';
}

/**
 * Sets the learner's status of `root`, met in `article`. New removes the word (and its schedule);
 * learning keeps an existing schedule or starts one due now. False when the article lacks the word.
 */
export async function setStatus(
	db: Database,
	userId: number,
	article: ArticleText,
	root: string,
	status: WordStatus,
	now = new Date()
): Promise<boolean> {
	const example = exampleOf(article, root);
	if (!example) return false;
	if (status === 'new') {
		await db
			.delete(wordReviews)
			.where(and(eq(wordReviews.userId, userId), eq(wordReviews.root, root)));
		return true;
	}
	const flags = { known: status === 'known', ignored: status === 'ignored' };
	await db
		.insert(wordReviews)
		.values({
			userId,
			root,
			source: 'added',
			articleId: article.id,
			...example,
			...flags,
			due: now,
			createdAt: now,
			updatedAt: now
		})
		.onConflictDoUpdate({
			target: [wordReviews.userId, wordReviews.root],
			set: { ...flags, updatedAt: now }
		});
	return true;
}

/**
 * From the word list: changes a word the learner already has (new removes it). One statement, so
 * repeating it changes nothing. False when the learner has no such word.
 */
export async function changeStatus(
	db: Database,
	userId: number,
	root: string,
	status: WordStatus,
	now = new Date()
): Promise<boolean> {
	const mine = and(eq(wordReviews.userId, userId), eq(wordReviews.root, root));
	const rows =
		status === 'new'
			? await db.delete(wordReviews).where(mine).returning({ id: wordReviews.id })
			: await db
					.update(wordReviews)
					.set({ known: status === 'known', ignored: status === 'ignored', updatedAt: now })
					.where(mine)
					.returning({ id: wordReviews.id });
	return rows.length > 0;
}

/** The distinct roots of an article's running words (names excluded), with how often each occurs. */
export const rootCountsOf = perArticleVersion((article: ArticleText) => {
	const { blocks, cards } = viewOf(article);
	return countRoots(
		blocks,
		cards.map((c) => (c.isName ? null : c.root))
	);
});

/**
 * The roots go as one array parameter and the query is built once per handle (db/prepared.ts):
 * an article has hundreds of roots, and a parameter each made building the query and PostgreSQL's
 * describing of it most of a signed-in reader page's cost.
 */
const statusRows = preparedPer((db) =>
	db
		.select({
			root: wordReviews.root,
			known: wordReviews.known,
			ignored: wordReviews.ignored,
			scheduledDays: wordReviews.scheduledDays
		})
		.from(wordReviews)
		.where(
			and(
				eq(wordReviews.userId, sql.placeholder('userId')),
				sql`${wordReviews.root} = any(${sql.placeholder('roots')}::text[])`
			)
		)
		.prepare('word_statuses')
);

/** The learner's statuses of the roots in `roots` (new words are left out). */
export async function statusesOf(
	db: Database,
	userId: number,
	roots: string[]
): Promise<Record<string, StatusCode>> {
	if (roots.length === 0) return {};
	const rows = await statusRows(db).execute({ userId, roots });
	return Object.fromEntries(rows.map((row) => [row.root, codeOf(row)]));
}

/**
 * The known share of each listed article (by id). Article texts are read only for versions not
 * yet counted in this process; the learner's statuses are read once for all of them.
 */
export async function knownShares(
	db: Database,
	userId: number,
	ids: number[]
): Promise<Record<number, KnownShare>> {
	if (ids.length === 0) return {};
	const texts = await db
		.select({
			id: articles.id,
			slug: articles.slug,
			contentHash: articles.contentHash,
			body: articles.body,
			blocks: articles.blocks
		})
		.from(articles)
		.where(inArray(articles.id, ids));
	const counts = texts.map((article) => [article.id, rootCountsOf(article)] as const);
	const roots = [...new Set(counts.flatMap(([, c]) => [...c.keys()]))];
	const statuses = await statusesOf(db, userId, roots);
	return Object.fromEntries(counts.map(([id, c]) => [id, shareOf(c, statuses)]));
}

/**
 * The learner's statuses of an article's roots (root → code; new words left out) for the reader's
 * markup, and the known share they give.
 */
export async function forReader(db: Database, userId: number, article: ArticleText) {
	const counts = rootCountsOf(article);
	const statuses = await statusesOf(db, userId, [...counts.keys()]);
	return { statuses, share: shareOf(counts, statuses) };
}

/**
 * "Mark the remaining new words as known": every root of the article the learner has no status
 * for becomes known, in one insert that leaves existing rows alone. Returns how many were marked.
 */
export async function markRestKnown(
	db: Database,
	userId: number,
	article: ArticleText,
	now = new Date()
): Promise<number> {
	const roots = [...rootCountsOf(article).keys()];
	const rows = roots.flatMap((root) => {
		const example = exampleOf(article, root);
		return example
			? [
					{
						userId,
						root,
						source: 'added' as const,
						articleId: article.id,
						...example,
						known: true,
						due: now,
						createdAt: now,
						updatedAt: now
					}
				]
			: [];
	});
	if (rows.length === 0) return 0;
	const inserted = await db
		.insert(wordReviews)
		.values(rows)
		.onConflictDoNothing()
		.returning({ id: wordReviews.id });
	return inserted.length;
}

/** One word's status for the word page; a visitor's words are all new. */
export async function statusOf(db: Database, userId: number | undefined, root: string) {
	if (userId === undefined) return 'new';
	return statusOfCode((await statusesOf(db, userId, [root]))[root]);
}

export interface ListFilter {
	status?: Exclude<WordStatus, 'new'>;
}

/** The status filter from a query string; anything else lists every word. */
export function parseFilter(value: string | null): ListFilter {
	const status = parseStatus(value);
	return status && status !== 'new' ? { status } : {};
}

/** The learner's words for /words and the exports: status, gloss, the sentence met, its article. */
export async function listWords(db: Database, userId: number, filter: ListFilter = {}) {
	const where = [eq(wordReviews.userId, userId)];
	if (filter.status === 'known') where.push(eq(wordReviews.known, true));
	if (filter.status === 'ignored') where.push(eq(wordReviews.ignored, true));
	if (filter.status === 'learning')
		where.push(eq(wordReviews.known, false), eq(wordReviews.ignored, false));
	const rows = await db
		.select({
			root: wordReviews.root,
			known: wordReviews.known,
			ignored: wordReviews.ignored,
			scheduledDays: wordReviews.scheduledDays,
			due: wordReviews.due,
			sentence: wordReviews.sentence,
			formStart: wordReviews.formStart,
			formEnd: wordReviews.formEnd,
			article: { slug: articles.slug, title: articles.title }
		})
		.from(wordReviews)
		.leftJoin(articles, eq(articles.id, wordReviews.articleId))
		.where(and(...where))
		.orderBy(sql`${wordReviews.updatedAt} desc`, asc(wordReviews.root));
	return rows.map(({ known, ignored, scheduledDays, ...row }) => {
		const code = codeOf({ known, ignored, scheduledDays });
		return {
			...row,
			status: statusOfCode(code),
			stage: code.startsWith('l') ? stageOf(scheduledDays) : undefined,
			gloss: (lexicon.lookup(row.root) ?? lexicon.multiword(row.root))?.gloss ?? ''
		};
	});
}
export type ListedWord = Awaited<ReturnType<typeof listWords>>[number];
