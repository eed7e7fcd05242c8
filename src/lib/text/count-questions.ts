/**
 * How-many questions from a sentence that opens with its count: "Sebanyak 327 sepeda motor tak
 * bersurat diserahkan warga ke polres." asks "Berapa sepeda motor tak bersurat yang diserahkan
 * warga ke polres?" News states most of its facts this way, and the question reads as a teacher
 * would write it: "Berapa" + the counted noun phrase + "yang" + the predicate.
 *
 * The general fact builder asks "berapa" in place (its items were judged garbled on held-out
 * news); this one takes only the safe shape: the count at the start of the sentence (after
 * "Sebanyak", "Tercatat" …), a noun phrase of words, then a verb or auxiliary within a few words,
 * no quote and no pronoun. Wrong options are other counts of the same unit that the text does not
 * state, so none is also true.
 */
import type { Entity, SentenceEntities } from './entities';
import { looksLikeVerb } from './entities';
import { functionWords } from './entity-words';
import { analyzeWord } from './morphology';
import type { QuestionDraft } from './fact-questions';
import { numericVariants } from './numbers';
import { unresolvedPronoun } from './paraphrase';
import type { RootDictionary, Sentence, Token } from './types';

/** Words that may stand before the count at the start of a sentence. */
const openers = new Set(['sebanyak', 'tercatat', 'sedikitnya', 'setidaknya', 'total', 'sekitar']);
/** A predicate opens with a passive or active verb or with one of these auxiliaries. */
const auxiliaries = new Set(
	'telah sudah akan masih sedang berhasil harus bisa dapat mulai terus ikut'.split(' ')
);
const negations = new Set(['tak', 'tidak', 'belum', 'bukan']);
const opensPredicate = (w: string) =>
	auxiliaries.has(w) || (/^(di|me)\p{L}{3,}$/u.test(w) && looksLikeVerb(w));
/** Vague counts ("ribuan warga") and approximations have no single answer. */
const exactNumber =
	/^(\d{1,3}(\.\d{3})*|\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)$/i;
