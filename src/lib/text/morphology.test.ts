import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeWord, rootSet, stem, stemText } from './morphology';
import { affixCatalogue } from './affixes';
import { rootDictionary } from './lexicon-data';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures/text');
const forms = (word: string) => analyzeWord(word, rootDictionary).affixes.map((a) => a.form);

/** [word, root, affix forms] with the shipped dictionary. */
function expectAnalysis(cases: [string, string, string[]][]) {
	for (const [word, root, affixes] of cases) {
		const a = analyzeWord(word, rootDictionary);
		expect({ word, root: a.root, affixes: a.affixes.map((x) => x.form) }).toEqual({
			word,
			root,
			affixes
		});
	}
}

describe('meN- and its sound changes', () => {
	it('strips mem-, men-, meng-, meny-, menge- and me-', () => {
		expectAnalysis([
			['membangun', 'bangun', ['meN-']],
			['mendukung', 'dukung', ['meN-']],
			['menghukum', 'hukum', ['meN-']],
			['menyediakan', 'sedia', ['meN-', '-kan']],
			['mengebom', 'bom', ['meN-']],
			['melindungi', 'lindung', ['meN-', '-i']],
			['merupakan', 'rupa', ['meN-', '-kan']]
		]);
	});
	it('restores the dropped first consonant k, p, t, s', () => {
		expectAnalysis([
			['mengatakan', 'kata', ['meN-', '-kan']],
			['memukul', 'pukul', ['meN-']],
			['menuturkan', 'tutur', ['meN-', '-kan']],
			['menyebutkan', 'sebut', ['meN-', '-kan']]
		]);
	});
	it('keeps the vowel root when its word family is as large as the k-root’s (urus, not kurus)', () => {
		expectAnalysis([
			['mengurus', 'urus', ['meN-']],
			['pengurus', 'urus', ['peN-']],
			['mengubah', 'ubah', ['meN-']],
			['mengurangi', 'kurang', ['meN-', '-i']],
			['mengenal', 'kenal', ['meN-']]
		]);
	});
	it('records the surface shape of the nasal', () => {
		const [affix] = analyzeWord('menghukum', rootDictionary).affixes;
		expect(affix.surface).toBe('meng-');
		expect(analyzeWord('menyebut', rootDictionary).affixes[0].surface).toBe('meny-');
	});
});

describe('other prefixes', () => {
	it('handles peN-, ber-/be-/bel-, ter-, di-, ke-, se-, per-', () => {
		expectAnalysis([
			['pemimpin', 'pimpin', ['peN-']],
			['pejabat', 'jabat', ['peN-']],
			['bertemu', 'temu', ['ber-']],
			['bekerja', 'kerja', ['ber-']],
			['terselubung', 'selubung', ['ter-']],
			['dilaporkan', 'lapor', ['di-', '-kan']],
			['kedua', 'dua', ['ke-']],
			['sejumlah', 'jumlah', ['se-']],
			['perbesar', 'besar', ['per-']]
		]);
	});
	it('knows the bel- of belajar and the be- before r and CerC roots', () => {
		const dict = rootSet(['ajar', 'rambut', 'kerja']);
		expect(analyzeWord('belajar', dict).affixes[0]).toMatchObject({
			form: 'ber-',
			surface: 'bel-'
		});
		expect(analyzeWord('berambut', dict)).toMatchObject({
			root: 'rambut',
			affixes: [{ form: 'ber-', surface: 'be-' }]
		});
		expect(stem('pelajar', dict)).toBe('ajar');
	});
	it('teaches meN-/di- over per- as memper-/diper-', () => {
		expectAnalysis([
			['memperingatkan', 'ingat', ['memper-', '-kan']],
			['mempertimbangkan', 'timbang', ['memper-', '-kan']],
			['diperkirakan', 'kira', ['diper-', '-kan']]
		]);
	});
	it('handles the proclitics ku- and kau-', () => {
		const dict = rootSet(['pukul', 'hajar']);
		expect(analyzeWord('kupukul', dict)).toMatchObject({
			root: 'pukul',
			affixes: [{ form: 'ku-', kind: 'clitic' }]
		});
		expect(analyzeWord('kauhajar', dict).affixes[0].form).toBe('kau-');
	});
});

