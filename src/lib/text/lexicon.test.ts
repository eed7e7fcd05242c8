import { describe, expect, it } from 'vitest';
import { bracketedForms, createLexicon } from './lexicon';
import { lexicon, rootDictionary } from './lexicon-data';
import generated from './data/lexicon.json' with { type: 'json' };
import curatedForms from './data/curated-forms.json' with { type: 'json' };
import curatedAcronyms from './data/curated-acronyms.json' with { type: 'json' };
import { analyzeWord } from './morphology';

describe('createLexicon', () => {
	const small = createLexicon(
		{
			entries: [
				['makan', 'verb', 'dish; eat', 1, 59],
				['rada', 'adv', 'rather', 4, 37]
			]
		},
		{ roots: { makan: { pos: 'verb', gloss: 'eat' }, lansir: { pos: 'verb', gloss: 'publish' } } }
	);
	it('lays curated entries over generated ones and marks them', () => {
		expect(small.lookup('makan')).toEqual({
			lemma: 'makan',
			pos: 'verb',
			gloss: 'eat',
			band: 1,
			curated: true
		});
		expect(small.lookup('rada')).toMatchObject({ gloss: 'rather', band: 4, curated: false });
		expect(small.lookup('lansir')).toMatchObject({ band: 5, curated: true });
		expect(small.lookup('MAKAN')?.gloss).toBe('eat');
		expect(small.lookup('tidakada')).toBeUndefined();
	});
	it("gives form glosses: hand-written first, then a curated root's bracketed forms, then the dictionaries'", () => {
		const lex = createLexicon(
			{
				entries: [['undang', 'verb', 'invite', 1, 50]],
				forms: [
					['undangan', 'noun', 'party'],
					['terhadap', 'prep', 'toward'],
					['pemerintah', 'noun', 'government']
				] as [string, string, string][]
			},
			{
				roots: {
					undang: { pos: 'verb', gloss: 'invite (mengundang: invite; undangan: invitation)' }
				}
			},
			{ forms: { terhadap: { gloss: 'towards; against' } } }
		);
		expect(lex.formGloss('terhadap')).toBe('towards; against');
		expect(lex.formGloss('Undangan')).toBe('invitation');
		expect(lex.formGloss('mengundang')).toBe('invite');
		expect(lex.formGloss('pemerintah')).toBe('government');
		expect(lex.formGloss('undang')).toBeUndefined();
		expect(small.formGloss('makanan')).toBeUndefined();
	});
	it('reads the form: meaning pairs of a curated gloss', () => {
		expect(
			bracketedForms('hold (office); grasp (pejabat: official; berjabat tangan: shake hands)')
		).toEqual([['pejabat', 'official']]);
		expect(bracketedForms('exact; right (on time)')).toEqual([]);
	});
	it('builds a root dictionary with Zipf values', () => {
		expect(small.dictionary.has('lansir')).toBe(true);
		expect(small.dictionary.has('tidakada')).toBe(false);
		expect(small.dictionary.zipf?.('rada')).toBeCloseTo(3.7);
		// A curated root wordfreq does not count is taken as moderately common, so it beats a
		// shorter unrelated root.
		expect(small.dictionary.zipf?.('lansir')).toBe(3.5);
	});
});

