/**
 * Tokenizer: body → paragraphs → sentences → tokens, with half-open UTF-16 offsets into the body.
 *
 * Algorithm: one left-to-right scan per line. A word run takes letters, marks and digits and
 * swallows a connector ('-', '.', ',', '/', apostrophe) only when the characters around it
 * make it internal (negara-negara, 1.250, 3,5, 14/9/2023, Liputan6.com, Jum'at), so no
 * backtracking regex is ever run over the text. Sentences are cut after . ! ? when what
 * follows looks like a sentence start; closing quotes and brackets stay with the sentence
 * they close. Quote depth is not needed for splitting, which is why an unclosed quote (the
 * seed article has one) cannot swallow the text after it; every line starts fresh anyway.
 *
 * Name candidates ('name'): acronyms (KCNA, AS), domains, and capitalised words that are not
 * at a sentence or quotation start. A capitalised word at a start is ambiguous ("Pemimpin"
 * vs "Putin"); it becomes 'name' only when the same form is capitalised mid-sentence
 * somewhere in the body and never written in lower case there. Otherwise it stays 'word'.
 */
import type { Paragraph, Sentence, Token, TokenKind } from './types';

/** Abbreviations that are followed by a name or number, so their period never ends a sentence. */
const titleAbbreviations = new Set([
	'dr',
	'drs',
	'dra',
	'prof',
	'ir',
	'h',
	'hj',
	'no',
	'jl',
	'jln',
	'kol',
	'jend',
	'letjen',
	'mayjen',
	'brigjen',
	'sdr',
	'sdri',
	'bpk',
	'ny',
	'nn',
	'tn',
	'st',
	'kh',
	'mr',
	'mrs',
	'ms',
	'dt',
	'rp',
	'kec',
	'kab',
	'prov',
	'hal',
	'vol',
	'pt',
	'ltd',
	'co',
	'inc',
	'pte',
	'bapak',
	'vs',
	// Law texts and dates: "Pasal 2 jo. Pasal 3" (juncto), "UU No. 31 Thn. 1999", "tgl. 5".
	'jo',
	'thn',
	'tgl',
	// Neighbourhood units in addresses: "RT. 03 RW. 10".
	'rt',
	'rw'
]);
/** Abbreviations that may close a sentence ("... Amerika Serikat (AS) Cs."). */
const finalAbbreviations = new Set([
	'cs',
	'dll',
	'dsb',
	'dst',
	'dkk',
	'tsb',
	'ybs',
	'yth',
	'etc',
	'sda'
]);

const closingQuotes = '"\'”’»›)]}';
const openingPunct = '"\'“‘«‹([{';

function isLineBreak(c: number): boolean {
	return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 11 || c === 12;
}

const spaceRe = /\s/;
function isSpace(c: number): boolean {
	if (c < 128) return c === 32 || c === 9 || (c >= 10 && c <= 13);
	return spaceRe.test(String.fromCharCode(c));
}

