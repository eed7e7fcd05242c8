import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarialHtml } from '../../../tests/support/adversarial-html';
import { htmlToText } from './html-to-text';

// Sentences written for this test (no third-party text).
describe('htmlToText', () => {
	it('keeps the text of paragraphs, drops tags, comments and scripts, and decodes entities', () => {
		const html =
			'<div class="isi"><p>Pagi itu hujan turun.</p><!-- iklan --><script>alert(1)</script>' +
			'<p>Anak-anak &amp; guru <b>tetap</b> datang&nbsp;ke sekolah.<br>Semua senang.</p>' +
			'<STYLE>p { color: red }</STYLE><img src=x onerror=alert(1)></div>';
		const { text, html: wasHtml } = htmlToText(html);
		expect(wasHtml).toBe(true);
		expect(text.split('\n').filter((l) => l.trim())).toEqual([
			'Pagi itu hujan turun.',
			'Anak-anak & guru tetap datang\u00a0ke sekolah.',
			'Semua senang.'
		]);
		expect(text).not.toMatch(/alert|color|iklan|</);
	});

	it('leaves text with no tag untouched, comparisons and entities included', () => {
		for (const plain of [
			'3 < 5 dan 7 > 2',
			'Harga naik &amp; turun',
			'a <3 b',
			'<<>>',
			'<!-- tanpa akhir'
		])
			expect(htmlToText(plain)).toEqual({ text: plain, html: false });
	});

	it('decodes numeric entities and refuses impossible code points', () => {
		expect(htmlToText('<p>&#8212; &#x41; &#xD800; &#0; &LT;</p>').text).toBe('\n— A   <\n');
	});

	it('keeps the text after an unclosed comment, and drops an unclosed script tag only', () => {
		expect(htmlToText('<p>Satu</p><!-- dua tiga').text).toBe('\nSatu\n<!-- dua tiga');
		expect(htmlToText('<p>Satu</p><script>dua tiga').text).toBe('\nSatu\ndua tiga');
	});

	// Adversarial shapes: pieces of markup glued together at random, long runs of one character.
	const piece = fc.constantFrom(
		'<!--',
		'-->',
		'--',
		'<',
		'>',
		'</',
		'/>',
		'<p>',
		'</p>',
		'<br>',
		'<b',
		'<script>',
		'</script>',
		'</script',
		'<style x="',
		'"',
		'&',
		'&amp;',
		'&#',
		'&#x41;',
		'&lt;p&gt;',
		' ',
		'\n',
		'kata',
		'Jakarta'
	);
	const run = fc
		.tuple(fc.constantFrom('<', '-', '>', '&', '!', 'a', ' '), fc.integer({ min: 1, max: 2000 }))
		.map(([c, n]) => c.repeat(n));
	const adversarial = fc
		.array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: run }), {
			maxLength: 200
		})
		.map((parts) => parts.join(''));

	it('never grows the text, and leaves no tag behind (property)', () => {
		fc.assert(
			fc.property(adversarial, (input) => {
				const { text, html } = htmlToText(input);
				expect(text.length).toBeLessThanOrEqual(input.length);
				if (!html) expect(text).toBe(input);
				// Without entities (which may spell letters), nothing is invented or reordered: the
				// letters of the output are a subsequence of the letters of the input.
				if (!input.includes('&')) expect(isSubsequence(letters(text), letters(input))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	// Markup as pasted from a page: elements, comments and text, no stray `<`, `>` or `&`.
	const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
		node: fc.oneof(
			{ maxDepth: 4, depthSize: 'small' },
			fc.stringMatching(/^[a-zA-Z ,.]{0,20}$/),
			fc.constantFrom('<br>', '<br/>', '<img src="x">', '<!-- catatan -->'),
			tie('element')
		),
		element: fc
			.tuple(
				fc.constantFrom('p', 'div', 'b', 'a href="/x"', 'span class="k"', 'script', 'style'),
				fc.array(tie('node'), { maxLength: 4 })
			)
			.map(([open, inner]) => `<${open}>${inner.join('')}</${open.split(' ')[0]}>`)
	}));

	it('leaves no tag, comment or script text from pasted markup (property)', () => {
		fc.assert(
			fc.property(fc.array(node, { maxLength: 6 }), (parts) => {
				const input = parts.join('');
				const { text } = htmlToText(input);
				expect(text).not.toMatch(/[<>]/);
				expect(text).not.toContain('catatan');
			}),
			{ numRuns: 300 }
		);
	});

	it('gets through a megabyte of each adversarial shape', () => {
		// Timing belongs in the bench (npm run bench:html); this checks that each shape is handled.
		for (const [name, input] of Object.entries(adversarialHtml)) {
			const { text } = htmlToText(input);
			expect(text.length, name).toBeLessThanOrEqual(input.length);
		}
		expect(htmlToText(adversarialHtml['nested comments']).text).toBe('');
		expect(htmlToText(adversarialHtml['unclosed <script>']).text).toBe('');
	});
});

const letters = (text: string) => text.replace(/[^A-Za-z]/g, '');

function isSubsequence(part: string, whole: string): boolean {
	let at = 0;
	for (const c of part) {
		at = whole.indexOf(c, at) + 1;
		if (at === 0) return false;
	}
	return true;
}
