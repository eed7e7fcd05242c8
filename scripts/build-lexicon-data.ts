/**
 * Regenerates src/lib/text/data/lexicon.json from the open-licence source files listed in
 * src/lib/text/data/SOURCES.md, read from LEXICON_SOURCES (default data/lexicon-sources): FreeDict/WikDict and Wordnet Bahasa give the candidate headwords
 * with glosses, wordfreq gives frequencies. The UD lemma list is NOT read here: it is the
 * benchmark's gold data, and building from it would make the benchmark circular.
 *
 * The dictionaries list derived words as headwords too (pemerintah, menggunakan), which would
 * stop the stemmer early. A candidate is dropped as derived when the stemmer, run against all
 * the other candidates, finds a root for it, unless the word is far more frequent than that
 * root (sekarang is not se+karang) or is a curated entry; src/lib/text/data/SOURCES.md lists every
 * rule. Usage: npm run data:build (DEBUG_WORDS=a,b prints the decision for those words).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { decode } from '@msgpack/msgpack';
import { analyzeWord, oneLayerStems } from '../src/lib/text/morphology';
import { readTsv } from './tsv';
import { rankSenses, translationEvidence, type CandidateSense } from './build-senses';
import { englishSkeleton, indonesianSkeleton, looksBorrowed } from '../src/lib/text/cognates';
import type { RootDictionary } from '../src/lib/text/types';

const sourceDir =
	process.env.LEXICON_SOURCES ?? join(import.meta.dirname, '../data/lexicon-sources');
if (!existsSync(sourceDir)) {
	console.error(
		`No source folder at ${sourceDir}: set LEXICON_SOURCES to the folder holding the files listed in src/lib/text/data/SOURCES.md.`
	);
	process.exit(1);
}
const dataDir = join(import.meta.dirname, '../src/lib/text/data');
/** A word this much more frequent (Zipf) than its apparent root is its own headword. */
const lexicalisedMargin = 1.5;
/** Attested meN-/di-/peN- forms needed before a word counts as a root on its own. */
const paradigmForms = 2;
const boundRootForms = 3;
/** Loanword bridging only for words attested at least this often. */
const loanMinZipf = 2.5;
/** Other attested words a root needs before it can explain a headword away. */
const orphanFamily = 1;
/** Other attested words that make a root productive. */
const productiveFamily = 3;
const debugWords = new Set((process.env.DEBUG_WORDS ?? '').split(','));
/** DEBUG_REASON=function prints every word kept (or dropped) for that reason. */
const debugReason = process.env.DEBUG_REASON ?? '';
// Verbs with these affixes are commoner than their bare roots (melakukan vs laku), and so are -an nouns
// (ancaman vs ancam): frequency only speaks for a lone non-verbal prefix (sering, kepala, pegawai).
const verbalAffixes = new Set(['meN-', 'di-', 'ber-', 'ter-', 'memper-', 'diper-', '-kan', '-i']);
const closedClass = new Set(['prep', 'conj', 'pron', 'det', 'adv', 'num', 'part']);
const outerPrefixes = new Set(['meN-', 'di-', 'peN-']);
/** KBBI files function words with these affixes under their root (secara: cara, terhadap: hadap, bersama: sama,
 * biasanya: biasa, benar-benar: benar); the form's own meaning goes to the form glosses instead. */
const nominalAffixes = new Set([
	'peN-',
	'per-',
	'ke-',
	'se-',
	'-an',
	'-nya',
	'peN-…-an',
	'per-…-an',
	'ke-…-an',
	'se-…-nya',
	'reduplication'
]);
const rootFiledAffixes = new Set([
	'se-',
	'ter-',
	'ber-',
	'se-…-nya',
	'ber-…-an',
	'-nya',
	'reduplication'
]);

const wordPattern = /^[a-z]+(?:-[a-z]+)*$/;
/** A word or a phrase of up to four words, as the dictionaries write multiword headwords. */
const phrasePattern = /^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*){0,3}$/;
/** Two consonants closing a word, other than ng: loanwords have them (teks, film), induced native roots never do. */
const finalCluster = /(?!ng$)[^aeiou][^aeiou]$/;

const readSource = (file: string) => readTsv(join(sourceDir, file));

function loadZipf(): Map<string, number> {
	const buckets = decode(
		gunzipSync(readFileSync(join(sourceDir, 'wordfreq_small_id.msgpack.gz')))
	) as unknown[];
	const zipf = new Map<string, number>();
	for (let i = 1; i < buckets.length; i++) {
		for (const w of buckets[i] as string[]) if (!zipf.has(w)) zipf.set(w, 9 - (i - 1) / 100);
	}
	return zipf;
}

