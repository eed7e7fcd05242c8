import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	countWords,
	importArticle,
	looksLikeSubheading,
	normaliseWhitespace
} from './import-article';

const seed = readFileSync('src/content/articles/putin-terima-undangan-kim-jong-un.txt', 'utf8');
const blockTexts = (raw: string) => {
	const article = importArticle(raw);
	return article.blocks.map((b) => ({ kind: b.kind, text: article.body.slice(b.start, b.end) }));
};

describe('importArticle on the shipped seed', () => {
	const article = importArticle(seed);
	const blocks = blockTexts(seed);

	it('recognises the dateline and removes it from the body', () => {
		expect(article.dateline).toEqual({ source: 'Liputan6.com', place: 'Moskow' });
		expect(article.body.startsWith('Vladimir Putin menerima undangan Kim Jong Un')).toBe(true);
	});

	it('drops the Baca Juga and Advertisement lines and nothing else', () => {
		expect(article.body).not.toMatch(/Baca Juga|Advertisement/);
		const seedLines = seed.split('\n').filter((l) => l.trim() !== '');
		expect(blocks).toHaveLength(seedLines.length - 3);
	});

	it('finds exactly the one subheading', () => {
		const subheadings = blocks.filter((b) => b.kind === 'subheading').map((b) => b.text);
		expect(subheadings).toEqual([
			'Pertemuan Putin-Kim Jong Un Diwarnai Peluncuran Rudal Korea Utara'
		]);
	});

	it('keeps the paragraph that lacks its final period as a paragraph', () => {
		const kim = blocks.find((b) => b.text.startsWith('Kim Jong Un menekankan peran satelit'));
		expect(kim?.kind).toBe('paragraph');
		expect(kim?.text.endsWith('stabilitas teritorialnya')).toBe(true);
	});

	it('keeps every sentence exactly, the unclosed quote included', () => {
		for (const line of seed.split('\n').slice(1)) {
			if (line.trim() === '' || /^(Baca Juga|Advertisement)$/.test(line.trim())) continue;
			// The seed has non-breaking spaces inside sentences; only those are normalised.
			expect(article.body).toContain(normaliseWhitespace(line));
		}
		expect(article.body).toContain(
			'"Militer Rusia dan rakyatnya akan mewarisi tradisi kemenangan yang gemilang ... Saya akan selalu mendukung Rusia\n'
		);
	});

	it('gives block offsets that slice the body and join with blank lines', () => {
		expect(article.blocks.map((b) => article.body.slice(b.start, b.end)).join('\n\n')).toBe(
			article.body
		);
	});

	it('counts words as a reader would', () => {
		expect(countWords(article.body)).toBeGreaterThan(700);
		expect(countWords('Liputan6.com melaporkan 1.250 negara-negara.')).toBe(4);
	});
});

describe('importArticle on messy pasted text', () => {
	it('handles Windows line endings, blank lines, tabs and non-breaking spaces', () => {
		const raw =
			'Jakarta (ANTARA) -\u00A0Hujan deras\tmengguyur kota.\r\n\r\n\r\nBaca juga: Banjir lagi\r\n  Warga   mengungsi.  \r\n';
		const article = importArticle(raw);
		expect(article.dateline).toEqual({ source: 'ANTARA', place: 'Jakarta' });
		expect(blockTexts(raw)).toEqual([
			{ kind: 'paragraph', text: 'Hujan deras mengguyur kota.' },
			{ kind: 'paragraph', text: 'Warga mengungsi.' }
		]);
	});

	it('reads a place-first dateline and a headline pasted above it', () => {
		const raw =
			'Banjir Rendam Ratusan Rumah di Bekasi\nBEKASI, KOMPAS.com - Ratusan rumah terendam.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nWarga Mengungsi ke Masjid\nSebanyak 40 keluarga mengungsi.';
		const article = importArticle(raw);
		expect(article.headline).toBe('Banjir Rendam Ratusan Rumah di Bekasi');
		expect(article.dateline).toEqual({ source: 'KOMPAS.com', place: 'BEKASI' });
		expect(blockTexts(raw).map((b) => b.kind)).toEqual(['paragraph', 'subheading', 'paragraph']);
	});

	it('returns an empty article for empty or whitespace-only input', () => {
		for (const raw of ['', '\n\n', ' \u00A0\t\r\n', 'Advertisement\nBaca Juga']) {
			expect(importArticle(raw)).toEqual({ dateline: null, body: '', blocks: [] });
		}
	});

	it('keeps text without a dateline as it is', () => {
		const article = importArticle('Presiden meresmikan jembatan baru - kata pejabat.');
		expect(article.dateline).toBeNull();
		expect(article.body).toBe('Presiden meresmikan jembatan baru - kata pejabat.');
	});
});

describe('looksLikeSubheading', () => {
	it.each([
		['Pertemuan Putin-Kim Jong Un Diwarnai Peluncuran Rudal Korea Utara', true],
		['Warga Mengungsi ke Masjid', true],
		[
			'Kim Jong Un menekankan peran satelit militer sebagai sarana untuk melindungi keselamatan',
			false
		],
		['Ini Kalimat Biasa.', false],
		['"Kutipan Panjang Tanpa Titik', false],
		['Korea', false]
	])('%s -> %s', (line, expected) => expect(looksLikeSubheading(line)).toBe(expected));
});

