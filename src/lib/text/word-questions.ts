/**
 * Word questions: cloze, vocabulary (meaning and word) and morphology (root and affixes).
 *
 * Every question starts from a content word of an article sentence, analysed by the
 * colleague's morphology (root + affixes) and glossed by the lexicon. The cloze keeps the
 * blank asks for the right form of the word: its options are other existing forms of the same
 * root in other roles (active, passive, noun), which the stemmer reads back to that root.
 */
import { passiveSense } from './english-passive';
import { functionWords, numberWords, opaqueWords, speechVerbs } from './entity-words';
import type { SentenceEntities } from './entities';
import type { QuestionDraft } from './fact-questions';
import { looksLikeVerb } from './entities';
import { analyzeWord, oneLayerStems } from './morphology';
import { isTransparentCognate } from './cognates';
import { fnv1a, normaliseAnswer, withBalancedQuotes } from './question-utils';
import type { Lexicon, LexiconEntry, RootDictionary, Sentence, Token, WordAnalysis } from './types';

interface WordInfo {
	token: Token;
	sentence: Sentence;
	analysis: WordAnalysis;
	entry: LexiconEntry;
	/** Affix forms in order, e.g. "meN-|-kan"; the grammatical shape of the word. */
	shape: string;
	/** The sense the document chose for this occurrence, and whether it is the form's own or the root's. */
	sense?: { gloss: string; source: string; all?: string };
	/**
	 * Whether a person vouched for the form's own gloss and for the root's (curated or the teacher's):
	 * on unseen news the generated senses were wrong often enough that a question key or its feedback
	 * built on them failed a careful teacher's reading more than any other fault.
	 */
	trusted: { own: boolean; root: boolean };
}

/** Token start offset → the sense chosen for it in context (see document.ts). */
export type SenseMap = ReadonlyMap<number, { gloss: string; source: string; all?: string }>;

/** A pool, not a quiz: enough per kind to mix and to cover the article, not every word. */
const limits = { vocabulary: 24, morphology: 20 };

const contentPos = new Set(['noun', 'verb', 'adj', 'adv']);
const blank = '_____';

function usableGloss(entry: LexiconEntry | undefined): entry is LexiconEntry {
	if (!entry || !entry.gloss || !contentPos.has(entry.pos)) return false;
	// Proper-noun rows ("Aachen") gloss a name with itself.
	return !/^\p{Lu}/u.test(entry.gloss) && entry.gloss.toLowerCase() !== entry.lemma;
}

/** Deterministic, seed-dependent order; each key hashed once, not once per comparison. */
function hashOrder<T>(items: T[], key: (x: T) => string, seed: string): T[] {
	return items
		.map((x) => ({ x, h: fnv1a(seed + key(x)) }))
		.sort((a, b) => a.h - b.h)
		.map((y) => y.x);
}

const shapeOf = (a: WordAnalysis) => a.affixes.map((x) => x.form).join('|');
/**
 * Curated glosses carry the meanings of derived forms in brackets:
 * "glide (meluncurkan: launch; peluncuran: launch)". Split them off, keeping brackets that
 * are part of the gloss itself ("exact; right (on time)").
 */
export function parseGloss(gloss: string): { main: string; forms: Map<string, string> } {
	const forms = new Map<string, string>();
	const open = gloss.indexOf(' (');
	if (open < 0 || !gloss.endsWith(')') || !gloss.slice(open).includes(':'))
		return { main: gloss, forms };
	for (const part of gloss.slice(open + 2, -1).split(';')) {
		const colon = part.indexOf(':');
		if (colon > 0)
			forms.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
	}
	return { main: gloss.slice(0, open).trim(), forms };
}

const shortGloss = (gloss: string) =>
	parseGloss(gloss)
		.main.split(';')
		.slice(0, 2)
		.map((g) => g.trim())
		.join('; ');

/** The meaning of this very form when the lexicon gives one (meluncurkan → launch). */
const formGloss = (w: WordInfo) =>
	parseGloss(w.entry.gloss).forms.get(w.token.text) ??
	(w.sense?.source === 'form' || w.sense?.source === 'teacher' ? w.sense.gloss : undefined);

