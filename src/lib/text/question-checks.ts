/**
 * Checks shared by every question kind, and the score built from them.
 *
 * A check returns named problems. A problem in `fatal` drops the item (a bad item is worse than
 * none: a pronoun without its referent, a vocabulary item on a transparent cognate, an affix item
 * whose answer is the visible string, a blank after "para" with options of different shapes, an
 * acronym whose expansion is the only option with its initials); every other problem lowers the
 * score by its factor. The score starts from the kind's prior (how often a careful teacher
 * accepted that kind unchanged) times the builder's own confidence.
 */
import { isParaphrase, unresolvedPronoun } from './paraphrase';
import { isTransparentCognate } from './cognates';
import { looksLikeVerb } from './entities';
import { titleWords } from './entity-words';
import { simpleRatio } from './numbers';
import { editDistance, normaliseAnswer } from './question-utils';
import type { Question, QuestionKind } from './types';

/** Below this the teacher's preview hides an item by default, and quizzes use it only when short. */
export const lowScore = 0.5;

const prior: Record<QuestionKind, number> = {
	// Putting the text's own sentences back in order is solved by finding them: one judge in each of
	// two held-out sets and the development judge rejected every order item as position matching.
	// Hidden by default; a teacher may show them.
	order: 0.45,
	'morphology-root': 0.8,
	// A sentence that opens with its cause gives a whole clause to ask about, but its wrong reasons
	// are other clauses of the text: on held-out and development news (sets C and a second
	// December set) none of four was acceptable (a wrong reason also true, the key the only short
	// option, a dateline in a reason). Hidden by default, as a teacher's option.
	why: 0.5,
	// Judged on eight held-out news articles (set 2), 1 of 7 true/false and 1 of 11 fact items were
	// acceptable unchanged: mostly garbled clauses and swaps a reader sees through. Below the
	// low-score line they stay in the teacher's bank, hidden by default, and quizzes draw them only
	// when an article has too few other items.
	'true-false': 0.45,
	fact: 0.45,
	// Who said a quote named right beside it is found by locating the quote: hidden by default.
	speaker: 0.45,
	// Whom "ia" or a closing '"…," pungkasnya' means needs two sentences read together. None of
	// five was acceptable on three held-out sets before: people the recogniser made up
	// ("Penanggulangan Penyakit Menular", a village name). A person is now taken only from cues
	// people alone take (a speech verb, a rank, an apposition, a verb of saying after a one-word
	// name), an office named between stops the search, and a possible nickname is no option; the
	// kind is shown, so held-out judging tells whether that holds.
	reference: 0.65,
	// Who said a quote, answered by the role the article gave that person in another sentence:
	// the quote alone names the person, so locating it is not enough.
	role: 0.65,
	// Both ends are read from the text and the difference computed; nothing is paraphrased.
	'amount-change': 0.85,
	// Only the safe shape (the count opens the sentence, "Berapa … yang …?"), wrong counts not in
	// the text.
	'how-many': 0.7,
	'vocab-meaning': 0.7,
	'vocab-word': 0.65,
	cloze: 0.65,
	// Judged on the development articles, 1 of 109 affix items was acceptable: the answer is nearly
	// always readable off the word (menurun → meN-). They stay available to teachers, hidden by default.
	'morphology-affixes': 0.2
};

export const fatal = new Set([
	'pronoun without referent',
	'transparent cognate',
	'visible affix',
	'blank after para',
	'acronym initials give it away',
	'verbatim true statement',
	'question without subject',
	'answer is a title, not a name',
	'relative date as key',
	'acronym mismatch',
	'question cut off'
]);
const questionWords = new Set([
	'siapa',
	'apa',
	'kapan',
	'mengapa',
	'bagaimana',
	'berapa',
	'di',
	'ke',
	'dari'
]);
const clauseAdverbs = new Set([
	'turun',
	'naik',
	'tumbuh',
	'tiba',
	'datang',
	'jatuh',
	'masuk',
	'keluar',
	'mulai',
	'terus',
	'masih',
	'sudah',
	'telah',
	'akan',
	'bisa',
	'dapat',
	'tidak',
	'belum',
	'juga',
	'pun',
	'lalu',
	'kemudian',
	'sedang',
	'harus',
	'perlu',
	'berdasarkan',
	'sesuai',
	'menurut'
]);

const penalty: Record<string, number> = {
	'numbers are multiples': 0.6,
	'long prompt': 0.8,
	'few options': 0.85,
	'relative date option': 0.7
};

