/**
 * Whom "mereka" means, when it opens a sentence right after one that names a single group of
 * people: "Panen raya membuat petani bawang merah merugi. Mereka kecewa karena …" → petani
 * bawang merah. The learner links two sentences, as in the reference items for "ia".
 *
 * Only the safe case is asked: the sentence before names no person and exactly one kind of
 * group (by the head noun), and the wrong options are other groups the article names, never
 * one of the same kind (warga and masyarakat may be the same people) and never one named in
 * either sentence.
 */
import type { SentenceEntities } from './entities';
import { looksLikeVerb } from './entities';
import { functionWords } from './entity-words';
import type { QuestionDraft } from './fact-questions';
import { fnv1a, shortQuote } from './question-utils';
import { pronounSubject } from './reference-questions';
import type { Sentence } from './types';

/** Nouns for groups of people, each with the kind it belongs to (same kind = may be the same people). */
const groupKinds: Record<string, string> = {};
for (const [kind, words] of Object.entries({
	residents: 'warga masyarakat penduduk publik',
	pupils: 'siswa siswi murid pelajar mahasiswa',
	officers: 'polisi petugas aparat personel anggota',
	sellers: 'pedagang penjual',
	buyers: 'pembeli konsumen pelanggan',
	workers: 'pekerja buruh karyawan pegawai',
	farmers: 'petani',
	breeders: 'peternak',
	fishers: 'nelayan',
	middlemen: 'tengkulak',
	drivers: 'pengendara pengemudi sopir',
	passengers: 'penumpang',
	victims: 'korban',
	offenders: 'pelaku tersangka',
	teachers: 'guru',
	doctors: 'dokter perawat bidan',
	patients: 'pasien',
	players: 'pemain',
	fans: 'suporter penonton',
	visitors: 'pengunjung wisatawan',
	refugees: 'pengungsi',
	volunteers: 'relawan',
	parents: 'orang tua'
}))
	for (const w of words.split(' ')) groupKinds[w] = kind;

const lower = (s: Sentence, i: number) => s.tokens[i]?.text.toLowerCase() ?? '';

/** The group nouns of a sentence: the noun and up to two plain nouns after it ("petani bawang merah"). */
function groupsIn(s: Sentence): { kind: string; phrase: string }[] {
	const out: { kind: string; phrase: string }[] = [];
	for (let i = 0; i < s.tokens.length; i++) {
		const two = `${lower(s, i)} ${lower(s, i + 1)}`;
		const head = groupKinds[two] ? two : lower(s, i);
		const kind = groupKinds[head];
		if (!kind || s.tokens[i].kind !== 'word') continue;
		let end = i + head.split(' ').length - 1;
		while (end < i + 3 && isPlainNoun(s, end + 1)) end++;
		out.push({
			kind,
			phrase: s.tokens
				.slice(i, end + 1)
				.map((t) => t.text.toLowerCase())
				.join(' ')
		});
		i = end;
	}
	return out;
}

/** A lower-case word that is neither a function word, a verb shape nor another group. */
function isPlainNoun(s: Sentence, i: number): boolean {
	const t = s.tokens[i];
	if (!t || t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) return false;
	const w = t.text.toLowerCase();
	return (
		!functionWords.has(w) &&
		!looksLikeVerb(w) &&
		!groupKinds[w] &&
		!/^(ke|se|pe)?\p{L}*(nya|lah|kah)$/u.test(w) &&
		!['ini', 'itu', 'tersebut', 'sekitar', 'setempat', 'lainnya', 'juga'].includes(w)
	);
}

const they = new Set(['mereka']);

export function groupReferenceQuestions(
	entries: SentenceEntities[],
	body: string
): QuestionDraft[] {
	const all = entries.flatMap((e) => groupsIn(e.sentence));
	const out: QuestionDraft[] = [];
	for (let i = 1; i < entries.length; i++) {
		const { sentence } = entries[i];
		const at = pronounSubject(sentence, they);
		if (at < 0) continue;
		const before = entries[i - 1];
		if (before.entities.some((x) => x.type === 'person')) continue;
		const named = groupsIn(before.sentence);
		const here = groupsIn({ ...sentence, tokens: sentence.tokens.slice(0, at) });
		if (new Set(named.map((g) => g.kind)).size !== 1 || here.length > 0) continue;
		const answer = named[0].phrase;
		const near = new Set([...named, ...groupsIn(sentence)].map((g) => g.kind));
		const seen = new Set<string>();
		// Residents are everyone; "warga tani" shares its root with "petani": neither is wrong.
		const related = (g: { kind: string; phrase: string }) =>
			g.kind === 'residents' ||
			g.phrase
				.split(' ')
				.some((w) => w.length >= 4 && (answer.includes(w) || w.includes(answer.split(' ')[0])));
		const distractors = all
			.filter((g) => !near.has(g.kind) && !related(g) && !seen.has(g.kind) && seen.add(g.kind))
			.sort((a, b) => fnv1a(answer + a.phrase) - fnv1a(answer + b.phrase))
			.map((g) => g.phrase);
		if (distractors.length < 2) continue;
		const samePara = !/\n/.test(body.slice(before.sentence.end, sentence.start));
		if (!samePara) continue;
		out.push({
			kind: 'reference',
			prompt: `Dalam kalimat "${shortQuote(sentence.text.replace(/[.!?]+$/, ''))}", siapa yang dimaksud dengan "mereka"?`,
			answer,
			distractors,
			sentence: {
				text: body.slice(before.sentence.start, sentence.end),
				start: before.sentence.start,
				end: sentence.end,
				tokens: [...before.sentence.tokens, ...sentence.tokens]
			},
			explanation: `"Mereka" merujuk ke kelompok yang disebut pada kalimat sebelumnya: ${answer}.`,
			difficulty: 3,
			subject: 'mereka'
		});
	}
	return out;
}
