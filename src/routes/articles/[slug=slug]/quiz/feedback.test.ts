import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../../../tests/support/locale';
import { explanationBesideEvidence, explanationInInterface } from './feedback';

describe('explanationBesideEvidence', () => {
	const quotation = '"Kami senang sekali," kata kepala sekolah itu kepada wartawan.';

	it('drops the quoted copy of the evidence, so a quotation is not wrapped in a second pair of quotes', () => {
		expect(
			explanationBesideEvidence(
				`Benar: kalimat ini ada di artikel. Bukti: "${quotation}"`,
				quotation
			)
		).toBe('Benar: kalimat ini ada di artikel.');
	});

	it('drops a copy cut short with an ellipsis', () => {
		const long = `Murid-murid membaca buku baru di perpustakaan desa ${'setiap hari '.repeat(20)}sampai sore.`;
		const cut = `${long.slice(0, 217)}…`;
		expect(explanationBesideEvidence(`pustaka → perpustakaan. Bukti: "${cut}"`, long)).toBe(
			'pustaka → perpustakaan.'
		);
	});

	it('drops the three sentences after an order question’s answer, whatever the spacing in the text', () => {
		const sentences = 'Hujan turun. Jalan banjir.\nSekolah libur.';
		expect(
			explanationBesideEvidence(
				'Urutan dalam artikel: B–A–C. Hujan turun. Jalan banjir. Sekolah libur.',
				sentences
			)
		).toBe('Urutan dalam artikel: B–A–C.');
	});

	it('keeps an explanation that quotes some other sentence, or none', () => {
		const other = 'Salah: teks menyebut "Bandung", bukan "Medan". Bukti: "Rapat itu di Bandung."';
		expect(explanationBesideEvidence(other, 'Kepala sekolah datang dari Surabaya.')).toBe(other);
		expect(explanationBesideEvidence('tegas (adj): firm; clear.', quotation)).toBe(
			'tegas (adj): firm; clear.'
		);
	});
});

describe('explanationInInterface', () => {
	it('says the core’s fixed phrases in the interface language and keeps the quotes', () => {
		expect(explanationInInterface('Urutan dalam artikel: B–A–C.')).toBe(
			'Order in the article: B–A–C.'
		);
		expect(
			explanationInInterface('Salah: teks menyebut "Bandung", bukan "Medan". Bukti: "Rapat itu."')
		).toBe('False: the text says "Bandung", not "Medan". Evidence: "Rapat itu."');
		expect(
			explanationInInterface('Benar: teks mengatakan hal yang sama dengan kata-kata lain.')
		).toBe('True: the text says the same in other words.');
		expect(explanationInInterface('Mengapa? Kalimat ini memakai "karena": hujan.')).toBe(
			'Mengapa? This sentence uses "karena": hujan.'
		);
		expect(explanationInInterface('"Ia" merujuk ke orang yang disebut sebelumnya: Putin.')).toBe(
			'"Ia" refers to the person named before: Putin.'
		);
	});

	it('says the why and size-of-a-change explanations in the interface language too', () => {
		expect(
			explanationInInterface('Kalimat ini dibuka dengan sebabnya ("karena"): Karena hujan.')
		).toBe('The sentence opens with its cause ("karena"): Karena hujan.');
		expect(
			explanationInInterface('Mengapa? "Akibatnya" merujuk ke kalimat sebelumnya: Karena hujan.')
		).toBe('"Akibatnya" points back to the sentence before: Karena hujan.');
		expect(
			explanationInInterface(
				'Mengapa? "Pasalnya" memberi alasan untuk kalimat sebelumnya: Karena hujan.'
			)
		).toBe('"Pasalnya" gives the reason for the sentence before: Karena hujan.');
		expect(explanationInInterface('Dari Rp 40.000 menjadi Rp 65.000: kenaikannya Rp 25.000.')).toBe(
			'From Rp 40.000 to Rp 65.000: a rise of Rp 25.000.'
		);
		expect(explanationInInterface('Dari 240 orang menjadi 95 orang: penurunannya 145 orang.')).toBe(
			'From 240 orang to 95 orang: a fall of 145 orang.'
		);
	});

	it('names a reduplication in a word’s parts in the interface language', () => {
		const explanation = 'negara-negara = negara + reduplication. negara: country.';
		expect(explanationInInterface(explanation)).toBe(explanation);
		expect(inLocale('id', () => explanationInInterface(explanation))).toBe(
			'negara-negara = negara + reduplikasi. negara: country.'
		);
		expect(
			inLocale('id', () => explanationInInterface('lelaki = laki + partial reduplication.'))
		).toBe('lelaki = laki + reduplikasi sebagian.');
	});

	it('leaves other explanations alone', () => {
		expect(explanationInInterface('tegas (adj): firm; clear.')).toBe('tegas (adj): firm; clear.');
	});
});
