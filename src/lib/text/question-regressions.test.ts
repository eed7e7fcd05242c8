/**
 * Failures a strict reading of generated questions found, each pinned by sentences written for
 * the project (no third-party text). The label is the rubric's failure code.
 */
import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { lexicon, rootDictionary } from './lexicon-data';
import { analyzeWord } from './morphology';
import { numericVariants, simpleRatio } from './numbers';
import { looksLikeCognate, lowScore, scoreOf } from './question-checks';
import { normaliseAnswer, withBalancedQuotes } from './question-utils';
import { generateQuestions as generateDefault } from './questions';

/** These tests read every kind, the drafts teachers get only on request included. */
const generateQuestions = (...[article, options]: Parameters<typeof generateDefault>) =>
	generateDefault(article, { ...options, drafts: true });
import { surfaceForm } from './word-questions';
import { allArticles } from '../../../tests/fixtures/text/articles';

const text = [
	'Liputan6.com, Bandung - Warga Desa Sukamaju mengungsi ke balai desa karena sungai di dekat kampung meluap. Petugas pemadam kebakaran membantu warga memindahkan barang.',
	'Kepala desa Budi Santoso mengatakan bahwa banjir merendam sekitar 325 rumah pada Senin (4/3). Hujan deras turun sejak Minggu malam sehingga jalan utama desa tertutup air.',
	'"Kami sudah menyiapkan dapur umum untuk para pengungsi," kata Budi Santoso.',
	'Sekolah dasar di desa itu diliburkan selama tiga hari. Pemerintah kabupaten mengirim dua perahu karet ke lokasi banjir tahun ini.',
	'Menurut Siti Aminah, air mulai surut pada Selasa (5/3). Ia meminta warga tetap waspada karena hujan masih mungkin turun.',
	'Perusahaan itu melakukan ekspansi ke Malaysia dan menambah investasi di Bandung. Harga sayur di pasar desa naik karena pasokan dari kebun terputus.',
	'Seorang relawan dari Jakarta, Dewi Lestari, mendirikan posko kesehatan di Jawa Barat. Posko itu dilansir sebagai tempat berobat gratis bagi warga.'
].join('\n');
const article = importArticle(text);
const pool = generateQuestions(article, { lexicon, dict: rootDictionary });
const evidenceOf = (q: (typeof pool)[number]) =>
	article.body.slice(q.evidence.start, q.evidence.end);
const statement = (p: string) => p.replace(/^Benar atau salah\?\s*/, '');

