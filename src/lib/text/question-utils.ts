/**
 * Small pure helpers shared by the question generator, the quiz builder and grading:
 * a stable 32-bit FNV-1a hash (ids must survive restarts and regeneration, so no Math.random
 * and no offsets), a seeded PRNG for deterministic shuffles, answer normalisation and a
 * Damerau–Levenshtein distance capped at 2 (grading only needs "same" or "one slip").
 */

export function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export function stableId(...parts: string[]): string {
	const joined = parts.join('\u241f');
	// Two independent 32-bit hashes: 64 bits keep collisions away across a whole library.
	return (
		fnv1a(joined).toString(36).padStart(7, '0') +
		fnv1a('b' + joined)
			.toString(36)
			.padStart(7, '0')
	);
}

/** mulberry32: tiny, fast, good enough for shuffling options. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const out = items.slice();
	const rand = seededRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const normalised = new Map<string, string>();

/** Case, spacing, quotes and punctuation do not count when comparing answers. */
export function normaliseAnswer(text: string): string {
	const hit = normalised.get(text);
	if (hit !== undefined) return hit;
	const out = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\p{P}\p{S}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// The generator compares the same sentences and options many times; a bounded memo keeps that cheap.
	if (normalised.size > 20_000) normalised.clear();
	normalised.set(text, out);
	return out;
}

/** Edit distance with transpositions, stopping early once it exceeds `cap`. */
export function editDistance(a: string, b: string, cap = 2): number {
	if (Math.abs(a.length - b.length) > cap) return cap + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push(new Array(b.length + 1).fill(0));
		rows[i][0] = i;
	}
	for (let j = 0; j <= b.length; j++) rows[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		let best = cap + 1;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, rows[i - 2][j - 2] + 1);
			rows[i][j] = d;
			best = Math.min(best, d);
		}
		if (best > cap) return cap + 1;
	}
	return Math.min(rows[a.length][b.length], cap + 1);
}

/** Does `needle` occur in `haystack` as whole words, after normalisation? */
export function containsWords(haystack: string, needle: string): boolean {
	const h = ' ' + normaliseAnswer(haystack) + ' ';
	const n = normaliseAnswer(needle);
	return n !== '' && h.includes(' ' + n + ' ');
}

export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A sentence cut from a quotation keeps a lone quote mark ('"Harga cabai naik.' or 'merata," ucapnya.'):
 * shown alone in a prompt it reads as a typo, so the unmatched mark goes.
 */
export function withBalancedQuotes(text: string): string {
	let t = text;
	if ((t.match(/"/g) ?? []).length % 2 === 1) {
		const i = /^\s*"/.test(t) ? t.indexOf('"') : t.lastIndexOf('"');
		t = t.slice(0, i) + t.slice(i + 1).replace(/^\s+(?=\S)/, i === 0 ? '' : ' ');
	}
	const opens = (t.match(/“/g) ?? []).length;
	const closes = (t.match(/”/g) ?? []).length;
	if (opens > closes) t = t.replace(/“\s*/, '');
	else if (closes > opens) {
		const i = t.lastIndexOf('”');
		t = t.slice(0, i) + t.slice(i + 1);
	}
	return t.replace(/ {2,}/g, ' ').trim();
}

/** A quote of more than 18 words cut to its first 14 and an ellipsis, so a prompt stays readable. */
export function shortQuote(text: string): string {
	const words = text.split(/\s+/);
	return words.length > 18
		? words
				.slice(0, 14)
				.join(' ')
				.replace(/[,;:]$/, '') + ' …'
		: text;
}
