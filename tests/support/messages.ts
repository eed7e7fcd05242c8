/**
 * The interface messages (messages/{en,id}.json) for end-to-end tests: `say(locale, key, inputs)`
 * finds page text in the project's language, and `expectInterfaceIn` fails a page that shows text
 * of the other language where the interface's is expected.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';

export type Locale = 'en' | 'id';
type Message = string | { declarations: string[]; match: Record<string, string> }[];

const read = (locale: Locale): Record<string, Message> => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	return messages;
};
const messages = { en: read('en'), id: read('id') };

/** The project's interface language: its browser locale (the "indonesian" project sets id-ID). */
export const localeOf = (info: TestInfo): Locale =>
	info.project.use.locale?.startsWith('id') ? 'id' : 'en';

/** A message as the page shows it: inputs filled in, the plural chosen as Paraglide does. */
export function say(locale: Locale, key: string, inputs: Record<string, string | number> = {}) {
	const message = messages[locale][key];
	if (message === undefined) throw new Error(`no message ${key}`);
	let text: string;
	const values: Record<string, string | number> = { ...inputs };
	if (typeof message === 'string') text = message;
	else {
		const variant = message[0];
		// Numbers written as the language writes them: `local countText = count: number`.
		for (const declaration of variant.declarations) {
			const local = /^local (\w+) = (\w+): number$/.exec(declaration);
			if (local) values[local[1]] = new Intl.NumberFormat(locale).format(Number(inputs[local[2]]));
		}
		const input = /^input (\w+)$/.exec(variant.declarations[0])![1];
		const selector = Object.keys(variant.match)[0].split('=')[0];
		const form = new Intl.PluralRules(locale).select(Number(inputs[input]));
		text =
			variant.match[`${selector}=${form}`] ??
			variant.match[`${selector}=other`] ??
			variant.match['*'];
	}
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** Words that mark a sentence as English; Indonesian text has none of them. */
const englishWords = new Set(
	'the your you and or is are was with for this that these those of to has have been from by at as on it be will can which what not they their there our'.split(
		' '
	)
);

/**
 * Fails when the page shows, as interface text, a message in the other language, or an English
 * sentence on an Indonesian page (a string that never became a message). Interface text is every
 * visible text node and label (aria-label, title, placeholder) whose nearest `lang` is the
 * interface's: an Indonesian article or quiz prompt (lang="id") on an English page, or an English
 * gloss (lang="en") on an Indonesian one, is not interface text.
 */
export async function expectInterfaceIn(page: Page, locale: Locale): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	const texts: string[] = await page.evaluate((lang) => {
		const out: string[] = [];
		const own = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') === lang;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.replace(/\s+/g, ' ').trim();
			if (!text || !parent || !own(parent) || parent.closest('script, style, noscript')) continue;
			if (parent.checkVisibility() || parent.closest('.visually-hidden')) out.push(text);
		}
		for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]'))
			if (own(el))
				for (const name of ['aria-label', 'title', 'placeholder'])
					if (el.getAttribute(name)) out.push(el.getAttribute(name)!);
		out.push(document.title);
		return out;
	}, locale);
	const other: Locale = locale === 'en' ? 'id' : 'en';
	// The other language's wording of each message that differs between the two, in pieces
	// between its inputs, long enough to be telling and not also part of this language's messages.
	const mine = JSON.stringify(messages[locale]);
	const pieces = Object.entries(messages[other])
		.filter(([key, m]) => JSON.stringify(m) !== JSON.stringify(messages[locale][key]))
		.flatMap(([key, m]) =>
			(typeof m === 'string' ? [m] : Object.values(m[0].match)).flatMap((text) =>
				text
					.split(/\{\w+\}/)
					.map((piece) => piece.replace(/^[\s:;,.(—–-]+|[\s:;,.)]+$/g, ''))
					.filter((piece) => piece.length >= 6 && /\p{L}{3}/u.test(piece) && !mine.includes(piece))
					.map((piece) => ({ key, piece }))
			)
		);
	const found: string[] = [];
	for (const text of texts) {
		for (const { key, piece } of pieces)
			if (new RegExp(`(^|[^\\p{L}])${escape(piece)}($|[^\\p{L}])`, 'u').test(text))
				found.push(`${key} (${other}): "${text}"`);
		if (locale === 'id') {
			const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
			const english = [...words].filter((w) => englishWords.has(w));
			if (english.length >= 2) found.push(`English words ${english.join(', ')}: "${text}"`);
		}
	}
	expect(found, `text not in ${locale} on ${page.url()}`).toEqual([]);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
