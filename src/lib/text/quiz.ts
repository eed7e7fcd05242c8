/**
 * Quiz builder: picks N questions from an article's pool so that the quiz walks the article
 * from beginning to end, mixes kinds and uses the best-scored items.
 *
 * Items scored below `lowScore` are used only when the rest cannot fill the quiz. The body is
 * cut into N equal stretches by evidence offset; each stretch contributes, among the questions
 * whose kind has been used least so far, the best-scored one (ties broken by a seeded draw),
 * and a stretch with no question of its own lends its turn to the nearest one that still has
 * some, as does a stretch whose items are all of a kind the quiz has had enough of (`kindCap`).
 * One evidence sentence and one root are used once while others remain. When the pool
 * has a question that needs more than finding a sentence (why / how) and none was drawn, the
 * weakest item of the most used kind makes room for the best one. Same pool + same seed = same quiz.
 */
import { lowScore } from './question-checks';
import { fnv1a, seededRandom } from './question-utils';
import type { Question } from './types';

export interface QuizOptions {
	/** How many questions; default 10. */
	size?: number;
	seed?: number;
}

/** Stored items from before scores existed count as middling. */
export const scoreOf = (q: Question) => q.score ?? 0.5;

/**
 * How many items of one kind a quiz takes while other kinds remain anywhere in the pool: a
 * stretch of text with only word items would otherwise fill the quiz with them. Sentence order
 * is one exercise, not a theme: once per quiz.
 */
function kindCap(kind: Question['kind'], size: number): number {
	return kind === 'order' ? 1 : Math.max(2, Math.ceil(size * 0.3));
}

/** Kinds that need more than locating one sentence. */
const reasoningKinds = new Set<Question['kind']>(['why', 'reference', 'role', 'amount-change']);

export function buildQuiz(all: readonly Question[], options: QuizOptions = {}): Question[] {
	const size = Math.max(0, Math.min(options.size ?? 10, all.length));
	const good = all.filter((q) => scoreOf(q) >= lowScore);
	const pool = good.length >= size ? good : all;
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
	const usedRoots = new Set<string>();
	const chosen = new Set<Question>();
	const capped = (q: Question) => (kindUse.get(q.kind) ?? 0) >= kindCap(q.kind, size);
	const pick = (bucket: Question[], withinCaps: boolean): Question | undefined => {
		const free = bucket.filter((q) => !chosen.has(q) && !(withinCaps && capped(q)));
		if (free.length === 0) return undefined;
		const fresh = free.filter((q) => !usedEvidence.has(`${q.evidence.start}`));
		const candidates = fresh.length > 0 ? fresh : free;
		const newRoot = candidates.filter((q) => !q.root || !usedRoots.has(q.root));
		const pickFrom = newRoot.length > 0 ? newRoot : candidates;
		const least = Math.min(...pickFrom.map((q) => kindUse.get(q.kind) ?? 0));
		const leastUsed = pickFrom.filter((q) => (kindUse.get(q.kind) ?? 0) === least);
		const top = Math.max(...leastUsed.map(scoreOf));
		const best = leastUsed.filter((q) => scoreOf(q) >= top - 0.05);
		return best[Math.floor(rand() * best.length)];
	};
	for (let i = 0; i < size; i++) {
		let q: Question | undefined;
		for (const withinCaps of [true, false])
			for (let d = 0; d < size && !q; d++)
				q = pick(buckets[i + d] ?? [], withinCaps) ?? pick(buckets[i - d] ?? [], withinCaps);
		if (!q) break;
		chosen.add(q);
		usedEvidence.add(`${q.evidence.start}`);
		if (q.root) usedRoots.add(q.root);
		kindUse.set(q.kind, (kindUse.get(q.kind) ?? 0) + 1);
	}
	/** Puts `q` in place of the weakest item of the most used kind, if that kind is used twice or more. */
	const swapIn = (q: Question) => {
		const most = Math.max(...kindUse.values());
		if (most < 2) return;
		const weakest = [...chosen]
			.filter((c) => kindUse.get(c.kind) === most && !usedEvidenceBy(c, q))
			.sort((a, b) => scoreOf(a) - scoreOf(b))[0];
		if (!weakest) return;
		chosen.delete(weakest);
		chosen.add(q);
		kindUse.set(weakest.kind, most - 1);
		kindUse.set(q.kind, (kindUse.get(q.kind) ?? 0) + 1);
	};
	// Another chosen item on the evidence of `q` stays unless it is the one swapped out.
	const usedEvidenceBy = (c: Question, q: Question) =>
		[...chosen].some((o) => o !== c && o.evidence.start === q.evidence.start);
	const unchosen = pool.filter((q) => !chosen.has(q)).sort((a, b) => scoreOf(b) - scoreOf(a));
	if (![...chosen].some((q) => reasoningKinds.has(q.kind))) {
		const reasoning = unchosen.find((q) => reasoningKinds.has(q.kind));
		if (reasoning) swapIn(reasoning);
	}
	// Buckets follow the text, so a kind found in one stretch only can be missed: each kind the
	// pool has gets one place, taken from the most used kind.
	for (const q of unchosen)
		if (!kindUse.get(q.kind) && !chosen.has(q) && !usedEvidenceBy(q, q)) swapIn(q);
	return [...chosen].sort((a, b) => a.evidence.start - b.evidence.start);
}
