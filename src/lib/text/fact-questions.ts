/**
 * Fact questions (Siapa / Di mana / Kapan / Berapa / Apa) and true/false statements.
 *
 * A fact question is one sentence turned into a question around one entity, by whichever
 * Indonesian pattern keeps it grammatical without a parser: a subject person is fronted
 * ("Siapa yang melawat ke Rusia …?"), a date adjunct is fronted ("Kapan … bertemu …?"), a
 * place or an amount is asked in place ("… melawat ke mana?", "… menempuh jarak berapa
 * kilometer?"), a role asks for its holder ("Siapa juru bicara Kremlin?") and an acronym for
 * its expansion. Each pattern checks the words around the entity (a verb before a date, no
 * relative clause in between) and gives up when in doubt: fewer questions, but right ones.
 * Distractors are other entities of the same type from the article, never ones that occur
 * in the evidence sentence (which could also be right).
 */
import type { Entity, SentenceEntities } from './entities';
import { looksLikeVerb } from './entities';
import {
	dayNames,
	functionWords,
	geoHeads,
	monthNames,
	orgHeads,
	personCues,
	samePlace,
	speechVerbs
} from './entity-words';
import { numericVariants } from './numbers';
import { containsWords, fnv1a, normaliseAnswer, shortQuote, upperFirst } from './question-utils';
import type { QuestionKind, QuestionWord, Sentence, Token } from './types';

export interface QuestionDraft {
	kind: QuestionKind;
	prompt: string;
	answer: string;
	/** Wrong options, best first; the finaliser keeps three. */
	distractors: string[];
	sentence: Sentence;
	explanation: string;
	difficulty: number;
	questionWord?: QuestionWord;
	typed?: boolean;
	/** The word a vocabulary or morphology question is about; part of the id. */
	subject?: string;
	/** The root a word question practises (not part of the id). */
	root?: string;
	/** How sure the builder is that the item is right, 0…1 (1 when it did nothing risky). */
	confidence?: number;
	/** Typed answers that are also right (listed synonyms). */
	accept?: string[];
}

const subordinators = new Set([
	'bahwa',
	'sejak',
	'setelah',
	'sebelum',
	'ketika',
	'karena',
	'sementara',
	'namun',
	'tetapi',
	'sehingga',
	'jika',
	'agar',
	'saat',
	'sedangkan',
	'hingga',
	'meski',
	'meskipun',
	'walaupun'
]);
const introWords = new Set([
	'menurut',
	'sementara',
	'dalam',
	'sebagai',
	'tanpa',
	'namun',
	'selain',
	'di',
	'pada',
	'kemudian',
	'sebelumnya',
	'sedangkan',
	'sejak',
	'usai',
	'seusai',
	'menanggapi',
	'terkait'
]);
const auxiliaries = new Set([
	'telah',
	'akan',
	'sudah',
	'sedang',
	'tidak',
	'juga',
	'bisa',
	'dapat',
	'masih',
	'belum',
	'pernah',
	'kembali',
	'mungkin',
	'harus',
	'segera',
	'lalu',
	'kemudian',
	'pun'
]);
/** Frequent verbs without a prefix that still head a clause. */
const bareVerbs = new Set([
	'pergi',
	'datang',
	'tiba',
	'jatuh',
	'lahir',
	'tewas',
	'menang',
	'kalah',
	'mulai',
	'selesai',
	'masuk',
	'keluar',
	'pulang',
	'tinggal',
	'naik',
	'turun',
	'hadir',
	'ikut',
	'bertemu',
	'makan',
	'minum',
	'tidur',
	'lari',
	'dibuka',
	'buka',
	'tutup',
	'terjadi',
	'hilang',
	'rusak',
	'meninggal',
	'bangun',
	'belajar'
]);
const quoteMarks = new Set(['"', '“', '”', "'", '‘', '’']);

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isVerb = (t: Token | undefined) =>
	!!t && t.kind === 'word' && (looksLikeVerb(lower(t)) || bareVerbs.has(lower(t)));

/** Text of tokens a..b of a sentence, quotes dropped, original spacing kept. */
export function spanText(s: Sentence, a: number, b: number, skip?: (k: number) => boolean): string {
	let out = '';
	let prevEnd = -1;
	for (let k = Math.max(0, a); k <= b && k < s.tokens.length; k++) {
		const t = s.tokens[k];
		if (quoteMarks.has(t.text) || skip?.(k)) continue;
		if (out !== '' && t.start > prevEnd) out += ' ';
		out += t.text;
		prevEnd = t.end;
	}
	return out
		.replace(/\s+([,.;:!?)])/g, '$1')
		.replace(/\(\s+/g, '(')
		.replace(/[,;:\s]+$/, '')
		.trim();
}

