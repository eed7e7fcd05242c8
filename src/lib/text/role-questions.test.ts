import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { generateQuestions } from './questions';

const rolesOf = (paragraphs: string[]) =>
	generateQuestions(importArticle(paragraphs.join('\n'))).filter((q) => q.kind === 'role');

describe('role questions', () => {
	const market = [
		'Harga bawang merah di Pasar Sentral naik dalam sepekan terakhir. Kepala Dinas Perdagangan dan Perindustrian Sleman, Wawan Gunadi, mengatakan pasokan dari petani berkurang.',
		'"Hujan membuat banyak tanaman busuk sebelum dipanen," kata Wawan, Senin (3/3/2025).',
		'Ia menambahkan, pihaknya akan melapor kepada Bupati Sleman pekan depan. Salah seorang pedagang, Sumiati (51), mengaku omzetnya turun.',
		'"Pembeli sekarang hanya membeli setengah kilo," ujarnya.'
	];
	const qs = rolesOf(market);

	it('asks who said a quote by the role the article gave that person in another sentence', () => {
		const wawan = qs.find((q) => q.prompt.includes('Hujan membuat banyak tanaman busuk'));
		expect(wawan?.prompt).toBe(
			'Siapa yang mengatakan, "Hujan membuat banyak tanaman busuk sebelum dipanen"?'
		);
		expect(wawan?.answer).toBe('Kepala Dinas Perdagangan dan Perindustrian Sleman');
		// Another person's role and an office named with no holder are the wrong options.
		expect(new Set(wawan?.options)).toEqual(
			new Set([wawan?.answer, 'salah seorang pedagang', 'Bupati Sleman'])
		);
		expect(wawan?.explanation).toMatch(/^Wawan Gunadi yang mengatakannya; Wawan Gunadi adalah/);
	});

	it('follows a pronoun speech tag back to the last person who spoke', () => {
		const sumiati = qs.find((q) => q.prompt.includes('Pembeli sekarang'));
		expect(sumiati?.answer).toBe('salah seorang pedagang');
		expect(sumiati?.options).toContain('Kepala Dinas Perdagangan dan Perindustrian Sleman');
	});

	it('is not asked where the role stands in the same sentence, or with no one to confuse', () => {
		// The role and the quote in one sentence: finding the sentence is enough.
		expect(qs.some((q) => q.prompt.includes('pasokan dari petani'))).toBe(false);
		// One person and no other office or role: nothing to choose between.
		const alone = rolesOf([
			'Kapolsek Sukamaju, AKP Budi Hartono, mengatakan pelaku sudah ditangkap di rumahnya.',
			'"Barang bukti sudah kami amankan di kantor polisi," kata Budi.'
		]);
		expect(alone).toEqual([]);
	});

	it('drops a rank alone, the address after a role, and a key whose words the quote repeats', () => {
		const qs2 = rolesOf([
			'Seorang sopir truk, Darto (45), warga Desa Mulyorejo, selamat dari kecelakaan itu. Kanit Gakkum Satlantas Polres Tuban, Iptu Agus Salim, datang ke lokasi.',
			'"Kendaraan itu melaju terlalu cepat dari arah timur," terang Iptu Agus.',
			'"Muatan truk saya tidak terlalu berat," ujar Darto.'
		]);
		const agus = qs2.find((q) => q.prompt.includes('melaju terlalu cepat'));
		expect(agus?.answer).toBe('Kanit Gakkum Satlantas Polres Tuban');
		expect(agus?.options).toContain('seorang sopir truk');
		// "sopir truk" and a quote about "truk saya": the key would be found by matching words.
		expect(qs2.some((q) => q.prompt.includes('Muatan truk'))).toBe(false);
	});

	it('asks whose side "pihaknya" is: the body the speaker heads, beside other bodies', () => {
		const qs3 = generateQuestions(
			importArticle(
				[
					'Atap ruang kelas SDN 1 Ngawen ambruk pada Senin pagi. Kepala Dinas Pendidikan Blora, Suparno, meninjau sekolah itu.',
					'Ia mengatakan, pihaknya sudah meminta bantuan kepada Badan Penanggulangan Bencana Daerah Blora sejak pekan lalu.',
					'"Kami berharap perbaikan selesai sebelum tahun ajaran baru," ujarnya.'
				].join('\n')
			)
		).filter((q) => q.kind === 'reference' || q.kind === 'role');
		const side = qs3.find((q) => q.prompt.includes('"pihaknya"'));
		expect(side?.answer).toBe('Dinas Pendidikan Blora');
		expect(side?.options).toEqual(
			expect.arrayContaining([
				'Dinas Pendidikan Blora',
				'Badan Penanggulangan Bencana Daerah Blora'
			])
		);
		// A school is not a side an official speaks for.
		expect(side?.options.some((o) => o.startsWith('SDN'))).toBe(false);
	});

	it('takes no office from an honorific: "Ibu Kota" is the capital', () => {
		const qs4 = rolesOf([
			'Kasat Reskrim Polres Bekasi AKP Dani Hartono mengatakan pelaku dibawa ke Ibu Kota.',
			'"Pelaku kami tangkap di rumah kerabatnya tanpa perlawanan," katanya.'
		]);
		expect(qs4.some((q) => q.options.includes('Ibu Kota'))).toBe(false);
	});

	it('asks who "ia" is by role where the article names one person beside a whole office', () => {
		const qs5 = rolesOf([
			'Kasat Reskrim Polres Bantul AKP Joko Purnomo mengatakan tiga pelaku sudah ditangkap.',
			'Ia menjelaskan, para pelaku mencuri sepeda motor di parkiran pasar.',
			'Kapolres sebelumnya meminta warga melapor bila kehilangan kendaraan.'
		]);
		const ia = qs5.find((q) => q.prompt.includes('Ia menjelaskan'));
		expect(ia?.prompt).toMatch(/siapa yang dimaksud dengan "ia"\?$/);
		expect(ia?.answer).toBe('Kasat Reskrim Polres Bantul');
		expect(ia?.options).toContain('Kapolres');
	});

	it('keeps a bracketed short form in a role, and asks nothing whose key is only "warga"', () => {
		const qs6 = rolesOf([
			'Kepala Pelaksana (Kalaksa) BPBD Bondowoso, Hendra Wijaya mengatakan api berasal dari dapur.',
			'Warga setempat, Karto (60) warga Desa Sumberwaru, ikut memadamkan api.',
			'"Api cepat membesar karena angin kencang," kata Hendra.',
			'"Kami menyiram api dengan air sumur," ujar Karto.'
		]);
		const hendra = qs6.find((q) => q.prompt.includes('Api cepat membesar'));
		expect(hendra?.answer).toBe('Kepala Pelaksana (Kalaksa) BPBD Bondowoso');
		expect(qs6.some((q) => q.prompt.includes('air sumur'))).toBe(false);
	});
});
