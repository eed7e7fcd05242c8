import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { generateQuestions } from './questions';
import { lowScore } from './question-checks';

const whys = (paragraphs: string[], drafts = false) =>
	generateQuestions(importArticle(paragraphs.join('\n')), { drafts }).filter(
		(q) => q.kind === 'why'
	);

const story = [
	'Petugas pemadam kebakaran tiba di lokasi sekitar pukul tujuh malam.',
	'Karena jalan desa sempit dan berlumpur, mobil pemadam sulit masuk ke permukiman.',
	'Warga membantu membawa air dengan ember dari sumur tetangga.',
	'Kobaran api akhirnya padam setelah dua jam.',
	'Pemilik rumah mengungsi ke rumah kerabatnya di kampung sebelah.',
	'Kerugian akibat kebakaran itu ditaksir mencapai ratusan juta rupiah.'
];

describe('why questions from a sentence that opens with its cause', () => {
	it('asks about the whole clause after the comma, with the cause as the key', () => {
		const q = whys(story).find((x) => x.prompt.startsWith('Mengapa mobil pemadam'));
		expect(q?.prompt).toBe('Mengapa mobil pemadam sulit masuk ke permukiman?');
		expect(q?.answer).toBe('Karena jalan desa sempit dan berlumpur');
		// Built, but below the line: judges accepted none of four on unseen news.
		expect(q!.score!).toBeGreaterThan(0);
		expect(q!.score!).toBeLessThan(lowScore);
	});

	it('gives every option the shape of a reason, none inside another', () => {
		for (const q of whys(story)) {
			expect(q.options.length).toBeGreaterThanOrEqual(4);
			for (const o of q.options) expect(o).toMatch(/^Karena \S/);
			for (const a of q.options)
				for (const b of q.options) if (a !== b) expect(b.includes(a.slice(7))).toBe(false);
		}
	});

	it('keeps a name after the comma capitalised', () => {
		const [q] = whys([
			'Karena hujan turun sejak pagi, Budi Hartono menunda panen padinya.',
			'Petani lain memilih memperbaiki saluran air di sawah mereka.',
			'Harga gabah di tingkat petani masih stabil pekan ini.',
			'Pemerintah desa menyiapkan pompa air untuk sawah yang terendam.',
			'Penyuluh pertanian mendatangi kelompok tani pada Rabu siang.',
			'Pedagang gabah menawarkan harga lebih tinggi.'
		]);
		expect(q?.prompt).toBe('Mengapa Budi Hartono menunda panen padinya?');
	});

	it('leaves "Karena itu" alone: its cause is in the sentence before', () => {
		expect(
			whys([
				'Hujan turun sejak pagi di seluruh kecamatan.',
				'Karena itu, petani menunda panen padi mereka.',
				'Pedagang gabah menunggu di balai desa sejak siang.'
			]).some((q) => q.prompt.includes('menunda panen'))
		).toBe(false);
	});

	it('asks "A karena B." when A is one plain statement, and not after a verb of saying', () => {
		const plain = whys([
			'Mobil pemadam tidak bisa masuk ke permukiman karena jalan desa sempit dan berlumpur.',
			...story.slice(2)
		]).find((q) => q.prompt.includes('bisa masuk'));
		expect(plain?.prompt).toBe('Mengapa mobil pemadam tidak bisa masuk ke permukiman?');
		expect(plain?.answer).toBe('Karena jalan desa sempit dan berlumpur');
		// Cut from one sentence it is found by matching: in the bank, below the line.
		expect(plain!.score!).toBeLessThan(lowScore);
		const reported = [
			'Kepala dusun mengatakan mobil pemadam sulit masuk karena jalan desa sempit.',
			...story.slice(2)
		];
		expect(whys(reported).some((q) => q.prompt.includes('sulit masuk'))).toBe(false);
		for (const q of whys(reported, true).filter((x) => x.prompt.includes('sulit masuk')))
			expect(q.score!).toBeLessThan(lowScore);
	});

	it('asks "A, sehingga B." as why B, and a connective as why, with the sentence before as cause', () => {
		const farm = [
			'Hujan deras mengguyur desa selama tiga hari sehingga sawah warga terendam air.',
			'Petani menunda panen padi. Akibatnya, harga gabah di pasar desa melonjak.',
			'Penyuluh pertanian mendatangi kelompok tani pada Rabu siang.',
			'Pemerintah desa menyiapkan pompa untuk kolam ikan.',
			'Pedagang beras menawarkan harga lebih tinggi.',
			...story.slice(4)
		];
		const items = whys(farm);
		const flood = items.find((q) => q.prompt === 'Mengapa sawah warga terendam air?');
		expect(flood?.answer).toBe('Karena hujan deras mengguyur desa selama tiga hari');
		const price = items.find((q) => q.prompt === 'Mengapa harga gabah di pasar desa melonjak?');
		expect(price?.answer).toBe('Karena petani menunda panen padi');
		// The connective joins two sentences and ranks above "sehingga" inside one sentence.
		expect(price!.score!).toBeGreaterThan(flood!.score!);
	});
});

