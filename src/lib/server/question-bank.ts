/**
 * The questions a teacher's students are asked: the generated pool (question-pool.ts) with the
 * teacher's reviewed rows laid over it. For a shipped article a row hides or replaces the
 * generated question with the same `baseId`, or adds a custom one; an imported article's rows are
 * its whole set, stored when it was published, so a later generator cannot change it under the
 * teacher. Quizzes draw only from visible questions.
 *
 * A generated question the generator scored below `lowScore` starts hidden; the teacher may show it.
 *
 * Edits bump `version` and give the question a new id (`baseId~v<version>`): attempts keep their
 * own snapshot anyway, and the new id keeps two versions apart in reports. An edit names the
 * version it was made from and fails as stale if someone saved another edit in between.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { lowScore } from '$lib/text/question-checks';
import type { Question, QuestionKind } from '$lib/text/types';
import type { Database, Transaction } from './db';
import { articleQuestions, type Article } from './db/schema';
import { questionsOf } from './question-pool';

type Queryable = Database | Transaction;
export type BankArticle = Pick<
	Article,
	'id' | 'slug' | 'contentHash' | 'body' | 'blocks' | 'origin' | 'ownerId'
>;

export interface ReviewItem {
	baseId: string;
	question: Question;
	origin: 'generated' | 'custom';
	version: number;
	hidden: boolean;
}

/** The base id of a question id from a snapshot (`abc~v3` -> `abc`). */
export const baseIdOf = (questionId: string) => questionId.split('~')[0];

/** Whose rows apply: the owner's for an imported article, else the given teacher's (if any). */
export function reviewerOf(article: BankArticle, teacherId: number | null): number | null {
	return article.origin === 'imported' ? article.ownerId : teacherId;
}

async function rowsOf(db: Queryable, teacherId: number, articleId: number) {
	return db
		.select()
		.from(articleQuestions)
		.where(
			and(eq(articleQuestions.teacherId, teacherId), eq(articleQuestions.articleId, articleId))
		);
}

/** Every question the teacher can review, hidden ones included, in article order. */
export async function listForReview(
	db: Queryable,
	article: BankArticle,
	teacherId: number | null
): Promise<ReviewItem[]> {
	const reviewer = reviewerOf(article, teacherId);
	const base = article.origin === 'shipped' ? questionsOf(article) : [];
	return merge(base, reviewer === null ? [] : await rowsOf(db, reviewer, article.id));
}

/** The questions a quiz may draw from. */
export async function visiblePool(
	db: Queryable,
	article: BankArticle,
	teacherId: number | null
): Promise<Question[]> {
	return (await listForReview(db, article, teacherId))
		.filter((i) => !i.hidden)
		.map((i) => i.question);
}

export function merge(
	base: Question[],
	rows: (typeof articleQuestions.$inferSelect)[]
): ReviewItem[] {
	const byBase = new Map(rows.map((r) => [r.baseId, r]));
	const baseIds = new Set(base.map((q) => q.id));
	const fromRow = (r: (typeof rows)[number]): ReviewItem => ({
		baseId: r.baseId,
		question: r.question,
		origin: r.origin,
		version: r.version,
		hidden: r.hidden
	});
	const items = base.map((q): ReviewItem => {
		const row = byBase.get(q.id);
		return row
			? fromRow(row)
			: { baseId: q.id, question: q, origin: 'generated', version: 1, hidden: isLowScored(q) };
	});
	// Rows without a generated twin: custom questions, and an imported article's stored set.
	for (const row of rows) if (!baseIds.has(row.baseId)) items.push(fromRow(row));
	return items.sort(
		(a, b) =>
			a.question.evidence.start - b.question.evidence.start || (a.baseId < b.baseId ? -1 : 1)
	);
}

export async function findForReview(
	db: Queryable,
	article: BankArticle,
	teacherId: number,
	baseId: string
) {
	return (await listForReview(db, article, teacherId)).find((i) => i.baseId === baseId);
}

/** Stored items from before scores existed have none: they stay visible. */
export const isLowScored = (q: Question) => q.score !== undefined && q.score < lowScore;

/**
 * Hides or shows many questions at once (the review page's "hide all of this kind"); returns how
 * many changed. Ids the teacher has no question for are ignored.
 */
