import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildVocabulary, functionWords, sortVocabulary } from './vocabulary';
import { importArticle } from './import-article';
import { lexicon, rootDictionary } from './lexicon-data';

const articles = join(import.meta.dirname, '../../content/articles');
// The shipped news article (the starter shelf's texts sit beside it).
const seedFile = 'putin-terima-undangan-kim-jong-un.txt';
const body = importArticle(readFileSync(join(articles, seedFile), 'utf8')).body;
const vocab = buildVocabulary(body, lexicon, rootDictionary);
const entry = (lemma: string) => vocab.entries.find((e) => e.lemma === lemma);

describe('buildVocabulary on the shipped article', () => {
	it('groups affixed forms under their root with affixes and counts', () => {
		const hukum = entry('hukum')!;
		expect(hukum.forms).toEqual([expect.objectContaining({ form: 'menghukum', count: 1 })]);
		expect(hukum.forms[0].affixes.map((a) => a.form)).toEqual(['meN-']);
		const sebut = entry('sebut')!;
		expect(sebut.forms.map((f) => f.form)).toEqual(
			expect.arrayContaining(['menyebut', 'menyebutkan'])
		);
		expect(sebut.count).toBe(sebut.forms.reduce((n, f) => n + f.count, 0));
		expect(entry('sepakat')!.forms[0].affixes[0].form).toBe('ke-…-an');
	});

	it('points the example at the first sentence and the form inside it', () => {
		for (const e of vocab.entries) {
			const { sentenceStart, sentenceEnd, formStart, formEnd } = e.example;
			expect(sentenceStart).toBeLessThanOrEqual(formStart);
			expect(formEnd).toBeLessThanOrEqual(sentenceEnd);
			expect(e.forms.map((f) => f.form)).toContain(body.slice(formStart, formEnd).toLowerCase());
		}
		const e = entry('undang')!;
		expect(body.slice(e.example.sentenceStart, e.example.sentenceEnd)).toMatch(
			/^Vladimir Putin menerima undangan/
		);
	});

	it('leaves out function words and numbers', () => {
		for (const w of ['yang', 'dan', 'untuk', 'pada', 'dengan', '2019', '650', '18'])
			expect(entry(w)).toBeUndefined();
		expect(entry('tahun')).toBeDefined(); // a content word some stopword lists drop
	});

	it('glosses a root by the meanings of its forms when they have their own', () => {
		const perintah = entry('perintah')!;
		expect(perintah.forms.map((f) => f.form)).toEqual(['pemerintah']);
		expect(perintah.forms[0].gloss).toBe('government');
		expect(perintah.gloss).toMatch(/pemerintah: government/);
		// Only the form's meaning when every form has its own: secara is not about "way".
		expect(entry('cara')!.gloss).toMatch(/^secara: in a … way/);
		// A curated gloss that already names the forms is left as it is.
		expect(entry('undang')!.gloss).toBe(lexicon.lookup('undang')!.gloss);
		expect(entry('hukum')!.forms[0].gloss).toBe('punish');
	});

	it('lists proper names apart and never as glossed common words', () => {
		const names = vocab.names.map((n) => n.name);
		for (const n of [
			'Putin',
			'Kim Jong Un',
			'KCNA',
			'Kosmodrom Vostochny',
			'Universitas Wanita Ewha',
			'Vladimir Putin'
		])
			expect(names).toContain(n);
		for (const n of ['putin', 'vostochny', 'kcna', 'ewha', 'vladimir'])
			expect(entry(n)).toBeUndefined();
		expect(vocab.names.find((n) => n.name === 'Korea Utara')!.count).toBeGreaterThan(10);
	});

	it('glosses every content lemma of the article', () => {
		expect(vocab.entries.filter((e) => e.gloss === '').map((e) => e.lemma)).toEqual([]);
		expect(entry('makan')!.gloss).toMatch(/^eat/);
	});

	it('sorts by appearance, band (hardest first) and alphabet', () => {
		const byBand = sortVocabulary(vocab.entries, 'band');
		for (let i = 1; i < byBand.length; i++)
			expect(byBand[i - 1].band).toBeGreaterThanOrEqual(byBand[i].band);
		const alpha = sortVocabulary(vocab.entries, 'alphabetical').map((e) => e.lemma);
		expect(alpha).toEqual([...alpha].sort());
		const starts = vocab.entries.map((e) => e.example.formStart);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(
			buildVocabulary(body, lexicon, rootDictionary, { order: 'alphabetical' }).entries.map(
				(e) => e.lemma
			)
		).toEqual(alpha);
	});
});

describe('function word list', () => {
	it('keeps content words that generic stopword lists drop', () => {
		for (const w of ['tahun', 'hari', 'baru', 'waktu', 'negara'])
			expect(functionWords.has(w)).toBe(false);
		for (const w of ['yang', 'di', 'bahwa', 'mereka']) expect(functionWords.has(w)).toBe(true);
	});
});

describe('robustness', () => {
	const check = (text: string) => {
		const v = buildVocabulary(text, lexicon, rootDictionary);
		for (const e of v.entries) {
			expect(e.forms.map((f) => f.form)).toContain(
				text.slice(e.example.formStart, e.example.formEnd).toLowerCase()
			);
			expect(e.example.sentenceStart).toBeLessThanOrEqual(e.example.formStart);
		}
		for (const n of v.names)
			expect(text.slice(n.example.formStart, n.example.formEnd)).toBe(n.name);
	};
	it('never throws on random Unicode and keeps offsets that slice back', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => check(s)),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => check(s)),
			{ numRuns: 300 }
		);
	});
	it('copes with emoji, RTL text, lone surrogates and empty input', () => {
		for (const s of [
			'',
			' ',
			'👍🏽 Putin 👍🏽 menghukum',
			'مرحبا بالعالم. Rusia menang.',
			'\ud800abc \udfff Dia makan.',
			'\u202eterbalik\u202c kata'
		])
			check(s);
	});
	it('handles a megabyte of article text', () => {
		const big = (body + '\n\n').repeat(Math.ceil(1_000_000 / body.length));
		const v = buildVocabulary(big, lexicon, rootDictionary);
		expect(v.entries.length).toBe(vocab.entries.length);
		expect(entry('hukum')!.count * Math.ceil(1_000_000 / body.length)).toBe(
			v.entries.find((e) => e.lemma === 'hukum')!.count
		);
		// A correctness check on a big input, not a timing: a busy machine may take far longer.
	}, 180_000);
});