/** "…, Korea Utara meluncurkan …": a name followed by a verb opens a main clause after a comma. */
function subjectThenVerb(t: Token[], k: number): boolean {
	if (quoteMarks.has(t[k - 1]?.text ?? '')) return false;
	let j = k;
	while (t[j]?.kind === 'name') j++;
	if (j === k) return false;
	while (auxiliaries.has(lower(t[j]))) j++;
	return isVerb(t[j]) && !speechVerbs.has(lower(t[j]));
}

/** Start of the clause an entity sits in, and how that clause is introduced. */
function clauseStart(
	s: Sentence,
	first: number
): { start: number; by: 'sentence' | 'intro' | 'subordinate' | 'comma' } {
	const t = s.tokens;
	let j = first - 1;
	while (j >= 0) {
		const w = lower(t[j]);
		if (subordinators.has(w)) return { start: j + 1, by: 'subordinate' };
		if (quoteMarks.has(t[j].text) && j === 0) return { start: 1, by: 'sentence' };
		if (t[j].text === ',' || t[j].text === ';' || t[j].text === ':' || quoteMarks.has(t[j].text)) {
			// ", KCNA, pada Kamis": an apposition or a date adjunct after a comma belongs to the clause before.
			const seg = t.slice(j + 1, first);
			const apposition = seg.length > 0 && seg.every((x) => x.kind === 'name' || x.text === ',');
			if (lower(t[first]) === 'pada' || lower(seg[0]) === 'pada' || apposition) {
				j--;
				continue;
			}
			const opener = t[0] && quoteMarks.has(t[0].text) ? 1 : 0;
			const introOnly =
				t.slice(opener, j).every((x) => x.text !== ',') && introWords.has(lower(t[opener]));
			return { start: j + 1, by: introOnly || subjectThenVerb(t, j + 1) ? 'intro' : 'comma' };
		}
		j--;
	}
	return { start: t[0] && quoteMarks.has(t[0].text) ? 1 : 0, by: 'sentence' };
}