/**
 * The root's meaning as this sentence uses it: the sense chosen in context first (a river
 * tanggul is a dike, not a causeway), else the dictionary's first two senses.
 */
const rootGloss = (w: WordInfo) =>
	w.sense?.source === 'root' && w.sense.gloss ? w.sense.gloss : shortGloss(w.entry.gloss);

/** Content words of the question sentences a learner should learn: no names, numbers or function words. */
function learnableWords(
	sentences: Sentence[],
	lexicon: Lexicon,
	dict: RootDictionary,
	senses?: SenseMap
): WordInfo[] {
	const out: WordInfo[] = [];
	// A long text repeats its words: analyse and look up each form once.
	const known = new Map<
		string,
		{ analysis: WordAnalysis; entry: LexiconEntry; ownCurated: boolean } | null
	>();
	for (const sentence of sentences)
		for (const token of sentence.tokens) {
			const w = token.text;
			if (token.kind !== 'word' || w.length < 4 || !/^\p{Ll}+$/u.test(w)) continue;
			// Speech verbs are interchangeable after a quote ("kata", "tutur", "jelas"): no single right answer.
			if (functionWords.has(w) || numberWords.has(w) || speechVerbs.has(w) || opaqueWords.has(w))
				continue;
			let hit = known.get(w);
			if (hit === undefined) {
				const analysis = analyzeWord(w, dict);
				const entry = lexicon.lookup(analysis.root);
				hit =
					!usableGloss(entry) || functionWords.has(analysis.root) || analysis.root.length < 3
						? null
						: {
								analysis,
								entry,
								// A curated root's bracket note, else the curated form list, vouches for the form.
								ownCurated: parseGloss(entry.gloss).forms.has(w)
									? entry.curated
									: !!lexicon.formCurated?.(w)
							};
				known.set(w, hit);
			}
			if (!hit) continue;
			// "diwilayah", "ditempat": the preposition written onto a noun, a slip of the text, not
			// the passive prefix; no drill should teach it as di-.
			if (isJoinedPreposition(hit.analysis, hit.entry)) continue;
			const sense = senses?.get(token.start);
			// A word of a unit means nothing alone; a grammatical use (pukul 19.00) is not its meaning.
			if (sense?.source === 'multiword' || sense?.source === 'grammatical') continue;
			const teacher = sense?.source === 'teacher';
			out.push({
				token,
				sentence,
				analysis: hit.analysis,
				entry: hit.entry,
				shape: shapeOf(hit.analysis),
				sense,
				trusted: { own: teacher || hit.ownCurated, root: teacher || hit.entry.curated }
			});
		}
	return out;
}

const isJoinedPreposition = (a: WordAnalysis, entry: LexiconEntry) =>
	a.affixes.some((x) => x.form === 'di (joined)' || x.form === 'ke (joined)') ||
	(a.affixes.length === 1 && a.affixes[0].form === 'di-' && entry.pos === 'noun');

/** Band 2–3 first (worth learning), then 4, then 1, then 5; curated glosses win ties. */
const learnRank = (x: WordInfo) => [9, 2, 0, 0, 1, 3][x.entry.band] * 2 + (x.entry.curated ? 0 : 1);

/* ---- Building a word from a root and an affix shape (for lexicon distractors) ---- */

function nasal(prefix: 'me' | 'pe', root: string): string {
	const c = root[0];
	const two = root.slice(0, 2);
	if (/[aiueo]/.test(c)) return prefix + 'ng' + root;
	if (c === 'k' && !/[^aiueo]/.test(root[1] ?? '')) return prefix + 'ng' + root.slice(1);
	if (c === 'g' || c === 'h' || c === 'k') return prefix + 'ng' + root;
	if (c === 'p' && /[aiueo]/.test(root[1] ?? '')) return prefix + 'm' + root.slice(1);
	if (c === 'b' || c === 'f' || c === 'v' || c === 'p') return prefix + 'm' + root;
	if (c === 't' && /[aiueo]/.test(root[1] ?? '')) return prefix + 'n' + root.slice(1);
	if (c === 's' && /[aiueo]/.test(root[1] ?? '')) return prefix + 'ny' + root.slice(1);
	if ('dcjzt'.includes(c) || c === 's') return prefix + 'n' + root;
	if (two === 'ng' || two === 'ny' || 'lrwymn'.includes(c)) return prefix + root;
	return prefix + root;
}

