import { describe, expect, it } from 'vitest';
import { affixPos, chooseSense, glossInContext, orderSenses } from './senses';
import { createLexicon } from './lexicon';
import type { Sense } from './types';

describe('affixPos', () => {
	it.each([
		[['meN-', '-kan'], 'verb', 'meN- makes a verb (mengabaikan)'],
		[['di-'], 'verb', 'di- makes a passive verb (dibawa)'],
		[['peN-…-an'], 'noun', 'peN-…-an makes a noun (pemerintahan)'],
		[['-an'], 'noun', '-an makes a noun (bantuan)'],
		[['ter-'], 'adj', 'ter- alone often makes an adjective (terkenal)'],
		[['-nya'], undefined, 'a clitic says nothing about the part of speech']
	] as [string[], string | undefined, string][])('%j → %s (%s)', (affixes, pos) => {
		expect(affixPos(affixes)).toBe(pos);
	});
});

describe('chooseSense', () => {
	const senses: Sense[] = [
		{ pos: 'noun', gloss: 'ladder' },
		{ pos: 'verb', gloss: 'climb' },
		{ pos: 'noun', gloss: 'level' }
	];
	it('keeps the prior when the context says nothing', () => {
		expect(chooseSense(senses)).toBe(0);
	});
	it('takes the sense the affixes imply (a meN- form takes a verb sense)', () => {
		expect(chooseSense(senses, { affixes: ['meN-'] })).toBe(1);
	});
	it('takes the sense whose English the sentence shares (Lesk overlap)', () => {
		const nouns = senses.filter((s) => s.pos === 'noun');
		expect(chooseSense(nouns, { sentence: new Set(['level', 'school']) })).toBe(1);
	});
	it('weighs the article topic less than the sentence', () => {
		expect(chooseSense(senses, { article: new Set(['level']) })).toBe(0);
	});
	it('puts the chosen sense first and keeps the others after it', () => {
		expect(orderSenses(senses, { affixes: ['meN-'] }).map((s) => s.gloss)).toEqual([
			'climb',
			'ladder',
			'level'
		]);
	});
});

describe('glossInContext', () => {
	const lexicon = createLexicon(
		{
			entries: [
				['jenjang', 'noun', 'ladder; level', 2, 43],
				['derita', 'noun', 'anguish; suffering', 1, 42]
			],
			forms: [['penderita', 'noun', 'sufferer; patient']],
			senses: [
				['jenjang', 'noun', 'ladder', 'noun', 'level'],
				['penderita', 'noun', 'sufferer', 'noun', 'patient']
			]
		},
		{ roots: {} }
	);
	it("prefers the derived form's own entry to its root's (penderita: sufferer, not anguish)", () => {
		const g = glossInContext('derita', 'penderita', lexicon.formGloss('penderita'), lexicon);
		expect(g?.source).toBe('form');
		expect(g?.gloss).toBe('sufferer; patient');
	});
	it('reorders the root senses for the context and says where the gloss came from', () => {
		const g = glossInContext('jenjang', 'jenjang', undefined, lexicon, {
			sentence: new Set(['level', 'education'])
		});
		expect(g).toMatchObject({ gloss: 'level; ladder', source: 'root' });
	});
});
