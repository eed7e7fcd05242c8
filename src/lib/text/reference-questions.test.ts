import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { lexicon, rootDictionary } from './lexicon-data';
import { generateQuestions, questionSentences } from './questions';
import { surePerson } from './reference-questions';
import { recogniseEntities } from './entities';
import { functionWords } from './entity-words';

const pool = (paragraphs: string[]) =>
	generateQuestions(importArticle(paragraphs.join('\n'))).filter((q) => q.kind === 'reference');

describe('reference questions', () => {
	const text = [
		'Kepala desa Budi Santoso meninjau tanggul sungai pada Senin pagi. Ia meminta warga segera mengungsi ke balai desa.',
		'Dokter Siti Aminah membuka posko kesehatan di sekolah. Beliau memeriksa puluhan anak yang demam.',
		'Gubernur Andi Wijaya dan Bupati Rina Kartika rapat di kantor gubernur. Ia mengatakan bantuan tiba besok.',
		'Camat Joko Susilo memimpin rapat warga.',
		'Ia menjelaskan jadwal pembagian beras.'
	];
	const qs = pool(text);

	it('asks who "ia" is when the sentence before names exactly one person', () => {
		const budi = qs.find((q) => q.prompt.includes('Ia meminta warga'));
		expect(budi?.answer).toBe('Budi Santoso');
		expect(budi?.prompt).toMatch(/siapa yang dimaksud dengan "ia"\?$/);
		const siti = qs.find((q) => q.prompt.includes('Beliau memeriksa'));
		expect(siti?.answer).toBe('Siti Aminah');
	});

	it('offers other people of the article, never the same person twice', () => {
		for (const q of qs) {
			expect(q.options).toContain(q.answer);
			expect(new Set(q.options).size).toBe(q.options.length);
			for (const o of q.options.filter((o) => o !== q.answer))
				expect(q.answer.includes(o) || o.includes(q.answer), o).toBe(false);
		}
	});

	it('skips a pronoun after two people', () => {
		expect(qs.some((q) => q.prompt.includes('bantuan tiba besok'))).toBe(false);
	});

	it('finds the one person named in the paragraph before (news paragraphs are short)', () => {
		expect(qs.find((q) => q.prompt.includes('jadwal pembagian beras'))?.answer).toBe('Joko Susilo');
	});

	it('looks no further back than three sentences, and not past a sentence naming two people', () => {
		const far = pool([
			'Kepala desa Budi Santoso meninjau tanggul. Dokter Siti Aminah membuka posko.',
			'Gubernur Andi Wijaya dan Bupati Rina Kartika rapat di kantor.',
			'Hujan turun sejak pagi. Air sungai naik. Jalan desa tergenang. Sekolah diliburkan.',
			'Ia meminta warga tetap tenang di rumah masing-masing.'
		]);
		expect(far).toEqual([]);
	});

	it('keeps both sentences as evidence, so the feedback shows the name', () => {
		const article = importArticle(text.join('\n'));
		const q = generateQuestions(article).find((x) => x.kind === 'reference')!;
		const evidence = article.body.slice(q.evidence.start, q.evidence.end);
		expect(evidence).toContain(q.answer);
		expect(evidence).toMatch(/\. (Ia|Beliau) /);
	});

	describe('a quote whose speaker is only a pronoun', () => {
		const quoted = [
			'Kepala dinas Hendra Gunawan menjelaskan, hujan deras membuat tanggul jebol di dua titik.',
			'"Kami sudah mengirim alat berat dan karung pasir ke lokasi sejak pagi," kata dia.',
			'Warga bernama Rudi Hartono dan Sri Wahyuni mengungsi ke masjid desa.',
			'Petugas menangkap Bambang Sutrisno di terminal bus.',
			'"Barang bukti sudah kami amankan di kantor," tuturnya.'
		];
		const qs = pool(quoted);

		it('asks who said it when the sentence before has exactly one person speaking', () => {
			const q = qs.find((x) => x.prompt.includes('alat berat'));
			expect(q?.prompt).toBe(
				'Siapa yang mengatakan, "Kami sudah mengirim alat berat dan karung pasir ke lokasi sejak pagi"?'
			);
			expect(q?.answer).toBe('Hendra Gunawan');
			expect(q?.explanation).toContain('"kata dia"');
		});

		it('does not give the quote to a person the sentence before only mentions', () => {
			expect(qs.some((x) => x.prompt.includes('Barang bukti'))).toBe(false);
		});

		it('follows a closing tag back to the last speaker, past sentences naming no one', () => {
			const trail = pool([
				'Kepala Pelaksana BPBD Klaten, Sri Winoto, mengatakan bantuan air dikirim setiap hari.',
				'Sumur warga di Desa Sukamaju kering sejak Juli.',
				'Pedagang air keliling menaikkan harga per jeriken.',
				'"Kami sudah mengirim tangki ke tujuh desa yang kekeringan," jelasnya, Rabu (21/9).',
				'Camat Joko Susilo meninjau desa itu. Bupati Rina Kartika ikut hadir.'
			]);
			const q = trail.find((x) => x.prompt.includes('tangki'));
			expect(q?.answer).toBe('Sri Winoto');
			expect(q?.options).toEqual(expect.arrayContaining(['Joko Susilo', 'Rina Kartika']));
		});

		it('stops at anyone else speaking between the speaker and the tag', () => {
			const broken = pool([
				'Kepala Pelaksana BPBD Klaten, Sri Winoto, mengatakan bantuan air dikirim setiap hari.',
				'Warga mengatakan sumur mereka kering sejak Juli.',
				'Pedagang air keliling menaikkan harga per jeriken.',
				'"Kami sudah mengirim tangki ke tujuh desa yang kekeringan," jelasnya.'
			]);
			expect(broken.some((x) => x.prompt.includes('tangki'))).toBe(false);
		});
	});

	it('offers no run of dictionary words as a person when it has a dictionary', () => {
		const article = importArticle(
			[
				'Kepala desa Budi Santoso meninjau tanggul sungai pada Senin pagi.',
				'Ia meminta warga membawa Kartu Keluarga ke balai desa.',
				'Camat Joko Susilo dan dokter Ani Rahmawati datang pada sore hari.',
				'Petugas Direktorat Reserse Narkoba juga hadir di balai desa itu.'
			].join('\n')
		);
		const qs = generateQuestions(article, { lexicon, dict: rootDictionary }).filter(
			(q) => q.kind === 'reference'
		);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs)
			for (const o of q.options)
				expect(['Kartu Keluarga', 'Direktorat Reserse Narkoba']).not.toContain(o);
	});

	it("offers no company, fund or run with a title's noun as a person", () => {
		const isWord = (w: string) =>
			['keuangan', 'menteri', 'energi', 'budi', 'adapun', 'geofisika'].includes(w.toLowerCase());
		const sure = surePerson(isWord);
		const person = (display: string) =>
			({
				type: 'person',
				display,
				text: display,
				key: display,
				start: 0,
				end: 0,
				first: 0,
				last: 0
			}) as const;
		expect(sure(person('Budi Santoso'))).toBe(true);
		expect(sure(person('Keuangan Sri Mulyani'))).toBe(false);
		expect(sure(person('Sinar Harapan Energi Tbk'))).toBe(false);
		expect(sure(person('Adapun Martinovich'))).toBe(false);
		expect(sure(person('Suaranews Jateng'))).toBe(false);
		expect(sure(person('Geofisika Banyuwangi'))).toBe(false);
	});

	it('takes a one-word name given with an age as a person', () => {
		const article = importArticle(
			[
				'Camat Joko Susilo dan dokter Ani Rahmawati meninjau sawah pada Senin pagi.',
				'Salah satu petani, Warsito (52), mengaku rugi.',
				'Ia mengatakan harga gabah turun sejak pekan lalu.'
			].join('\n')
		);
		const q = generateQuestions(article, { lexicon, dict: rootDictionary }).find(
			(x) => x.kind === 'reference'
		);
		expect(q?.answer).toBe('Warsito');
		expect(q?.options).toEqual(expect.arrayContaining(['Joko Susilo', 'Ani Rahmawati', 'Warsito']));
	});

	const reference = (lines: string[]) =>
		generateQuestions(importArticle(lines.join('\n')), { lexicon, dict: rootDictionary }).filter(
			(x) => x.kind === 'reference'
		);

	it('takes a one-word name between commas after a noun for people, and asks between two', () => {
		const qs = reference([
			'Sebuah mobil boks menabrak tiang listrik di Jalan Melati pada Sabtu malam.',
			'Seorang pedagang bakso, Sutrisno, melihat mobil itu melaju kencang.',
			'Ia mengatakan sopir mobil itu sempat membunyikan klakson.',
			'Sopir mobil, Wagiman, mengaku mengantuk setelah bekerja seharian.'
		]);
		const q = qs.find((x) => x.prompt.includes('Ia mengatakan'));
		expect(q?.answer).toBe('Sutrisno');
		expect([...(q?.options ?? [])].sort()).toEqual(['Sutrisno', 'Wagiman']);
	});

	it('follows a closing tag back to a one-word name that spoke', () => {
		const qs = reference([
			'Harga telur ayam di Pasar Cendana naik sejak awal pekan, kata pedagang bernama Darsini.',
			'Darsini juga mengatakan pembeli mulai mengurangi belanja telur.',
			'"Dulu orang beli dua kilo, sekarang setengah kilo saja," keluhnya.',
			'Kepala pasar, Bambang Sulistyo, berjanji memeriksa pasokan dari peternak.'
		]);
		const q = qs.find((x) => x.prompt.startsWith('Siapa yang mengatakan'));
		expect(q?.answer).toBe('Darsini');
		expect(q?.options).toContain('Bambang Sulistyo');
	});

	it('does not read a place inside an object or a web address as a speaker', () => {
		const entries = recogniseEntities(
			questionSentences(
				importArticle(
					'Kenaikan harga membuat pedagang pasar Pabean mengeluh. Menurut berita.com mengatakan hal yang sama.'
				)
			),
			functionWords
		);
		const people = entries.flatMap((e) => e.entities).filter((x) => x.type === 'person');
		expect(people.map((x) => x.text)).toEqual([]);
	});

	it('offers no one-word name that may be a nickname of another person', () => {
		const qs = reference([
			'Pelatih Suharyanto Wibisono memimpin latihan pada Senin pagi.',
			'"Kami siap menghadapi laga final," kata Suhar.',
			'Kapten tim, Hendra Gunawan, memimpin doa bersama.',
			'Ia mengatakan para pemain dalam kondisi baik.'
		]);
		for (const q of qs) expect(q.options).not.toContain('Suhar');
	});

	it('asks nothing when someone named only by office came between', () => {
		const qs = reference([
			'Lurah Slamet Riyadi dan dokter Ani Rahmawati meninjau posko banjir.',
			'Seorang warga, Karsono, mengaku rumahnya terendam sejak malam.',
			'Kapolsek Tegalrejo meminta warga mengungsi ke balai desa.',
			'Ia mengatakan air masih naik.'
		]);
		expect(qs.some((q) => q.prompt.includes('air masih naik'))).toBe(false);
	});

	it('reads a nickname made of syllables of the full name as that person', () => {
		const qs = reference([
			'Pelatih tim, Darmawan Sutejo, memimpin latihan pada Senin pagi bersama kiper Yudha Pratama.',
			'Menurut pelatih yang akrab disapa Darsu itu, latihan berjalan baik.',
			'Ia mengatakan para pemain siap menghadapi laga final.',
			'Bek tengah, Ilham Saputra, juga mengatakan timnya siap.'
		]);
		const q = qs.find((x) => x.prompt.includes('siap menghadapi'));
		expect(q?.answer).toBe('Darmawan Sutejo');
		expect(q?.options).not.toContain('Darsu');
	});

	it('never offers a place, a feast or a second spelling of one person', () => {
		const qs = reference([
			'Para peternak di kabupaten Sukamulya resah menjelang Idul Adha.',
			'Salah satunya, Tarmiji (45), warga Desa Sumber, Kecamatan Dander, Sukamulya mengatakan harga pakan naik.',
			'Ketua kelompok ternak, Sri Wulandarini, juga mengatakan pembeli sepi.',
			'"Pembeli belum banyak datang ke kandang kami," kata Sri Wulandarni.',
			'"Semoga harga sapi membaik," ujarnya.'
		]);
		const q = qs.find((x) => x.prompt.includes('Semoga harga sapi'));
		expect(q?.answer).toBe('Sri Wulandarini');
		expect([...(q?.options ?? [])].sort()).toEqual(['Sri Wulandarini', 'Tarmiji']);
	});

	it('follows a tag back to someone who complained, and asks a quoted question once', () => {
		const qs = reference([
			'Warga bernama Sutarno mengaku air PDAM mati sejak Senin.',
			'Keluhan yang sama disampaikan Wulan Handayani. Wulan mengeluh karena harus membeli air galon.',
			'"Sampai kapan kami harus membeli air?," ujarnya.'
		]);
		const q = qs.find((x) => x.prompt.includes('membeli air'));
		expect(q?.answer).toBe('Wulan Handayani');
		expect(q?.prompt).toBe('Siapa yang mengatakan, "Sampai kapan kami harus membeli air?"');
	});

	it('offers no market, hospital, initial or place-prefixed name as a person', () => {
		const qs = reference([
			'Warga Kabupaten Lembayung memadati Pasar Rakyat Sukadana dan Pasar Rakyat Mekarsari sejak pagi.',
			'Bupati Lembayung Harsono meninjau harga beras bersama Kepala Dinas Perdagangan Rudi Hartawan.',
			'Pasien dirujuk ke RSUP Dr Sardjito, kata dokter bernama M. Yusuf Hamdani.',
			'"Stok beras cukup sampai akhir bulan," kata Rudi Hartawan.',
			'Ia mengatakan harga akan dipantau setiap hari.'
		]);
		for (const q of qs)
			for (const o of q.options) {
				expect(o).not.toMatch(/^(Pasar|Dr |Lembayung)/);
				expect(o).not.toMatch(/^\p{Lu}\.$/u);
			}
		expect(qs.find((q) => q.prompt.includes('dipantau'))?.answer).toBe('Rudi Hartawan');
	});

	it('never offers part of a name beside the whole name', () => {
		const qs = reference([
			'"Penumpang mulai ramai sejak Jumat," ujar kepala terminal Cibening, Ida Nur Farida, kepada wartawan.',
			'Kepala dinas perhubungan, Rahmat Hidayat, menambah armada bus.',
			'Peningkatannya, kata Ida, mencapai lima persen.',
			'"Kami siapkan loket tambahan untuk pemudik," ujarnya.'
		]);
		const q = qs.find((x) => x.prompt.includes('loket tambahan'));
		expect(q?.answer).toBe('Ida Nur Farida');
		expect(q?.options).not.toContain('Nur Farida');
		expect(q?.options).not.toContain('Ida');
	});
});
