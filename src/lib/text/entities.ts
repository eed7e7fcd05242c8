/**
 * Entity recogniser for news text: people, places, organisations, dates and quantities.
 *
 * Rule-based on top of the tokenizer's name candidates, because the questions need the type
 * of an answer (Siapa / Di mana / Kapan / Berapa / Apa) and there is no model to ask. Names are
 * runs of name tokens; a run is typed by, in order: its own head word (Universitas, Dewan,
 * Kota), a gazetteer of countries and big cities, the words before it (juru bicara → person,
 * di/ke/dari → place, media → organisation) and finally its shape (two to four plain
 * capitalised words → person). A second pass over the whole article lets "Putin" inherit the
 * type of "Vladimir Putin". Dates and quantities are read off token patterns.
 */
import type { Sentence, Token } from './types';
import {
	functionWords,
	dayNames,
	geoHeads,
	monthNames,
	nonEntityAcronyms,
	orgCues,
	orgHeads,
	personCues,
	placeAcronyms,
	ranks,
	places,
	titleWords,
	unitDimensions,
	numberWords,
	speechVerbs
} from './entity-words';

export type EntityType = 'person' | 'place' | 'org' | 'date' | 'quantity';
export type QuantityDimension = 'time' | 'distance' | 'percent' | 'money' | 'count';

export interface Entity {
	type: EntityType;
	text: string;
	/** Offsets in the body. */
	start: number;
	end: number;
	/** Token indexes in the sentence, inclusive. */
	first: number;
	last: number;
	/** Same key = same referent ("Putin" and "Vladimir Putin"). */
	key: string;
	/** The longest form of the referent seen in the article. */
	display: string;
	dimension?: QuantityDimension;
	/** Role phrase before a person ("juru bicara Kremlin"), as tokens first..last. */
	role?: { first: number; last: number };
	/** A person named with an age ("Warsito (52)"): a person even when named with one word. */
	aged?: boolean;
	/**
	 * Typed a person by a cue only people take: a speech verb before it ("kata Handoko"), a police
	 * rank ("Aiptu Sulaiman") or an apposition after a role noun ("Sopir truk, Lilik, …").
	 */
	firmCue?: boolean;
}

