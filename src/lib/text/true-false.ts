/**
 * True/false statements that test understanding, not recognition.
 *
 * Every statement starts as a paraphrase of one sentence (paraphrase.ts); a sentence without a
 * safe paraphrase gets no true/false item at all. Half of the statements are then made false by
 * one checked change, tried in a seeded order: a number replaced by a plausible non-multiple,
 * a person swapped for another person of the article, a country for another country (never a
 * city for its own country, never an organisation or an acronym), an antonym, or a negation
 * of the main verb. Because true and false statements went through the same rewrite, the
 * wording does not tell them apart.
 */
import type { Entity, SentenceEntities } from './entities';
import { looksLikeVerb } from './entities';
import { samePlace } from './entity-words';
import { numericVariants } from './numbers';
import { paraphrase, unresolvedPronoun, type Paraphrase } from './paraphrase';
import { containsWords, fnv1a, normaliseAnswer } from './question-utils';
import { looksLikeName, referents, type QuestionDraft } from './fact-questions';
import type { RootDictionary, Sentence } from './types';

const countries = new Set(
	(
		'indonesia malaysia singapura thailand vietnam filipina myanmar kamboja laos brunei australia jepang ' +
		'china tiongkok taiwan india pakistan bangladesh nepal afghanistan iran irak suriah turki israel palestina ' +
		'lebanon yordania mesir qatar yaman rusia ukraina belarus polandia jerman prancis perancis inggris spanyol ' +
		'portugal italia belanda belgia swiss austria swedia norwegia denmark finlandia yunani kanada meksiko ' +
		'brasil argentina kolombia chili peru nigeria kenya maroko aljazair'
	)
		.split(' ')
		.concat([
			'korea utara',
			'korea selatan',
			'amerika serikat',
			'arab saudi',
			'selandia baru',
			'afrika selatan',
			'timor leste',
			'papua nugini',
			'sri lanka'
		])
);

/** Word pairs whose swap flips the meaning and keeps the grammar. */
const antonymPairs: [string, string][] = [
	['naik', 'turun'],
	['meningkat', 'menurun'],
	['bertambah', 'berkurang'],
	['menerima', 'menolak'],
	['mendukung', 'menentang'],
	['menang', 'kalah'],
	['sebelum', 'setelah'],
	['membuka', 'menutup'],
	['dibuka', 'ditutup'],
	['tertinggi', 'terendah'],
	['terbesar', 'terkecil'],
	['lebih tinggi', 'lebih rendah'],
	['lebih banyak', 'lebih sedikit'],
	['lebih besar', 'lebih kecil'],
	['memperkuat', 'memperlemah'],
	['menguat', 'melemah'],
	['mudah', 'sulit'],
	['murah', 'mahal'],
	['positif', 'negatif']
];
const antonyms = new Map<string, string>();
for (const [a, b] of antonymPairs) antonyms.set(a, b).set(b, a);

const negations = /(^|\s)(tidak|tak|belum|bukan|jangan|tanpa)(\s|$)/i;
/** Words a verb may follow for "tidak" to go in front of it. */
const preVerbal = new Set(['juga', 'pun', 'masih', 'kembali', 'segera', 'secara']);

interface Falsified {
	text: string;
	/** What the text says and what the statement says instead, for the explanation. */
	was: string;
	now: string;
	how: string;
}

const replaceWord = (text: string, from: string, to: string) =>
	text.replace(new RegExp(`(^|[^\\p{L}])${escape(from)}(?=[^\\p{L}]|$)`, 'u'), `$1${to}`);
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function swapNumber(p: Paraphrase, es: Entity[], s: Sentence): Falsified | null {
	for (const e of es.filter((x) => x.type === 'quantity')) {
		const other = numericVariants(e.text).find((v) => !containsWords(s.text, v));
		if (other)
			return { text: replaceWord(p.text, e.text, other), was: e.text, now: other, how: 'number' };
	}
	return null;
}

function swapPerson(p: Paraphrase, es: Entity[], s: Sentence, pool: Entity[]): Falsified | null {
	for (const e of es.filter(
		(x) => x.type === 'person' && x.text.includes(' ') === x.display.includes(' ')
	)) {
		const other = pool.find(
			(x) =>
				x.type === 'person' &&
				x.key !== e.key &&
				x.display.split(' ').length >= 2 &&
				looksLikeName(x.display) &&
				!containsWords(s.text, x.display) &&
				!containsWords(s.text, x.text)
		);
		if (!other) continue;
		const now = e.text.includes(' ') ? other.display : other.display.split(' ').pop()!;
		if (containsWords(s.text, now)) continue;
		return { text: replaceWord(p.text, e.text, now), was: e.text, now, how: 'person' };
	}
	return null;
}

