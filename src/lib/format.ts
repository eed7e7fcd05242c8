/**
 * Dates, numbers and counted words in the interface language (the server's request language, or in
 * the browser the page's <html lang>): "14 September 2023" in both, "31 new words" / "31 kata
 * baru". English dates are written day first, as in British English, which Indonesian shares.
 */
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

const intlLocale = () => (getLocale() === 'id' ? 'id-ID' : 'en-GB');

/** "2023-09-14" -> "14 September 2023" (a calendar day: no time zone may move it). */
export function formatDate(isoDate: string | null): string {
	if (!isoDate) return '';
	const date = new Date(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoDate;
	return dateFormat(intlLocale()).format(date);
}

// Making a DateTimeFormat costs far more than formatting with one (2–3 % of a signed-in reader
// page's CPU went to making them), so one is kept per language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
	let format = dateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		dateFormats.set(locale, format);
	}
	return format;
}

/** wordfreq bands as a learner reads them. */
export function bandLabel(band: number): string {
	return (
		[m.format_band_1, m.format_band_2, m.format_band_3, m.format_band_4][band - 1] ??
		m.format_band_5
	)();
}

/** A due date (the end of a UTC day) as the day it names: "31 May 2025" / "31 Mei 2025". */
export function formatDay(at: Date | string): string {
	return formatDate(new Date(at).toISOString().slice(0, 10));
}

/** "87 % known, 31 new words": an article's known share for the learner. */
export function formatShare(share: { percent: number; newWords: number }): string {
	return m.format_share(share);
}

/** 20000 -> "20,000" / "20.000"; 0.5 -> "0.5" / "0,5". */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(intlLocale(), options).format(n);
}

/** A day in short form, for chart axes and tables: "7 Dec 2026" / "7 Des 2026" (UTC). */
export function formatShortDay(at: Date | string): string {
	return new Intl.DateTimeFormat(intlLocale(), {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(at));
}

/** A moment to the minute, in UTC as the server keeps it: "7 Dec 2026, 14:05 UTC" / "7 Des 2026, 14.05 UTC". */
export function formatDateTime(at: Date | string): string {
	return new Intl.DateTimeFormat(intlLocale(), {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC',
		timeZoneName: 'short'
	}).format(new Date(at));
}