describe('why questions through a frame, a connective or a named cause', () => {
	describe('a cause inside what someone said', () => {
		const reported = [
			'Kepala dinas pertanian, Suparno Hadisiswoyo, menyebut panen padi tertunda karena hujan turun setiap hari.',
			'Menurutnya, pemerintah desa akan membeli gabah petani pekan depan.',
			'Petani di desa itu menanam jagung di lahan kering.',
			'Ia mengatakan penyuluh pertanian mendatangi kelompok tani setiap Rabu.'
		];

		it('asks about the reported clause, its frame left out', () => {
			const q = whys(reported).find((x) => x.prompt.includes('panen padi'));
			expect(q?.prompt).toBe('Mengapa panen padi tertunda?');
			expect(q?.answer).toBe('Karena hujan turun setiap hari');
		});

		it("takes other sentences' reported clauses as wrong reasons, without their frames", () => {
			const q = whys(reported).find((x) => x.prompt.includes('panen padi'))!;
			expect(q.options).toContain('Karena pemerintah desa akan membeli gabah petani pekan depan');
			expect(q.options).toContain('Karena penyuluh pertanian mendatangi kelompok tani setiap Rabu');
			for (const o of q.options) expect(o).not.toMatch(/menurutnya|mengatakan/i);
		});
	});

	describe('a reason given after what it explains', () => {
		const market = [
			'Harga sapi di pasar hewan naik menjelang hari raya.',
			'Pedagang tetap memeriksa kesehatan sapi yang dijual. Pasalnya, sapi yang sakit tidak laku di pasar.',
			'Pembeli berdatangan dari kecamatan lain sejak pagi.',
			'Petugas dinas peternakan memeriksa mulut dan kuku sapi.',
			'Tukang parkir ikut menikmati ramainya pasar.'
		];

		it('asks about the sentence before "Pasalnya", with the sentence after it as the reason', () => {
			const q = whys(market).find((x) => x.prompt.includes('memeriksa kesehatan'));
			expect(q?.prompt).toBe('Mengapa pedagang tetap memeriksa kesehatan sapi yang dijual?');
			expect(q?.answer).toBe('Karena sapi yang sakit tidak laku di pasar');
			expect(q?.explanation).toContain('"Pasalnya" memberi alasan untuk kalimat sebelumnya');
		});

		it('keeps the evidence inside a paragraph: the reason alone when it opens the next one', () => {
			const split = market.flatMap((p) => p.split(/(?<=\.) (?=Pasalnya)/));
			const article = importArticle(split.join('\n'));
			const q = generateQuestions(article).find((x) => x.prompt.includes('memeriksa kesehatan'));
			expect(article.body.slice(q!.evidence.start, q!.evidence.end)).toBe(
				'Pasalnya, sapi yang sakit tidak laku di pasar.'
			);
		});

		it('shares a topic word with the key in wrong reasons, never two', () => {
			const q = whys(market).find((x) => x.prompt.includes('memeriksa kesehatan'))!;
			expect(q.options).toContain('Karena pembeli berdatangan dari kecamatan lain sejak pagi');
			// "sapi" and "pasar" are the topic; an option with both would restate the key.
			for (const o of q.options.filter((x) => x !== q.answer))
				expect(/sapi/.test(o) && /pasar/.test(o)).toBe(false);
		});

		it('reads other connectives the same way ("Hal ini dikarenakan", "Sehingga")', () => {
			const road = [
				'Jalan desa itu rusak parah. Hal ini dikarenakan truk pasir melintas setiap hari.',
				'Warga menanam pohon pisang di tengah jalan. Sehingga pengendara harus memperlambat laju.',
				'Kepala desa mengirim surat ke dinas pekerjaan umum.',
				'Anak-anak berjalan kaki ke sekolah melewati sawah.',
				'Pedagang sayur memilih jalan memutar lewat kecamatan lain.'
			];
			const qs = whys(road);
			const slower = qs.find((q) => q.prompt.startsWith('Mengapa pengendara'));
			expect(slower?.answer).toBe('Karena warga menanam pohon pisang di tengah jalan');
			// "Jalan desa itu" points back to a village the question does not name.
			expect(qs.some((q) => q.prompt.includes('rusak'))).toBe(false);
			const named = road[0].replace(
				'Jalan desa itu rusak parah',
				'Jalan Desa Sukamaju mengalami kerusakan'
			);
			const trucks = whys([named, ...road.slice(1)]).find((q) => q.prompt.includes('kerusakan'));
			expect(trucks?.prompt).toBe('Mengapa Jalan Desa Sukamaju mengalami kerusakan?');
			expect(trucks?.answer).toBe('Karena truk pasir melintas setiap hari');
		});

		it('takes no speech tag for the reason ("Hal ini karena, kata Budi, …")', () => {
			const qs = whys([
				'Nelayan di Desa Sukamaju tidak bisa melaut. Hal ini karena, kata Budi, angin kencang.',
				'Kapal-kapal tampak berjejer di tepi pantai.',
				'Pedagang ikan di pasar menaikkan harga.',
				'Petugas memasang bendera merah di pos jaga.'
			]);
			for (const q of qs) expect(q.answer).not.toMatch(/^Karena kata/);
		});

		it('reads "Hal ini karena" after a sentence with places in apposition', () => {
			const q = whys([
				'Nelayan di Pantai Sendang, Kecamatan Pasir, Kabupaten Lumut, tidak bisa melaut.',
				'Hal ini karena gelombang tinggi, sehingga perahu tidak bisa keluar.',
				'Kapal-kapal tampak berjejer di tepi pantai.',
				'Pedagang ikan di pasar menaikkan harga.',
				'Petugas memasang bendera merah di pos jaga.'
			]).find((x) => x.prompt.includes('melaut'));
			expect(q?.prompt).toBe('Mengapa nelayan di Pantai Sendang tidak bisa melaut?');
			expect(q?.answer).toBe('Karena gelombang tinggi');
		});
	});

	it('asks about what a sentence names as its cause ("menjadi penyebab")', () => {
		const q = whys([
			'Warga desa resah karena kambing sering hilang.',
			'Harga jual yang tinggi menjadi salah satu penyebab pencuri mengincar kambing.',
			'Kepala desa menambah petugas ronda malam.',
			'Warga memasang lampu di kandang.'
		]).find((x) => x.prompt.includes('pencuri'));
		expect(q?.prompt).toBe('Mengapa pencuri mengincar kambing?');
		expect(q?.answer).toBe('Karena harga jual yang tinggi');
	});

	it('takes the cause out of a cleft, and asks nothing of a clause without its subject', () => {
		const qs = whys([
			'Warga desa resah karena kambing sering hilang.',
			'Harga jual yang tinggilah yang menjadi penyebab pencuri mengincar kambing.',
			'Kebun yang luas menjadi alasan tetap bertani meski harga pupuk naik.',
			'Kepala desa menambah petugas ronda malam.',
			'Warga memasang lampu di kandang.'
		]);
		expect(qs.find((x) => x.prompt.includes('pencuri'))?.answer).toBe(
			'Karena harga jual yang tinggi'
		);
		expect(qs.some((x) => x.prompt.includes('bertani'))).toBe(false);
	});

	it('offers no time adjunct, opening adverb or "pun" as a wrong reason', () => {
		const q = whys([
			'Api membakar dapur rumah warga di Desa Sukamaju.',
			'Selang beberapa menit atau sekitar pukul 12.50, asap terlihat dari jalan.',
			'Warga pun sudah ramai di lokasi membantu memadamkan api.',
			'Tiba-tiba saja pemilik rumah melihat api di kasur.',
			'Seorang warga menelepon petugas pemadam kebakaran. Pasalnya, api sudah cukup besar.',
			'Kerugian ditaksir mencapai puluhan juta rupiah.'
		]).find((x) => x.prompt.includes('menelepon'));
		expect(q?.answer).toBe('Karena api sudah cukup besar');
		for (const o of q!.options) expect(o).not.toMatch(/Selang|Tiba-tiba|\bpun\b/i);
	});

	it('reads a sentence opening with "Sebab," as the reason for the one before', () => {
		const q = whys([
			'Jalan menuju desa itu rusak dan berlubang.',
			'Pengendara yang melintas harus ekstra hati-hati. Sebab, lubang di jalan bisa membahayakan keselamatan.',
			'Warga sudah melapor ke dinas pekerjaan umum.',
			'Anak-anak berjalan kaki ke sekolah melewati sawah.',
			'Pedagang sayur memilih jalan memutar lewat kecamatan lain.'
		]).find((x) => x.prompt.includes('hati-hati'));
		expect(q?.prompt).toBe('Mengapa pengendara yang melintas harus ekstra hati-hati?');
		expect(q?.answer).toBe('Karena lubang di jalan bisa membahayakan keselamatan');
	});

	describe('a purpose after "agar" or "supaya"', () => {
		const harvest = [
			'Petani di Desa Sukamaju menunda panen agar padi kering di sawah.',
			'Polisi mengimbau pengendara motor agar beristirahat setiap dua jam.',
			'Pedagang beras menaikkan harga pekan ini.',
			'Penyuluh pertanian mendatangi kelompok tani setiap Rabu.',
			'Warga memperbaiki saluran irigasi bersama-sama.'
		];

		it('asks "Untuk apa" about the clause before it, with the purpose as the key', () => {
			const q = whys(harvest).find((x) => x.prompt.includes('menunda panen'));
			expect(q?.prompt).toBe('Untuk apa petani di Desa Sukamaju menunda panen?');
			expect(q?.answer).toBe('Agar padi kering di sawah');
			for (const o of q!.options) expect(o).toMatch(/^Agar \S/);
		});

		it('asks nothing whose clause points back ("desa itu", "hewan tersebut")', () => {
			const qs = whys([
				'Petani di desa itu menunda panen agar padi kering di sawah.',
				'Hewan tersebut menjadi buruan pencuri karena harganya tinggi.',
				...harvest.slice(2)
			]);
			expect(qs).toEqual([]);
		});

		it('leaves "agar" after a verb of asking alone: it says what was asked for', () => {
			expect(whys(harvest).some((x) => x.prompt.includes('mengimbau'))).toBe(false);
		});
	});
});
