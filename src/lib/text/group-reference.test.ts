import { describe, expect, it } from 'vitest';
import { recogniseEntities } from './entities';
import { functionWords } from './entity-words';
import { groupReferenceQuestions } from './group-reference';
import { importArticle } from './import-article';
import { questionSentences } from './questions';

const questions = (text: string) => {
	const article = importArticle(text);
	return groupReferenceQuestions(
		recogniseEntities(questionSentences(article), functionWords),
		article.body
	);
};

describe('whom "mereka" means', () => {
	it('asks for the one group named in the sentence before, with other groups as options', () => {
		const qs = questions(
			[
				'Hujan deras membuat nelayan pantai utara tidak melaut sejak Senin. Mereka memilih memperbaiki jaring di rumah.',
				'Pedagang ikan di pasar mengeluh karena pasokan berkurang, sementara pembeli harus membayar lebih mahal.'
			].join('\n')
		);
		expect(qs).toHaveLength(1);
		expect(qs[0].answer).toBe('nelayan pantai utara');
		expect(qs[0].prompt).toMatch(
			/^Dalam kalimat "Mereka memilih .*", siapa yang dimaksud dengan "mereka"\?$/
		);
		expect([...qs[0].distractors].sort()).toEqual(['pedagang ikan', 'pembeli']);
	});

	it('skips a sentence before with two groups, or with a person', () => {
		const qs = questions(
			[
				'Petugas mengevakuasi warga dari rumah yang terendam. Mereka dibawa ke balai desa.',
				'Camat Joko Susilo menemui pengungsi di posko. Mereka meminta selimut dan makanan.',
				'Relawan dan pedagang membagikan nasi bungkus kepada pengendara yang terjebak banjir.'
			].join('\n')
		);
		expect(qs).toEqual([]);
	});

	it('never offers a group of the same kind as the answer', () => {
		const qs = questions(
			[
				'Banjir merendam rumah warga di tepi sungai. Mereka mengungsi ke sekolah.',
				'Masyarakat sekitar membantu dengan dapur umum, sementara petugas dan relawan mendata pengungsi di posko.'
			].join('\n')
		);
		for (const q of qs) expect(q.distractors).not.toContain('masyarakat sekitar');
		expect(qs[0]?.answer).toBe('warga');
	});

	it('offers neither residents nor a group named with the root of the answer', () => {
		const qs = questions(
			[
				'Harga gabah turun membuat para petani di desa itu resah. Mereka menjual gabah kepada tengkulak dengan harga murah.',
				'Warga tani dan pedagang beras di pasar juga mengeluh, sementara pembeli justru senang.'
			].join('\n')
		);
		expect(qs[0]?.answer).toBe('petani');
		for (const q of qs) {
			expect(q.distractors).not.toContain('warga tani');
			expect(q.distractors.some((d) => d.startsWith('warga'))).toBe(false);
		}
	});
});