/** Vocabulary and morphology need the word itself; facts and statements need the text read. */
// A cloze sentence that opens on "Ia" or speaks as "Kami" leaves the learner guessing who it is.
const needsReferent = new Set<QuestionKind>(['fact', 'true-false', 'why', 'speaker', 'cloze']);

const initials = (text: string) =>
	text
		.split(/[\s-]+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('')
		.toUpperCase();

const valueOf = (text: string) => {
	const m = /\d+(?:\.\d{3})*(?:,\d+)?/.exec(text);
	return m ? Number(m[0].replace(/\./g, '').replace(',', '.')) : NaN;
};

/**
 * English glosses that spell the Indonesian word the English way (ekspansi → expansion,
 * sektor → sector, risiko → risk): a learner who reads English needs no drill on them.
 */
export function looksLikeCognate(word: string, glosses: string[]): boolean {
	const w = spellIndonesian(word.toLowerCase());
	for (const g of glosses.flatMap((x) => x.toLowerCase().split(/[^a-z]+/)))
		if (g.length >= 3)
			for (const e of spellings(g)) {
				const d = editDistance(w, e, 8);
				if (d <= Math.max(1, Math.floor(Math.max(w.length, e.length) * 0.3))) return true;
				let p = 0;
				while (p < w.length && p < e.length && w[p] === e[p]) p++;
				if (p >= 5 && p >= Math.min(w.length, e.length) * 0.6) return true;
				// risk → risiko: the English word whole, with a short Indonesian ending.
				if (p === e.length && p >= 4 && w.length - p <= 2) return true;
			}
	return false;
}

/** An English word spelt the Indonesian way, and with p for its f (asphalt → aspal, paspor). */
function spellings(g: string): string[] {
	const e = spellIndonesian(englishAsIndonesian(g));
	return e.includes('f') ? [e, e.replace(/f/g, 'p')] : [e];
}

/** English spelling the way Indonesian borrows it: -tion → -si, c → k or s, ph → f, x → ks. */
function englishAsIndonesian(g: string): string {
	return g
		.replace(/ization$/, 'isasi')
		.replace(/ation$/, 'asi')
		.replace(/[st]ion$/, 'si')
		.replace(/ity$/, 'itas')
		.replace(/ive$/, 'if')
		.replace(/ism$/, 'isme')
		.replace(/ph/g, 'f')
		.replace(/th/g, 't')
		.replace(/ch/g, 'k')
		.replace(/ck/g, 'k')
		.replace(/qu/g, 'kw')
		.replace(/c(?=[eiy])/g, 's')
		.replace(/c/g, 'k')
		.replace(/x/g, 'ks')
		.replace(/y/g, 'i')
		.replace(/e$/, '');
}

/** Both sides without doubled letters and with the same few letter choices. */
const spellIndonesian = (w: string) =>
	w.replace(/kh/g, 'k').replace(/sy/g, 's').replace(/v/g, 'f').replace(/(.)\1/g, '$1');

export interface CheckContext {
	/** The word the item is about (vocabulary and morphology), and its root. */
	subject?: string;
	/** The sentence the item comes from. */
	sentence: string;
}

/** Every named problem of one finished item. */
export function itemProblems(q: Question, ctx: CheckContext): string[] {
	const problems: string[] = [];
	// Who said a quote: "kami" or "saya" inside it is the speaker, whom the question asks for.
	if (q.kind === 'speaker') {
		const third = /(^|[\s"“(])(ia|dia|mereka|beliau|pihaknya)(?=[\s,.!?"”)]|$)/i;
		if (third.test(q.prompt) || q.options.some((o) => unresolvedPronoun.test(o)))
			problems.push('pronoun without referent');
	} else if (needsReferent.has(q.kind)) {
		const shown =
			q.kind === 'true-false' ? q.prompt.replace(/^Benar atau salah\?\s*/, '') : q.prompt;
		if (unresolvedPronoun.test(shown)) problems.push('pronoun without referent');
		if (q.kind !== 'true-false' && q.options.some((o) => unresolvedPronoun.test(o)))
			problems.push('pronoun without referent');
	}
	if (
		q.kind === 'true-false' &&
		q.answer === 'Benar' &&
		!isParaphrase(q.prompt.replace(/^Benar atau salah\?\s*/, ''), ctx.sentence)
	)
		problems.push('verbatim true statement');
	if ((q.kind === 'vocab-meaning' || q.kind === 'vocab-word') && q.root) {
		const quoted = q.kind === 'vocab-meaning' ? q.answer : (/"([^"]+)"/.exec(q.prompt)?.[1] ?? '');
		// "syringe (semprotan)": the bracket holds an Indonesian form, not an English gloss.
		const gloss = quoted.replace(/\([^)]*\)/g, '');
		// The key shows one sense ("package"); the other senses the feedback lists ("packet") show
		// the word is a look-alike just as well.
		const listed = q.explanation.includes(': ')
			? q.explanation.slice(q.explanation.lastIndexOf(': ') + 2).replace(/\([^)]*\)/g, '')
			: '';
		const senses = [...gloss.split(/[;,(]/), ...listed.split(/[;,.]/)].filter((x) => x.trim());
		const cognate = (w: string) => looksLikeCognate(w, senses) || isTransparentCognate(w, senses);
		if (cognate(q.root) || (ctx.subject && cognate(ctx.subject)))
			problems.push('transparent cognate');
	}
	// A blank whose answer is an English look-alike (erupsi, kilometer, podium) tests nothing.
	if (q.kind === 'cloze') {
		const senses = q.explanation.includes(': ')
			? q.explanation.slice(q.explanation.lastIndexOf(': ') + 2).split(/[;,.]/)
			: [];
		const word = q.answer.toLowerCase();
		if (senses.length > 0 && (looksLikeCognate(word, senses) || isTransparentCognate(word, senses)))
			problems.push('transparent cognate');
	}
	if (q.kind === 'morphology-affixes' && q.root && ctx.subject?.toLowerCase().includes(q.root))
		problems.push('visible affix');
	if (q.kind === 'cloze' && /(^|\s)(para|kaum|sang|sejumlah para)\s+_____/i.test(q.prompt))
		problems.push('blank after para');
	const acronym = /kepanjangan dari (\S+)\?$/.exec(q.prompt)?.[1];
	if (acronym) {
		// "Deputi Senior Bank Indonesia (BI)": the bracket names only part of the phrase before it.
		if (initials(q.answer)[0] !== acronym[0].toUpperCase()) problems.push('acronym mismatch');
		const hits = q.options.filter((o) => initials(o) === acronym.toUpperCase());
		if (hits.length === 1 && hits[0] === q.answer) problems.push('acronym initials give it away');
	}
	// A change's two ends are in the text, so they may well be multiples of the difference.
	if (q.questionWord === 'Berapa' && q.kind !== 'amount-change') {
		const key = valueOf(q.answer);
		if (q.options.some((o) => o !== q.answer && simpleRatio(valueOf(o), key)))
			problems.push('numbers are multiples');
	}
	if (q.kind === 'fact') {
		const first = q.prompt.split(' ')[0].toLowerCase();
		// "Ditemukan berapa lama lalu?", "Masih bisa dikontrol …": the clause lost its subject.
		if (!questionWords.has(first) && (looksLikeVerb(first) || clauseAdverbs.has(first)))
			problems.push('question without subject');
		// "… di tahun 1999 dan sampai?": the clause was cut in the middle.
		if (
			/\s(dan|atau|serta|sampai|hingga|yang|di|ke|dari|pada|untuk|dengan|bahwa)\?$/i.test(q.prompt)
		)
			problems.push('question cut off');
		if (q.questionWord === 'Siapa' && titleWords.has(q.answer.toLowerCase()))
			problems.push('answer is a title, not a name');
		if (q.questionWord === 'Kapan' && isRelativeDate(q.answer))
			problems.push('relative date as key');
	}
	const words = q.prompt.split(/\s+/).length;
	if (words > 40) problems.push('long prompt');
	if (!q.typed && q.kind !== 'true-false' && q.options.length < 4) problems.push('few options');
	return problems;
}

/** Kind prior × builder confidence × the penalty of each soft problem; 0 when any problem is fatal. */
export function scoreOf(kind: QuestionKind, confidence: number, problems: string[]): number {
	if (problems.some((p) => fatal.has(p))) return 0;
	let s = prior[kind] * confidence;
	for (const p of problems) s *= penalty[p] ?? 1;
	return Math.round(s * 100) / 100;
}

/** Time words that are true of almost any news item, so never a safe wrong "Kapan" option. */
export const relativeDate =
	/^(hari ini|kemarin|besok|lusa|tahun ini|tahun lalu|bulan ini|bulan lalu|pekan ini|pekan lalu|minggu ini|minggu lalu|saat ini|kini|sekarang|baru-baru ini|malam ini|pagi ini|siang ini|sore ini)$/i;

export const isRelativeDate = (text: string) => relativeDate.test(normaliseAnswer(text));
