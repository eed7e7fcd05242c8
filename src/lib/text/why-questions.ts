/**
 * Mengapa / Bagaimana questions from explicit cause and manner markers.
 *
 * "A karena B." (also akibat, sebab) asks "Mengapa A?" with B as the key; "A, sehingga B."
 * asks "Mengapa B?" with A; "A dengan cara B." asks "Bagaimana A?". Only a sentence-initial
 * main clause A with a verb is turned into a question (so the question reads as a whole
 * clause), and nothing with a quote or a pronoun that lost its referent. Wrong options are
 * clauses of other sentences in the same shape (a subject and a predicate, 3–12 words), so they
 * are real statements of the article that do not answer this question; a clause that shares
 * content words with the key is refused, so no option is a restatement of the answer.
 */
import type { SentenceEntities } from './entities';
import { looksLikeVerb } from './entities';
import { functionWords, geoHeads, orgHeads, titleWords } from './entity-words';
import type { QuestionDraft } from './fact-questions';
import { reportedContent, unresolvedPronoun } from './paraphrase';
import { normaliseAnswer, upperFirst } from './question-utils';
import type { Sentence } from './types';

const causeMarkers = ['karena', 'akibat', 'sebab', 'lantaran'];
const resultMarkers = ['sehingga', 'hingga membuat'];
const clauseSplit =
	/\s*(?:,|;|\bkarena\b|\bsehingga\b|\bakibat\b|\bnamun\b|\btetapi\b|\bsedangkan\b|\bsementara\b|\bsetelah\b|\bsebelum\b|\bketika\b|\bdan\b|\byang\b)\s*/i;

const hasVerb = (text: string) =>
	text
		.toLowerCase()
		.split(/\s+/)
		.some((w) => looksLikeVerb(w.replace(/[^\p{L}-]/gu, '')));
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const contentWords = (text: string) =>
	new Set(
		normaliseAnswer(text)
			.split(' ')
			.filter((w) => w.length > 3 && !functionWords.has(w))
	);
/** Trims punctuation and an opening sequence adverb ("lalu berteriak" is a piece of a story, not a reason). */
const clean = (text: string) =>
	text
		.replace(/^[\s,]+|[\s,.;:!?]+$/g, '')
		.replace(/^(lalu|kemudian|selanjutnya|akhirnya|bahkan|pun|juga|sudah|langsung)\s+/i, '');
/** Words that end a phrase only when it was cut before its verb ("kobaran api baru [diketahui]"). */
const danglingAdverbs = new Set(['baru', 'lagi', 'saja', 'pun', 'sempat', 'kembali', 'segera']);
const lowerStart = (text: string) =>
	/^\p{Lu}{2}|^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(text)
		? text
		: text.charAt(0).toLowerCase() + text.slice(1);

/** "… menerapkan Perilaku Hidup Bersih dan Sehat (PHBS)": the spelled-out name is enough in a question. */
const withoutBracketedAcronyms = (text: string) => text.replace(/\s+\(\p{Lu}[\p{Lu}\d-]+\)/gu, '');

