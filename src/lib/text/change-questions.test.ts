import { describe, expect, it } from 'vitest';
import { changeSubject } from './change-questions';
import { writtenAmount } from './numbers';
import { importArticle } from './import-article';
import { generateQuestions } from './questions';
import { buildQuiz } from './quiz';

const changes = (paragraphs: string[]) =>
	generateQuestions(importArticle(paragraphs.join('\n'))).filter((q) => q.kind === 'amount-change');

describe('size of a change', () => {
	it('asks for the difference between the two ends, named by its subject', () => {
		const [q] = changes([
			'Harga cabai rawit naik dari Rp 40.000 menjadi Rp 65.000 per kilogram pekan ini.',
			'Pedagang di pasar mengeluhkan sepinya pembeli.'
		]);
		expect(q.prompt).toBe('Berapa kenaikan harga cabai rawit?');
		expect(q.answer).toBe('Rp 25.000 per kilogram');
		expect(q.options).toEqual(
			expect.arrayContaining(['Rp 65.000 per kilogram', 'Rp 40.000 per kilogram'])
		);
		expect(q.options).toHaveLength(4);
		expect(q.explanation).toContain('Rp 40.000 per kilogram menjadi Rp 65.000 per kilogram');
	});

	it('takes a fall the other way, and a unit written only after the second end', () => {
		const [q] = changes([
			'Jumlah pasien demam berdarah menurun dari 240 menjadi 95 orang bulan ini.',
			'Dinas kesehatan terus melakukan pengasapan.'
		]);
		expect(q.prompt).toBe('Berapa penurunan jumlah pasien demam berdarah?');
		expect(q.answer).toBe('145 orang');
	});

	it('reads millions and the words between the ends', () => {
		const [q] = changes([
			'Produksi garam petambak mengalami kenaikan dari 1,2 juta ton pada tahun lalu menjadi 1,5 juta ton.',
			'Cuaca kering membantu proses penjemuran.'
		]);
		expect(q.prompt).toBe('Berapa kenaikan produksi garam petambak?');
		expect(q.answer).toBe('0,3 juta ton');
	});

	it('reads the new amount first when the sentence gives it first', () => {
		const [q] = changes([
			'Di pasar kota, harga bawang putih mencapai Rp 42.000 per kilogram pada Selasa, naik dari Rp 35.000 pekan lalu.',
			'Pembeli mengurangi belanja mereka.'
		]);
		expect(q.prompt).toBe('Berapa kenaikan harga bawang putih?');
		expect(q.answer).toBe('Rp 7.000 per kilogram');
		expect(q.options).toContain('Rp 35.000 per kilogram');
	});

	it('reads the old amount first, then words of time and contrast, then the fall', () => {
		const [q] = changes([
			'Pada awal musim, harga jagung pipil mencapai Rp 6.000 per kilogram pada dua pekan lalu, namun kini turun menjadi Rp 4.500 per kilogram.',
			'Petani memilih menyimpan hasil panen.'
		]);
		expect(q.prompt).toBe('Berapa penurunan harga jagung pipil?');
		expect(q.answer).toBe('Rp 1.500 per kilogram');
	});

	it('does not join two amounts of different things across another subject', () => {
		expect(
			changes([
				'Jumlah kasus mencapai 300 orang, sementara pasien sembuh naik menjadi 120 orang.',
				'Petugas terus memantau.'
			])
		).toEqual([]);
	});

	it('reads a unit written with a slash and a comma after the verb', () => {
		const [q] = changes([
			'Harga gula pasir naik, dari harga Rp14.000/kg kini menjadi Rp15.500/kg.',
			'Pembeli mengeluh.'
		]);
		expect(q.answer).toBe('Rp 1.500 per kg');
	});

	it('quotes the clause when the subject is not a plain noun phrase, and never a fragment', () => {
		const [q] = changes([
			'Jumlah warga yang mengungsi ke balai desa naik dari 30 menjadi 52 orang.',
			'Posko dibuka sejak Selasa.'
		]);
		expect(q.prompt).toBe(
			'Menurut kalimat "Jumlah warga yang mengungsi ke balai desa naik dari 30 menjadi 52 orang", berapa kenaikannya?'
		);
		expect(q.answer).toBe('22 orang');
		expect(
			changes(['Menurut petugas, yang datang ke posko naik dari 30 menjadi 52 orang.'])
		).toEqual([]);
	});

	it('leaves out percentages, years, mismatched units and changes already written', () => {
		expect(
			changes([
				'Angka kemiskinan turun dari 12 persen menjadi 9 persen.',
				'Jumlah wisatawan naik dari 2019 hingga 2023 setiap musim.',
				'Harga beras naik dari 20 ton menjadi 30 karung.',
				'Harga gula naik Rp 2.000, dari Rp 14.000 menjadi Rp 16.000 per kilogram.',
				'Harga telur naik dari Rp 30.000 menjadi Rp 28.000.'
			])
		).toEqual([]);
	});

	it('is drawn into a quiz as the item that needs more than finding a sentence', () => {
		const paragraphs = [
			'Harga cabai rawit di pasar induk naik dari Rp 40.000 menjadi Rp 65.000 per kilogram.',
			'Pedagang mengatakan pasokan dari petani berkurang karena hujan deras.',
			'Dinas perdagangan akan menggelar operasi pasar pekan depan.'
		];
		const pool = generateQuestions(importArticle(paragraphs.join('\n')));
		const quiz = buildQuiz(pool, { size: 3, seed: 1 });
		expect(quiz.some((q) => q.kind === 'amount-change')).toBe(true);
	});
});

describe('writtenAmount', () => {
	it('writes amounts the Indonesian way', () => {
		expect(writtenAmount(1250000)).toBe('1.250.000');
		expect(writtenAmount(2.5, 1)).toBe('2,5');
		expect(writtenAmount(690, 1)).toBe('690');
		expect(writtenAmount(1.5, 1)).toBe('1,5');
		expect(writtenAmount(0.3, 1)).toBe('0,3');
	});
});

describe('changeSubject', () => {
	it('keeps a plain noun phrase and refuses a clause', () => {
		expect(changeSubject('Harga bawang merah', false)).toBe('harga bawang merah');
		expect(changeSubject('Harga bawang merah sudah', false)).toBeUndefined();
		expect(changeSubject('Jumlah penumpang kapal mengalami', true)).toBe('jumlah penumpang kapal');
		expect(changeSubject('Harga', false)).toBeUndefined();
	});

	it('reads a change inside what someone said', () => {
		const [q] = changes([
			'Ia mengatakan harga pupuk naik dari Rp 120.000 menjadi Rp 150.000 per karung.',
			'Petani berharap pemerintah menambah pupuk bersubsidi.'
		]);
		expect(q.prompt).toBe('Berapa kenaikan harga pupuk?');
		expect(q.answer).toBe('Rp 30.000 per karung');
	});
});
