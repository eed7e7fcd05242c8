/**
 * Reference questions: who does "ia" stand for?
 *
 * News names a person and then goes on with a pronoun: "Kepala desa Budi Santoso meninjau
 * tanggul. Ia meminta warga mengungsi." A learner who cannot link the pronoun to its person has
 * not followed the text, and the question needs two sentences read together, not one located.
 * Only the safe case is asked: a sentence that opens with a singular person pronoun (Ia, Dia,
 * Beliau) where the nearest earlier sentence naming anyone (at most three back, across a
 * paragraph break) names exactly one person. Then the referent is not in doubt. Wrong options are the article's other people, each a different
 * referent (entity keys), so no option names the same person twice.
 *
 * News also closes a quote with a pronoun for its speaker ('"…," kata dia.', '"…," tuturnya.').
 * Who said it is then asked, when the nearest earlier sentence naming anyone names exactly one
 * person and has that person speaking (a verb of saying or "menurut"): "Polisi menangkap Andi.
 * '…,' kata dia." is about someone else. With a word test (`isWord`), a run of capitalised
 * dictionary words ("Kartu Keluarga", "Direktorat Reserse Narkoba") or a single word is not
 * offered as a person.
 */
import type { Entity, SentenceEntities } from './entities';
import {
	dayNames,
	functionWords,
	geoHeads,
	orgHeads,
	personCues,
	places,
	titleWords
} from './entity-words';
import type { QuestionDraft } from './fact-questions';
import { editDistance, fnv1a, shortQuote } from './question-utils';
import type { Sentence } from './types';

const personPronouns = new Set(['ia', 'dia', 'beliau']);
const sayingRoots =
	'kata|ujar|tutur|ucap|jelas|terang|beber|imbuh|sebut|ungkap|tambah|tegas|papar|lanjut|pungkas|tandas|keluh|tutup|sambung|kilah|gerutu|cerita|akui|ancam';
/** A speech tag's verb, alone (kata dia) or with -nya for the speaker (tuturnya). */
const tagVerb = new RegExp(`^(${sayingRoots})$`, 'i');
const tagVerbNya = new RegExp(`^(${sayingRoots})nya$`, 'i');
/** A sentence where someone speaks: a verb of saying in any form, or "menurut". */
const saying = new RegExp(
	`^((me|men|meng|meny|mem)?(${sayingRoots}|katakan|ngatakan|nyatakan)(kan|nya)?|menurut(nya)?|mengatakan|menyatakan|menuturkan|mengaku|mengeluh|mengeluhkan|mengancam|bercerita|menceritakan)$`,
	'i'
);
/** How many sentences back the person may be named. */
const lookBack = 3;
/** How far back a pronoun speech tag may go to its speaker, with no one else named or speaking between. */
const speakerLookBack = 8;
/** Long sentences are quoted up to this many words, then cut with an ellipsis. */
const quotedWords = 14;

export function quoted(s: Sentence): string {
	const words = s.text.split(/\s+/);
	return words.length <= quotedWords
		? s.text.replace(/[.!?]+$/, '')
		: words
				.slice(0, quotedWords)
				.join(' ')
				.replace(/[,;:]$/, '') + ' …';
}

