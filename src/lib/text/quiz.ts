/**
 * Quiz builder: picks N questions from an article's pool so that the quiz walks the article
 * from beginning to end and mixes kinds.
 *
 * The body is cut into N equal stretches by evidence offset; each stretch contributes the
 * question whose kind has been used least so far (ties broken by a seeded draw), and a stretch
 * with no question of its own lends its turn to the nearest one that still has some. One
 * evidence sentence is used once while others remain. Same pool + same seed = same quiz.
 */
import { fnv1a, seededRandom } from './question-utils';
import type { Question } from './types';

export interface QuizOptions {
	/** How many questions; default 10. */
	size?: number;
	seed?: number;
}

export function buildQuiz(pool: readonly Question[], options: QuizOptions = {}): Question[] {
	const size = Math.max(0, Math.min(options.size ?? 10, pool.length));
	if (size === 0) return [];
	const rand = seededRandom((options.seed ?? 0) ^ fnv1a(pool.map((q) => q.id).join(',')));
	const sorted = pool
		.slice()
		.sort((a, b) => a.evidence.start - b.evidence.start || (a.id < b.id ? -1 : 1));
	const first = sorted[0].evidence.start;
	const span = Math.max(1, sorted[sorted.length - 1].evidence.start - first + 1);
	const buckets: Question[][] = Array.from({ length: size }, () => []);
	for (const q of sorted)
		buckets[Math.min(size - 1, Math.floor(((q.evidence.start - first) / span) * size))].push(q);

	const kindUse = new Map<string, number>();
	const usedEvidence = new Set<string>();
	const chosen = new Set<Question>();
	const pick = (bucket: Question[]): Question | undefined => {
		const free = bucket.filter((q) => !chosen.has(q));
		if (free.length === 0) return undefined;
		const fresh = free.filter((q) => !usedEvidence.has(`${q.evidence.start}`));
		const candidates = fresh.length > 0 ? fresh : free;
		const least = Math.min(...candidates.map((q) => kindUse.get(q.kind) ?? 0));
		const best = candidates.filter((q) => (kindUse.get(q.kind) ?? 0) === least);
		return best[Math.floor(rand() * best.length)];
	};
	for (let i = 0; i < size; i++) {
		let q: Question | undefined;
		for (let d = 0; d < size && !q; d++)
			q = pick(buckets[i + d] ?? []) ?? pick(buckets[i - d] ?? []);
		if (!q) break;
		chosen.add(q);
		usedEvidence.add(`${q.evidence.start}`);
		kindUse.set(q.kind, (kindUse.get(q.kind) ?? 0) + 1);
	}
	return [...chosen].sort((a, b) => a.evidence.start - b.evidence.start);
}