describe('suffixes, confixes, clitics and particles', () => {
	it('strips -kan, -i and -an', () => {
		expectAnalysis([
			['ditembakkan', 'tembak', ['di-', '-kan']],
			['mematuhi', 'patuh', ['meN-', '-i']],
			['makanan', 'makan', ['-an']],
			['tindakan', 'tindak', ['-an']]
		]);
	});
	it('joins prefix and -an into a confix', () => {
		expectAnalysis([
			['kesepakatan', 'sepakat', ['ke-…-an']],
			['pembangunan', 'bangun', ['peN-…-an']],
			['perdamaian', 'damai', ['per-…-an']]
		]);
		expect(analyzeWord('bertebaran', rootSet(['tebar'])).affixes.map((a) => a.form)).toEqual([
			'ber-…-an'
		]);
		expect(analyzeWord('kesepakatan', rootDictionary).affixes[0].kind).toBe('confix');
	});
	it('strips the possessive clitics and stacks them after suffixes', () => {
		expectAnalysis([
			['katanya', 'kata', ['-nya']],
			['rakyatnya', 'rakyat', ['-nya']],
			['keinginannya', 'ingin', ['ke-…-an', '-nya']]
		]);
		expect(analyzeWord('bukumu', rootSet(['buku'])).affixes).toMatchObject([
			{ form: '-mu', kind: 'clitic' }
		]);
		expect(analyzeWord('jubahku', rootSet(['jubah'])).affixes[0].form).toBe('-ku');
	});
	it('strips the particles -lah, -kah, -tah, -pun', () => {
		const dict = rootSet(['benar', 'siapa', 'apa', 'hancur']);
		expect(analyzeWord('benarkah', dict)).toMatchObject({
			root: 'benar',
			affixes: [{ form: '-kah', kind: 'particle' }]
		});
		expect(analyzeWord('siapapun', dict).affixes[0].form).toBe('-pun');
		expect(analyzeWord('apatah', dict).affixes[0].form).toBe('-tah');
		expect(analyzeWord('hancurlah', dict).affixes[0].form).toBe('-lah');
	});
});

describe('reduplication', () => {
	it('recognises full and affixed reduplication', () => {
		expectAnalysis([
			['negara-negara', 'negara', ['reduplication']],
			['batasan-batasan', 'batas', ['-an', 'reduplication']],
			['bertahun-tahun', 'tahun', ['ber-', 'reduplication']],
			['tergesa-gesa', 'gesa', ['ter-', 'reduplication']]
		]);
	});
	it('restores the prefix the second half lost, and keeps lexical reduplication whole', () => {
		const dict = rootSet(['tiru', 'sepak', 'mata-mata', 'mata']);
		expect(stem('meniru-nirukan', dict)).toBe('tiru');
		expect(stem('menyepak-nyepak', dict)).toBe('sepak');
		expect(stem('mata-mata', dict)).toBe('mata-mata');
		expect(stem('bolak-balik', dict)).toBe('bolak-balik');
	});
});

