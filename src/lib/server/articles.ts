/**
 * Articles: listing, reading, and loading the shipped ones at start-up. Shipped articles are for
 * everyone; an article a teacher imported is seen only by that teacher and the students of their
 * classes, so every route finds articles with `findVisible` (someone else's looks missing).
 */
import { and, asc, desc, eq, exists, or, sql, type Placeholder } from 'drizzle-orm';
import { countWords, importArticle } from '$lib/text/import-article';
import { estimateLevel, levels } from '$lib/text/level';
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import type { CleanArticle } from '$lib/text/types';
import type { Database } from './db';
import { preparedPer } from './db/prepared';
import { articles, classes, classMembers, type UserRole } from './db/schema';
import type { ShippedArticle } from './content';
import { settle } from './change-leases';
import { keptUntilChanged, type KeptRead } from './kept-until-changed';
import { batchReads } from './read-batch';

export type ArticleSummary = Awaited<ReturnType<typeof list>>[number];
export type Viewer = { id: number; role: UserRole } | null;

/**
 * Shipped articles, the viewer's own imports, and the imports of the viewer's teachers. The
 * viewer's id may be a placeholder, for a query built once (`findVisible`).
 */
export function visibleTo(
	db: Database,
	viewer: { id: number | Placeholder; role: UserRole } | null
) {
	if (!viewer) return eq(articles.origin, 'shipped');
	const teachers = db
		.select({ one: sql`1` })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.where(and(eq(classMembers.studentId, viewer.id), eq(classes.teacherId, articles.ownerId)));
	return or(
		eq(articles.origin, 'shipped'),
		eq(articles.ownerId, viewer.id),
		viewer.role === 'teacher' ? undefined : exists(teachers)
	);
}

export const listOrders = ['newest', 'easiest', 'hardest'] as const;
export type ListOptions = {
	level?: (typeof levels)[number];
	order?: (typeof listOrders)[number];
	topic?: string;
	/** Words typed into the search box: each must start a word of the title or the text. */
	search?: string;
};

/** At most this many words of a search count; longer ones are cut to `maxSearchWordLength`. */
export const maxSearchWords = 6;
const maxSearchWordLength = 40;

