/**
 * Meaning-preserving rewrites of one sentence, for true statements that are not the text's own words.
 *
 * Each rewrite is a pattern that only fires where it is safe without a parser: reported speech
 * becomes a "Menurut X, …" statement (and back), a date adjunct or a subordinate clause moves to
 * the other end of the sentence, and a short table of near-perfect synonyms swaps function-like
 * words (telah ↔ sudah, namun → tetapi). A result counts as a paraphrase only when its structure
 * changed or at least two words were swapped; otherwise the caller drops the true/false item,
 * because a verbatim "true" statement teaches "unchanged = Benar".
 */
import type { Entity, SentenceEntities } from './entities';
import { looksLikeVerb } from './entities';
import { speechVerbs } from './entity-words';
import { normaliseAnswer, upperFirst } from './question-utils';
import { analyzeWord } from './morphology';
import type { RootDictionary, Token } from './types';

export interface Paraphrase {
	text: string;
	/** What was done, for the explanation and the score: 'speech', 'front', 'clause', 'synonym'. */
	how: string[];
}

/** Pronouns that need a referent the statement does not give. */
export const unresolvedPronoun =
	/(^|[\s"“(])(saya|aku|kami|kita|kamu|anda|engkau|ia|dia|dirinya|mereka|beliau|pihaknya|hal ini|hal itu|hal tersebut)(?=[\s,.!?"”)]|$)/i;

const synonyms: Record<string, string> = {
	telah: 'sudah',
	sudah: 'telah',
	namun: 'tetapi',
	tetapi: 'namun',
	sejumlah: 'beberapa',
	hingga: 'sampai',
	sampai: 'hingga',
	ketika: 'saat',
	saat: 'ketika',
	yakni: 'yaitu',
	yaitu: 'yakni',
	kemudian: 'lalu',
	sangat: 'amat',
	mengatakan: 'menyatakan',
	menyatakan: 'mengatakan',
	menyampaikan: 'mengatakan',
	bertemu: 'berjumpa',
	apabila: 'jika',
	jika: 'apabila',
	agar: 'supaya',
	supaya: 'agar',
	meski: 'meskipun',
	walaupun: 'meskipun',
	meskipun: 'walaupun'
};
/** Words whose swap changes the sense in a fixed phrase ("sampai jumpa", "hingga kini" is fine). */
const keepAfter = new Set(['sampai', 'hingga', 'saat', 'ketika']);

const reportVerbs = new Set([
	'mengatakan',
	'menyatakan',
	'menegaskan',
	'menjelaskan',
	'mengungkapkan',
	'menyebutkan',
	'menyebut',
	'mengaku',
	'menuturkan',
	'memaparkan',
	'menilai'
]);
const movable = new Set(['setelah', 'sebelum', 'karena', 'ketika', 'saat', 'sejak', 'meskipun']);
const quote = /["“”]/;

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Lower-cases the first letter unless the first word is a name, an acronym or a number. */
function lowerStart(text: string, firstToken?: Token): string {
	if (firstToken && firstToken.kind !== 'word') return text;
	// "Vladimir Putin menerima …": two capitalised words open a name the tokenizer could not see at
	// the start of a sentence.
	if (/^\p{Lu}{2}|^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(text)) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

const tidy = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:!?)])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/[,;:\s]+\./g, '.')
		.trim();

const endDot = (text: string) => tidy(text.replace(/[.!?\s]+$/, '') + '.');

/** '"Q," kata Putin.' → 'Menurut Putin, Q.' when the quote is the whole first part. */
function speechToStatement(se: SentenceEntities): string | null {
	const s = se.sentence;
	const t = s.tokens;
	if (!quote.test(t[0]?.text ?? '')) return null;
	const close = t.findIndex((x, k) => k > 0 && quote.test(x.text));
	if (close < 4 || close === t.length - 1) return null;
	let v = close + 1;
	if (t[v]?.text === ',') v++;
	if (!speechVerbs.has(lower(t[v]))) return null;
	const speaker = se.entities.find(
		(e) =>
			(e.type === 'person' || e.type === 'org') && (e.first === v + 1 || e.role?.first === v + 1)
	);
	if (!speaker) return null;
	const from = speaker.role && speaker.role.first === v + 1 ? speaker.role.first : speaker.first;
	const who = s.text.slice(t[from].start - s.start, speaker.end - s.start);
	const after = t[speaker.last + 1];
	if (after && after.text !== ',' && after.text !== '.') return null;
	const body = s.text.slice(t[1].start - s.start, t[close].start - s.start).replace(/[,\s]+$/, '');
	if (quote.test(body) || unresolvedPronoun.test(body) || /[?!]$/.test(body)) return null;
	return endDot(`Menurut ${who}, ${lowerStart(body, t[1])}`);
}