describe('roots are not over-stemmed', () => {
	it('leaves dictionary roots that look affixed alone', () => {
		for (const w of [
			'nilai',
			'pertama',
			'perempuan',
			'sekolah',
			'belanja',
			'bangsa',
			'peran',
			'menteri',
			'sekarang',
			'pendek',
			'menang'
		]) {
			expect(analyzeWord(w, rootDictionary)).toMatchObject({ root: w, affixes: [] });
		}
	});
	it('returns unknown words unchanged rather than guessing', () => {
		expect(analyzeWord('Vostochny', rootDictionary)).toMatchObject({
			root: 'vostochny',
			affixes: []
		});
		expect(stem('subarkah', rootSet(['suba']))).toBe('subarkah');
	});
	it('prefers the reading with the commoner root', () => {
		expect(stem('berada', rootDictionary)).toBe('ada');
		expect(stem('dimulai', rootDictionary)).toBe('mulai');
		expect(stem('memberikan', rootDictionary)).toBe('beri');
	});
	it('reads di written onto a place or time word as the preposition, never the passive', () => {
		expect(forms('disini')).toEqual(['di (joined)']);
		expect(stem('ditempatnya', rootDictionary)).toBe('tempat');
		expect(forms('ditempatnya')).toEqual(['di (joined)', '-nya']);
		expect(forms('ditempatkan')).toEqual(['di-', '-kan']);
		expect(forms('dirumahkan')).toEqual(['di-', '-kan']);
		expect(forms('kekanan')).toEqual(['ke (joined)']);
		expect(forms('kedua')).toEqual(['ke-']);
		expect(forms('kesehatan')).toEqual(['ke-…-an']);
	});
	it('reads common slips only where nothing else fits and the result is a verb or a doubled k', () => {
		expect(stem('kenaikkan', rootDictionary)).toBe('naik');
		expect(stem('berlobang', rootDictionary)).toBe('lubang');
		expect(stem('mengevekuasi', rootDictionary)).toBe('evakuasi');
		expect(stem('tingal', rootDictionary)).toBe('tinggal');
		expect(stem('bertahab', rootDictionary)).toBe('tahap');
		// Place and person names keep their letters.
		for (const name of ['kebumen', 'sleman', 'lengkong', 'manuel', 'bandung', 'ayub', 'habib'])
			expect(stem(name, rootDictionary)).toBe(name);
	});
	it('reads -kan written with one k after a root in k as that root, when nothing better fits', () => {
		expect(stem('menaikan', rootDictionary)).toBe('naik');
		expect(stem('memasukan', rootDictionary)).toBe('masuk');
		expect(stem('menggerakan', rootDictionary)).toBe('gerak');
		// A root in -i takes -kan with its own k: menarikan is dancing, not pulling.
		expect(stem('menarikan', rootDictionary)).toBe('tari');
		expect(stem('menaikkan', rootDictionary)).toBe('naik');
	});
});

describe('learner explanations', () => {
	it('gives every catalogued affix a one-line explanation that names it', () => {
		for (const [form, info] of Object.entries(affixCatalogue)) {
			expect(info.explanation.startsWith(form + ':')).toBe(true);
			expect(info.explanation).not.toContain('\n');
		}
	});
	it('attaches the explanation to analysed affixes', () => {
		const [affix] = analyzeWord('menghukum', rootDictionary).affixes;
		expect(affix.explanation).toMatch(/active verb/);
		expect(forms('kesepakatan')).toEqual(['ke-…-an']);
	});
});

describe('Sastrawi functional suite', () => {
	it('passes every active case against its own 127-word dictionary', () => {
		const dict = rootSet(
			readFileSync(join(fixtures, 'sastrawi_functional_dictionary.txt'), 'utf8')
				.split(/\s+/)
				.filter(Boolean)
		);
		const rows = readFileSync(join(fixtures, 'sastrawi_functional_pairs.tsv'), 'utf8')
			.split('\n')
			.slice(1)
			.map((l) => l.split('\t'));
		const active = rows.filter((r) => r[3] === 'active');
		expect(active.length).toBe(167);
		const failures = active
			.filter(([input, expected]) => stemText(input, dict) !== expected)
			.map((r) => r[0]);
		expect(failures).toEqual([]);
	});
});

describe('robustness', () => {
	it('never throws and always returns a string root', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
				const a = analyzeWord(s, rootDictionary);
				expect(typeof a.root).toBe('string');
				expect(a.word).toBe(s);
			}),
			{ numRuns: 500 }
		);
	});
	it('copes with lone surrogates, RTL text, emoji and very long words', () => {
		for (const s of [
			'\ud800',
			'abc\udfff',
			'مرحبا',
			'👍🏽',
			'-',
			'--',
			'a-',
			'-nya',
			'x'.repeat(100_000),
			'ber-'.repeat(1000),
			''
		]) {
			expect(() => analyzeWord(s, rootDictionary)).not.toThrow();
		}
	});
	it('treats affix-shaped random letter strings safely', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.constantFrom(
						'me',
						'ng',
						'ber',
						'per',
						'ke',
						'an',
						'kan',
						'i',
						'nya',
						'lah',
						'-',
						'a',
						'r'
					),
					{ maxLength: 12 }
				),
				(parts) => {
					const w = parts.join('');
					const a = analyzeWord(w, rootDictionary);
					expect(a.root.length).toBeLessThanOrEqual(Math.max(w.length, 1) + 1);
				}
			),
			{ numRuns: 500 }
		);
	});
});
