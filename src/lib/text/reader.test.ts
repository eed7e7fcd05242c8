import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { lexicon, rootDictionary } from './lexicon-data';
import { partsFormula } from './parts-formula';
import { buildReaderView, formGlossOf, nameWordGloss, occurrencesOfRoot } from './reader';

const article = importArticle(
	readFileSync('src/content/articles/putin-terima-undangan-kim-jong-un.txt', 'utf8')
);
const view = buildReaderView(article, lexicon, rootDictionary);
const cardOf = (form: string) => view.cards.find((c) => c.form === form);

describe('buildReaderView on the shipped article', () => {
	it('keeps every block and its text', () => {
		expect(view.blocks.map((b) => b.text).join('\n\n')).toBe(article.body);
		expect(view.blocks.map((b) => b.kind)).toEqual(article.blocks.map((b) => b.kind));
	});

	it('marks words whose offsets slice back to the word, in order and without overlap', () => {
		for (const block of view.blocks) {
			let last = 0;
			for (const [start, end, card] of block.words) {
				expect(start).toBeGreaterThanOrEqual(last);
				const text = block.text.slice(start, end);
				const c = view.cards[card];
				expect(c.isName ? text : text.toLowerCase()).toBe(c.form);
				last = end;
			}
		}
	});

	it('analyses affixed words into root, affixes and gloss', () => {
		const word = cardOf('menghukum');
		expect(word?.root).toBe('hukum');
		expect(word?.affixes).toEqual(['meN-']);
		expect(view.affixNotes['meN-']).toMatch(/^makes an active verb/);
		expect(word?.gloss).not.toBe('');
	});

	it("shows the form's own meaning for a word KBBI files under its root", () => {
		const word = cardOf('terhadap');
		expect(word).toMatchObject({ root: 'hadap', affixes: ['ter-'], formGloss: word?.gloss });
		expect(word?.gloss).toMatch(/^towards/);
		expect(word?.rootGloss).toBe(lexicon.lookup('hadap')?.gloss);
		expect(cardOf('pemerintah')).toMatchObject({ root: 'perintah', gloss: 'government' });
		// A root word keeps its own gloss and carries no form gloss.
		expect(cardOf('senjata')?.formGloss).toBeUndefined();
	});

	it('reads a form gloss through a clitic when the clitic form has none of its own', () => {
		// berdasarkannya is not a dictionary form: it means what berdasarkan means.
		expect(lexicon.formGloss('berdasarkannya')).toBeUndefined();
		expect(formGlossOf('berdasarkannya', true, '', lexicon)).toBe(lexicon.formGloss('berdasarkan'));
		expect(formGlossOf('menurutnya', true, '', lexicon)).toMatch(/^according to/);
		expect(formGlossOf('Terhadapnya', true, '', lexicon)).toMatch(/^towards/);
		expect(formGlossOf('senjata', false, 'weapon', lexicon)).toBeUndefined();
	});

	it('shares one card between occurrences with the same form, sense and unit, and keeps names apart', () => {
		const keys = view.cards
			.filter((c) => !c.isName)
			.map((c) => `${c.form}|${c.gloss}|${c.unit?.lemma ?? ''}`);
		expect(new Set(keys).size).toBe(keys.length);
		const cardUses = new Set(view.blocks.flatMap((b) => b.words.map(([, , card]) => card)));
		expect(cardUses.size).toBe(view.cards.length);
		expect(cardOf('Putin')?.isName).toBe(true);
		expect(cardOf('Putin')?.pos).toBe('name');
		expect(cardOf('Putin')?.gloss).toBe(''); // the data's "putin" merely repeats the name
	});

	it('gives each block its sentences', () => {
		const first = view.blocks[0];
		expect(first.sentences).toHaveLength(2);
		expect(first.text.slice(...first.sentences[1])).toBe(
			'Hal tersebut disampaikan media Korea Utara, KCNA, pada Kamis (14/9/2023).'
		);
	});

	it('finds the sentences of a root', () => {
		const { cards, examples } = occurrencesOfRoot(view, 'senjata');
		expect(cards.map((c) => c.form)).toContain('senjata');
		expect(examples.length).toBeGreaterThanOrEqual(3);
		for (const e of examples)
			expect(e.text.slice(e.start, e.end).toLowerCase()).toContain('senjata');
	});
});

