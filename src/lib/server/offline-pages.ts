/**
 * "Save for offline": the pages that make an article usable without a connection, for the
 * service worker to fetch and keep (src/service-worker.ts). The reader, its word cards and every
 * word page (the no-JavaScript path of a tap), the word list, the learner's quiz on the article
 * (started here if none is open, so its questions exist to be answered offline), and the pages
 * around them: home, the learner's words and the review queue.
 */
import { match as isRoot } from '../../params/root';
import type { Article } from './db/schema';
import type { Database } from './db';
import * as attempts from './attempts';
import { viewOf } from './reading';

export async function listPagesToSave(
	db: Database,
	userId: number,
	article: Article
): Promise<string[]> {
	const base = `/articles/${article.slug}`;
	// Only roots that have a word page (not names, not tokens such as abbreviations).
	const roots = new Set(
		viewOf(article).cards.flatMap((c) => (c.isName || !isRoot(c.root) ? [] : [c.root]))
	);
	const urls = ['/', '/words', '/review', base, `${base}/cards`, `${base}/vocabulary`];
	for (const root of roots) urls.push(`${base}/words/${encodeURIComponent(root)}`);
	const started = await attempts.startOrResume(db, userId, article);
	const attemptId = 'attemptId' in started ? started.attemptId : undefined;
	if (attemptId !== undefined) {
		const quiz = await attempts.getAttempt(db, userId, attemptId);
		// The front door last: it redirects to the first unanswered question, kept as a redirect.
		for (const item of quiz?.items ?? []) urls.push(`${base}/quiz/${attemptId}/${item.position}`);
		urls.push(`${base}/quiz`);
	}
	return urls;
}
