/**
 * Turns raw news text (as scraped or pasted by a teacher) into a clean article.
 *
 * Line-based, because that is how scraping debris arrives: "Baca Juga" and "Advertisement" stand on
 * lines of their own. Each surviving line becomes one block; a block is a subheading when it reads
 * like a headline (short, Title Case, no closing punctuation). Sentence text is never rewritten:
 * only whitespace is normalised (CR/LF, tabs, non-breaking and zero-width spaces), so offsets into
 * `body` stay meaningful for the tokenizer and the question generator.
 */
import type { ArticleBlock, CleanArticle } from './types';

/** Lines that scrapers leave behind; matched against the whole trimmed line, case-insensitively. */
const boilerplateLine =
	/^(?:baca juga(?:\s*:.*)?|advertisement|iklan|scroll (?:to|untuk) (?:continue|lanjut).*|simak juga(?:\s*:.*)?|lihat juga(?:\s*:.*)?|saksikan (?:juga )?video.*|tonton (?:juga )?video.*|video pilihan.*|artikel terkait.*|ikuti (?:kami|berita).*|copyright.*|©.*|share|bagikan|komentar)$/i;

/** "Liputan6.com, Moskow - " and "JAKARTA, KOMPAS.com - " and "Jakarta (ANTARA) - ". */
const datelineSourceFirst =
	/^([A-Za-z0-9]+\.(?:com|co\.id|id|net|org)),\s*([^\s,-][^,-]{0,40}?)\s+[-–—]+\s+/;
const datelinePlaceFirst =
	/^([A-Za-z][A-Za-z .'-]{0,40}?),\s*([A-Za-z0-9]+\.(?:com|co\.id|id|net|org))\s+[-–—]+\s+/;
const datelineAgency = /^([A-Za-z][A-Za-z .'-]{0,40}?)\s*\(([A-Z][A-Za-z]{1,20})\)\s*[-–—]+\s+/;

/** Function words that stay lower-case inside an Indonesian Title Case headline. */
const headlineSmallWords = new Set(
	'dan di ke dari untuk yang dengan atau pada dalam oleh bagi soal jadi vs the of'.split(' ')
);

export function normaliseWhitespace(line: string): string {
	return line
		.replace(/[\u200B-\u200D\uFEFF]/g, '')
		.replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

export function isBoilerplate(line: string): boolean {
	return boilerplateLine.test(line);
}

export function splitDateline(line: string): { dateline: CleanArticle['dateline']; rest: string } {
	let match = datelineSourceFirst.exec(line);
	if (match)
		return {
			dateline: { source: match[1], place: match[2].trim() },
			rest: line.slice(match[0].length)
		};
	match = datelinePlaceFirst.exec(line) ?? datelineAgency.exec(line);
	if (match)
		return {
			dateline: { source: match[2], place: match[1].trim() },
			rest: line.slice(match[0].length)
		};
	return { dateline: null, rest: line };
}

/**
 * A subheading is short, does not end like a sentence, and capitalises its content words.
 * "Kim Jong Un menekankan peran satelit militer …" also lacks a final period but has lower-case
 * content words, so it stays a paragraph.
 */
export function looksLikeSubheading(line: string): boolean {
	if (line.length > 100 || /[.!?:;,"”'’…)]$/.test(line) || /^["“'‘(-]/.test(line)) return false;
	const words = line.split(' ').filter((w) => /\p{L}/u.test(w));
	if (words.length < 2 || words.length > 14) return false;
	const content = words.filter((w) => !headlineSmallWords.has(w.toLowerCase()));
	if (content.length === 0) return false;
	const capitalised = content.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
	return capitalised === content.length;
}

export function importArticle(raw: string): CleanArticle {
	const lines = raw
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map(normaliseWhitespace)
		.filter((line) => line !== '' && !isBoilerplate(line));

	// A pasted headline sits above the dateline: "Banjir Rendam Jakarta" / "Jakarta (ANTARA) - …".
	let headline: string | undefined;
	if (lines.length > 1 && looksLikeSubheading(lines[0]) && splitDateline(lines[1]).dateline) {
		headline = lines.shift();
	}
	let dateline: CleanArticle['dateline'] = null;
	if (lines.length > 0) {
		const split = splitDateline(lines[0]);
		dateline = split.dateline;
		if (split.rest.trim() === '') lines.shift();
		else lines[0] = split.rest.trim();
	}

	const blocks: ArticleBlock[] = [];
	let body = '';
	for (const [index, line] of lines.entries()) {
		if (body !== '') body += '\n\n';
		const start = body.length;
		body += line;
		// The first block is the lead paragraph; a headline-like opening line is still body text.
		const kind = index > 0 && looksLikeSubheading(line) ? 'subheading' : 'paragraph';
		blocks.push({ kind, start, end: body.length });
	}
	return headline === undefined ? { dateline, body, blocks } : { dateline, body, blocks, headline };
}

/** Words in the body, for the article list: counts runs of letters/digits, as a reader would. */
export function countWords(body: string): number {
	return body.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