/**
 * Verbs that frame what follows as reported: "Ia mengatakan harga naik" reports "harga naik". The
 * verbs of saying above, less "menilai" (an opinion, not a report), and a few more.
 */
const frameVerbs = new Set([
	...[...reportVerbs].filter((v) => v !== 'menilai'),
	'menambahkan',
	'menyampaikan',
	'melaporkan',
	'memperkirakan',
	'menduga',
	'mengakui'
]);

/**
 * What a sentence reports, without its frame: "Kepala dinas, Budi, mengatakan (bahwa) harga naik."
 * and "Menurutnya, harga naik." both give "harga naik.", for builders that ask about the content
 * whoever said it. Undefined without a frame, when the frame runs over twelve words before its
 * verb, when the content is a quote or shorter than three words.
 */
export function reportedContent(text: string): string | undefined {
	if (quote.test(text)) return undefined;
	const menurut = /^Menurut(?:nya|\s[^,]{1,60}),\s+(.+)$/su.exec(text);
	if (menurut) return menurut[1].split(/\s+/).length >= 3 ? menurut[1] : undefined;
	const words = text.split(/\s+/);
	for (let i = 1; i < Math.min(words.length, 13); i++) {
		if (!frameVerbs.has(words[i].toLowerCase().replace(/,$/, ''))) continue;
		const k = words[i + 1]?.toLowerCase() === 'bahwa' ? i + 2 : i + 1;
		return words.length - k >= 3 ? words.slice(k).join(' ') : undefined;
	}
	return undefined;
}

/** 'Putin mengatakan bahwa Q.' → 'Menurut Putin, Q.'; 'Menurut Putin, Q.' → 'Putin mengatakan bahwa Q.' */
function reportedToStatement(se: SentenceEntities): string | null {
	const s = se.sentence;
	const t = s.tokens;
	if (quote.test(s.text)) return null;
	if (lower(t[0]) === 'menurut') {
		const comma = t.findIndex((x) => x.text === ',');
		const who = se.entities.find((e) => e.first === 1 && e.last === comma - 1);
		if (!who || comma < 2 || comma > 6) return null;
		// "Menurut Siti, petugas BPBD, …": an apposition after the name.
		if (t.slice(comma + 1, comma + 6).some((x) => x.text === ',')) return null;
		const rest = s.text.slice(t[comma + 1].start - s.start);
		return endDot(`${who.text} mengatakan bahwa ${lowerStart(rest, t[comma + 1])}`);
	}
	const subject = se.entities.find(
		(e) => e.first === 0 && (e.type === 'person' || e.type === 'org')
	);
	if (!subject) return null;
	let v = subject.last + 1;
	if (lower(t[v]) === 'juga') v++;
	if (!reportVerbs.has(lower(t[v]))) return null;
	let k = v + 1;
	if (t[k]?.text === ',') k++;
	if (lower(t[k]) !== 'bahwa') return null;
	k++;
	if (!t[k] || t.length - k < 4) return null;
	const rest = s.text.slice(t[k].start - s.start);
	return endDot(`Menurut ${subject.text}, ${lowerStart(rest, t[k])}`);
}

/** '… bertemu pada Rabu (13/9).' → 'Pada Rabu (13/9), … bertemu.' and back. */
function moveDate(se: SentenceEntities): string | null {
	const s = se.sentence;
	const t = s.tokens;
	if (quote.test(s.text)) return null;
	const date = se.entities.find((e) => e.type === 'date');
	if (!date) return null;
	const last = t.length - 1;
	const endsWithDate =
		lower(t[date.first - 1]) === 'pada' &&
		(date.last === last - 1 || date.last === last) &&
		date.first > 4 &&
		t[date.first - 2]?.text !== ',';
	if (endsWithDate) {
		const head = s.text.slice(0, t[date.first - 1].start - s.start);
		if (head.includes(',')) return null;
		const when = s.text.slice(t[date.first - 1].start - s.start, date.end - s.start);
		return endDot(`${upperFirst(when)}, ${lowerStart(head, t[0])}`);
	}
	if (lower(t[0]) === 'pada' && date.first === 1 && t[date.last + 1]?.text === ',') {
		const rest = s.text.slice(t[date.last + 2].start - s.start);
		const when = s.text.slice(0, date.end - s.start);
		if (rest.includes(',') || rest.split(' ').length < 4) return null;
		return endDot(`${upperFirst(rest.replace(/[.!?\s]+$/, ''))} ${lowerStart(when)}`);
	}
	return null;
}

