/**
 * A learner's words: added from the reader or the vocabulary list, looked up, or missed in a quiz,
 * each one review card per root, scheduled with FSRS (ts-fsrs, default parameters, no fuzz so a
 * schedule is reproducible). Every write is a single upsert on (user_id, root), so two tabs adding
 * the same word, or a lookup racing an "add", cannot fail or duplicate on PostgreSQL.
 *
 * "Due today" is counted up to the end of the current UTC day: the server does not know the
 * learner's time zone, and a day boundary that moves by a few hours does not change the habit.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { lexicon } from '$lib/text/lexicon-data';
import { gradeRecall, type RecallResult } from '$lib/text/recall';
import { occurrencesOfRoot } from '$lib/text/reader';
import type { Database } from './db';
import {
	articles,
	reviewLog,
	wordLookups,
	wordReviews,
	type Article,
	type WordReview,
	type WordSource
} from './db/schema';
import { viewOf } from './reading';

export type ArticleText = Pick<Article, 'id' | 'slug' | 'contentHash' | 'body' | 'blocks'>;
export interface Example {
	sentence: string;
	formStart: number;
	formEnd: number;
}

const scheduler = fsrs({ enable_fuzz: false });
export const ratings = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
} as const;
export type RatingName = keyof typeof ratings;
const ratingNames = Object.fromEntries(
	Object.entries(ratings).map(([name, rating]) => [rating, name as RatingName])
) as Record<Grade, RatingName>;

/** The sentence where `root` first occurs in the article (preferring `form`); undefined if it does not. */
export function exampleOf(article: ArticleText, root: string, form?: string): Example | undefined {
	const { examples } = occurrencesOfRoot(viewOf(article), root);
	if (examples.length === 0) return undefined;
	const match = form
		? examples.find((e) => e.text.slice(e.start, e.end).toLowerCase() === form)
		: undefined;
	const { text, start, end } = match ?? examples[0];
	return { sentence: text, formStart: start, formEnd: end };
}

function newCard(
	userId: number,
	root: string,
	source: WordSource,
	now: Date,
	article?: ArticleText,
	example?: Example
) {
	return {
		userId,
		root,
		source,
		articleId: article?.id ?? null,
		...(example ?? {}),
		due: now,
		createdAt: now,
		updatedAt: now
	};
}

/** "Add to my words": a card due now; re-adding a word marked known puts it back in review. */
export async function add(
	db: Database,
	userId: number,
	article: ArticleText,
	root: string,
	now = new Date()
): Promise<boolean> {
	const example = exampleOf(article, root);
	if (!example) return false;
	await db
		.insert(wordReviews)
		.values(newCard(userId, root, 'added', now, article, example))
		.onConflictDoUpdate({
			target: [wordReviews.userId, wordReviews.root],
			set: { known: false, ignored: false, source: 'added', updatedAt: now }
		});
	return true;
}

/** "I know this": the card stays (so the word counts as learned) but is never due. */
export async function markKnown(
	db: Database,
	userId: number,
	article: ArticleText,
	root: string,
	now = new Date()
): Promise<boolean> {
	const example = exampleOf(article, root);
	if (!example) return false;
	await db
		.insert(wordReviews)
		.values({ ...newCard(userId, root, 'added', now, article, example), known: true })
		.onConflictDoUpdate({
			target: [wordReviews.userId, wordReviews.root],
			set: { known: true, ignored: false, updatedAt: now }
		});
	return true;
}

/**
 * Lookups from the reader: one insert for the log, one upsert for the cards (a looked-up word
 * joins the review list unless it is already there). Words that are not in the article are
 * dropped. Returns how many lookups were kept.
 */
export async function recordLookups(
	db: Database,
	userId: number,
	article: ArticleText,
	words: { root: string; form: string }[],
	now = new Date()
): Promise<number> {
	const cards = new Map<string, ReturnType<typeof newCard>>();
	const kept = words.filter(({ root, form }) => {
		if (cards.has(root)) return true;
		const example = exampleOf(article, root, form);
		if (example) cards.set(root, newCard(userId, root, 'lookup', now, article, example));
		return !!example;
	});
	if (kept.length === 0) return 0;
	await db
		.insert(wordLookups)
		.values(
			kept.map(({ root, form }) => ({ userId, articleId: article.id, root, form, lookedUpAt: now }))
		);
	await db
		.insert(wordReviews)
		.values([...cards.values()])
		.onConflictDoNothing();
	return kept.length;
}

