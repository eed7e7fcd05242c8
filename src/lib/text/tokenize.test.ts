import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seed from '../../content/articles/putin-terima-undangan-kim-jong-un.txt?raw';
import conllu from '../../../tests/fixtures/text/ud_id_csui-ud-test.conllu?raw';
import { sentencesOf, tokenize, tokensOf } from './tokenize';
import type { Paragraph } from './types';

/** Every structural invariant the rest of the core relies on. */
function checkInvariants(body: string, paragraphs: Paragraph[]): void {
	let previousEnd = 0;
	const covered = new Uint8Array(body.length);
	for (const p of paragraphs) {
		expect(p.sentences.length).toBeGreaterThan(0);
		expect(p.start).toBe(p.sentences[0].start);
		expect(p.end).toBe(p.sentences[p.sentences.length - 1].end);
		for (const s of p.sentences) {
			expect(body.slice(s.start, s.end)).toBe(s.text);
			for (const t of s.tokens) {
				if (body.slice(t.start, t.end) !== t.text)
					throw new Error(`offsets of ${JSON.stringify(t)}`);
				if (t.start < previousEnd || t.end <= t.start) throw new Error(`order at ${t.start}`);
				if (/[\n\r]/.test(t.text)) throw new Error('token spans a line break');
				previousEnd = t.end;
				covered.fill(1, t.start, t.end);
			}
		}
	}
	// Nothing but white space is dropped (NEL, U+0085, is Unicode white space that JavaScript's \s omits).
	for (let i = 0; i < body.length; i++)
		if (!covered[i] && !/[\s\u0085]/.test(body[i]))
			throw new Error(`char ${i} (${body.charCodeAt(i)}) lost`);
}

function find(body: string, text: string) {
	const token = tokensOf(body).find((t) => t.text === text);
	if (!token) throw new Error(`no token ${text}`);
	return token;
}

describe('tokenize on the seed article', () => {
	const paragraphs = tokenize(seed);
	const sentences = paragraphs.flatMap((p) => p.sentences);

	it('keeps offsets exact and drops nothing', () => checkInvariants(seed, paragraphs));

	it('treats every line as a paragraph', () => {
		const lines = seed.split('\n').filter((l) => l.trim() !== '');
		expect(paragraphs.length).toBe(lines.length);
	});

	it('does not split inside dates, numbers, domains and hyphenated names', () => {
		expect(find(seed, '14/9/2023').kind).toBe('date');
		expect(find(seed, '13/9').kind).toBe('date');
		expect(find(seed, 'Liputan6.com').kind).toBe('name');
		expect(find(seed, '650').kind).toBe('number');
		expect(find(seed, 'kilometer').kind).toBe('word');
		for (const w of ['Leif-Eric', 'Thomas-Greenfield', 'Putin-Kim', 'batasan-batasan', 'mata-mata'])
			expect(find(seed, w).text).toBe(w);
	});

	it('marks acronyms and mid-sentence capitals as name candidates', () => {
		for (const w of ['KCNA', 'AS', 'PBB', 'JCS', 'Kremlin', 'Vostochny'])
			expect(find(seed, w).kind).toBe('name');
	});

	it('keeps "(AS) Cs." whole and ends the sentence there', () => {
		const s = sentences.find((x) => x.text.includes('Amerika Serikat'))!;
		expect(s.text.endsWith('(AS) Cs.')).toBe(true);
		expect(s.tokens[s.tokens.length - 1].text).toBe('Cs.');
	});

	it('keeps a quoted clause with its speech verb and the closing quote with its sentence', () => {
		const s = sentences.find((x) => x.text.startsWith('"Ya, ada'))!;
		expect(s.text.endsWith('dilansir CNN.')).toBe(true);
		const closing = sentences.find((x) => x.text.startsWith('Dan di sini'))!;
		expect(closing.text.endsWith('prospeknya."')).toBe(true);
		const full = sentences.find((x) => x.text.startsWith('"Putin menerima'))!;
		expect(full.text.endsWith('Utara."')).toBe(true);
	});

	it('survives the unclosed quote: the next paragraph starts clean', () => {
		const i = sentences.findIndex((x) => x.text.startsWith('Tanpa menyebut'));
		expect(sentences[i].text.endsWith('mendukung Rusia')).toBe(true);
		expect(sentences[i + 1].text.startsWith('Dalam isu berbeda')).toBe(true);
	});

	it('does not cut at an ellipsis inside a quote, and a capital after it is not a name', () => {
		const s = sentences.find((x) => x.text.includes('Kami akan membicarakan'))!;
		expect(s.text.startsWith('"Pemimpin Korea Utara')).toBe(true);
		expect(s.tokens.find((t) => t.text === 'Kami')!.kind).toBe('word');
	});

	it('resolves sentence-initial capitals from the rest of the document', () => {
		const first = (prefix: string) => sentences.find((x) => x.text.startsWith(prefix))!.tokens[0];
		expect(first('Kim Jong Un melawat').kind).toBe('name'); // Kim is capitalised mid-sentence too
		expect(first('Menurut media').kind).toBe('word');
		expect(first('Para analis').kind).toBe('word'); // "para pejabat" occurs in lower case
	});
});

