/**
 * Sense choice in context: which of a word's meanings the sentence uses, so the English shown first fits
 * the text (jangka in "jangka waktu" is a period, not a pair of compasses).
 *
 * Algorithm: a small linear score per candidate sense, from signals that need no training text at run
 * time:
 * 1. the prior: the build ranked each word's senses (translation evidence from parallel news sentences,
 *    agreement between dictionaries, Wordnet Bahasa's sense counts); rank i costs `priorStep` × i;
 * 2. the part of speech the affixes imply: meN-, di-, ber-, -kan, -i make verbs; peN-, -an, ke-…-an,
 *    peN-…-an, per-…-an make nouns; ter- on its own often makes an adjective;
 * 3. a loanword's transparent cognate among the senses (aplikasi: application, not applique);
 * 4. Lesk-style overlap: the sense's English words against the English of the sentence and of the article
 *    (every other word's first sense), so a sense that shares vocabulary with its context rises.
 * A derived form's own dictionary entry comes before its root's (penderita: sufferer, not derita: anguish);
 * a curated gloss is taken as written. Cheap: a few set look-ups per sense, so a whole article is
 * analysed in milliseconds.
 */
import { isTransparentCognate, looksBorrowed } from './cognates';
import { withoutFormNote } from './lexicon';
import type { Lexicon, Sense } from './types';

const verbAffixes = new Set(['meN-', 'di-', 'ber-', '-kan', '-i', 'memper-', 'diper-']);
const nounAffixes = new Set(['peN-', '-an', 'ke-…-an', 'peN-…-an', 'per-…-an', 'ke-']);

/** The part of speech the affixes make, or undefined for a bare root or an ambiguous stack. */
export function affixPos(affixes: readonly string[]): 'verb' | 'noun' | 'adj' | undefined {
	const derivational = affixes.filter((a) => a !== '-nya' && a !== 'reduplication');
	if (derivational.length === 0) return undefined;
	const outer = derivational[0];
	if (verbAffixes.has(outer)) return 'verb';
	if (nounAffixes.has(outer) || derivational.includes('-an')) return 'noun';
	if (outer === 'ter-' && derivational.length === 1) return 'adj';
	return undefined;
}

const stemCache = new Map<string, string[]>();

/** English stems of a text, for overlap counting (used on both sides, so crude is enough). Memoised. */
export function englishStems(text: string): string[] {
	let hit = stemCache.get(text);
	if (!hit) {
		if (stemCache.size > 50_000) stemCache.clear();
		stemCache.set(text, (hit = stemsOf(text)));
	}
	return hit;
}

function stemsOf(text: string): string[] {
	return (text.toLowerCase().match(/[a-z]+/g) ?? [])
		.filter((w) => w.length > 2 && !englishStopwords.has(w))
		.map((w) =>
			w.length <= 4
				? w
				: w
						.replace(/ies$/, 'y')
						.replace(/(?<=[^s])s$/, '')
						.replace(/(ing|ed)$/, '')
						.replace(/e$/, '')
		);
}

const englishStopwords = new Set(
	'the and for with from that this into onto over under about not are was were has have had its his her their'.split(
		' '
	)
);

export interface SenseContext {
	/** The word as written: a sense that is its transparent cognate (aplikasi: application) is preferred. */
	word?: string;
	/** The word's affixes by learner name ('meN-', '-kan'). */
	affixes?: readonly string[];
	/** English stems of the sentence's other words (their first senses). */
	sentence?: ReadonlySet<string>;
	/** English stems of the whole article, for its topic. */
	article?: ReadonlySet<string>;
}

/** Weights of the linear score, set on npm run bench:senses (the part-of-speech labels of the data are
 * noisy, so a clash costs nothing and a match only breaks near-ties). */
const priorStep = 0.6;
const posMatch = 0.7;
const posClash = 0;
const sentenceOverlap = 0.8;
const articleOverlap = 0.3;
/** A loanword means its cognate: aplikasi is "application", not "applique". */
const cognateBonus = 0.7;

const cognateCache = new Map<string, boolean>();

/** Memoised: whether a sense is the transparent cognate of a word of borrowed shape. */
function cognate(word: string, gloss: string): boolean {
	const key = `${word}\t${gloss}`;
	let hit = cognateCache.get(key);
	if (hit === undefined) {
		if (cognateCache.size > 50_000) cognateCache.clear();
		hit = looksBorrowed(word) && isTransparentCognate(word, gloss);
		cognateCache.set(key, hit);
	}
	return hit;
}

