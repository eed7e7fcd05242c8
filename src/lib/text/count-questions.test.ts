import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { lexicon, rootDictionary } from './lexicon-data';
import { generateQuestions } from './questions';

const howMany = (paragraphs: string[]) =>
	generateQuestions(importArticle(paragraphs.join('\n')), { lexicon, dict: rootDictionary }).filter(
		(q) => q.kind === 'how-many'
	);

describe('how-many questions', () => {
	it('asks "Berapa … yang …?" of a sentence that opens with its count', () => {
		const [q] = howMany([
			'Tercatat 12 sekolah telah menerima bantuan komputer dari dinas pendidikan.',
			'Bantuan itu diserahkan kepala dinas pada Senin pagi.'
		]);
		expect(q.prompt).toBe(
			'Berapa sekolah yang telah menerima bantuan komputer dari dinas pendidikan?'
		);
		expect(q.answer).toBe('12');
		expect(q.options).toHaveLength(4);
		expect(q.questionWord).toBe('Berapa');
	});

	it('keeps a counted word ("orang pelaku") and a number written as a word', () => {
		const [q] = howMany(['Tiga orang pelaku berhasil ditangkap polisi di Pasar Minggu.']);
		expect(q.prompt).toBe('Berapa orang pelaku yang berhasil ditangkap polisi di Pasar Minggu?');
		expect(q.answer).toBe('tiga');
		for (const o of q.options) expect(o).toMatch(/^(dua|tiga|empat|lima|enam|tujuh|delapan)$/);
	});

	it('offers no wrong count that the text states', () => {
		const qs = howMany([
			'Sebanyak 150 petugas gabungan dikerahkan untuk mengamankan pawai budaya.',
			'Tahun lalu 170 petugas berjaga di sepanjang jalan.'
		]);
		const q = qs.find((x) => x.answer === '150');
		expect(q?.options).not.toContain('170');
	});

	it('asks nothing where the noun phrase may hold its predicate or a vague count', () => {
		expect(
			howMany([
				'Dua ekor sapi milik warga hilang dicuri.',
				'Sebanyak 327 sepeda motor tak bersurat diserahkan warga ke polres.',
				'Ribuan warga memadati alun-alun kota.',
				'Sebanyak 45 rumah yang terendam dibersihkan relawan.',
				'"Sebanyak 20 ekor kambing dijual," kata Budi.'
			])
		).toEqual([]);
	});

	it('asks for a count after an active verb, in the passive with its agent', () => {
		const [q] = howMany([
			'Dalam operasi tiga hari, Satpol PP Kota Sukamaju menyita 148 unit gerobak liar di trotoar.',
			'Pedagang diminta pindah ke lokasi baru.'
		]);
		expect(q.prompt).toBe('Berapa unit gerobak liar yang disita Satpol PP Kota Sukamaju?');
		expect(q.answer).toBe('148');
		const [r] = howMany([
			'Petugas juga mengamankan 36 karung pupuk palsu dari sebuah gudang.',
			'Pemilik gudang masih diperiksa.'
		]);
		expect(r.prompt).toBe('Berapa karung pupuk palsu yang diamankan petugas?');
	});

	it('asks nothing when the counted phrase has no clear end or the agent is not plain', () => {
		expect(
			howMany([
				'Polisi mengamankan 12 orang tersangka kasus pencurian motor.',
				'Menurut warga yang melihat kejadian itu mengamankan 40 sepeda.'
			])
		).toEqual([]);
	});
});
