/**
 * One analysed document per article version: paragraphs, sentences, tokens with root and affixes,
 * names, multiword units and the sense chosen for each occurrence. The reader view and the vocabulary
 * list read it instead of analysing the text themselves; the server caches it per article version
 * (see lib/server/per-article-version.ts), and a teacher's gloss corrections are laid over it by
 * `applyCorrections`, in one place.
 *
 * Order of work (spaCy's Doc is the model: one object, each step reads and adds to it):
 * tokenize → names (classify) → morphology → multiword units (longest dictionary match, left to right,
 * within a sentence, words joined only by spaces) → sense choice (senses.ts) with the sentence's and the
 * article's English as context.
 */
import { passiveSense } from './english-passive';
import { dayNames, functionWords, monthNames } from './entity-words';
import { analyzeWord, isJoinedPreposition } from './morphology';
import {
	candidateSenses,
	chooseSense,
	contextGloss,
	englishStems,
	sensesOfGloss,
	type Candidates,
	type ContextGloss
} from './senses';
import { tokenize } from './tokenize';
import type { Affix, FrequencyBand, Lexicon, RootDictionary, Token } from './types';

export interface AnalysedToken extends Token {
	/** True when the token is part of a name (vocabulary lists names apart). */
	isName: boolean;
	/** Lower-case root; the lower-cased word when none is known; '' for punctuation and numbers. */
	root: string;
	affixes: Affix[];
	/** The chosen sense first; absent for names, numbers, punctuation and unknown words. */
	gloss?: ContextGloss;
	/** Index into `AnalysedDocument.units` when the token is part of a multiword unit. */
	unit?: number;
}

export interface MultiwordUnit {
	/** The expression in lower case, one space between words: the unit's lemma (rumah sakit). */
	lemma: string;
	/** The expression as written, and its offsets in the body. */
	text: string;
	start: number;
	end: number;
	gloss: string;
	pos: string;
	band: FrequencyBand;
	curated: boolean;
	/** Index of the sentence in `AnalysedDocument.sentences`, and of its first and last token there. */
	sentence: number;
	first: number;
	last: number;
}

export interface AnalysedSentence {
	text: string;
	start: number;
	end: number;
	tokens: AnalysedToken[];
}

export interface AnalysedDocument {
	body: string;
	/** Each paragraph's offsets and the indexes of its sentences in `sentences`. */
	paragraphs: { start: number; end: number; sentences: number[] }[];
	sentences: AnalysedSentence[];
	units: MultiwordUnit[];
}

const verbalPrefixes = new Set(['meN-', 'di-', 'ber-', 'ter-', 'memper-', 'diper-', 'ber-…-an']);
const nominalAffixes = new Set(['peN-…-an', 'per-…-an', 'ke-…-an', 'pe-…-an']);
const hasDigit = /\d/;

/**
 * Titles and roles written with a capital before a name ("Juru Bicara Kremlin Dmitry Peskov", "Duta Besar",
 * "Menteri Keuangan"): they are words, not part of the name. General Indonesian vocabulary of offices, not
 * taken from any article. A role that opens a multiword unit takes the unit's other words with it (Wali Kota).
 */
export const roleWords: ReadonlySet<string> = new Set(
	(
		'presiden wakil menteri gubernur bupati wali walikota ketua kepala direktur jenderal juru duta ' +
		'perdana sekretaris panglima jaksa hakim komisaris anggota pelatih kapten manajer rektor dekan ' +
		'camat lurah raja ratu pangeran kanselir senator profesor dokter kapolri kapolda kapolres ' +
		'kapolsek kepolisian pimpinan staf khusus pejabat pengamat ekonom peneliti dosen guru'
	).split(' ')
);
/** Currency and unit abbreviations that are never names. */
export const unitAbbreviations: ReadonlySet<string> = new Set([
	'rp',
	'us$',
	'usd',
	'idr',
	'km',
	'kg',
	'cm',
	'mm',
	'ha',
	'wib',
	'wita',
	'wit'
]);

/**
 * Name or word for each token. The tokenizer's guess stands, except that a capitalised word unknown
 * to the lexicon is a name (Vladimir at a sentence start), a capitalised word the lexicon only knows as a
 * name is a name (Rusia), and a "name" carrying a verbal prefix is a word in a title-case headline (Diwarnai).
 */
export function isNameToken(token: Token, lexicon: Lexicon, dict: RootDictionary): boolean {
	if (token.kind !== 'word' && token.kind !== 'name') return false;
	const lower = token.text.toLowerCase();
	if (unitAbbreviations.has(lower) || roleWords.has(lower)) return false;
	const first = token.text[0];
	const capitalised = first !== first.toLowerCase();
	const a = analyzeWord(token.text, dict);
	const info = lexicon.lookup(a.root);
	if (token.kind === 'name') {
		const verbal =
			a.affixes.some((x) => verbalPrefixes.has(x.form)) &&
			info !== undefined &&
			info.pos !== 'name';
		// "Raperda Percepatan Penanggulangan Kemiskinan": a derived noun with a meaning of its own
		// is a word in a title, not part of a name (a place such as Pekalongan has no such gloss).
		const nominal =
			a.affixes.some((x) => nominalAffixes.has(x.form)) &&
			info !== undefined &&
			info.pos !== 'name' &&
			!!lexicon.formGloss?.(lower);
		// "Kendati demikian, …": a connective or an adverb is no one's name.
		const grammatical =
			a.affixes.length === 0 && info !== undefined && /^(conj|prep|adv)$/.test(info.pos);
		return !verbal && !nominal && !grammatical;
	}
	if (!capitalised || hasDigit.test(token.text)) return false;
	// A word the lexicon holds only as a form of its own (kendati: although) is a word.
	const ownForm = !info && !!lexicon.formGloss?.(lower);
	return (!info && a.affixes.length === 0 && !ownForm) || info?.pos === 'name';
}

/** The meaning of a derived form when the lexicon has one of its own (terhadap: "towards", not hadap "face"). */
export function formGlossOf(
	word: string,
	derived: boolean,
	rootGloss: string,
	lexicon: Lexicon
): string | undefined {
	if (!lexicon.formGloss) return undefined;
	const lower = word.toLowerCase();
	// "ditempatnya" is di + tempatnya, whatever a dictionary says of "ditempat".
	if (isJoinedPreposition(lower)) return undefined;
	// A word kept whole (sedangkan) has its root's gloss, unless a person wrote one for the form.
	if (!derived && rootGloss && !lexicon.formCurated?.(lower)) return undefined;
	const own = lexicon.formGloss(lower);
	if (own) return own;
	// A clitic or particle adds "his/its", "my" or emphasis: menurutnya means what menurut means.
	const host = lower.replace(trailingClitic, '');
	return host !== lower && host.length >= 4 ? lexicon.formGloss(host) || undefined : undefined;
}

const trailingClitic = /(?:nya|ku|mu|lah|kah|pun)$/;

const isWordish = (t: Token) => t.kind === 'word' || t.kind === 'name';

/**
 * Capitalised words that spell a known multiword unit are words, not a name: a role (Wali Kota, Duta
 * Besar, Juru Bicara) or an institution written in title case (Badan Pusat Statistik, Dinas Kesehatan).
 */
function titleCaseUnits(
	body: string,
	tokens: Token[],
	names: boolean[],
	lexicon: Lexicon,
	longest: number
): void {
	if (!lexicon.multiword) return;
	for (let i = 0; i < tokens.length; i++) {
		const lower = tokens[i].text.toLowerCase();
		const capitalised = /^\p{Lu}/u.test(tokens[i].text);
		// Any capitalised word may open one (Rumah Sakit at a sentence start, Jawa Barat): a
		// person's name simply matches no expression.
		const opens = roleWords.has(lower) || (isWordish(tokens[i]) && capitalised);
		if (!opens) continue;
		let phrase = lower;
		for (let j = i + 1; j < tokens.length && j < i + longest; j++) {
			// Title case runs on: a lower-case word ends the run (Rumah Sakit, not Rumah sakit itu).
			if (!isWordish(tokens[j]) || body.slice(tokens[j - 1].end, tokens[j].start) !== ' ') break;
			if (!roleWords.has(lower) && !/^\p{Lu}/u.test(tokens[j].text)) break;
			phrase += ' ' + tokens[j].text.toLowerCase();
			const entry = lexicon.multiword(phrase);
			// A person's or a country's name stays a name (Vladimir Putin); only words become a unit.
			if (entry && (!names[i] || (entry.pos !== 'name' && !/^\p{Lu}/u.test(entry.gloss))))
				for (let k = i; k <= j; k++) names[k] = false;
		}
	}
}

const compassWords: Record<string, string> = {
	utara: 'North',
	selatan: 'South',
	timur: 'East',
	barat: 'West',
	tengah: 'Central',
	tenggara: 'Southeast',
	'barat daya': 'Southwest',
	'barat laut': 'Northwest',
	'timur laut': 'Northeast'
};

/**
 * A place followed by a compass word names a region (Jawa Tengah: Central Java, Kalimantan Timur:
 * East Kalimantan, Jakarta Selatan: South Jakarta). A productive pattern, so no list is needed;
 * the place keeps its own English name where the lexicon has one that is the same name (Jawa: Java).
 */