describe('regressions from reading the output as a teacher', () => {
	it('V: no true statement copies a sentence of the text word for word', () => {
		// Without a lexicon only the text's own kinds are built, so no word drill claims the sentences.
		const trueOnes = generateQuestions(article).filter(
			(q) => q.kind === 'true-false' && q.answer === 'Benar'
		);
		expect(trueOnes.length).toBeGreaterThan(0);
		for (const q of trueOnes) {
			const s = ' ' + normaliseAnswer(evidenceOf(q)) + ' ';
			expect(s.includes(' ' + normaliseAnswer(statement(q.prompt)) + ' '), q.prompt).toBe(false);
		}
	});

	it('SWAP: a false statement never puts a city for its province or an organisation for a place', () => {
		for (const q of pool.filter((x) => x.kind === 'true-false' && x.answer === 'Salah')) {
			const s = statement(q.prompt);
			expect(/Jawa Barat/.test(s) && !/Jawa Barat/.test(evidenceOf(q)), s).toBe(false);
			expect(/Bandung/.test(s) && !/Bandung/.test(evidenceOf(q)), s).toBe(false);
		}
	});

	it('TRIV: wrong amounts are never whole multiples of the key (325 / 650 / 975)', () => {
		for (const text of ['325 rumah', '1.300 orang', '13 izin', '6,5 persen', '48 jam'])
			for (const v of numericVariants(text)) {
				const n = (x: string) => Number(/[\d.,]+/.exec(x)![0].replace(/\./g, '').replace(',', '.'));
				expect(simpleRatio(n(v), n(text)), `${text} → ${v}`).toBe(false);
			}
		for (const q of pool.filter((x) => x.questionWord === 'Berapa')) {
			const n = (x: string) => Number(/[\d.,]+/.exec(x)?.[0].replace(/\./g, '').replace(',', '.'));
			for (const o of q.options.filter((o) => o !== q.answer && /\d/.test(o)))
				expect(simpleRatio(n(o), n(q.answer)), `${q.answer} / ${o}`).toBe(false);
		}
	});

	it('TRIV: no blank right after "para" (one human noun among the options gives it away)', () => {
		for (const q of pool.filter((x) => x.kind === 'cloze'))
			expect(/\bpara _____/i.test(q.prompt), q.prompt).toBe(false);
	});

	it('AFX: no affix item whose answer is the visible string (dilansir → di-)', () => {
		for (const q of pool.filter((x) => x.kind === 'morphology-affixes')) {
			const word = /"([^"]+)"/.exec(q.prompt)![1];
			expect(word.includes(q.root!), q.prompt).toBe(false);
		}
	});

	it('COG: no vocabulary item on a transparent cognate (ekspansi, investasi)', () => {
		expect(looksLikeCognate('ekspansi', ['expansion'])).toBe(true);
		expect(looksLikeCognate('investasi', ['investment'])).toBe(true);
		expect(looksLikeCognate('banjir', ['flood'])).toBe(false);
		// Indonesian writes p for the English ph and f: aspal, paspor.
		expect(looksLikeCognate('aspal', ['asphalt'])).toBe(true);
		expect(looksLikeCognate('paspor', ['passport'])).toBe(true);
		expect(looksLikeCognate('pipa', ['pipe'])).toBe(true);
		expect(looksLikeCognate('pohon', ['tree'])).toBe(false);
		for (const q of pool.filter((x) => x.kind.startsWith('vocab')))
			expect(['ekspansi', 'investasi'].includes(q.root!), q.prompt).toBe(false);
	});

	it('AMB: "tahun ini" is never a wrong option of a Kapan question', () => {
		for (const q of pool.filter((x) => x.questionWord === 'Kapan'))
			for (const o of q.options.filter((o) => o !== q.answer))
				expect(normaliseAnswer(o), q.prompt).not.toBe('tahun ini');
	});

	it('PRON: no fact, statement or why question leans on "ia", "kami" or "mereka"', () => {
		for (const q of pool.filter((x) => ['fact', 'true-false', 'why'].includes(x.kind)))
			expect(/(^|\s)(ia|kami|mereka|dia)(\s|[,.?])/i.test(statement(q.prompt)), q.prompt).toBe(
				false
			);
	});

	it('a Mengapa question from "karena" with the cause as its key', () => {
		const why = pool.filter((q) => q.kind === 'why');
		expect(why.length).toBeGreaterThan(0);
		for (const q of why) {
			expect(q.prompt).toMatch(/^(Mengapa|Bagaimana) /);
			expect(evidenceOf(q).toLowerCase()).toContain(
				q.answer.toLowerCase().replace(/^dengan cara /, '')
			);
			expect(q.options).toHaveLength(4);
		}
	});

	it('DUP: at most three items per sentence and one cloze per root', () => {
		const perSentence = new Map<number, number>();
		const clozeRoots = new Set<string>();
		for (const q of pool) {
			perSentence.set(q.evidence.start, (perSentence.get(q.evidence.start) ?? 0) + 1);
			if (q.kind === 'cloze') {
				expect(clozeRoots.has(q.root!), q.prompt).toBe(false);
				clozeRoots.add(q.root!);
			}
		}
		for (const n of perSentence.values()) expect(n).toBeLessThanOrEqual(3);
	});

	it("AMB: a blank offers other forms of its own root, none of the article's other words", () => {
		// A transport story: its own same-shape verbs (diangkut, dikirim, disita) fit each other's blanks.
		const story = importArticle(
			[
				'Polisi menyita dua karung beras yang hendak diangkut dengan truk dari gudang di pinggir kota.',
				'Beras itu rencananya akan dikirim ke pasar di kabupaten tetangga pada malam hari.',
				'Sopir truk itu ditangkap di jalan tol setelah petugas memeriksa surat jalan yang dibawanya.'
			].join('\n')
		);
		const words = new Set(story.body.toLowerCase().match(/\p{L}+/gu));
		const blanks = generateDefault(story, { lexicon, dict: rootDictionary }).filter(
			(q) => q.kind === 'cloze'
		);
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) {
			expect(q.typed, q.prompt).toBeFalsy();
			for (const option of q.options.filter((o) => o !== q.answer)) {
				expect(words.has(option), `${option} in ${q.prompt}`).toBe(false);
				const own = lexicon.formGloss(option) ?? lexicon.lookup(option)?.gloss;
				expect(own, option).toBeTruthy();
				expect(analyzeWord(option, rootDictionary).root, option).toBe(q.root);
			}
		}
	});

	it('AMB: no blank where a form that needs no object is the key (bergerak, membesar)', () => {
		const story = importArticle(
			'Api di gudang itu terus membesar sampai petugas pemadam kebakaran datang. Para relawan bergerak cepat membantu warga.'
		);
		const blanks = generateDefault(story, { lexicon, dict: rootDictionary }).filter(
			(q) => q.kind === 'cloze'
		);
		for (const q of blanks) expect(['membesar', 'bergerak']).not.toContain(q.answer);
	});

	it('kinds: who said a quote, and sentence order across one-sentence paragraphs, by default', () => {
		const story = importArticle(
			[
				'Banjir merendam ratusan rumah warga di tepi sungai sejak Senin pagi.',
				'"Kami sudah membuka dapur umum bagi para pengungsi di balai desa," kata Budi Santoso.',
				'Relawan bernama Siti Aminah dan dokter Rina Kartika memeriksa kesehatan anak-anak di posko.',
				'Hujan deras diperkirakan masih turun sampai akhir pekan ini.',
				'Petugas meminta warga menjauhi tepi sungai selama hujan turun.',
				'Sekolah di desa itu diliburkan selama tiga hari ke depan.'
			].join('\n')
		);
		const pool = generateDefault(story, { lexicon, dict: rootDictionary });
		const speaker = pool.find((q) => q.kind === 'speaker');
		expect(speaker?.answer).toBe('Budi Santoso');
		expect(speaker?.prompt).toMatch(/^Siapa yang mengatakan, "/);
		const who = pool.filter((q) => q.kind === 'speaker' || q.kind === 'reference');
		expect(new Set(who.map((q) => q.answer)).size).toBe(who.length);
		const order = pool.filter((q) => q.kind === 'order');
		expect(order.length).toBeGreaterThan(0);
		for (const q of order)
			expect(story.body.slice(q.evidence.start, q.evidence.end)).toContain('\n');
	});

	it('TRIV: the meaning of one of the commonest words starts hidden', () => {
		const story = importArticle(
			'Seorang warga desa menemukan dompet berisi uang di jalan dan menyerahkannya kepada polisi pada hari Senin.'
		);
		const items = generateDefault(story, { lexicon, dict: rootDictionary }).filter(
			(q) => (q.kind === 'vocab-meaning' || q.kind === 'vocab-word') && q.root
		);
		for (const q of items)
			if ((rootDictionary.zipf?.(q.root!) ?? 0) >= 6)
				expect(q.score ?? 0, q.prompt).toBeLessThan(lowScore);
	});

	it('GLOSS/FB: a meaning item a quiz may draw has a key a person vouched for', () => {
		// The real lexicon, with half of this text's words treated as never checked by hand.
		const unchecked = new Set([
			'tikungan',
			'balap',
			'tonton',
			'jaja',
			'minum',
			'periksa',
			'ban',
			'rem'
		]);
		const partial: typeof lexicon = {
			...lexicon,
			lookup: (root) => {
				const e = lexicon.lookup(root);
				return e && unchecked.has(e.lemma) ? { ...e, curated: false } : e;
			},
			formCurated: (form) => lexicon.formCurated(form) && !unchecked.has(rootOf(form))
		};
		const rootOf = (form: string) => analyzeWord(form, rootDictionary).root;
		const extra = importArticle(
			[
				'Pebalap muda itu menyalip dua lawan di tikungan terakhir dan memenangi balapan motor di sirkuit kota.',
				'Panitia menyediakan tiket murah bagi penonton, sementara pedagang menjajakan minuman di sekitar tribun.',
				'Para mekanik memeriksa rem dan ban setiap motor sebelum balapan dimulai pada pagi hari.',
				'Hujan deras membuat lintasan licin, sehingga panitia menunda balapan selama satu jam.'
			].join('\n')
		);
		const items = generateQuestions(extra, { lexicon: partial, dict: rootDictionary }).filter(
			(q) => q.kind === 'vocab-meaning' || q.kind === 'vocab-word'
		);
		const vouched = (q: (typeof items)[number]) => {
			const word = /"([^"]+)"/.exec(q.prompt)![1];
			const ownMeaning = q.kind === 'vocab-meaning' && !q.prompt.includes('kata dasar');
			return ownMeaning && word !== q.root
				? partial.formCurated(word)
				: !!partial.lookup(q.root!)?.curated;
		};
		const shown = items.filter((q) => (q.score ?? 0) >= lowScore);
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(vouched(q), q.prompt).toBe(true);
		const held = items.filter((q) => (q.score ?? 0) < lowScore);
		expect(held.length).toBeGreaterThan(0);
		for (const q of held) {
			expect(vouched(q), q.prompt).toBe(false);
			// Feedback never states the unchecked root gloss as fact.
			expect(q.explanation, q.explanation).not.toMatch(new RegExp(`(^|\\. )${q.root}: `));
		}
	});

	it('SWAP: a statement built from a sentence that opens with a name keeps the name capitalised', () => {
		const names = importArticle(
			[
				'Dewi Lestari menerima penghargaan dari gubernur di Bandung pada Senin pagi.',
				'Rudi Hartono membuka pameran batik di Yogyakarta bersama para perajin muda.',
				'Siti Aminah mengundang warga untuk menanam pohon di sepanjang sungai kota.'
			].join('\n')
		);
		const statements = generateQuestions(names, { lexicon, dict: rootDictionary })
			.filter((q) => q.kind === 'true-false')
			.map((q) => statement(q.prompt));
		expect(statements.length).toBeGreaterThan(0);
		for (const s of statements) expect(s, s).not.toMatch(/\b(dewi|rudi|siti) [A-Z]/);
	});

	it('TRIV/DUP: no bracketed hint in a meaning option, one item per word, roots typed', () => {
		const roots = new Map<string, number>();
		for (const q of pool) {
			if (q.kind === 'vocab-meaning' || q.kind === 'vocab-word')
				for (const o of [...q.options, q.prompt.replace(/^[^"]*"[^"]*"/, '')])
					expect(o, q.prompt).not.toMatch(/\(/);
			if (q.root) roots.set(q.root, (roots.get(q.root) ?? 0) + 1);
			if (q.kind === 'morphology-root') expect(q.typed, q.prompt).toBe(true);
		}
		for (const [root, n] of roots) expect(n, root).toBe(1);
	});

	it('FB: word feedback gives the parts and vouched meanings, not general affix notes', () => {
		const words = pool.filter((q) => q.root && q.kind !== 'morphology-affixes');
		expect(words.length).toBeGreaterThan(0);
		for (const q of words) expect(q.explanation, q.explanation).not.toMatch(/makes an? |verb;/);
	});

	it('a hidden kind never takes a sentence from a kind a quiz may draw', () => {
		const visible = pool.filter((q) => (q.score ?? 0) >= lowScore);
		const hidden = pool.filter((q) => (q.score ?? 0) < lowScore);
		expect(visible.length).toBeGreaterThan(hidden.length);
	});

	it('AFX: a root item only where a nasal prefix hid the root, and no affix items', () => {
		const roots = pool.filter((q) => q.kind === 'morphology-root');
		expect(roots.length).toBeGreaterThan(0);
		for (const q of roots) {
			const word = /"([^"]+)"/.exec(q.prompt)![1].toLowerCase();
			expect(word.includes(q.answer), `${word} → ${q.answer}`).toBe(false);
		}
		expect(pool.some((q) => q.kind === 'morphology-affixes')).toBe(false);
	});

	it('FB: feedback writes the prefix as it is spelt when the root follows it unchanged', () => {
		expect(surfaceForm('peN-', 'petugas', 'tugas')).toBe('pe-');
		expect(surfaceForm('meN-', 'membantu', 'bantu')).toBe('mem-');
		expect(surfaceForm('peN-…-an', 'pengiriman', 'kirim')).toBe('peN-…-an');
		expect(surfaceForm('meN-', 'mengatakan', 'kata')).toBe('meN-');
		expect(surfaceForm('di-', 'dicetak', 'cetak')).toBe('di-');
	});

	it('TRIV: every meaning option is one sense, so the key does not stand out by its length', () => {
		for (const q of pool.filter((x) => x.kind === 'vocab-meaning'))
			for (const o of q.options) expect(o, q.prompt).not.toContain(';');
	});

	it('every item carries a score between 0 and 1', () => {
		for (const q of pool) {
			expect(q.score).toBeGreaterThan(0);
			expect(q.score).toBeLessThanOrEqual(1);
		}
	});
});