describe('shipped lexicon', () => {
	it('holds roots, not affixed forms', () => {
		for (const w of ['makan', 'kata', 'perintah', 'usaha', 'bangun', 'nilai', 'pertama'])
			expect(rootDictionary.has(w)).toBe(true);
		for (const w of ['menggunakan', 'pembangunan', 'dilakukan', 'mengatakan'])
			expect(rootDictionary.has(w)).toBe(false);
	});
	it('files function words under their KBBI root and keeps their meaning as a form gloss', () => {
		for (const [form, root] of [
			['terhadap', 'hadap'],
			['secara', 'cara'],
			['bersama', 'sama'],
			['setelah', 'telah'],
			['biasanya', 'biasa']
		]) {
			expect(rootDictionary.has(form)).toBe(false);
			expect(lexicon.formGloss(form)).toBeTruthy();
			expect(analyzeWord(form, rootDictionary).root).toBe(root);
		}
		// KBBI headwords of their own stay roots.
		for (const w of ['kepada', 'sekarang', 'mereka', 'tetapi', 'kalian', 'pernah'])
			expect(rootDictionary.has(w)).toBe(true);
	});
	it('keeps hand-written form glosses on derived forms, in a shape the gloss parsers accept', () => {
		for (const [form, { gloss }] of Object.entries(curatedForms.forms)) {
			expect(form).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(gloss).not.toMatch(/[():]/); // they end up inside "root (form: meaning)" brackets
			expect(lexicon.formGloss(form)).toBe(gloss);
		}
	});
	it('does not take common words apart into a prefix and a shorter word', () => {
		// sepak is not se-+pak ("Mr."), nor pemilu peN-+pilu, sekutu se-+kutu ("louse"), Melayu meN-+layu.
		for (const w of [
			'sepak',
			'pemilu',
			'serial',
			'sekutu',
			'ringan',
			'kemeja',
			'teras',
			'melayu',
			'balkan'
		]) {
			expect(analyzeWord(w, rootDictionary), w).toMatchObject({ root: w, affixes: [] });
		}
		expect(analyzeWord('menyepak', rootDictionary).root).toBe('sepak');
		expect(analyzeWord('pemilunya', rootDictionary).root).toBe('pemilu');
	});
	it('finds no root ending in a consonant cluster (simp is simpan cut short)', () => {
		expect(analyzeWord('menyimpan', rootDictionary).root).toBe('simpan');
		expect(analyzeWord('simpanan', rootDictionary).root).toBe('simpan');
		expect(lexicon.lookup('simp')).toBeUndefined();
	});
	it('gives learner glosses with the common sense first and sensible bands', () => {
		expect(lexicon.lookup('makan')?.gloss).toMatch(/^eat/);
		expect(lexicon.lookup('rumah')?.gloss).toMatch(/house|home/);
		expect(lexicon.lookup('makan')?.band).toBe(1);
		expect(lexicon.lookup('hegemoni')!.band).toBeGreaterThan(2);
	});
	it('stores well-formed rows', () => {
		const rows = (generated as { entries: unknown[][] }).entries;
		expect(rows.length).toBeGreaterThan(15_000);
		for (const r of rows.slice(0, 2000)) {
			expect(r).toHaveLength(6);
			expect(r[0]).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect([1, 2, 3, 4, 5]).toContain(r[3]);
		}
	});
});

describe('function words', () => {
	// Grammatical words are tapped as often as content words; the dictionaries listed noise senses
	// first (para: paragraph, ini: Christian era, kita: United States). Our own sentences' words.
	it.each([
		['para', /^plural marker/],
		['ini', /^this/],
		['kita', /^we/],
		['saya', /^I/],
		['dalam', /^in/],
		['agar', /^so that/],
		['belum', /^not yet/],
		['ya', /^yes$/]
	])('%s is glossed by its grammatical sense first', (word, first) => {
		expect(lexicon.lookup(word)?.gloss).toMatch(first);
	});
});

describe('reviewed expressions and acronyms', () => {
	it('applies a corrected dictionary gloss and drops a rejected expression', () => {
		const lex = createLexicon(
			{
				entries: [],
				multiwords: [
					['batu bara', 'noun', 'brick'],
					['bisa saja', 'adv', 'may']
				]
			},
			{ roots: {} },
			{ forms: {} },
			{ expressions: {}, corrections: { 'batu bara': 'coal' }, rejected: ['bisa saja'] }
		);
		expect(lex.multiword('batu bara')).toMatchObject({ gloss: 'coal', curated: true });
		expect(lex.multiword('bisa saja')).toBeUndefined();
	});

	it('reads Ka- and Ma- before an office acronym as its head and its headquarters', () => {
		expect(lexicon.acronym('Kapolrestabes')).toMatch(/^chief of the metropolitan city police/);
		expect(lexicon.acronym('Mapolres')).toMatch(/^headquarters of the district police/);
		expect(lexicon.acronym('Kabupaten')).toBeUndefined();
	});

	it('reads an acronym as written, with its expansion unless the English already has one', () => {
		const lex = createLexicon(
			{ entries: [] },
			{ roots: {} },
			{ forms: {} },
			{ expressions: {} },
			{
				acronyms: {
					Kemendag: { expansion: 'Kementerian Perdagangan', gloss: 'Ministry of Trade' },
					BPS: {
						expansion: 'Badan Pusat Statistik',
						gloss: 'Statistics Indonesia (statistics agency)'
					}
				}
			}
		);
		expect(lex.acronym('Kemendag')).toBe('Ministry of Trade (Kementerian Perdagangan)');
		expect(lex.acronym('BPS')).toBe('Statistics Indonesia (statistics agency)');
		expect(lex.acronym('kemendag')).toBeUndefined();
	});

	it('ships acronyms whose keys are single tokens', () => {
		for (const written of Object.keys(curatedAcronyms.acronyms))
			expect(written).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/);
	});

	it('reads the deictic time phrases and "salah seorang" as units', () => {
		expect(lexicon.multiword('hari ini')?.gloss).toBe('today');
		expect(lexicon.multiword('selama ini')?.gloss).toMatch(/^so far/);
		expect(lexicon.multiword('salah seorang')?.gloss).toMatch(/^one of/);
	});
});
