/**
 * The reader's text as HTML, written by the server and put into the page as it is. The markup is
 * most of a reader page's weight, so the page sends it once: as markup, never again as data for
 * the browser to render the same text from (the panel reads what it needs from these elements).
 *
 * Encoding: a block is `<p data-b="i">` (or `<h2>` for a subheading), i its index in the view;
 * its text content is the block's text exactly. A word is
 * `<a class="w[ code]" href="/articles/{slug}/words/{root}" data-c="{card}">`, `code` the learner's
 * status (k, i, l1…l4; none for a new word or a visitor), `card` an index into the view's cards;
 * a name is `<span class="w n" data-c="{card}">` (no word page; a button once JavaScript runs).
 */
import type { ReaderBlock, WordCard } from './reader';
import type { StatusCode } from './status-codes';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => entities[c]);

/** `statuses`: the learner's (root → code), or null for a visitor, whose words carry no status. */
export function readerMarkup(
	view: { blocks: ReaderBlock[]; cards: Pick<WordCard, 'root' | 'isName'>[] },
	slug: string,
	statuses: Record<string, StatusCode | undefined> | null
): string {
	const wordPage = `/articles/${escape(slug)}/words/`;
	let html = '';
	view.blocks.forEach((block, b) => {
		const tag = block.kind === 'subheading' ? 'h2' : 'p';
		html += `<${tag} data-b="${b}">`;
		let at = 0;
		for (const [start, end, c] of block.words) {
			const card = view.cards[c];
			const word = escape(block.text.slice(start, end));
			html += escape(block.text.slice(at, start));
			if (card.isName) html += `<span class="w n" data-c="${c}">${word}</span>`;
			else {
				const code = statuses?.[card.root];
				const root = escape(card.root);
				html += `<a class="w${code ? ` ${code}` : ''}" href="${wordPage}${root}" data-c="${c}">${word}</a>`;
			}
			at = end;
		}
		html += `${escape(block.text.slice(at))}</${tag}>`;
	});
	return html;
}
