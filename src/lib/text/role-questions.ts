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
	ranks,
	speechVerbs,
	titleWords
} from './entity-words';
import { spanText, type QuestionDraft } from './fact-questions';
import { fnv1a, shortQuote } from './question-utils';
import { onePersonBefore, peopleOf, quoted, speechTag } from './reference-questions';
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
	'warga masyarakat penduduk orang petugas aparat anggota pejabat pegawai karyawan pekerja'.split(
		' '
	)
);

const isRoleWord = (t: Token[], k: number) =>
	titleWords.has(lower(t[k])) ||
	appositionHeads.has(lower(t[k])) ||
	personCues.has(lower(t[k])) ||
	personCues.has(`${lower(t[k])} ${lower(t[k + 1])}`);

/** A role phrase is a title or a noun for people with names and a few glue words: no verbs, no clauses. */
function isRolePhrase(t: Token[], a: number, b: number): boolean {
	if (a < 0 || b < a || b - a + 1 > maxRoleWords) return false;
	let hasRole = false;
	for (let k = a; k <= b; k++) {
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
	const titled = titleWords.has(lower(s.tokens[a])) && /^\p{Lu}/u.test(s.tokens[a + 1]?.text ?? '');
	return titled ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The role given to a person in this sentence: before the name, or in apposition after it. */
export function roleOf(s: Sentence, x: Entity): string | undefined {
	const t = s.tokens;
	if (x.role && isRolePhrase(t, x.role.first, x.role.last))
		return roleText(s, x.role.first, x.role.last);
	// "Kepala Dinas Pendidikan Grobogan, Purnyomo, …", "Salah seorang pedagang, Siti (45), …"
	// (A rank may stand after the comma: "Kanit Gakkum Polres Tuban, Iptu Agus Salim, …".)
	let named = x.first;
	while (named > 0 && ranks.has(lower(t[named - 1]))) named--;
	if (t[named - 1]?.text === ',') {
		let a = named - 2;
		const opener = (k: number) => speechVerbs.has(lower(t[k])) || lower(t[k]) === 'menurut';
		while (a > 0 && (t[a - 1].kind === 'word' || t[a - 1].kind === 'name') && !opener(a - 1)) a--;
		// At the start of the sentence or the quote, or after a speech tag's verb ('ujar petani …, Tumiyah').
		const opens = a === 0 || quoteMarks.test(t[a - 1].text) || opener(a - 1);
		const end = named - 2;
		const next = t[x.last + 1];
		const closes = !next || /^[,(.]$/.test(next.text) || personalVerbs.has(lower(next));
		if (opens && closes && isRolePhrase(t, a, end)) return roleText(s, a, end);
	}
	// "…," terang Iptu Nungki Sambodo, Kanit Laka Satlantas Polres Tuban. "Syaifudin (49), warga …"
	const after = agedAfter(t, x.last) ? x.last + 4 : x.last + 1;
	if (t[after]?.text === ',') {
		const a = after + 1;
		let b = a;
		while (
			b + 1 < t.length &&
			(t[b + 1].kind === 'word' || t[b + 1].kind === 'name') &&
			!afterRole.has(lower(t[b + 1]))
		)
			b++;
		const closes =
			b + 1 >= t.length || /^[,.]$/.test(t[b + 1].text) || afterRole.has(lower(t[b + 1]));
		if (closes && isRoleWord(t, a) && isRolePhrase(t, a, b)) return roleText(s, a, b);
	}
	return undefined;
}

/** "Bupati Grobogan" with no one named after it: an office the article mentions on its own. */
function officesOf(s: Sentence): string[] {
	const t = s.tokens;
	const out: string[] = [];
	for (let k = 0; k < t.length; k++) {
		if (!titleWords.has(lower(t[k])) || !/^\p{Lu}/u.test(t[k].text) || ranks.has(lower(t[k])))
			continue;
		let b = k;
		while (b + 1 < t.length && t[b + 1].kind === 'name' && b - k < 4) b++;
		const next = t[b + 1];
		// A name or a comma and a name after the office: it has a holder, who is asked about elsewhere.
		if (b === k || next?.kind === 'name' || (next?.text === ',' && t[b + 2]?.kind === 'name'))
			continue;
		out.push(spanText(s, k, b));
		k = b;
	}
	return out;
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
): { key: string; prompt: string } | undefined {
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
			return { key: speaker.key, prompt: `Siapa yang mengatakan, "${quote}"?` };
		}
	}
	// '"…," ujarnya.': the last person who spoke, as the reference items find them.
	const tag = speechTag(s);
	if (tag && named.length === 0) {
		const found = onePersonBefore(entries, i, people, 8);
		const key = found && [...people].find(([, display]) => display === found.answer)?.[0];
		if (key)
			return {
				key,
				prompt: `Siapa yang mengatakan, "${tag.quote}"${/[?!]$/.test(tag.quote) ? '' : '?'}`
			};
	}
	// "Purnyomo mengaku kecewa, karena …"
	const opener = named.find((x) => x.first === 0);
	if (opener && personalVerbs.has(lower(t[opener.last + 1])) && !roleOf(s, opener)) {
		const rest = spanText(s, opener.last + 1, t.length - 1).replace(/[.!?]+$/, '');
		const words = rest.split(/\s+/);
		if (words.length >= 4 && words.length <= 16 && !/["“”]/.test(rest))
			return { key: opener.key, prompt: `Siapa yang ${rest}?` };
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
			.filter((r) => !overlaps(r, known.role))
			.filter((r, k, all) => all.findIndex((o) => o.includes(r) || r.includes(o)) === k)
			.sort((a, b) => fnv1a(asked.key + a) - fnv1a(asked.key + b));
		if (distractors.length === 0 || sharesWord(known.role, asked.prompt)) continue;
		const name = people.get(asked.key)!;
		const introduced = entries[known.at].sentence;
		out.push({
			kind: 'role',
			prompt: asked.prompt,
			answer: known.role,
			distractors,
			sentence: entries[i].sentence,
			explanation: `${name} yang mengatakannya; ${name} adalah ${known.role} ("${quoted(introduced).replace(/["“”]/g, '')}").`,
			difficulty: 3,
			subject: name
		});
	}
	return out;
}