/**
 * For class analytics: how often, and by how many of `userIds`, each root of an article was looked
 * up; the roots most learners looked up first, then the most lookups (uses the (article_id, root)
 * index). `limit` keeps the first so many.
 */
export async function listLookupCounts(
	db: Database,
	articleId: number,
	userIds: number[],
	limit?: number
) {
	if (userIds.length === 0) return [];
	const query = db
		.select({
			root: wordLookups.root,
			lookups: count(),
			learners: sql<number>`count(distinct ${wordLookups.userId})`.mapWith(Number)
		})
		.from(wordLookups)
		.where(and(eq(wordLookups.articleId, articleId), inArray(wordLookups.userId, userIds)))
		.groupBy(wordLookups.root)
		.orderBy(
			sql`count(distinct ${wordLookups.userId}) desc`,
			sql`count(*) desc`,
			asc(wordLookups.root)
		);
	return limit === undefined ? query : query.limit(limit);
}

/**
 * For the quiz: roots the learner got wrong become due now (new cards, or known/scheduled ones
 * brought forward). `article` supplies the sentence for the card face when given.
 */
export async function addMissedWords(
	db: Database,
	userId: number,
	roots: string[],
	options: { article?: ArticleText; now?: Date } = {}
): Promise<void> {
	const now = options.now ?? new Date();
	const unique = [
		...new Set(roots.filter((r) => typeof r === 'string' && r.length > 0 && r.length <= 40))
	];
	if (unique.length === 0) return;
	const rows = unique.map((root) => {
		const example = options.article && exampleOf(options.article, root);
		return newCard(userId, root, 'missed', now, example ? options.article : undefined, example);
	});
	await db
		.insert(wordReviews)
		.values(rows)
		.onConflictDoUpdate({
			target: [wordReviews.userId, wordReviews.root],
			set: {
				known: false,
				ignored: false,
				due: sql`least(${wordReviews.due}, excluded.due)`,
				updatedAt: now
			}
		});
}

/** The end of `now`'s UTC day, exclusive. */
export function endOfDay(now: Date): Date {
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

export async function countDue(db: Database, userId: number, now = new Date()): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(wordReviews)
		.where(
			and(
				eq(wordReviews.userId, userId),
				eq(wordReviews.known, false),
				eq(wordReviews.ignored, false),
				lt(wordReviews.due, endOfDay(now))
			)
		);
	return row.n;
}

/** Cards due by `now`, the most overdue first. */
export async function listDue(
	db: Database,
	userId: number,
	now = new Date(),
	limit = 20
): Promise<WordReview[]> {
	return db
		.select()
		.from(wordReviews)
		.where(
			and(
				eq(wordReviews.userId, userId),
				eq(wordReviews.known, false),
				eq(wordReviews.ignored, false),
				lte(wordReviews.due, now)
			)
		)
		.orderBy(asc(wordReviews.due), asc(wordReviews.id))
		.limit(limit);
}

/** How many cards after the first the review page carries, to go on with offline. */
export const offlineCards = 9;

/**
 * The card to show on the review page (the most overdue), with its gloss and article, the
 * interval each rating would give it now (milliseconds, for the buttons), and how many are due
 * today in all. `reps` goes back with the answer (see `answer`). `later` holds the next few due
 * cards the same way: the page goes on with them when a rating cannot be sent (offline).
 */
export async function nextCard(db: Database, userId: number, now = new Date()) {
	const [rows, dueToday] = await Promise.all([
		db
			.select({ card: wordReviews, article: { slug: articles.slug, title: articles.title } })
			.from(wordReviews)
			.leftJoin(articles, eq(articles.id, wordReviews.articleId))
			.where(
				and(
					eq(wordReviews.userId, userId),
					eq(wordReviews.known, false),
					eq(wordReviews.ignored, false),
					lte(wordReviews.due, now)
				)
			)
			.orderBy(asc(wordReviews.due), asc(wordReviews.id))
			.limit(1 + offlineCards),
		countDue(db, userId, now)
	]);
	const [card, ...later] = rows.map((row) => ({
		root: row.card.root,
		sentence: row.card.sentence,
		formStart: row.card.formStart,
		formEnd: row.card.formEnd,
		reps: row.card.reps,
		article: row.article,
		gloss: lexicon.lookup(row.card.root)?.gloss ?? '',
		intervals: intervalsOf(row.card, now)
	}));
	return { card, later, dueToday };
}