function regionUnits(
	body: string,
	tokens: AnalysedToken[],
	sentence: number,
	lexicon: Lexicon
): MultiwordUnit[] {
	const units: MultiwordUnit[] = [];
	const joined = (a: number, b: number) => body.slice(tokens[a].end, tokens[b].start) === ' ';
	for (let i = 0; i + 1 < tokens.length; i++) {
		const place = tokens[i];
		if (place.unit !== undefined || !isWordish(place) || !/^\p{Lu}\p{Ll}+$/u.test(place.text))
			continue;
		// A common word before a compass word is not a place (Pantai Utara: the north coast).
		const entry = lexicon.lookup(place.text.toLowerCase());
		const nameLike = (g: string) =>
			g.slice(0, 2).toLowerCase() === place.text.slice(0, 2).toLowerCase();
		if (entry && entry.pos !== 'name' && !nameLike(entry.gloss) && place.text !== 'Nusa') continue;
		if (tokens[i - 1]?.kind === 'name' && joined(i - 1, i)) continue; // inside a longer name
		let last = i;
		let placeText = place.text;
		// Nusa Tenggara is one place (Nusa Tenggara Timur: East Nusa Tenggara).
		if (place.text === 'Nusa' && tokens[i + 1]?.text === 'Tenggara' && joined(i, i + 1)) {
			last = i + 1;
			placeText = 'Nusa Tenggara';
		}
		let compass = '';
		for (const n of [2, 1]) {
			if (last + n >= tokens.length) continue;
			const words = tokens.slice(last + 1, last + 1 + n);
			if (!words.every((w, k) => w.unit === undefined && joined(last + k, last + 1 + k))) continue;
			const key = words.map((w) => w.text.toLowerCase()).join(' ');
			if (compassWords[key] && words.every((w) => /^\p{Lu}/u.test(w.text))) {
				compass = compassWords[key];
				last += n;
				break;
			}
		}
		if (!compass) continue;
		const english = lexicon.lookup(placeText.toLowerCase())?.gloss.split('; ')[0] ?? '';
		const sameName = english.slice(0, 2).toLowerCase() === placeText.slice(0, 2).toLowerCase();
		const start = place.start;
		const end = tokens[last].end;
		units.push({
			lemma: body.slice(start, end).toLowerCase(),
			text: body.slice(start, end),
			start,
			end,
			gloss: `${compass} ${sameName ? english.charAt(0).toUpperCase() + english.slice(1) : placeText}`,
			pos: 'name',
			band: 3,
			curated: false,
			sentence,
			first: i,
			last
		});
		i = last;
	}
	return units;
}

/** "hari ini", "bulan lalu": time phrases that name a day or month relative to now. */
const deicticTime =
	/^(hari|minggu|pekan|bulan|tahun|malam|pagi|sore|siang) (ini|itu|lalu|depan|kemarin)$/;
const countsBefore = (t: AnalysedToken | undefined) =>
	!!t &&
	(t.kind === 'number' ||
		/^(beberapa|sejumlah|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan|berapa)$/i.test(
			t.text
		));

const abilityWords = new Set(['mampu', 'bisa', 'sanggup', 'berani']);
const verbShaped = (t: AnalysedToken | undefined) =>
	t?.kind === 'word' &&
	(t.affixes.some((a) => verbalPrefixes.has(a.form) && a.form !== 'ter-') ||
		t.gloss?.senses[0]?.pos === 'verb');

/** Finds multiword units in one sentence: longest dictionary match first, left to right. */
function findUnits(
	body: string,
	tokens: AnalysedToken[],
	sentence: number,
	lexicon: Lexicon,
	longest: number
): MultiwordUnit[] {
	const units: MultiwordUnit[] = [];
	if (!lexicon.multiword || longest < 2) return units;
	const phraseAt = (a: number, n: number) =>
		tokens
			.slice(a, a + n)
			.map((t) => t.text.toLowerCase())
			.join(' ');
	const longerInside = (u: MultiwordUnit) => {
		const n = u.last - u.first + 1;
		for (let a = u.first + 1; a <= u.last; a++)
			for (let m = longest; a + m - 1 > u.last && (m > n || (m === n && m >= 3)); m--)
				if (
					a + m <= tokens.length &&
					tokens.slice(a, a + m).every(isWordish) &&
					lexicon.multiword!(phraseAt(a, m))
				)
					return true;
		return false;
	};
	let i = 0;
	while (i < tokens.length) {
		let found: MultiwordUnit | undefined;
		// A name cannot open a unit, and inside one only an acronym may stand ("olah TKP"); a unit's
		// words are joined by single spaces only.
		if (isWordish(tokens[i]) && !tokens[i].isName) {
			let j = i;
			const words = [tokens[i].text.toLowerCase()];
			const spans: number[] = [i];
			while (
				words.length < longest &&
				j + 1 < tokens.length &&
				isWordish(tokens[j + 1]) &&
				(!tokens[j + 1].isName || /^\p{Lu}{2,5}$/u.test(tokens[j + 1].text)) &&
				body.slice(tokens[j].end, tokens[j + 1].start) === ' '
			) {
				j++;
				words.push(tokens[j].text.toLowerCase());
				spans.push(j);
			}
			// An active verb expression may carry its prefix on the first word (meminta maaf: minta
			// maaf); "tak" is written for "tidak" (tak lepas dari).
			const first = tokens[i];
			const bare =
				first.affixes.length > 0 &&
				first.affixes.every((a) => a.form === 'meN-' || a.form === 'ber-')
					? first.root
					: undefined;
			const tak = words[0] === 'tak';
			// "disimpang empat": the preposition written onto the unit's first word.
			if (first.affixes.some((a) => a.form === 'di (joined)' || a.form === 'ke (joined)'))
				words[0] = first.root;
			for (let n = words.length; n >= 2 && !found; n--) {
				const phrase = words.slice(0, n).join(' ');
				let entry =
					lexicon.multiword(phrase) ??
					(tak ? lexicon.multiword('tidak' + phrase.slice(3)) : undefined) ??
					(phrase.endsWith('nya') ? lexicon.multiword(phrase.slice(0, -3)) : undefined);
				if (!entry && bare) {
					const unprefixed = lexicon.multiword([bare, ...words.slice(1, n)].join(' '));
					if (unprefixed?.pos === 'verb') entry = unprefixed;
				}
				if (!entry) continue;
				// "beberapa hari ini" (these past few days), "2 bulan lalu" (two months ago): after a
				// count, "hari ini" and "bulan lalu" are not the phrases "today" and "last month".
				if (deicticTime.test(entry.lemma) && countsBefore(tokens[i - 1])) continue;
				// "dua ekor sapi" (two head of cattle), not "oxtail": after a count, a counting word
				// opens no unit.
				if (words[0] in afterNumberSenses && countsBefore(tokens[i - 1])) continue;
				// "warga tidak mampu" (poor), but "tak mampu mencukupi" (unable to cover): a verb after
				// a word of ability makes it the plain negation.
				if (abilityWords.has(words[n - 1]) && verbShaped(tokens[spans[n - 1] + 1])) continue;
				const last = spans[n - 1];
				found = {
					lemma: entry.lemma,
					text: body.slice(tokens[i].start, tokens[last].end),
					start: tokens[i].start,
					end: tokens[last].end,
					gloss: entry.gloss,
					pos: entry.pos,
					band: entry.band,
					curated: entry.curated,
					sentence,
					first: i,
					last
				};
			}
		}
		// "di tempat kejadian perkara": a longer unit starting inside this one and running past
		// it ("tempat kejadian perkara") is the one meant.
		if (found && longerInside(found)) found = undefined;
		if (found) {
			units.push(found);
			i = found.last + 1;
		} else i++;
	}
	return units;
}

/**
 * A subheading or a headline-like line writes every word with a capital ("Operasi Kilat Digelar
 * Serentak"): there a capital says nothing, so a capitalised word the dictionary knows (as a word,
 * not a name) is a word. A line counts as title case when it has at least three words, three in
 * four open with a capital, and one of them after the first is a verb or a function word.
 */
function wordsInTitleCase(
	tokens: Token[],
	names: boolean[],
	lexicon: Lexicon,
	dict: RootDictionary
): void {
	const words = tokens.filter(
		(t) => (t.kind === 'word' || t.kind === 'name') && /^\p{L}/u.test(t.text)
	);
	const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text));
	if (words.length < 3 || capitalised.length < words.length * 0.75) return;
	// A sentence full of names ("Pelatih Beckham Putra memuji Saddam Gaffar") still writes its
	// verb small; only a line that capitalises a verb or a function word is in title case.
	const verbOrFunction = (t: Token) => {
		const a = analyzeWord(t.text, dict);
		return (
			a.affixes.some((x) => verbalPrefixes.has(x.form)) || functionWords.has(t.text.toLowerCase())
		);
	};
	if (!capitalised.slice(1).some(verbOrFunction)) return;
	const plain = new Set<number>();
	tokens.forEach((t, i) => {
		if (!names[i] || /^\p{Lu}{2,}$/u.test(t.text) || hasDigit.test(t.text)) return;
		const entry = lexicon.lookup(analyzeWord(t.text, dict).root);
		if (entry && entry.pos !== 'name' && entry.band <= 3) plain.add(i);
	});
	// Beside a name that stays a name it is part of that name: "Kim Jong Un", "Korea Utara".
	const staysName = (j: number) => names[j] && !plain.has(j) && tokens[j]?.kind === 'name';
	for (const i of plain) if (!staysName(i - 1) && !staysName(i + 1)) names[i] = false;
}

