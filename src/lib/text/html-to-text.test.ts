import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
				// Without entities (which may spell letters), no letter is invented.
				if (!input.includes('&'))
					for (const word of text.match(/[A-Za-z]{4,}/g) ?? []) expect(input).toContain(word);
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

	it('is idempotent on text without entities once reduced (property)', () => {
		fc.assert(
			fc.property(
				adversarial.filter((s) => !s.includes('&')),
				(input) => {
					const once = htmlToText(input).text;
					const twice = htmlToText(once);
					expect(twice.html ? twice.text : once).toBe(twice.text);
					expect(htmlToText(twice.text).text).toBe(twice.text);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('gets through a megabyte of each adversarial shape', () => {
		// Timing belongs in the bench (npm run bench:html); this checks that each shape is handled.
		const mb = 1_000_000;
		const shapes = {
			'open comments': '<!--'.repeat(mb / 4),
			'nested comments': '<!--<!--<!-- x -->'.repeat(mb / 18),
			'unclosed tags': '<p class="'.repeat(mb / 10),
			'tag openers': '<a'.repeat(mb / 2),
			'unclosed scripts': '<script>'.repeat(mb / 8),
			'one character': '<'.repeat(mb),
			ampersands: '&#'.repeat(mb / 2)
		};
		for (const [name, input] of Object.entries(shapes)) {
			const { text } = htmlToText(input);
			expect(text.length, name).toBeLessThanOrEqual(input.length);
		}
		expect(htmlToText('<!--<!--<!-- x -->'.repeat(mb / 18)).text).toBe('');
		expect(htmlToText('<script>'.repeat(mb / 8)).text).toBe('');
	});
});
