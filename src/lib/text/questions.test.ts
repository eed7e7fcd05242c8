import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allArticles, madeUpArticles, seedArticle } from '../../../tests/fixtures/text/articles';
import { recogniseEntities, type EntityType } from './entities';
import { functionWords } from './entity-words';
import { lexicon, rootDictionary } from './lexicon-data';
import { normaliseAnswer } from './question-utils';
import {
	generateQuestions as generateDefault,
	questionProblems,
	questionSentences
} from './questions';

/** These tests read every kind, the drafts teachers get only on request included. */
const generateQuestions = (...[article, options]: Parameters<typeof generateDefault>) =>
	generateDefault(article, { ...options, drafts: true });
import { sentencesOf } from './tokenize';
import type { CleanArticle, Question } from './types';

const options = { lexicon, dict: rootDictionary };
const generate = (a: CleanArticle) => generateQuestions(a, options);
const seedQuestions = generate(seedArticle);

/** The invariants every generated question set must satisfy. */
function checkAll(article: CleanArticle, questions: Question[]): void {
	const ids = new Set<string>();
	const evidenceAnswer = new Set<string>();
	for (const q of questions) {
		expect(questionProblems(q, article), `${q.kind}: ${q.prompt}`).toEqual([]);
		expect(ids.has(q.id), `duplicate id ${q.id}`).toBe(false);
		ids.add(q.id);
		const key = `${q.evidence.start}:${normaliseAnswer(q.answer)}:${q.kind === 'morphology-affixes' ? q.prompt : ''}`;
		expect(evidenceAnswer.has(key), `same evidence and answer: ${q.prompt}`).toBe(false);
		evidenceAnswer.add(key);
		if (!q.typed) expect(q.options.filter((o) => o === q.answer)).toHaveLength(1);
		if (q.kind === 'cloze') {
			expect(q.prompt.split('_____')).toHaveLength(2);
			const prompt = ' ' + normaliseAnswer(q.prompt) + ' ';
			expect(prompt.includes(' ' + normaliseAnswer(q.answer) + ' ')).toBe(false);
		}
	}
}

const countBy = (qs: Question[], f: (q: Question) => string | undefined) => {
	const out: Record<string, number> = {};
	for (const q of qs) {
		const k = f(q);
		if (k) out[k] = (out[k] ?? 0) + 1;
	}
	return out;
};

describe('generateQuestions on the shipped article', () => {
	it('yields at least 40 questions over at least four kinds', () => {
		expect(seedQuestions.length).toBeGreaterThanOrEqual(40);
		expect(Object.keys(countBy(seedQuestions, (q) => q.kind)).length).toBeGreaterThanOrEqual(4);
	});

	it('has at least 8 fact questions covering Siapa, Di mana and Berapa', () => {
		// Its Kapan candidates all lose their referent ("hal tersebut", "mereka") or offer
		// "tahun ini", which is true as well: none may stay.
		const facts = seedQuestions.filter((q) => q.kind === 'fact');
		expect(facts.length).toBeGreaterThanOrEqual(8);
		const words = countBy(facts, (q) => q.questionWord);
		for (const w of ['Siapa', 'Di mana', 'Berapa']) expect(words[w], w).toBeGreaterThan(0);
	});

	it('keeps every invariant', () => checkAll(seedArticle, seedQuestions));

	it('never asks about the subheading', () => {
		const sub = seedArticle.blocks.find((b) => b.kind === 'subheading')!;
		expect(sub).toBeDefined();
		for (const q of seedQuestions)
			expect(q.evidence.end <= sub.start || q.evidence.start >= sub.end).toBe(true);
		expect(questionSentences(seedArticle).some((s) => s.text.includes('Diwarnai'))).toBe(false);
	});

	it('gives fact distractors of the same type as the answer', () => {
		const typeOf = new Map<string, Set<EntityType>>();
		for (const s of recogniseEntities(sentencesOf(seedArticle.body), functionWords))
			for (const e of s.entities)
				for (const form of [e.text, e.display])
					typeOf.set(form, (typeOf.get(form) ?? new Set()).add(e.type));
		const wanted: Record<string, EntityType> = {
			Siapa: 'person',
			'Di mana': 'place',
			Kapan: 'date'
		};
		for (const q of seedQuestions.filter((x) => x.kind === 'fact' && wanted[x.questionWord!]))
			for (const o of q.options)
				expect(typeOf.get(o)?.has(wanted[q.questionWord!]), `${q.prompt} → ${o}`).toBe(true);
		for (const q of seedQuestions.filter((x) => x.questionWord === 'Berapa'))
			for (const o of q.options)
				expect(o).toMatch(/\d|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh/);
	});

	it('gives the same ids for the same text, and keeps them when an unrelated paragraph is added', () => {
		expect(generate(seedArticle).map((q) => q.id)).toEqual(seedQuestions.map((q) => q.id));
		const extra = 'Paragraf tambahan ini hanya menggeser semua posisi dalam teks.';
		const shifted: CleanArticle = {
			...seedArticle,
			body: extra + '\n\n' + seedArticle.body,
			blocks: [
				{ kind: 'paragraph', start: 0, end: extra.length },
				...seedArticle.blocks.map((b) => ({
					...b,
					start: b.start + extra.length + 2,
					end: b.end + extra.length + 2
				}))
			]
		};
		const after = new Set(generate(shifted).map((q) => q.id));
		const kept = seedQuestions.filter((q) => after.has(q.id)).length;
		expect(kept / seedQuestions.length).toBeGreaterThan(0.9);
	});

	it('explains cloze and vocabulary answers with root and gloss', () => {
		// A cloze on a derived word shows how it is built from its root.
		const cloze = seedQuestions.find((q) => q.kind === 'cloze' && q.root && q.answer !== q.root);
		expect(cloze?.explanation).toContain(`${cloze?.answer} = `);
		expect(cloze?.explanation).toMatch(new RegExp(`\\b${cloze?.root}\\b`));
		for (const q of seedQuestions.filter(
			(x) => x.kind.startsWith('vocab') || x.kind.startsWith('morphology')
		)) {
			// The root (its gloss only when a person vouched for it), and no part-of-speech label: the
			// dictionaries' labels were often wrong ("rendam (noun)"), and judges counted each as
			// feedback that teaches an error.
			expect(q.explanation).toMatch(new RegExp(`\\b${q.root}\\b`));
			expect(q.explanation).not.toMatch(/\((noun|verb|adj|adv|other)\)/);
		}
	});
});