/** 'A setelah B.' → 'Setelah B, A.' and 'Setelah B, A.' → 'A setelah B.' (no other commas). */
function moveClause(se: SentenceEntities): string | null {
	const s = se.sentence;
	const t = s.tokens;
	if (quote.test(s.text) || (s.text.match(/,/g) ?? []).length > 1) return null;
	if (movable.has(lower(t[0]))) {
		const comma = t.findIndex((x) => x.text === ',');
		if (comma < 4 || t.length - comma < 5) return null;
		const sub = s.text.slice(t[1].start - s.start, t[comma].start - s.start);
		const main = s.text.slice(t[comma + 1].start - s.start).replace(/[.!?\s]+$/, '');
		return endDot(`${upperFirst(main)} ${lower(t[0])} ${lowerStart(sub, t[1])}`);
	}
	if (s.text.includes(',')) return null;
	const k = t.findIndex((x, i) => i >= 4 && movable.has(lower(x)));
	if (k < 0 || t.length - k < 5) return null;
	// After "bahwa" the clause belongs to what was said, not to the main verb.
	if (t.slice(0, k).some((x) => lower(x) === 'bahwa' || lower(x) === 'yang')) return null;
	// "karena itu" and "sejak lama" are adverbs, not clauses.
	if (['itu', 'ini', 'lama', 'dulu', 'kini'].includes(lower(t[k + 1]))) return null;
	const main = s.text.slice(0, t[k].start - s.start).trim();
	const sub = s.text.slice(t[k + 1].start - s.start).replace(/[.!?\s]+$/, '');
	if (!t.slice(0, k).some((x) => x.kind === 'word' && looksLikeVerb(lower(x)))) return null;
	return endDot(`${upperFirst(lower(t[k]))} ${sub}, ${lowerStart(main, t[0])}`);
}

const objectStops = new Set([
	'di',
	'ke',
	'dari',
	'pada',
	'untuk',
	'dengan',
	'dalam',
	'sebagai',
	'karena',
	'setelah',
	'sebelum',
	'yang',
	'bahwa',
	'dan',
	'atau',
	'kepada',
	'terhadap',
	'bagi',
	'agar',
	'hingga',
	'sejak',
	'saat',
	'ketika',
	'melalui',
	'oleh',
	'tersebut',
	'itu',
	'ini'
]);
/** meN- verbs that take no object a passive could front. */
const noPassive = new Set([
	'menjadi',
	'merupakan',
	'meninggal',
	'mengalami',
	'menurut',
	'mengenai',
	'menuju',
	'melalui',
	'menjelang',
	'memiliki',
	'mempunyai',
	'menyatakan',
	'mengatakan',
	'menyebutkan',
	'menyebut',
	'menilai',
	'memperkirakan',
	'menganggap',
	'mengaku',
	'menegaskan',
	'menjelaskan',
	'mengungkapkan',
	'meminta',
	'mengharapkan',
	'berharap',
	'memastikan'
]);
/** Words after which a verb is part of an adjunct ("untuk mengunjungi"), not a second predicate. */
const verbIntroducers = new Set([
	'untuk',
	'yang',
	'agar',
	'dengan',
	'sebagai',
	'dalam',
	'tanpa',
	'supaya',
	'sambil'
]);
const passiveAux = new Set(['telah', 'sudah', 'akan', 'juga', 'pun', 'kembali']);