describe('affix items (AFX)', () => {
	it('start below the low-score line, so quizzes skip them and the teacher sees them hidden', () => {
		expect(scoreOf('morphology-affixes', 1, [])).toBeLessThan(lowScore);
		expect(scoreOf('morphology-root', 1, [])).toBeGreaterThanOrEqual(lowScore);
	});
});

describe('words of a multiword unit', () => {
	it('GLOSS: are never drilled alone (bicara in juru bicara, musim in musim hujan)', () => {
		const qs = generateQuestions(
			importArticle(
				[
					'Wali kota itu meresmikan pasar baru di pusat kota pada Senin pagi bersama para pejabat daerah.',
					'Salah satu pedagang menjual sayur segar dari kebun sendiri kepada pembeli yang datang sejak subuh.',
					'Rumah sakit umum daerah menyiapkan ruang perawatan tambahan bagi pasien demam berdarah.',
					'Para petani menanam padi pada musim hujan dan memanen hasilnya pada musim kemarau panjang.',
					'Juru bicara pemerintah kota mengatakan bahwa anggaran pembangunan pasar berasal dari dana daerah.'
				].join('\n')
			),
			{ lexicon, dict: rootDictionary }
		);
		expect(qs.length).toBeGreaterThan(5);
		for (const q of qs)
			expect(q.root ?? '', q.prompt).not.toMatch(/^(wali|salah|bicara|demam|musim|sakit)$/);
	});
});

