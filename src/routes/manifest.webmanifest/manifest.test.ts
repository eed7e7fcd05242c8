import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../tests/support/locale';
import { GET } from './+server';

const manifestIn = (locale: 'en' | 'id') =>
	inLocale(locale, async () => {
		const response = await GET({} as never);
		return { type: response.headers.get('content-type'), body: await response.json() };
	});

describe('the web app manifest', () => {
	it('names and describes the app in the interface language', async () => {
		const english = await manifestIn('en');
		expect(english.type).toBe('application/manifest+json');
		expect(english.body).toMatchObject({
			name: 'Bacaan: learn Indonesian by reading',
			short_name: 'Bacaan',
			lang: 'en',
			start_url: '/'
		});
		const indonesian = await manifestIn('id');
		expect(indonesian.body).toMatchObject({
			name: 'Bacaan: belajar bahasa Indonesia lewat membaca',
			lang: 'id'
		});
		expect(indonesian.body.description).toMatch(/^Belajar bahasa Indonesia/);
	});
});