/** Analyses a body once: the document every view of the article reads. */
export function analyzeDocument(
	body: string,
	lexicon: Lexicon,
	dict: RootDictionary
): AnalysedDocument {
	const paragraphs: AnalysedDocument['paragraphs'] = [];
	const sentences: AnalysedSentence[] = [];
	const units: MultiwordUnit[] = [];
	const longest = (lexicon as { longestMultiword?: number }).longestMultiword ?? 4;
	for (const p of tokenize(body)) {
		const indexes: number[] = [];
		for (const s of p.sentences) {
			const names = s.tokens.map((t) => isNameToken(t, lexicon, dict));
			wordsInTitleCase(s.tokens, names, lexicon, dict);
			titleCaseUnits(body, s.tokens, names, lexicon, longest);
			const tokens: AnalysedToken[] = s.tokens.map((t, i) => {
				const isName = names[i];
				if (!isWordish(t) || isName || hasDigit.test(t.text))
					return { ...t, isName, root: '', affixes: [] };
				const a = analyzeWord(t.text, dict);
				return { ...t, isName, root: a.root, affixes: a.affixes };
			});
			const index = sentences.push({ text: s.text, start: s.start, end: s.end, tokens }) - 1;
			const mark = (u: MultiwordUnit) => {
				const k = units.push(u) - 1;
				for (let i = u.first; i <= u.last; i++) {
					tokens[i].unit = k;
					// A region (Korea Utara) stays a name for the lists; a unit of words is words.
					if (u.pos !== 'name') tokens[i].isName = false;
				}
			};
			findUnits(body, tokens, index, lexicon, longest).forEach(mark);
			regionUnits(body, tokens, index, lexicon).forEach(mark);
			indexes.push(index);
		}
		paragraphs.push({ start: p.start, end: p.end, sentences: indexes });
	}
	chooseSenses(sentences, lexicon);
	pluraliseRepeatedNouns(sentences);
	glossAttributions(sentences);
	glossByNeighbours(sentences);
	glossOrdinals(sentences);
	glossPassives(sentences);
	return { body, paragraphs, sentences, units };
}

/**
 * A di- verb glossed through its root is passive: diimbau "be urged", not "urge". Forms with an
 * entry of their own (dikemudikan: be steered) and senses a neighbour chose are left alone.
 */
function glossPassives(sentences: AnalysedSentence[]): void {
	for (const s of sentences)
		for (const t of s.tokens) {
			const g = t.gloss;
			if (t.affixes[0]?.form !== 'di-' || !g || g.grammatical || g.source === 'teacher') continue;
			const parts = g.gloss.split('; ');
			let shown: string[];
			if (g.source === 'form') {
				// "ditutup: close; be closed": the form's own passive senses first.
				const passive = parts.filter((p) => p.startsWith('be '));
				if (passive.length === 0 || parts[0].startsWith('be ')) continue;
				shown = [...passive, ...parts.filter((p) => !p.startsWith('be '))];
			} else {
				if (g.source !== 'root' || g.senses[0]?.pos !== 'verb') continue;
				// Senses with no English passive ("appeal") are dropped beside those that have one.
				shown = parts.map(passiveSense).filter((p): p is string => !!p);
				if (shown.length === 0) continue;
			}
			const gloss = shown.join('; ');
			t.gloss = { ...g, gloss, senses: [{ pos: 'verb', gloss }, ...g.senses.slice(1)] };
		}
}

/** "menit ke-24", "HUT ke-78": ke- with a numeral is the ordinal, which no dictionary lists. */
function glossOrdinals(sentences: AnalysedSentence[]): void {
	for (const s of sentences)
		for (const t of s.tokens) {
			const n = /^ke-(\d+)$/i.exec(t.text)?.[1];
			if (!n || t.gloss?.gloss) continue;
			const last = Number(n) % 100;
			const suffix =
				last >= 11 && last <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][last % 10] ?? 'th');
			setGrammatical(t, `${Number(n)}${suffix}`, 'num');
		}
}

const irregularPlurals: Record<string, string> = {
	man: 'men',
	woman: 'women',
	child: 'children',
	person: 'people',
	foot: 'feet',
	tooth: 'teeth',
	mouse: 'mice',
	// Mass nouns: "alat-alat" is equipment, "peralatan" too.
	equipment: 'equipment',
	information: 'information',
	furniture: 'furniture',
	luggage: 'luggage',
	baggage: 'baggage',
	news: 'news',
	advice: 'advice',
	knowledge: 'knowledge'
};

/** Senses that address or stand for a person (bapak: sir, you) have no plural worth showing. */
const addresses = new Set([
	'you',
	'sir',
	'mister',
	'madam',
	'miss',
	'brother',
	'sister',
	'uncle',
	'aunt'
]);
/** English words that take no plural, however the dictionary tags the sense (saat: when). */
const noPlural = new Set(
	'when while where then now during since until as at in on of about'.split(' ')
);

/** "mother" → "mothers", "city" → "cities", "box" → "boxes"; the last word of a phrase. */
export function englishPlural(sense: string): string {
	return sense.replace(/([A-Za-z]+)$/, (w) => {
		const lower = w.toLowerCase();
		if (irregularPlurals[lower]) return irregularPlurals[lower];
		// fisherman → fishermen, policewoman → policewomen; but German, human → Germans, humans.
		if (/[^u]man$/.test(lower) && lower.length > 4) return w.slice(0, -3) + 'men';
		if (/[^aeiou]y$/.test(lower)) return w.slice(0, -1) + 'ies';
		if (/(s|x|z|ch|sh)$/.test(lower)) return w + 'es';
		return w + 's';
	});
}

/**
 * A repeated noun read through its root is a plural: ibu-ibu (women, mothers), rumah-rumah
 * (houses). Only plain lower-case senses of one to three words are pluralised ("Mrs" and
 * "(a counter)" stay as written); a form with its own entry (anak-anak: children) keeps it.
 */
function pluraliseRepeatedNouns(sentences: AnalysedSentence[]): void {
	for (const s of sentences)
		for (const t of s.tokens) {
			if (t.gloss?.source !== 'root' || t.unit !== undefined) continue;
			if (t.affixes.length !== 1 || t.affixes[0].form !== 'reduplication') continue;
			if (t.gloss.senses[0]?.pos !== 'noun') continue;
			const plural = (g: string) =>
				/^[a-z]+(?: [a-z]+){0,2}$/.test(g) &&
				(!/s$/.test(g) || /ss$/.test(g)) &&
				!addresses.has(g) &&
				!noPlural.has(g.split(' ')[0])
					? englishPlural(g)
					: g;
			const senses = t.gloss.senses.map((x) =>
				x.pos === 'noun' ? { ...x, gloss: x.gloss.split('; ').map(plural).join('; ') } : x
			);
			// "saat-saat": moments, not "when" — a plural sense goes before one that has none.
			const shown = t.gloss.gloss.split('; ').map(plural);
			const firstPlural = shown.findIndex((g, k) => g !== t.gloss!.gloss.split('; ')[k]);
			const reorder = firstPlural > 0 && noPlural.has(shown[0].split(' ')[0]);
			if (reorder) shown.unshift(...shown.splice(firstPlural, 1));
			t.gloss = {
				...t.gloss,
				senses: reorder ? sensesOfGloss(shown.join('; '), 'noun') : senses,
				gloss: shown.join('; ')
			};
		}
}

interface WordSenses {
	candidates: Candidates | undefined;
	/** English stems of the prior (first) sense, the word's contribution to its context. */
	stems: string[];
	/** Context glosses by chosen index, shared by every occurrence with that choice. */
	glosses: ContextGloss[];
}

/** Two passes: each word's prior gloss gives the context, then each occurrence picks its sense. */
function chooseSenses(sentences: AnalysedSentence[], lexicon: Lexicon): void {
	const words = new Map<string, WordSenses>();
	const wordOf = (t: AnalysedToken): WordSenses | undefined => {
		if (!t.root) return undefined;
		const key = `${t.text.toLowerCase()}\t${t.root}`;
		let w = words.get(key);
		if (!w) {
			const rootGloss = lexicon.lookup(t.root)?.gloss ?? '';
			const formGloss = formGlossOf(t.text, t.affixes.length > 0, rootGloss, lexicon);
			const candidates = candidateSenses(t.root, t.text, formGloss, lexicon);
			const stems = candidates ? englishStems(candidates.senses[0].gloss.split('; ')[0]) : [];
			words.set(key, (w = { candidates, stems, glosses: [] }));
		}
		return w;
	};
	const perSentence = sentences.map((s) => s.tokens.map(wordOf));
	// Stem → occurrences in the article, and word → its own occurrences, so a word is not its own context.
	const articleCounts = new Map<string, number>();
	const uses = new Map<WordSenses, number>();
	for (const s of perSentence)
		for (const w of s) {
			if (!w) continue;
			uses.set(w, (uses.get(w) ?? 0) + 1);
			for (const x of w.stems) articleCounts.set(x, (articleCounts.get(x) ?? 0) + 1);
		}
	sentences.forEach((s, si) => {
		// Stem → how many words of the sentence give it; a word's own stems are discounted below.
		const counts = new Map<string, number>();
		for (const w of perSentence[si])
			if (w) for (const x of w.stems) counts.set(x, (counts.get(x) ?? 0) + 1);
		s.tokens.forEach((t, ti) => {
			const w = perSentence[si][ti];
			if (!w?.candidates) return;
			const c = w.candidates;
			const best = c.fixed
				? 0
				: chooseSense(c.senses, {
						word: c.source === 'form' ? t.text : t.root,
						affixes: t.affixes.map((a) => a.form),
						sentence: {
							has: (x: string) => (counts.get(x) ?? 0) > (w.stems.includes(x) ? 1 : 0)
						} as ReadonlySet<string>,
						article: {
							has: (x: string) =>
								(articleCounts.get(x) ?? 0) > (w.stems.includes(x) ? (uses.get(w) ?? 0) : 0)
						} as ReadonlySet<string>
					});
			t.gloss = w.glosses[best] ??= contextGloss(c, best);
		});
	});
}

