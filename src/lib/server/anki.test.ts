import { describe, expect, it } from 'vitest';
import { toAnkiText } from './anki';

describe('the Anki export', () => {
	it('starts with the header lines Anki reads and has one tab-separated row per word', () => {
		const text = toAnkiText([
			{
				root: 'sepakat',
				gloss: 'agree',
				sentence: 'Mereka sepakat\tbertemu.\nLagi.',
				status: 'learning',
				article: { slug: 'a-news-story', title: 'A title' }
			},
			{ root: 'hukum', gloss: 'law', sentence: '', status: 'known', article: null }
		]);
		const lines = text.split('\n');
		expect(lines.slice(0, 4)).toEqual([
			'#separator:tab',
			'#html:false',
			'#columns:Word\tGloss\tExample\tArticle\tTags',
			'#tags column:5'
		]);
		expect(lines[4].split('\t')).toEqual([
			'sepakat',
			'agree',
			'Mereka sepakat bertemu. Lagi.',
			'A title',
			'bacaan learning a-news-story'
		]);
		expect(lines[5].split('\t')).toEqual(['hukum', 'law', '', '', 'bacaan known']);
		expect(lines).toHaveLength(7); // a final newline
		expect(lines[6]).toBe('');
	});
});
