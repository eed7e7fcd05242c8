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

/**
 * Datelines in the shapes Indonesian outlets use, parsed by one grammar rather than one pattern per outlet:
 * a head of one or two segments, then a dash (-, --, –, —). A segment is up to three words; one holding a
 * domain (KOMPAS.com, iNews.id, TEMPO.CO, KOMPAS.TV) or standing in brackets (ANTARA) is the source, the
 * other the place:
 *   "KOMPAS.com - "  "JAKARTA, KOMPAS.com - "  "TEMPO.CO, Jakarta - "  "Jakarta, CNN Indonesia -- "
 *   "Jakarta (ANTARA) - "  "(ANTARA) - "  "Liputan6.com, Jakarta - "  "Bisnis.com, JAKARTA — "  "DOHA - ".
 * A lone segment must be a source or a place in capitals (DOHA), so "Kim Jong Un - …" is no dateline.
 * Kontan's "JAKARTA. " (a place in capitals and a full stop) is read too.
 */
const segment = String.raw`[A-Za-z0-9][\w.'’&]*(?: [A-Z0-9][\w.'’&]*){0,2}`;
const datelineHead = new RegExp(
	String.raw`^(?:\((${segment})\)|(${segment})(?:\s*\((${segment})\)|,\s*(${segment}))?)\s*[-–—]{1,2}\s+`
);
const capitalsPlace = /^([A-Z]{3,}(?: [A-Z]{3,}){0,2})\.\s+(?=["“\p{Lu}])/u;
const domain = /[A-Za-z0-9]\.(?:[A-Za-z]{2,4})(?:\.[A-Za-z]{2})?$/;
const allCaps = /^[A-Z][A-Z .]*$/;

/** Bylines on a line of their own: "Laporan Wartawan Tribunnews.com, Nama", "Penulis: Nama", "Editor: Nama". */
const bylineLine =
	/^(?:laporan (?:wartawan|reporter|koresponden)\b.{0,80}|(?:penulis|editor|reporter|pewarta|penyunting|kontributor)\s*:.{0,80})$/i;

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
	const caps = capitalsPlace.exec(line);
	if (caps) return { dateline: { source: '', place: caps[1] }, rest: line.slice(caps[0].length) };
	const m = datelineHead.exec(line);
	if (!m) return { dateline: null, rest: line };
	const rest = line.slice(m[0].length);
	if (m[1]) return { dateline: { source: m[1], place: '' }, rest };
	const first = m[2];
	const bracketed = m[3];
	const second = m[4];
	if (bracketed) return { dateline: { source: bracketed, place: first }, rest };
	if (second) {
		if (domain.test(first)) return { dateline: { source: first, place: second }, rest };
		if (domain.test(second) || (/^[A-Z]/.test(first) && /^[A-Z]/.test(second)))
			return { dateline: { source: second, place: first }, rest };
	}
	if (domain.test(first)) return { dateline: { source: first, place: '' }, rest };
	if (allCaps.test(first)) return { dateline: { source: '', place: first }, rest };
	return { dateline: null, rest: line };
}

/**
 * A pasted headline: the first line, set apart by a blank line from a longer text below it, not ending
 * like a sentence and short enough for a title ("BI prediksi pertumbuhan ekonomi 5,26 persen").
 */
function isHeadline(first: string, next: string | undefined, blankAfter: boolean): boolean {
	if (next === undefined || first.length > 160 || /[.!?]$/.test(first)) return false;
	if (looksLikeSubheading(first) && splitDateline(next).dateline) return true;
	return blankAfter && next.length > first.length;
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

/**
 * Initials or short handles at the very end, in brackets or after an asterisk, lower case or a
 * capital and lower case, with / . - between parts: "(didik/dinkominfo kab.pekalongan)", "[As]",
 * "*des", "(ant)", after the last sentence's full stop. A bracket holding a sentence or a
 * number, or one inside the sentence, stays.
 */
const closingInitials =
	/(?<=[.!?"”’])\s*(?:[([](?:\p{Ll}[\p{Ll}.]*|\p{Lu}\p{Ll}{0,3})(?:[/ .-]+\p{Ll}[\p{Ll}.]*){0,3}[)\]]|\*\p{Ll}{2,8})$/u;

/** A closing mark or credit after the last sentence: "***", "(*)", "(Jurnalis Budi/Ani)", "(Editor: Ani)". */
const credit = String.raw`(?:\*{2,}|\(\*\)|\((?:jurnalis|penulis|reporter|editor|pewarta|laporan|red)\b[^()]{0,60}\))`;
const closingCredit = new RegExp(String.raw`(?<=[.!?"”’])\s*${credit}$`, 'iu');
const creditLine = new RegExp(String.raw`^${credit}$`, 'iu');
/** A last line of initials alone: "(pra/pj/gob)", "[ant]". */
const initialsLine = /^[([]\p{Ll}[\p{Ll}.]*(?:[/ .-]+\p{Ll}[\p{Ll}.]*){0,3}[)\]]$/u;

export function importArticle(raw: string): CleanArticle {
	const rawLines = raw.replace(/\r\n?/g, '\n').split('\n').map(normaliseWhitespace);
	const firstLine = rawLines.findIndex((l) => l !== '');
	const blankAfterFirst = firstLine >= 0 && rawLines[firstLine + 1] === '';
	const lines = rawLines.filter(
		(line) => line !== '' && !isBoilerplate(line) && !bylineLine.test(line)
	);
	// The reporter's or editor's initials or credit close many articles: "… kata Budi. (ant/des)",
	// "[As]", "*des", "pungkasnya.***", a last line "(Jurnalis Ani/Budi)".
	while (lines.length > 0) {
		const last = lines.length - 1;
		let line = lines[last];
		for (let before = ''; before !== line;) {
			before = line;
			line = line.replace(closingCredit, '').replace(closingInitials, '').trimEnd();
		}
		if (line !== '' && !creditLine.test(line) && !initialsLine.test(line)) {
			lines[last] = line;
			break;
		}
		lines.pop();
	}

	// A pasted headline sits above the dateline or the lead: "Banjir Rendam Jakarta" / "Jakarta (ANTARA) - …".
	let headline: string | undefined;
	if (lines.length > 1 && isHeadline(lines[0], lines[1], blankAfterFirst)) headline = lines.shift();
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