/**
 * Reporting verbs in quote attributions: `"…," kata Budi`, `"…," ujarnya`, `"…," jelas dia`. Right after a
 * closing quote these roots are always the verb of saying, whatever the dictionary lists first (kata:
 * "word"), so the attribution sense is put first. A closed class of Indonesian news style, not a list
 * taken from any article; derived forms (mengatakan, menjelaskan) have their own entries and are left alone.
 */
const attributionVerbs: Record<string, string> = {
	kata: 'said',
	ujar: 'said',
	ucap: 'said',
	tutur: 'said; told',
	ungkap: 'said; stated; revealed',
	jelas: 'explained',
	terang: 'explained',
	papar: 'explained; set out',
	beber: 'revealed; explained',
	tambah: 'added',
	imbuh: 'added',
	sebut: 'said; stated',
	tegas: 'stressed; asserted',
	pungkas: 'concluded',
	tutup: 'concluded; said in closing',
	lanjut: 'went on; continued',
	kilah: 'argued; claimed',
	tulis: 'wrote',
	tanya: 'asked',
	jawab: 'answered; replied',
	timpal: 'replied',
	sahut: 'replied',
	seru: 'exclaimed',
	aku: 'admitted; claimed',
	tandas: 'stressed; asserted',
	tukas: 'retorted; said',
	kisah: 'recounted',
	harap: 'hoped',
	ajak: 'urged; invited',
	pinta: 'asked; requested',
	imbau: 'urged; appealed',
	sambung: 'continued; went on',
	ulas: 'explained; reviewed',
	keluh: 'complained',
	gerutu: 'grumbled'
};
const closingQuotes = new Set(['"', '”', '’', "'", '»']);

/**
 * Words whose sense before a verb is grammatical, not their dictionary head sense: "tengah menyiapkan"
 * (is preparing), "terus meningkat" (keeps rising), "guna mencegah" (in order to prevent).
 */
const beforeVerbSenses: Record<string, string> = {
	tengah: 'currently; be in the middle of',
	sedang: 'currently; be in the middle of',
	terus: 'keep on; continue to',
	guna: 'in order to',
	// "Polisi lalu mendapati …" (then), "belakangan diketahui" (later): sequence, not "last", "behind".
	lalu: 'then; after that',
	belakangan: 'later; afterwards',
	// "karena saat dibutuhkan, …": a clause follows, so "when", not "moment".
	saat: 'when; at the time',
	// "baru tiba" (just arrived), not "new".
	baru: 'just; only just',
	// "masing-masing menempuh 650 km": each.
	'masing-masing': 'each',
	// "cukup mengganggu" (quite disturbing), not "enough".
	cukup: 'quite; fairly; enough',
	// "Warga pun berdatangan": after its subject, pun moves the story on (then, so), not "also".
	pun: 'then; so; and',
	// "langsung menelepon" (immediately), "ikut terbakar" (also), "untuk memindahkan" (to).
	langsung: 'immediately; directly',
	ikut: 'also; along with; join in',
	// "banyak mengeluarkan darah" (bled a lot), "berani membeli" (dare to buy), "sukses meraih"
	// (succeeded in winning): before a verb, not "many", "brave", "success".
	banyak: 'a lot; much; many',
	berani: 'dare (to); brave',
	sukses: 'succeed in; successfully',
	untuk: 'to; in order to'
};
/** After a team or category: "tim putri" (women's team), "ganda putra" (men's doubles). */
const afterTeamSenses: Record<string, string> = {
	putri: "women's; girls'",
	putra: "men's; boys'"
};
const teamWords = new Set([
	'tim',
	'kategori',
	'ganda',
	'tunggal',
	'regu',
	'bagian',
	'sektor',
	'kelas'
]);
/** After asking or urging someone: "mengimbau warga untuk tetap waspada" (to), not "for". */
const afterRequestSenses: Record<string, string> = {
	untuk: 'to; in order to'
};
const requestRoots = new Set([
	'minta',
	'imbau',
	'ajak',
	'harap',
	'perintah',
	'izin',
	'dorong',
	'undang'
]);

/** After a time word: "malam lalu" (last night), "dua hari lalu" (ago), "pekan depan" (next week). */
const afterTimeSenses: Record<string, string> = {
	lalu: 'last; ago',
	depan: 'next; coming',
	silam: 'ago',
	// "Rabu kemarin", "4 Maret kemarin": last, this past; not "yesterday".
	kemarin: 'last; this past',
	// "dalam waktu lama" (a long time); after other nouns, "jembatan lama" (old), see afterNounSenses.
	lama: 'long'
};
const timeNouns = new Set(
	'pagi siang sore malam subuh petang hari pekan minggu bulan tahun abad dekade waktu masa jam menit'.split(
		' '
	)
);
/** "Lebaran kemarin", "Idul Fitri kemarin": the last feast, not yesterday. */
const feastNames = new Set(
	'lebaran fitri adha natal imlek nyepi waisak ramadan ramadhan'.split(' ')
);
/** Modals and auxiliaries that open a verb phrase as a prefixed verb does: "baru bisa dipadamkan". */
const verbPhraseOpeners = new Set(
	'bisa dapat akan sudah telah mau harus boleh sempat mulai masih sedang langsung segera kembali'.split(
		' '
	)
);

/** Before an adjective: "cukup besar" (quite big), not "enough". */
const beforeAdjectiveSenses: Record<string, string> = {
	cukup: 'quite; fairly; enough',
	// "tambah meriah" (even more festive), not "add".
	tambah: 'more; even more',
	// "tetap waspada" (remain alert): a state kept, not "still".
	tetap: 'remain; stay',
	// "ikut hangus" (was burnt too), as before a verb.
	ikut: 'also; along with; join in'
};

/** The same before a number or a time: "pukul 19.03" (at), "sampai 20 persen" (up to). */
const beforeNumberSenses: Record<string, string> = {
	// "pukul 19.03", "jam 03.07": a clock time, not "hit" or "hour".
	pukul: 'at (clock time); o’clock',
	jam: 'at (clock time); o’clock',
	// "minimal dua ekor": at least, not the English "minimal".
	minimal: 'at least',
	minimum: 'at least',
	maksimal: 'at most; up to',
	maksimum: 'at most; up to',
	per: 'as of; per',
	// se- + a measure before an amount: "seberat 45 kg" (weighing), "sebesar Rp45 miliar".
	sebesar: 'amounting to; as much as',
	seberat: 'weighing',
	sepanjang: 'as long as; along',
	setinggi: 'as high as',
	seluas: 'with an area of',
	sebanyak: 'as many as; a total of',
	// "menembus Rp30.000", "menembus 1 juta": a figure reached, not "penetrate".
	menembus: 'reach; pass; break through',
	// "peringkat 6", "peringkat ke-3": a place in a ranking, not a rating.
	peringkat: 'rank; place',
	// "pada 12 Maret", "pada Minggu (15/3)": on, at ("pada 2019": in, see glossByNeighbours).
	pada: 'on; at',
	// "baru 3 orang" (only 3 so far).
	baru: 'only; just',
	// "menempuh 650 km": cover a distance, not "take".
	menempuh: 'cover; travel',
	// "nilai 270": a score or mark.
	nilai: 'score; mark; value',
	// "unggul 2-1": lead, win by, not "superior".
	unggul: 'lead; be ahead; win',
	// "Selang beberapa menit" (a few minutes later), not a hose or an interval.
	selang: 'after; … later'
};
/**
 * Counting words after a number take their counting sense, not their head sense: "4.089 jiwa" (people,
 * not souls), "12 titik" (locations), "dua ekor sapi" (head of cattle), "tiga buah rumah" (a counter).
 */
const afterNumberSenses: Record<string, string> = {
	jiwa: 'people; persons (in counts)',
	titik: 'places; locations; spots',
	ekor: 'head (of animals); animals',
	buah: 'units; items (a counter)',
	biji: 'pieces; grains',
	butir: 'pieces; items (a counter)',
	lembar: 'sheets; pieces (a counter)',
	batang: 'pieces; sticks (a counter)',
	pucuk: 'pieces (a counter for guns and letters)',
	helai: 'sheets; strands (a counter)',
	unit: 'units',
	personel: 'personnel; officers',
	bungkus: 'packs; packets (a counter)',
	karung: 'sacks',
	ikat: 'bundles',
	pasang: 'pairs',
	bidang: 'plots (of land)',
	petak: 'plots',
	// "Rp 70 ribuan": about 70 thousand, not "thousands".
	ribuan: 'about … thousand; thousand or so',
	ratusan: 'about … hundred; hundred or so',
	jutaan: 'about … million; million or so',
	// "5 bulanan": about five months.
	bulanan: 'about … months',
	tahunan: 'about … years',
	mingguan: 'about … weeks',
	porsi: 'portions; servings',
	// "dua kali lipat", "3x lipat": -fold.
	lipat: '-fold; times over',
	kali: 'times'
};
const numberWords = new Set(
	'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan ratusan ribuan beberapa sejumlah setengah'.split(
		' '
	)
);

