/**
 * The reader's view of an article: each block's text with the words marked, and one card per
 * distinct written form (root, affixes, gloss, band). Cards are shared by every occurrence of a
 * form, so the page carries each gloss once however often the word appears.
 *
 * Encoding: `ReaderBlock.words` holds `[start, end, card]` triples, offsets relative to the
 * block's text, `card` an index into `ReaderView.cards`. Everything between two words is plain text.
 */
import { analyzeWord } from './morphology';
import {
	analyzeDocument,
	documentTokens,
	formGlossOf,
	type AnalysedDocument,
	type AnalysedToken
} from './document';
import { acronymsDefinedIn } from './acronyms';
import { geoHeads, orgHeads, titleWords } from './entity-words';
import { editDistance } from './question-utils';

import type { Affix, CleanArticle, FrequencyBand, Lexicon, RootDictionary } from './types';

export { formGlossOf };

export interface WordCard {
	/** The form as written, lower-cased unless it is a name. */
	form: string;
	root: string;
	/** Affix names ('meN-', '-kan', 'ke-…-an'); their explanations are in `ReaderView.affixNotes`. */
	affixes: string[];
	/** What the learner sees: the sense chosen for this context first, then the others ("; "). */
	gloss: string;
	/** The form's own meaning (terhadap: "towards; against"), when the lexicon has one; then `gloss` is it too. */
	formGloss?: string;
	/** The root's meaning, given when it differs from `gloss` (hadap: "face"). */
	rootGloss?: string;
	pos: string;
	band: FrequencyBand;
	isName: boolean;
	/** The multiword unit this occurrence belongs to (rumah sakit: hospital), shown before the word. */
	unit?: { lemma: string; gloss: string; pos: string };
}

export interface ReaderBlock {
	kind: 'paragraph' | 'subheading';
	text: string;
	/** Offset of the block in the article body, so sentence offsets can be mapped into it. */
	start: number;
	words: [number, number, number][];
	/** Sentence ranges relative to `text`, for "read this sentence aloud" and evidence highlights. */
	sentences: [number, number][];
}

export interface ReaderView {
	blocks: ReaderBlock[];
	cards: WordCard[];
	/** One learner explanation per affix used, sent once rather than with every card. */
	affixNotes: Record<string, string>;
}

/**
 * Cards are shared by the occurrences of a form that have the same chosen sense and unit, so a form
 * used in two senses gets two cards.
 */
export function buildReaderView(
	article: CleanArticle,
	lexicon: Lexicon,
	dict: RootDictionary,
	doc: AnalysedDocument = analyzeDocument(article.body, lexicon, dict)
): ReaderView {
	const cards: WordCard[] = [];
	const affixNotes: Record<string, string> = {};
	const cardIndex = new Map<string, number>();
	const tokens = documentTokens(doc);
	const nameParts = properNameParts(article.body, tokens, lexicon);
	const defined = acronymsDefinedIn(
		article.body,
		doc.sentences.map((s) => s.tokens)
	);
	let next = 0;

	const blocks = article.blocks.map((block) => {
		const words: [number, number, number][] = [];
		while (next < tokens.length && tokens[next].start < block.end) {
			const token = tokens[next++];
			if (token.start < block.start || (token.kind !== 'word' && token.kind !== 'name')) continue;
			const isName = token.kind === 'name';
			const unit = token.unit === undefined ? undefined : doc.units[token.unit];
			const key = isName
				? `N:${token.text}\t${unit?.lemma ?? ''}`
				: `${token.text.toLowerCase()}\t${token.gloss?.gloss ?? ''}\t${unit?.lemma ?? ''}`;
			let index = cardIndex.get(key);
			if (index === undefined) {
				const card = makeCard(token, isName, lexicon, dict, affixNotes);
				if (isName && nameParts.has(token.text)) card.gloss = '';
				const spelt = defined.get(token.text);
				if (spelt) card.gloss = definedAcronymGloss(spelt, card.gloss, lexicon);
				if (unit) card.unit = { lemma: unit.lemma, gloss: unit.gloss, pos: unit.pos };
				index = cards.push(card) - 1;
				cardIndex.set(key, index);
			}
			words.push([token.start - block.start, token.end - block.start, index]);
		}
		const sentences = doc.sentences
			.filter((s) => s.start >= block.start && s.end <= block.end)
			.map((s): [number, number] => [s.start - block.start, s.end - block.start]);
		return {
			kind: block.kind,
			text: article.body.slice(block.start, block.end),
			start: block.start,
			words,
			sentences
		};
	});
	return { blocks, cards, affixNotes };
}

