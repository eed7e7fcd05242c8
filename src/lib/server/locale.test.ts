import { describe, expect, it } from 'vitest';
import { getLocale } from '$lib/paraglide/runtime';
import { chooseLocale, cookieLocale, localeCookie, preferredLocale, runInLocale } from './locale';

describe('chooseLocale', () => {
	it('takes the account, then the cookie, then Accept-Language, then English', () => {
		const all = { account: 'id', cookie: 'en', acceptLanguage: 'en' };
		expect(chooseLocale(all)).toBe('id');
		expect(chooseLocale({ ...all, account: null })).toBe('en');
		expect(chooseLocale({ account: null, cookie: 'id', acceptLanguage: 'en-GB' })).toBe('id');
		expect(chooseLocale({ account: null, cookie: undefined, acceptLanguage: 'id-ID' })).toBe('id');
		expect(chooseLocale({ acceptLanguage: 'en-US,en;q=0.9' })).toBe('en');
		expect(chooseLocale({})).toBe('en');
	});

	it('ignores values that are not our languages', () => {
		expect(chooseLocale({ account: 'fr', cookie: 'xx', acceptLanguage: 'id' })).toBe('id');
		expect(chooseLocale({ cookie: 'ID ', acceptLanguage: 'fr' })).toBe('en');
	});
});

describe('preferredLocale', () => {
	it('orders by quality, then by position', () => {
		expect(preferredLocale('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('id');
		expect(preferredLocale('en;q=0.5, id;q=0.8')).toBe('id');
		expect(preferredLocale('fr-FR, en-GB;q=0.9, id;q=0.9')).toBe('en');
		expect(preferredLocale('de, *;q=0.1')).toBe('en');
	});

	it('finds nothing for other languages, refusals and junk', () => {
		expect(preferredLocale('ms-MY, fr')).toBeUndefined();
		expect(preferredLocale('id;q=0')).toBeUndefined();
		expect(preferredLocale(';;;,,=')).toBeUndefined();
		expect(preferredLocale('')).toBeUndefined();
		expect(preferredLocale(null)).toBeUndefined();
	});
});

describe('cookieLocale', () => {
	it('reads the language cookie among others', () => {
		expect(cookieLocale(`a=1; ${localeCookie}=id; b=2`)).toBe('id');
		expect(cookieLocale('a=1')).toBeUndefined();
		expect(cookieLocale(undefined)).toBeUndefined();
	});
});

describe('runInLocale', () => {
	it("keeps each request's language across awaits while others run beside it", async () => {
		const pause = () => new Promise((resolve) => setTimeout(resolve, 1));
		const request = (locale: 'en' | 'id') =>
			runInLocale(locale, 'http://localhost', async () => {
				await pause();
				const first = getLocale();
				await pause();
				return [first, getLocale()];
			});
		const [english, indonesian] = await Promise.all([request('en'), request('id')]);
		expect(english).toEqual(['en', 'en']);
		expect(indonesian).toEqual(['id', 'id']);
	});
});