const posNames: Record<string, string> = {
	n: 'noun',
	v: 'verb',
	adj: 'adj',
	a: 'adj',
	s: 'adj',
	adv: 'adv',
	r: 'adv',
	pn: 'name',
	preposition: 'prep',
	conjunction: 'conj',
	pronoun: 'pron',
	numeral: 'num',
	determiner: 'det',
	interjection: 'intj',
	particle: 'part',
	article: 'det'
};

interface Sense {
	pos: string;
	en: string;
	weight: number;
}

interface Curated {
	roots: Record<string, { pos: string; gloss: string }>;
}

/** A pe-/per- noun under meN-/di- is memper-/diper- (mempekerjakan), no evidence that pekerja is a root;
 * nor is meN-/di- + ber- + -kan (memberlakukan), a regular stack. */
function peForms(a: { affixes: { form: string; surface?: string }[] }): boolean {
	const first = a.affixes[0];
	return (
		first.form === 'per-' ||
		(first.form === 'peN-' && (first.surface === 'pe-' || first.surface === 'pel-'))
	);
}

/** Loan spellings undone: k→c, ks→x, j→g, and the usual suffix correspondences (-asi → -ation, -itas → -ity). */
const loanSuffixes: [RegExp, string][] = [
	[/isasi$/, 'ization'],
	[/isasi$/, 'isation'],
	[/asi$/, 'ation'],
	[/si$/, 'tion'],
	[/si$/, 'sion'],
	[/itas$/, 'ity'],
	[/if$/, 'ive'],
	[/ik$/, 'ic'],
	[/ik$/, 'ics'],
	[/ik$/, 'ical'],
	[/is$/, 'ist'],
	[/isme$/, 'ism'],
	[/men$/, 'ment'],
	[/en$/, 'ent'],
	[/ur$/, 'ure'],
	[/i$/, 'y'],
	[/ensi$/, 'ence'],
	[/ansi$/, 'ance'],
	[/asi$/, 'acy'],
	[/or$/, 'ort'],
	[/sio$/, 'tio']
];

function englishSpellings(w: string): string[] {
	const stems = new Set([
		w,
		w.replace(/ks/g, 'x'),
		w.replace(/k/g, 'c'),
		w.replace(/ks/g, 'x').replace(/k/g, 'c')
	]);
	const out: string[] = [];
	for (const s of stems) {
		// A changed spelling must still look like a word (not asi → ation); j→g only with a suffix change (manajemen).
		if (s === w || s.length >= 5) out.push(s);
		if (w.length < 5) continue;
		for (const [re, to] of loanSuffixes) {
			if (!re.test(s)) continue;
			out.push(s.replace(re, to));
			out.push(s.replace(/j/g, 'g').replace(re, to));
		}
	}
	return out;
}

