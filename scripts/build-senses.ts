/**
 * Sense ranking and the multiword inventory for the lexicon build (build-lexicon-data.ts).
 *
 * Each Indonesian word or phrase gets its candidate senses from FreeDict/WikDict (one English
 * headword each) and Wordnet Bahasa (one synset each, several English lemmas). A sense's prior is
 * the sum of independent signals, all general:
 * - translation evidence: how much more often one of its English words occurs in the English
 *   translations of the UD training sentences that contain the Indonesian word than in translations at
 *   large (csui-train only; csui-test stays for the bench);
 * - the two dictionaries agreeing (a sense both list is a core sense; the noise senses such as
 *   "fictile" or "bedbug" come from one source alone);
 * - Wordnet Bahasa's own sense counts for the Indonesian word (wn-freq-ind.tab: makan is "eat");
 * - SemCor tag counts (Princeton WordNet's pwn_tagcount) of the synset, and of the English word in
 *   any synset as a proxy for how common the English is (rare or archaic English sinks), both capped:
 *   they count English, not Indonesian, use (makan's top synset by them is "necessitate");
 * - FreeDict's own order (Wiktionary lists the core sense first); weighted high, because on judged
 *   real articles the Wiktionary first sense was more often right than Wordnet's tagged senses.
 * Within a synset, the label is the English lemma with the most evidence ("sufferer" before "martyr").
 */

/** One candidate sense: a part of speech and its English lemmas, best label first after ranking. */
export interface CandidateSense {
	pos: string;
	lemmas: string[];
	source: 'freedict' | 'wordnet';
	/** SemCor count of the synset (Wordnet) or 0: English frequency, not Indonesian. */
	tag: number;
	/** How often Wordnet Bahasa's sense-tagged text uses the Indonesian word in this synset (wn-freq-ind.tab), or 0. */
	senseFreq?: number;
	/** The count of the word's commonest tagged sense in wn-freq-ind.tab, whether listed here or not. */
	lemmaFreq?: number;
	/** Position among the word's FreeDict rows, or -1. */
	order: number;
}

/** Crude English stemmer, used on both sides of a comparison only (participants → participant). */
export function englishStem(w: string): string {
	const s = w.toLowerCase();
	if (s.length <= 4) return s;
	return s
		.replace(/ies$/, 'y')
		.replace(/(?<=[^s])s$/, '')
		.replace(/(ing|ed)$/, '')
		.replace(/e$/, '');
}

/** The stems of an English sentence's words. */
export function englishStems(sentence: string): Set<string> {
	return new Set((sentence.toLowerCase().match(/[a-z]+/g) ?? []).map(englishStem));
}

/** True when every word of an English lemma ("give up", "participant") occurs in the stems. */
export function lemmaInStems(lemma: string, stems: Set<string>): boolean {
	const words = lemma.toLowerCase().match(/[a-z]+/g) ?? [];
	return words.length > 0 && words.every((w) => stems.has(englishStem(w)));
}

export interface RankInputs {
	/** English lemma (lower-case) → translation evidence (lift, 0–1) for this Indonesian word. */
	evidence?: Map<string, number>;
	/** English lemma (lower-case) → its SemCor count across all synsets. */
	englishWeight: Map<string, number>;
}

const log2 = (n: number) => Math.log2(1 + n);

/**
 * Ranks a word's senses by prior and returns [pos, label] pairs, best first, labels unique.
 * Deterministic: ties keep the input order (FreeDict rows, then Wordnet rows, as the files list them).
 */
