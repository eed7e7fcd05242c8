/**
 * The offline outbox's endpoint (`POST /api/sync`): quiz answers and review ratings given without
 * a connection, sent later by the browser (`src/lib/offline/outbox.ts`). Each item carries a key
 * the browser made (a UUID) and the time it was given; each is stored exactly once however often
 * it is sent (`attempts.submitAnswer`, `reviews.answerGiven`), and items are applied oldest first
 * so two devices' ratings of one card land in the order they were given.
 *
 * Every item gets a result; the browser drops an item from its outbox on any result (stored,
 * repeated, superseded or refused for good) and keeps it only when the request itself failed.
 */
import type { Database } from './db';
import * as attempts from './attempts';
import * as reviews from './reviews';

export interface OfflineAnswer {
	kind: 'answer';
	id: string;
	attempt: number;
	question: string;
	response: string;
	givenAt: Date;
}
export interface OfflineRating {
	kind: 'rating';
	id: string;
	root: string;
	rating: reviews.RatingName;
	givenAt: Date;
}
export type OfflineItem = OfflineAnswer | OfflineRating;
/**
 * `at`: the time the server holds for the item (milliseconds), absent when refused. A refused
 * item has a `code`: the quiz's (with its message) or `not-in-reviews` (words for it are the
 * route's, $lib/refusals.ts).
 */
export type ItemResult = {
	id: string;
	status: 'stored' | 'repeated' | 'superseded' | 'refused';
	at?: number;
	code?: string;
	message?: string;
};

/** What is wrong with a batch; the route says it in the request's language. */
export type SyncError = 'no-account' | 'no-items' | 'too-many' | 'bad-item';

export const maxItemsPerSync = 100;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Validates `{ account, items: [...] }`. `account` is the key of the account the items were given
 * in (`accountKey`); the route refuses a batch for another account, so one learner's outbox is
 * never sent in someone else's session on a shared device.
 */
export function parseSync(
	input: unknown
): { account: string; items: OfflineItem[] } | { error: SyncError } {
	const body = input as { account?: unknown; items?: unknown } | null;
	if (!body || typeof body.account !== 'string' || body.account.length > 40)
		return { error: 'no-account' };
	if (!Array.isArray(body.items) || body.items.length === 0) return { error: 'no-items' };
	if (body.items.length > maxItemsPerSync) return { error: 'too-many' };
	const items: OfflineItem[] = [];
	for (const raw of body.items as Record<string, unknown>[]) {
		const item = parseItem(raw ?? {});
		if (!item) return { error: 'bad-item' };
		items.push(item);
	}
	return { account: body.account, items };
}

function parseItem(raw: Record<string, unknown>): OfflineItem | undefined {
	const { id, kind, givenAt } = raw;
	if (typeof id !== 'string' || !uuidPattern.test(id)) return undefined;
	if (typeof givenAt !== 'number' || !Number.isFinite(givenAt) || givenAt <= 0) return undefined;
	const at = new Date(givenAt);
	if (kind === 'answer') {
		const { attempt, question, response } = raw;
		if (!Number.isSafeInteger(attempt) || (attempt as number) <= 0) return undefined;
		if (typeof question !== 'string' || question.length === 0 || question.length > 200)
			return undefined;
		if (typeof response !== 'string' || response.length > 400) return undefined;
		return { kind, id, attempt: attempt as number, question, response, givenAt: at };
	}
	if (kind === 'rating') {
		const { root, rating } = raw;
		if (typeof root !== 'string' || root.length === 0 || root.length > 40) return undefined;
		if (reviews.parseRating(rating) === undefined) return undefined;
		return { kind, id, root, rating: rating as reviews.RatingName, givenAt: at };
	}
	return undefined;
}

/** The key an account's outbox items and cached pages are filed under in the browser. */
export function accountKey(userId: number): string {
	return String(userId);
}

/** Applies the items in the order they were given; one result per item, in the order sent. */
export async function applyItems(
	db: Database,
	userId: number,
	items: OfflineItem[],
	now = new Date()
): Promise<ItemResult[]> {
	const results = new Map<string, ItemResult>();
	const ordered = [...items].sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime());
	for (const item of ordered) {
		if (results.has(item.id)) continue;
		results.set(item.id, await applyItem(db, userId, item, now));
	}
	return items.map((item) => results.get(item.id)!);
}

async function applyItem(
	db: Database,
	userId: number,
	item: OfflineItem,
	now: Date
): Promise<ItemResult> {
	const given = { clientId: item.id, at: item.givenAt };
	if (item.kind === 'answer') {
		const result = await attempts.submitAnswer(
			db,
			userId,
			item.attempt,
			item.question,
			item.response,
			given
		);
		return result.status === 'refused'
			? { id: item.id, status: 'refused', code: result.code, message: result.message }
			: { id: item.id, status: result.status, at: result.answeredAt.getTime() };
	}
	const rating = reviews.ratings[item.rating];
	const result = await reviews.answerGiven(
		db,
		userId,
		item.root,
		rating,
		item.id,
		item.givenAt,
		now
	);
	return result.status === 'missing'
		? { id: item.id, status: 'refused', code: 'not-in-reviews' }
		: { id: item.id, status: result.status, at: result.at.getTime() };
}