describe('tokenize on constructed text', () => {
	it('reads Indonesian number formats', () => {
		const body = 'Harga naik 3,5 persen menjadi Rp1.250 per kilogram pada pukul 10.30 WIB.';
		const texts = tokensOf(body).map((t) => `${t.kind}:${t.text}`);
		expect(texts).toContain('number:3,5');
		expect(texts).toContain('number:1.250');
		expect(texts).toContain('number:10.30');
		expect(texts[texts.length - 1]).toBe('punct:.');
	});

	it('does not end a sentence after a title abbreviation or an initial', () => {
		const body =
			'Pasien diperiksa dr. Budi dan Prof. Ani di rumah sakit. Mereka bertemu J. Smith kemarin.';
		const s = sentencesOf(body);
		expect(s.map((x) => x.text)).toEqual([
			'Pasien diperiksa dr. Budi dan Prof. Ani di rumah sakit.',
			'Mereka bertemu J. Smith kemarin.'
		]);
		expect(
			sentencesOf('Terdakwa dijerat Pasal 2 jo. Pasal 18 UU Tipikor. Sidang ditunda.').map(
				(x) => x.text
			)
		).toEqual(['Terdakwa dijerat Pasal 2 jo. Pasal 18 UU Tipikor.', 'Sidang ditunda.']);
		expect(
			sentencesOf('Warga RT. 03 RW. 10 kerja bakti. Selokan bersih.').map((s) => s.text)
		).toEqual(['Warga RT. 03 RW. 10 kerja bakti.', 'Selokan bersih.']);
	});

	it('splits after a closing quote and before an opening one', () => {
		const body = 'Ia berkata, "Kami siap." "Kapan?" tanya wartawan. Dia diam!';
		expect(sentencesOf(body).map((x) => x.text)).toEqual([
			'Ia berkata, "Kami siap."',
			'"Kapan?" tanya wartawan.',
			'Dia diam!'
		]);
	});

	it('handles nested quotes', () => {
		const body = '"Dia bilang \'Saya lelah.\' Lalu dia pulang," kata Ani. Semua diam.';
		const s = sentencesOf(body).map((x) => x.text);
		expect(s[s.length - 1]).toBe('Semua diam.');
		expect(s.join(' ')).toBe(body);
	});

	it('treats every kind of line break as a paragraph break', () => {
		const body = 'Satu.\r\nDua.\rTiga.\u2028Empat.\n\n\nLima.';
		expect(tokenize(body).length).toBe(5);
	});

	it('gives emoji, RTL text and lone surrogates tokens of their own', () => {
		const body = 'Halo 👋🏽 dunia مرحبا \ud800 x';
		const paragraphs = tokenize(body);
		checkInvariants(body, paragraphs);
		expect(tokensOf(body).find((t) => t.text === 'مرحبا')!.kind).toBe('word');
		expect(tokensOf(body).find((t) => t.text === '👋')!.kind).toBe('symbol');
	});
});

describe('tokenize against the UD Indonesian-CSUI gold tokens', () => {
	const items = conllu
		.split(/\n\s*\n/)
		.map((block) => {
			const lines = block.split('\n');
			const text = lines.find((l) => l.startsWith('# text = '))?.slice(9);
			const gold: string[] = [];
			let skipUntil = 0;
			for (const line of lines) {
				if (line === '' || line.startsWith('#')) continue;
				const [id, form] = line.split('\t');
				const range = /^(\d+)-(\d+)$/.exec(id);
				if (range) {
					gold.push(form); // a surface word that UD splits into host + clitic
					skipUntil = Number(range[2]);
				} else if (Number(id) > skipUntil) gold.push(form);
			}
			return text ? { text, gold } : null;
		})
		.filter((x) => x !== null);

	it('has the 374 test sentences', () => expect(items.length).toBe(374));

	it('matches the gold tokenisation of at least 94 % of sentences', () => {
		const exact = items.filter(
			(x) =>
				tokensOf(x.text)
					.map((t) => t.text)
					.join(' ') === x.gold.join(' ')
		).length;
		expect(exact / items.length).toBeGreaterThanOrEqual(0.94);
	});

	it('keeps at least 97 % of the gold sentences whole (the rest are multi-sentence quotes)', () => {
		const single = items.filter((x) => sentencesOf(x.text).length === 1).length;
		expect(single / items.length).toBeGreaterThanOrEqual(0.97);
	});
});

describe('tokenize never throws and offsets always hold', () => {
	const pieces = [
		'Putin',
		'dr.',
		' ',
		'\n',
		'"',
		'“',
		'”',
		"'",
		'.',
		'...',
		',',
		'-',
		'/',
		'14/9',
		'1.250',
		'3,5',
		'Liputan6.com',
		'(',
		')',
		'?',
		'!',
		'AS',
		'negara-negara',
		'👋🏽',
		'مرحبا',
		'\ud800',
		'\udc00',
		'\t',
		'Cs.',
		'é',
		'\u0301'
	];

	it('on random Unicode including lone surrogates', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }), (codes) => {
				const body = String.fromCharCode(...codes);
				checkInvariants(body, tokenize(body));
			}),
			{ numRuns: 300 }
		);
	});

	it('on random full-Unicode strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (body) =>
				checkInvariants(body, tokenize(body))
			),
			{ numRuns: 300 }
		);
	});

	it('on random mixes of tricky pieces', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
				const body = parts.join('');
				checkInvariants(body, tokenize(body));
			}),
			{ numRuns: 500 }
		);
	});

	// Its speed is a benchmark figure (npm run bench), not a timed test.
	it('on 1 MB of text with emoji, Arabic and a lone surrogate', () => {
		let body = '';
		while (body.length < 1_000_000) body += seed + ' 👋🏽 مرحبا \ud800 ';
		checkInvariants(body, tokenize(body));
	});

	it('rejects no input type at run time', () => {
		expect(tokenize(undefined as unknown as string)).toEqual([]);
		expect(tokenize('')).toEqual([]);
		expect(tokenize('   \n\n  ')).toEqual([]);
	});
});