/** What each rating would schedule for this card at `now`: milliseconds until it is due again. */
export function intervalsOf(row: WordReview, now: Date): Record<RatingName, number> {
	const preview = scheduler.repeat(toCard(row), now);
	const after = (rating: Grade) => preview[rating].card.due.getTime() - now.getTime();
	return {
		again: after(Rating.Again),
		hard: after(Rating.Hard),
		good: after(Rating.Good),
		easy: after(Rating.Easy)
	};
}

/**
 * The words reviewed today (UTC), the latest first: the rating given and the interval it set
 * (due minus the review time, both stored), so the page shows that a button kept its word.
 */
export async function listDoneToday(db: Database, userId: number, now = new Date()) {
	const start = new Date(endOfDay(now).getTime() - 24 * 60 * 60 * 1000);
	const rows = await db
		.select({
			root: wordReviews.root,
			form: sql<string>`substr(${wordReviews.sentence}, ${wordReviews.formStart} + 1, ${wordReviews.formEnd} - ${wordReviews.formStart})`,
			due: wordReviews.due,
			lastReview: wordReviews.lastReview,
			rating: reviewLog.rating
		})
		.from(wordReviews)
		.innerJoin(
			reviewLog,
			and(
				eq(reviewLog.userId, wordReviews.userId),
				eq(reviewLog.root, wordReviews.root),
				eq(reviewLog.reviewedAt, wordReviews.lastReview)
			)
		)
		.where(and(eq(wordReviews.userId, userId), gte(wordReviews.lastReview, start)))
		.orderBy(desc(wordReviews.lastReview), asc(wordReviews.root))
		.limit(50);
	return rows.map(({ due, lastReview, rating, ...row }) => ({
		...row,
		rating: ratingNames[rating as Grade],
		interval: due.getTime() - lastReview!.getTime()
	}));
}

/** The learner's cards for these roots (for "added"/"known" marks on a word list). */
export async function listForRoots(db: Database, userId: number, roots: string[]) {
	if (roots.length === 0) return [];
	return db
		.select({ root: wordReviews.root, known: wordReviews.known })
		.from(wordReviews)
		.where(and(eq(wordReviews.userId, userId), inArray(wordReviews.root, roots)));
}

function toCard(row: WordReview): Card {
	return {
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsed_days: row.elapsedDays,
		scheduled_days: row.scheduledDays,
		learning_steps: row.learningSteps,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state as State,
		last_review: row.lastReview ?? undefined
	};
}

/** The FSRS columns of a card row after a review at `at`. */
function scheduleOf(card: Card, at: Date) {
	return {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.last_review ?? at
	};
}

export type AnswerResult =
	{ status: 'answered'; due: Date; rating: Grade } | { status: 'stale' } | { status: 'missing' };

/**
 * Records an answer. `seenReps` is the card's `reps` when it was shown: if it changed since
 * (a second tab, a double submit), the answer is not applied twice. The row is locked for the
 * read-schedule-write so concurrent answers on PostgreSQL serialise. `rating` may be worked out
 * from the locked card (typed recall grades against its sentence).
 */
export async function answer(
	db: Database,
	userId: number,
	root: string,
	rating: Grade | ((card: WordReview) => Grade),
	seenReps: number,
	now = new Date()
): Promise<AnswerResult> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(wordReviews)
			.where(and(eq(wordReviews.userId, userId), eq(wordReviews.root, root)))
			.for('update');
		if (!row || row.known || row.ignored) return { status: 'missing' } as const;
		if (row.reps !== seenReps) return { status: 'stale' } as const;
		const grade = typeof rating === 'function' ? rating(row) : rating;
		const { card } = scheduler.next(toCard(row), now, grade);
		await tx
			.update(wordReviews)
			.set({ ...scheduleOf(card, now), updatedAt: now })
			.where(eq(wordReviews.id, row.id));
		await tx
			.insert(reviewLog)
			.values({ userId, root, rating: grade, state: row.state, reviewedAt: now });
		return { status: 'answered', due: card.due, rating: grade } as const;
	});
}

