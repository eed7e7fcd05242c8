import { describe, expect, it } from 'vitest';
import { allArticles, seedArticle } from '../../../tests/fixtures/text/articles';
import { recogniseEntities, type EntityType } from './entities';
import { functionWords } from './entity-words';
import { sentencesOf } from './tokenize';

function typesOf(body: string): Map<string, Set<EntityType>> {
	const out = new Map<string, Set<EntityType>>();
	for (const s of recogniseEntities(sentencesOf(body), functionWords))
		for (const e of s.entities) out.set(e.text, (out.get(e.text) ?? new Set()).add(e.type));
	return out;
}

describe('recogniseEntities on the shipped article', () => {
	const types = typesOf(seedArticle.body);
	const expectType = (text: string, type: EntityType) =>
		expect([...(types.get(text) ?? [])], text).toEqual([type]);

	it('finds people, including names behind roles and short forms', () => {
		for (const p of [
			'Vladimir Putin',
			'Kim Jong Un',
			'Dmitry Peskov',
			'Linda Thomas-Greenfield',
			'Leif-Eric Easley',
			'Easley'
		])
			expectType(p, 'person');
	});

	it('finds places from the gazetteer, directions and locative phrases', () => {
		for (const p of [
			'Korea Utara',
			'Rusia',
			'Vladivostok',
			'Kosmodrom Vostochny',
			'Semenanjung Korea',
			'Amerika Serikat',
			'AS'
		])
			expectType(p, 'place');
	});

	it('finds organisations, not summits', () => {
		for (const o of [
			'KCNA',
			'PBB',
			'JCS',
			'Dewan Keamanan',
			'Universitas Wanita Ewha',
			'Kepala Staf Gabungan Korea Selatan'
		])
			expectType(o, 'org');
		expect(types.has('KTT')).toBe(false);
	});

	it('reads dates and quantities with their units', () => {
		for (const d of ['Kamis (14/9/2023)', 'Rabu (13/9)', 'April 2019']) expectType(d, 'date');
		for (const q of ['sekitar 650 kilometer', 'lima jam', 'lebih dari 18 bulan', 'dua kali'])
			expectType(q, 'quantity');
		expect(types.has('1')).toBe(false); // "Russia 1" is a channel
	});

	it('links a short form to the full name', () => {
		const all = recogniseEntities(sentencesOf(seedArticle.body), functionWords).flatMap(
			(s) => s.entities
		);
		const putin = all.filter((e) => e.text === 'Putin');
		expect(putin.length).toBeGreaterThan(3);
		for (const e of putin) expect(e.display).toBe('Vladimir Putin');
	});
});