export async function setHiddenMany(
	db: Database,
	article: BankArticle,
	teacherId: number,
	select: (item: ReviewItem) => boolean,
	hidden: boolean
): Promise<number> {
	if (reviewerOf(article, teacherId) !== teacherId) return 0;
	const items = (await listForReview(db, article, teacherId)).filter(
		(i) => i.hidden !== hidden && select(i)
	);
	if (items.length === 0) return 0;
	await storeHidden(db, article, teacherId, items, hidden);
	return items.length;
}

/** Hides or shows a question; false when the teacher has no such question for this article. */
export async function setHidden(
	db: Database,
	article: BankArticle,
	teacherId: number,
	questionId: string,
	hidden: boolean
): Promise<boolean> {
	const reviewer = reviewerOf(article, teacherId);
	if (reviewer !== teacherId) return false; // another teacher's imported article
	const item = await findForReview(db, article, teacherId, baseIdOf(questionId));
	if (!item) return false;
	await storeHidden(db, article, teacherId, [item], hidden);
	return true;
}

/** The teacher's own row for each item, created or updated with `hidden`: one upsert for one or many. */
async function storeHidden(
	db: Database,
	article: BankArticle,
	teacherId: number,
	items: ReviewItem[],
	hidden: boolean
): Promise<void> {
	await db
		.insert(articleQuestions)
		.values(
			items.map((item) => ({
				teacherId,
				articleId: article.id,
				baseId: item.baseId,
				origin: item.origin,
				version: item.version,
				question: item.question,
				hidden
			}))
		)
		.onConflictDoUpdate({
			target: [articleQuestions.teacherId, articleQuestions.articleId, articleQuestions.baseId],
			set: { hidden, updatedAt: sql`now()` }
		});
}

export type EditResult = 'saved' | 'stale' | 'missing';

/** Saves an edit made from version `fromVersion`; 'stale' when another edit got there first. */
export async function edit(
	db: Database,
	article: BankArticle,
	teacherId: number,
	baseId: string,
	fromVersion: number,
	draft: QuestionDraft
): Promise<EditResult> {
	if (reviewerOf(article, teacherId) !== teacherId) return 'missing';
	const item = await findForReview(db, article, teacherId, baseId);
	if (!item) return 'missing';
	const version = fromVersion + 1;
	const question: Question = { ...item.question, ...draft, id: `${baseId}~v${version}` };
	if (!draft.typed) delete question.typed;
	return db.transaction(async (tx) => {
		// A generated question the teacher has not touched yet has no row: the first edit creates it.
		const inserted =
			fromVersion === 1
				? await tx
						.insert(articleQuestions)
						.values({
							teacherId,
							articleId: article.id,
							baseId,
							origin: item.origin,
							version,
							question,
							hidden: item.hidden
						})
						.onConflictDoNothing()
						.returning({ id: articleQuestions.id })
				: [];
		if (inserted.length > 0) return 'saved';
		const updated = await tx
			.update(articleQuestions)
			.set({ version, question, updatedAt: sql`now()` })
			.where(
				and(
					eq(articleQuestions.teacherId, teacherId),
					eq(articleQuestions.articleId, article.id),
					eq(articleQuestions.baseId, baseId),
					eq(articleQuestions.version, fromVersion)
				)
			)
			.returning({ id: articleQuestions.id });
		return updated.length > 0 ? 'saved' : 'stale';
	});
}

/** A teacher's own question; returns its base id. */
export async function addCustom(
	db: Database,
	article: BankArticle,
	teacherId: number,
	draft: QuestionDraft & { kind: QuestionKind; evidence: Question['evidence'] }
): Promise<string | undefined> {
	if (reviewerOf(article, teacherId) !== teacherId && article.origin === 'imported')
		return undefined;
	const baseId = `c${randomBytes(7).toString('hex')}`;
	const question: Question = { id: baseId, difficulty: 3, ...draft };
	if (!draft.typed) delete question.typed;
	await db
		.insert(articleQuestions)
		.values({ teacherId, articleId: article.id, baseId, origin: 'custom', question });
	return baseId;
}

/** Rows for a freshly imported article: its generated questions become its stored set. */
export function storedSet(teacherId: number, articleId: number, questions: Question[]) {
	return questions.map((question) => ({
		teacherId,
		articleId,
		baseId: question.id,
		origin: 'generated' as const,
		question,
		hidden: isLowScored(question)
	}));
}

/** What the question form gives: a new version's content, and for a new question its kind and evidence. */
export type QuestionDraft = Pick<Question, 'prompt' | 'options' | 'answer' | 'explanation'> & {
	typed?: boolean;
	kind?: QuestionKind;
	evidence?: Question['evidence'];
};
