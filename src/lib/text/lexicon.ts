/**
 * Lexicon: root → part of speech, learner gloss and frequency band. Built from the compact
 * generated table (data/lexicon.json) with the hand-curated entries laid over it, so a
 * curated gloss always wins and stays recognisable as curated. Takes the data as arguments
 * and never imports it, so the browser bundle only carries it when a page asks for it.
 */
import type { FrequencyBand, Lexicon, LexiconEntry, RootDictionary } from './types';

/** data/lexicon.json: rows of [lemma, pos, gloss, band, round(Zipf × 10)]. */
export interface GeneratedLexicon {
	entries: [string, string, string, number, number][];
}

/** data/curated-lexicon.json: hand-written entries, keyed by lemma. */
export interface CuratedLexicon {
	roots: Record<string, { pos: string; gloss: string; band?: number }>;
}

export interface LoadedLexicon extends Lexicon {
	dictionary: RootDictionary;
	size: number;
}

function toBand(n: number | undefined): FrequencyBand {
	return n === 1 || n === 2 || n === 3 || n === 4 ? n : 5;
}

export function createLexicon(generated: GeneratedLexicon, curated: CuratedLexicon): LoadedLexicon {
	const entries = new Map<string, LexiconEntry>();
	const zipf = new Map<string, number>();
	for (const [lemma, pos, gloss, band, zipf10] of generated.entries) {
		entries.set(lemma, { lemma, pos, gloss, band: toBand(band), curated: false });
		if (zipf10 > 0) zipf.set(lemma, zipf10 / 10);
	}
	for (const [lemma, c] of Object.entries(curated.roots)) {
		const before = entries.get(lemma);
		entries.set(lemma, { lemma, pos: c.pos, gloss: c.gloss, band: toBand(c.band ?? before?.band), curated: true });
	}
	const dictionary: RootDictionary = { has: (r) => entries.has(r), zipf: (r) => zipf.get(r) ?? 0 };
	return { lookup: (root) => entries.get(root.toLowerCase()), dictionary, size: entries.size };
}