function applyShape(root: string, shape: string): string | null {
	let word = root;
	const forms = shape === '' ? [] : shape.split('|');
	for (const f of forms.filter((x) => x.startsWith('-') || x.includes('…')).reverse()) {
		if (f.includes('…')) word += f.split('…')[1].replace(/^-/, '');
		else word += f.slice(1);
	}
	const prefixes = forms
		.filter((x) => x.endsWith('-') && !x.startsWith('-'))
		.concat(forms.filter((x) => x.includes('…')).map((x) => x.split('…')[0]));
	for (const p of prefixes.reverse()) {
		if (p === 'meN-') word = nasal('me', word);
		else if (p === 'peN-') word = nasal('pe', word);
		else if (p === 'ber-') word = (word.startsWith('r') ? 'be' : 'ber') + word;
		else if (p === 'ter-') word = (word.startsWith('r') ? 'te' : 'ter') + word;
		else if (p === 'per-') word = (word.startsWith('r') ? 'pe' : 'per') + word;
		else if (['di-', 'ke-', 'se-', 'memper-', 'diper-'].includes(p)) word = p.slice(0, -1) + word;
		else return null;
	}
	return word;
}

/* ---- Question builders ---- */

function clozeDrafts(
	words: WordInfo[],
	articleForms: ReadonlySet<string>,
	lexicon: Lexicon,
	dict: RootDictionary
): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	const bySentence = new Map<Sentence, WordInfo[]>();
	for (const w of words) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w]);
	for (const [sentence, candidates] of bySentence) {
		// A blank needs context: "Dan di sini juga ada _____." could take almost any noun.
		if (sentence.tokens.filter((t) => t.kind !== 'punct').length < 8) continue;
		const ranked = candidates
			// Not reduplicated or with a clitic (karungnya: options "letaknya", "kulitnya" read oddly),
			// nor ke-/se- alone, which built on another root give other words (keranjang) or a
			// preposition written together (kesawah).
			.filter(
				(w) =>
					w.analysis.affixes.every((a) => a.kind !== 'reduplication' && a.kind !== 'clitic') &&
					!w.token.text.includes('-') &&
					w.shape !== 'ke-' &&
					w.shape !== 'se-'
			)
			.filter((w) => !infoOf(w.entry.gloss).families.includes(sayingFamily))
			.filter(
				(w) => sentence.tokens.filter((t) => t.text.toLowerCase() === w.token.text).length === 1
			)
			.sort(
				(a, b) =>
					learnRank(a) - learnRank(b) ||
					(b.analysis.affixes.length > 0 ? 1 : 0) - (a.analysis.affixes.length > 0 ? 1 : 0) ||
					fnv1a(a.token.text) - fnv1a(b.token.text)
			);
		// One blank per sentence: the best-ranked word with three wrong forms of its own root.
		for (const w of ranked.slice(0, 3)) {
			const distractors = formDistractors(w, articleForms, lexicon, dict);
			if (distractors.length < 3) continue;
			const prompt =
				sentence.text.slice(0, w.token.start - sentence.start) +
				blank +
				sentence.text.slice(w.token.end - sentence.start);
			out.push({
				kind: 'cloze',
				prompt: `Lengkapi kalimat dengan bentuk kata yang tepat: ${withBalancedQuotes(prompt)}`,
				answer: w.token.text,
				distractors,
				sentence,
				explanation: explain(w),
				root: w.analysis.root,
				difficulty: 1 + w.entry.band * 0.6,
				subject: w.token.text
			});
			break;
		}
	}
	return out;
}

/** What a form does in a clause, read off its affixes. */
type FormClass = 'passive' | 'transitive' | 'intransitive' | 'noun' | 'bare';

function classOf(shape: string): FormClass {
	if (shape === '') return 'bare';
	if (/^(di-|ter-)/.test(shape)) return 'passive';
	if (/^(meN-|memper-)\|-(kan|i)$/.test(shape)) return 'transitive';
	// meN- alone may take an object (mengirim) or not (menjadi, membesar): see objectFollows.
	if (/^(meN-|memper-|ber-)/.test(shape)) return 'intransitive';
	return 'noun';
}