/** Scores each sense in context; the same order as `senses`. */
export function scoreSenses(senses: readonly Sense[], ctx: SenseContext): number[] {
	const pos = ctx.affixes ? affixPos(ctx.affixes) : undefined;
	return senses.map((s, i) => {
		let score = -priorStep * i;
		if (ctx.word && cognate(ctx.word, s.gloss)) score += cognateBonus;
		if (pos && s.pos === pos) score += posMatch;
		else if (pos && s.pos !== 'other' && s.pos !== pos) score -= posClash;
		for (const w of englishStems(s.gloss)) {
			if (ctx.sentence?.has(w)) score += sentenceOverlap;
			else if (ctx.article?.has(w)) score += articleOverlap;
		}
		return score;
	});
}

/** The index of the sense the context means; 0 when nothing speaks against the prior. */
export function chooseSense(senses: readonly Sense[], ctx: SenseContext = {}): number {
	const scores = scoreSenses(senses, ctx);
	let best = 0;
	for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
	return best;
}

/** The senses with the chosen one first, the others after it in prior order. */
export function orderSenses(senses: readonly Sense[], ctx: SenseContext = {}): Sense[] {
	const best = chooseSense(senses, ctx);
	return [senses[best], ...senses.filter((_, i) => i !== best)];
}

/** Where a gloss came from: the form's own entry, its root's, a multiword unit, or a teacher. */
export type GlossSource = 'form' | 'root' | 'multiword' | 'teacher';

export interface ContextGloss {
	/** What the learner sees: the chosen sense first, the others after "; ". */
	gloss: string;
	/** The senses in shown order (chosen first); one element for a curated or single-sense word. */
	senses: Sense[];
	source: GlossSource;
	/** Set when a neighbour made the sense grammatical (pukul 19.00: at; 4.089 jiwa: people; "…," kata Budi: said). */
	grammatical?: boolean;
}

/** Splits a "a; b; c" gloss into senses of one part of speech. */
export function sensesOfGloss(gloss: string, pos: string): Sense[] {
	return gloss
		.split('; ')
		.filter(Boolean)
		.map((g) => ({ pos, gloss: g }));
}

/** A word's candidate senses before context: the form's own when it has an entry, else the root's. */
export interface Candidates {
	senses: Sense[];
	source: GlossSource;
	/** True when the list is a curated or single gloss that context must not reorder. */
	fixed: boolean;
}

/**
 * The candidate senses of a word. The form's own senses come first when the form has an entry of its
 * own (penderita, terkemuka), else the root's; `formGloss` is what the lexicon says about the form (see
 * document.ts `formGlossOf`), passed in so the caller decides when a form counts as its own word.
 */
export function candidateSenses(
	root: string,
	form: string,
	formGloss: string | undefined,
	lexicon: Lexicon
): Candidates | undefined {
	if (formGloss) {
		const ranked = lexicon.senses?.(form.toLowerCase());
		return ranked && ranked.length > 1
			? { senses: ranked, source: 'form', fixed: false }
			: { senses: sensesOfGloss(formGloss, ''), source: 'form', fixed: true };
	}
	const entry = lexicon.lookup(root);
	if (!entry || !entry.gloss) return undefined;
	// "on; constantly (meneruskan: continue)": the bracket lists other forms' meanings, not this word's.
	const own = withoutFormNote(entry.gloss);
	const ranked = entry.curated ? undefined : lexicon.senses?.(root);
	if (!ranked || ranked.length < 2)
		return { senses: [{ pos: entry.pos, gloss: own }], source: 'root', fixed: true };
	return { senses: ranked, source: 'root', fixed: false };
}

/** The context gloss of candidates with sense `best` chosen. */
export function contextGloss(c: Candidates, best: number): ContextGloss {
	if (c.fixed) return { gloss: joinFixed(c.senses), senses: c.senses, source: c.source };
	const ordered = [c.senses[best], ...c.senses.filter((_, i) => i !== best)];
	return { gloss: joinSenses(ordered), senses: ordered, source: c.source };
}

const joinFixed = (senses: readonly Sense[]) => senses.map((s) => s.gloss).join('; ');

/** The gloss of a word in context: `candidateSenses`, then `chooseSense`, then `contextGloss`. */
export function glossInContext(
	root: string,
	form: string,
	formGloss: string | undefined,
	lexicon: Lexicon,
	ctx: SenseContext = {}
): ContextGloss | undefined {
	const c = candidateSenses(root, form, formGloss, lexicon);
	if (!c) return undefined;
	return contextGloss(c, c.fixed ? 0 : chooseSense(c.senses, ctx));
}

/** At most three senses are shown on a line: the chosen one and two others. */
export function joinSenses(senses: readonly Sense[]): string {
	return [...new Set(senses.map((s) => s.gloss))].slice(0, 3).join('; ');
}