function makeCard(
	token: AnalysedDocument['sentences'][number]['tokens'][number],
	isName: boolean,
	lexicon: Lexicon,
	dict: RootDictionary,
	affixNotes: Record<string, string>
): WordCard {
	const text = token.text;
	if (isName) {
		const entry = lexicon.lookup(text.toLowerCase());
		return {
			form: text,
			root: text,
			affixes: [],
			gloss: nameWordGloss(text, lexicon, dict),
			pos: 'name',
			band: entry?.band ?? 5,
			isName: true
		};
	}
	const analysis = token.root ? token : { ...token, ...analyzeWordLike(text, dict) };
	const entry = lexicon.lookup(analysis.root);
	for (const affix of analysis.affixes) affixNotes[affix.form] = noteOf(affix);
	const rootGloss = entry?.gloss ?? '';
	const own = formGlossOf(text, analysis.affixes.length > 0, rootGloss, lexicon);
	const chosen = token.gloss;
	const card: WordCard = {
		form: text.toLowerCase(),
		root: analysis.root,
		affixes: analysis.affixes.map((a) => a.form),
		gloss: chosen?.gloss ?? own ?? (rootGloss || lexicon.acronym?.(text) || ''),
		pos: chosen?.senses[0]?.pos || entry?.pos || '',
		band: entry?.band ?? 5,
		isName: false
	};
	if (own) {
		card.formGloss = chosen?.source === 'form' ? chosen.gloss : own;
		if (rootGloss && rootGloss !== own) card.rootGloss = rootGloss;
	}
	return card;
}

/**
 * An acronym the article spells out: the English of the expansion when the lexicon has it as a unit,
 * else the expansion itself. A listed acronym keeps its English unless the article means another
 * body by the same letters (UKM: a student club, not small businesses).
 */
function definedAcronymGloss(expansion: string, listed: string, lexicon: Lexicon): string {
	const unit = lexicon.multiword?.(expansion.toLowerCase());
	const words = (g: string) => new Set(g.toLowerCase().match(/[a-z]{4,}/g) ?? []);
	const same = (g: string) => [...words(g)].some((w) => words(listed).has(w));
	if (
		listed &&
		(listed.toLowerCase().includes(expansion.toLowerCase()) || (unit && same(unit.gloss)))
	)
		return listed;
	return unit ? `${unit.gloss} (${expansion})` : `short for ${expansion}`;
}

/** Words that open the name of a place or a body and mean what they say there (Kota Bandung: city). */
const nameHeads = new Set([
	...geoHeads,
	...orgHeads,
	...titleWords,
	'museum',
	'masjid',
	'gereja',
	'candi',
	'hotel',
	'pasar'
]);

/**
 * Words inside a proper name are not glossed as words: "Beckham Putra" is not "son", "Kali Code"
 * not "time(s)", "Stasiun Pasar Senen" not "market". A run of two or more capitalised words is a
 * proper name when one of its words is known only as a name (or not at all); only a leading head
 * word (Kota, Desa, Stasiun, Museum) keeps its gloss. A run of known words (Dinas Kesehatan,
 * Pusat Informasi Harga Pangan) is glossed word by word.
 */
function properNameParts(body: string, tokens: AnalysedToken[], lexicon: Lexicon): Set<string> {
	const parts = new Set<string>();
	let run: AnalysedToken[] = [];
	const onlyName = (text: string) =>
		(lexicon.lookup(text.toLowerCase())?.pos ?? 'name') === 'name' &&
		!lexicon.formGloss?.(text.toLowerCase()) &&
		!lexicon.acronym?.(text);
	const close = () => {
		// After a place head the words are the place's own name, even where each is a word
		// (Desa Tua, Kecamatan Marga): "old" and "surname" would mislead.
		const placeNamed = run.length >= 2 && geoHeads.has(run[0].text.toLowerCase());
		if (placeNamed || (run.length >= 2 && run.some((t) => onlyName(t.text))))
			// A head word keeps its gloss wherever it stands: "Sukamaju Kecamatan Cibeber" runs two
			// place names together, and Kecamatan (district) is a word a learner needs.
			run.forEach((t) => {
				if (!nameHeads.has(t.text.toLowerCase())) parts.add(t.text);
			});
		run = [];
	};
	for (const t of tokens) {
		const joined = run.length > 0 && body.slice(run[run.length - 1].end, t.start) === ' ';
		if (!t.isName || t.unit !== undefined || /\d/.test(t.text) || t.text === t.text.toUpperCase())
			close();
		else {
			if (run.length > 0 && !joined) close();
			run.push(t);
		}
	}
	close();
	return parts;
}