export interface SentenceEntities {
	sentence: Sentence;
	entities: Entity[];
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
const isAcronym = (text: string) =>
	/^\p{Lu}[\p{Lu}\d-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);

function slice(s: Sentence, a: number, b: number): { text: string; start: number; end: number } {
	const start = s.tokens[a].start;
	const end = s.tokens[b].end;
	return { text: s.text.slice(start - s.start, end - s.start), start, end };
}

function make(
	s: Sentence,
	type: EntityType,
	a: number,
	b: number,
	extra: Partial<Entity> = {}
): Entity {
	const { text, start, end } = slice(s, a, b);
	const key = type + ':' + text.toLowerCase().replace(/\s+/g, ' ');
	return { type, text, start, end, first: a, last: b, key, display: text, ...extra };
}

/** Dates: "Rabu (13/9)", "14 September 2023", "April 2019", "tahun 2019", "14/9/2023", "tahun ini". */
function matchDate(s: Sentence, i: number): number {
	const t = s.tokens;
	const w = lower(t[i]);
	if (dayNames.has(w) && isCap(t[i])) {
		if (
			t[i + 1]?.text === '(' &&
			(t[i + 2]?.kind === 'date' || t[i + 2]?.kind === 'number') &&
			t[i + 3]?.text === ')'
		)
			return i + 3;
		if (t[i + 1]?.text === ',' && t[i + 2]?.kind === 'number') {
			const end = matchDate(s, i + 2);
			if (end > i + 2) return end;
		}
		return i;
	}
	if (t[i].kind === 'date') return i;
	if (
		t[i].kind === 'number' &&
		/^\d{1,2}$/.test(t[i].text) &&
		monthNames.has(lower(t[i + 1])) &&
		isCap(t[i + 1])
	)
		return /^\d{4}$/.test(t[i + 2]?.text ?? '') ? i + 2 : i + 1;
	if (monthNames.has(w) && isCap(t[i])) {
		if (/^\d{4}$/.test(t[i + 1]?.text ?? '')) return i + 1;
		return ['pada', 'bulan', 'sejak', 'hingga', 'awal', 'akhir'].includes(lower(t[i - 1])) ? i : -1;
	}
	if (w === 'tahun' && /^(19|20)\d\d$/.test(t[i + 1]?.text ?? '')) return i + 1;
	if (
		/^(19|20)\d\d$/.test(t[i].text) &&
		['pada', 'sejak', 'hingga', 'sampai'].includes(lower(t[i - 1]))
	)
		return i;
	const pair = w + ' ' + lower(t[i + 1]);
	if (/^(tahun|bulan|pekan|minggu) (ini|lalu|depan)$/.test(pair) && t[i + 1]?.kind === 'word')
		return i + 1;
	if (w === 'kemarin' || w === 'besok') return i;
	return -1;
}

const modifiers = new Set([
	'sekitar',
	'hampir',
	'setidaknya',
	'sedikitnya',
	'sebanyak',
	'kira-kira',
	'lebih',
	'kurang'
]);

/** Quantities: "sekitar 650 kilometer", "lima jam", "18 bulan", "Rp 1,5 triliun", "dua rudal". */
function matchQuantity(
	s: Sentence,
	i: number,
	functionWords: Set<string>
): { first: number; last: number; dimension: QuantityDimension } | null {
	const t = s.tokens;
	let first = i;
	let j = i;
	let dimension: QuantityDimension | undefined;
	if (lower(t[i]) === 'rp' && t[i + 1]?.kind === 'number') {
		dimension = 'money';
		j = i + 1;
	} else if (t[i].kind === 'number') {
		// "Russia 1" is a channel, not an amount.
		if (i > 0 && t[i - 1].kind === 'name' && t[i - 1].end < t[i].start) return null;
	} else if (!numberWords.has(lower(t[i])) || lower(t[i - 1]) === 'salah') return null;
	if (lower(t[i - 1]) === 'pukul' || lower(t[i - 2]) === 'pukul') return null; // a time of day, not an amount
	while (
		numberWords.has(lower(t[j + 1])) ||
		['ribu', 'juta', 'miliar', 'triliun', 'puluh', 'ratus', 'belas'].includes(lower(t[j + 1]))
	)
		j++;
	const unit = t[j + 1];
	if (!dimension) {
		if (unit?.text === '%') dimension = 'percent';
		else if (unit && unit.kind === 'word' && unitDimensions[lower(unit)])
			dimension = unitDimensions[lower(unit)];
		else if (
			unit &&
			unit.kind === 'word' &&
			/^\p{Ll}{3,}$/u.test(unit.text) &&
			!functionWords.has(lower(unit)) &&
			!numberWords.has(lower(unit))
		)
			dimension = 'count';
		else return null;
		j++;
	} else if (['ribu', 'juta', 'miliar', 'triliun'].includes(lower(t[j + 1]))) j++;
	const m = lower(t[i - 1]);
	if (modifiers.has(m)) first = i - 1;
	else if (m === 'dari' && ['lebih', 'kurang'].includes(lower(t[i - 2]))) first = i - 2;
	if (first === i - 1 && (m === 'lebih' || m === 'kurang')) first = i; // "lebih" alone is not a modifier
	return { first, last: j, dimension };
}

/** Name runs: adjacent name tokens, plus an unknown capitalised word opening the sentence before one. */
function nameRuns(s: Sentence, lowerForms: Set<string>): [number, number][] {
	const t = s.tokens;
	const runs: [number, number][] = [];
	let k = 0;
	while (k < t.length) {
		const startsRun =
			t[k].kind === 'name' ||
			(t[k].kind === 'word' &&
				isCap(t[k]) &&
				t[k + 1]?.kind === 'name' &&
				adjacent(t[k], t[k + 1]) &&
				!lowerForms.has(lower(t[k])) &&
				!titleWords.has(lower(t[k])) &&
				!/^(me|ber|di|ter|pe|ke|se)/i.test(t[k].text));
		if (!startsRun) {
			k++;
			continue;
		}
		let e = k;
		for (;;) {
			while (
				t[e + 1]?.kind === 'name' &&
				adjacent(t[e], t[e + 1]) &&
				!dayNames.has(lower(t[e + 1])) &&
				!monthNames.has(lower(t[e + 1]))
			)
				e++;
			// "Dinas Perindustrian dan Perdagangan Garut": a body's name may join two fields with
			// "dan"; split there, its second half would pass for a person.
			if (!joinsBodyName(t, k, e)) break;
			e += 2;
		}
		runs.push([k, e]);
		k = e + 1;
	}
	return runs;
}

/** "dan" inside a run that names a body (an organisation head before it) and goes on with a name. */
function joinsBodyName(t: Token[], k: number, e: number): boolean {
	return (
		lower(t[e + 1]) === 'dan' &&
		t[e + 2]?.kind === 'name' &&
		adjacent(t[e], t[e + 1]) &&
		adjacent(t[e + 1], t[e + 2]) &&
		t.slice(k, e).some((x) => orgHeads.has(lower(x)))
	);
}

/**
 * "juru bicara Kremlin Dmitry Peskov", "di Seoul Leif-Eric Easley", "untuk PBB Linda …": a run of
 * three or more whose first word is a place, an acronym or a name seen alone is two names.
 */
function splitRuns(
	s: Sentence,
	runs: [number, number][],
	loneNames: Set<string>
): [number, number][] {
	const out: [number, number][] = [];
	for (const [a0, b] of runs) {
		// "SD Negeri Sukaharja Ibu Ratna Dewi", "Polda Metro Jaya Kombes Sambodo …": an honorific
		// or a rank inside a run starts a new name.
		let a = a0;
		for (let k = a0 + 1; k < b; k++)
			if (honorifics.has(lower(s.tokens[k])) || ranks.has(lower(s.tokens[k]))) {
				out.push([a, k - 1]);
				a = k;
			}
		const w = s.tokens[a].text;
		// "Kemenkes Siti Nadia Tarmizi", "Bogor AKBP Rudi Setiawan": an organisation or rank word
		// inside a run ends the part before the person, who takes the two to four words after it.
		let cut = -1;
		for (let k = b - 2; k >= a && cut < 0; k--) if (isOrgWord(s.tokens[k].text)) cut = k;
		if (cut >= a && b - cut >= 2 && b - cut <= 4) {
			out.push([a, cut]);
			// "BPBD Kabupaten Bekasi Dodi Supriadi": a place between them keeps its own words.
			const next = lower(s.tokens[cut + 1]);
			if (b - cut >= 4 && (geoHeads.has(next) || places.has(next)))
				out.push([cut + 1, b - 2], [b - 1, b]);
			else out.push([cut + 1, b]);
		} else if (
			b - a >= 2 &&
			(places.has(w.toLowerCase()) ||
				isAcronym(w) ||
				// "…, Ida Nur Farida, kepada …": a whole name between commas, though "kata Ida" follows.
				(loneNames.has(w) && !(s.tokens[a - 1]?.text === ',' && s.tokens[b + 1]?.text === ',')))
		)
			out.push([a, a], [a + 1, b]);
		else if (b - a >= 3 && endsWithPersonName(s, a, b)) out.push([a, b - 2], [b - 1, b]);
		else out.push([a, b]);
	}
	return out;
}

/** Acronyms (BNPB, AKBP) and the short names of ministries and police or local government units. */
const isOrgWord = (w: string) =>
	isAcronym(w) || /^(Kemen|Polres|Polda|Polsek|Pemkab|Pemkot|Pemprov|Dinkes)\p{Ll}*$/u.test(w);

/** Common words of verb shape that are not verbs: "selang beberapa menit", "mereka". */
const notVerbs = new Set(
	'menit meter media medis mental menu merek meja metode mesin merah meski meskipun menteri menara merdeka mereka berita beras berat teras termin'.split(
		' '
	)
);

/** Prefixed verb shape: menerima, bertemu, dirilis, terpukul. */
export const looksLikeVerb = (w: string) =>
	/^(me[mnr]?|ber|di|ter)\p{L}{3,}$/u.test(w) &&
	!/^(dia|dian|diri|dinas)/.test(w) &&
	!notVerbs.has(w);

const honorifics = new Set(['ibu', 'bapak', 'pak', 'bu', 'sdr.', 'saudara', 'tuan', 'nyonya']);

/**
 * "Kepala Pelaksana BPBD Kabupaten Bekasi Dodi Supriadi": a long run that opens with a title or
 * an organisation and holds an acronym or a head word usually ends in a two-word personal name.
 */
function endsWithPersonName(s: Sentence, a: number, b: number): boolean {
	const t = s.tokens;
	const first = lower(t[a]);
	const opensWithRole = titleWords.has(first) || orgHeads.has(first) || personCues.has(first);
	// "Kombes Donald Parlaungan Simanjuntak": a rank is followed by the whole name.
	if (!opensWithRole || (ranks.has(first) && b - a <= 4)) return false;
	// "… Perindustrian dan Perdagangan Garut": after "dan" the body's name goes on.
	if (lower(t[b - 2]) === 'dan') return false;
	// "Badan Penanggulangan Bencana Daerah Blora": words of a body's name, not a first name.
	if (bodyNameWords.has(lower(t[b - 1]))) return false;
	const tail = [t[b - 1].text, t[b].text];
	if (
		tail.some(
			(w) =>
				isAcronym(w) ||
				places.has(w.toLowerCase()) ||
				geoHeads.has(w.toLowerCase()) ||
				orgHeads.has(w.toLowerCase())
		)
	)
		return false;
	if (
		places.has(tail.join(' ').toLowerCase()) ||
		/^(Utara|Selatan|Timur|Barat|Tengah|Raya)$/.test(tail[1])
	)
		return false;
	return true;
}

const bodyNameWords = new Set(
	'daerah nasional negara negeri umum rakyat pusat wilayah republik indonesia provinsi kota kabupaten'.split(
		' '
	)
);

/** Nouns before a name that make it the name of a thing, not of a person. */
const thingCues = new Set(
	(
		'nyamuk virus bakteri spesies varietas jenis merek produk aplikasi program kapal pesawat kereta ' +
		'film lagu buku album acara festival operasi tanaman pohon hewan burung ikan obat vaksin ' +
		'penyakit varian sistem metode gerakan kampanye'
	).split(' ')
);

const adjacent = (a: Token, b: Token) => b.start - a.end === 1;

/** "Warsito (52)": an age in brackets right after a name is said only of people. */
export const agedAfter = (t: Token[], b: number) =>
	t[b + 1]?.text === '(' && /^\d{1,2}$/.test(t[b + 2]?.text ?? '') && t[b + 3]?.text === ')';

/** Nouns for people that a name may follow in apposition: "Sopir truk, Lilik, mengaku …". */
export const appositionHeads = new Set(
	(
		'sopir pengemudi pengendara pedagang petani nelayan pelaku tersangka korban saksi siswa siswi murid ' +
		'guru dosen mahasiswa karyawan pegawai buruh pemilik pengelola penjual pembeli pemain pelatih ' +
		'ketua kepala warga penumpang pekerja peternak perajin pengrajin juru tokoh anggota istri suami ' +
		'anak ayah ibu kakak adik orang tua relawan pengunjung pasien dokter bidan perawat'
	).split(' ')
);

/**
 * "Sopir truk, Lilik, mengaku …", "Seorang saksi mata, Adi Bekti, di …": a name between commas
 * whose phrase before the first comma has a noun for people, at most three words back.
 */
function inApposition(s: Sentence, a: number, b: number): boolean {
	const t = s.tokens;
	// "Kepala Desa Karimunjawa, Arif Setiawan mengatakan …" closes with the verb, not a comma.
	const closed = t[b + 1]?.text === ',' || agedAfter(t, b) || personalVerbs.has(lower(t[b + 1]));
	if (t[a - 1]?.text !== ',' || !closed) return false;
	// "petani jagung Desa Setrojenar Kecamatan Buluspesantren, Tumiyah, …": an address may follow the noun.
	for (let j = a - 2, words = 0; j >= Math.max(0, a - 9) && words < 3; j--) {
		if (t[j].kind === 'name') continue;
		if (t[j].kind !== 'word') return false;
		if (appositionHeads.has(lower(t[j]))) return true;
		words++;
	}
	return false;
}

/** Verbs of saying, hoping and admitting, which only people do: "Riskia juga mengatakan …". */
const personalVerbs = new Set(
	(
		'mengatakan menjelaskan menuturkan mengungkapkan menambahkan menegaskan menyebutkan mengaku ' +
		'berharap berkata bercerita mengeluh mengeluhkan mengakui menceritakan menyampaikan memaparkan'
	).split(' ')
);

/**
 * The name opens its sentence or clause and is the subject of a verb only people do, perhaps
 * after "juga" or "pun" ("pasar Panarukan mengeluh" is a place inside an object).
 */
function speaksAfter(s: Sentence, a: number, b: number): boolean {
	const before = s.tokens[a - 1];
	if (before && before.text !== ',' && !/^["“]$/.test(before.text)) return false;
	// "Desa Sumberarum, Kecamatan Dander, Bojonegoro mengatakan": the end of an address.
	if (
		before?.text === ',' &&
		s.tokens.slice(Math.max(0, a - 4), a - 1).some((t) => geoHeads.has(lower(t)))
	)
		return false;
	if (s.tokens.slice(a, b + 1).some((t) => t.text.includes('.'))) return false;
	let k = b + 1;
	while (['juga', 'pun', 'kemudian', 'lalu', 'pun juga', 'kini'].includes(lower(s.tokens[k]))) k++;
	return personalVerbs.has(lower(s.tokens[k]));
}

/** "yang akrab disapa Djanur": what people are called by. */
const nicknameVerbs = new Set(['disapa', 'dipanggil', 'alias', 'bernama', 'berinisial']);

/** The cue that typed a person, when only people take it. */
function firmPersonCue(s: Sentence, a: number, b: number): boolean {
	const before = lower(s.tokens[a - 1]);
	return (
		ranks.has(before) ||
		speechVerbs.has(before) ||
		nicknameVerbs.has(before) ||
		inApposition(s, a, b) ||
		speaksAfter(s, a, b)
	);
}

function classify(s: Sentence, a: number, b: number): EntityType | null {
	const t = s.tokens;
	const words = t.slice(a, b + 1).map((x) => x.text);
	const text = words.join(' ');
	const first = words[0].toLowerCase();
	const before = lower(t[a - 1]);
	if (orgHeads.has(first) || orgHeads.has(first + ' ' + (words[1] ?? '').toLowerCase()))
		return 'org';
	if (words.length === 1 && isAcronym(words[0])) {
		if (placeAcronyms.has(words[0])) return 'place';
		return nonEntityAcronyms.has(words[0]) ? null : 'org';
	}
	if (places.has(text.toLowerCase()) || places.has(words[words.length - 1].toLowerCase()))
		return 'place';
	if (agedAfter(t, b) && !geoHeads.has(first) && words.every((w) => !isAcronym(w))) return 'person';
	if (geoHeads.has(first)) return 'place';
	if (words.length > 1 && /^(Utara|Selatan|Timur|Barat|Tengah|Raya)$/.test(words[words.length - 1]))
		return 'place';
	if (orgCues.has(before) || orgCues.has(lower(t[a - 2]) + ' ' + before)) return 'org';
	// "nyamuk Aedes Aegypti", "varietas Inpari", "kapal Sinar Bangun": the kind of thing named.
	if (thingCues.has(before)) return null;
	if (
		personCues.has(before) ||
		speechVerbs.has(before) ||
		(a === b && nicknameVerbs.has(before)) ||
		inApposition(s, a, b) ||
		(a === b && speaksAfter(s, a, b))
	)
		return 'person';
	// A name inside a locative phrase: "di pusat ruang angkasa Kosmodrom Vostochny".
	for (let j = a - 1; j >= Math.max(0, a - 5); j--) {
		const w = lower(t[j]);
		if (w === 'di' || w === 'ke' || w === 'dari') return 'place';
		if (t[j].kind !== 'word' || /^(me|ber|ter|di)\p{L}{3,}/u.test(w) || w === 'yang') break;
	}
	if (words.length >= 2 && words.length <= 4 && words.every((w) => !isAcronym(w))) return 'person';
	return null;
}

/** Strip leading titles from a run ("Duta Besar AS" → "AS"); returns the new first index. */
function stripTitles(s: Sentence, a: number, b: number): number {
	let k = a;
	// "Kombes Pol Angesta …": "Pol" (police) belongs to the rank before it.
	while (
		k < b &&
		(titleWords.has(lower(s.tokens[k])) ||
			(k > a && ranks.has(lower(s.tokens[k - 1])) && /^pol\.?$/i.test(s.tokens[k].text)))
	)
		k++;
	if (k > a && orgHeads.has(lower(s.tokens[a]) + ' ' + lower(s.tokens[a + 1]))) return a; // "Kepala Staf …" is a body
	return k;
}

/** Role phrase before a person: lower-case role words (and names) back to a role cue. */
function findRole(s: Sentence, a: number): { first: number; last: number } | undefined {
	const t = s.tokens;
	for (let j = a - 1; j >= Math.max(0, a - 9); j--) {
		const w = lower(t[j]);
		if (t[j].kind === 'punct' || t[j].kind === 'date' || speechVerbs.has(w) || looksLikeVerb(w))
			return undefined;
		if (functionWords.has(w) && w !== 'di' && w !== 'untuk' && w !== 'dari') return undefined;
		const two = j > 0 ? lower(t[j - 1]) + ' ' + w : '';
		if (personCues.has(two)) return { first: j - 1, last: a - 1 };
		if (personCues.has(w) || titleWords.has(w)) return { first: j, last: a - 1 };
	}
	return undefined;
}

export function recogniseEntities(
	sentences: Sentence[],
	functionWords: Set<string> = new Set()
): SentenceEntities[] {
	const lowerForms = new Set<string>();
	for (const s of sentences)
		for (const t of s.tokens)
			if (t.kind === 'word' && !isCap(t)) lowerForms.add(t.text.toLowerCase());
	// Names that stand alone somewhere ("oleh Kremlin") are not the first name of a longer run.
	const loneNames = new Set<string>();
	for (const s of sentences)
		for (const [a, b] of nameRuns(s, lowerForms)) if (a === b) loneNames.add(s.tokens[a].text);
	const result: SentenceEntities[] = [];
	const untyped: { s: SentenceEntities; a: number; b: number }[] = [];
	for (const s of sentences) {
		const entry: SentenceEntities = { sentence: s, entities: [] };
		const used = new Uint8Array(s.tokens.length);
		for (let i = 0; i < s.tokens.length; i++) {
			const end = matchDate(s, i);
			if (end >= i) {
				entry.entities.push(make(s, 'date', i, end));
				used.fill(1, i, end + 1);
				i = end;
				continue;
			}
			const q = matchQuantity(s, i, functionWords);
			if (q && !used[q.first]) {
				entry.entities.push(make(s, 'quantity', q.first, q.last, { dimension: q.dimension }));
				used.fill(1, q.first, q.last + 1);
				i = q.last;
			}
		}
		for (const [a0, b] of splitRuns(s, nameRuns(s, lowerForms), loneNames)) {
			if (used[a0]) continue;
			const a = stripTitles(s, a0, b);
			const type = classify(s, a, b);
			if (type) {
				const withNumber =
					type === 'org' &&
					s.tokens[b + 1]?.kind === 'number' &&
					adjacent(s.tokens[b], s.tokens[b + 1]);
				const e = make(s, type, a, withNumber ? b + 1 : b);
				if (type === 'person' && agedAfter(s.tokens, b)) e.aged = true;
				if (type === 'person' && firmPersonCue(s, a, b)) e.firmCue = true;
				if (type === 'person') {
					// "Kepala sekolah SD Negeri Sukaharja Ibu Ratna Dewi": the role runs back past the honorific.
					const before = findRole(s, a0);
					const role = a > a0 ? { first: before?.first ?? a0, last: a - 1 } : findRole(s, a);
					while (role && role.last > role.first && honorifics.has(lower(s.tokens[role.last])))
						role.last--;
					if (role) e.role = role;
				}
				entry.entities.push(e);
			} else untyped.push({ s: entry, a, b });
		}
		result.push(entry);
	}
	trimPlacesFromNames(result);
	linkReferents(result, untyped, lowerForms);
	for (const r of result) r.entities.sort((x, y) => x.start - y.start);
	return result;
}

/**
 * "Kepala Dinas Pendidikan Grobogan Purnyomo … ucap Purnyomo … ke Bupati Grobogan": the word
 * before a one-word name is the office's place, not a first name, when the article names the
 * person by the last word alone and uses the first word apart from it.
 */
function trimPlacesFromNames(result: SentenceEntities[]): void {
	const alone = new Set<string>();
	const apart = new Map<string, number>();
	for (const { sentence, entities } of result) {
		for (const e of entities)
			if (e.type === 'person' && e.first === e.last && (e.firmCue || e.aged)) alone.add(e.text);
		sentence.tokens.forEach((t, k) => {
			const person = entities.find((e) => e.type === 'person' && e.first <= k && k <= e.last);
			if (!person || person.first === person.last) apart.set(t.text, (apart.get(t.text) ?? 0) + 1);
		});
	}
	for (const { sentence, entities } of result)
		for (const e of entities) {
			if (e.type !== 'person' || e.last !== e.first + 1) continue;
			const [first, last] = [sentence.tokens[e.first].text, sentence.tokens[e.last].text];
			if (!alone.has(last) || alone.has(first) || !apart.get(first)) continue;
			Object.assign(e, make(sentence, 'person', e.last, e.last), {
				firmCue: e.firmCue,
				aged: e.aged,
				role: e.role && { first: e.role.first, last: e.first }
			});
		}
}

/** "Putin" after "Vladimir Putin": one referent, typed and displayed as the long form. */
function linkReferents(
	result: SentenceEntities[],
	untyped: { s: SentenceEntities; a: number; b: number }[],
	lowerForms: ReadonlySet<string>
): void {
	const byWord = new Map<string, Entity>();
	/** Middle names too (Donald in "Kombes Donald Parlaungan Simanjuntak"), but not words of the text. */
	const callable = new Map<string, Entity>();
	for (const r of result)
		for (const e of r.entities) {
			if (e.type !== 'person' && e.type !== 'place' && e.type !== 'org') continue;
			const parts = e.text.split(/\s+/);
			if (e.type === 'person' && (parts.length > 1 || e.aged || e.firmCue)) {
				const last = parts[parts.length - 1].toLowerCase();
				const firstWord = parts[0].toLowerCase();
				for (const w of [last, firstWord])
					if (!byWord.has(w) || byWord.get(w)!.text.length < e.text.length) byWord.set(w, e);
				for (const part of parts) {
					const w = part.toLowerCase();
					if (w.length < 3 || lowerForms.has(w) || titleWords.has(w)) continue;
					if (!callable.has(w) || callable.get(w)!.text.length < e.text.length) callable.set(w, e);
				}
			}
		}
	// "Donald menjelaskan, …": a sentence may open with a name the tokenizer reads as a word.
	for (const r of result) {
		const t = r.sentence.tokens;
		const at = t[0]?.kind === 'punct' ? 1 : 0;
		const word = t[at];
		if (!word || word.kind !== 'word' || !isCap(word)) continue;
		if (r.entities.some((e) => e.first <= at && at <= e.last)) continue;
		const long = callable.get(word.text.toLowerCase());
		if (!long || t[at + 1]?.kind === 'name') continue;
		r.entities.push(make(r.sentence, 'person', at, at, { key: long.key, display: long.text }));
	}
	for (const r of result)
		for (const e of r.entities) {
			if (e.type !== 'person') continue;
			const parts = e.text.split(/\s+/);
			const long =
				parts.length === 1
					? byWord.get(parts[0].toLowerCase())
					: byWord.get(parts[parts.length - 1].toLowerCase());
			if (
				long &&
				(parts.length === 1 || long.text.endsWith(parts[parts.length - 1])) &&
				long.text.length >= e.text.length
			) {
				e.key = long.key;
				e.display = long.text;
			}
		}
	for (const { s, a, b } of untyped) {
		if (a !== b) continue;
		const long = byWord.get(s.sentence.tokens[a].text.toLowerCase());
		if (!long) continue;
		const e = make(s.sentence, 'person', a, b, { key: long.key, display: long.text });
		const role = findRole(s.sentence, a);
		if (role) e.role = role;
		s.entities.push(e);
	}
}
