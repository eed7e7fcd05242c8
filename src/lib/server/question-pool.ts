/**
 * An article's questions. Generating them takes about 0.1 s, so the pool is built once per article
 * version (slug + content hash) and kept in memory, like the reader view in reading.ts. The lexicon
 * data is imported here, on the server, so it never reaches the browser bundle.
 */
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import { generateQuestions } from '$lib/text/questions';
import type { Question } from '$lib/text/types';
import type { Article, EvidenceSnapshot } from './db/schema';
import { perArticleVersion } from './per-article-version';

type Source = Pick<Article, 'slug' | 'contentHash' | 'body' | 'blocks'>;

export const questionsOf = perArticleVersion((article: Source): Question[] =>
	generateQuestions(
		{ dateline: null, body: article.body, blocks: article.blocks },
		{ lexicon, dict: rootDictionary }
	)
);

/** The evidence sentence with the rest of its paragraph, as text (offsets do not survive edits). */
export function evidenceOf(
	article: Pick<Article, 'body' | 'blocks'>,
	question: Question
): EvidenceSnapshot {
	const { start, end } = question.evidence;
	const block = article.blocks.find((b) => b.start <= start && end <= b.end) ?? { start, end };
	return {
		before: article.body.slice(block.start, start),
		sentence: article.body.slice(start, end),
		after: article.body.slice(end, block.end)
	};
}