const wordCharRe = /[\p{L}\p{M}\p{N}]/u;
/** Letter, mark or digit at index i (whole code point). */
function isWordAt(s: string, i: number): boolean {
	if (i < 0 || i >= s.length) return false;
	const c = s.charCodeAt(i);
	if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
	if (c >= 0xd800 && c <= 0xdfff) {
		const cp = s.codePointAt(i)!;
		if (cp <= 0xffff) return false; // lone surrogate
		return wordCharRe.test(String.fromCodePoint(cp));
	}
	return wordCharRe.test(s[i]);
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}
function isLowerOrDigitAt(s: string, i: number): boolean {
	if (!isWordAt(s, i)) return false;
	const ch = s[i];
	return isDigit(s.charCodeAt(i)) || ch !== ch.toUpperCase() || ch === ch.toLowerCase();
}
function isUpperChar(ch: string): boolean {
	return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
const punctRe = /\p{P}/u;

/** "Fight's": the 's is a token of its own, as in UD; "Jum'at" stays whole. */
function englishPossessive(s: string, j: number): boolean {
	return (s[j + 1] === 's' || s[j + 1] === 'S') && !isWordAt(s, j + 2);
}

/** End of a word run starting at i (exclusive), honouring internal connectors. */
function scanWord(s: string, i: number, end: number): number {
	let j = i;
	let singleLetters = true; // "U.S." style initialism so far
	let segment = 0;
	let sawDecimal = false;
	while (j < end) {
		if (isWordAt(s, j)) {
			j += s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff ? 2 : 1;
			segment++;
			continue;
		}
		const c = s.charCodeAt(j);
		const prevDigit = isDigit(s.charCodeAt(j - 1));
		const nextDigit = isDigit(s.charCodeAt(j + 1));
		if (segment > 1) singleLetters = false;
		let join = false;
		// A hyphen between two numbers is a range ("2005-2006", "20-25"), not a compound.
		if (c === 45 || c === 0x2010) join = isWordAt(s, j + 1) && !(prevDigit && nextDigit);
		else if (c === 46) {
			join =
				(prevDigit && nextDigit) ||
				isLowerOrDigitAt(s, j + 1) ||
				(singleLetters && segment === 1 && isWordAt(s, j + 1) && s.charCodeAt(j + 2) === 46);
		} else if (c === 44) join = prevDigit && nextDigit;
		// A slash joins day/month/year and "II/2007", not amounts like "9.175/9.180".
		else if (c === 47)
			join = nextDigit && segment <= 4 && !sawDecimal && (prevDigit || isUpperChar(s[j - 1]));
		else if (c === 39 || c === 0x2019)
			join = !prevDigit && isWordAt(s, j + 1) && !nextDigit && !englishPossessive(s, j);
		if (c === 46 || c === 44) sawDecimal ||= prevDigit && nextDigit;
		if (!join || j + 1 >= end) break;
		j++;
		segment = 0;
	}
	return j;
}

function classifyWord(text: string): TokenKind {
	let digits = 0;
	let letters = 0;
	let uppers = 0;
	let slash = false;
	let dot = false;
	for (const ch of text) {
		if (ch === '/') slash = true;
		else if (ch === '.') dot = true;
		else if (ch >= '0' && ch <= '9') digits++;
		else if (ch !== '-' && ch !== ',' && ch !== "'" && ch !== '’') {
			if (ch !== ch.toLowerCase() || ch !== ch.toUpperCase()) letters++;
			if (isUpperChar(ch)) uppers++;
		}
	}
	if (letters === 0 && digits > 0) {
		if (slash) return 'date';
		return 'number';
	}
	if (slash && digits > 0) return 'date'; // "II/2007": a quarter and a year
	if (uppers >= 2 && uppers === letters) return 'name'; // acronym, initialism
	if (dot && letters > 0) return 'name'; // domain
	if (uppers > 0 && isUpperChar(firstLetter(text))) return 'name';
	return 'word';
}

function firstLetter(text: string): string {
	for (const ch of text) if (ch.toLowerCase() !== ch.toUpperCase()) return ch;
	return '';
}

function atLineEnd(s: string, i: number, end: number): boolean {
	while (i < end && isSpace(s.charCodeAt(i))) i++;
	return i >= end;
}

/** Tokens of one line, without sentence structure. Sentence-initial marks are returned alongside. */
function scanLine(s: string, start: number, end: number, out: Token[]): void {
	let i = start;
	while (i < end) {
		const c = s.charCodeAt(i);
		if (isSpace(c)) {
			i++;
			continue;
		}
		if (isWordAt(s, i)) {
			let j = scanWord(s, i, end);
			// "Rp246,76" is a currency and an amount, two tokens as in UD.
			if (
				j - i > 2 &&
				(s[i] === 'R' || s[i] === 'r') &&
				(s[i + 1] === 'p' || s[i + 1] === 'P') &&
				isDigit(s.charCodeAt(i + 2))
			)
				j = i + 2;
			let text = s.slice(i, j);
			let kind = classifyWord(text);
			if (s.charCodeAt(j) === 46 && j < end) {
				const lower = text.toLowerCase();
				const initial = text.length === 1 && isUpperChar(text);
				const initialism = /^(\p{L}\.)+\p{L}$/u.test(text);
				// A title at the very end of a line ("... Sumitomo Life Insurance Co.") ends the sentence.
				const title = titleAbbreviations.has(lower) && !atLineEnd(s, j + 1, end);
				if (title || finalAbbreviations.has(lower) || initial || initialism) {
					j++;
					text = s.slice(i, j);
					if (!initial && !initialism) kind = 'word';
				}
			}
			out.push({ text, kind, start: i, end: j });
			i = j;
			continue;
		}
		if ((c === 39 || c === 0x2019) && i > start && isWordAt(s, i - 1) && englishPossessive(s, i)) {
			out.push({ text: s.slice(i, i + 2), kind: 'word', start: i, end: i + 2 });
			i += 2;
			continue;
		}
		// Ellipsis as one token, whether "..." or "…".
		if (c === 46 && s.charCodeAt(i + 1) === 46) {
			let j = i;
			while (j < end && s.charCodeAt(j) === 46) j++;
			out.push({ text: s.slice(i, j), kind: 'punct', start: i, end: j });
			i = j;
			continue;
		}
		const width =
			c >= 0xd800 && c <= 0xdbff && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
				? 2
				: 1;
		const text = s.slice(i, i + width);
		const kind: TokenKind =
			width === 1 && (c < 0xd800 || c > 0xdfff) && punctRe.test(text) ? 'punct' : 'symbol';
		out.push({ text, kind, start: i, end: i + width });
		i += width;
	}
}

function isTerminator(t: Token): boolean {
	if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?';
	return t.text.endsWith('.') && finalAbbreviations.has(t.text.slice(0, -1).toLowerCase());
}

/** Does the token look like the first token of a new sentence? */
function startsSentence(t: Token, next: Token | undefined): boolean {
	if (t.kind === 'number' || t.kind === 'date') return true;
	if (t.kind === 'punct' && openingPunct.includes(t.text)) return !next || next.kind !== 'punct';
	const first = firstLetter(t.text);
	return first !== '' && isUpperChar(first);
}

function isClosing(t: Token, prev: Token): boolean {
	return t.kind === 'punct' && closingQuotes.includes(t.text) && t.start === prev.end;
}

/** Split a line's tokens into sentences. */
function splitSentences(s: string, tokens: Token[], out: Sentence[]): void {
	let first = 0;
	for (let k = 0; k < tokens.length; k++) {
		if (!isTerminator(tokens[k])) continue;
		let last = k;
		while (
			last + 1 < tokens.length &&
			(isClosing(tokens[last + 1], tokens[last]) || isTerminator(tokens[last + 1]))
		)
			last++;
		const next = tokens[last + 1];
		if (next && !startsSentence(next, tokens[last + 2])) continue;
		pushSentence(s, tokens, first, last, out);
		first = last + 1;
		k = last;
	}
	if (first < tokens.length) pushSentence(s, tokens, first, tokens.length - 1, out);
}

function pushSentence(s: string, tokens: Token[], a: number, b: number, out: Sentence[]): void {
	const start = tokens[a].start;
	const end = tokens[b].end;
	out.push({ text: s.slice(start, end), start, end, tokens: tokens.slice(a, b + 1) });
}

/** Marks after which a capital is as ambiguous as at a sentence start ("... Saya akan"). */
const afterWhichCapitalsAreAmbiguous = new Set([':', '-', '–', '—', '...', '…']);

/** Is the token at index k the first word of its sentence or of a quotation? */
function atStart(tokens: Token[], k: number): boolean {
	for (let j = k - 1; j >= 0; j--) {
		const t = tokens[j];
		if (t.kind !== 'punct') return false;
		if (!openingPunct.includes(t.text) && !afterWhichCapitalsAreAmbiguous.has(t.text)) return false;
		if (t.text === '"' || t.text === '“' || t.text === '(' || t.text === '...' || t.text === '…')
			return true;
	}
	return true;
}

/**
 * Paragraphs of a text, one per non-blank line. Never throws; every token satisfies
 * `body.slice(token.start, token.end) === token.text`.
 */
export function tokenize(body: string): Paragraph[] {
	const s = typeof body === 'string' ? body : '';
	const paragraphs: Paragraph[] = [];
	let i = 0;
	while (i < s.length) {
		let lineEnd = i;
		while (lineEnd < s.length && !isLineBreak(s.charCodeAt(lineEnd))) lineEnd++;
		const tokens: Token[] = [];
		scanLine(s, i, lineEnd, tokens);
		if (tokens.length > 0) {
			const sentences: Sentence[] = [];
			splitSentences(s, tokens, sentences);
			paragraphs.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, sentences });
		}
		i = lineEnd + 1;
	}
	resolveInitialCapitals(paragraphs);
	return paragraphs;
}