function main(): void {
	const zipf = loadZipf();
	const curated = JSON.parse(
		readFileSync(join(dataDir, 'curated-lexicon.json'), 'utf8')
	) as Curated;

	// English sense weight: how often the English word is tagged in SemCor (via PWN tag counts),
	// so "eat" outranks "dish" for makan and the learner sees the common sense first.
	const wordnet = readSource('wordnet_bahasa_id_en.tsv');
	const englishWeight = new Map<string, number>();
	const seenSynsets = new Set<string>();
	for (const [, , synset, lemmas, , tag] of wordnet) {
		if (seenSynsets.has(synset)) continue;
		seenSynsets.add(synset);
		for (const en of lemmas.split(', '))
			englishWeight.set(
				en.toLowerCase(),
				(englishWeight.get(en.toLowerCase()) ?? 0) + Number(tag || 0)
			);
	}

	const freedictRows = readSource('freedict_wikdict_id_en.tsv');
	const freedict = new Map<string, Sense[]>();
	for (const [id, pos, en] of freedictRows) {
		const w = id.toLowerCase();
		if (!wordPattern.test(w) || !en) continue;
		const senses = freedict.get(w) ?? [];
		senses.push({
			pos: posNames[pos] ?? 'other',
			en,
			weight: englishWeight.get(en.toLowerCase()) ?? 0
		});
		freedict.set(w, senses);
	}
	const wnSenses = new Map<string, Sense[]>();
	for (const [id, pos, , lemmas, , tag] of wordnet) {
		const w = id.toLowerCase();
		if (!wordPattern.test(w)) continue;
		const senses = wnSenses.get(w) ?? [];
		senses.push({
			pos: posNames[pos] ?? 'other',
			en: lemmas.split(', ')[0].replace(/_/g, ' '),
			weight: Number(tag || 0)
		});
		wnSenses.set(w, senses);
	}

	// Every sense of every word and phrase, for the ranking in build-senses.ts.
	const candidateSenses = new Map<string, CandidateSense[]>();
	const addSense = (key: string, s: CandidateSense) => {
		const list = candidateSenses.get(key);
		if (list) list.push(s);
		else candidateSenses.set(key, [s]);
	};
	const fdOrder = new Map<string, number>();
	for (const [id, pos, en] of freedictRows) {
		const w = id.toLowerCase();
		if (!en || !phrasePattern.test(w)) continue;
		const order = fdOrder.get(w) ?? 0;
		fdOrder.set(w, order + 1);
		addSense(w, { pos: posNames[pos] ?? 'other', lemmas: [en], source: 'freedict', tag: 0, order });
	}
	// Wordnet Bahasa's sense counts: "synset\tlemma" → count.
	const senseFreq = new Map<string, number>();
	/** The count of each lemma's commonest tagged sense, listed here or not. */
	const lemmaFreq = new Map<string, number>();
	for (const line of readFileSync(join(sourceDir, 'wordnet_bahasa/wn-freq-ind.tab'), 'utf8').split(
		'\n'
	)) {
		const [synset, lemma, count] = line.split('\t');
		if (!count) continue;
		senseFreq.set(`${synset}\t${lemma.toLowerCase()}`, Number(count));
		lemmaFreq.set(
			lemma.toLowerCase(),
			Math.max(lemmaFreq.get(lemma.toLowerCase()) ?? 0, Number(count))
		);
	}
	for (const [id, pos, synset, lemmas, , tag] of wordnet) {
		const w = id.toLowerCase();
		if (!phrasePattern.test(w)) continue;
		addSense(w, {
			senseFreq: senseFreq.get(`${synset}\t${w}`) ?? 0,
			lemmaFreq: lemmaFreq.get(w) ?? 0,
			pos: posNames[pos] ?? 'other',
			lemmas: lemmas.split(', ').map((l) => l.replace(/_/g, ' ')),
			source: 'wordnet',
			tag: Number(tag || 0),
			order: -1
		});
	}

	// Headwords the dictionaries only ever write with a capital (Melayu, Balkan) are names.
	const lowerSeen = new Set<string>();
	const upperSeen = new Set<string>();
	for (const [id] of [...freedictRows, ...wordnet])
		(id[0] !== id[0].toLowerCase() ? upperSeen : lowerSeen).add(id.toLowerCase());
	const nameOnly = (w: string) => upperSeen.has(w) && !lowerSeen.has(w);
	const candidates = new Set<string>([
		...freedict.keys(),
		...wnSenses.keys(),
		...Object.keys(curated.roots)
	]);
	const zipfOf = (w: string) => zipf.get(w) ?? 0;
	const posOf = (w: string) =>
		new Set([...(freedict.get(w) ?? []), ...(wnSenses.get(w) ?? [])].map((s) => s.pos));

	// How many attested words peel to a given stem under one meN-/di-/peN- layer. Without a
	// suffix only peN- counts, or memberikan would vouch for berikan.
	const nasalStemCount = new Map<string, number>();
	const anyNasalStemCount = new Map<string, number>();
	for (const w of zipf.keys()) {
		if (!wordPattern.test(w)) continue;
		const outer = oneLayerStems(w).filter((o) => outerPrefixes.has(o.prefix));
		for (const s of new Set(
			outer.filter((o) => o.derivational || o.prefix === 'peN-').map((o) => o.stem)
		))
			nasalStemCount.set(s, (nasalStemCount.get(s) ?? 0) + 1);
		for (const s of new Set(outer.map((o) => o.stem)))
			anyNasalStemCount.set(s, (anyNasalStemCount.get(s) ?? 0) + 1);
	}

	// Every stem each attested word could peel to, to test whether a root has a family of its own.
	const wordsByStem = new Map<string, string[]>();
	for (const w of zipf.keys()) {
		if (!wordPattern.test(w)) continue;
		const stems = new Set(oneLayerStems(w).map((o) => o.stem));
		for (const s of stems) {
			const list = wordsByStem.get(s);
			if (list) list.push(w);
			else wordsByStem.set(s, [w]);
		}
	}
	/** Attested words built on root r, or r itself, that are not built on w (pertama tells nothing about tama). */
	const familyBeyond = (r: string, w: string) =>
		(zipf.has(r) ? 1 : 0) + (wordsByStem.get(r) ?? []).filter((x) => !x.includes(w)).length;

	/** An unattested root (alir, in aliran) counts as moderately common when it has a family. */
	const rootZipf = (r: string, w: string) =>
		zipfOf(r) || (familyBeyond(r, w) >= productiveFamily ? 3.5 : 0);

	// Bound roots such as sebut (tersebut, disebut, menyebut) are missing from both
	// dictionaries; take an attested word as a root when several attested forms build on it.
	const bound = new Set<string>();
	const anyStemCount = new Map<string, number>();
	for (const [stem, words] of wordsByStem) anyStemCount.set(stem, new Set(words).size);
	const clitic = /(nya|ku|mu|lah|kah|pun)$/;
	/** Whether the dictionaries' other headwords already give the word a root. */
	const explained = (y: string) =>
		analyzeWord(y, { has: (r) => r !== y && candidates.has(r), zipf: zipfOf }).affixes.length > 0;
	// Stems with a meN-/di-/peN- form, and attested stems of five letters or more with any forms (tempur: bertempur, pertempuran).
	const boundCandidates = new Set([
		...anyNasalStemCount.keys(),
		...[...anyStemCount.keys()].filter((w) => w.length >= 4 && zipf.has(w))
	]);
	for (const w of boundCandidates) {
		const n0 = anyNasalStemCount.get(w) ?? 0;
		// ngaku, nyebut, nulis are colloquial meN- verbs without the me-, not roots.
		// ...nor are stems that still carry -kan (perjuangkan is per-juang-kan with juang missing).
		if (candidates.has(w) || !/^[a-z]{4,}$/.test(w) || /^(ng|ny|n|m)/.test(w) || w.endsWith('kan'))
			continue;
		// A native root ends in a vowel or one consonant (ng counts as one): simp in simpan is a cut-off word.
		if (finalCluster.test(w)) continue;
		// Words that show the stem as written (disusul, susulan: susul), a clitic not making a new word.
		const literal = new Set(
			(wordsByStem.get(w) ?? [])
				.filter((x) => x.includes(w))
				.map((x) => (clitic.test(x) && x.replace(clitic, '') !== w ? x.replace(clitic, '') : x))
		).size;
		// Any prefix or suffix may vouch for an attested stem of five letters or more that does not
		// itself start like a prefix (desak: mendesak, didesak, desakan); short ones (dang) are noise.
		const open = zipf.has(w) && w.length >= 5 && !/^(ber|ter|per|mem|men|meng|ke|se|di)/.test(w);
		// An unattested one of five letters or more needs four words that show it as written, one of them nasal
		// (golong: golongan, tergolong, digolongkan, penggolongan).
		const shape = !/^(ber|ter|per|mem|men|meng|ke|se|di)/.test(w);
		// An open stem counts itself as one of the words that show it as written (tempur: tempur,
		// bertempur, pertempuran); a stem ending in i that its words also give without the -i is that
		// -i verb (benahi: membenahi, dibenahi), not a root.
		// Counting itself needs words the dictionaries cannot already explain (mengurangi, pengurangan are
		// kurang's, not urang's; beranda is ber+anda).
		const iVerb =
			w.endsWith('i') && (anyStemCount.get(w.slice(0, -1)) ?? 0) >= (anyStemCount.get(w) ?? 0);
		const selfCount =
			open && !iVerb && (wordsByStem.get(w) ?? []).some((y) => y.includes(w) && !explained(y))
				? literal + 1
				: 0;
		// An unattested stem may count the words that show it (golong: golongan, tergolong, digolongkan,
		// penggolongan), four of them, or three when a dictionary lists its meN- verb (cakup: mencakup, cakupan, tercakup).
		// Not when the stem is a known word cut short: kumpul, tenang after meng-/men- (umpul, enang), kelompok
		// or kecuali after ke- (lompok, cuali), hindar(kan) (hindark).
		const knownWord = (x: string) => candidates.has(x) || zipf.has(x);
		const cutShort =
			(/^[aeiou]/.test(w) && ['k', 'p', 't', 's'].some((c) => knownWord(c + w))) ||
			['ke', 'se'].some((p) => candidates.has(p + w)) ||
			(w.endsWith('k') && (knownWord(w.slice(0, -1)) || knownWord(w.slice(0, -1) + 'i')));
		const listedVerb = (wordsByStem.get(w) ?? []).some(
			(y) => candidates.has(y) && y.includes(w) && /^(me|di|ber|ter)/.test(y)
		);
		const unattested =
			shape &&
			!cutShort &&
			!zipf.has(w) &&
			w.length >= 5 &&
			n0 > 0 &&
			literal >= (listedVerb ? boundRootForms : boundRootForms + 1);
		// An attested four-letter stem (short ones are mostly noise: dang, lang) needs two dictionary
		// headwords built on it that the other headwords cannot explain (ujar: berujar, ujaran; tani: petani, pertanian).
		const ownHeadwords =
			w.length === 4 && shape && !cutShort && zipf.has(w)
				? (wordsByStem.get(w) ?? []).filter(
						(y) => y.includes(w) && candidates.has(y) && !explained(y)
					)
				: [];
		const headwordsShow = ownHeadwords.length >= 2 && ownHeadwords.some((y) => !y.startsWith(w)); // not preman, premis: prem
		const n = open
			? Math.max(n0, anyStemCount.get(w) ?? 0, selfCount)
			: unattested
				? Math.max(n0, literal + (listedVerb ? 1 : 0))
				: headwordsShow
					? Math.max(n0, literal + 1)
					: n0;
		// A restored k/p/t/s is an artefact when the plain reading has a root (mengawasi is awas+i, not
		// kawas), unless enough words show the stem as it is (disusul, susulan: susul, not usul).
		if (
			/^[kpts]/.test(w) &&
			['', 'm', 'n', 'ny'].some((n) => candidates.has(n + w.slice(1))) &&
			literal < boundRootForms
		)
			continue;
		// A stem cut out of a root's -i or -kan is an artefact when all its words carry that longer word
		// (dipakai, pakaian: pakai, not paka; diberikan: beri, not berik).
		const family = (wordsByStem.get(w) ?? []).filter((y) => y.includes(w));
		// A k before -an is -kan's when the word without it is known (alihk: alihkan, dialihkan, mengalihkan).
		const known = (x: string) => candidates.has(x) || zipf.has(x);
		const longer = [
			...(candidates.has(w + 'i') || (!zipf.has(w) && zipf.has(w + 'i')) ? [w + 'i'] : []),
			...(w.endsWith('k') && known(w.slice(0, -1)) ? [w + 'an'] : [])
		];
		if (longer.some((x) => family.every((y) => y.includes(x)))) continue;
		// Likewise when all of them carry one dictionary word with a prefix-like start (mempesona, terpesona: pesona, not sona).
		if (
			family.length > 0 &&
			['pe', 'per', 'ke', 'se', 'be', 'ber', 'te', 'ter'].some(
				(p) => candidates.has(p + w) && family.every((y) => y.includes(p + w))
			)
		)
			continue;
		// mengejar, dikejar, pengejar: kejar. Unattested stems (hambat) need one form more.
		if (debugWords.has(w))
			console.log(
				w,
				'bound-root evidence',
				n0,
				literal,
				zipf.has(w),
				(wordsByStem.get(w) ?? []).join(' ')
			);
		if (n >= (zipf.has(w) ? boundRootForms : boundRootForms + 1)) bound.add(w);
	}

	// Decide shortest words first, so each word is analysed against roots only.
	const roots = new Set<string>();
	/** root → its commonest dropped headword, whose gloss stands in when the root has none (bahas ← membahas). */
	const derivedFrom = new Map<string, string>();
	/** Derived headwords dropped from the roots, with their affixes; their glosses become form glosses (terhadap: toward). */
	const dropped = new Map<string, string[]>();
	const dict: RootDictionary = { has: (r) => roots.has(r), zipf: zipfOf };
	const ordered = [...candidates, ...bound].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
	const byLength = new Map<number, string[]>();
	for (const w of ordered) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
	const reasons = {
		name: 0,
		orphan: 0,
		function: 0,
		curated: 0,
		lexicalised: 0,
		clitic: 0,
		pos: 0,
		paradigm: 0,
		derived: 0
	};
	for (const [, words] of [...byLength].sort((a, b) => a[0] - b[0])) {
		const keep: string[] = [];
		for (const w of words) {
			if (curated.roots[w]) {
				reasons.curated++;
				keep.push(w);
				continue;
			}
			const a = analyzeWord(w, { has: (r) => r !== w && roots.has(r), zipf: zipfOf });
			const forms = a.affixes.map((x) => x.form);
			if (debugWords.has(w)) console.log(w, 'analysis', a.root, forms.join(' '));
			// A lone suffix on a root with hardly any words of its own is a coincidence: nilai is
			// not nila+i, badan not bad+an, analis not anal+is; hadapi is hadap+i (menghadap, terhadap).
			// Noun-making -an on a longer root is the rule, not a coincidence (anggaran, alasan).
			// A bare -i verb is an imperative, never among the commonest words: a very common -i word
			// that outnumbers its root is lexicalised (mulai, sampai), unlike hadapi or lindungi.
			const loneSuffix =
				a.affixes.length === 1 &&
				a.affixes[0].kind === 'suffix' &&
				((familyBeyond(a.root, w) < productiveFamily &&
					(a.root.length <= 3 || forms[0] !== '-an')) ||
					(forms[0] === '-i' && zipfOf(w) >= 5 && zipfOf(w) > zipfOf(a.root)));
			if (
				a.affixes.length === 0 ||
				loneSuffix ||
				a.affixes.some((x) => x.kind === 'infix' || x.form === 'partial reduplication')
			) {
				keep.push(w);
				continue;
			}
			const pos = posOf(w);
			let reason: keyof typeof reasons = 'derived';
			// pegang looks like pe+gang, but memegang and dipegang cannot be built on a pe- noun.
			// A bound root that only looks like a bare -i verb is kept when two of its words put it where -i
			// cannot be (ber-, ke-, pe(N)-, se- never take -i, nor does -i take -an): tani in petani, bertani,
			// pertanian, not tan+i; but hadapi (menghadapi, dihadapi) is hadap+i.
			const notI = (y: string) =>
				y.includes(w + 'an') || (/^(ber|be|ke|pe|se)/.test(y) && y.endsWith(w));
			const boundI =
				forms.join() === '-i' &&
				(wordsByStem.get(w) ?? []).filter((y) => y.includes(w) && notI(y)).length >= 2;
			if (bound.has(w))
				reason =
					(a.affixes.every((x) => x.kind === 'prefix') &&
						(anyNasalStemCount.get(w) ?? 0) >= boundRootForms + 1) ||
					boundI
						? 'paradigm'
						: 'derived';
			else if (nameOnly(w) || (pos.size > 0 && [...pos].every((p) => p === 'name')))
				reason = 'name'; // melayu, balkan: a name is never a derived word
			else if (
				a.affixes.some((x) => x.kind === 'particle' || (x.kind === 'clitic' && x.form !== '-nya'))
			)
				reason = 'clitic'; // adalah, masalah, kuasa are words; -nya forms (semuanya) are not
			else if (
				pos.size > 0 &&
				[...pos].every((p) => closedClass.has(p)) &&
				!a.affixes.some((x) => rootFiledAffixes.has(x.form))
			)
				reason = 'function'; // kepada, mereka, kalian, tetapi are KBBI headwords
			else if (a.root.length <= 3 && zipfOf(w) >= zipfOf(a.root))
				reason = 'orphan'; // pendek, menang: a short root must be commoner than the word it explains
			else if (familyBeyond(a.root, w) < orphanFamily)
				reason = 'orphan'; // tama has no words of its own, so pertama is a root
			else if (
				zipfOf(w) >= rootZipf(a.root, w) + lexicalisedMargin &&
				a.affixes.every((x) => x.kind === 'prefix' && !verbalAffixes.has(x.form))
			)
				reason = 'lexicalised'; // sekarang is not se+karang
			else if (
				!pos.has('verb') &&
				!pos.has('adj') &&
				pos.size > 0 &&
				forms.every((f) => f === 'meN-' || f === 'per-') &&
				zipfOf(w) > zipfOf(a.root)
			)
				reason = 'pos'; // menteri is a noun, so not meN-+teri
			else if (
				forms.length === 1 &&
				((forms[0] === 'di-' && pos.size === 1 && pos.has('noun')) ||
					(forms[0] === 'per-' &&
						a.affixes[0].surface !== 'pe-' &&
						pos.size > 0 &&
						!pos.has('verb') &&
						!a.root.endsWith('an') &&
						!posOf(a.root).has('num')))
			)
				reason = 'pos'; // di- and bare per- only make verbs: divisi, perdana, permata are words of their own (not dilarang "forbidden", perempat, perkalian)
			else if (
				(nasalStemCount.get(w) ?? 0) >= paradigmForms &&
				forms[0].endsWith('-') &&
				forms[0] !== 'ber-' &&
				!peForms(a)
			)
				reason = 'paradigm'; // menerbitkan, penerbit: terbit is a root; memenangkan: menang is
			reasons[reason]++;
			if (debugWords.has(w) || reason === debugReason)
				console.log(
					w,
					reason,
					a.root,
					forms.join(' '),
					[...pos].join(','),
					zipfOf(w),
					zipfOf(a.root),
					nasalStemCount.get(w)
				);
			if (reason !== 'derived') {
				keep.push(w);
				continue;
			}
			dropped.set(w, forms);
			if (!derivedFrom.has(a.root) || zipfOf(w) > zipfOf(derivedFrom.get(a.root)!))
				derivedFrom.set(a.root, w);
		}
		for (const w of keep) roots.add(w);
	}

	// Loanwords that neither dictionary lists (rasio, manajemen, eksternal) get the English word their
	// spelling maps back to, when Princeton WordNet knows that word.
	const english = new Set<string>();
	for (const [, , , lemmas] of wordnet)
		for (const en of lemmas.split(', ')) if (/^[a-z]+$/.test(en)) english.add(en);
	// The same English respelled as Indonesian spells loanwords (klarifikasi: clarification), one word per
	// skeleton, the most tagged English word winning.
	const englishBySkeleton = new Map<string, string>();
	for (const en of [...english].sort(
		(a, b) => (englishWeight.get(b) ?? 0) - (englishWeight.get(a) ?? 0) || (a < b ? -1 : 1)
	)) {
		const key = englishSkeleton(en);
		if (key.length >= 5 && !englishBySkeleton.has(key)) englishBySkeleton.set(key, en);
	}
	const loans = new Map<string, string>();
	for (const [w, z] of zipf) {
		if (z < loanMinZipf || roots.has(w) || !/^[a-z]{4,}$/.test(w)) continue;
		if (analyzeWord(w, dict).affixes.length > 0) continue;
		const match =
			englishSpellings(w).find((e) => english.has(e)) ??
			englishBySkeleton.get(indonesianSkeleton(w));
		if (match) loans.set(w, match);
	}
	for (const w of loans.keys()) roots.add(w);

	// A root's band follows the whole word family (sepakat counts kesepakatan), ranked by summed frequency.
	// Counted twice: the stemmer uses family sizes to break some ties (perubahan: ubah, not rubah), so the
	// second count analyses with the first count's family sizes.
	const familyOf = (d: RootDictionary) => {
		const sums = new Map<string, number>();
		for (const [w, z] of zipf) {
			if (!wordPattern.test(w)) continue;
			const r = analyzeWord(w, d).root;
			if (roots.has(r)) sums.set(r, (sums.get(r) ?? 0) + 10 ** z);
		}
		return sums;
	};
	const firstFamily = familyOf(dict);
	const familyZipf = (r: string) =>
		(firstFamily.get(r) ?? 0) > 0 ? Math.round(Math.log10(firstFamily.get(r)!) * 10) / 10 : 0;
	const family = familyOf({ has: (r) => roots.has(r), zipf: zipfOf, familyZipf });
	const ranked = [...family.entries()].sort((a, b) => b[1] - a[1]);
	const rank = new Map(ranked.map(([r], i) => [r, i + 1]));
	const bandOf = (r: string): number => {
		const k = rank.get(r);
		if (!k) return 5;
		return k <= 1000 ? 1 : k <= 3000 ? 2 : k <= 8000 ? 3 : k <= 20000 ? 4 : 5;
	};

	// Translation evidence from the UD training sentences (the test half is the bench's).
	const phraseKeys = new Set([...candidateSenses.keys()].filter((k) => k.includes(' ')));
	const udPairs = readSource('ud_csui_sentences_id_en.tsv')
		.filter(([id]) => id.startsWith('csui-train'))
		.map(([, idText, en]): [string, string] => [idText, en]);
	const rootDict: RootDictionary = { has: (r) => roots.has(r), zipf: zipfOf };
	const keysOf = (text: string) => {
		const words = text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
		const keys: string[] = [];
		words.forEach((w, i) => {
			keys.push(w, analyzeWord(w, rootDict).root);
			for (let n = 2; n <= 4 && i + n <= words.length; n++) {
				const phrase = words.slice(i, i + n).join(' ');
				if (phraseKeys.has(phrase)) keys.push(phrase);
			}
		});
		return keys;
	};
	const evidence = translationEvidence(udPairs, keysOf, (k) => candidateSenses.get(k));
	const ranked4 = (w: string) =>
		rankSenses(candidateSenses.get(w) ?? [], { evidence: evidence.get(w), englishWeight });
	/** Words and phrases with more than one sense: [word, pos, label, pos, label, …], best first. */
	const senseRows: string[][] = [];

	const entries: [string, string, string, number, number, number][] = [];
	for (const r of [...roots].sort()) {
		const top = ranked4(r);
		const glosses = top.slice(0, 3).map(([, en]) => en);
		let pos = top[0]?.[0] ?? 'other';
		if (top.length > 1) senseRows.push([r, ...top.flat()]);
		const loan = loans.get(r);
		const source = derivedFrom.get(r);
		// A root with no gloss of its own that spells an English word the loanword way (klaim: claim).
		const cognate =
			loan ??
			(zipfOf(r) >= loanMinZipf && looksBorrowed(r)
				? englishBySkeleton.get(indonesianSkeleton(r))
				: undefined);
		if (glosses.length === 0 && cognate) glosses.push(cognate);
		else if (glosses.length === 0 && source) {
			const borrowed = [...(freedict.get(source) ?? wnSenses.get(source) ?? [])].sort(
				(a, b) => b.weight - a.weight
			);
			if (borrowed.length > 0) {
				glosses.push(
					`${[...new Set(borrowed.map((b) => b.en))].slice(0, 2).join('; ')} (${source})`
				);
				pos = borrowed[0].pos;
			}
		}
		// The family's summed frequency as a Zipf value: how much the language uses the root in any form.
		const familySum = family.get(r) ?? 0;
		entries.push([
			r,
			pos,
			glosses.join('; '),
			bandOf(r),
			Math.round(zipfOf(r) * 10),
			familySum > 0 ? Math.round(Math.log10(familySum) * 10) : 0
		]);
	}
	// Form glosses: a dropped headword keeps its dictionary meaning for the reader (terhadap: toward,
	// biasanya: usually), when it is attested in wordfreq or written with a hyphen (benar-benar).
	// Wordnet Bahasa's verb senses are too noisy to override a root (mengatakan: "read", bertujuan:
	// "special delivery"), so only nouns and adverbs built with the affixes below may take its gloss;
	// other forms take a FreeDict gloss or none, and their root's gloss serves.
	const forms: [string, string, string][] = [];
	for (const [w, affixes] of [...dropped].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		if (!zipf.has(w) && !w.includes('-')) continue;
		const nominal = affixes.every((f) => nominalAffixes.has(f));
		// ter- adjectives (terkemuka: prominent); Wordnet's ber- adjectives are mostly noise (berupaya: "capable").
		const adjectival = affixes.every((f) => f === 'ter-');
		const senses = (candidateSenses.get(w) ?? []).filter(
			(s) =>
				s.source === 'freedict' ||
				(nominal && s.pos !== 'verb') ||
				(adjectival && (s.pos === 'adj' || s.pos === 'adv'))
		);
		const top = rankSenses(senses, { evidence: evidence.get(w), englishWeight });
		if (top.length === 0) continue;
		forms.push([
			w,
			top[0][0],
			top
				.slice(0, 3)
				.map(([, en]) => en)
				.join('; ')
		]);
		if (top.length > 1) senseRows.push([w, ...top.flat()]);
	}
	// Multiword expressions: dictionary phrases of two to four lower-case words, each attested in
	// wordfreq, neither end a function word (dan lain, di atas are syntax, not units), with a gloss.
	const edgeWords = new Set(
		'di ke dari dan atau yang untuk dengan pada dalam oleh itu ini akan tidak ada sudah adalah se'.split(
			' '
		)
	);
	const multiwords: [string, string, string][] = [];
	for (const phrase of [...phraseKeys].sort()) {
		const words = phrase.split(' ');
		if (words.some((x) => !zipf.has(x))) continue;
		if (edgeWords.has(words[0]) || edgeWords.has(words[words.length - 1])) continue;
		const top = ranked4(phrase);
		if (top.length === 0) continue;
		multiwords.push([
			phrase,
			top[0][0],
			top
				.slice(0, 2)
				.map(([, en]) => en)
				.join('; ')
		]);
	}
	const out = {
		format: 'bacaan-lexicon',
		version: 2,
		fields: ['lemma', 'pos', 'gloss', 'band', 'zipf10', 'familyZipf10'],
		entries,
		formFields: ['form', 'pos', 'gloss'],
		forms,
		senseFields: ['word', 'pos', 'gloss', 'pos', 'gloss', '…'],
		senses: senseRows.sort((a, b) => (a[0] < b[0] ? -1 : 1)),
		multiwordFields: ['expression', 'pos', 'gloss'],
		multiwords
	};
	writeFileSync(join(dataDir, 'lexicon.json'), JSON.stringify(out).replace(/\],\[/g, '],\n['));
	console.log(
		`candidates ${candidates.size}, bound roots found ${bound.size}, loanwords bridged ${loans.size}, glosses borrowed from derived headwords ${derivedFrom.size}, roots ${roots.size}, form glosses ${forms.length}, ranked sense lists ${senseRows.length}, multiword expressions ${multiwords.length}, kept because ${JSON.stringify(reasons)}, written ${join(dataDir, 'lexicon.json')}`
	);
}

main();
