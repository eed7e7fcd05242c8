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
