/**
 * HTML pasted into the importer (or given to the CLI) reduced to its text: tags out, block ends
 * and `<br>` as line breaks, comments and the contents of script-like elements dropped, common
 * entities decoded. Text with no tag and no comment is returned untouched, entities and all.
 *
 * Algorithm: one left-to-right scan. Every search that could fail (the end of a comment, the `>`
 * of a tag, the closing tag of `<script>` and kin) remembers where it found its target or that
 * there is none, so no part of the input is searched twice: linear time whatever the input (the
 * regular expressions this replaces took quadratic time on `<!--` repeated 50,000 times). Not a
 * full HTML parser, and it need not be: the result is plain text that is checked and cleaned again
 * by the importer, never rendered as HTML.
 */

const blockTags = new Set([
	'p',
	'div',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'blockquote',
	'section',
	'article',
	'header',
	'footer',
	'tr',
	'table',
	'figure',
	'figcaption'
]);
/** Elements whose content is not text a reader sees. */
const hiddenContent = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg']);

const namedEntities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	'#39': "'"
};
// Sticky, so each test looks only at the given position; at most 10 characters are read.
const entityAt = /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp);/iy;
// A name, then what may follow a tag name: a space, `/` or `>`.
const tagNameAt = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])/iy;

export interface HtmlText {
	text: string;
	/** Whether the input held any tag or comment (and so was changed). */
	html: boolean;
}

export function htmlToText(input: string): HtmlText {
	const out: string[] = [];
	let html = false;
	let copiedTo = 0; // input[copiedTo, i) is plain text not yet copied to `out`
	// Where the next `-->` / `>` / `<` is (-1: none left); recomputed only once passed.
	let commentEnd = -2;
	let nextGt = -2;
	let nextLt = -2;
	const noClosingTag = new Set<string>();

	const emit = (i: number, replacement: string, resumeAt: number) => {
		out.push(input.slice(copiedTo, i), replacement);
		copiedTo = resumeAt;
		html = true;
	};

	let i = input.indexOf('<');
	while (i !== -1 && i < input.length) {
		if (input.startsWith('<!--', i)) {
			if (commentEnd !== -1 && commentEnd < i + 4) commentEnd = input.indexOf('-->', i + 4);
			if (commentEnd === -1) {
				i = input.indexOf('<', i + 1); // an unclosed comment stays as text
				continue;
			}
			emit(i, '', commentEnd + 3);
			i = input.indexOf('<', commentEnd + 3);
			continue;
		}
		tagNameAt.lastIndex = i;
		const name = tagNameAt.exec(input);
		if (!name) {
			i = input.indexOf('<', i + 1);
			continue;
		}
		// A tag ends at the first `>`, and has no `<` inside.
		if (nextGt !== -1 && nextGt <= i) nextGt = input.indexOf('>', i + 1);
		if (nextLt !== -1 && nextLt <= i) nextLt = input.indexOf('<', i + 1);
		if (nextGt === -1) break; // no `>` anywhere after: no more tags
		if (nextLt !== -1 && nextLt < nextGt) {
			i = nextLt;
			continue;
		}
		const tagEnd = nextGt + 1;
		const closing = name[1] === '/';
		const tag = name[2].toLowerCase();
		if (!closing && hiddenContent.has(tag) && !noClosingTag.has(tag)) {
			const close = findClosingTag(input, tag, tagEnd);
			if (close) {
				emit(i, '', close);
				i = input.indexOf('<', close);
				continue;
			}
			noClosingTag.add(tag); // none later either: drop just the tags from now on
		}
		emit(i, tag === 'br' || blockTags.has(tag) ? '\n' : '', tagEnd);
		i = input.indexOf('<', tagEnd);
	}
	if (!html) return { text: input, html: false };
	out.push(input.slice(copiedTo));
	return { text: decodeEntities(out.join('')), html: true };
}

/** The index just after `</tag>` (spaces allowed before `>`) at or after `from`, or 0 if none. */
function findClosingTag(input: string, tag: string, from: number): number {
	const pattern = new RegExp(`</${tag}\\s*>`, 'gi');
	pattern.lastIndex = from;
	const match = pattern.exec(input);
	return match ? match.index + match[0].length : 0;
}

function decodeEntities(text: string): string {
	const out: string[] = [];
	let copiedTo = 0;
	for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
		entityAt.lastIndex = i;
		const match = entityAt.exec(text);
		if (!match) continue;
		out.push(text.slice(copiedTo, i), decodeEntity(match[1]));
		copiedTo = i + match[0].length;
		i = copiedTo - 1;
	}
	out.push(text.slice(copiedTo));
	return out.join('');
}

function decodeEntity(entity: string): string {
	const lower = entity.toLowerCase();
	if (namedEntities[lower]) return namedEntities[lower];
	const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
	return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
		? String.fromCodePoint(code)
		: '';
}