/** Connectives whose sense at the start of a sentence is not their head sense: "Jadi, …" (so), "Sebab …". */
const openingSenses: Record<string, string> = {
	jadi: 'so; therefore',
	sebab: 'because',
	saat: 'when; at the time',
	ketika: 'when',
	padahal: 'when in fact; even though; whereas',
	apalagi: 'moreover; let alone',
	lalu: 'then; after that',
	sementara: 'while; meanwhile',
	// "Terkait kondisi jalan, …": regarding, not "related".
	terkait: 'regarding; concerning'
};
/**
 * After a noun, an adjective sense: "pengakuan sementara" (provisional), not the conjunction
 * "while" that the word is at the head of a clause.
 */
const afterNounSenses: Record<string, string> = {
	sementara: 'temporary; provisional; for the time being'
};
/**
 * Adjectives after a noun, whatever follows: "jembatan lama dibongkar" (old), "pakaian bekas"
 * (used), "motornya hilang" (missing), "pasar baru" (new; "baru tiba" is taken before a verb first).
 */
const describingNounSenses: Record<string, string> = {
	// A time noun before lama keeps "long" (afterTimeSenses).
	lama: 'old; former',
	bekas: 'used; second-hand; former',
	hilang: 'missing; lost; disappear',
	baru: 'new; recent'
};
/** Between two nouns, a preposition: "keluhan petani akan pupuk" (about), not the future "will". */
const betweenNounsSenses: Record<string, string> = {
	akan: 'about; of; for'
};
/** After a comma, before a clause: "Permintaan naik, sedang suplai turun" (while, whereas). */
const afterCommaSenses: Record<string, string> = {
	sedang: 'while; whereas',
	sementara: 'while; whereas',
	jadi: 'so; therefore'
};
const openingMarks = new Set(['"', '“', "'", '‘', '(']);

/**
 * sampai / hingga between two numbers are "to" (500 hingga 700); before a date "until"; before a
 * quantity "up to"; before a time word "until" (sampai semester awal); "sampai di" stays "arrive".
 */
function rangeSense(
	lower: string,
	tokens: AnalysedToken[],
	i: number,
	isNumber: (x: AnalysedToken | undefined) => boolean
): string | undefined {
	const next = tokens[i + 1];
	// "ukuran 10 x 8 meter": by, in a measurement.
	if (lower === 'x') return isNumber(tokens[i - 1]) && isNumber(next) ? 'by; times' : undefined;
	if (lower !== 'sampai' && lower !== 'hingga') return undefined;
	if (!next) return undefined;
	if (isNumber(tokens[i - 1]) && isNumber(next)) return 'to; up to';
	if (isNumber(next))
		return monthNames.has(tokens[i + 2]?.text.toLowerCase() ?? '') || next.kind === 'date'
			? 'until; up to'
			: 'up to; until';
	if (next.kind === 'date') return 'until; up to';
	// "macet sampai KM 35", "hingga Jakarta": a place or a marker follows, so "as far as".
	if (next.kind === 'name' || /\d/.test(next.text)) return 'up to; as far as';
	if (
		lower === 'sampai' &&
		next.kind === 'word' &&
		!['di', 'ke', 'pada', 'dengan'].includes(next.text.toLowerCase())
	)
		return 'until; up to';
	return undefined;
}

const negations = new Set(['tidak', 'tak', 'bukan', 'belum', 'tiada']);
const improvable = new Set(
	'jalan jembatan kualitas mutu pelayanan layan kapasitas kompetensi sarana infrastruktur kesejahteraan sejahtera ekonomi perekonomian keterampilan terampil fasilitas prasarana gizi kinerja'.split(
		' '
	)
);
const personnel = new Set(
	// A coach "menurunkan pemain": fields them, as a commander sends in troops.
	'petugas tugas personel anggota tim pasukan polisi prajurit relawan aparat main skuad'.split(' ')
);
/** What a figure counts: "menekan angka kecelakaan" holds it down. */
const figures = new Set(
	'angka jumlah kasus harga inflasi laju biaya tingkat potensi risiko korban kematian penyebaran'.split(
		' '
	)
);
/** People asked or told to do something: "meminta warga", "mengimbau masyarakat". */
const humans = new Set(
	'warga masyarakat pihak para petani pedagang orang pemerintah siswa guru semua seluruh pengendara nelayan pengunjung pemudik pemilik'.split(
		' '
	)
);
const routes = new Set('jalan jalur rute ruas wilayah kawasan jalanan'.split(' '));
/** Roots of what one accepts rather than receives ("undangan": undang). */
const offers = new Set('undang tawar usul ajak minta lamar putus tantang'.split(' '));
/** Roots of what makes a noise ("suara benturan": bentur). */
const noises = new Set(
	'bentur ledak tembak dentum gemuruh letus tabrak keras bising gaduh klakson sirene musik knalpot mesin petir'.split(
		' '
	)
);
const buildings = new Set(
	'sekolah rumah masjid kantor gedung balai belakang depan istana gereja pura rumah sakit puskesmas pendopo'.split(
		' '
	)
);
/** What papers are about: "surat kendaraan" (vehicle documents). */
const documentsOf = new Set([
	'kendara',
	'terang',
	'kendaraan',
	'tanah',
	'izin',
	'nikah',
	'keterangan',
	'kuasa',
	'tilang',
	'berharga',
	'motor',
	'mobil'
]);
/** Seized things and arrested people: "mengamankan 632 motor", "mengamankan tersangka". */
const seizable = new Set(
	'motor mobil sepeda kendaraan barang bukti narkoba sabu ganja senjata knalpot uang ponsel minuman miras kayu'.split(
		' '
	)
);
const arrestable = new Set(
	'pelaku tersangka orang pemuda remaja pria wanita pengedar pencuri terduga'.split(' ')
);