describe('vocabulary options', () => {
	const own = importArticle(
		[
			'Jakarta - Pemerintah kota mencatat kerugian akibat banjir senilai Rp4 miliar pada pekan lalu.',
			'Bantuan sebesar Rp2 miliar dikirim ke desa yang terendam, ujarnya kepada wartawan.',
			'"Kami mengikuti rapat dengan warga ketimbang menunggu laporan dari kantor kecamatan," katanya.',
			'Petugas mengalami kesulitan karena air merendam jalan dan menggenangi sawah di dekat sungai.'
		].join('\n')
	);
	const items = generateQuestions(own, { lexicon, dict: rootDictionary }).filter(
		(q) => q.kind === 'vocab-meaning'
	);

	it('AMB: never offers a reporting frame or a sense the key word also has', () => {
		expect(items.length).toBeGreaterThan(2);
		for (const q of items) {
			for (const o of q.options) expect(o, q.prompt).not.toMatch(/^he\/she /);
			if (/"(senilai|sebesar)"/.test(q.prompt))
				expect(
					q.options.filter((o) => /worth|as big as|amounting/.test(o)),
					q.prompt
				).toHaveLength(1);
			if (/"(merendam|menggenangi)"/.test(q.prompt))
				expect(
					q.options.filter((o) => /flood|submerge|soak/.test(o)),
					q.prompt
				).toHaveLength(1);
		}
	});

	it('TRIV: each option is one sense, without commas', () => {
		for (const q of items) for (const o of q.options) expect(o, q.prompt).not.toMatch(/[;,]/);
	});

	it('TRIV: no option carries the "the" or "his/her" of -nya, which only the key would have', () => {
		const withNya = importArticle(
			[
				'Warga membuang sampah pada tempatnya di tepi sungai.',
				'Kenaikannya membuat pedagang di pasar kecamatan mengeluh.',
				'Petugas membantu membersihkan saluran air bersama relawan.',
				'Pemerintah desa membeli mesin pompa untuk sawah.'
			].join('\n')
		);
		const meanings = generateQuestions(withNya, { lexicon, dict: rootDictionary }).filter(
			(q) => q.kind === 'vocab-meaning'
		);
		expect(meanings.length).toBeGreaterThan(1);
		for (const q of [...meanings, ...items])
			for (const o of q.options) expect(o, q.prompt).not.toMatch(/^(the|his|her|its|his\/her) /i);
	});
});