/** `at`: the time the log holds for this rating (the first send's, for a repeat). */
export type GivenResult =
	| { status: 'stored'; due: Date; at: Date }
	| { status: 'repeated' | 'superseded'; at: Date }
	| { status: 'missing' };

/**
 * A rating given offline and sent later (`offline-sync.ts`), identified by the browser's
 * `clientId` and scheduled at `givenAt` (the time it was given, never later than `now`).
 * Stored exactly once: the card row is locked, then the log row is inserted with ON CONFLICT DO
 * NOTHING on the unique client id, so a replay (even one racing the first send) changes nothing.
 *
 * Two devices reviewing one card: ratings apply in the order they were given. One given at or
 * before the card's last review (a newer review from another device already landed) is logged
 * but does not move the schedule ("superseded"); the outbox sends its own ratings oldest first.
 */
export async function answerGiven(
	db: Database,
	userId: number,
	root: string,
	rating: Grade,
	clientId: string,
	givenAt: Date,
	now = new Date()
): Promise<GivenResult> {
	const at = givenAt.getTime() > now.getTime() ? now : givenAt;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(wordReviews)
			.where(and(eq(wordReviews.userId, userId), eq(wordReviews.root, root)))
			.for('update');
		if (!row || row.known || row.ignored) return { status: 'missing' } as const;
		const logged = await tx
			.insert(reviewLog)
			.values({ userId, root, rating, state: row.state, reviewedAt: at, clientId })
			.onConflictDoNothing()
			.returning({ id: reviewLog.id });
		if (logged.length === 0) {
			const [first] = await tx
				.select({ at: reviewLog.reviewedAt })
				.from(reviewLog)
				.where(eq(reviewLog.clientId, clientId));
			return { status: 'repeated', at: first?.at ?? at } as const;
		}
		if (row.lastReview && row.lastReview.getTime() >= at.getTime())
			return { status: 'superseded', at } as const;
		const { card } = scheduler.next(toCard(row), at, rating);
		await tx
			.update(wordReviews)
			.set({ ...scheduleOf(card, at), updatedAt: now })
			.where(eq(wordReviews.id, row.id));
		return { status: 'stored', due: card.due, at } as const;
	});
}

/**
 * Typed recall (`text/recall.ts`): grades what was typed against the card's sentence and records
 * the rating that follows. `shownAt` (when the card was shown, from the form) times the answer.
 */
export async function answerTyped(
	db: Database,
	userId: number,
	root: string,
	typed: string,
	seenReps: number,
	shownAt: number,
	now = new Date()
) {
	let result: RecallResult = 'wrong';
	const answered = await answer(
		db,
		userId,
		root,
		(card) => {
			const graded = gradeRecall(card, typed, now.getTime() - shownAt);
			result = graded.result;
			return ratings[graded.rating];
		},
		seenReps,
		now
	);
	return { ...answered, result };
}

/** Reads a rating from a form value ('again' … 'easy'). */
export function parseRating(value: unknown): Grade | undefined {
	return typeof value === 'string' && Object.hasOwn(ratings, value)
		? ratings[value as RatingName]
		: undefined;
}

const rootPattern = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
export const maxLookupsPerBatch = 100;

/** What is wrong with a lookup batch; the route says it in the request's language ($lib/refusals.ts). */
export type LookupsError = 'no-slug' | 'no-words' | 'too-many' | 'bad-root' | 'bad-form';

/** Validates a lookup batch from the reader: `{ slug, words: [{ root, form }] }`, at most 100 words. */
export function parseLookups(
	input: unknown
): { slug: string; words: { root: string; form: string }[] } | { error: LookupsError } {
	const body = input as { slug?: unknown; words?: unknown } | null;
	if (!body || typeof body.slug !== 'string' || body.slug.length > 120) return { error: 'no-slug' };
	if (!Array.isArray(body.words) || body.words.length === 0) return { error: 'no-words' };
	if (body.words.length > maxLookupsPerBatch) return { error: 'too-many' };
	const words: { root: string; form: string }[] = [];
	for (const item of body.words as { root?: unknown; form?: unknown }[]) {
		const { root, form } = item ?? {};
		if (typeof root !== 'string' || root.length > 40 || !rootPattern.test(root))
			return { error: 'bad-root' };
		if (typeof form !== 'string' || form.length === 0 || form.length > 60)
			return { error: 'bad-form' };
		words.push({ root, form: form.toLowerCase() });
	}
	return { slug: body.slug, words };
}
