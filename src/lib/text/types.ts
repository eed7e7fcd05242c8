/**
 * The shapes the language core passes around. Offsets are UTF-16 code-unit indexes into the
 * article body (`CleanArticle.body`), half-open: `body.slice(start, end)` gives the text back.
 */

/** One block of a cleaned article, as it is shown to a reader. */
export interface ArticleBlock {
	kind: 'paragraph' | 'subheading';
	/** Offsets of the block in `CleanArticle.body`. */
	start: number;
	end: number;
}

/** A news text after the importer has removed scraping debris (see import-article.ts). */
export interface CleanArticle {
	/** "Liputan6.com, Moskow - " becomes { source: 'Liputan6.com', place: 'Moskow' }; null when absent. */
	dateline: { source: string; place: string } | null;
	/** The blocks' exact texts joined by a blank line ("\n\n"); the dateline is not part of it. */
	body: string;
	blocks: ArticleBlock[];
	/** A headline pasted above the dateline, taken out of the body; absent when there was none. */
	headline?: string;
}

export type TokenKind =
	| 'word' // an ordinary lower-case or sentence-initial word, incl. hyphenated forms (negara-negara)
	| 'name' // a name candidate: capitalised mid-sentence, an acronym (KCNA), a domain (Liputan6.com)
	| 'number' // 1.250, 3,5, 650, 18
	| 'date' // 14/9/2023, 13/9
	| 'punct'
	| 'symbol'; // anything else that is not a space: emoji, %, $, stray marks

export interface Token {
	text: string;
	kind: TokenKind;
	start: number;
	end: number;
}

export interface Sentence {
	text: string;
	start: number;
	end: number;
	tokens: Token[];
}

export interface Paragraph {
	start: number;
	end: number;
	sentences: Sentence[];
}

/* ---- Morphology, lexicon and vocabulary (morphology.ts, lexicon.ts, vocabulary.ts) ---- */

export type AffixKind =
	'prefix' | 'suffix' | 'confix' | 'clitic' | 'particle' | 'reduplication' | 'infix';

/** One affix of a word in learner terms: 'meN-', '-kan', 'ke-…-an', '-nya', 'memper-', 'reduplication'. */
export interface Affix {
	form: string;
	kind: AffixKind;
	/** One line for a learner: what the affix does to the root. */
	explanation: string;
	/** The shape it takes in this word when that differs from `form` ('meng-' for 'meN-'). */
	surface?: string;
}

export interface WordAnalysis {
	word: string;
	/** Lower-case root (the KBBI-style headword); the lower-cased word itself when no root is known. */
	root: string;
	/** Outer prefixes first, then suffixes from the root outwards, reduplication last. */
	affixes: Affix[];
}

/** The set of known roots the stemmer may stop at. */
export interface RootDictionary {
	has(root: string): boolean;
	/** Optional wordfreq Zipf value (0 = unknown); breaks ties between two roots that both exist. */
	zipf?(root: string): number;
	/** Optional Zipf value of the root's whole word family (ubah with berubah, mengubah, perubahan …); 0 = unknown. */
	familyZipf?(root: string): number;
}

/** Frequency band from wordfreq: 1 = top 1,000 words … 5 = rare or unlisted. */
export type FrequencyBand = 1 | 2 | 3 | 4 | 5;

export interface LexiconEntry {
	lemma: string;
	/** 'noun' | 'verb' | 'adj' | 'adv' | 'num' | 'pron' | 'prep' | 'conj' | 'part' | 'other' */
	pos: string;
	gloss: string;
	band: FrequencyBand;
	/** True when the entry was written by hand (data/curated-lexicon.json), not generated. */
	curated: boolean;
}

/** One meaning of a word: its part of speech and an English label. */
export interface Sense {
	pos: string;
	gloss: string;
}

export interface Lexicon {
	lookup(root: string): LexiconEntry | undefined;
	/**
	 * The ranked senses of a root or derived form (best prior first), when the data knows more than one.
	 * Optional so a plain root table still fits.
	 */
	senses?(word: string): Sense[] | undefined;
	/** A multiword expression's entry (rumah sakit: hospital), keyed by its lower-case words joined by one space. */
	multiword?(expression: string): LexiconEntry | undefined;
	/**
	 * The meaning of a derived form when it is not simply its root's (terhadap: "towards; against",
	 * pemerintah: "government"); undefined for ordinary forms. Optional so a plain root table still fits.
	 */
	formGloss?(form: string): string | undefined;
	/**
	 * True when the form's own gloss was written or checked by hand (curated), not generated: the
	 * question builder asks for meanings only where a person vouched for them.
	 */
	formCurated?(form: string): boolean;
	/** An acronym as written (BPS, Polres, KK): its English and what it abbreviates. Case matters. */
	acronym?(written: string): string | undefined;
}

export interface VocabularyForm {
	form: string;
	affixes: Affix[];
	count: number;
	/** The form's own meaning when the lexicon has one (see `Lexicon.formGloss`). */
	gloss?: string;
}

export interface VocabularyExample {
	sentenceStart: number;
	sentenceEnd: number;
	formStart: number;
	formEnd: number;
}

export interface VocabularyEntry {
	lemma: string;
	/** '' when neither the data nor the curated list knows the word. */
	gloss: string;
	pos: string;
	band: FrequencyBand;
	forms: VocabularyForm[];
	count: number;
	example: VocabularyExample;
}

export interface NameEntry {
	name: string;
	count: number;
	example: VocabularyExample;
}

export type VocabularyOrder = 'appearance' | 'band' | 'alphabetical';

/* ---- Questions, quizzes and grading (questions.ts, quiz.ts, grade.ts) ---- */

export type QuestionKind =
	| 'cloze'
	| 'fact'
	| 'true-false'
	| 'vocab-meaning'
	| 'vocab-word'
	| 'morphology-root'
	| 'morphology-affixes'
	| 'order'
	| 'why'
	| 'speaker'
	| 'reference'
	| 'role'
	| 'amount-change'
	| 'how-many';

export type QuestionWord =
	'Siapa' | 'Di mana' | 'Kapan' | 'Berapa' | 'Apa' | 'Mengapa' | 'Bagaimana';

/** One question, stored as JSON keyed by `id`. */
export interface Question {
	/** Stable hash of kind + evidence text + answer: the same article text gives the same ids. */
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** Shuffled deterministically; empty for a typed question (see `typed`). */
	options: string[];
	/** One of `options`, or for a typed question the expected text. */
	answer: string;
	/** Offsets of the evidence sentence in `CleanArticle.body`. */
	evidence: { start: number; end: number };
	/** Shown after answering; for cloze and vocabulary: root, affixes and gloss. */
	explanation: string;
	/** 1 (easy) … 5 (hard), from the answer's frequency band and the kind. */
	difficulty: number;
	questionWord?: QuestionWord;
	/** True when the learner types the answer instead of choosing (typed cloze and root). */
	typed?: boolean;
	/** For cloze, vocabulary and morphology questions: the root they practise (a missed one goes to review). */
	root?: string;
	/**
	 * Quality 0…1 from the generator's checks and its confidence in each step; quizzes draw the
	 * best first and the teacher's preview hides items below `lowScore`. Absent on items stored
	 * before scores existed (read as 0.5).
	 */
	score?: number;
	/** Typed questions: other answers that are also right (listed synonyms). */
	accept?: string[];
}

export interface GradeResult {
	correct: boolean;
	/** A one-letter slip in a typed answer: not correct, but worth saying so. */
	close: boolean;
	feedback: string;
	expected: string;
}
