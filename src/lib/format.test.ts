import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { inLocale } from '../../tests/support/locale';
import {
	bandLabel,
	formatDate,
	formatDateTime,
	formatNumber,
	formatShare,
	formatShortDay
} from './format';
import { formatInterval } from './intervals';

describe('formatInterval', () => {
	it('names minutes, hours, days and months', () => {
		const min = 60_000;
		expect(formatInterval(0)).toBe('1 min');
		expect(formatInterval(10 * min)).toBe('10 min');
		expect(formatInterval(5 * 60 * min)).toBe('5 h');
		expect(formatInterval(3 * 24 * 60 * min)).toBe('3 d');
		expect(formatInterval(120 * 24 * 60 * min)).toBe('4 mo');
	});
});

describe('formatShare', () => {
	it('says the share and the new words', () => {
		expect(formatShare({ percent: 87, newWords: 31 })).toBe('87 % known, 31 new words');
		expect(formatShare({ percent: 100, newWords: 1 })).toBe('100 % known, 1 new word');
	});
});

describe('in each interface language', () => {
	it('writes dates day first with the month named in that language', () => {
		expect(formatDate('2023-09-14')).toBe('14 September 2023');
		expect(formatDate('2026-12-07')).toBe('7 December 2026');
		expect(formatDate('not a date')).toBe('not a date');
		expect(formatDate(null)).toBe('');
	});

	it('says counted words and bands in Indonesian too', () => {
		expect(m.format_share({ percent: 87, newWords: 1 }, { locale: 'id' })).toBe(
			'87 % dikenal, 1 kata baru'
		);
		expect(bandLabel(1)).toBe('very common');
		expect(bandLabel(9)).toBe('rare');
		expect(m.format_band_5({}, { locale: 'id' })).toBe('sangat jarang');
	});
});

describe('numbers and moments', () => {
	it('groups and separates decimals as each language does', () => {
		expect(formatNumber(20000)).toBe('20,000');
		expect(inLocale('id', () => formatNumber(20000))).toBe('20.000');
		const twoPlaces = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
		expect(formatNumber(-0.125, twoPlaces)).toBe('-0.13');
		expect(inLocale('id', () => formatNumber(0.5, twoPlaces))).toBe('0,50');
	});

	it('writes counted words with the number grouped as the language groups it', () => {
		expect(m.words_count({ count: 1234 })).toBe('1,234 words');
		expect(m.words_count({ count: 1 })).toBe('1 word');
		expect(m.words_count({ count: 1234 }, { locale: 'id' })).toBe('1.234 kata');
		expect(m.teacher_student_count({ count: 1000 }, { locale: 'id' })).toBe('1.000 siswa');
	});

	it('writes a short day and a moment in UTC with the month named in that language', () => {
		const at = new Date('2026-12-07T14:05:00Z');
		expect(formatShortDay(at)).toBe('7 Dec 2026');
		expect(inLocale('id', () => formatShortDay(at))).toBe('7 Des 2026');
		expect(formatDateTime(at)).toBe('7 Dec 2026, 14:05 UTC');
		expect(inLocale('id', () => formatDateTime(at))).toBe('7 Des 2026, 14.05 UTC');
	});
});