/** Senses decided by the next word's root (or the one after a count). */
const objectSenses: Record<string, { objects: Set<string>; sense: string }> = {
	menekan: { objects: figures, sense: 'reduce; curb; hold down' },
	// Sport: "mencetak gol" (score), not "print".
	mencetak: {
		objects: new Set(['gol', 'angka', 'poin', 'skor', 'rekor', 'sejarah', 'prestasi', 'hattrick']),
		sense: 'score; set (a record)'
	},
	// "menahan ombak", "menahan laju air": hold back, not "detain".
	menahan: {
		objects: new Set([
			'ombak',
			'gelombang',
			'air',
			'banjir',
			'laju',
			'arus',
			'abrasi',
			'longsor',
			'lapar',
			'diri',
			'debit',
			'beban'
		]),
		sense: 'hold back; withstand; keep in'
	},
	// "memutuskan akses jalan", "memutuskan aliran listrik": cut off, not decide.
	memutuskan: {
		objects: new Set(['akses', 'alir', 'hubung', 'jaring', 'listrik', 'jalur', 'kontak']),
		sense: 'cut off; sever'
	},
	// "hasil penjualan", "hasil panen": proceeds, yield; not a result.
	hasil: {
		objects: new Set(['jual', 'panen', 'tangkap', 'usaha']),
		sense: 'proceeds; yield; earnings'
	},
	arus: {
		objects: new Set([
			'lalu',
			'lalulintas',
			'lalin',
			'mudik',
			'balik',
			'kendaraan',
			'barang',
			'kas'
		]),
		sense: 'flow; stream'
	},
	ditekan: { objects: figures, sense: 'be reduced; be curbed' },
	peningkatan: { objects: improvable, sense: 'improvement; upgrading' },
	meningkatkan: { objects: improvable, sense: 'improve; raise' },
	ditingkatkan: { objects: improvable, sense: 'be improved; be upgraded' },
	menurunkan: { objects: personnel, sense: 'deploy; send in' },
	diturunkan: { objects: personnel, sense: 'be deployed; be sent in' },
	laku: { objects: new Set(['jual']), sense: 'sell; be in demand' },
	// "suara benturan", "suara ledakan": a sound, not a voice or a vote.
	suara: { objects: noises, sense: 'sound; noise' },
	// "halaman sekolah": the yard or grounds of a building, not a page.
	halaman: { objects: buildings, sense: 'yard; grounds; courtyard' },
	// "menerima undangan": accept an offer, not receive a parcel.
	menerima: { objects: offers, sense: 'accept; receive' },
	// "meminta warga untuk …": asking people to do something, not asking for a thing.
	meminta: { objects: humans, sense: 'ask (someone to); request' },
	// "melintasi jalan itu": travel along a road, not cross it.
	melintasi: { objects: routes, sense: 'pass along; travel through; cross' },
	ketinggian: {
		objects: new Set(['air', 'banjir', 'genangan', 'gelombang', 'ombak']),
		sense: 'level; height'
	},
	// "memetik kemenangan", "memetik poin penuh": earn, clinch; not "pick".
	memetik: {
		objects: new Set(['menang', 'poin', 'hasil', 'angka', 'pelajaran', 'untung']),
		sense: 'earn; clinch; pick'
	},
	// "mengendarai sepeda motor": one rides a motorcycle, a bicycle or a horse.
	mengendarai: { objects: new Set(['sepeda', 'motor', 'kuda', 'ojek']), sense: 'ride; drive' },
	// "mengatur strategi", "mengatur jadwal": plan, arrange, not "regulate".
	mengatur: {
		objects: new Set(['strategi', 'jadwal', 'waktu', 'siasat', 'rencana', 'keuangan', 'uang']),
		sense: 'arrange; plan; manage'
	},
	// "mengeluarkan modal", "mengeluarkan biaya": spend, not "issue".
	mengeluarkan: {
		objects: new Set(['modal', 'biaya', 'uang', 'dana', 'ongkos', 'anggaran']),
		sense: 'spend; pay out'
	},
	// "gelar juara", "gelar doktor": a title or degree; "menggelar" holds an event.
	gelar: {
		objects: new Set([
			'juara',
			'doktor',
			'sarjana',
			'kehormatan',
			'pahlawan',
			'profesor',
			'magister',
			'adat'
		]),
		sense: 'title; degree'
	},
	// "Selamat untuk pemain", "selamat kepada pemenang": congratulations.
	selamat: { objects: new Set(['untuk', 'kepada', 'atas']), sense: 'congratulations (to, on)' },
	// "jauh lebih rendah": much, far (lower).
	jauh: { objects: new Set(['lebih']), sense: 'much; far (more, less)' },
	// "surat kendaraan", "surat tanah": papers, documents.
	surat: { objects: documentsOf, sense: 'papers; documents; letter' },
	'surat-surat': { objects: documentsOf, sense: 'papers; documents; letters' }
};
/** Senses decided by the word before. */
const afterWordSenses: Record<string, { after: Set<string>; sense: string }> = {
	sambutan: {
		after: new Set(['dalam', 'melalui', 'memberikan', 'menyampaikan', 'kata']),
		sense: 'speech; address'
	},
	sambutannya: { after: new Set(['dalam', 'melalui']), sense: 'his/her speech; address' },
	// "rasa syukur", "wujud syukur": gratitude, not the exclamation "thank God".
	syukur: {
		after: new Set(['rasa', 'wujud', 'ungkapan', 'tanda', 'bentuk', 'acara']),
		sense: 'gratitude; thanksgiving'
	},
	// "pada kesempatan itu": the occasion, not an opportunity.
	kesempatan: { after: new Set(['pada', 'dalam', 'di']), sense: 'occasion; opportunity' },
	// Sport: "bermain seri", "berakhir seri" (a draw); "gol dicetak" (scored).
	seri: {
		after: new Set(['bermain', 'berakhir', 'hasil', 'imbang', 'skor', 'main', 'laga', 'tetap']),
		sense: 'draw; tie'
	},
	dicetak: { after: new Set(['gol', 'angka', 'poin']), sense: 'be scored' },
	// "penyemprotan masih jalan": still going on, not a road.
	jalan: {
		after: new Set(['masih', 'sedang', 'tetap', 'belum', 'terus']),
		sense: 'go on; run; be under way'
	},
	// "bermain bertahan": play defensively, not survive.
	bertahan: { after: new Set(['bermain', 'main', 'lebih']), sense: 'defend; play defensively' },
	// "melaju kencang": fast, not strong.
	kencang: {
		after: new Set(['melaju', 'berlari', 'laju', 'dipacu', 'memacu', 'berjalan', 'sangat']),
		sense: 'fast; at speed; strong'
	},
	// "perolehan suara", "kotak suara": votes, in election news.
	suara: {
		after: new Set([
			'meraih',
			'perolehan',
			'memperoleh',
			'mendapat',
			'penghitungan',
			'perhitungan',
			'kotak',
			'surat',
			'raihan'
		]),
		sense: 'votes; vote; voice'
	},
	// "angin berembus": the wind blows.
	berembus: { after: new Set(['angin']), sense: 'blow' },
	// "mobil mogok", "mesin mogok": a vehicle breaks down; workers strike.
	mogok: {
		after: new Set(['mobil', 'kendaraan', 'motor', 'mesin', 'truk', 'bus', 'kereta', 'sepeda']),
		sense: 'break down; stall'
	},
	// "air laut pasang", "banjir rob saat pasang": the tide, not "install".
	pasang: {
		after: new Set(['laut', 'air', 'saat', 'ketika', 'rob']),
		sense: 'high tide; tide; rise'
	}
};

/** Words before "atas" that make it a place (di atas: above, bagian atas: the top). */
const placeBeforeAtas = new Set([
	'di',
	'ke',
	'dari',
	'bagian',
	'sebelah',
	'lantai',
	'tingkat',
	'kelas',
	'menengah',
	'pihak'
]);
const vehicles = new Set(
	'motor mobil sepeda bus bis kereta pesawat kapal perahu ojek angkot becak truk taksi delman kuda'.split(
		' '
	)
);
/** Subjects that open a clause: "jadi kita …" is "so we …". */
const clauseSubjects = new Set([
	'kita',
	'kami',
	'saya',
	'aku',
	'dia',
	'ia',
	'mereka',
	'kamu',
	'anda',
	'beliau'
]);
/** An ordinal before a noun counts the whole group: "kedua rudal" (both), "kelima sekolah" (all five). */
const collectiveOrdinals: Record<string, string> = {
	kedua: 'both; the two',
	ketiga: 'all three; the three',
	keempat: 'all four; the four',
	kelima: 'all five; the five',
	keenam: 'all six; the six',
	ketujuh: 'all seven; the seven',
	kedelapan: 'all eight; the eight',
	kesembilan: 'all nine; the nine',
	kesepuluh: 'all ten; the ten'
};
/** Events one takes part in rather than follows. */
const events = new Set(
	'lomba kegiatan acara upacara pelatihan seleksi ujian pertandingan turnamen kompetisi rapat sidang program festival pemilu tes kejuaraan kontes pawai karnaval sosialisasi kirab jalan gerak perlombaan kelas kursus webinar seminar lokakarya ajang pameran'.split(
		' '
	)
);

/**
 * Senses fixed by words further away in the clause: "tidak … lagi" (no longer), "baik … maupun"
 * (both … and), "lebih besar dari" (than), "katanya" inside a sentence (reportedly, hearsay).
 */