/** A meN- verb with a noun right after it is used with an object: "Polisi menyita sabu". */
function objectFollows(w: WordInfo, lexicon: Lexicon, dict: RootDictionary): boolean {
	const t = w.sentence.tokens;
	const next = t[t.indexOf(w.token) + 1];
	if (next?.kind !== 'word' || functionWords.has(next.text.toLowerCase())) return false;
	return lexicon.lookup(analyzeWord(next.text, dict).root)?.pos === 'noun';
}

const copulaRoots = new Set(['jadi', 'rupa']);
const placePrepositions = new Set(['di', 'ke', 'dari', 'pada', 'kepada', 'oleh', 'antara', 'atas']);
const countWords = new Set(
	'para seorang sebuah seekor beberapa banyak sejumlah semua seluruh setiap tiap sebagian'.split(
		' '
	)
);
const verbOrNounAfter = new Set(
	'dengan untuk dalam tanpa setelah sebelum usai sejak bagi demi guna sambil melalui'.split(' ')
);

/** The shapes a family of forms is built in, one affix pattern each. */
const familyShapes = [
	'meN-',
	'meN-|-kan',
	'meN-|-i',
	'di-',
	'di-|-kan',
	'di-|-i',
	'peN-',
	'-an',
	'peN-…-an',
	'per-…-an',
	'ke-…-an'
];

/**
 * Wrong forms of the answer's own root for a blank: "Lengkapi kalimat dengan bentuk kata yang
 * tepat". A passive key gets transitive and noun forms, a transitive key passive and noun
 * forms, a noun key verb forms; every form exists (has a gloss of its own) and reads back to the
 * same root. Keys that need no object (bergerak, membesar, a bare adjective) get no blank: a
 * passive or an intransitive form of their root often fits as well (digerakkan, membesar), and
 * so do two forms of one class (dikirim, dikirimkan). Other words were tried and failed: the
 * article's own (diangkut, dikirim) fitted the blank as well as the key in one cloze in three;
 * random common words were absurd in it and gave the key away.
 */
function formDistractors(
	w: WordInfo,
	articleForms: ReadonlySet<string>,
	lexicon: Lexicon,
	dict: RootDictionary
): string[] {
	const asWritten = classOf(w.shape);
	const key =
		asWritten === 'intransitive' && w.shape === 'meN-' && objectFollows(w, lexicon, dict)
			? 'transitive'
			: asWritten;
	if (key === 'intransitive' || (key === 'bare' && w.entry.pos !== 'noun')) return [];
	// "yang menjadi tempat": a copula takes a complement, and "dijadikan tempat" reads as well.
	if (copulaRoots.has(w.analysis.root)) return [];
	// "dengan menjaga tradisi" and "dengan penjagaan tradisi" are both Indonesian: after such a
	// preposition a verb and a noun of one root both fit the blank.
	const t = w.sentence.tokens;
	const before = t[t.indexOf(w.token) - 1];
	const wordBefore = before?.text.toLowerCase() ?? '';
	if (verbOrNounAfter.has(wordBefore)) return [];
	// "ada 30 ___", "para ___": a count or a plural marker wants a noun, and the only noun
	// among the options is the key.
	if (before?.kind === 'number' || countWords.has(wordBefore)) return [];
	// "di ___", "ke ___": after a place preposition a noun key is the only noun among verb forms.
	if ((key === 'bare' || key === 'noun') && placePrepositions.has(wordBefore)) return [];
	const allowed: FormClass[] =
		key === 'passive'
			? ['transitive', 'noun']
			: key === 'transitive'
				? ['passive', 'noun']
				: ['transitive', 'passive'];
	const byClass = new Map<FormClass, string[]>();
	for (const shape of familyShapes) {
		const cls = classOf(shape);
		if (!allowed.includes(cls) || shape === w.shape) continue;
		// di- on a noun without a suffix is mostly the preposition written together (dijalan).
		if (shape === 'di-' && w.entry.pos !== 'verb') continue;
		const form = applyShape(w.analysis.root, shape);
		if (!form || form === w.token.text || articleForms.has(form)) continue;
		if (!lexicon.formGloss?.(form)) continue;
		const back = analyzeWord(form, dict);
		if (back.root !== w.analysis.root || shapeOf(back) !== shape) continue;
		byClass.set(cls, [...(byClass.get(cls) ?? []), form]);
	}
	// Both other classes represented, so the key is not the only verb (or the only noun).
	const [first, second] = allowed.map((c) => byClass.get(c) ?? []);
	if (first.length === 0 || second.length === 0) return [];
	const out = [first[0], second[0], ...first.slice(1), ...second.slice(1)];
	return [...new Set(out)].slice(0, 3);
}