/** The words of a search box's text, lower-cased: letters and digits only, so never a pattern. */
export function searchWords(search: string | undefined): string[] {
	const words = (search ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return [...new Set(words.map((w) => w.slice(0, maxSearchWordLength)))].slice(0, maxSearchWords);
}

/** Every search word starts a word (`\m`, PostgreSQL's word start) of the title or the body. */
function matchesSearch(search: string | undefined) {
	const words = searchWords(search);
	if (words.length === 0) return undefined;
	return and(
		...words.map((word) => {
			const pattern = `\\m${word}`;
			return or(sql`${articles.title} ~* ${pattern}`, sql`${articles.body} ~* ${pattern}`);
		})
	);
}

/** The topics of the texts `viewer` may read, A-Z (for the home page's topic filter). */
export async function listTopics(db: Database, viewer: Viewer = null): Promise<string[]> {
	const rows = await db
		.selectDistinct({ topic: articles.topic })
		.from(articles)
		.where(and(visibleTo(db, viewer), sql`${articles.topic} is not null`))
		.orderBy(asc(articles.topic));
	return rows.map((r) => r.topic).filter((t): t is string => t !== null);
}

/**
 * The articles `viewer` may read, optionally of one level and topic and matching a search, newest
 * (or easiest, hardest) first. `own` marks the viewer's own imports (their shelf on the home page).
 */
export async function list(db: Database, viewer: Viewer = null, options: ListOptions = {}) {
	const order =
		options.order === 'easiest'
			? [sql`${articles.levelScore} asc nulls last`, asc(articles.id)]
			: options.order === 'hardest'
				? [sql`${articles.levelScore} desc nulls last`, asc(articles.id)]
				: [
						sql`${articles.publishedOn} desc nulls last`,
						desc(articles.createdAt),
						asc(articles.id)
					];
	const rows = await db
		.select({
			id: articles.id,
			slug: articles.slug,
			origin: articles.origin,
			title: articles.title,
			source: articles.source,
			publishedOn: articles.publishedOn,
			wordCount: articles.wordCount,
			level: articles.level,
			levelScore: articles.levelScore,
			topic: articles.topic,
			ownerId: articles.ownerId,
			// Only the start of the first paragraph leaves the database, never the whole body: 400
			// characters (code points) are at least 400 UTF-16 units, more than excerptOf looks at.
			opening: sql<string>`left(split_part(${articles.body}, E'\n\n', 1), 400)`
		})
		.from(articles)
		.where(
			and(
				visibleTo(db, viewer),
				options.level ? eq(articles.level, options.level) : undefined,
				options.topic ? eq(articles.topic, options.topic) : undefined,
				matchesSearch(options.search)
			)
		)
		.orderBy(...order);
	return rows.map(({ opening, ownerId, ...row }) => ({
		...row,
		own: viewer !== null && ownerId === viewer.id,
		excerpt: excerptOf(opening)
	}));
}

/** Any article, whoever may see it: for start-up and tests. Routes use `findVisible`. */
export async function findBySlug(db: Database, slug: string) {
	const [row] = await db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
	return row;
}

/** The article if `viewer` may see it; someone else's import is as missing as no article. */
export async function findVisible(db: Database, slug: string, viewer: Viewer) {
	const audience = !viewer ? 'visitor' : viewer.role === 'teacher' ? 'teacher' : 'learner';
	const [row] = await visibleBySlug[audience](db).execute({ slug, viewerId: viewer?.id });
	return row;
}

/**
 * `findVisible`'s query for each kind of viewer (a teacher sees no teacher's imports but their
 * own), built once per handle: every article page runs it (db/prepared.ts).
 */
const visibleBySlug = {
	visitor: visibleBySlugFor(null),
	learner: visibleBySlugFor('student'),
	teacher: visibleBySlugFor('teacher')
};

function visibleBySlugFor(role: UserRole | null) {
	return preparedPer((db) =>
		db
			.select()
			.from(articles)
			.where(
				and(
					eq(articles.slug, sql.placeholder('slug')),
					visibleTo(db, role && { id: sql.placeholder('viewerId'), role })
				)
			)
			.limit(1)
			.prepare(`visible_article_${role ?? 'visitor'}`)
	);
}

/** One reader per database handle (tests open several). */
const guestVersionReaders = new WeakMap<Database, KeptRead<string>>();

/**
 * What a signed-out visitor's copy of the article page depends on (shared-pages.ts): its content
 * hash and when its row last changed, or undefined when a visitor may not read it. Each call sees
 * the row as it is after the call, so a change through any server is seen on the next request:
 * a version is kept until the table changes (kept-until-changed.ts: on PostgreSQL while this
 * server holds a lease, change-leases.ts), and otherwise calls that arrive together share one
 * query (read-batch.ts).
 */
export function guestVersion(db: Database, slug: string): Promise<string | undefined> {
	return guestVersionReader(db)(slug);
}

/** The version `guestVersion` would give without a query (when kept), else undefined. */
export function knownGuestVersion(db: Database, slug: string): string | undefined {
	return guestVersionReader(db).known(slug);
}

function guestVersionReader(db: Database): KeptRead<string> {
	let read = guestVersionReaders.get(db);
	if (!read) {
		const query = guestVersionQuery(db);
		read = keptUntilChanged(
			db,
			'articles',
			batchReads(async (slugs: string[]) => {
				const rows = await query.execute({ slugs });
				return new Map(rows.map((row) => [row.slug, `${row.hash}:${row.updatedAt.getTime()}`]));
			})
		);
		guestVersionReaders.set(db, read);
	}
	return read;
}

/** Built once per handle: on PostgreSQL it runs many times a second, and building it cost more than running it. */
const guestVersionQuery = (db: Database) =>
	db
		.select({ slug: articles.slug, hash: articles.contentHash, updatedAt: articles.updatedAt })
		.from(articles)
		.where(and(sql`${articles.slug} = any(${sql.placeholder('slugs')})`, visibleTo(db, null)))
		.prepare('guest_versions');

/**
 * Inserts shipped articles that are new and updates those whose file changed; one statement per
 * article, so two servers starting at once on PostgreSQL cannot insert a duplicate. Returns once
 * every server that keeps article versions has seen the change (change-leases.ts).
 */
export async function loadShipped(db: Database, shipped: ShippedArticle[]): Promise<void> {
	for (const item of shipped) {
		const clean = importArticle(item.rawText);
		const values = {
			slug: item.slug,
			title: item.metadata.title,
			source: item.metadata.source,
			publishedOn: item.metadata.publishedOn,
			datelinePlace: item.metadata.datelinePlace ?? clean.dateline?.place ?? null,
			language: item.metadata.language,
			rawText: item.rawText,
			body: clean.body,
			blocks: clean.blocks,
			wordCount: countWords(clean.body),
			...levelColumns(clean),
			topic: item.metadata.topic ?? null,
			contentHash: item.contentHash,
			origin: 'shipped' as const
		};
		const { slug: _slug, ...changes } = values;
		await db
			.insert(articles)
			.values(values)
			.onConflictDoUpdate({
				target: articles.slug,
				set: { ...changes, updatedAt: sql`now()` },
				// A row from before levels were stored gets its level too.
				setWhere: sql`${articles.contentHash} <> excluded.content_hash or ${articles.level} is null`
			});
	}
	await settle(db);
}

/** The stored reading level of a cleaned article (see src/lib/text/level.ts). */
export function levelColumns(clean: CleanArticle) {
	const estimate = estimateLevel(clean, lexicon, rootDictionary);
	return { level: estimate.level, levelScore: Math.round(estimate.score * 100) / 100 };
}

/** The first paragraph, cut at a word boundary to at most `maxLength` characters. */
export function excerptOf(body: string, maxLength = 180): string {
	const firstParagraph = body.split('\n\n', 1)[0] ?? '';
	if (firstParagraph.length <= maxLength) return firstParagraph;
	const cut = firstParagraph.lastIndexOf(' ', maxLength - 1);
	return firstParagraph.slice(0, cut > 0 ? cut : maxLength - 1) + '…';
}