function clauseLevelSense(lower: string, tokens: AnalysedToken[], i: number): string | undefined {
	const before = (n: number) => tokens[i - n]?.text.toLowerCase();
	// "lebih sedikit": fewer, less; not "a little".
	if (lower === 'sedikit' && before(1) === 'lebih') return 'fewer; less';
	// "lebih banyak lagi": even more.
	if (lower === 'lagi' && (before(2) === 'lebih' || before(3) === 'lebih'))
		return 'even (more); still (more)';
	if (lower === 'lagi') {
		for (let j = i - 1; j >= 0 && tokens[j].kind !== 'punct'; j--)
			if (negations.has(tokens[j].text.toLowerCase())) return 'no longer; any more';
		return undefined;
	}
	if (lower === 'baik') {
		for (let j = i + 1; j < tokens.length && j <= i + 12; j++)
			if (tokens[j].text.toLowerCase() === 'maupun') return 'both (baik … maupun: both … and)';
		return undefined;
	}
	// "syukur atas selesainya jalan", "panik atas kenaikan kasus": for, over; "di atas" stays above.
	if (lower === 'atas' && !placeBeforeAtas.has(before(1) ?? '') && tokens[i + 1]?.kind === 'word')
		return 'for; over; about';
	// "kambing maupun sapi": as well as; after a negation, nor.
	if (lower === 'maupun') {
		for (let j = i - 1; j >= 0 && tokens[j].kind !== 'punct'; j--)
			if (negations.has(tokens[j].text.toLowerCase())) return 'nor';
		return 'as well as; and';
	}
	// "naik motor" (ride), not "rise".
	if (lower === 'naik' && vehicles.has(tokens[i + 1]?.text.toLowerCase() ?? ''))
		return 'ride; go by; get on';
	// "banjir jadi kita bangunkan": so; "sudah jadi domba": become.
	if (lower === 'jadi' && clauseSubjects.has(tokens[i + 1]?.text.toLowerCase() ?? ''))
		return 'so; therefore';
	// A verb or noun whose sense its object decides: "peningkatan jalan" (upgrading), "menurunkan
	// petugas" (deploy), "melalui sambutannya" (speech), "laku dijual" (sell).
	const byObject = objectSenses[lower];
	// The object may stand behind its count: "menurunkan 17 petugas".
	const object = tokens[i + 1]?.kind === 'number' ? tokens[i + 2] : tokens[i + 1];
	if (byObject && byObject.objects.has(object?.root ?? '')) return byObject.sense;
	const byBefore = afterWordSenses[lower];
	if (byBefore && byBefore.after.has(before(1) ?? '')) return byBefore.sense;
	// "sangat ramai sekali" (very) after an adjective; "sekali melaut", "sekali seminggu" (once).
	if (lower === 'sekali' && tokens[i - 1]?.kind === 'word')
		return tokens[i - 1].gloss?.senses[0]?.pos === 'adj' ? undefined : 'once; one time';
	if (lower === 'sekali' && !tokens[i - 1]) return 'once; one time';
	// "dari Senin hingga Rabu", "dari desa sampai kota": to, not "until" alone.
	if ((lower === 'hingga' || lower === 'sampai') && tokens[i + 1]?.kind === 'word') {
		for (let j = i - 1; j >= 0 && j >= i - 5 && tokens[j].kind !== 'punct'; j--)
			if (tokens[j].text.toLowerCase() === 'dari') return 'to; until';
	}
	// "ada di lokasi": be there, be present, not "there is".
	if (
		lower === 'ada' &&
		tokens[i + 1]?.text.toLowerCase() === 'di' &&
		tokens[i - 1]?.kind === 'word'
	)
		return 'be (there); be present';
	// "kurang pemasok", "kurang tenaga": short of a thing, not "less".
	const next = tokens[i + 1];
	const nounMade = next?.affixes.some((a) =>
		/^(peN-|pe-|-an|peN-…-an|ke-…-an|per-…-an)$/.test(a.form)
	);
	if (lower === 'kurang' && (strictNoun(next) || nounMade) && before(1) !== 'lebih')
		return 'short of; lacking';
	// "dapat bantuan", "dapat GTT": get, when a noun and not a verb follows.
	if (
		lower === 'dapat' &&
		(strictNoun(tokens[i + 1]) || /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? ''))
	)
		return 'get; receive';
	// "pegawai tidak tetap", "guru tetap": permanent, closing a noun phrase.
	if (
		lower === 'tetap' &&
		(strictNoun(tokens[i - 1]) || (before(1) === 'tidak' && strictNoun(tokens[i - 2]))) &&
		(!tokens[i + 1] || tokens[i + 1].kind === 'punct')
	)
		return 'permanent; fixed; regular';
	// "tahu betul" (know well), "paham betul": really, after a verb or an adjective.
	if (lower === 'betul' && /^(verb|adj)$/.test(tokens[i - 1]?.gloss?.senses[0]?.pos ?? ''))
		return 'really; truly; well';
	// "masing-masing tim" (each team), not "respectively".
	if (lower === 'masing-masing' && nounish(tokens[i + 1])) return 'each; every; respective';
	// "baru kali ini" (only now, for the first time), "baru akan" (only then): not "new".
	if (
		lower === 'baru' &&
		/^(kali|saja|sekarang|akan|bisa|dapat|mau|setelah|sebatas)$/i.test(tokens[i + 1]?.text ?? '')
	)
		return 'only; just; not until';
	// "mengungkapkan, …" / "mengungkapkan bahwa …" reports what was said, not "reveal".
	if (lower === 'mengungkapkan' && /^(,|bahwa)$/.test(tokens[i + 1]?.text ?? ''))
		return 'state; say; reveal';
	// "sudah laku", "tidak laku": sold, in demand; the root's "do; act" is for melakukan and berlaku.
	if (lower === 'laku' && tokens[i].affixes.length === 0) return 'sold; sell (well); be in demand';
	// "nilai tertinggi 270", "nilai rata-rata": a score or mark ("nilai 270" before a number).
	if (
		lower === 'nilai' &&
		/^(tertinggi|terendah|rata-rata|akhir|ujian|rapor)$/i.test(tokens[i + 1]?.text ?? '')
	)
		return 'score; mark; value';
	// "rusak akibat gempa", "Akibat banjir, …": due to, a noun phrase after it; not "result".
	if (
		lower === 'akibat' &&
		nounish(tokens[i + 1]) &&
		!/^(sebagai|menjadi|dengan|dan)$/.test(before(1) ?? '')
	)
		return 'due to; as a result of';
	// "melaju kencang": fast; "angin kencang" keeps "strong".
	if (
		lower === 'kencang' &&
		/^(melaju|berlari|bergerak|berjalan|ngebut|dipacu|dikemudikan)$/.test(before(1) ?? '')
	)
		return 'fast; at speed';
	// "guna penanganan banjir": for, before a noun; before a verb "in order to" (beforeVerbSenses).
	if (lower === 'guna' && nounish(tokens[i + 1]) && tokens[i - 1]?.kind === 'word')
		return 'for; for the purpose of';
	// "rawan banjir": prone to; "paling rawan" with nothing after it: vulnerable.
	if (lower === 'rawan')
		return nounish(tokens[i + 1]) ? 'prone to; at risk of' : 'vulnerable; at risk';
	// "jemaah asal Semarang", "warga asal Bandung": from, a place named next.
	if (lower === 'asal' && tokens[i + 1]?.isName && nounish(tokens[i - 1]))
		return 'from; originally from';
	// "khusus anak-anak" (especially, specifically for), but "tim khusus" (special) after a noun.
	if (lower === 'khusus' && nounish(tokens[i + 1]) && !nounish(tokens[i - 1]))
		return 'especially; specifically (for)';
	// "berlangsung hingga Juni", "berlangsung selama dua hari": last, go on.
	if (lower === 'berlangsung' && /^(hingga|sampai|selama)$/i.test(tokens[i + 1]?.text ?? ''))
		return 'last; go on; continue';
	// "laga terakhir melawan PSKB": against, versus — a team or person is named next.
	if (lower === 'melawan' && tokens[i + 1]?.isName) return 'against; versus; fight';
	// "mulai mesin hingga jaring" (ranging from … to), not "begin": a noun, then hingga/sampai.
	if (lower === 'mulai' && nounish(tokens[i + 1])) {
		for (let j = i + 2; j < tokens.length && j <= i + 6 && tokens[j].kind !== 'punct'; j++)
			if (/^(hingga|sampai)$/i.test(tokens[j].text)) return 'from (mulai … hingga: from … to)';
		return undefined;
	}
	// "lebih besar dari" (than), but not "lebih lanjut dari" (further details of): a unit before.
	if (
		lower === 'dari' &&
		(before(2) === 'lebih' || before(2) === 'kurang') &&
		tokens[i - 1]?.unit === undefined
	)
		return 'than';
	// "kedua rudal" (both missiles), "ketiga sekolah" (all three): an ordinal before a noun, not
	// after "yang" or "ke" and not "kedua kalinya" (the second time).
	const all = collectiveOrdinals[lower];
	if (all && nounish(tokens[i + 1])) {
		const next = tokens[i + 1].text.toLowerCase();
		if (before(1) !== 'yang' && !next.startsWith('kali')) return all;
	}
	// "mengikuti lomba" (take part in), "diikuti ratusan warga" (attended by), not "follow".
	if (
		(lower === 'mengikuti' || lower === 'diikuti') &&
		events.has(tokens[i + 1]?.text.toLowerCase() ?? '')
	)
		return lower === 'mengikuti' ? 'take part in; attend' : 'be attended by; be taken part in';
	if (
		lower === 'diikuti' &&
		(before(1) === 'yang' || tokens[i + 1]?.text.toLowerCase() === 'oleh')
	) {
		for (let j = i - 1; j >= 0 && j >= i - 4; j--)
			if (events.has(tokens[j].text.toLowerCase())) return 'be attended by; be taken part in';
	}
	if (lower === 'katanya' && tokens[i - 1]?.kind === 'word') return 'reportedly; they say';
	// '"Katanya pemerintah mau …': hearsay at the start of a sentence or a quote, not a speech tag.
	if (
		lower === 'katanya' &&
		(i === 0 || (i === 1 && /^[“"']$/.test(tokens[0].text))) &&
		tokens[i + 1]?.kind === 'word'
	)
		return 'reportedly; they say';
	// "Beruntung, …": fortunately, opening the sentence.
	if (lower === 'beruntung' && i === 0 && tokens[1]?.text === ',') return 'fortunately; luckily';
	// "puluhan ribu", "ratusan juta": tens, hundreds of thousands.
	if (
		/^(puluhan|ratusan)$/.test(lower) &&
		/^(ribu|juta|miliar|triliun)$/i.test(tokens[i + 1]?.text ?? '')
	)
		return lower === 'puluhan' ? 'tens (of)' : 'hundreds (of)';
	// "50 kilo sehari", "tiga kali sehari": a day, per day, after an amount.
	if (
		lower === 'sehari' &&
		tokens
			.slice(Math.max(0, i - 3), i)
			.some((x) => x.kind === 'number' || numberWords.has(x.text.toLowerCase()))
	)
		return 'a day; per day';
	// "Masa memperbaiki jalan saja …": surely not, how come, before a verb or a person.
	if (
		lower === 'masa' &&
		(i === 0 || openingMarks.has(before(1) ?? '')) &&
		(verbShaped(tokens[i + 1]) || clauseSubjects.has(tokens[i + 1]?.text.toLowerCase() ?? ''))
	)
		return 'surely not; how come';
	// Police "mengamankan": seize goods and vehicles, arrest people (behind a count too).
	if (/^(mengamankan|amankan|diamankan)$/.test(lower)) {
		const counted =
			tokens[i + 1]?.kind === 'number' || numberWords.has(tokens[i + 1]?.text.toLowerCase() ?? '');
		const object = counted ? tokens[i + 2] : tokens[i + 1];
		const root = object?.root ?? '';
		const word = object?.text.toLowerCase() ?? '';
		if (lower !== 'diamankan' && (seizable.has(root) || seizable.has(word)))
			return 'seize; confiscate; secure';
		if (lower !== 'diamankan' && (arrestable.has(root) || arrestable.has(word)))
			return 'arrest; detain';
		// "sepeda motor yang diamankan", "barang bukti diamankan": what was seized stands before.
		if (lower === 'diamankan')
			for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
				const w = tokens[j].text.toLowerCase();
				if (seizable.has(tokens[j].root ?? '') || seizable.has(w))
					return 'be seized; be confiscated';
				if (arrestable.has(tokens[j].root ?? '') || arrestable.has(w))
					return 'be arrested; be detained';
			}
	}
	// "modal yang dikeluarkan petani": spent; the money stands before.
	if (lower === 'dikeluarkan')
		for (let j = i - 1; j >= 0 && j >= i - 3; j--)
			if (/^(modal|biaya|uang|dana|ongkos|anggaran)$/.test(tokens[j].text.toLowerCase()))
				return 'be spent; be paid out';
	// "7 meter x 6 meter": by, between two measures.
	if (lower === 'x' && tokens[i - 2]?.kind === 'number' && tokens[i + 1]?.kind === 'number')
		return 'by; times';
	// "unggul atas Persis": beat, win over.
	if (lower === 'unggul' && before(-1) === 'atas') return 'beat; win over; lead';
	// "menurunkan muatan": unload; "menurunkan penumpang": drop off.
	if (
		lower === 'menurunkan' &&
		/^(muatan|barang|penumpang|kargo)$/i.test(tokens[i + 1]?.text ?? '')
	)
		return 'unload; drop off';
	return undefined;
}

function setGrammatical(t: AnalysedToken, sense: string, pos: string): void {
	const mine = sense.split('; ');
	const rest = (t.gloss?.senses ?? []).filter((x) => !mine.includes(x.gloss));
	const others = rest.flatMap((x) => x.gloss.split('; ')).filter((g) => !mine.includes(g));
	t.gloss = {
		gloss: [...mine, ...others].slice(0, 3).join('; '),
		senses: [...sensesOfGloss(sense, pos), ...rest],
		source: t.gloss?.source ?? 'root',
		grammatical: true
	};
}

/** A noun by its chosen sense, no more: "biasanya akan semakin" has none after akan. */
const strictNoun = (t: AnalysedToken | undefined) =>
	t?.kind === 'word' && t.gloss?.senses[0]?.pos === 'noun';
const hasNya = (t: AnalysedToken | undefined) => !!t?.affixes.some((a) => a.form === '-nya');

/** A noun by its chosen sense, or a form glossed on its own (petani) without a verbal prefix. */
function nounish(t: AnalysedToken | undefined): boolean {
	if (t?.kind !== 'word') return false;
	const pos = t.gloss?.senses[0]?.pos;
	return pos === 'noun' || (pos === '' && !t.affixes.some((a) => verbalPrefixes.has(a.form)));
}

function glossByNeighbours(sentences: AnalysedSentence[]): void {
	for (const s of sentences)
		s.tokens.forEach((t, i) => {
			const lower = t.text.toLowerCase();
			const next = s.tokens[i + 1];
			if (t.unit !== undefined || t.kind !== 'word') return;
			// "3x lipat" writes "3 kali" as one word; "peringkat II" a rank in Roman numerals.
			const isNumber = (x: AnalysedToken | undefined) =>
				!!x &&
				(x.kind === 'number' ||
					// Not "I": Balinese names open with it (I Made Candra).
					/^(II|III|IV|V|VI|VII|VIII|IX|X)$/.test(x.text) ||
					(x.kind === 'word' && (numberWords.has(x.text.toLowerCase()) || /^\d+x$/i.test(x.text))));
			const beforeNumber =
				isNumber(next) ||
				(!!next && /^Rp\.?\d|^Rp\.?$/.test(next.text)) ||
				(lower === 'pada' && !!next && dayNames.has(next.text.toLowerCase()));
			// "per ekor" (per head), "setiap butir": a counting word after per/tiap too.
			const afterNumber =
				isNumber(s.tokens[i - 1]) || /^(per|tiap|setiap)$/i.test(s.tokens[i - 1]?.text ?? '');
			// A prefixed verb, a word the lexicon lists as a verb (berteriak has its own entry, so
			// no affix), or a modal that opens a verb phrase.
			// "baru bisa diambil" (only then), read by the clause below, not "just" before a verb.
			const modalAfterBaru = lower === 'baru' && /^(bisa|dapat|akan|mau)$/i.test(next?.text ?? '');
			const beforeVerb =
				!modalAfterBaru &&
				next?.kind === 'word' &&
				(next.affixes.some((a) => verbalPrefixes.has(a.form)) ||
					next.gloss?.senses[0]?.pos === 'verb' ||
					verbPhraseOpeners.has(next.text.toLowerCase()));
			const prevLower = s.tokens[i - 1]?.text.toLowerCase() ?? '';
			const afterTime =
				timeNouns.has(prevLower) ||
				dayNames.has(prevLower) ||
				monthNames.has(prevLower) ||
				feastNames.has(prevLower);
			const afterRequest =
				lower in afterRequestSenses &&
				s.tokens.slice(Math.max(0, i - 3), i).some((x) => requestRoots.has(x.root));
			const prev = s.tokens[i - 1];
			const opening = !prev || openingMarks.has(prev.text);
			// The first rule that applies gives the sense, with the part of speech it has there.
			const rule = (applies: boolean, table: Record<string, string>, pos: string) =>
				applies && table[lower] ? { sense: table[lower], pos } : undefined;
			const range = rangeSense(lower, s.tokens, i, isNumber);
			const year =
				lower === 'pada' && /^(19|20)\d\d$/.test(next?.text ?? '')
					? { sense: 'in', pos: 'prep' }
					: undefined;
			const chosen = modalAfterBaru
				? undefined
				: (year ??
					(range ? { sense: range, pos: 'adv' } : undefined) ??
					rule(beforeNumber, beforeNumberSenses, 'adv') ??
					rule(afterNumber, afterNumberSenses, 'noun') ??
					rule(afterTime, afterTimeSenses, 'adj') ??
					rule(teamWords.has(prevLower), afterTeamSenses, 'adj') ??
					rule(afterRequest, afterRequestSenses, 'prep') ??
					rule(beforeVerb, beforeVerbSenses, 'adv') ??
					rule(
						next?.kind === 'word' && next.gloss?.senses[0]?.pos === 'adj',
						beforeAdjectiveSenses,
						'adv'
					) ??
					rule(opening, openingSenses, 'adv') ??
					rule(prev?.text === ',' && !beforeVerb && !beforeNumber, afterCommaSenses, 'adv') ??
					rule(nounish(prev) && !beforeVerb, afterNounSenses, 'adj') ??
					rule(nounish(prev), describingNounSenses, 'adj') ??
					rule(
						nounish(prev) && !hasNya(prev) && !beforeVerb && strictNoun(next),
						betweenNounsSenses,
						'prep'
					));
			if (chosen) return setGrammatical(t, chosen.sense, chosen.pos);
			const clauseSense = clauseLevelSense(lower, s.tokens, i);
			if (clauseSense) setGrammatical(t, clauseSense, 'adv');
		});
}

function glossAttributions(sentences: AnalysedSentence[]): void {
	for (const s of sentences)
		s.tokens.forEach((t, i) => {
			const verb = attributionVerbs[t.root];
			const before = s.tokens[i - 1];
			// After a quote ("…," kata Budi) or after a comma with the speaker's name next (…, jelas Pudji).
			const after = s.tokens[i + 1];
			const quoted = !!before && closingQuotes.has(before.text);
			const named =
				before?.text === ',' &&
				(!!after?.isName || ['dia', 'ia', 'beliau'].includes(after?.text.toLowerCase() ?? ''));
			// "Kata dia, …" / "Kata Budi, …": the tag opens the sentence.
			const opening =
				(!before || openingMarks.has(before.text)) &&
				(after?.text.toLowerCase() === 'dia' || !!after?.isName) &&
				s.tokens.slice(i + 1, i + 6).some((x) => x.text === ',');
			// "Akibat banyaknya kasus kata dia, puskesmas penuh": a tag set into the sentence.
			const inserted =
				(['dia', 'ia', 'beliau'].includes(after?.text.toLowerCase() ?? '') || !!after?.isName) &&
				s.tokens[i + 2]?.text === ',';
			if (!verb || t.kind !== 'word' || !(quoted || named || opening || inserted)) return;
			if (t.affixes.some((a) => a.form !== '-nya')) return;
			const withNya = t.affixes.length > 0;
			const shown = verb
				.split('; ')
				.map((v) => (withNya ? `he/she ${v}` : v))
				.join('; ');
			// "he/she said" already says what ujarnya's other senses (he said; she said) would.
			const rest = withNya
				? []
				: (t.gloss?.senses ?? []).filter((x) => !shown.split('; ').includes(x.gloss));
			t.gloss = {
				gloss: [shown, ...rest.map((x) => x.gloss)].slice(0, 3).join('; '),
				senses: [...sensesOfGloss(shown, 'verb'), ...rest],
				source: t.gloss?.source ?? 'root',
				grammatical: true
			};
		});
}

/**
 * A teacher's corrections (root or unit lemma → gloss) laid over a copy of the document: the corrected
 * gloss replaces the chosen sense everywhere that root or unit occurs. The cached document is never changed.
 */
export function applyCorrections(
	doc: AnalysedDocument,
	corrections: ReadonlyMap<string, string>
): AnalysedDocument {
	if (corrections.size === 0) return doc;
	const teacher = (gloss: string): ContextGloss => ({
		gloss,
		senses: sensesOfGloss(gloss, ''),
		source: 'teacher'
	});
	return {
		...doc,
		units: doc.units.map((u) =>
			corrections.has(u.lemma) ? { ...u, gloss: corrections.get(u.lemma)! } : u
		),
		sentences: doc.sentences.map((s) => ({
			...s,
			tokens: s.tokens.map((t) =>
				t.root && corrections.has(t.root) ? { ...t, gloss: teacher(corrections.get(t.root)!) } : t
			)
		}))
	};
}

/** Every token of the document in text order. */
export function documentTokens(doc: AnalysedDocument): AnalysedToken[] {
	return doc.sentences.flatMap((s) => s.tokens);
}