/**
 * Questions a teacher rejected while reading an earlier version's output for the shipped
 * article. Each must stay out of the pool.
 */
const rejected: { why: string; match: (q: Question) => boolean }[] = [
	{
		why: 'false statement that is true: Pyongyang is the capital of North Korea',
		match: (q) =>
			q.kind === 'true-false' &&
			q.answer === 'Salah' &&
			/Pyongyang/.test(q.prompt) &&
			!/Pyongyang/.test(seedArticle.body.slice(q.evidence.start, q.evidence.end))
	},
	{
		why: 'place distractor that is the capital of the answer country',
		match: (q) =>
			q.questionWord === 'Di mana' && q.answer === 'Rusia' && q.options.includes('Moskow')
	},
	{
		why: 'speech verbs after a quote are interchangeable (sebut / tutur / terang)',
		match: (q) =>
			q.kind === 'cloze' &&
			['sebut', 'kata', 'tutur', 'jelas', 'terang', 'beber', 'imbuh'].includes(q.answer)
	},
	{
		why: 'invented words as cloze options',
		match: (q) =>
			q.options.some((o) =>
				[
					'melantaskan',
					'mengononkan',
					'terbakteri',
					'terkonferensi',
					'perkitaran',
					'pertonjolan',
					'perhafalan'
				].includes(o)
			)
	},
	{
		why: 'sejarah is a root, not se- + jarah',
		match: (q) => q.kind.startsWith('morphology') && q.prompt.includes('"sejarah"')
	},
	{
		why: 'jamuan (banquet) glossed as jamu "herb"',
		match: (q) => /jamu\b/.test(q.answer) || /"jamuan"|"jamu"/.test(q.prompt)
	},
	{
		why: 'a date inside a relative clause asked as the time of the main verb',
		match: (q) => q.questionWord === 'Kapan' && /analis menilai/.test(q.prompt)
	},
	{
		why: 'an organisation question cut off after a second verb',
		match: (q) => q.questionWord === 'Apa' && /menyebutkan\?$/.test(q.prompt)
	},
	{
		why: 'a near-synonym as a cloze option: "seperti dirilis CNA" for "seperti dilansir CNA"',
		match: (q) => q.kind === 'cloze' && q.answer === 'dilansir' && q.options.includes('dirilis')
	},
	{
		why: 'a verb of saying blanked before a quote ("menuturkan" / "menekankan pula, …")',
		match: (q) =>
			q.kind === 'cloze' &&
			['menuturkan', 'mengatakan', 'menegaskan', 'menyebutkan'].includes(q.answer)
	},
	{
		why: 'a blank without context ("Dan di sini juga ada _____.")',
		match: (q) => q.kind === 'cloze' && q.prompt.split(/\s+/).length < 10
	},
	{
		why: 'a root gloss that is not the meaning of the word read (imbalannya → imbal "balance")',
		match: (q) =>
			(q.kind === 'vocab-word' && q.answer === 'imbal') ||
			(q.kind === 'vocab-meaning' && q.prompt.includes('"imbal"'))
	},
	{
		why: '"mengatakan" as a wrong option where it also fits ("Putin _____ kesediaannya")',
		match: (q) => q.kind === 'cloze' && q.answer === 'mengisyaratkan'
	},
	{
		why: 'a typed verb slot with several right answers',
		match: (q) => q.kind === 'cloze' && q.typed === true && /^me/.test(q.answer)
	}
];

