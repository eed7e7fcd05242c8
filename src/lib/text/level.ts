/**
 * Reading level: how hard a text is for a learner, on a six-step scale labelled like CEFR.
 *
 * Two signals, each turned into a step index (0 = A1 … 5 = C2) and averaged:
 * - sentence length: the mean number of words (names and numbers included) per sentence, the
 *   measure most readability formulas lean on; 4 words is A1, and each further 5 words one step;
 * - vocabulary: the share of the text's distinct lemmas outside the 3,000 commonest word families
 *   (band 3 and rarer in the lexicon); every 3 % is one step.
 * Sentence length weighs 0.6 and vocabulary 0.4: on the texts the scale was calibrated on (the
 * starter shelf written for Bacaan at known levels, the shipped news article, the UD news
 * sentences), sentence length separated the levels better; the word bands are coarse because
 * every text is mostly made of the commonest words. The result is an estimate, hence "about".
 */
import { analyzeWord } from './morphology';
import { tokenize } from './tokenize';
import type { CleanArticle, Lexicon, RootDictionary } from './types';

export const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Level = (typeof levels)[number];

export interface LevelEstimate {
	level: Level;
	/** "about B1" */
	label: string;
	/** One line a learner or teacher can read: why this level. */
	reason: string;
	/** The averaged step index before rounding (0 … 5), for sorting. */
	score: number;
	meanSentenceWords: number;
	/** Share (0 … 1) of distinct lemmas outside the 1,000 / 3,000 commonest word families. */
	beyond1000: number;
	beyond3000: number;
}

const clampStep = (x: number) => Math.max(0, Math.min(5, x));

export function estimateLevel(
	article: CleanArticle,
	lexicon: Lexicon,
	dict: RootDictionary
): LevelEstimate {
	const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
	const sentences = tokenize(article.body)
		.flatMap((p) => p.sentences)
		.filter((s) => paragraphs.some((b) => s.start >= b.start && s.end <= b.end));
	const bandOfLemma = new Map<string, number>();
	let words = 0;
	let counted = 0;
	for (const s of sentences) {
		const inSentence = s.tokens.filter(
			(t) => t.kind === 'word' || t.kind === 'name' || t.kind === 'number'
		);
		if (inSentence.length === 0) continue;
		words += inSentence.length;
		counted++;
		for (const t of inSentence) {
			if (t.kind !== 'word') continue;
			const root = analyzeWord(t.text, dict).root;
			if (!bandOfLemma.has(root)) bandOfLemma.set(root, lexicon.lookup(root)?.band ?? 5);
		}
	}
	const meanSentenceWords = counted > 0 ? words / counted : 0;
	const bands = [...bandOfLemma.values()];
	const share = (pred: (b: number) => boolean) =>
		bands.length > 0 ? bands.filter(pred).length / bands.length : 0;
	const beyond1000 = share((b) => b > 1);
	const beyond3000 = share((b) => b > 2);

	const sentenceStep = clampStep((meanSentenceWords - 4) / 5);
	const vocabularyStep = clampStep((beyond3000 * 100) / 3);
	const score = 0.6 * sentenceStep + 0.4 * vocabularyStep;
	const level = levels[Math.round(score)];
	return {
		level,
		label: `about ${level}`,
		reason: `${vocabularyPhrase(beyond1000, beyond3000)}; ${sentencePhrase(meanSentenceWords)}`,
		score,
		meanSentenceWords,
		beyond1000,
		beyond3000
	};
}

function vocabularyPhrase(beyond1000: number, beyond3000: number): string {
	if (beyond1000 < 0.1) return 'nearly all words among the 1,000 commonest';
	if (beyond3000 < 0.04) return 'most words among the 1,000 commonest';
	if (beyond3000 < 0.1) return 'most words among the 3,000 commonest';
	return 'many less common words';
}

function sentencePhrase(mean: number): string {
	const words = `${Math.round(mean)} words on average`;
	if (mean < 8) return `short sentences (${words})`;
	if (mean < 14) return `medium-length sentences (${words})`;
	return `long sentences (${words})`;
}
