/**
 * Vocabulary builder: article text → one entry per root (gloss, part of speech, band, every
 * surface form with its affixes, first example sentence) plus a separate list of proper
 * names. Single pass over the tokenizer's output; the stemmer memoises per word, so a whole
 * article costs little more than tokenizing it. Function words and digit tokens are left
 * out by a hand-written closed-class list (stopword lists also drop content words such as
 * tahun, hari and baru, so none is used here).
 */
import {
	analyzeDocument,
	formGlossOf,
	type AnalysedDocument,
	type AnalysedSentence,
	type AnalysedToken,
	type MultiwordUnit,
	unitAbbreviations
} from './document';
import { bracketedForms } from './lexicon';
import type {
	Lexicon,
	NameEntry,
	RootDictionary,
	VocabularyEntry,
	VocabularyExample,
	VocabularyOrder
} from './types';

/** Closed-class words a learner meets everywhere: pronouns, prepositions, conjunctions, particles, determiners. */
export const functionWords: ReadonlySet<string> = new Set(
	(
		'aku saya kamu engkau kau anda dia ia beliau kami kita kalian mereka daku dikau ' +
		'ini itu sini situ sana begini begitu demikian tersebut ' +
		'di ke dari pada kepada daripada untuk bagi buat dengan oleh dalam tentang terhadap sejak hingga sampai ' +
		'antara tanpa seperti sebagai atas bawah menurut melalui selama per akan ' +
		'dan atau tetapi tapi namun serta lalu kemudian karena sebab jika kalau apabila bila agar supaya sehingga ' +
		'bahwa walaupun meskipun meski walau sedangkan sementara ketika setelah sebelum sesudah yaitu yakni maupun ' +
		'melainkan padahal seraya sambil selagi seolah seakan ' +
		'yang juga pun saja hanya cuma sudah telah belum sedang masih pernah tidak tak bukan jangan ' +
		'sangat amat paling lebih agak terlalu lagi pula bahkan justru memang tentu harus bisa dapat boleh mau ' +
		'para sang si sebuah seorang suatu semua setiap tiap beberapa segala seluruh masing-masing ' +
		'adalah ialah ada apa siapa mana bagaimana mengapa kenapa kapan berapa apakah ya oh nah dll dsb dst sih kok dong deh lah kah'
	).split(' ')
);

export interface VocabularyOptions {
	order?: VocabularyOrder;
}

export interface Vocabulary {
	entries: VocabularyEntry[];
	names: NameEntry[];
}

const hasDigit = /\d/;
const hasLetter = /\p{L}/u;

function example(
	sentenceStart: number,
	sentenceEnd: number,
	t: { start: number; end: number }
): VocabularyExample {
	return { sentenceStart, sentenceEnd, formStart: t.start, formEnd: t.end };
}

const acronym = /^[\p{Lu}\d]{2,}$/u;

/** Runs of names separated only by spaces form one name (Kim Jong Un), but an acronym stands alone (KTT Putin). */
function nameRuns(
	body: string,
	tokens: AnalysedToken[]
): { text: string; start: number; end: number }[] {
	const runs: { text: string; start: number; end: number }[] = [];
	let current: { start: number; end: number; acronym: boolean } | undefined;
	const close = () => {
		if (current)
			runs.push({
				start: current.start,
				end: current.end,
				text: body.slice(current.start, current.end)
			});
		current = undefined;
	};
	for (const t of tokens) {
		const isName = t.isName;
		if (!isName) {
			close();
			continue;
		}
		const isAcronym = acronym.test(t.text);
		if (
			current &&
			current.acronym === isAcronym &&
			/^[ \u00a0]+$/.test(body.slice(current.end, t.start))
		)
			current.end = t.end;
		else {
			close();
			current = { start: t.start, end: t.end, acronym: isAcronym };
		}
	}
	close();
	return runs;
}

