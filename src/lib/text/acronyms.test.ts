import { describe, expect, it } from 'vitest';
import { acronymsDefinedIn } from './acronyms';
import { tokenize } from './tokenize';

const defined = (text: string) =>
	acronymsDefinedIn(
		text,
		tokenize(text).flatMap((p) => p.sentences.map((s) => s.tokens))
	);

describe('acronymsDefinedIn', () => {
	it('reads an expansion written before the bracketed acronym', () => {
		const map = defined(
			'Surat itu dikirim lewat Persatuan Petani Garam Nusantara (PPGN) kepada tempat pelelangan ikan (TPI) di desa.'
		);
		expect(map.get('PPGN')).toBe('Persatuan Petani Garam Nusantara');
		expect(map.get('TPI')).toBe('tempat pelelangan ikan');
	});

	it('reads an expansion written inside the bracket after the acronym, and syllable acronyms', () => {
		const map = defined(
			'Menurut BPKD (Badan Pengelola Keuangan Daerah), Dinas Kesehatan (Dinkes) bekerja.'
		);
		expect(map.get('BPKD')).toBe('Badan Pengelola Keuangan Daerah');
		expect(map.get('Dinkes')).toBe('Dinas Kesehatan');
	});

	it('does not invent an expansion the letters do not spell', () => {
		expect(defined('Warga kampung itu menolak rencana (KTP) baru.').size).toBe(0);
		expect(defined('Hujan turun di Bogor (BMKG).').size).toBe(0);
		expect(defined('Ia tinggal di rumah (Bogor) sejak kecil.').size).toBe(0);
	});
});