/**
 * A name may be made of known words written with a capital ("Dewan Keamanan", "Kementerian Perdagangan",
 * "September"): gloss them as words, derived forms included. A place the data knows only as a name gets
 * only the senses that do not merely repeat it ("Jakarta: jakarta; jakartan" says nothing).
 */
export function nameWordGloss(text: string, lexicon: Lexicon, dict: RootDictionary): string {
	const acronym = lexicon.acronym?.(text);
	if (acronym) return acronym;
	// An acronym the list does not know (RIA, BU, SE) is not the word its letters spell.
	if (/^\p{Lu}{2,}$/u.test(text)) return '';
	const lower = text.toLowerCase();
	const entry = lexicon.lookup(lower);
	// A capitalised rare word that no person checked is far likelier a name (Berau, a regency) than
	// the word ("smell"): it gets no gloss.
	if (entry && !entry.curated && entry.band >= 4 && !/[A-Z]/.test(entry.gloss)) return '';
	// Written with a capital, a word means its proper-noun sense first: Minggu is Sunday, minggu a week.
	if (entry && entry.pos !== 'name') {
		// Generated data files some names as words: "Saddam: Hussein", "Shin: shin". Such a sense
		// (another proper name, or the word itself) says nothing about a name.
		const senses = entry.gloss
			.split('; ')
			.filter(
				(g) =>
					entry.curated ||
					(g.toLowerCase() !== lower &&
						!(/^[A-Z]/.test(g) && editDistance(g.toLowerCase(), lower, 3) > 2))
			);
		const proper = senses.filter((g) => /^[A-Z]/.test(g));
		return [...proper, ...senses.filter((g) => !proper.includes(g))].join('; ');
	}
	if (entry)
		return entry.gloss
			.split('; ')
			.filter((g) => !g.toLowerCase().startsWith(lower))
			.join('; ');
	const own = lexicon.formGloss?.(lower);
	if (own) return own;
	const a = analyzeWord(text, dict);
	const root = a.affixes.length > 0 ? lexicon.lookup(a.root) : undefined;
	return root && root.pos !== 'name' ? root.gloss : '';
}

/** A word the document left unanalysed (a capitalised word the tokenizer took for a word): its root and affixes. */
function analyzeWordLike(text: string, dict: RootDictionary) {
	const a = analyzeWord(text, dict);
	return { root: a.root, affixes: a.affixes };
}

/** The explanation without its leading "meN-: " label, which the page already shows. */
function noteOf(affix: Affix): string {
	return affix.explanation.startsWith(`${affix.form}: `)
		? affix.explanation.slice(affix.form.length + 2)
		: affix.explanation;
}

/** The cards of one root, and each sentence where one of its forms occurs (form offsets relative to it). */
export function occurrencesOfRoot(view: ReaderView, root: string) {
	// A multiword lemma (rumah sakit) collects the cards of the words inside the unit.
	const cardIds = new Set(
		view.cards.flatMap((card, i) =>
			(card.root === root || card.unit?.lemma === root) && !card.isName ? [i] : []
		)
	);
	const examples = view.blocks.flatMap((block) =>
		block.words
			.filter(([, , card]) => cardIds.has(card))
			.map(([start, end]) => {
				const [from, to] = block.sentences.find(([s, e]) => s <= start && end <= e) ?? [
					0,
					block.text.length
				];
				return { text: block.text.slice(from, to), start: start - from, end: end - from };
			})
	);
	return { cards: [...cardIds].map((i) => view.cards[i]), examples };
}