export function buildVocabulary(
	body: string,
	lexicon: Lexicon,
	dict: RootDictionary,
	opts: VocabularyOptions = {},
	doc: AnalysedDocument = analyzeDocument(typeof body === 'string' ? body : '', lexicon, dict)
): Vocabulary {
	const text = doc.body;
	const entries = new Map<string, VocabularyEntry>();
	const names = new Map<string, NameEntry>();
	/** root → chosen root-sense gloss → occurrences, so the entry shows the sense the article uses most. */
	const chosen = new Map<string, Map<string, number>>();
	const addName = (name: string, ex: VocabularyExample) => {
		const n = names.get(name);
		if (n) n.count++;
		else names.set(name, { name, count: 1, example: ex });
	};
	for (const sentence of doc.sentences) {
		for (const run of nameRuns(text, sentence.tokens))
			addName(run.text, example(sentence.start, sentence.end, run));
		for (const t of sentence.tokens) {
			if (t.unit !== undefined) {
				// A region (Korea Utara) is a name, listed with the names, not a word to learn.
				if (!t.isName) addUnit(entries, doc.units[t.unit], t, sentence);
				continue;
			}
			if (
				t.isName ||
				(t.kind !== 'word' && t.kind !== 'name') ||
				hasDigit.test(t.text) ||
				!hasLetter.test(t.text)
			)
				continue;
			const lower = t.text.toLowerCase();
			if (functionWords.has(lower) || unitAbbreviations.has(lower)) continue;
			const root = t.root || lower;
			if (functionWords.has(root) && t.affixes.length === 0) continue;
			const info = lexicon.lookup(root);
			let entry = entries.get(root);
			if (!entry) {
				entry = {
					lemma: root,
					gloss: info?.gloss ?? '',
					pos: info?.pos ?? 'other',
					band: info?.band ?? 5,
					forms: [],
					count: 0,
					example: example(sentence.start, sentence.end, t)
				};
				entries.set(root, entry);
			}
			entry.count++;
			if (t.gloss?.source === 'root') {
				const counts = chosen.get(root) ?? new Map<string, number>();
				counts.set(t.gloss.gloss, (counts.get(t.gloss.gloss) ?? 0) + 1);
				chosen.set(root, counts);
			}
			const form = entry.forms.find((f) => f.form === lower);
			if (form) form.count++;
			else {
				const own =
					t.gloss?.source === 'form'
						? t.gloss.gloss
						: formGlossOf(lower, t.affixes.length > 0, info?.gloss ?? '', lexicon);
				entry.forms.push(
					own
						? { form: lower, affixes: t.affixes, count: 1, gloss: own }
						: { form: lower, affixes: t.affixes, count: 1 }
				);
			}
		}
	}
	for (const entry of entries.values()) {
		if (entry.lemma.includes(' ')) continue;
		const counts = [...(chosen.get(entry.lemma) ?? new Map<string, number>())];
		const usual = counts.reduce<[string, number] | undefined>(
			(best, c) => (!best || c[1] > best[1] ? c : best),
			undefined
		);
		entry.gloss = entryGloss(entry, usual?.[0] ?? lexicon.lookup(entry.lemma)?.gloss ?? '');
	}
	const vocabulary = { entries: [...entries.values()], names: [...names.values()] };
	vocabulary.entries = sortVocabulary(vocabulary.entries, opts.order ?? 'appearance');
	return vocabulary;
}

/** A multiword unit is one entry, lemma = the expression; its first token counts the occurrence. */
function addUnit(
	entries: Map<string, VocabularyEntry>,
	unit: MultiwordUnit,
	t: AnalysedToken,
	sentence: AnalysedSentence
): void {
	if (t.start !== unit.start) return;
	let entry = entries.get(unit.lemma);
	if (!entry) {
		entry = {
			lemma: unit.lemma,
			gloss: unit.gloss,
			pos: unit.pos,
			band: unit.band,
			forms: [],
			count: 0,
			example: example(sentence.start, sentence.end, unit)
		};
		entries.set(unit.lemma, entry);
	}
	entry.count++;
	const lower = unit.text.toLowerCase().replace(/\s+/g, ' ');
	const form = entry.forms.find((f) => f.form === lower);
	if (form) form.count++;
	else entry.forms.push({ form: lower, affixes: [], count: 1 });
}

/**
 * A root's gloss as the vocabulary shows it. When the forms met in the text have meanings of their own,
 * they are given in the curated style, "form: meaning": alone when every form has one (pemerintah:
 * government, not perintah "order"), else after the root's, "order (pemerintah: government)".
 */
function entryGloss(entry: VocabularyEntry, rootGloss: string): string {
	// A curated gloss may already name the forms ("invite (undangan: invitation)"): add only the others, inside its brackets.
	const named = new Set(bracketedForms(rootGloss).map(([form]) => form));
	const own = entry.forms.filter((f) => f.gloss && f.gloss !== rootGloss && !named.has(f.form));
	if (own.length === 0) return rootGloss;
	const extra = own.map((f) => `${f.form}: ${f.gloss}`).join('; ');
	if (named.size > 0) return `${rootGloss.slice(0, -1)}; ${extra})`;
	return own.length === entry.forms.length || !rootGloss ? extra : `${rootGloss} (${extra})`;
}

/** Orders a copy: by first appearance, by band (rarest first, then appearance), or alphabetically. */
export function sortVocabulary(
	entries: VocabularyEntry[],
	order: VocabularyOrder
): VocabularyEntry[] {
	const byAppearance = (a: VocabularyEntry, b: VocabularyEntry) =>
		a.example.formStart - b.example.formStart;
	const copy = [...entries];
	if (order === 'band') return copy.sort((a, b) => b.band - a.band || byAppearance(a, b));
	if (order === 'alphabetical')
		return copy.sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
	return copy.sort(byAppearance);
}
