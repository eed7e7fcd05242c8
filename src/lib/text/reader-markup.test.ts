import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { lexicon, rootDictionary } from './lexicon-data';
import { buildReaderView, type ReaderBlock } from './reader';
import { readerMarkup } from './reader-markup';

const article = importArticle(
	readFileSync('src/content/articles/putin-terima-undangan-kim-jong-un.txt', 'utf8')
);
const view = buildReaderView(article, lexicon, rootDictionary);
const slug = 'putin-terima-undangan-kim-jong-un';
const parse = (html: string) => parseHTML(`<div>${html}</div>`).document.querySelector('div')!;

describe('readerMarkup', () => {
	it("keeps each block's text exactly as its text content, in blocks numbered in order", () => {
		const text = parse(readerMarkup(view, slug, null));
		const blocks = [...text.children];
		expect(blocks.map((b) => b.textContent)).toEqual(view.blocks.map((b) => b.text));
		expect(blocks.map((b) => b.getAttribute('data-b'))).toEqual(view.blocks.map((_, i) => `${i}`));
		expect(blocks.map((b) => b.tagName)).toEqual(
			view.blocks.map((b) => (b.kind === 'subheading' ? 'H2' : 'P'))
		);
	});

	it('links each word to its word page with its card, and leaves names as text', () => {
		const text = parse(readerMarkup(view, slug, null));
		const words = [...text.querySelectorAll('[data-c]')];
		expect(words).toHaveLength(view.blocks.reduce((n, b) => n + b.words.length, 0));
		const link = words.find((w) => w.textContent === 'menghukum')!;
		expect(link.tagName).toBe('A');
		expect(link.getAttribute('class')).toBe('w');
		expect(link.getAttribute('href')).toBe(`/articles/${slug}/words/hukum`);
		expect(view.cards[Number(link.getAttribute('data-c'))].root).toBe('hukum');
		const name = words.find((w) => w.textContent === 'Putin')!;
		expect(name.tagName).toBe('SPAN');
		expect(name.getAttribute('class')).toBe('w n');
		expect(view.cards[Number(name.getAttribute('data-c'))].isName).toBe(true);
	});

	it("marks a learner's words with their status code, new words with none", () => {
		const text = parse(readerMarkup(view, slug, { hukum: 'l2', sepakat: 'k', yang: undefined }));
		const classOf = (form: string) =>
			[...text.querySelectorAll('a')].find((a) => a.textContent === form)?.getAttribute('class');
		expect(classOf('menghukum')).toBe('w l2');
		expect(classOf('kesepakatan')).toBe('w k');
		expect(classOf('yang')).toBe('w');
	});

	it('escapes the text and the roots', () => {
		const block: ReaderBlock = {
			kind: 'paragraph',
			text: 'a <b> & "c"',
			start: 0,
			words: [[0, 1, 0]],
			sentences: [[0, 11]]
		};
		const html = readerMarkup(
			{ blocks: [block], cards: [{ root: 'x"><script>', isName: false }] },
			slug,
			null
		);
		expect(html).not.toContain('<b>');
		expect(html).not.toContain('<script>');
		const text = parse(html);
		expect(text.textContent).toBe(block.text);
		expect(text.querySelector('a')!.getAttribute('href')).toBe(
			`/articles/${slug}/words/x"><script>`
		);
	});
});