export function rankSenses(
	senses: CandidateSense[],
	{ evidence, englishWeight }: RankInputs,
	limit = 4
): [string, string][] {
	const bySource = (src: CandidateSense['source']) =>
		new Set(
			senses.filter((s) => s.source === src).flatMap((s) => s.lemmas.map((l) => englishStem(l)))
		);
	const fd = bySource('freedict');
	const wn = bySource('wordnet');
	const lemmaScore = (l: string, s: CandidateSense, j: number) => {
		const other = s.source === 'freedict' ? wn : fd;
		const agrees = other.has(englishStem(l));
		const lift = evidence?.get(l.toLowerCase()) ?? 0;
		const weight = englishWeight.get(l.toLowerCase()) ?? 0;
		return (
			4 * lift +
			(agrees ? 2.5 : 0) +
			Math.min(0.5, 0.1 * log2(weight)) -
			(weight === 0 && !agrees && lift === 0 ? 1.5 : 0) -
			// Wordnet lists a synset's most typical lemma first.
			j * 0.5
		);
	};
	// When the sense-tagged text uses the word at all, a synset it never uses is doubtful.
	// Counts are relative to the word's commonest tagged sense, which may be a synset this list lacks.
	const maxFreq = Math.max(1, ...senses.map((s) => Math.max(s.senseFreq ?? 0, s.lemmaFreq ?? 0)));
	const tagged = senses.some((s) => (s.lemmaFreq ?? 0) > 0);
	const scored = senses.map((s, i) => {
		const labelled = s.lemmas
			.map((l, j) => ({ l, score: lemmaScore(l, s, j) }))
			.sort((a, b) => b.score - a.score);
		const best = labelled[0];
		const score =
			best.score +
			// Relative to the commonest tagged sense, and trusted less when the counts are small.
			(tagged && s.source === 'wordnet'
				? ((3 * (s.senseFreq ?? 0)) / maxFreq - 1.5) * Math.min(1, maxFreq / 3)
				: 0) +
			Math.min(0.5, 0.1 * log2(s.tag)) +
			(s.order === 0 ? 2.5 : s.order === 1 ? 0.5 : 0);
		return { pos: s.pos, label: best.l, score, i };
	});
	scored.sort((a, b) => b.score - a.score || a.i - b.i);
	const out: [string, string][] = [];
	const seen = new Set<string>();
	for (const s of scored) {
		const key = englishStem(s.label);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push([s.pos, s.label]);
		if (out.length >= limit) break;
	}
	return out;
}

/**
 * Translation evidence from parallel sentences: for every Indonesian key the sentences yield (their
 * words and roots, via `keysOf`) and every English lemma of that key's senses, how much more often the
 * lemma occurs in the translations of the key's sentences than in translations at large, as a share of
 * the key's sentences: (hits − expected) / sentences, kept when positive and seen at least twice. The
 * baseline keeps words every news translation has ("agency", "year") from claiming every key.
 */
export function translationEvidence(
	pairs: [string, string][],
	keysOf: (indonesian: string) => string[],
	sensesOf: (key: string) => CandidateSense[] | undefined
): Map<string, Map<string, number>> {
	const stemsOf = pairs.map(([, en]) => englishStems(en));
	const baseline = new Map<string, number>();
	const share = (lemma: string) => {
		let p = baseline.get(lemma);
		if (p === undefined) {
			p = stemsOf.filter((st) => lemmaInStems(lemma, st)).length / Math.max(1, pairs.length);
			baseline.set(lemma, p);
		}
		return p;
	};
	const hits = new Map<string, Map<string, number>>();
	const sentences = new Map<string, number>();
	pairs.forEach(([id], i) => {
		for (const key of new Set(keysOf(id))) {
			const senses = sensesOf(key);
			if (!senses) continue;
			sentences.set(key, (sentences.get(key) ?? 0) + 1);
			for (const l of new Set(senses.flatMap((s) => s.lemmas.map((x) => x.toLowerCase())))) {
				if (!lemmaInStems(l, stemsOf[i])) continue;
				let row = hits.get(key);
				if (!row) hits.set(key, (row = new Map()));
				row.set(l, (row.get(l) ?? 0) + 1);
			}
		}
	});
	const out = new Map<string, Map<string, number>>();
	for (const [key, row] of hits) {
		const n = sentences.get(key) ?? 1;
		for (const [l, h] of row) {
			const lift = (h - n * share(l)) / n;
			if (h < 2 || lift <= 0) continue;
			let o = out.get(key);
			if (!o) out.set(key, (o = new Map()));
			o.set(l, lift);
		}
	}
	return out;
}
