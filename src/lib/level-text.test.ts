import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../tests/support/locale';
import { importArticle } from '$lib/text/import-article';
import { estimateLevel } from '$lib/text/level';
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import { levelReasonText } from './level-text';

const dir = 'src/content/articles';
const reasons = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.map(
		(f) =>
			estimateLevel(importArticle(readFileSync(`${dir}/${f}`, 'utf8')), lexicon, rootDictionary)
				.reason
	);

describe('levelReasonText', () => {
	it('says in English what the core says', () => {
		for (const reason of reasons)
			expect(inLocale('en', () => levelReasonText(reason))).toBe(reason);
	});

	it('says every reason the shipped texts get in Indonesian, phrase by phrase', () => {
		expect(reasons.length).toBeGreaterThanOrEqual(12);
		for (const reason of reasons) {
			const text = inLocale('id', () => levelReasonText(reason));
			expect(text).toMatch(
				/^(hampir semua|sebagian besar|banyak) .*; (panjang )?kalimatnya \S+ \(rata-rata \d+ kata\)$/
			);
		}
	});

	it('knows each of the core’s phrases', () => {
		const say = (reason: string) => inLocale('id', () => levelReasonText(reason));
		expect(
			say('nearly all words among the 1,000 commonest; long sentences (21 words on average)')
		).toBe(
			'hampir semua katanya termasuk 1.000 kata paling umum; kalimatnya panjang (rata-rata 21 kata)'
		);
		expect(say('most words among the 1,000 commonest; short sentences (6 words on average)')).toBe(
			'sebagian besar katanya termasuk 1.000 kata paling umum; kalimatnya pendek (rata-rata 6 kata)'
		);
		expect(
			say('most words among the 3,000 commonest; medium-length sentences (9 words on average)')
		).toBe(
			'sebagian besar katanya termasuk 3.000 kata paling umum; panjang kalimatnya sedang (rata-rata 9 kata)'
		);
		expect(say('many less common words; long sentences (1200 words on average)')).toBe(
			'banyak kata yang kurang umum; kalimatnya panjang (rata-rata 1.200 kata)'
		);
	});

	it('leaves a phrase it does not know as the core wrote it', () => {
		expect(
			inLocale('id', () => levelReasonText('a new measure; short sentences (5 words on average)'))
		).toBe('a new measure; kalimatnya pendek (rata-rata 5 kata)');
	});
});