const pointers = new Set(['itu', 'ini', 'tersebut']);
const quotes = /["“”]/;
/** The asked predicate is read whole: a longer one is cut at its first comma, a shorter one kept. */
const maxPredicateWords = 12;

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

function words(s: Sentence, a: number, b: number): string {
	return s.tokens
		.slice(a, b + 1)
		.map((t) => t.text)
		.join(' ')
		.replace(/\s+([,.;:!?)])/g, '$1')
		.replace(/\(\s+/g, '(');
}

function askAt(se: SentenceEntities, e: Entity, stated: Set<string>): QuestionDraft | null {
	const s = se.sentence;
	const t = s.tokens;
	if (quotes.test(s.text) || e.dimension !== 'count') return null;
	let n = 0;
	if (openers.has(lower(t[0]))) n = 1;
	if (e.first > n || e.last < n + 1 || !exactNumber.test(t[n]?.text ?? '')) return null;
	if (t[n].kind !== 'number' && t[n].kind !== 'word') return null;
	// The counted noun phrase: one to three plain words, then a passive or active verb or an
	// auxiliary. A negation, a ber-/ter- word or "yang" may be a modifier ("motor tak bersurat")
	// or the predicate ("sapi hilang"): where the noun phrase ends is not seen, so nothing is asked.
	let k = n + 1;
	while (k < t.length && t[k].kind === 'word' && !opensPredicate(lower(t[k]))) {
		const w = lower(t[k]);
		if (looksLikeVerb(w) || negations.has(w) || w === 'yang' || k - n > 3) return null;
		k++;
	}
	if (k === n + 1 || k >= t.length || !opensPredicate(lower(t[k]))) return null;
	let nounEnd = k - 1;
	while (nounEnd > n + 1 && pointers.has(lower(t[nounEnd]))) nounEnd--;
	// The predicate to the end of its clause.
	let end = k;
	while (end + 1 < t.length && !/^[,.;:!?]$/.test(t[end + 1].text)) end++;
	if (end - k + 1 > maxPredicateWords || end - k + 1 < 2) return null;
	const noun = words(s, n + 1, nounEnd);
	const predicate = words(s, k, end);
	if (unresolvedPronoun.test(predicate) || unresolvedPronoun.test(noun)) return null;
	if (/\b(dan|atau)\b/i.test(noun)) return null;
	return countItem(s, t[n].text, noun, predicate, stated);
}

/** "Berapa <noun> yang <predicate>?", with wrong counts the text does not state. */
function countItem(
	s: Sentence,
	number: string,
	noun: string,
	predicate: string,
	stated: Set<string>,
	confidence?: number
): QuestionDraft | null {
	const answer = /^\d/.test(number) ? number : number.toLowerCase();
	const distractors = numericVariants(answer).filter((x) => !stated.has(x.toLowerCase()));
	if (distractors.length < 3) return null;
	return {
		kind: 'how-many',
		prompt: `Berapa ${noun} yang ${predicate}?`,
		answer,
		distractors,
		sentence: s,
		explanation: `${answer} ${noun} ${predicate}. Bukti: "${s.text}"`,
		difficulty: 2,
		questionWord: 'Berapa',
		...(confidence ? { confidence } : {})
	};
}

/** Common nouns that act in news: "Polisi mengamankan 493 knalpot", "Petugas menyita 20 karung". */
const agents = new Set(
	(
		'polisi petugas warga pemerintah tim aparat relawan dinas kepolisian pelaku petani pedagang ' +
		'siswa nelayan peneliti panitia satpol pp bpbd'
	).split(' ')
);
/** Between the agent and its verb: "juga" is dropped, the others kept before the passive verb. */
const keptAdverbs = new Set(['telah', 'sudah', 'berhasil', 'kembali']);

/**
 * The passive of an active meN- verb: menyita → disita, mengamankan → diamankan, memperbaiki →
 * diperbaiki; undefined for anything else.
 */
function passiveOf(verb: string, dict: RootDictionary): string | undefined {
	const a = analyzeWord(verb, dict);
	const [first, ...rest] = a.affixes;
	if (!first || (first.form !== 'meN-' && first.form !== 'memper-')) return undefined;
	if (rest.some((x) => x.form !== '-kan' && x.form !== '-i')) return undefined;
	if (!dict.has(a.root)) return undefined;
	const suffix = rest.map((x) => x.form.slice(1)).join('');
	return (first.form === 'memper-' ? 'diper' : 'di') + a.root + suffix;
}

/**
 * "Polrestabes Bandung menyita 632 unit sepeda motor di …" asks "Berapa unit sepeda motor yang
 * disita Polrestabes Bandung?": an agent of one to four words opening its clause (a name or a
 * noun that acts), an active meN- verb, an exact count and one to three plain words counted, then
 * a preposition, a comma or the end. A longer counted phrase has no clear end: nothing is asked.
 */
function objectCountAt(
	se: SentenceEntities,
	e: Entity,
	stated: Set<string>,
	dict: RootDictionary
): QuestionDraft | null {
	const s = se.sentence;
	const t = s.tokens;
	if (quotes.test(s.text) || e.dimension !== 'count' || e.first !== e.last - 1) return null;
	const n = e.first;
	if (!exactNumber.test(t[n]?.text ?? '') || t[n].kind === 'date') return null;
	const verbAt = n - 1;
	const passive = t[verbAt] && passiveOf(t[verbAt].text, dict);
	if (!passive) return null;
	// The clause opens after the sentence start or a comma, then the agent, then adverbs.
	let k = verbAt - 1;
	const adverbs: string[] = [];
	while (k >= 0 && (keptAdverbs.has(lower(t[k])) || lower(t[k]) === 'juga')) {
		if (lower(t[k]) !== 'juga') adverbs.unshift(lower(t[k]));
		k--;
	}
	let start = k;
	while (start >= 0 && t[start].text !== ',') start--;
	start++;
	const agent = t.slice(start, k + 1);
	if (agent.length < 1 || agent.length > 4) return null;
	const named = (x: Token) => /^\p{Lu}/u.test(x.text) && x.kind !== 'punct';
	if (!agent.every((x) => named(x) || agents.has(lower(x)))) return null;
	if (agent.some((x) => functionWords.has(lower(x)) || looksLikeVerb(lower(x)))) return null;
	// The counted phrase: plain lower-case words up to a preposition, a comma or the end.
	let end = n + 1;
	while (
		end < t.length &&
		t[end].kind === 'word' &&
		/^\p{Ll}/u.test(t[end].text) &&
		!functionWords.has(lower(t[end])) &&
		!looksLikeVerb(lower(t[end]))
	)
		end++;
	const counted = end - (n + 1);
	if (counted < 1 || counted > 3) return null;
	if (end < t.length && t[end].kind === 'word' && !functionWords.has(lower(t[end]))) return null;
	const noun = words(s, n + 1, end - 1);
	const who = words(s, start, k).replace(/^\p{Lu}(?=\p{Ll}+$)/u, (c) =>
		agents.has(lower(t[start])) ? c.toLowerCase() : c
	);
	return countItem(s, t[n].text, noun, [...adverbs, passive, who].join(' '), stated, 0.9);
}

export function howManyQuestions(
	entries: SentenceEntities[],
	dict?: RootDictionary
): QuestionDraft[] {
	// Every number the article states, so that no wrong count is true of something else in it.
	const stated = new Set(
		entries.flatMap((se) =>
			se.sentence.tokens.filter((t) => exactNumber.test(t.text)).map((t) => t.text.toLowerCase())
		)
	);
	const out: QuestionDraft[] = [];
	for (const se of entries)
		for (const e of se.entities) {
			if (e.type !== 'quantity') continue;
			const q = askAt(se, e, stated) ?? (dict ? objectCountAt(se, e, stated, dict) : null);
			if (q) out.push(q);
		}
	return out;
}