describe('quotation marks in prompts', () => {
	it('drops a quote mark left unmatched by cutting a sentence out of a quotation', () => {
		expect(withBalancedQuotes('"Harga cabai naik di semua kota.')).toBe(
			'Harga cabai naik di semua kota.'
		);
		expect(withBalancedQuotes('Kenaikan tertinggi di Bogor," ucapnya.')).toBe(
			'Kenaikan tertinggi di Bogor, ucapnya.'
		);
		expect(withBalancedQuotes('"Stok aman," kata dia.')).toBe('"Stok aman," kata dia.');
		expect(withBalancedQuotes('Harga naik,” kata dia.')).toBe('Harga naik, kata dia.');
	});

	it('leaves no unmatched mark in cloze and order prompts', () => {
		for (const q of pool.filter((x) => x.kind === 'cloze' || x.kind === 'order'))
			for (const line of q.prompt.split('\n'))
				expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
	});
});

describe('grammatical uses', () => {
	it('GLOSS: a word read through its neighbour (pukul 19.00, 1.200 jiwa) is not drilled for its meaning', () => {
		const own = importArticle(
			[
				'Bandung - Hujan deras turun sejak pukul 19.00 WIB dan merendam rumah warga di tepi sungai.',
				'Sebanyak 1.200 jiwa mengungsi ke balai desa, sementara petugas membagikan makanan kepada anak-anak.',
				'Petugas memukul kentongan untuk memperingatkan warga yang masih tidur di rumah mereka.'
			].join('\n')
		);
		const qs = generateQuestions(own, { lexicon, dict: rootDictionary });
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs.filter((x) => x.kind === 'vocab-meaning' || x.kind === 'vocab-word'))
			expect(q.prompt, q.prompt).not.toMatch(/"(pukul|jiwa)"/);
	});
});

