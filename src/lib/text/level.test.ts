import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { estimateLevel, levels } from './level';
import { lexicon, rootDictionary } from './lexicon-data';

const contentDir = join(import.meta.dirname, '../../content/articles');
const shelf = readdirSync(contentDir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({
		slug: f.slice(0, -5),
		meta: JSON.parse(readFileSync(join(contentDir, f), 'utf8')) as { writtenForLevel?: string },
		text: readFileSync(join(contentDir, f.replace(/\.json$/, '.txt')), 'utf8')
	}))
	.filter((a) => a.meta.writtenForLevel);

const levelOf = (text: string) => estimateLevel(importArticle(text), lexicon, rootDictionary);

describe('estimateLevel', () => {
	it('has a starter shelf of at least 12 texts from A1 to B2', () => {
		expect(shelf.length).toBeGreaterThanOrEqual(12);
		expect(new Set(shelf.map((a) => a.meta.writtenForLevel!))).toEqual(
			new Set(['A1', 'A2', 'B1', 'B2'])
		);
	});

	it.each(shelf.map((a) => [a.slug, a.meta.writtenForLevel!, a.text] as const))(
		'places the shelf text %s (written as %s) within one step of its intended level',
		(_slug, intended, text) => {
			const estimate = levelOf(text);
			const distance = Math.abs(levels.indexOf(estimate.level) - levels.indexOf(intended as never));
			expect(distance, `${estimate.label}: ${estimate.reason}`).toBeLessThanOrEqual(1);
		}
	);

	it('rates long news sentences with rarer words above short everyday ones', () => {
		const everyday = levelOf('Saya makan. Ibu minum air. Kami pergi ke pasar.');
		const news = levelOf(
			'Pemerintah provinsi menetapkan status tanggap darurat setelah banjir bandang merendam ribuan ' +
				'rumah warga di tiga kecamatan, sementara badan penanggulangan bencana mengevakuasi penduduk ' +
				'yang terisolasi akibat longsor. Kementerian terkait menyatakan akan mengalokasikan anggaran ' +
				'rehabilitasi infrastruktur yang rusak.'
		);
		expect(everyday.level).toBe('A1');
		expect(levels.indexOf(news.level)).toBeGreaterThanOrEqual(levels.indexOf('B2'));
		expect(news.score).toBeGreaterThan(everyday.score);
	});

	it('says why, in words a learner can read', () => {
		const estimate = levelOf('Saya makan. Ibu minum air. Kami pergi ke pasar.');
		expect(estimate.label).toBe('about A1');
		expect(estimate.reason).toMatch(
			/^nearly all words among the 1,000 commonest; short sentences \(\d+ words on average\)$/
		);
	});

	it('copes with a text with no sentences', () => {
		const estimate = levelOf('   ');
		expect(estimate.level).toBe('A1');
		expect(estimate.meanSentenceWords).toBe(0);
	});
});
