/**
 * Who is who: "Siapa yang mengatakan, '…'?" answered by the speaker's role, not the name.
 *
 * News introduces a person once with a role ("Kepala Dinas Pendidikan Grobogan, Purnyomo, …",
 * "Kasat Reskrim Polres Tuban AKP Budi …", "Budi Santoso, Kanit Laka Polres Tuban, …") and then
 * quotes or follows that person by name alone or by a pronoun ('"…," kata Purnyomo.',
 * '"…," ujarnya.', "Purnyomo mengaku kecewa …"). Asking for the role there makes the learner link
 * the later sentence to the one that introduced the person: two sentences read together, and it
 * works on an article that quotes one person, as long as it names another office or role to
 * choose from. Wrong options are other people's roles and offices the article names without a
 * holder ("ke Bupati Grobogan"), never one that may be the same person's.
 */
import {
	agedAfter,
	appositionHeads,
	looksLikeVerb,
	type Entity,
	type SentenceEntities
} from './entities';
import {
	functionWords,
	geoHeads,
	personCues,
	orgHeads,
	ranks,
	speechVerbs,
	titleWords
} from './entity-words';
import { spanText, type QuestionDraft } from './fact-questions';
import { fnv1a, shortQuote } from './question-utils';
import {
	onePersonBefore,
	peopleOf,
	pronounSubject,
	quoted,
	speechTag
} from './reference-questions';
import type { Sentence, Token } from './types';

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const quoteMarks = /^["“”]$/;
/** Words a role may hold besides names and role words: "salah seorang pedagang di pasar". */
const roleGlue = new Set(['salah', 'seorang', 'satu', 'dan', 'di', 'dari', 'untuk', 'kota']);
/** Verbs only people do after a sentence-opening name: "Purnyomo mengaku kecewa …". */
const personalVerbs = new Set(
	'mengatakan menjelaskan menuturkan mengungkapkan menambahkan menegaskan menyebutkan mengaku berharap mengeluhkan mengakui menyampaikan memaparkan meminta mengimbau'.split(
		' '
	)
);
const maxRoleWords = 9;
/** Nouns that fit nearly anyone in a news story, so never a wrong option: an official is a resident too. */
const genericPeople = new Set(
	// Everyone is someone's child or spouse too.
	'warga masyarakat penduduk orang petugas aparat anggota pejabat pegawai karyawan pekerja anak istri suami ayah ibu kakak adik'.split(
		' '
	)
);

/** Offices of villages and acting posts that the shared title list does not hold. */
const localTitles = new Set(['penjabat', 'kuwu', 'petinggi', 'kalaksa', 'sekretaris', 'pelaksana']);

const isRoleWord = (t: Token[], k: number) =>
	titleWords.has(lower(t[k])) ||
	localTitles.has(lower(t[k])) ||
	appositionHeads.has(lower(t[k])) ||
	personCues.has(lower(t[k])) ||
	personCues.has(`${lower(t[k])} ${lower(t[k + 1])}`);

/** A role phrase is a title or a noun for people with names and a few glue words: no verbs, no clauses. */
function isRolePhrase(t: Token[], a: number, b: number): boolean {
	if (a < 0 || b < a || b - a + 1 > maxRoleWords) return false;
	let hasRole = false;
	let depth = 0;
	for (let k = a; k <= b; k++) {
		if (t[k].text === '(' || t[k].text === ')') {
			depth += t[k].text === '(' ? 1 : -1;
			if (depth < 0 || depth > 1) return false;
			continue;
		}
		if (depth > 0) continue;
		if (isRoleWord(t, k)) hasRole = true;
		else if (t[k].kind === 'name') continue;
		else if (t[k].kind !== 'word') return false;
		// "petani jagung", "sopir truk": nouns after the head; a verb or a function word ends a role.
		else if (
			!roleGlue.has(lower(t[k])) &&
			(looksLikeVerb(lower(t[k])) || functionWords.has(lower(t[k])))
		)
			return false;
	}
	// A rank alone ("Iptu") says how senior, not what the person does.
	return hasRole && !(a === b && ranks.has(lower(t[a])));
}

/** Words that end a role in apposition after a name: "…, salah satu pedagang di pasar saat ditemui". */
const afterRole = new Set([
	'saat',
	'ketika',
	'usai',
	'seusai',
	'setelah',
	'kepada',
	'dalam',
	'pada'
]);

/** Text of a role, lower-cased at the start unless it is a title before an office's name. */
function roleText(s: Sentence, a: number, b: number): string {
	const t = s.tokens;
	let last = b;
	while (last > a && ranks.has(lower(t[last]))) last--; // "… Polres Tuban AKP" + name
	// "petani jagung Desa Setrojenar Kecamatan …", "salah satu pedagang di Pasar Arengka": what
	// the person does is the choice; where they live or work makes the key the only long option.
	if (last > a && /^\p{Ll}/u.test(t[a + 1].text)) {
		// ("juru bicara Kremlin" keeps its body: only an address is cut.)
		const place = t.findIndex(
			(x, k) =>
				k > a &&
				k <= last &&
				(/^(di|dari)$/.test(lower(x)) || (x.kind === 'name' && geoHeads.has(lower(x))))
		);
		let end = place < 0 ? last : place - 1;
		while (end > a && roleGlue.has(lower(t[end]))) end--;
		last = end;
	}
	const text = spanText(s, a, last);
	const titled =
		(titleWords.has(lower(s.tokens[a])) || localTitles.has(lower(s.tokens[a]))) &&
		/^\p{Lu}/u.test(s.tokens[a + 1]?.text ?? '');
	return titled ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The role given to a person in this sentence: before the name, or in apposition after it. */
export function roleOf(s: Sentence, x: Entity): string | undefined {
	const t = s.tokens;
	if (x.role && isRolePhrase(t, x.role.first, x.role.last))
		return roleText(s, x.role.first, x.role.last);
	// "Kasat Reskrim Polres Bantul AKP Joko Purnomo": the rank ends an office written before it.
	if (x.role && t.slice(x.role.first, x.role.last + 1).every((r) => ranks.has(lower(r)))) {
		let a = x.role.first;
		const capital = (r: Token) =>
			r.kind === 'name' || (r.kind === 'word' && /^\p{Lu}/u.test(r.text));
		while (a > 0 && capital(t[a - 1]) && x.role.first - a < maxRoleWords) a--;
		while (a < x.role.first && !isRoleWord(t, a)) a++;
		if (a < x.role.first && isRolePhrase(t, a, x.role.first - 1))
			return roleText(s, a, x.role.first - 1);
	}
	// "Kepala Dinas Pendidikan Grobogan, Purnyomo, …", "Salah seorang pedagang, Siti (45), …"
	// (A rank may stand after the comma: "Kanit Gakkum Polres Tuban, Iptu Agus Salim, …".)
	let named = x.first;
	while (named > 0 && ranks.has(lower(t[named - 1]))) named--;
	if (t[named - 1]?.text === ',') {
		let a = named - 2;
		const opener = (k: number) => speechVerbs.has(lower(t[k])) || lower(t[k]) === 'menurut';
		// "Kepala Pelaksana (Kalaksa) BPBD Situbondo, …": a bracketed short form stays in the role.
		const inRole = (k: number) =>
			t[k].kind === 'word' || t[k].kind === 'name' || t[k].text === '(' || t[k].text === ')';
		while (a > 0 && inRole(a - 1) && !opener(a - 1)) a--;
		// At the start of the sentence or the quote, or after a speech tag's verb ('ujar petani …, Tumiyah').
		const opens = a === 0 || quoteMarks.test(t[a - 1].text) || opener(a - 1);
		const end = named - 2;
		const next = t[x.last + 1];
		const closes = !next || /^[,(.]$/.test(next.text) || personalVerbs.has(lower(next));
		if (opens && closes && isRolePhrase(t, a, end)) return roleText(s, a, end);
	}
	// "…," terang Iptu Nungki Sambodo, Kanit Laka Satlantas Polres Tuban. "Syaifudin (49), warga …"
	const aged = agedAfter(t, x.last);
	const after = aged ? x.last + 4 : x.last + 1;
	// "Suprio (55) warga Desa Gisik, …": after an age the role may follow with no comma.
	if (t[after]?.text === ',' || (aged && t[after]?.kind === 'word')) {
		const a = t[after].text === ',' ? after + 1 : after;
		let b = a;
		while (
			b + 1 < t.length &&
			(t[b + 1].kind === 'word' || t[b + 1].kind === 'name') &&
			!afterRole.has(lower(t[b + 1]))
		)
			b++;
		const closes =
			b + 1 >= t.length || /^[,.]$/.test(t[b + 1].text) || afterRole.has(lower(t[b + 1]));
		// "…, salah satu pedagang di …": the role word may follow "salah satu" or "seorang".
		let head = a;
		while (head < b && roleGlue.has(lower(t[head]))) head++;
		if (closes && isRoleWord(t, head) && isRolePhrase(t, a, b)) return roleText(s, a, b);
	}
	return undefined;
}

/** Titles that are not an office of their own: honorifics ("Ibu Kota" is the capital), ranks, callings. */
const notOffices = new Set([
	...ranks,
	...'pak bu bapak ibu dr. prof. profesor dokter kiai ustaz ustazah pendeta romo suster bidan syekh paus raja ratu pangeran besar wakil perdana jenderal duta'.split(
		' '
	)
]);

const wholeOffices = new Set(
	'kapolres kapolresta kapolda kapolsek kapolri bupati gubernur camat lurah kades sekda presiden dandim danramil pangdam'.split(
		' '
	)
);

/** "Bupati Grobogan" with no one named after it: an office the article mentions on its own. */
function officesOf(s: Sentence): string[] {
	const t = s.tokens;
	const out: string[] = [];
	for (let k = 0; k < t.length; k++) {
		if (!titleWords.has(lower(t[k])) || notOffices.has(lower(t[k])) || !/^\p{Lu}/u.test(t[k].text))
			continue;
		let b = k;
		while (b + 1 < t.length && t[b + 1].kind === 'name' && b - k < 4) b++;
		const next = t[b + 1];
		// A name or a comma and a name after the office: it has a holder, who is asked about elsewhere.
		if (next?.kind === 'name' || (next?.text === ',' && t[b + 2]?.kind === 'name')) continue;
		// "Kapolres memberi maklumat …": some offices are whole without a place; "Kepala" is not.
		if (b === k && !wholeOffices.has(lower(t[k]))) continue;
		out.push(spanText(s, k, b));
		k = b;
	}
	return out;
}

/** Nouns for one calling: a trader is a seller, a driver a chauffeur, a pupil a student. */
const callings = [
	'pedagang penjual pengecer saudagar',
	'sopir pengemudi',
	'petani pekebun penggarap',
	'siswa siswi murid pelajar',
	'guru pengajar',
	'pengendara pemotor',
	'nelayan pelaut',
	'buruh pekerja karyawan pegawai',
	'pemilik pengelola',
	'perajin pengrajin'
].map((c) => new Set(c.split(' ')));

function sameCalling(a: string, b: string): boolean {
	const words = (s: string) => s.toLowerCase().split(/\s+/);
	return callings.some((c) => words(a).some((w) => c.has(w)) && words(b).some((w) => c.has(w)));
}

/** Same office or role, or one inside the other ("Kapolres" and "Kapolres Tuban"). */
function overlaps(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x.includes(y) || y.includes(x) || x.split(' ')[0] === y.split(' ')[0];
}

/** "petani jagung" beside a quote about "jagung kami": the key would be found by matching words. */
function sharesWord(role: string, prompt: string): boolean {
	const words = new Set(prompt.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
	return role
		.toLowerCase()
		.split(/\s+/)
		.some((w) => w.length >= 4 && !roleGlue.has(w) && words.has(w));
}

/** The person a later sentence speaks of without a role, and how to ask for it. */
function askedAbout(
	entries: SentenceEntities[],
	i: number,
	people: Map<string, string>
): { key: string; prompt: string; said: boolean } | undefined {
	const { sentence: s, entities } = entries[i];
	const t = s.tokens;
	const named = entities.filter((x) => x.type === 'person' && people.has(x.key));
	// '"…," kata Purnyomo.', also when the quote began in the sentence before.
	const open = quoteMarks.test(t[0]?.text ?? '') ? 1 : 0;
	const close = t.findIndex((x, k) => k >= open && quoteMarks.test(x.text));
	if (close >= open + 4 && t.slice(open, close).every((x) => !quoteMarks.test(x.text))) {
		// A rank may stand between the verb and the name ("beber Iptu Nungki Sambodo").
		const speaker = named.find(
			(x) =>
				speechVerbs.has(lower(t[close + 1])) &&
				x.first >= close + 2 &&
				t.slice(close + 2, x.first).every((r) => ranks.has(lower(r)))
		);
		if (speaker && !roleOf(s, speaker)) {
			const quote = shortQuote(spanText(s, open, close - 1)).replace(/[,.]$/, '');
			return { key: speaker.key, prompt: `Siapa yang mengatakan, "${quote}"?`, said: true };
		}
	}
	// '"…," ujarnya.': the last person who spoke, as the reference items find them.
	const tag = speechTag(s);
	if (tag && named.length === 0) {
		const found = onePersonBefore(entries, i, people, 8, false);
		const key = found && [...people].find(([, display]) => display === found.answer)?.[0];
		if (key)
			return {
				key,
				prompt: `Siapa yang mengatakan, "${tag.quote}"${/[?!]$/.test(tag.quote) ? '' : '?'}`,
				said: true
			};
	}
	// "Purnyomo mengaku kecewa, karena …", also after a short opening ("Lebih lanjut, Budi …").
	const comma = t.findIndex((x) => x.text === ',');
	const opening = comma >= 1 && comma <= 3 && t.slice(0, comma).every((x) => x.kind === 'word');
	const opener = named.find((x) => x.first === 0 || (opening && x.first === comma + 1));
	if (opener && personalVerbs.has(lower(t[opener.last + 1])) && !roleOf(s, opener)) {
		const rest = spanText(s, opener.last + 1, t.length - 1).replace(/[.!?]+$/, '');
		const words = rest.split(/\s+/);
		if (words.length >= 4 && words.length <= 16 && !/["“”]/.test(rest))
			return { key: opener.key, prompt: `Siapa yang ${rest}?`, said: false };
	}
	// "Menurut Tumiyah, harga jagung turun karena …": asked as "Menurut siapa, …?".
	const by = named.find(
		(x) => x.first === 1 && lower(t[0]) === 'menurut' && t[x.last + 1]?.text === ','
	);
	if (by && !roleOf(s, by)) {
		const rest = spanText(s, by.last + 2, t.length - 1).replace(/[.!?]+$/, '');
		const words = rest.split(/\s+/);
		if (words.length >= 4 && words.length <= 16 && !/["“”]/.test(rest))
			return { key: by.key, prompt: `Menurut siapa, ${rest}?`, said: false };
	}
	// "Ia menambahkan, …" in an article that names one person: who "ia" is, by role, since no
	// other name could stand beside the key (the reference items need two).
	const at = pronounSubject(s);
	if (at >= 0 && named.length === 0 && people.size === 1) {
		const found = onePersonBefore(entries, i, people, undefined, false);
		const key = found && [...people].find(([, display]) => display === found.answer)?.[0];
		const pronoun = t[at].text.toLowerCase();
		if (key)
			return {
				key,
				prompt: `Dalam kalimat "${quoted(s)}", siapa yang dimaksud dengan "${pronoun}"?`,
				said: false
			};
	}
	return undefined;
}

export function roleQuestions(
	entries: SentenceEntities[],
	isWord?: (word: string) => boolean
): QuestionDraft[] {
	const people = peopleOf(entries, isWord);
	/** Each person's first role, and the sentence that gives it. */
	const roles = new Map<string, { role: string; at: number }>();
	const offices: string[] = [];
	/** Nouns for people the text uses ("pedagang", "sopir"): wrong options beside a role of that shape. */
	const groups = new Set<string>();
	entries.forEach(({ sentence, entities }, i) => {
		for (const x of entities) {
			if (x.type !== 'person' || !people.has(x.key) || roles.has(x.key)) continue;
			const role = roleOf(sentence, x);
			if (role) roles.set(x.key, { role, at: i });
		}
		offices.push(...officesOf(sentence));
		for (const t of sentence.tokens)
			if (/^\p{Ll}/u.test(t.text) && appositionHeads.has(t.text) && !genericPeople.has(t.text))
				groups.add(t.text);
	});
	const out: QuestionDraft[] = [];
	for (let i = 1; i < entries.length; i++) {
		const asked = askedAbout(entries, i, people);
		const known = asked && roles.get(asked.key);
		if (!asked || !known || known.at >= i) continue;
		const others = [
			...[...roles].filter(([key]) => key !== asked.key).map(([, r]) => r.role),
			...offices,
			// Beside "petani jagung" a bare noun is an option of the same shape; beside an office it is not.
			...(/^\p{Ll}/u.test(known.role) ? groups : [])
		];
		const distractors = [...new Set(others)]
			.filter((r) => !overlaps(r, known.role) && !sameCalling(r, known.role))
			// "pembeli" beside a quote about buyers: the prompt's own people are no speakers to offer.
			.filter((r) => !(groups.has(r) && sharesWord(r, asked.prompt)))
			.filter((r, k, all) => all.findIndex((o) => o.includes(r) || r.includes(o)) === k)
			.sort((a, b) => fnv1a(asked.key + a) - fnv1a(asked.key + b));
		if (distractors.length === 0 || sharesWord(known.role, asked.prompt)) continue;
		// "warga Desa X" says where someone lives, not what they are: a fisherman is a resident too.
		const head = known.role.split(' ').find((w) => !roleGlue.has(w.toLowerCase()));
		if (head && genericPeople.has(head.toLowerCase())) continue;
		const name = people.get(asked.key)!;
		const introduced = entries[known.at].sentence;
		out.push({
			kind: 'role',
			prompt: asked.prompt,
			answer: known.role,
			distractors,
			sentence: entries[i].sentence,
			explanation: `${asked.said ? `${name} yang mengatakannya` : `Kalimat itu tentang ${name}`}; ${name} adalah ${known.role} ("${unquoted(introduced)}").`,
			difficulty: 3,
			subject: name
		});
	}
	out.push(...ownSideQuestions(entries, people, roles));
	return out;
}

const unquoted = (s: Sentence) => quoted(s).replace(/["“”]/g, '');

/** Titles of the head of a body: "Kepala Dinas Pendidikan Grobogan" heads "Dinas Pendidikan Grobogan". */
const headTitles = new Set(
	'kepala ketua direktur sekretaris kabid kabag kasi kasubdit plt pj wakil komandan'.split(' ')
);

/** The body a role heads or serves in, when the role names it. */
function bodyOf(role: string): string | undefined {
	const words = role.split(' ');
	let k = 0;
	while (k < words.length - 1 && headTitles.has(words[k].toLowerCase())) k++;
	if (k === 0) return undefined;
	const first = words[k];
	const opens =
		orgHeads.has(first.toLowerCase()) ||
		orgHeads.has(`${first} ${words[k + 1] ?? ''}`.toLowerCase()) ||
		/^\p{Lu}{3,}$/u.test(first);
	return opens ? words.slice(k).join(' ') : undefined;
}

/**
 * A body's name that opens with its kind ("Komisi V DPR RI", "Badan Pusat Statistik"). A bare
 * acronym may be a fund or a thing (DAU, DTT), and a school is not a side an official speaks for.
 */
function namesBody(name: string): boolean {
	const words = name.toLowerCase().split(/\s+/);
	return (
		words.length >= 2 &&
		(orgHeads.has(words[0]) || orgHeads.has(`${words[0]} ${words[1]}`)) &&
		!schoolHeads.test(words[0])
	);
}
const schoolHeads =
	/^(sekolah|sd|sdn|smp|smpn|sma|sman|smk|madrasah|universitas|fakultas|institut|akademi)$/;

/** The sentence around "pihaknya", so that what the side did is in the prompt. */
function aroundOwnSide(s: Sentence): string {
	const words = s.text.split(/\s+/);
	const k = words.findIndex((w) => /^pihaknya\b/i.test(w));
	if (words.length <= 16 || k < 0) return quoted(s);
	const from = Math.max(0, k - 6);
	const to = Math.min(words.length, k + 8);
	const text = words
		.slice(from, to)
		.join(' ')
		.replace(/[.!?]+$/, '');
	return `${from > 0 ? '… ' : ''}${text}${to < words.length ? ' …' : ''}`;
}

/** "BPBD" for "Badan Penanggulangan Bencana Daerah": initials that may name the same body. */
function sameBody(a: string, b: string): boolean {
	const initials = (s: string) =>
		s
			.split(/\s+/)
			.filter((w) => /^\p{Lu}/u.test(w))
			.map((w) => w[0])
			.join('');
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x.includes(y) || y.includes(x)) return true;
	const acronym = (s: string) => (/^\p{Lu}{2,}$/u.test(s.split(' ')[0]) ? s.split(' ')[0] : '');
	return [acronym(a), acronym(b)].some(
		(c) => c !== '' && (initials(a).startsWith(c) || initials(b).startsWith(c))
	);
}

/**
 * "Dia menjelaskan, pihaknya sudah mengajukan bantuan ke PUPR": "pihaknya" is the speaker's side,
 * the body their role heads. Asked where the speaker is named in the sentence or is its pronoun
 * subject, and the article names other bodies to choose from.
 */
function ownSideQuestions(
	entries: SentenceEntities[],
	people: Map<string, string>,
	roles: Map<string, { role: string; at: number }>
): QuestionDraft[] {
	const bodies = new Set<string>();
	// "dana tak terduga (DTT)": an acronym spelt out in common words names a thing, not a body.
	const things = new Set<string>();
	for (const { sentence } of entries)
		sentence.tokens.forEach((x, k, t) => {
			if (x.text === '(' && /^\p{Ll}/u.test(t[k - 1]?.text ?? '')) things.add(t[k + 1]?.text ?? '');
		});
	for (const { entities } of entries)
		for (const x of entities)
			if (x.type === 'org' && !things.has(x.display) && namesBody(x.display)) bodies.add(x.display);
	for (const { role } of roles.values()) {
		const body = bodyOf(role);
		if (body) bodies.add(body);
	}
	const out: QuestionDraft[] = [];
	entries.forEach(({ sentence, entities }, i) => {
		const t = sentence.tokens;
		const at = t.findIndex((x) => x.text.toLowerCase() === 'pihaknya');
		if (at < 0 || t.slice(0, at).some((x) => quoteMarks.test(x.text))) return;
		const named = entities.filter((x) => x.type === 'person' && x.last < at && people.has(x.key));
		let key = named.length === 1 ? named[0].key : undefined;
		if (named.length === 0 && pronounSubject(sentence) >= 0) {
			const found = onePersonBefore(entries, i, people, undefined, false);
			key = found && [...people].find(([, display]) => display === found.answer)?.[0];
		}
		const role = key && roles.get(key);
		const body = role && bodyOf(role.role);
		if (!key || !role || !body) return;
		const distractors = [...bodies]
			.filter((b) => !sameBody(b, body))
			.filter((b, k, all) => all.findIndex((o) => sameBody(o, b)) === k)
			.sort((a, b) => fnv1a(key + a) - fnv1a(key + b));
		if (distractors.length === 0) return;
		const name = people.get(key)!;
		out.push({
			kind: 'reference',
			prompt: `Dalam kalimat "${aroundOwnSide(sentence)}", siapa yang dimaksud dengan "pihaknya"?`,
			answer: body,
			distractors,
			sentence,
			explanation: `"Pihaknya" adalah pihak ${name}, yaitu ${body}: ${name} adalah ${role.role} ("${unquoted(entries[role.at].sentence)}").`,
			difficulty: 3,
			subject: 'pihaknya'
		});
	});
	return out;
}