/**
 * The prefix as written where the root follows it unchanged (petugas = pe- + tugas, membantu =
 * mem- + bantu); meN-/peN- where the nasal took the root's first sound (mengatakan = meN- + kata).
 */
export function surfaceForm(affix: string, word: string, root: string): string {
	const nasal = /^(meN|peN)(-.*)$/.exec(affix);
	if (!nasal) return affix;
	const at = word.toLowerCase().indexOf(root);
	const written = at > 0 ? word.toLowerCase().slice(0, at) : '';
	return /^(me|pe)(m|n|ng|ny|nge)?$/.test(written) ? written + nasal[2] : affix;
}

function explain(w: WordInfo): string {
	const parts = w.analysis.affixes.map((a) => surfaceForm(a.form, w.token.text, w.analysis.root));
	const build = parts.length
		? `${w.token.text} = ${[...parts.filter((p) => p.endsWith('-') || p.includes('…')), w.analysis.root, ...parts.filter((p) => p.startsWith('-') && !p.includes('…'))].join(' + ')}. `
		: '';
	const own = formGloss(w);
	const ownPart = own && w.trusted.own ? `${w.token.text}: ${own}. ` : '';
	// An unvouched gloss in feedback misleads more than a missing one; the word card still offers it.
	const rootPart = w.trusted.root ? `${w.analysis.root}: ${rootGloss(w)}.` : '';
	// The affixes' general notes stay on the word card: in feedback they read as claims about this
	// word, and judges found them wrong for it often enough (ber- "intransitive" on a -kan verb).
	return [build.trim(), ownPart.trim(), rootPart].filter(Boolean).join(' ');
}

/** One word per root, best to learn first. */
function distinctRoots(words: WordInfo[]): WordInfo[] {
	const seen = new Set<string>();
	return words
		.slice()
		.sort((a, b) => learnRank(a) - learnRank(b) || a.token.start - b.token.start)
		.filter((w) => !seen.has(w.analysis.root) && (seen.add(w.analysis.root), true));
}

/**
 * A passive or participle key ("be declared", "compared with") among plain verbs is found by its
 * shape (judged TRIV): unless two of the first three wrong options share it, the item drops
 * below the line a quiz draws from.
 */
const participle = (g: string) => /^be /.test(g) || /^[a-z]{3,}ed\b/.test(g);
const shapeGiveaway = 0.6;
function shapeStandsOut(answer: string, distractors: string[]): boolean {
	return participle(answer) && distractors.slice(0, 3).filter(participle).length < 2;
}