describe('TRIV: option shapes that give the key away', () => {
	const own = importArticle(
		[
			'Tetangganya segera menelepon petugas pemadam ketika asap mengepul dari dapur rumah itu.',
			'Tukang bangunan memperbaiki atap sekolah yang bocor sejak musim hujan tiba.',
			'Kondisi jalan desa memburuk dan indikator kerusakan terlihat di banyak titik.',
			'Program rehabilitasi jembatan dimulai pekan depan dengan anggaran dari kabupaten.'
		].join('\n')
	);
	const items = generateDefault(own, { lexicon, dict: rootDictionary });

	it('never keys "his/her …" for a -nya form among options without it', () => {
		const meaning = items.filter((x) => x.kind === 'vocab-meaning');
		expect(meaning.length).toBeGreaterThan(0);
		for (const q of meaning)
			expect(q.options.some((o) => /^(his\/her|its|their) /.test(o))).toBe(false);
	});

	it('offers no transparent cognate as a wrong root', () => {
		const word = items.filter((x) => x.kind === 'vocab-word');
		expect(word.length).toBeGreaterThan(0);
		for (const q of word)
			for (const o of q.options.filter((x) => x !== q.answer))
				expect(['rehabilitasi', 'kondisi', 'indikator', 'program']).not.toContain(o);
	});
});

