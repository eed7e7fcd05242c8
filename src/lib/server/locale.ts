/**
 * The interface language (English or Indonesian) of a request: the account's setting, else the
 * cookie the language switch sets, else the browser's Accept-Language, else English. URLs carry
 * no language, so a page's language is a function of these headers and the account alone: the
 * shared reader page (shared-pages.ts) is kept per language and varies on Cookie and
 * Accept-Language. Article text stays Indonesian and glosses English whatever this says.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
	baseLocale,
	getServerAsyncLocalStorage,
	isLocale,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime';
import { memoByHeader } from './header-memo';

/** Set by POST /locale; read on every request, never by scripts (the page's <html lang> is). */
export const localeCookie = 'bacaan-locale';

export interface LocaleSources {
	/** The signed-in account's setting (`users.locale`). */
	account?: string | null;
	cookie?: string | null;
	acceptLanguage?: string | null;
}

export function chooseLocale({ account, cookie, acceptLanguage }: LocaleSources): Locale {
	if (account && isLocale(account)) return account;
	if (cookie && isLocale(cookie)) return cookie;
	return preferredLocale(acceptLanguage) ?? baseLocale;
}

/**
 * The first of our languages the browser accepts, by quality then by order: "id-ID,id;q=0.9,en;q=0.8"
 * is Indonesian, "en-GB,id;q=0.5" English, "fr" none. Malay ("ms") is not taken for Indonesian.
 */
export function preferredLocale(header: string | null | undefined): Locale | undefined {
	return header ? preferredOf(header) : undefined;
}

const preferredOf = memoByHeader((header: string): Locale | undefined => {
	const ranges = header
		.split(',')
		.slice(0, 20)
		.map((part, order) => {
			const [range, ...params] = part.trim().toLowerCase().split(';');
			const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
			return { language: range.trim().split('-')[0], quality: q ? Number(q) : 1, order };
		})
		.filter((r) => r.quality > 0)
		.sort((a, b) => b.quality - a.quality || a.order - b.order);
	for (const { language } of ranges) {
		if (language === '*') return baseLocale;
		if (isLocale(language)) return language;
	}
	return undefined;
});

/** The cookie's value in a raw Cookie header (for shared-pages' early answers, before SvelteKit). */
export function cookieLocale(cookieHeader: string | undefined): string | undefined {
	for (const part of (cookieHeader ?? '').split(';')) {
		const [name, value] = part.trim().split('=');
		if (name === localeCookie) return value;
	}
	return undefined;
}

type LocaleStore = Parameters<NonNullable<ReturnType<typeof getServerAsyncLocalStorage>>['run']>[0];

/**
 * Runs `fn` (a request's handling) with Paraglide's message functions answering in `locale`.
 * This is the part of Paraglide's `paraglideMiddleware` we need: the middleware also copies the
 * Request (a tee of a form post's body) and works out a redirect to a localised URL, which we
 * never make (URLs carry no language); that copy was a twentieth of a quiz answer's CPU.
 */
export function runInLocale<T>(locale: Locale, origin: string, fn: () => T): T {
	let storage = getServerAsyncLocalStorage();
	if (!storage) overwriteServerAsyncLocalStorage((storage = new AsyncLocalStorage<LocaleStore>()));
	return storage.run({ locale, origin }, fn);
}