describe('partsFormula', () => {
	it('puts prefixes before the root and suffixes after, splitting confixes', () => {
		expect(partsFormula('hukum', ['meN-'])).toBe('meN- + hukum');
		expect(partsFormula('sepakat', ['ke-…-an'])).toBe('ke- + sepakat + -an');
		expect(partsFormula('ingat', ['memper-', '-kan'])).toBe('memper- + ingat + -kan');
		expect(partsFormula('kata', ['-nya'])).toBe('kata + -nya');
		expect(partsFormula('ambil', ['kau-'])).toBe('kau- + ambil');
		expect(partsFormula('negara', ['reduplication'])).toBe('negara + reduplication');
	});
});

describe('words inside a name', () => {
	const gloss = (w: string) => nameWordGloss(w, lexicon, rootDictionary);
	it('glosses capitalised common words, derived forms included', () => {
		expect(gloss('Kementerian')).toMatch(/ministry/);
		expect(gloss('Perdagangan')).toMatch(/trade/);
		expect(gloss('September')).toBe('September');
		expect(gloss('November')).toBe('November');
		expect(gloss('Minggu')).toMatch(/^Sunday/);
	});
	it('says nothing where the data only repeats the name, and nothing for an unknown name', () => {
		expect(gloss('Jakarta')).toBe('');
		expect(gloss('Suhariyanto')).toBe('');
		// An acronym the list lacks is not the word its letters spell ("RIA": cheerful).
		expect(gloss('RIA')).toBe('');
	});
	it('says nothing for a rare word no person checked: written with a capital it is a name', () => {
		const rare = {
			...lexicon,
			lookup: () => ({
				lemma: 'kelam',
				pos: 'noun',
				gloss: 'smell',
				band: 5 as const,
				curated: false
			})
		};
		expect(nameWordGloss('Kelam', rare, rootDictionary)).toBe('');
		expect(
			nameWordGloss(
				'Kelam',
				{ ...rare, lookup: () => ({ ...rare.lookup(), band: 2 as const }) },
				rootDictionary
			)
		).toBe('smell');
	});
});

describe("words of a person's name", () => {
	const article = importArticle(
		'Jakarta - Pelatih Beckham Putra memuji Saddam Gaffar di Pasar Senen. Warga Korea Selatan datang ke Kota Bogor.'
	);
	const view = buildReaderView(article, lexicon, rootDictionary);
	const glossOf = (form: string) => view.cards.find((c) => c.form === form)?.gloss;

	it('are not glossed as words when the name opens on a name (Beckham Putra is not "son")', () => {
		expect(glossOf('Putra')).toBe('');
		expect(glossOf('Saddam')).toBe('');
	});

	it('leave places and offices glossed (Pasar Senen, Korea Selatan, Kota Bogor)', () => {
		expect(glossOf('Pasar')).toMatch(/market/);
		expect(glossOf('Selatan')).toMatch(/south/);
		expect(glossOf('Kota')).toMatch(/city/);
	});

	it('leave a place head glossed and its name bare, even when the name is a word (Desa Tua)', () => {
		const village = buildReaderView(
			importArticle('Rumah warga di Desa Tua, Kecamatan Marga, terbakar pada pagi hari.'),
			lexicon,
			rootDictionary
		);
		const card = (form: string) => village.cards.find((c) => c.form === form)?.gloss;
		expect(card('Desa')).toMatch(/village/);
		expect(card('Tua')).toBe('');
		expect(card('Marga')).toBe('');
	});

	it('gloss a head word inside a run of two place names (SD Sukamaju Kecamatan Cibeber)', () => {
		const school = buildReaderView(
			importArticle('Atap SD 3 Sukamaju Kecamatan Cibeber ambruk pada Senin pagi.'),
			lexicon,
			rootDictionary
		);
		expect(school.cards.find((c) => c.form === 'Kecamatan')?.gloss).toMatch(/district/);
	});
});

describe('acronyms the article spells out', () => {
	const article = importArticle(
		'Bogor - Ketua Persatuan Petani Garam Nusantara (PPGN) bertemu mahasiswa Unit Kegiatan Mahasiswa (UKM) di kampus. PPGN meminta bantuan.'
	);
	const view = buildReaderView(article, lexicon, rootDictionary);
	const glossOf = (form: string) => view.cards.find((c) => c.form === form)?.gloss;

	it('are glossed with the expansion, and the text wins over a listed acronym of another body', () => {
		expect(glossOf('PPGN')).toBe('short for Persatuan Petani Garam Nusantara');
		expect(glossOf('UKM')).toMatch(/^student/);
	});
});