function usableClause(text: string, max = 12, verb = true): boolean {
	const n = wordCount(text);
	return (
		n >= 3 &&
		n <= max &&
		(!verb || hasVerb(text)) &&
		!unresolvedPronoun.test(text) &&
		!/["“”()]/.test(text) &&
		!/^(dan|atau|yang|untuk|dengan|di|ke|dari|pada|itu|ini)\b/i.test(text)
	);
}

const auxiliaries = new Set([
	'telah',
	'sudah',
	'akan',
	'masih',
	'bisa',
	'dapat',
	'tidak',
	'belum',
	'juga',
	'sedang',
	'harus',
	'perlu',
	'tengah',
	'pun',
	'mesti',
	'wajib'
]);
/** ter- and di- words that are not predicates: "produksi tersebut", "terutama", "dinas". */
const notPredicates = new Set(
	'tersebut terhadap termasuk terutama tertentu terbaru terakhir tersendiri terbesar terbanyak terbaik terkait bersama berbagai beberapa berapa'.split(
		' '
	)
);
const isVerbWord = (w: string) => {
	const word = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
	return looksLikeVerb(word) && !notPredicates.has(word);
};

/**
 * Index of the first verb or auxiliary outside a "yang" relative clause; -1 when none. Where a
 * relative clause ends is seen only at an auxiliary after it ("Pengendara yang melintas harus
 * berhati-hati"); one right after "yang" belongs to the clause ("rumah yang sudah rusak").
 */
function predicateAt(words: string[]): number {
	for (let i = 0; i < words.length; i++) {
		const w = words[i].toLowerCase();
		if (w === 'yang') {
			for (let k = i + 2; k < words.length; k++)
				if (auxiliaries.has(words[k].toLowerCase()) && !auxiliaries.has(words[k - 1].toLowerCase()))
					return k;
			return -1;
		}
		if (isVerbWord(w) || auxiliaries.has(w)) return i;
	}
	return -1;
}

/** A noun phrase: no predicate outside a relative clause. */
const isNounPhrase = (text: string) => predicateAt(text.split(/\s+/)) < 0;

const prepositions =
	/^(dari|di|ke|pada|untuk|dengan|oleh|dalam|sejak|bagi|terhadap|menurut|selain|tentang|antara|atas|sebagai)\b/i;
const quantifiers = new Set([
	'sejumlah',
	'beberapa',
	'para',
	'semua',
	'seluruh',
	'banyak',
	'sebagian'
]);

/** A phrase that can stand as a cause: not a prepositional fragment ("Dari sejumlah") or cut before its noun. */
function isWholePhrase(np: string): boolean {
	const last = np.split(/\s+/).pop()!.toLowerCase();
	// A cause is an event: its head is a nominalisation (kecelakaan, penangkapan, kenaikan), not a
	// group of people ("Para pelaku") that no one would offer as a reason.
	const head = np.split(/\s+/)[0];
	return (
		!prepositions.test(np) &&
		!functionWords.has(last) &&
		!quantifiers.has(last) &&
		!danglingAdverbs.has(last) &&
		/\p{L}{3,}an$/iu.test(head)
	);
}

type Piece = { text: string; sentence: Sentence; shape: 'np' | 'clause' | 'vp' };

/**
 * Clauses (a subject, then a predicate) and sentence-initial noun phrases of the article's
 * other sentences: the wrong options, in the key's own shape.
 */
function piecePool(sentences: Sentence[]): Piece[] {
	const out: Piece[] = [];
	for (const s of sentences) {
		if (/["“”]/.test(s.text)) continue;
		for (const part of s.text.split(clauseSplit)) {
			const c = clean(part);
			if (unresolvedPronoun.test(c)) continue;
			const words = c.split(/\s+/);
			const p = predicateAt(words);
			if (usableClause(c) && p >= 1) out.push({ text: c, sentence: s, shape: 'clause' });
			// The predicate alone, when it opens with an active verb: a "dengan cara …" option.
			const vp = words.slice(Math.max(p, 0)).join(' ');
			// (Without numbers: "mencapai 4 hingga 5 meter" needs its subject to mean anything.)
			if (
				p >= 1 &&
				/^(me|ber)/i.test(words[p]) &&
				wordCount(vp) >= 2 &&
				wordCount(vp) <= 8 &&
				!/\d/.test(vp)
			)
				out.push({ text: vp, sentence: s, shape: 'vp' });
			// The subject of the clause, when it is a plain phrase of two to six words.
			if (p >= 2 && p <= 6) {
				const np = words.slice(0, p).join(' ');
				if (
					!unresolvedPronoun.test(np) &&
					/^\p{L}/u.test(np) &&
					!/[,()]/.test(np) &&
					isWholePhrase(np)
				)
					out.push({ text: np, sentence: s, shape: 'np' });
			}
		}
	}
	return out;
}

const connectiveOpening =
	/^(pasalnya|sebab|sebabnya|karena|akibat|akibatnya|namun|tetapi|tapi|sementara|bahkan|padahal|adapun|kemudian|lalu|selain itu|oleh karena itu|ya|tiba-tiba|selang|sontak|seketika)(?![\p{L}-])/iu;

/** The statements that can be wrong reasons, and the words of the article's topic (see `topicalWords`). */
interface Reasons {
	pieces: Piece[];
	topical: ReadonlySet<string>;
}

/**
 * Content words in three sentences or more: what the article is about ("sapi" in a report on
 * cattle prices). A wrong reason that shares only such a word with the key does not restate it.
 */
function topicalWords(sentences: Sentence[]): Set<string> {
	const seen = new Map<string, number>();
	for (const s of sentences)
		for (const w of contentWords(s.text)) seen.set(w, (seen.get(w) ?? 0) + 1);
	return new Set([...seen].filter(([, n]) => n >= 3).map(([w]) => w));
}

/**
 * Whole statements for wrong reasons: each sentence's main clause, from its start (after a short
 * opening phrase such as "Saat kejadian,", or a frame such as "Ia mengatakan") to its first comma,
 * with its subject and then a predicate. Pieces cut at "setelah" or "yang" ("peristiwa itu dipicu") read as fragments.
 */
function statementPool(sentences: Sentence[]): Piece[] {
	const out: Piece[] = [];
	for (const s of sentences) {
		if (/["“”]/.test(s.text)) continue;
		// What was reported is a statement of the article too: "Menurutnya, harga naik."
		const whole = (reportedContent(s.text) ?? s.text).replace(/[.!?]+$/, '');
		const parts = whole.split(/,(?!\d)|;/);
		const opening =
			parts.length > 1 && wordCount(parts[0]) <= 4 && predicateAt(parts[0].split(/\s+/)) < 0;
		// A short sentence is taken whole, commas of a place list included ("Petani di Talang,
		// Cibeber menunda panen"); a longer one gives its first clause.
		const main = clean(
			wordCount(whole) <= 16 && !opening && predicateAt(whole.split(/\s+/)) >= 1
				? whole
				: opening
					? parts[1]
					: parts[0]
		);
		const words = main.split(/\s+/);
		if (wordCount(main) < 3 || wordCount(main) > 16 || predicateAt(words) < 1) continue;
		if (unresolvedPronoun.test(main) || /["“”()]/.test(main)) continue;
		const first = words[0].toLowerCase();
		const last = words[words.length - 1].toLowerCase();
		if (functionWords.has(first) || functionWords.has(last) || prepositions.test(main)) continue;
		// After "Karena" a statement that opens with its own connective reads as nonsense.
		if (connectiveOpening.test(main)) continue;
		// "warga pun sudah ramai": the particle moves the story on; after "Karena" it reads as noise.
		out.push({ text: main.replace(/\s+pun(?=\s)/g, ''), sentence: s, shape: 'clause' });
	}
	return out;
}

function distractors(
	key: string,
	question: string,
	s: Sentence,
	pool: Piece[],
	shape: Piece['shape'],
	topical: ReadonlySet<string> = new Set()
): string[] {
	const keyWords = contentWords(key);
	const askedWords = contentWords(question);
	const out: string[] = [];
	// Nearest sentences first, walking out both ways from the question's own, and stop once there
	// are enough: a neighbour is about the same event, so a plausible wrong reason; the lead,
	// far away, often is not one at all (judged "unrelated").
	let at = 0;
	while (at < pool.length && pool[at].sentence.start < s.start) at++;
	const nearest = function* () {
		for (let d = 0; at + d < pool.length || at - d - 1 >= 0; d++) {
			if (at + d < pool.length) yield pool[at + d];
			if (at - d - 1 >= 0) yield pool[at - d - 1];
		}
	};
	for (const c of nearest()) {
		if (out.length >= 5) break;
		if (c.sentence === s || c.shape !== shape) continue;
		const words = contentWords(c.text);
		// Not a restatement of the answer: one word of the article's topic in common is fair, two
		// ("gelombang tinggi") or any other word are not. Sharing the question's topic ("nelayan")
		// makes a fair wrong reason; mostly its words, a restatement of the question.
		const shared = [...words].filter((w) => keyWords.has(w));
		if (shared.length > 1 || shared.some((w) => !topical.has(w))) continue;
		if ([...words].filter((w) => askedWords.has(w)).length * 2 >= words.size) continue;
		// "menjual sayur" beside "sebagian besar menjual sayur": one option inside another.
		const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
		if (
			out.some((o) => {
				const other = contentWords(o);
				return within(words, other) || within(other, words);
			})
		)
			continue;
		out.push(upperFirst(c.text));
	}
	return out;
}

const evidenceNote = (s: Sentence) =>
	`Bukti: "${s.text.length > 220 ? s.text.slice(0, 217) + '…' : s.text}"`;

/** Splits "A marker B." at the first marker that is not sentence-initial. */
function split(text: string, markers: string[]): { a: string; b: string; marker: string } | null {
	const body = text.replace(/[.!?]+$/, '');
	for (const m of markers) {
		const re = new RegExp(`^(.+?),?\\s+${m}\\s+(.+)$`, 'i');
		const hit = re.exec(body);
		if (hit) return { a: clean(hit[1]), b: clean(hit[2]), marker: m };
	}
	return null;
}

/**
 * A clause moved into a question or after "Karena" loses its capital, unless it opens with a name
 * ("Miranda menyoroti …"): one the sentence's entities name, or a word the dictionary lacks.
 */
function asMoved(text: string, isWord?: (word: string) => boolean, opensWithName = false) {
	const first = text.split(/\s+/)[0];
	// A lead written in capitals ("WARGA Desa …") is a word, not an acronym.
	if (isWord && /^\p{Lu}{4,}$/u.test(first) && isWord(first.toLowerCase()))
		return first.toLowerCase() + text.slice(first.length);
	const name =
		opensWithName || (!!isWord && /^\p{Lu}/u.test(first) && !isWord(first.toLowerCase()));
	if (name) return text;
	// A common noun before a capitalised word ("Gaji Rp 200.000", "Warga Desa Sukamaju") is not
	// part of a name, unless it is a title or the head of a body or place ("Dinas Pendidikan").
	const lead = first.toLowerCase();
	if (
		/^\p{Lu}\p{Ll}+$/u.test(first) &&
		isWord?.(lead) &&
		!titleWords.has(lead) &&
		!orgHeads.has(lead) &&
		!geoHeads.has(lead)
	)
		return lead + text.slice(first.length);
	return lowerStart(text);
}

/** A verb of saying or thinking: "karena" after it may belong to the reported clause, not to it. */
const reporting =
	/^(mengatakan|menyatakan|menjelaskan|melaporkan|menyebutkan|menyebut|mengungkapkan|menuturkan|mengakui|mengaku|menduga|menilai|menganggap|berharap|meyakini|memperkirakan|mengklaim|menegaskan|menambahkan|mengira|berpendapat|menyampaikan|berkata|bilang|menurut|bahwa)$/i;

/**
 * An asked clause with "tersebut" or a noun with "itu"/"ini" ("penurunan itu terjadi") points back
 * to something the question does not say; time phrases (saat ini, tahun itu) do not.
 */
const pointsBack = (text: string) =>
	/\btersebut\b/i.test(text) ||
	/\b(?!(?:saat|hari|tahun|bulan|pekan|minggu|malam|pagi|siang|sore|kali|waktu|masa|sejak|selama|sampai|hingga|sebelum|setelah|seperti|begitu|dengan|untuk|dari|di|ke)\b)\p{L}+\s(?:itu|ini)\b/iu.test(
		text
	);

/**
 * "Bisnis itu penting karena menyumbang separuh pendapatan." asked as "Mengapa bisnis itu
 * penting?" reads whole only when the clause before "karena" is one plain statement: a subject
 * first (no connective or verb) and then its predicate, no comma, no verb of saying (whose "karena" may belong to what
 * was said), at most fourteen words.
 */
function plainStatement(text: string): boolean {
	const words = text.split(/\s+/);
	return (
		words.length <= 14 &&
		!/[,;:"“”()]/.test(text) &&
		!/^(tapi|tetapi|namun|sementara|bahkan|padahal|sedangkan|lalu|kemudian)$/i.test(words[0]) &&
		// A predicate we can see (a prefixed verb or an auxiliary) after the subject: "Pencapaian
		// produksi itu karena …" has none, and "Mengapa pencapaian produksi itu?" is no question.
		predicateAt(words) >= 1 &&
		!words.some((w) => reporting.test(w)) &&
		!pointsBack(text)
	);
}

/**
 * A question and its key cut from one sentence ("A karena B", "A agar B", "X menjadi penyebab Y")
 * can be answered by finding A and reading on: judged "shape matching" on held-out news, none of
 * three acceptable. They stay in the teacher's bank below the line a quiz draws from; items that
 * join two sentences ("Pasalnya", "Hal ini karena") do not.
 */
const insideConfidence = 0.55;

/** A reason worth offering: two words or more, at most `max`, nothing pointing back to resolve. */
const usableReason = (text: string, max: number) =>
	wordCount(text) >= 2 &&
	wordCount(text) <= max &&
	!unresolvedPronoun.test(text) &&
	!/^(itu|ini|hal)\b/i.test(text) &&
	// "karena, kata Arsyid, …": a speech tag, not the reason.
	!/^(kata|ujar|tutur|menurut|jelas|ungkap)\b/i.test(text);

/** "Mengapa A?" with "Karena B" as the key: the item every builder of a cause gives. */
function becauseItem(o: {
	/** The asked clause as found, and as shown after "Mengapa". */
	asked: string;
	shown: string;
	/** The cause as found (wrong reasons are chosen against it), and as shown after "Karena". */
	cause: string;
	reason: string;
	/** The sentence the wrong reasons are drawn around, and the evidence shown. */
	from: Sentence;
	sentence: Sentence;
	statements: Reasons;
	isWord?: (word: string) => boolean;
	explanation: string;
	confidence: number;
}): QuestionDraft | undefined {
	const wrong = reasonOptions(o.cause, o.asked, o.from, o.statements, o.isWord);
	if (wrong.length < minReasons) return undefined;
	return {
		kind: 'why',
		prompt: `Mengapa ${o.shown}?`,
		answer: `Karena ${o.reason}`,
		distractors: wrong,
		sentence: o.sentence,
		explanation: o.explanation,
		difficulty: 3,
		questionWord: 'Mengapa',
		subject: o.asked,
		confidence: o.confidence
	};
}

/**
 * Two wrong reasons are enough: a short article has few whole statements, and three options
 * that are all real sentences beat four with a fragment among them.
 */
const minReasons = 2;

/** The main clauses of the article's other sentences as reasons, each opening with "Karena". */
function reasonOptions(
	key: string,
	asked: string,
	s: Sentence,
	statements: Reasons,
	isWord?: (word: string) => boolean
): string[] {
	return distractors(key, asked, s, statements.pieces, 'clause', statements.topical).map(
		(d) => `Karena ${asMoved(d, isWord)}`
	);
}

/**
 * With `drafts` false only the plain "A karena B." items, whose asked clause reads whole; with
 * `drafts` also the others, below the line a quiz draws from.
 */
function markerInside(
	entries: SentenceEntities[],
	statements: Reasons,
	drafts: boolean,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const sentences = entries.map((e) => e.sentence);
	// The drafts' wrong options, pieces in the key's shape: built only when drafts are asked for.
	const pool = drafts ? piecePool(sentences) : [];
	const out: QuestionDraft[] = [];
	for (const s of sentences) {
		if (/["“”]/.test(s.text) || wordCount(s.text) > 40) continue;
		// "Ia mengatakan panen tertunda karena hujan." asks about what was said, frame left out.
		const reported = reportedContent(s.text);
		const text = reported ?? s.text;
		const cause = split(text, causeMarkers);
		const result = cause ? null : split(text, resultMarkers);
		const manner = cause || result ? null : split(text, ['dengan cara']);
		const parts = cause ?? result ?? manner;
		if (!parts || /[,;]/.test(parts.a) || /[;]/.test(parts.b)) continue;
		// "karena itu" is a connective, not a cause; the cause is in the sentence before.
		if (/^(itu|ini|hal)\b/i.test(parts.b)) continue;
		const [asked, key] = cause || manner ? [parts.a, parts.b] : [parts.b, parts.a];
		if (!usableClause(asked, 18, false) || wordCount(key) < 2 || wordCount(key) > 14) continue;
		if (unresolvedPronoun.test(key)) continue;
		// "dengan cara" takes a verb phrase ("dengan cara menyemprotkan air"), not a clause.
		if (manner && !/^(me|ber)/i.test(key)) continue;
		// "A karena B" with A one plain statement; "A, sehingga B" with both plain statements.
		const plain =
			plainStatement(asked) && (parts.marker === 'karena' || (!!result && plainStatement(key)));
		if (plain) {
			const entityFirst = !!entries
				.find((e) => e.sentence === s)
				?.entities.some((x) => x.first === 0);
			const moved = (clause: string) =>
				asMoved(clause, isWord, entityFirst && s.text.startsWith(clause));
			const reason = moved(key);
			const item = becauseItem({
				asked,
				shown: moved(asked),
				cause: key,
				reason,
				from: s,
				sentence: s,
				statements,
				isWord,
				explanation: `Mengapa? Kalimat ini memakai "${parts.marker}": Karena ${reason}. ${evidenceNote(s)}`,
				confidence: insideConfidence
			});
			if (item) out.push(item);
			continue;
		}
		if (!drafts) continue;
		const word = manner ? 'Bagaimana' : 'Mengapa';
		const answer = upperFirst(manner ? `dengan cara ${key}` : key);
		// After "karena" and "sehingga" comes a clause; after "akibat" and "sebab" often a noun phrase.
		const shape = manner
			? 'vp'
			: /^(akibat|sebab)$/.test(parts.marker) && isNounPhrase(key)
				? 'np'
				: 'clause';
		const wrong = distractors(key, asked, s, pool, shape).map((d) =>
			manner ? upperFirst(`dengan cara ${lowerStart(d)}`) : d
		);
		if (wrong.length < 3) continue;
		out.push({
			kind: 'why',
			prompt: `${word} ${lowerStart(asked)}?`,
			answer,
			distractors: wrong,
			sentence: s,
			explanation: `${word}? Kalimat ini memakai "${parts.marker}": ${answer}. ${evidenceNote(s)}`,
			difficulty: 3,
			questionWord: word,
			subject: asked,
			// Cut at a marker inside the sentence, the asked clause often reads badly (1 of 6 kept by
			// judges): below the line a quiz draws from, for a teacher to edit.
			confidence: cause ? 0.55 : 0.5
		});
	}
	return out;
}

/**
 * "Petani menunda panen agar padi kering di sawah." asks "Untuk apa petani menunda panen?" with
 * the purpose as the key: the clause before "agar" or "supaya" one plain statement (a frame such
 * as "Ia mengatakan" left out), the purpose a short clause with nothing to resolve. The wrong
 * options are the article's other statements, each as a purpose.
 */
const requestVerb =
	/^(meminta|diminta|mengimbau|diimbau|menghimbau|dihimbau|mengajak|diajak|berharap|diharapkan|mengharapkan|menyarankan|disarankan|memerintahkan|diperintahkan|mendorong|didorong|berpesan|menginstruksikan|diinstruksikan|menekankan|mengingatkan|diingatkan|memohon|menuntut|mendesak|didesak)$/i;

function purposeInside(
	entries: SentenceEntities[],
	statements: Reasons,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	for (const { sentence: s, entities } of entries) {
		if (/["“”]/.test(s.text) || wordCount(s.text) > 40) continue;
		const text = reportedContent(s.text) ?? s.text;
		const parts = split(text, ['agar', 'supaya']);
		if (!parts) continue;
		const asked = withoutBracketedAcronyms(parts.a);
		const purpose = reasonClause(parts.b);
		if (!plainStatement(asked) || unresolvedPronoun.test(asked)) continue;
		// "mengimbau pemudik agar beristirahat": what was asked for, not a purpose.
		if (asked.split(/\s+/).some((w) => requestVerb.test(w))) continue;
		if (wordCount(purpose) < 2 || wordCount(purpose) > 12 || unresolvedPronoun.test(purpose))
			continue;
		if (/["“”()]/.test(purpose)) continue;
		const wrong = distractors(purpose, asked, s, statements.pieces, 'clause', statements.topical);
		if (wrong.length < minReasons) continue;
		const opensWithName = entities.some((x) => x.first === 0) && s.text.startsWith(asked);
		const marker = upperFirst(parts.marker);
		out.push({
			kind: 'why',
			prompt: `Untuk apa ${asMoved(asked, isWord, opensWithName)}?`,
			answer: `${marker} ${asMoved(purpose, isWord)}`,
			distractors: wrong.map((d) => `${marker} ${asMoved(d, isWord)}`),
			sentence: s,
			explanation: `Untuk apa? Kalimat ini memakai "${parts.marker}": ${marker} ${asMoved(purpose, isWord)}. ${evidenceNote(s)}`,
			difficulty: 3,
			questionWord: 'Mengapa',
			subject: asked,
			confidence: insideConfidence
		});
	}
	return out;
}

/**
 * "Karena jarak yang jauh, api sulit dipadamkan." asks "Mengapa api sulit dipadamkan?": a sentence
 * that opens with its cause holds the asked clause whole after the comma, so nothing is cut in
 * the middle. The wrong options are the main clauses of other sentences, as reasons.
 */
function openingCause(
	entries: SentenceEntities[],
	statements: Reasons,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const sentences = entries.map((e) => e.sentence);
	const out: QuestionDraft[] = [];
	for (const s of sentences) {
		if (/["“”]/.test(s.text)) continue;
		const hit = /^(Karena|Akibat|Lantaran|Sebab)\s+([^,;]+),\s+([^;]+?)[.!?]*$/.exec(s.text);
		if (!hit) continue;
		const [, marker, cause, written] = hit;
		const asked = withoutBracketedAcronyms(written);
		// "Karena itu, …" and "Akibat hal tersebut, …" point back to a cause told before.
		if (/^(itu|ini|hal|tersebut)\b/i.test(cause) || unresolvedPronoun.test(cause)) continue;
		const askedWords = asked.split(/\s+/);
		// After the comma a capital is a name ("Budi menambal …", "Dinkes menghimbau …") and stays.
		const askedAt = s.start + s.text.lastIndexOf(written);
		const named = s.tokens.find((t) => t.start === askedAt)?.kind === 'name';
		// A subject first ("mobil pemadam sulit masuk"): not a bare predicate, which lost its subject.
		const predicate = named ? predicateAt(askedWords.slice(1)) + 1 : predicateAt(askedWords);
		if (!usableClause(asked, 18, false) || predicate === 0 || /,/.test(asked)) continue;
		if (wordCount(cause) < 2 || wordCount(cause) > 12) continue;
		// Every option opens with "Karena", so a key of another shape ("tidak melaut") still reads
		// as a reason beside whole statements.
		const item = becauseItem({
			asked,
			shown: named ? asked : lowerStart(asked),
			cause,
			reason: cause,
			from: s,
			sentence: s,
			statements,
			isWord,
			explanation: `Kalimat ini dibuka dengan sebabnya ("${marker.toLowerCase()}"): Karena ${cause}. ${evidenceNote(s)}`,
			confidence: 0.9
		});
		if (item) out.push(item);
	}
	return out;
}

/**
 * The evidence of an item that reads two sentences: both, when they share a paragraph (evidence
 * stays inside one); else the second, whose connective points back.
 */
function withSentenceBefore(before: Sentence, s: Sentence, body: string): Sentence {
	if (/\n/.test(body.slice(before.end, s.start))) return s;
	return {
		text: `${before.text} ${s.text}`,
		start: before.start,
		end: s.end,
		tokens: [...before.tokens, ...s.tokens]
	};
}

/**
 * "Hujan turun sejak pagi. Akibatnya, panen padi tertunda." asks "Mengapa panen padi tertunda?"
 * with the sentence before as the reason: the connective says outright that it is the cause. Only
 * when both are one plain statement (the cause whole, no comma), so nothing is cut.
 */
function previousCause(
	entries: SentenceEntities[],
	body: string,
	statements: Reasons,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const sentences = entries.map((e) => e.sentence);
	const out: QuestionDraft[] = [];
	for (let i = 1; i < sentences.length; i++) {
		const s = sentences[i];
		const hit =
			/^(Akibatnya|Oleh karena itu|Oleh sebab itu|Karena itu|Karenanya|Maka dari itu|Sehingga|Alhasil|Imbasnya|Dampaknya|Makanya|Untuk itu|Dengan demikian),?\s+([^;]+?)[.!?]*$/.exec(
				s.text
			);
		if (!hit || /["“”]/.test(s.text)) continue;
		const asked = hit[2];
		const cause = sentences[i - 1].text.replace(/[.!?]+$/, '');
		if (!plainStatement(asked) || !plainStatement(cause) || unresolvedPronoun.test(cause)) continue;
		const reason = asMoved(cause, isWord);
		const item = becauseItem({
			asked,
			shown: asMoved(asked, isWord),
			cause,
			reason,
			from: s,
			sentence: withSentenceBefore(sentences[i - 1], s, body),
			statements,
			isWord,
			explanation: `Mengapa? "${hit[1]}" merujuk ke kalimat sebelumnya: Karena ${reason}.`,
			confidence: 0.85
		});
		if (item) out.push(item);
	}
	return out;
}

/**
 * ", Kecamatan Pasirian, Kabupaten Lumajang, Jawa Timur," between a phrase and its predicate: a
 * chain of capitalised appositions (places, a name) that a question can do without.
 */
const appositionChain = /(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)+,\s+(?=\p{Ll})/gu;

/** The sentence before, as a statement a question can ask about; undefined when it is not one. */
function askableStatement(s: Sentence): string | undefined {
	if (/["“”]/.test(s.text)) return undefined;
	const text = withoutBracketedAcronyms(
		(reportedContent(s.text) ?? s.text).replace(appositionChain, ' ')
	).replace(/[.!?]+$/, '');
	return plainStatement(text) && !unresolvedPronoun.test(text) ? text : undefined;
}

/** A reason clause cut at its first comma or "sehingga" (what follows is another result). */
const reasonClause = (text: string) => clean(text.split(/,(?!\d)|\s+sehingga\s+|;/)[0]);

/**
 * "Pedagang memeriksa kesehatan sapi. Pasalnya, sapi sakit tidak laku dijual." asks "Mengapa
 * pedagang memeriksa kesehatan sapi?" with the second sentence as the reason: "pasalnya" and
 * "hal ini karena" give the reason for what was just said.
 */
function reasonAfter(
	entries: SentenceEntities[],
	body: string,
	statements: Reasons,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const sentences = entries.map((e) => e.sentence);
	const out: QuestionDraft[] = [];
	for (let i = 1; i < sentences.length; i++) {
		const s = sentences[i];
		const hit =
			/^(Pasalnya|Sebabnya|Penyebabnya|Alasannya|Sebab(?=,)|(?:Hal (?:ini|itu|tersebut)|Ini|Itu)(?: terjadi)?(?: karena| akibat| lantaran| dikarenakan| disebabkan(?: oleh)?| dipicu(?: oleh)?)),?\s+(.+?)[.!?]*$/.exec(
				s.text
			);
		if (!hit || /["“”]/.test(s.text)) continue;
		const asked = askableStatement(sentences[i - 1]);
		const cause = reasonClause(hit[2]);
		if (!asked || !usableReason(cause, 14)) continue;
		const reason = asMoved(cause, isWord);
		const item = becauseItem({
			asked,
			shown: asMoved(asked, isWord),
			cause,
			reason,
			from: s,
			sentence: withSentenceBefore(sentences[i - 1], s, body),
			statements,
			isWord,
			explanation: `Mengapa? "${hit[1]}" memberi alasan untuk kalimat sebelumnya: Karena ${reason}.`,
			confidence: 0.8
		});
		if (item) out.push(item);
	}
	return out;
}

/**
 * "Harga yang tinggi menjadi penyebab kambing diburu pencuri." asks "Mengapa kambing diburu
 * pencuri?": the sentence names its cause ("menjadi (salah satu) penyebab / alasan / pemicu").
 */
function namedCause(
	entries: SentenceEntities[],
	statements: Reasons,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	for (const { sentence: s } of entries) {
		if (/["“”]/.test(s.text)) continue;
		const text = reportedContent(s.text) ?? s.text;
		const hit =
			/^(.+?),?\s+(menjadi\s+(?:salah satu\s+)?(?:penyebab|alasan|pemicu)(?:\s+utama)?)\s+(.+?)[.!?]*$/.exec(
				text
			);
		if (!hit) continue;
		// A cleft puts the cause in focus: "Harga yang tinggilah yang menjadi penyebab …".
		const cause = clean(hit[1].replace(/(?:lah)?\s+yang$/, ''));
		const asked = hit[3];
		// "… menjadi alasan tetap bekerja": a reason for a clause without its subject asks nothing.
		const opener = asked.split(/\s+/)[0].toLowerCase();
		if (functionWords.has(opener) || looksLikeVerb(opener) || /^(tetap|terus)$/.test(opener))
			continue;
		if (!plainStatement(asked) || unresolvedPronoun.test(asked)) continue;
		if (!usableReason(cause, 12) || /[,;()]/.test(cause)) continue;
		const reason = asMoved(cause, isWord);
		const item = becauseItem({
			asked,
			shown: asMoved(asked, isWord),
			cause,
			reason,
			from: s,
			sentence: s,
			statements,
			isWord,
			explanation: `Mengapa? Kalimat ini memakai "${hit[2].replace(/\s+/g, ' ')}": Karena ${reason}. ${evidenceNote(s)}`,
			confidence: insideConfidence
		});
		if (item) out.push(item);
	}
	return out;
}

/**
 * Every why item, the other sentences' statements built once for all builders: a marker inside
 * the sentence ("A karena B", "A, sehingga B"; with `drafts` also the cut ones), a sentence that
 * opens with its cause, and the sentences a connective or a named cause link ("Akibatnya",
 * "Pasalnya", "menjadi penyebab"). They are returned apart, so the generator keeps its order of
 * kinds.
 */
export function causeQuestions(
	entries: SentenceEntities[],
	body: string,
	drafts: boolean,
	isWord?: (word: string) => boolean
) {
	const sentences = entries.map((e) => e.sentence);
	const statements = { pieces: statementPool(sentences), topical: topicalWords(sentences) };
	return {
		inside: [
			...markerInside(entries, statements, drafts, isWord),
			...purposeInside(entries, statements, isWord)
		],
		opening: openingCause(entries, statements, isWord),
		previous: [
			...previousCause(entries, body, statements, isWord),
			...reasonAfter(entries, body, statements, isWord),
			...namedCause(entries, statements, isWord)
		]
	};
}