function swapCountry(p: Paraphrase, es: Entity[], s: Sentence, pool: Entity[]): Falsified | null {
	for (const e of es.filter((x) => x.type === 'place' && countries.has(x.text.toLowerCase()))) {
		const other = pool.find(
			(x) =>
				x.type === 'place' &&
				countries.has(x.text.toLowerCase()) &&
				!samePlace(x.text, e.text) &&
				!containsWords(s.text, x.text) &&
				!containsWords(x.text, e.text) &&
				!containsWords(e.text, x.text)
		);
		if (other)
			return {
				text: replaceWord(p.text, e.text, other.text),
				was: e.text,
				now: other.text,
				how: 'place'
			};
	}
	return null;
}

function swapAntonym(p: Paraphrase, s: Sentence): Falsified | null {
	for (const [a, b] of antonyms) {
		if (!containsWords(p.text, a) || containsWords(s.text, b)) continue;
		// "Duta Besar", "Wakil Ketua": capitalised compounds are names, not adjectives.
		if (new RegExp(`\\p{Lu}\\p{L}* ${escape(a)}`, 'iu').test(p.text) && /\p{Lu}/u.test(a)) continue;
		return { text: replaceWord(p.text, a, b), was: a, now: b, how: 'antonym' };
	}
	return null;
}

function negate(p: Paraphrase): Falsified | null {
	if (negations.test(p.text)) return null;
	const words = p.text.split(' ');
	// After "Menurut X," the reported clause is the one to negate.
	const from = /^Menurut /.test(p.text) ? words.findIndex((w) => w.endsWith(',')) + 1 : 1;
	for (let i = Math.max(1, from); i < words.length; i++) {
		const w = words[i].toLowerCase().replace(/[,.]$/, '');
		const prev = words[i - 1].toLowerCase().replace(/[,.]$/, '');
		if (words[i - 1].endsWith(',')) continue;
		if (w === 'telah' || w === 'sudah') {
			words[i] = words[i].replace(/^(telah|sudah)/i, 'belum');
			return { text: words.join(' '), was: w, now: 'belum', how: 'negation' };
		}
		if (w === 'akan' || w === 'bisa' || w === 'dapat') {
			words.splice(i, 0, 'tidak');
			return { text: words.join(' '), was: w, now: `tidak ${w}`, how: 'negation' };
		}
		if (!/^(me|di|ber)/.test(w) || !looksLikeVerb(w)) continue;
		// The verb must follow its subject (a name or a noun), not a relative "yang" or a preposition.
		if (['yang', 'untuk', 'dan', 'atau', 'dengan', 'akan', 'agar', 'sebagai'].includes(prev))
			return null;
		if (!/^\p{Lu}/u.test(words[i - 1]) && !preVerbal.has(prev) && i > 3) return null;
		words.splice(i, 0, 'tidak');
		return { text: words.join(' '), was: w, now: `tidak ${w}`, how: 'negation' };
	}
	return null;
}

const evidenceNote = (s: Sentence) =>
	`Bukti: "${s.text.length > 220 ? s.text.slice(0, 217) + '…' : s.text}"`;

export function trueFalseQuestions(
	entries: SentenceEntities[],
	dict?: RootDictionary
): QuestionDraft[] {
	const pool = referents(entries);
	const out: QuestionDraft[] = [];
	for (const se of entries) {
		const s = se.sentence;
		const words = s.tokens.filter((t) => t.kind !== 'punct').length;
		if (words < 6 || words > 35) continue;
		const p = paraphrase(se, dict);
		if (!p || unresolvedPronoun.test(p.text)) continue;
		const kept = se.entities.filter((e) => p.text.includes(e.text));
		const makeFalse = fnv1a(s.text) % 2 === 0;
		let falsified: Falsified | null = null;
		if (makeFalse) {
			const tries = [
				() => swapNumber(p, kept, s),
				() => swapPerson(p, kept, s, pool),
				() => swapCountry(p, kept, s, pool),
				() => swapAntonym(p, s),
				() => negate(p)
			];
			const start = fnv1a(p.text) % tries.length;
			for (let i = 0; i < tries.length && !falsified; i++)
				falsified = tries[(start + i) % tries.length]();
			if (falsified && normaliseAnswer(falsified.text) === normaliseAnswer(p.text))
				falsified = null;
		}
		const statement = falsified ? falsified.text : p.text;
		out.push({
			kind: 'true-false',
			prompt: `Benar atau salah? ${statement}`,
			answer: falsified ? 'Salah' : 'Benar',
			distractors: [falsified ? 'Benar' : 'Salah'],
			sentence: s,
			explanation: falsified
				? falsified.how === 'negation'
					? `Salah: teks tidak menyangkalnya; "${falsified.now}" membalik maknanya. ${evidenceNote(s)}`
					: `Salah: teks menyebut "${falsified.was}", bukan "${falsified.now}". ${evidenceNote(s)}`
				: `Benar: teks mengatakan hal yang sama dengan kata-kata lain. ${evidenceNote(s)}`,
			difficulty: falsified ? 2 : 3,
			subject: statement,
			confidence: falsified
				? ({ number: 0.9, person: 0.8, place: 0.85, antonym: 0.75, negation: 0.7 }[falsified.how] ??
					0.6)
				: p.how.includes('synonym') && p.how.length === 1
					? 0.6
					: 0.85
		});
	}
	return out;
}