function glossDistractors(w: WordInfo, pool: WordInfo[], answer: string): string[] {
	const seen = new Set([normaliseAnswer(answer)]);
	const out: string[] = [];
	const others = hashOrder(
		pool.filter((x) => x.analysis.root !== w.analysis.root),
		(x) => x.analysis.root,
		w.analysis.root
	);
	// Every sense the reader shows for each word, not only the chosen one.
	const keyGloss = w.sense?.all ?? formGloss(w) ?? rootGloss(w);
	// Options of the key's word class first: "rather than" among verbs gives "follow" away.
	const pos = shownPos(w);
	const candidates = [
		...others.filter((x) => shownPos(x) === pos),
		...others.filter((x) => shownPos(x) !== pos)
	];
	let sameClass = 0;
	for (const x of candidates) {
		if (out.length >= 12) break;
		const shown = formGloss(x) ?? shortGloss(x.entry.gloss);
		const plain = withoutPossessive(firstSense(shown));
		// Beside a passive key ("be urged"), a verb's sense is offered in the passive too.
		const g =
			/^be /.test(answer) && shownPos(x) === 'verb' ? (passiveSense(plain) ?? plain) : plain;
		// "he/she said" (ujarnya) is a reporting frame, not a meaning to choose between; "a" (sebuah)
		// or "the" is a function word, no meaning to set beside a content word's.
		if (!g || /^he\/she /.test(g) || /^(a|an|the|of|to|in|on|at|and|or)$/.test(g)) continue;
		// Two words that share a sense (senilai, sebesar: "amounting to") would both be right.
		if (glossesOverlap(answer, g) || glossesOverlap(w.entry.gloss, x.entry.gloss)) continue;
		if (glossesOverlap(keyGloss, x.sense?.all ?? shown)) continue;
		if (seen.has(normaliseAnswer(g))) continue;
		seen.add(normaliseAnswer(g));
		out.push(g);
		if (shownPos(x) === pos) sameClass = out.length;
	}
	// A passive key ("be arrested") among active options gives itself away: same shape first.
	const passive = (g: string) => /^be /.test(g);
	const classOf = new Map(out.map((g, i) => [g, i < sameClass ? 0 : 2]));
	return out
		.map((g, i) => ({
			g,
			i,
			off: (passive(g) === passive(answer) ? 0 : 1) + (classOf.get(g) ?? 2)
		}))
		.sort((a, b) => a.off - b.off || a.i - b.i)
		.slice(0, 6)
		.map((x) => x.g);
}

function vocabDrafts(words: WordInfo[], pool: WordInfo[], dict: RootDictionary): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	const poolRoots = distinctRoots(pool); // one word per root is enough to draw options from
	// Root options for "kata dasar mana": derived headwords ruled out once, not per item.
	const rootOptions = poolRoots.filter((x) => !looksDerived(x.analysis.root, dict));
	const roots = distinctRoots(words)
		.filter((w) => w.entry.band <= 4 && w.analysis.affixes.every((a) => a.kind !== 'reduplication'))
		// Vouched meanings first, so the items a quiz may draw are not crowded out by hidden ones.
		.sort((a, b) => vouchedRank(a) - vouchedRank(b))
		.slice(0, limits.vocabulary);
	for (const w of roots) {
		const gloss = rootGloss(w);
		const affixed = w.analysis.root !== w.token.text;
		// Which way round a word is asked follows the word, not its place in the list, so an edit
		// elsewhere in the text does not flip it (and with it the question's id).
		if (fnv1a(w.analysis.root) % 2 === 0) {
			// Ask for the word itself when its own meaning is known, else for its root's.
			const own = formGloss(w);
			if (!own && w.analysis.affixes.some((a) => nominalisers.has(a.form))) continue;
			const prompt =
				affixed && !own
					? `Kata "${w.token.text}" berasal dari kata dasar "${w.analysis.root}". Apa arti "${w.analysis.root}"?`
					: `Apa arti kata "${w.token.text}"?`;
			// One sense per option: a key that alone lists several gave itself away; nor does it
			// alone say "his/her" (tetangganya), which the clitic, not the word, means.
			const answer = withoutPossessive(firstSense(own ?? gloss));
			const vouched = own ? w.trusted.own : w.trusted.root;
			const distractors = glossDistractors(w, poolRoots, answer);
			out.push({
				kind: 'vocab-meaning',
				confidence:
					(vouched ? 1 : unvouched) *
					(affixed ? 1 : familiar(w, dict)) *
					(shapeStandsOut(answer, distractors) ? shapeGiveaway : 1),
				prompt,
				answer,
				distractors,
				sentence: w.sentence,
				explanation: explain(w),
				root: w.analysis.root,
				difficulty: w.entry.band,
				subject: w.analysis.root
			});
		} else {
			// A noun-forming affix shifts the meaning (imbalan "reward" vs imbal): ask for roots of verbs and plain words only.
			if (
				looksDerived(w.analysis.root, dict) ||
				w.analysis.affixes.some((a) => nominalisers.has(a.form))
			)
				continue;
			// Nor where the form means something else than its root (berangkat "depart", angkat
			// "lift"; sebuah "a", buah "fruit"): the root's sense is not what the sentence uses.
			const own = formGloss(w);
			if (own && !glossesOverlap(own, w.entry.gloss)) continue;
			const others = hashOrder(
				rootOptions.filter(
					(x) => x.analysis.root !== w.analysis.root && x.entry.pos === w.entry.pos
				),
				(x) => x.analysis.root,
				w.analysis.root
			)
				.filter((x) => !sharesGlossWord(x, w))
				// "rehabilitasi" reads as "rehabilitation": an option a learner rules out by its spelling.
				.filter((x) => !isTransparentCognate(x.analysis.root, x.entry.gloss))
				.slice(0, 6);
			out.push({
				kind: 'vocab-word',
				confidence: (w.trusted.root ? 1 : unvouched) * familiar(w, dict),
				prompt: `Kata dasar mana yang berarti "${plainGloss(meantHere(w, gloss))}"?`,
				answer: w.analysis.root,
				distractors: others.map((x) => x.analysis.root),
				sentence: w.sentence,
				explanation: explain(w),
				root: w.analysis.root,
				difficulty: w.entry.band + 1,
				subject: w.analysis.root
			});
		}
	}
	return out;
}