/** '"…," tuturnya.' → the quote's words and the tag; undefined when the sentence has no tag. */
export function speechTag(s: Sentence): { quote: string; tag: string } | undefined {
	const t = s.tokens;
	let last = t.length - 1;
	// '"…," jelasnya, Rabu (21/9).': the day and date after the tag belong to the report.
	while (
		last > 0 &&
		(t[last].kind !== 'word' || dayNames.has(t[last].text.toLowerCase())) &&
		t[last].text !== ','
	)
		last--;
	if (t[last]?.text === ',' && last < t.length - 2) last--;
	while (last > 0 && t[last].kind === 'punct') last--;
	const pronounAfterVerb =
		personPronouns.has(t[last]?.text.toLowerCase()) && tagVerb.test(t[last - 1]?.text ?? '');
	if (!pronounAfterVerb && !tagVerbNya.test(t[last]?.text ?? '')) return undefined;
	const verb = pronounAfterVerb ? last - 1 : last;
	if (verb < 4 || t[verb - 1].kind !== 'punct') return undefined;
	const quote = s.text
		.slice(0, t[verb - 1].start - s.start)
		.replace(/["“”]/g, '')
		// Single quotes doubled as quote marks: ’’Dukungan suporter …’’.
		.replace(/^[\s‘’']+|[\s‘’']+$/g, '')
		.replace(/[,.\s]+$/, '')
		.trim();
	if (quote.split(/\s+/).length < 4) return undefined;
	return {
		quote: shortQuote(quote),
		tag: s.text.slice(t[verb].start - s.start, t[last].end - s.start)
	};
}

/**
 * Where one of `pronouns` is the sentence's subject: first ("Ia meminta …") or after a short
 * opening phrase and its comma ("Lebih lanjut, ia merasa …"); -1 when it is not.
 * "Ia, yang …" or "Dia: …" are not the plain subject the question relies on.
 */
export function pronounSubject(
	s: Sentence,
	pronouns: ReadonlySet<string> = personPronouns
): number {
	const t = s.tokens;
	const comma = t.findIndex((x) => x.text === ',');
	for (const at of [0, comma + 1])
		if (
			(at === 0 ||
				(comma >= 1 && comma <= 3 && t.slice(0, comma).every((x) => x.kind === 'word'))) &&
			pronouns.has(t[at]?.text.toLowerCase() ?? '') &&
			t[at + 1]?.kind === 'word'
		)
			return at;
	return -1;
}

/**
 * The one person named in the nearest earlier sentence that names anyone, within a few sentences
 * (news paragraphs are short, so the person is often named at the end of the paragraph before),
 * with the article's other people as wrong options; undefined when that is not one person or
 * fewer than two others exist.
 */
export function onePersonBefore(
	entries: SentenceEntities[],
	i: number,
	people: Map<string, string>,
	back = lookBack,
	needOthers = true
) {
	let j = i - 1;
	while (j > 0 && j > i - back && !entries[j].entities.some((x) => x.type === 'person')) {
		// Someone named by office alone ("Kapolsek menjelaskan …") may be the one meant.
		const office = (x: { text: string }) =>
			/^\p{Lu}/u.test(x.text) && titleWords.has(x.text.toLowerCase());
		if (entries[j].sentence.tokens.some(office)) return undefined;
		// Someone unnamed spoke in between ("…," kata warga): the trail is broken.
		if (
			back > lookBack &&
			entries[j].sentence.tokens.some((x) => saying.test(x.text)) &&
			!speechTag(entries[j].sentence)
		)
			return undefined;
		j--;
	}
	const before = entries[j];
	const named = new Set(before.entities.filter((x) => x.type === 'person').map((x) => x.key));
	if (named.size !== 1) return undefined;
	const key = [...named][0];
	const answer = people.get(key);
	if (!answer) return undefined;
	const distractors = [...people]
		.filter(([k, display]) => k !== key && display !== answer)
		.sort(([a], [b]) => fnv1a(key + a) - fnv1a(key + b))
		.map(([, display]) => display);
	// Two people are enough for a choice between them; the text decides which one is meant.
	return needOthers && distractors.length < 1 ? undefined : { before, answer, distractors };
}

/**
 * With a dictionary, a person's full name has two words or more, one of them not a dictionary
 * word, and none a place, an acronym or the head of a place or body: "Kartu Keluarga", "Direktorat
 * Reserse Narkoba", "Sukamaju Kecamatan Cibeber" and a team such as "Persis Solo" are not people,
 * whatever stands before them; nor is a name that ever follows a place head ("warga Desa Talang
 * Sari"), given the article's sentences.
 */
/** Words of the names of companies, funds and agreements, in English and in Indonesian business names. */
const bodyWords = new Set(
	(
		'tbk ltd inc corp corporation co plc llc persero group holding holdings international internasional ' +
		'energy energi development service services agreement award awards report reports oil palm crude ' +
		'capital securities sekuritas asset assets management finance fund investment resources mining power ' +
		'company foundation institute university college academy association club united city fc sport sports ' +
		'media news tv network global asia pacific sejahtera mandiri makmur abadi sentosa persada perkasa ' +
		'korporindo autoraya infrasolusi telecom telekomunikasi asuransi airlines airways motor motors ' +
		'the of and festival printing konsultama'
	).split(' ')
);
const outletWord = /(news|online|pos|times|tv|media|post|daily|kini|terkini)$/;
const fieldOfStudy = /(logi|fisika|matika|nomi|grafi|tika|statistik|teknik)$/;
const connectives = new Set([
	'adapun',
	'namun',
	'sementara',
	'bahkan',
	'kemudian',
	'lalu',
	'sedangkan'
]);

/** Heads of places and buildings that news names like people: "Pasar Galing", "Banjar Batan". */
const buildingHeads = new Set(
	'pasar rumah banjar rs rsud rsup puskesmas hotel jalan jl desa dusun kampung toko masjid gereja pura stadion gedung taman pantai gunung sungai pelabuhan bandara terminal lapangan bus po'.split(
		' '
	)
);

const feastWords = new Set(
	'idul idulfitri iduladha lebaran natal imlek waisak nyepi ramadan ramadhan maulid sedekah hari tahun galungan kuningan'.split(
		' '
	)
);

export function surePerson(isWord?: (word: string) => boolean, entries: SentenceEntities[] = []) {
	// Names the article also uses as places, by their words ("di kabupaten Bojonegoro").
	const placeNames = new Set<string>();
	for (const { sentence, entities } of entries)
		for (const x of entities) {
			const before = sentence.tokens[x.first - 1]?.text.toLowerCase();
			const role = sentence.tokens[x.first - 2]?.text.toLowerCase() ?? '';
			// "Kepala Desa Budi Santoso" is a person with a role; "warga Desa Talang Sari" a place.
			if (
				x.type === 'place' ||
				(before && geoHeads.has(before) && !titleWords.has(role) && !personCues.has(role))
			)
				placeNames.add(x.text.toLowerCase());
		}
	// Words of places ("Kabupaten Sambas", "di Sejangkung"): a name with one of them is a place's.
	const placeWords = new Set<string>();
	for (const { sentence, entities } of entries) {
		for (const x of entities) {
			if (x.type === 'place' && !/\s/.test(x.text)) placeWords.add(x.text.toLowerCase());
		}
		sentence.tokens.forEach((t, i) => {
			const next = sentence.tokens[i + 1];
			if (/^(di|ke|dari)$/i.test(t.text) && next && /^\p{Lu}\p{Ll}+$/u.test(next.text))
				placeWords.add(next.text.toLowerCase());
			// "Kabupaten Lembayung", "Kota Sambas": the name after a place head.
			// ("Kepala Desa Budi Santoso" is a person with an office.)
			const office = titleWords.has(sentence.tokens[i - 1]?.text.toLowerCase() ?? '');
			if (geoHeads.has(t.text.toLowerCase()) && !office)
				for (
					let k = i + 1;
					k <= i + 2 && /^\p{Lu}\p{Ll}+$/u.test(sentence.tokens[k]?.text ?? '');
					k++
				)
					if (!geoHeads.has(sentence.tokens[k].text.toLowerCase()))
						placeWords.add(sentence.tokens[k].text.toLowerCase());
		});
	}
	return (x: Entity) => {
		if (
			x.type !== 'person' ||
			placeNames.has(x.text.toLowerCase()) ||
			placeNames.has(x.display.toLowerCase())
		)
			return false;
		if (!isWord) return true;
		const words = x.display.split(/\s+/);
		const lower = words.map((w) => w.toLowerCase());
		// "Bupati Sambas Satono" read as one name, "Pasar Rakyat Sejangkung", "Dr Kariadi" (a
		// hospital), "M." (an initial cut from its name): not people to offer.
		if (lower.some((w) => placeWords.has(w) || buildingHeads.has(w))) return false;
		if (words.every((w) => /^\p{Lu}\.$/u.test(w)) || words[0] === 'Dr' || words[0] === 'dr')
			return false;
		// Feasts and rites are named like people: "Idul Fitri", "Sedekah Bumi".
		if (lower.some((w) => feastWords.has(w))) return false;
		// A team or body ends in a place or an acronym: "Persis Solo", "Bhayangkara FC".
		if (lower.some((w) => places.has(w) || geoHeads.has(w) || orgHeads.has(w))) return false;
		if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
		// A company, a fund or an agreement: "Multi Prima Sejahtera Tbk", "Encore Energy"; a news
		// outlet ("Warta Kini", "Suaranews Jateng", "Kota TV").
		if (lower.some((w) => bodyWords.has(w) || outletWord.test(w))) return false;
		// The tail of an agency's name cut at its commas: "(Badan Meteorologi, Klimatologi, dan)
		// Geofisika Banyuwangi" — a field of study is no one's first name.
		if (isWord(lower[0]) && fieldOfStudy.test(lower[0])) return false;
		// A run that swallowed a title's noun or an opening connective: "Keuangan Sri Mulyani"
		// (Menteri Keuangan …), "Adapun Martinovich". Names are not ke-…-an / peN-…-an nouns.
		const derivedNoun = (w: string) =>
			/^(ke|pe|per)\p{L}{3,}an$/u.test(w) && (isWord(w) || w.length >= 11);
		if (lower.some(derivedNoun) || functionWords.has(lower[0]) || connectives.has(lower[0]))
			return false;
		if (x.aged || (x.firmCue && words.length === 1))
			return words.every((w) => !isWord(w.toLowerCase()) && !titleWords.has(w.toLowerCase()));
		// Many names are words too (Arif Setiawan, Indah Sari): a cue only people take settles it.
		if (x.firmCue && words.length <= 3) return words.every((w) => !titleWords.has(w.toLowerCase()));
		return words.length > 1 && words.some((w) => !isWord(w.toLowerCase()));
	};
}

/**
 * A one-word name may be another person's nickname, often built from syllables of the full name
 * ("Djanur" for Djadjang Nurdjaman: the start of one word and the start of a later one). Such a
 * blend of exactly one longer name stands for that person; any other one-word name that starts
 * like a word of a longer name is nobody's option, since it may be a nickname too.
 */
function resolveNicknames(people: Map<string, string>): void {
	// One person spelt two ways ("Sri Murtianingrum", "Sri Murtinianingrum"), or named by part of
	// the full name ("Nur Farida" for Ida Nur Farida): the first spelling, the full name.
	const seen: string[] = [];
	const partOf = (part: string, whole: string) =>
		` ${whole.toLowerCase()} `.includes(` ${part.toLowerCase()} `);
	for (const [key, display] of people) {
		const whole = [...people.values()].find((d) => d !== display && partOf(display, d));
		if (whole) {
			people.set(key, whole);
			continue;
		}
		const same = seen.find(
			(d) => d.length >= 8 && editDistance(d.toLowerCase(), display.toLowerCase(), 3) <= 2
		);
		if (same) people.set(key, same);
		else seen.push(display);
	}
	const long = [...people.values()].filter((d) => /\s/.test(d));
	const starts = new Set(
		long.flatMap((d) =>
			d
				.toLowerCase()
				.split(/\s+/)
				.map((w) => w.slice(0, 3))
		)
	);
	for (const [key, display] of people) {
		if (/\s/.test(display)) continue;
		const blends = long.filter((d) =>
			isBlendOf(display.toLowerCase(), d.toLowerCase().split(/\s+/))
		);
		if (blends.length === 1) people.set(key, blends[0]);
		else if (starts.has(display.toLowerCase().slice(0, 3))) people.delete(key);
	}
}

/** "djanur" from ["djadjang", "nurdjaman"]: a start of one word (2+ letters), then a start of a later one. */
function isBlendOf(nick: string, words: string[]): boolean {
	for (let i = 0; i < words.length; i++)
		for (let k = 2; k <= Math.min(words[i].length, nick.length - 2); k++) {
			if (nick.slice(0, k) !== words[i].slice(0, k)) break;
			const rest = nick.slice(k);
			if (words.slice(i + 1).some((w) => w.startsWith(rest))) return true;
		}
	return false;
}

/** The article's people that may be offered as options: entity key → the name to show. */
export function peopleOf(
	entries: SentenceEntities[],
	isWord?: (word: string) => boolean
): Map<string, string> {
	const surelyPerson = surePerson(isWord, entries);
	const people = new Map<string, string>();
	for (const e of entries)
		for (const x of e.entities)
			if (surelyPerson(x) && !people.has(x.key)) people.set(x.key, x.display);
	resolveNicknames(people);
	return people;
}

export function referenceQuestions(
	entries: SentenceEntities[],
	body: string,
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const people = peopleOf(entries, isWord);
	const out: QuestionDraft[] = [];
	for (let i = 1; i < entries.length; i++) {
		const { sentence } = entries[i];
		const at = pronounSubject(sentence);
		if (at < 0) continue;
		const first = sentence.tokens[at];
		const found = onePersonBefore(entries, i, people);
		if (!found) continue;
		const { before, answer, distractors } = found;
		// Evidence stays inside one paragraph; a person named in the paragraph before is quoted in the feedback.
		const samePara = !/\n/.test(body.slice(before.sentence.end, sentence.start));
		const span: Sentence = samePara
			? {
					text: body.slice(before.sentence.start, sentence.end),
					start: before.sentence.start,
					end: sentence.end,
					tokens: [...before.sentence.tokens, ...sentence.tokens]
				}
			: sentence;
		const where = samePara ? '' : ` ("${quoted(before.sentence)}")`;
		out.push({
			kind: 'reference',
			prompt: `Dalam kalimat "${quoted(sentence)}", siapa yang dimaksud dengan "${first.text.toLowerCase()}"?`,
			answer,
			distractors,
			sentence: span,
			explanation: `"${first.text}" merujuk ke orang yang disebut sebelumnya: ${answer}${where}.`,
			difficulty: 3,
			subject: first.text.toLowerCase()
		});
	}
	out.push(...speakerQuestions(entries, people));
	return out;
}

/** "Siapa yang mengatakan, '…'?" where the quote's speaker is only a pronoun (kata dia, tuturnya). */
function speakerQuestions(
	entries: SentenceEntities[],
	people: Map<string, string>
): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	for (let i = 1; i < entries.length; i++) {
		const { sentence, entities } = entries[i];
		if (entities.some((x) => x.type === 'person')) continue;
		const tag = speechTag(sentence);
		if (!tag) continue;
		// A closing tag ("pungkasnya") goes back to the last person who spoke, often paragraphs before.
		const found = onePersonBefore(entries, i, people, speakerLookBack);
		if (!found || !found.before.sentence.tokens.some((x) => saying.test(x.text))) continue;
		const { before, answer, distractors } = found;
		out.push({
			kind: 'reference',
			prompt: `Siapa yang mengatakan, "${tag.quote}"${/[?!]$/.test(tag.quote) ? '' : '?'}`,
			answer,
			distractors,
			sentence,
			explanation: `"${tag.tag}" merujuk ke orang yang disebut sebelumnya: ${answer} ("${quoted(before.sentence)}").`,
			difficulty: 3,
			subject: tag.tag
		});
	}
	return out;
}