describe('rejected examples stay out', () => {
	for (const r of rejected)
		it(r.why, () => {
			const hits = Object.values(allArticles)
				.flatMap((a) => generate(a))
				.filter(r.match);
			expect(hits.map((q) => q.prompt)).toEqual([]);
		});
});

describe('generateQuestions on made-up articles', () => {
	for (const [name, article] of Object.entries(madeUpArticles))
		it(`${name}: at least 10 valid questions of at least 3 kinds, invariants hold`, () => {
			const qs = generate(article);
			checkAll(article, qs);
			expect(qs.length).toBeGreaterThanOrEqual(10);
			expect(Object.keys(countBy(qs, (q) => q.kind)).length).toBeGreaterThanOrEqual(3);
			// Fact items start hidden, so visible kinds claim the sentences first; some still fit.
			expect(qs.filter((q) => q.kind === 'fact').length).toBeGreaterThanOrEqual(1);
		});

	it('drops the headline and the dateline', () => {
		const qs = generate(madeUpArticles.banjir);
		for (const q of qs) {
			expect(q.prompt).not.toMatch(/Rendam Ribuan/);
			expect(q.prompt).not.toMatch(/ANTARA/);
		}
	});
});

describe('invariants as properties', () => {
	const paragraphs = Object.values(allArticles).flatMap((a) =>
		a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.body.slice(b.start, b.end))
	);
	const build = (texts: string[], subheadingAt = -1): CleanArticle => {
		let body = '';
		const blocks: CleanArticle['blocks'] = [];
		texts.forEach((t, i) => {
			if (body) body += '\n\n';
			blocks.push({
				kind: i === subheadingAt ? 'subheading' : 'paragraph',
				start: body.length,
				end: body.length + t.length
			});
			body += t;
		});
		return { dateline: null, body, blocks };
	};

	it('hold on random mixes of paragraphs from all articles', () => {
		fc.assert(
			fc.property(
				fc.shuffledSubarray(paragraphs, { minLength: 1, maxLength: 12 }),
				fc.integer({ min: -1, max: 11 }),
				(texts, sub) => {
					const article = build(texts, sub);
					checkAll(article, generate(article));
				}
			),
			{ numRuns: 40 }
		);
	});

	it('never throw on arbitrary text', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), { minLength: 1, maxLength: 4 }),
				(texts) => {
					const article = build(texts);
					checkAll(article, generate(article));
				}
			),
			{ numRuns: 60 }
		);
	});

	it('need no lexicon for fact and true/false questions', () => {
		const qs = generateQuestions(seedArticle);
		expect(qs.length).toBeGreaterThan(15);
		const textKinds = new Set([
			'fact',
			'true-false',
			'order',
			'why',
			'speaker',
			'reference',
			'role'
		]);
		for (const q of qs) expect(textKinds.has(q.kind), q.kind).toBe(true);
		expect(qs.some((q) => q.kind === 'true-false')).toBe(true);
	});
});

describe('practised roots', () => {
	it('names the root on every word question and on no fact question', () => {
		const pool = generateQuestions(seedArticle, { lexicon, dict: rootDictionary });
		const wordKinds = new Set([
			'cloze',
			'vocab-meaning',
			'vocab-word',
			'morphology-root',
			'morphology-affixes'
		]);
		for (const q of pool) {
			if (wordKinds.has(q.kind)) expect(q.root, q.prompt).toMatch(/^\p{Ll}+(-\p{Ll}+)*$/u);
			else expect(q.root).toBeUndefined();
		}
		// A cloze on a derived word practises its root (kesepakatan → sepakat).
		expect(
			pool.some(
				(q) =>
					q.kind === 'cloze' && q.root && q.answer !== q.root && q.answer.includes(q.root.slice(1))
			)
		).toBe(true);
	});
});

describe('draft kinds', () => {
	it('are left out unless asked for: fact, true/false and why failed careful teachers nine times in ten', () => {
		const article = seedArticle;
		const kinds = new Set(
			generateDefault(article, { lexicon, dict: rootDictionary }).map((q) => q.kind)
		);
		for (const draft of ['fact', 'true-false', 'why'] as const)
			expect(kinds.has(draft), draft).toBe(false);
		const all = new Set(
			generateQuestions(article, { lexicon, dict: rootDictionary }).map((q) => q.kind)
		);
		expect(all.has('fact')).toBe(true);
	});
});