describe('TRIV: sentences that number themselves', () => {
	it('keeps an order item of ranked sentences below the line a quiz draws from', () => {
		const ranked = importArticle(
			[
				'Lomba menghias kampung digelar warga selama sepekan penuh.',
				'Juara pertama diraih warga RW 05 dengan hiasan bambu.',
				'Tempat kedua jatuh kepada warga RW 02 yang memakai lampu warna-warni.',
				'Tempat ketiga diraih warga RW 07 dengan mural di sepanjang gang.',
				'Panitia berharap lomba serupa digelar lagi tahun depan.'
			].join(' ')
		);
		const items = generateDefault(ranked).filter((q) => q.kind === 'order');
		const numbered = items.filter(
			(x) => x.prompt.split('\n').filter((line) => /pertama|kedua|ketiga/.test(line)).length >= 2
		);
		expect(numbered.length).toBeGreaterThan(0);
		for (const q of numbered) expect(q.score!).toBeLessThan(lowScore);
	});
});

describe('COG: a look-alike in any sense the feedback lists', () => {
	it('does not ask the meaning of paket, whose listed senses include "packet"', () => {
		const aid = importArticle(
			[
				'Pemerintah desa membagikan paket sembako kepada warga miskin di balai desa.',
				'Setiap paket berisi beras, minyak goreng dan gula pasir.',
				'Warga antre dengan tertib sejak pagi hari.'
			].join('\n')
		);
		const items = generateDefault(aid, { lexicon, dict: rootDictionary });
		expect(items.some((q) => q.kind === 'vocab-meaning')).toBe(true);
		expect(items.some((q) => q.kind.startsWith('vocab') && q.root === 'paket')).toBe(false);
	});

	it('FB: no word drill teaches a preposition written onto a noun as the prefix di-', () => {
		const slip = importArticle(
			[
				'Pencurian sapi marak diwilayah Kecamatan Sukamaju dalam sebulan terakhir.',
				'Warga memperketat ronda malam dan memasang lampu di kandang ternak mereka.',
				'Polisi menangkap dua pelaku yang membawa sapi curian dengan mobil bak terbuka.'
			].join('\n')
		);
		const qs = generateQuestions(slip, { lexicon, dict: rootDictionary });
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs.filter((x) => x.kind !== 'order'))
			expect(`${q.prompt} ${q.answer} ${q.explanation}`).not.toMatch(/diwilayah/);
	});

	describe('on every shipped article', () => {
		const pools = Object.values(allArticles).map((a) => ({
			article: a,
			qs: generateDefault(a, { lexicon, dict: rootDictionary })
		}));
		const participle = (g: string) => /^be /.test(g) || /^[a-z]{3,}ed\b/.test(g);

		it('TRIV: a visible passive meaning has passive company among its options', () => {
			for (const { qs } of pools)
				for (const q of qs.filter((x) => x.kind === 'vocab-meaning' && participle(x.answer)))
					if ((q.score ?? 0) >= lowScore)
						expect(q.options.filter(participle).length, q.prompt).toBeGreaterThanOrEqual(3);
		});

		it('AMB, TRIV: no blank after a preposition, a count or para; none on a copula', () => {
			for (const { qs } of pools)
				for (const q of qs.filter((x) => x.kind === 'cloze')) {
					expect(q.prompt).not.toMatch(/\b(dengan|untuk|dalam|tanpa|setelah|sebelum) _/i);
					expect(q.root).not.toBe('jadi');
					// TRIV: after a count or "para" only a noun fits, and the key is the only noun.
					expect(q.prompt).not.toMatch(/(\d|\b(para|seorang|sebuah|beberapa|sejumlah)) _/i);
					if (!/^(me|di|ter|ber|pe)/.test(q.answer))
						expect(q.prompt).not.toMatch(/\b(di|ke|dari|pada) _/i);
				}
		});

		it('GLOSS: a root is asked for by at most two senses, the one the sentence uses first', () => {
			for (const { qs } of pools)
				for (const q of qs.filter((x) => x.kind === 'vocab-word')) {
					const meaning = /berarti "([^"]*)"/.exec(q.prompt)![1];
					expect(meaning.split('; ').length, q.prompt).toBeLessThanOrEqual(2);
				}
		});
	});
});
