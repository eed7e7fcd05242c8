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
import { functionWords } from './entity-words';
import type { QuestionDraft } from './fact-questions';
import { unresolvedPronoun } from './paraphrase';
import { fnv1a, normaliseAnswer, upperFirst } from './question-utils';
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
const clean = (text: string) => text.replace(/^[\s,]+|[\s,.;:!?]+$/g, '');
const lowerStart = (text: string) =>
	/^\p{Lu}{2}|^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(text)
		? text
		: text.charAt(0).toLowerCase() + text.slice(1);

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
	'pun'
]);
const isVerbWord = (w: string) => looksLikeVerb(w.toLowerCase().replace(/[^\p{L}-]/gu, ''));

/** Index of the first verb or auxiliary outside a "yang" relative clause; -1 when none. */
function predicateAt(words: string[]): number {
	for (let i = 0; i < words.length; i++) {
		const w = words[i].toLowerCase();
		if (w === 'yang') return -1;
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
			if (p >= 1 && /^(me|ber)/i.test(words[p]) && wordCount(vp) >= 2 && wordCount(vp) <= 8)
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

function distractors(
	key: string,
	question: string,
	s: Sentence,
	pool: Piece[],
	manner: boolean,
	nounMarker: boolean
): string[] {
	// After "karena" and "sehingga" comes a clause; after "akibat" and "sebab" often a noun phrase.
	const shape = manner ? 'vp' : nounMarker && isNounPhrase(key) ? 'np' : 'clause';
	const keyWords = contentWords(key + ' ' + question);
	const out: string[] = [];
	// Start at a key-specific place and stop once there are enough: linear in the article.
	const begin = pool.length > 0 ? fnv1a(key) % pool.length : 0;
	for (let i = 0; i < pool.length && out.length < 5; i++) {
		const c = pool[(begin + i) % pool.length];
		if (c.sentence === s || c.shape !== shape) continue;
		const words = contentWords(c.text);
		if ([...words].some((w) => keyWords.has(w))) continue;
		if (
			out.some(
				(o) =>
					contentWords(o).size === words.size && [...words].every((w) => contentWords(o).has(w))
			)
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

export function whyQuestions(entries: SentenceEntities[]): QuestionDraft[] {
	const sentences = entries.map((e) => e.sentence);
	const pool = piecePool(sentences);
	const out: QuestionDraft[] = [];
	for (const s of sentences) {
		if (/["“”]/.test(s.text) || wordCount(s.text) > 40) continue;
		const cause = split(s.text, causeMarkers);
		const result = cause ? null : split(s.text, resultMarkers);
		const manner = cause || result ? null : split(s.text, ['dengan cara']);
		const parts = cause ?? result ?? manner;
		if (!parts || /[,;]/.test(parts.a) || /[;]/.test(parts.b)) continue;
		// "karena itu" is a connective, not a cause; the cause is in the sentence before.
		if (/^(itu|ini|hal)\b/i.test(parts.b)) continue;
		const [asked, key] = cause || manner ? [parts.a, parts.b] : [parts.b, parts.a];
		if (!usableClause(asked, 18, false) || wordCount(key) < 2 || wordCount(key) > 14) continue;
		if (unresolvedPronoun.test(key)) continue;
		// "dengan cara" takes a verb phrase ("dengan cara menyemprotkan air"), not a clause.
		if (manner && !/^(me|ber)/i.test(key)) continue;
		const word = manner ? 'Bagaimana' : 'Mengapa';
		const answer = upperFirst(manner ? `dengan cara ${key}` : key);
		const wrong = distractors(
			key,
			asked,
			s,
			pool,
			!!manner,
			/^(akibat|sebab)$/.test(parts.marker)
		).map((d) => (manner ? upperFirst(`dengan cara ${lowerStart(d)}`) : d));
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
			confidence: cause ? 0.85 : 0.75
		});
	}
	return out;
}
