import { describe, expect, it } from 'vitest';
import {
	formHasInvalidCharacters,
	hasInvalidCharacters,
	jsonHasInvalidCharacters,
	urlHasInvalidCharacters
} from './input';

describe('invalid characters', () => {
	it.each(['a\u0000b', '\u0001', 'x\u001fy', '\u007f', 'lone \ud800 high', 'lone \udc00 low'])(
		'refuses %j',
		(text) => expect(hasInvalidCharacters(text)).toBe(true)
	);

	it.each(['Selamat pagi', 'tab\tand\nlines\r\n', 'emoji 😀 kept', 'café — “quotes”', ''])(
		'accepts %j',
		(text) => expect(hasInvalidCharacters(text)).toBe(false)
	);

	it('looks into every form field, JSON string and key, path and query parameter', () => {
		const form = new FormData();
		form.set('email', 'siti@example.com');
		expect(formHasInvalidCharacters(form)).toBe(false);
		form.set('password', 'rahasia\u0000');
		expect(formHasInvalidCharacters(form)).toBe(true);

		expect(
			jsonHasInvalidCharacters({ slug: 'x', words: [{ root: 'makan', form: 'dimakan' }] })
		).toBe(false);
		expect(jsonHasInvalidCharacters({ words: [{ root: 'ma\u0000kan' }] })).toBe(true);
		expect(jsonHasInvalidCharacters({ ['k\u0000']: 1 })).toBe(true);

		const url = (s: string) => new URL(s, 'http://localhost:3000');
		expect(urlHasInvalidCharacters(url('/articles/abc?tab=2&q=kata%20baru'))).toBe(false);
		expect(urlHasInvalidCharacters(url('/articles/abc%00'))).toBe(true);
		expect(urlHasInvalidCharacters(url('/login?redirectTo=%00'))).toBe(true);
		expect(urlHasInvalidCharacters(url('/login?e%01=1'))).toBe(true);
		expect(urlHasInvalidCharacters(url('/articles/%E0%A4%A'))).toBe(true);
	});
});