function clauseEnd(s: Sentence, last: number): number {
	const t = s.tokens;
	let k = last + 1;
	while (
		k < t.length &&
		!/^[,.;:!?"“”…]$/.test(t[k].text) &&
		t[k].text !== '...' &&
		!subordinators.has(lower(t[k]))
	)
		k++;
	return k - 1;
}

/** "Warga Desa Sukamaju", "Kabar Kota Hari Ini": capitalised, but not a person's name. */
export function looksLikeName(text: string): boolean {
	// "AALI Santosa", "Sampoerna Tbk": an acronym or a company suffix inside is not a person's name.
	if (/(^|\s)(\p{Lu}{3,}|Tbk|PT|Ltd|Inc|Corp|Co)(\s|$)/u.test(text)) return false;
	return text
		.toLowerCase()
		.split(/\s+/)
		.every(
			(w) =>
				!geoHeads.has(w) &&
				!orgHeads.has(w) &&
				!personCues.has(w) &&
				!functionWords.has(w) &&
				!dayNames.has(w) &&
				!monthNames.has(w)
		);
}

const byTypeCache = new WeakMap<Entity[], Map<string, Entity[]>>();

/** The pool's entities of one type, grouped once per pool. */
function ofType(pool: Entity[], type: string): Entity[] {
	let m = byTypeCache.get(pool);
	if (!m) {
		m = new Map();
		for (const x of pool) {
			const list = m.get(x.type);
			if (list) list.push(x);
			else m.set(x.type, [x]);
		}
		byTypeCache.set(pool, m);
	}
	return m.get(type) ?? [];
}

/** Other referents of the same type, none of which appears in the evidence sentence. */
function distractorsFor(
	e: Entity,
	s: Sentence,
	all: Entity[],
	same: ((x: Entity) => boolean) | Entity['type']
): string[] {
	const pool = typeof same === 'string' ? ofType(all, same) : all.filter(same);
	const seen = new Set<string>([normaliseAnswer(e.text)]);
	const out: string[] = [];
	// A few good candidates are enough: start at an article-specific place and stop early, so
	// the search stays linear in the article rather than quadratic.
	const begin = pool.length > 0 ? fnv1a(e.text) % pool.length : 0;
	for (let i = 0; i < pool.length && i < 400 && out.length < 8; i++) {
		const x = pool[(begin + i) % pool.length];
		if (x.key === e.key || (x.type === 'place' && x.text.includes('-'))) continue;
		if (x.type === 'person' && !looksLikeName(x.display)) continue;
		if (x.type === 'place' && e.type === 'place' && samePlace(x.text, e.text)) continue;
		const form = x.type === 'person' ? x.display : x.text;
		const n = normaliseAnswer(form);
		if (
			seen.has(n) ||
			containsWords(s.text, form) ||
			containsWords(form, e.text) ||
			containsWords(e.text, form)
		)
			continue;
		if (out.some((o) => containsWords(o, form) || containsWords(form, o))) continue;
		seen.add(n);
		out.push(form);
	}
	// Deterministic but article-specific order, so the same three are not always chosen.
	return out.sort((a, b) => fnv1a(e.text + a) - fnv1a(e.text + b));
}

const evidenceNote = (s: Sentence) =>
	`Bukti: "${s.text.length > 220 ? s.text.slice(0, 217) + '…' : s.text}"`;

function draft(
	word: QuestionWord,
	prompt: string,
	e: Entity,
	s: Sentence,
	distractors: string[],
	difficulty: number
): QuestionDraft {
	return {
		kind: 'fact',
		prompt: upperFirst(prompt.replace(/\s+/g, ' ').trim()),
		answer: e.text,
		distractors,
		sentence: s,
		explanation: `${word} → ${e.text}. ${evidenceNote(s)}`,
		difficulty,
		questionWord: word
	};
}

function siapaSubject(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	const c = clauseStart(s, e.first);
	if (e.first !== c.start || (c.by !== 'sentence' && c.by !== 'intro')) return null;
	let k = e.last + 1;
	while (auxiliaries.has(lower(s.tokens[k]))) k++;
	if (!isVerb(s.tokens[k]) || speechVerbs.has(lower(s.tokens[k]))) return null;
	const end = clauseEnd(s, e.last);
	if (end - e.last < 3) return null;
	const rest = spanText(s, e.last + 1, end);
	return draft('Siapa', `Siapa yang ${rest}?`, e, s, distractorsFor(e, s, pool, 'person'), 2);
}

function siapaSpeaker(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	const t = s.tokens;
	if (!quoteMarks.has(t[0]?.text ?? '')) return null;
	const close = t.findIndex((x, k) => k > 0 && quoteMarks.has(x.text));
	if (close < 3 || close > e.first) return null;
	const verb = close + 1;
	if (!speechVerbs.has(lower(t[verb]))) return null;
	// The speaker is the first person after the verb, possibly behind a role phrase.
	if (!(e.first === verb + 1 || (e.role && e.role.first === verb + 1))) return null;
	const quote = shortQuote(spanText(s, 1, close - 1));
	return draft(
		'Siapa',
		`Siapa yang mengatakan, "${quote}"?`,
		e,
		s,
		distractorsFor(e, s, pool, 'person'),
		2
	);
}

function siapaRole(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	if (!e.role) return null;
	const s = se.sentence;
	const role = spanText(s, e.role.first, e.role.last);
	if (role.split(' ').length < 2 || (!/\p{Ll}/u.test(role) && role.split(' ').length < 3))
		return null;
	const atStart = e.role.first === 0 || (e.role.first === 1 && quoteMarks.has(s.tokens[0].text));
	const text =
		atStart && !/^\p{Lu}{2}/u.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
	return draft('Siapa', `Siapa ${text}?`, e, s, distractorsFor(e, s, pool, 'person'), 2);
}

function diMana(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	const prep = lower(s.tokens[e.first - 1]);
	if (prep !== 'di' && prep !== 'ke' && prep !== 'dari') return null;
	const c = clauseStart(s, e.first);
	if (c.by === 'comma') return null;
	const before = s.tokens.slice(c.start, e.first - 1);
	if (!before.some(isVerb) || before.some((x) => ['di', 'ke', 'dari', 'yang'].includes(lower(x))))
		return null;
	if (before.some((x) => x.kind === 'punct' && x.text !== '-')) return null;
	const end = clauseEnd(s, e.last);
	const rest = end - e.last <= 8 ? spanText(s, e.last + 1, end) : '';
	const head = spanText(s, c.start, e.first - 2);
	const prompt = `${head} ${prep} mana${rest ? ' ' + rest : ''}?`;
	return draft('Di mana', prompt, e, s, distractorsFor(e, s, pool, 'place'), 2);
}

function kapan(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	if (lower(s.tokens[e.first - 1]) !== 'pada') return null;
	// "Selasa pagi" is one time phrase: asking for "Selasa" would leave "pagi" behind.
	if (/^(pagi|siang|sore|malam|dini)$/.test(lower(s.tokens[e.last + 1]))) return null;
	const c = clauseStart(s, e.first - 1);
	if (c.by === 'comma') return null;
	const before = s.tokens.slice(c.start, e.first - 1);
	if (!before.some(isVerb) || before.some((x) => lower(x) === 'yang' || lower(x) === 'bahwa'))
		return null;
	const end = clauseEnd(s, e.last);
	if (se.entities.some((x) => x !== e && x.type === 'date' && x.first >= c.start && x.last <= end))
		return null;
	const clause = spanText(s, c.start, end, (k) => k >= e.first - 1 && k <= e.last);
	if (clause.split(' ').length < 2 || clause.includes(',')) return null;
	const first = s.tokens[c.start];
	const text = first.kind === 'word' ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
	return draft('Kapan', `Kapan ${text}?`, e, s, distractorsFor(e, s, pool, 'date'), 2);
}

function berapa(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	const c = clauseStart(s, e.first);
	if (c.by === 'comma') return null;
	const before = s.tokens.slice(c.start, e.first);
	if (!before.some(isVerb) || before.some((x) => x.kind === 'punct')) return null;
	// "pertemuan … yang berlangsung selama lima jam" → "pertemuan … berlangsung selama …":
	// a relative "yang" before the only verb turns the noun phrase into a clause.
	const yang = before.findIndex((x) => lower(x) === 'yang');
	let skipYang = -1;
	if (yang >= 0) {
		const verbsAfter = before.slice(yang + 1).filter(isVerb).length;
		if (before.slice(0, yang).some(isVerb) || verbsAfter === 0) return null;
		// With two verbs the relative clause and the main verb are both there: keep "yang".
		if (verbsAfter === 1) skipYang = c.start + yang;
	}
	const unit = spanText(s, e.last, e.last);
	// "Rp6.700" has no unit word after the number: ask "berapa rupiah" or give up.
	const unitWord = /^\p{L}+$/u.test(unit) ? unit : /^Rp/i.test(e.text) ? 'rupiah' : '';
	if (!unitWord && e.dimension !== 'time') return null;
	const wh = e.dimension === 'time' ? 'berapa lama' : `berapa ${unitWord}`;
	const end = clauseEnd(s, e.last);
	const rest = end - e.last <= 8 ? spanText(s, e.last + 1, end) : '';
	const head = spanText(s, c.start, e.first - 1, (k) => k === skipYang).replace(
		/ selama$/,
		e.dimension === 'time' ? '' : ' selama'
	);
	const prompt = `${head} ${wh}${rest ? ' ' + rest : ''}?`;
	if (
		se.entities.some((x) => x !== e && x.type === 'quantity' && x.first >= c.start && x.last <= end)
	)
		return null;
	const same = sameKindAmounts(e, pool);
	const distractors = uniqueNot([...same, ...numericVariants(e.text)], e.text, s.text);
	return draft('Berapa', prompt, e, s, distractors, 3);
}

function apaAcronym(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	const t = s.tokens;
	if (e.type !== 'org' && e.type !== 'place') return null;
	if (t[e.last + 1]?.text !== '(' || t[e.last + 3]?.text !== ')') return null;
	const acronym = t[e.last + 2].text;
	if (!/^\p{Lu}{2,6}$/u.test(acronym) || e.text.split(' ').length < 2) return null;
	const others = pool.filter(
		(x) => (x.type === 'org' || x.type === 'place') && x.text.split(' ').length >= 2
	);
	return draft(
		'Apa',
		`Apa kepanjangan dari ${acronym}?`,
		e,
		s,
		distractorsFor(e, s, others, () => true),
		2
	);
}

function apaOrgCue(se: SentenceEntities, e: Entity, pool: Entity[]): QuestionDraft | null {
	const s = se.sentence;
	const t = s.tokens;
	if (e.type !== 'org') return null;
	const c = clauseStart(s, e.first);
	let cueStart = e.first - 1;
	while (cueStart > c.start && t[cueStart - 1].kind === 'word') cueStart--;
	const cue = spanText(s, cueStart, e.first - 1);
	if (
		!/^(kantor berita|media|klub|tim|sekolah|partai|lembaga|perusahaan|stasiun televisi)$/i.test(
			cue
		)
	)
		return null;
	if (lower(t[e.last + 1]) !== 'yang' || !isVerb(t[e.last + 2]) || cueStart !== c.start)
		return null;
	let end = clauseEnd(s, e.last);
	for (let k = e.last + 3; k <= end; k++) if (isVerb(t[k])) end = k - 1;
	const rest = spanText(s, e.last + 1, end);
	if (rest.split(' ').length < 3) return null;
	return draft('Apa', `${cue} apa ${rest}?`, e, s, distractorsFor(e, s, pool, 'org'), 2);
}

/** Amounts that answer the same "berapa": any duration for a duration, the same counter for counts. */
function sameKindAmounts(e: Entity, pool: Entity[]): string[] {
	const unit = (x: Entity) => x.text.split(' ').pop();
	const out: string[] = [];
	const amounts = ofType(pool, 'quantity');
	const begin = amounts.length > 0 ? fnv1a(e.text) % amounts.length : 0;
	// Enough to choose from; a bounded look keeps long texts linear.
	for (let i = 0; i < amounts.length && i < 400 && out.length < 12; i++) {
		const x = amounts[(begin + i) % amounts.length];
		if (x.dimension !== e.dimension || x.key === e.key) continue;
		if (e.dimension === 'time' || e.dimension === 'distance' || unit(x) === unit(e))
			out.push(x.text);
	}
	return out;
}

function uniqueNot(items: string[], answer: string, sentence: string): string[] {
	const seen = new Set([normaliseAnswer(answer)]);
	const out: string[] = [];
	for (const x of items) {
		const n = normaliseAnswer(x);
		if (seen.has(n) || containsWords(sentence, x)) continue;
		seen.add(n);
		out.push(x);
	}
	return out;
}

/** One entity per referent (its first mention): what distractors are drawn from. */
export function referents(entries: SentenceEntities[]): Entity[] {
	const seen = new Set<string>();
	const out: Entity[] = [];
	for (const x of entries)
		for (const e of x.entities)
			if (!seen.has(e.key)) {
				out.push(e);
				seen.add(e.key);
			}
	return out;
}

/**
 * Who said a quote, when the speaker is named right after it ('"…," kata Budi Santoso'). Built by
 * default, unlike the other fact items: the key stands in the same sentence, next to the quote,
 * so it is not in doubt. `isPerson` keeps runs of dictionary words out of the key and options.
 */
export function speakerQuestions(
	entries: SentenceEntities[],
	isPerson: (e: Entity) => boolean
): QuestionDraft[] {
	const pool = referents(entries).filter((e) => e.type !== 'person' || isPerson(e));
	const out: QuestionDraft[] = [];
	for (const se of entries)
		for (const e of se.entities) {
			if (e.type !== 'person' || !looksLikeName(e.text) || !isPerson(e)) continue;
			const q = siapaSpeaker(se, e, pool);
			if (q && !containsWords(q.prompt, e.text) && !containsWords(q.prompt, e.display))
				out.push({ ...q, kind: 'speaker' });
		}
	return out;
}

export function factQuestions(entries: SentenceEntities[]): QuestionDraft[] {
	const pool = referents(entries);
	const out: QuestionDraft[] = [];
	for (const se of entries)
		for (const e of se.entities) {
			const wanted: Record<
				string,
				((se: SentenceEntities, e: Entity, pool: Entity[]) => QuestionDraft | null)[]
			> = {
				// Who said a quote is built by default, in speakerQuestions.
				person: [siapaSubject, siapaRole],
				place: [diMana, apaAcronym],
				date: [kapan],
				quantity: [berapa],
				org: [apaAcronym, apaOrgCue]
			};
			if (e.type === 'person' && !looksLikeName(e.text)) continue;
			for (const build of wanted[e.type] ?? []) {
				const q = build(se, e, pool);
				if (
					q &&
					!containsWords(q.prompt, e.text) &&
					!(e.type === 'person' && containsWords(q.prompt, e.display))
				)
					out.push(q);
			}
		}
	return out;
}
