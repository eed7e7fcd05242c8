/**
 * Every interface message exists in both languages, and none is empty: a key missing from one
 * file would show the English text to an Indonesian reader (Paraglide falls back to the base
 * language) without any other test noticing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A message is a string, or (English plurals) a list of variants matched on a number.
type Message = string | { declarations: string[]; match: Record<string, string> }[];

const read = (locale: string): Record<string, Message> => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	return messages;
};
const en = read('en');
const id = read('id');

describe('messages', () => {
	it('has the same keys in English and Indonesian', () => {
		expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
	});

	// Indonesian may leave out a number English needs only to choose a plural form.
	it('has no empty message and no Indonesian parameter English lacks', () => {
		const texts = (message: Message) =>
			typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
		const parameters = (message: Message) =>
			typeof message === 'string'
				? [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((p) => p[1]))].sort()
				: message[0].declarations.flatMap((d) => /^input (\w+)$/.exec(d)?.[1] ?? []).sort();
		for (const [key, message] of Object.entries(en)) {
			for (const text of texts(message)) expect(text.trim(), `en ${key}`).not.toBe('');
			for (const text of texts(id[key] ?? '')) expect(text.trim(), `id ${key}`).not.toBe('');
			expect(parameters(message), key).toEqual(expect.arrayContaining(parameters(id[key] ?? '')));
		}
	});

	it('names keys by area, in snake case', () => {
		for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+(_[a-z0-9]+)+$/);
	});
});