/**
 * The root's senses as the prompt gives them: the one this sentence uses first and one more, so
 * an unrelated homonym (selang: interval; hose) is not offered as the meaning asked for.
 */
function meantHere(w: WordInfo, gloss: string): string {
	const senses = plainGloss(gloss).split('; ');
	const chosen = w.sense?.source === 'root' ? w.sense.gloss : undefined;
	if (!chosen || !senses.includes(chosen)) return senses.slice(0, 2).join('; ');
	return [chosen, ...senses.filter((x) => x !== chosen)].slice(0, 2).join('; ');
}

/** A gloss without bracketed notes: "(sejumlah: a number of)" on one option only gives it away. */
const plainGloss = (g: string) =>
	g
		.replace(/\s*\([^)]*\)/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** "his/her house", "the place": what -nya adds is not the meaning asked, and only the key would show it. */
const withoutPossessive = (g: string) =>
	g.replace(/^(his\/her|his|her|its|their|the)\s+(?=\S)/i, '');

/** One sense: "experience, undergo" is two, and an option listing both reads as a hint. */
const firstSense = (g: string) => plainGloss(g).split(/[;,]/)[0].trim();

const nounAffixes = new Set([
	'peN-',
	'pe-',
	'per-',
	'-an',
	'ke-…-an',
	'peN-…-an',
	'per-…-an',
	'pe-…-an'
]);
const verbAffixes = new Set(['meN-', 'di-', 'ber-', 'ter-', 'memper-', 'diper-', '-kan', '-i']);

/**
 * The word class of the gloss an option shows. A derived form's own gloss follows its affixes
 * (pengeluaran "expenditure" is a noun though keluar is a verb); a root's gloss, the root's class.
 */
function shownPos(w: WordInfo): string {
	if (!formGloss(w)) return w.entry.pos;
	const forms = w.analysis.affixes.map((a) => a.form);
	if (forms.some((f) => nounAffixes.has(f))) return 'noun';
	if (forms.some((f) => verbAffixes.has(f))) return 'verb';
	return forms.length > 0 ? 'other' : w.entry.pos;
}

const vouchedRank = (w: WordInfo) => (w.trusted.own || w.trusted.root ? 0 : 1);

/** Confidence of a meaning item whose key is a generated gloss: below the teacher's low-score line. */
const unvouched = 0.6;
/**
 * The few hundred commonest words (orang, tahun, pasti: Zipf 6 and above) are known to anyone who
 * reads news: asking their meaning tests nothing, so such an item starts hidden and a quiz draws
 * it only when short.
 */
const familiar = (w: WordInfo, dict: RootDictionary) =>
	(dict.zipf?.(w.analysis.root) ?? 0) >= 6 ? 0.7 : 1;

const nominalisers = new Set(['-an', 'ke-…-an', 'peN-…-an', 'per-…-an', 'peN-', 'ber-…-an']);

/** A dictionary headword that is itself affixed (mengundang, keterlibatan) is a poor "root" option. */
const looksDerived = (root: string, dict: RootDictionary) =>
	looksLikeVerb(root) ||
	/^(ke|pe|per)\p{L}{3,}an$/u.test(root) ||
	// An agent noun the dictionary files whole (pemangku: peN- + pangku) is no "kata dasar".
	(/^pe(m|n|ng|ny)/.test(root) &&
		oneLayerStems(root).some(
			(x) => x.prefix === 'peN-' && !x.derivational && x.stem.length >= 4 && dict.has(x.stem)
		));