/**
 * Second pass over the document: a capitalised word at a sentence or quotation start is a
 * name when the body also capitalises it mid-sentence and never writes it in lower case.
 */
function resolveInitialCapitals(paragraphs: Paragraph[]): void {
	const namesMid = new Set<string>();
	const lowerForms = new Set<string>();
	const ambiguous: Token[] = [];
	for (const p of paragraphs)
		for (const sentence of p.sentences) {
			const tokens = sentence.tokens;
			for (let k = 0; k < tokens.length; k++) {
				const t = tokens[k];
				if (t.kind !== 'name' && t.kind !== 'word') continue;
				const first = firstLetter(t.text);
				if (first === '') continue;
				if (!isUpperChar(first)) {
					lowerForms.add(t.text.toLowerCase());
					continue;
				}
				if (t.kind !== 'name' || isAcronym(t.text) || t.text.includes('.')) continue;
				if (atStart(tokens, k)) {
					t.kind = 'word';
					ambiguous.push(t);
				} else namesMid.add(t.text);
			}
		}
	for (const t of ambiguous)
		if (namesMid.has(t.text) && !lowerForms.has(t.text.toLowerCase())) t.kind = 'name';
}

function isAcronym(text: string): boolean {
	let letters = 0;
	for (const ch of text) {
		if (ch.toLowerCase() === ch.toUpperCase()) continue;
		if (!isUpperChar(ch)) return false;
		letters++;
	}
	return letters >= 2;
}

/** All sentences of a body, in order. */
export function sentencesOf(body: string): Sentence[] {
	return tokenize(body).flatMap((p) => p.sentences);
}

/** All tokens of a body, in order. */
export function tokensOf(body: string): Token[] {
	return sentencesOf(body).flatMap((s) => s.tokens);
}