describe('datelines and bylines of Indonesian outlets, in all their shapes', () => {
	it.each([
		['KOMPAS.com - Harga cabai naik lagi.', 'KOMPAS.com', ''],
		['JAKARTA, KOMPAS.com - Harga cabai naik lagi.', 'KOMPAS.com', 'JAKARTA'],
		['JAKARTA, iNews.id - Harga cabai naik lagi.', 'iNews.id', 'JAKARTA'],
		['TEMPO.CO, Jakarta - Harga cabai naik lagi.', 'TEMPO.CO', 'Jakarta'],
		['Jakarta, CNN Indonesia -- Harga cabai naik lagi.', 'CNN Indonesia', 'Jakarta'],
		['(ANTARA) - Harga cabai naik lagi.', 'ANTARA', ''],
		['Bogor (ANTARA News) - Harga cabai naik lagi.', 'ANTARA News', 'Bogor'],
		['Liputan6.com, Jakarta - Harga cabai naik lagi.', 'Liputan6.com', 'Jakarta'],
		['Bisnis.com, JAKARTA — Harga cabai naik lagi.', 'Bisnis.com', 'JAKARTA'],
		['jpnn.com, JAKARTA - Harga cabai naik lagi.', 'jpnn.com', 'JAKARTA'],
		['MEDAN, KOMPAS.TV - Harga cabai naik lagi.', 'KOMPAS.TV', 'MEDAN'],
		['SURABAYA - Harga cabai naik lagi.', '', 'SURABAYA'],
		['SURABAYA. Harga cabai naik lagi.', '', 'SURABAYA']
	])('%s', (line, source, place) => {
		const article = importArticle(line);
		expect(article.dateline).toEqual({ source, place });
		expect(article.body).toBe('Harga cabai naik lagi.');
	});

	it.each([
		['Kim Jong Un - pemimpin Korea Utara - tiba di Moskow.', 'a name before a dash'],
		['harga, kata dia - naik lagi.', 'lower-case words before a dash'],
		['Harga cabai naik lagi.', 'no dash at all']
	])('leaves an ordinary first line alone: %s (%s)', (line) => {
		expect(importArticle(line).dateline).toBeNull();
	});

	it('keeps a headline apart even when it is not in Title Case', () => {
		const article = importArticle(
			'Harga cabai di pasar naik dua kali lipat\n\nSURABAYA - Harga cabai di pasar tradisional naik tajam pekan ini karena hujan.'
		);
		expect(article.headline).toBe('Harga cabai di pasar naik dua kali lipat');
		expect(article.body.startsWith('Harga cabai di pasar tradisional')).toBe(true);
	});

	it('drops byline lines (Laporan Wartawan …, Editor: …)', () => {
		const article = importArticle(
			'Laporan Wartawan Contoh.com, Budi Santoso\n\nHarga cabai naik lagi.\n\nEditor: Siti Aminah'
		);
		expect(article.body).toBe('Harga cabai naik lagi.');
	});
});

describe('closing initials', () => {
	const bodyOf = (text: string) => importArticle(text).body;

	it('drops the reporter’s or editor’s initials after the last sentence', () => {
		expect(bodyOf('Harga cabai naik lagi.\n\nPedagang mengeluh sepi pembeli. (ant/des)')).toBe(
			'Harga cabai naik lagi.\n\nPedagang mengeluh sepi pembeli.'
		);
		expect(bodyOf('Warga diminta waspada. [Rd]')).toBe('Warga diminta waspada.');
		expect(bodyOf('Api padam setelah dua jam. *yan')).toBe('Api padam setelah dua jam.');
	});

	it('drops a closing mark and a reporter’s credit, on the last line or after it', () => {
		expect(bodyOf('Warga lega.\n\n"Kami senang," pungkasnya.***')).toBe(
			'Warga lega.\n\n"Kami senang," pungkasnya.'
		);
		expect(bodyOf('Warga lega.\n\nBantuan tiba sore ini. (Jurnalis Ani/Budi)')).toBe(
			'Warga lega.\n\nBantuan tiba sore ini.'
		);
		expect(bodyOf('Warga lega.\n\nBantuan tiba sore ini.\n(Editor: Ani)')).toBe(
			'Warga lega.\n\nBantuan tiba sore ini.'
		);
		expect(bodyOf('Warga lega.\n\nBantuan tiba sore ini.\n\n(ani/bd/red)')).toBe(
			'Warga lega.\n\nBantuan tiba sore ini.'
		);
		expect(bodyOf('Warga lega.\n\nBantuan tiba sore ini. (*)')).toBe(
			'Warga lega.\n\nBantuan tiba sore ini.'
		);
	});

	it('keeps brackets that belong to the text', () => {
		expect(bodyOf('Inflasi tahun ini tercatat 3 persen (yoy)')).toBe(
			'Inflasi tahun ini tercatat 3 persen (yoy)'
		);
		expect(bodyOf('Rapat dipimpin Presiden Joko Widodo (Jokowi).')).toBe(
			'Rapat dipimpin Presiden Joko Widodo (Jokowi).'
		);
		expect(bodyOf('Harga naik tajam. (20 persen)')).toBe('Harga naik tajam. (20 persen)');
	});
});