function sharesGlossWord(a: WordInfo, b: WordInfo): boolean {
	return glossesOverlap(a.entry.gloss, b.entry.gloss);
}

/**
 * English meaning families that news verbs and adjectives fall into; two glosses in one family
 * ("tell, relate" and "mention; say") are both right answers to a learner.
 */
const families = [
	'say tell state mention speak relate convey explain stress affirm announce declare claim call signal hint',
	'publish release report issue broadcast',
	'big great large huge major',
	'small little minor',
	'show display indicate point reveal demonstrate',
	'meet meeting find encounter',
	'help assist support aid',
	'make create build develop produce',
	'fight struggle battle war',
	'end last final finish'
].map((f) => new Set(f.split(' ')));

const glossInfo = new Map<string, { words: Set<string>; families: number[] }>();

function infoOf(gloss: string): { words: Set<string>; families: number[] } {
	let info = glossInfo.get(gloss);
	if (!info) {
		// Singular and plural are one word here: "security forces" and "police force" overlap.
		const words = new Set(
			normaliseAnswer(gloss)
				.split(' ')
				.filter((w) => w.length > 2)
				.map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
		);
		info = {
			words,
			families: families.flatMap((f, i) => ([...words].some((w) => f.has(w)) ? [i] : []))
		};
		if (glossInfo.size > 20_000) glossInfo.clear();
		glossInfo.set(gloss, info);
	}
	return info;
}

/** Verbs of saying are interchangeable in a blank ("menuturkan" / "menekankan" before a quote). */
const sayingFamily = 0;

function glossesOverlap(a: string, b: string): boolean {
	const x = infoOf(a);
	const y = infoOf(b);
	for (const w of x.words) if (y.words.has(w)) return true;
	return x.families.some((f) => y.families.includes(f));
}

/**
 * Root items only where the root is not spelt out in the word: a nasal prefix ate its first sound
 * (mengatakan → kata, penampilan → tampil). Where it is (dicetak, kunjungan, terjadi) the answer is
 * the visible string, and judges failed those items as readily as the affix items (menurun → meN-),
 * which are no longer built: 1 of 115 was acceptable on news the code had not seen.
 */
function morphologyDrafts(words: WordInfo[]): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	const changed = distinctRoots(words).filter(
		(w) =>
			w.shape !== 'se-' &&
			!w.token.text.toLowerCase().includes(w.analysis.root) &&
			w.analysis.affixes.some((a) => a.form === 'meN-' || a.form.startsWith('peN-')) &&
			w.analysis.affixes.every(
				(a) => a.kind !== 'clitic' && a.kind !== 'particle' && a.kind !== 'reduplication'
			)
	);
	for (const w of changed.slice(0, limits.morphology)) {
		const derivational = w.analysis.affixes.filter(
			(a) => a.kind === 'prefix' || a.kind === 'confix' || a.kind === 'suffix'
		);
		// Typed: among options the key was the only real word or the only one without a suffix.
		out.push({
			kind: 'morphology-root',
			prompt: `Apa kata dasar dari "${w.token.text}"?`,
			answer: w.analysis.root,
			distractors: [],
			sentence: w.sentence,
			explanation: explain(w),
			root: w.analysis.root,
			difficulty: 3 + derivational.length * 0.5,
			typed: true,
			subject: w.token.text
		});
	}
	return out;
}

export function wordQuestions(
	sentences: Sentence[],
	_entries: SentenceEntities[],
	lexicon: Lexicon,
	dict: RootDictionary,
	senses?: SenseMap
): QuestionDraft[] {
	const words = learnableWords(sentences, lexicon, dict, senses);
	const articleForms = new Set<string>();
	for (const s of sentences) for (const t of s.tokens) articleForms.add(t.text.toLowerCase());
	return [
		// A blank is always chosen from options, never typed: a typed blank has the answer's
		// synonyms as second right answers (pelaku, tersangka for kurir) that exact matching refuses.
		...clozeDrafts(words, articleForms, lexicon, dict),
		...vocabDrafts(words, words, dict),
		...morphologyDrafts(words)
	];
}