/** 'Korea Utara meluncurkan dua rudal ke laut.' → 'Dua rudal diluncurkan oleh Korea Utara ke laut.' */
function toPassive(se: SentenceEntities, dict?: RootDictionary): string | null {
	if (!dict) return null;
	const s = se.sentence;
	const t = s.tokens;
	if (quote.test(s.text)) return null;
	// The subject: a name, or a short plain noun phrase ("Pemerintah kabupaten").
	const named = se.entities.find(
		(e) => e.first === 0 && e.type !== 'date' && e.type !== 'quantity'
	);
	let subjectEnd = named ? named.last : -1;
	if (!named)
		while (
			subjectEnd < 3 &&
			t[subjectEnd + 1]?.kind === 'word' &&
			!looksLikeVerb(lower(t[subjectEnd + 1])) &&
			!passiveAux.has(lower(t[subjectEnd + 1])) &&
			!objectStops.has(lower(t[subjectEnd + 1])) &&
			!unresolvedPronoun.test(t[subjectEnd + 1].text)
		)
			subjectEnd++;
	if (subjectEnd < 0) return null;
	const subject = { last: subjectEnd, end: t[subjectEnd].end };
	let v = subject.last + 1;
	const aux: string[] = [];
	while (passiveAux.has(lower(t[v]))) aux.push(t[v++].text);
	const verb = lower(t[v]);
	if (!/^me/.test(verb) || noPassive.has(verb)) return null;
	const a = analyzeWord(verb, dict);
	const shape = a.affixes.map((x) => x.form).join('|');
	const suffix = { 'meN-': '', 'meN-|-kan': 'kan', 'meN-|-i': 'i' }[shape];
	if (suffix === undefined || a.root.length < 3 || !dict.has(a.root)) return null;
	let end = v + 1;
	while (
		end < t.length &&
		(t[end].kind === 'word' || t[end].kind === 'name' || t[end].kind === 'number') &&
		!objectStops.has(lower(t[end]))
	)
		end++;
	const objectLength = end - v - 1;
	if (objectLength < 1 || objectLength > 5) return null;
	// The object must be a noun phrase: no second verb inside it.
	if (t.slice(v + 1, end).some((x) => x.kind === 'word' && looksLikeVerb(lower(x)))) return null;
	if (['tersebut', 'itu', 'ini'].includes(lower(t[end]))) return null;
	// "menyatakan sektor riil diperkirakan …": the "object" is the subject of a clause.
	for (let k = end; k < t.length && t[k].kind !== 'punct'; k++)
		if (t[k].kind === 'word' && looksLikeVerb(lower(t[k])) && !verbIntroducers.has(lower(t[k - 1])))
			return null;
	const object = s.text.slice(t[v + 1].start - s.start, t[end - 1].end - s.start);
	const rest = end < t.length ? s.text.slice(t[end].start - s.start) : '';
	if (unresolvedPronoun.test(object)) return null;
	const passive = ['di' + a.root + suffix];
	const who = lowerStart(s.text.slice(0, subject.end - s.start), named ? t[0] : undefined);
	const joined = [
		upperFirst(object),
		...aux.map((x) => x.toLowerCase()),
		...passive,
		'oleh',
		who
	].join(' ');
	return endDot(
		`${joined}${rest && !/^[.!?]/.test(rest) ? (/^[,;]/.test(rest) ? '' : ' ') + rest : ''}`
	);
}

/** Swaps up to two words from the synonym table; returns the text and how many were swapped. */
export function swapSynonyms(text: string, max = 2): { text: string; swapped: number } {
	let swapped = 0;
	const words = text.split(/(\s+)/);
	for (let i = 0; i < words.length && swapped < max; i++) {
		const m = /^([\p{L}]+)([,.;:!?]*)$/u.exec(words[i]);
		if (!m) continue;
		const w = m[1];
		const lowerW = w.toLowerCase();
		const other = synonyms[lowerW];
		if (!other) continue;
		if (
			(keepAfter.has(lowerW) || lowerW === 'namun') &&
			/^(jumpa|kini|sekarang|ini|itu|demikian|begitu)\b/i.test(words[i + 2] ?? '')
		)
			continue;
		words[i] = (w === lowerW ? other : upperFirst(other)) + m[2];
		swapped++;
	}
	return { text: words.join(''), swapped };
}

/** The best paraphrase of the sentence, or null when none is safe. */
export function paraphrase(se: SentenceEntities, dict?: RootDictionary): Paraphrase | null {
	const original = normaliseAnswer(se.sentence.text);
	const structural: [string, (se: SentenceEntities) => string | null][] = [
		['speech', speechToStatement],
		['speech', reportedToStatement],
		['front', moveDate],
		['clause', moveClause],
		['passive', (x) => toPassive(x, dict)]
	];
	for (const [how, rewrite] of structural) {
		const text = rewrite(se);
		if (!text || normaliseAnswer(text) === original) continue;
		const syn = swapSynonyms(text, 1);
		return { text: syn.text, how: syn.swapped ? [how, 'synonym'] : [how] };
	}
	// Swapping function words alone leaves the sentence nearly verbatim: no true statement then.
	return null;
}

/** Entities whose text is still in the paraphrase (a rewrite never drops or splits one). */
export const keptEntities = (p: Paraphrase, entities: Entity[]) =>
	entities.filter((e) => p.text.includes(e.text));

/** Not the sentence itself nor a piece of it, once case, quotes and punctuation are ignored. */
export function isParaphrase(statement: string, sentence: string): boolean {
	const a = normaliseAnswer(statement);
	const b = normaliseAnswer(sentence);
	return a !== '' && !(' ' + b + ' ').includes(' ' + a + ' ');
}