describe('recogniseEntities on made-up articles', () => {
	it('finds a person at the end of a long role and organisation run', () => {
		const types = typesOf(allArticles.banjir.body);
		expect([...(types.get('Dodi Supriadi') ?? [])]).toEqual(['person']);
		expect([...(types.get('Kecamatan Tambun') ?? [])]).toEqual(['place']);
	});

	it('splits an organisation, rank or ministry word from the person after it', () => {
		const types = typesOf(
			'Juru bicara Kemenkes Siti Nadia Tarmizi menjelaskan hal itu. Kepala Pusat Data BNPB Raditya Jati merinci jumlahnya. Menurut Kapolres Bogor AKBP Rudi Setiawan, pelaku sudah ditangkap.'
		);
		for (const name of ['Siti Nadia Tarmizi', 'Raditya Jati', 'Rudi Setiawan'])
			expect([...(types.get(name) ?? [])], name).toEqual(['person']);
		expect([...types.keys()].some((k) => /Kemenkes Siti|BNPB Raditya|AKBP Rudi/.test(k))).toBe(
			false
		);
	});

	it('keeps a body whose name joins two fields with "dan" whole', () => {
		const types = typesOf(
			'Kepala Dinas Pertanian dan Ketahanan Pangan Sleman, Wawan Gunadi, meninjau sawah. Menurut Dinas Kesehatan dan Sosial Bantul, warga sudah diperiksa.'
		);
		expect([...(types.get('Dinas Pertanian dan Ketahanan Pangan Sleman') ?? [])]).toEqual(['org']);
		expect([...(types.get('Dinas Kesehatan dan Sosial Bantul') ?? [])]).toEqual(['org']);
		expect([...(types.get('Wawan Gunadi') ?? [])]).toEqual(['person']);
		expect([...types.keys()].some((k) => /^(Ketahanan|Sosial)/.test(k))).toBe(false);
	});

	it('reads the place at the end of an office as the place, not a first name', () => {
		const body =
			'Kepala Dinas Pendidikan Sragen Suwarno mengatakan atap sekolah ambruk. "Kami sudah melapor," ucap Suwarno. Laporan itu dikirim ke Bupati Sragen.';
		const people = recogniseEntities(sentencesOf(body), functionWords)
			.flatMap((s) => s.entities)
			.filter((e) => e.type === 'person');
		expect(people.filter((e) => e.text.includes('Suwarno')).map((e) => e.display)).toEqual([
			'Suwarno',
			'Suwarno'
		]);
		expect(people.some((e) => e.display.includes('Sragen Suwarno'))).toBe(false);
	});

	it('does not take the name of a kind of thing for a person', () => {
		const types = typesOf(
			'Demam berdarah ditularkan nyamuk Aedes Aegypti. Petani menanam varietas Inpari Sidenuk tahun ini.'
		);
		expect(types.get('Aedes Aegypti')?.has('person') ?? false).toBe(false);
		expect(types.get('Inpari Sidenuk')?.has('person') ?? false).toBe(false);
	});

	it('does not read a time of day as an amount', () => {
		const types = typesOf(allArticles.banjir.body);
		expect([...types.keys()].some((k) => k.includes('dini'))).toBe(false);
	});

	it('splits a school name from the teacher behind an honorific, and keeps the role', () => {
		const types = typesOf(allArticles.sekolah.body);
		expect([...(types.get('Ratna Dewi') ?? [])]).toEqual(['person']);
		const entry = recogniseEntities(sentencesOf(allArticles.sekolah.body), functionWords).find(
			(x) => x.entities.some((e) => e.text === 'Ratna Dewi' && e.role)
		)!;
		const e = entry.entities.find((x) => x.text === 'Ratna Dewi')!;
		const role = entry.sentence.tokens
			.slice(e.role!.first, e.role!.last + 1)
			.map((t) => t.text)
			.join(' ');
		expect(role).toBe('Kepala sekolah SD Negeri Sukaharja');
	});

	it('reads the role before a person in the shipped article', () => {
		const all = recogniseEntities(sentencesOf(seedArticle.body), functionWords);
		const roleOf = (name: string) => {
			const entry = all.find((x) => x.entities.some((e) => e.text === name && e.role))!;
			const e = entry.entities.find((x) => x.text === name && x.role)!;
			return entry.sentence.tokens
				.slice(e.role!.first, e.role!.last + 1)
				.map((t) => t.text)
				.join(' ');
		};
		expect(roleOf('Dmitry Peskov')).toBe('juru bicara Kremlin');
		expect(roleOf('Linda Thomas-Greenfield')).toBe('Duta Besar AS untuk PBB');
	});

	it('takes a name with an age in brackets for a person, even a one-word name', () => {
		const all = recogniseEntities(
			sentencesOf(
				'Salah satu petani, Warsito (52), mengaku rugi. Warsito berharap harga segera naik.'
			),
			functionWords
		);
		const people = all.flatMap((x) => x.entities.filter((e) => e.type === 'person'));
		expect(people.map((e) => e.text)).toEqual(['Warsito', 'Warsito']);
		expect(people[0].aged).toBe(true);
		expect(people[1].key).toBe(people[0].key);
	});
});
