/**
 * Known-word share: how much of a text's running words the learner knows, the figure learners use
 * to choose a text at their level ("87 % known, 31 new words"). Counted over running words, not
 * distinct ones, because a word that appears ten times matters ten times to the reading; words the
 * learner ignores (names, numbers) are left out of both sides. Pure, so the reader can recount in
 * the browser after a tap and the server counts the article list the same way.
 */

import type { StatusCode } from './status-codes';

export type { StatusCode };

export interface KnownShare {
	/** Whole per cent (rounded down, so 100 means all) of the counted running words that are known. */
	percent: number;
	/** Distinct roots the learner has no status for. */
	newWords: number;
}

/** `counts`: each root of the text's running words (names excluded) and how often it occurs. */
export function shareOf(
	counts: Map<string, number>,
	statuses: Record<string, StatusCode | undefined>
): KnownShare {
	let running = 0;
	let known = 0;
	let newWords = 0;
	for (const [root, n] of counts) {
		const code = statuses[root];
		if (code === 'i') continue;
		running += n;
		if (code === 'k') known += n;
		if (code === undefined) newWords += 1;
	}
	return { percent: running === 0 ? 100 : Math.floor((known * 100) / running), newWords };
}

/** Root counts from the reader's encoding: `roots` per card (null for a name), words per block. */
export function countRoots(
	blocks: { words: [number, number, number][] }[],
	roots: (string | null)[]
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const block of blocks)
		for (const [, , card] of block.words) {
			const root = roots[card];
			if (root !== null) counts.set(root, (counts.get(root) ?? 0) + 1);
		}
	return counts;
}
