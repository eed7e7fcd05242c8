import { describe, expect, it } from 'vitest';
import { createLexicon } from './lexicon';
import { lexicon, rootDictionary } from './lexicon-data';
import generated from './data/lexicon.json' with { type: 'json' };

describe('createLexicon', () => {
	const small = createLexicon(
		{ entries: [['makan', 'verb', 'dish; eat', 1, 59], ['rada', 'adv', 'rather', 4, 37]] },
		{ roots: { makan: { pos: 'verb', gloss: 'eat' }, lansir: { pos: 'verb', gloss: 'publish' } } }
	);
	it('lays curated entries over generated ones and marks them', () => {
		expect(small.lookup('makan')).toEqual({ lemma: 'makan', pos: 'verb', gloss: 'eat', band: 1, curated: true });
		expect(small.lookup('rada')).toMatchObject({ gloss: 'rather', band: 4, curated: false });
		expect(small.lookup('lansir')).toMatchObject({ band: 5, curated: true });
		expect(small.lookup('MAKAN')?.gloss).toBe('eat');
		expect(small.lookup('tidakada')).toBeUndefined();
	});
	it('builds a root dictionary with Zipf values', () => {
		expect(small.dictionary.has('lansir')).toBe(true);
		expect(small.dictionary.has('tidakada')).toBe(false);
		expect(small.dictionary.zipf?.('rada')).toBeCloseTo(3.7);
		expect(small.dictionary.zipf?.('lansir')).toBe(0);
	});
});

describe('shipped lexicon', () => {
	it('holds roots, not affixed forms', () => {
		for (const w of ['makan', 'kata', 'perintah', 'usaha', 'bangun', 'nilai', 'pertama']) expect(rootDictionary.has(w)).toBe(true);
		for (const w of ['menggunakan', 'pembangunan', 'dilakukan', 'mengatakan']) expect(rootDictionary.has(w)).toBe(false);
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
			expect(r).toHaveLength(5);
			expect(r[0]).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect([1, 2, 3, 4, 5]).toContain(r[3]);
		}
	});
});
