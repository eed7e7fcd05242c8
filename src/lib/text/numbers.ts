/**
 * Plausible wrong amounts for a number in the text.
 *
 * Doubling and halving gave 325 / 650 / 975 / 1.300, where the key is always the one number
 * the others are multiples of. Here a wrong value is the key scaled by an irregular factor and
 * rounded to the key's own precision, and any value that is a whole multiple or divisor of the
 * key (or of another option) is refused, so no option stands out as the "base".
 */
import { fnv1a } from './question-utils';

const numberWordValues = [
	'nol',
	'satu',
	'dua',
	'tiga',
	'empat',
	'lima',
	'enam',
	'tujuh',
	'delapan',
	'sembilan',
	'sepuluh'
];

/** 1300 → "1.300", the Indonesian way; no Intl, so it reads the same in every runtime. */
const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** An amount as Indonesian writes it: 1.250.000, or 2,5 with a decimal comma (at most `decimals`). */
export function writtenAmount(value: number, decimals = 0): string {
	const [int, frac] = String(Number(value.toFixed(decimals))).split('.');
	return groupThousands(Number(int)) + (frac ? ',' + frac : '');
}

/** a is a whole multiple of b or b of a (2 and 4, 325 and 975), or 3 : 2 apart. */
export function simpleRatio(a: number, b: number): boolean {
	if (a <= 0 || b <= 0) return false;
	const r = a > b ? a / b : b / a;
	const near = (x: number) => Math.abs(r - x) < 1e-9;
	return near(Math.round(r)) || near(1.5) || near(2.5);
}

/** Rounds x to the precision the key is written with (3.500 → hundreds, 38 → ones, 6,5 → tenths). */
function roundLike(x: number, key: number, decimals: number): number {
	if (decimals > 0) return Number(x.toFixed(decimals));
	let step = 1;
	while (key % (step * 10) === 0 && step * 10 < key) step *= 10;
	return Math.round(x / step) * step;
}

/** Wrong values for `value`: none a simple multiple of the key or of each other, best first. */
export function plausibleValues(value: number, decimals = 0, count = 4): number[] {
	const out: number[] = [];
	const ok = (n: number) =>
		n > 0 &&
		n !== value &&
		!simpleRatio(n, value) &&
		!out.some((o) => o === n || simpleRatio(o, n)) &&
		(decimals > 0 || Number.isInteger(n));
	if (decimals === 0 && value < 12) {
		// Small counts: neighbours read naturally; only an exact multiple of the key is refused.
		for (const d of [1, 2, -1, 3, 4, -2, 5, 6, 7]) {
			const n = value + d;
			if (out.length < count && n > 0 && n % value !== 0 && !out.includes(n)) out.push(n);
		}
		return out;
	}
	const factors = [0.7, 1.3, 1.6, 0.6, 1.4, 0.8, 1.2, 1.8, 0.45, 1.15];
	const start = fnv1a(String(value)) % factors.length;
	for (let i = 0; i < factors.length && out.length < count; i++) {
		const n = roundLike(value * factors[(start + i) % factors.length], value, decimals);
		if (ok(n)) out.push(n);
	}
	return out;
}

/** Same unit, other numbers: "38 tahun" → "27 tahun", "49 tahun" …; "lima jam" → "enam jam" …. */
export function numericVariants(text: string): string[] {
	const word = numberWordValues.findIndex((w) => new RegExp(`(^|\\s)${w}(\\s|$)`).test(text));
	if (word > 0) {
		return plausibleValues(word)
			.filter((n) => n > 1 && n <= 10)
			.map((n) => text.replace(numberWordValues[word], numberWordValues[n]));
	}
	const m = /\d+(?:\.\d{3})*(?:,\d+)?/.exec(text);
	if (!m) return [];
	const decimals = m[0].includes(',') ? m[0].split(',')[1].length : 0;
	const value = Number(m[0].replace(/\./g, '').replace(',', '.'));
	// A year is not an amount: 2019 → 2021 reads as a real year, 1.413 would not.
	if (/^(19|20)\d\d$/.test(m[0]))
		return [value - 2, value + 1, value - 3, value + 3].map((n) => text.replace(m[0], String(n)));
	return plausibleValues(value, decimals).map((n) => {
		const written =
			decimals > 0
				? groupThousands(Math.trunc(n)) + ',' + n.toFixed(decimals).split('.')[1]
				: groupThousands(n);
		return text.slice(0, m.index) + written + text.slice(m.index + m[0].length);
	});
}
