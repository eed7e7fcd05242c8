/**
 * Indonesian stemmer with affix analysis, in the confix-stripping family (Nazief–Adriani and
 * its successors) but written as a search: every way of peeling particle → possessive →
 * derivational suffix off the end and up to three prefixes (with the meN-/peN- sound changes
 * undone) off the front is generated, only readings whose root is in the dictionary survive,
 * and a score picks one. A search instead of a fixed rule order gives backtracking for free
 * (bertahan is ber+tahan, not ber+tah+an) and lets root frequency settle real ambiguity
 * (berada: ada, not rada). A word that is itself a root is never stemmed (nilai, sekolah).
 * Pure and synchronous; results are memoised per dictionary.
 */
import { makeAffix } from './affixes';
import type { Affix, RootDictionary, WordAnalysis } from './types';

interface PrefixStep {
	form: string;
	surface: string;
	/** meng-/peng- before a vowel read as a dropped k (mengupas: kupas). */
	restoredK?: boolean;
}

interface Reading {
	root: string;
	prefixes: PrefixStep[];
	derivational?: string;
	possessive?: string;
	particle?: string;
	infix?: string;
	partialRedup?: boolean;
	sharedK?: boolean;
	score: number;
}

const minRootLength = 3;
const lengthWeight = 1;
const particles = ['lah', 'kah', 'tah', 'pun'];
const possessives = ['nya', 'ku', 'mu'];
const derivationals = ['kan', 'an', 'i', 'isme', 'isasi', 'is'];
/** Prefix + suffix pairs that never occur as one word (Nazief–Adriani's disallowed confixes). */
const disallowedPairs = new Set([
	'ber-|i',
	'di-|an',
	'ke-|i',
	'ke-|kan',
	'meN-|an',
	'se-|i',
	'se-|kan',
	'ter-|an',
	'peN-|i',
	'peN-|kan',
	'ku-|an',
	'kau-|an'
]);
/** Which prefix may sit directly inside which (memper-, diberdayakan, keberhasilan, kesepersepuluh). */
const innerPrefixes: Record<string, string[]> = {
	'meN-': ['per-', 'peN-', 'ber-', 'ke-', 'ter-'],
	'di-': ['per-', 'peN-', 'ber-', 'ke-', 'ter-'],
	'peN-': ['ber-', 'per-'],
	'ke-': ['ber-', 'ter-', 'se-', 'per-', 'peN-'],
	'ber-': ['per-', 'peN-', 'ke-', 'se-'],
	'se-': ['per-', 'ke-'],
	'ter-': ['per-', 'peN-', 'ke-'],
	'per-': ['ke-', 'se-'],
	'ku-': ['per-'],
	'kau-': ['per-']
};
const confixes: Record<string, string> = {
	'ke-|an': 'ke-…-an',
	'peN-|an': 'peN-…-an',
	'per-|an': 'per-…-an',
	'ber-|an': 'ber-…-an'
};

function isVowel(c: string | undefined): boolean {
	return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** C1erC2 after be-/te-/pe-: bekerja, teterbang, pekerja keep the r of the root. */
function isCer(s: string, i: number): boolean {
	return (
		s.length > i + 3 &&
		!isVowel(s[i]) &&
		s[i] !== 'r' &&
		s[i + 1] === 'e' &&
		s[i + 2] === 'r' &&
		!isVowel(s[i + 3])
	);
}

/**
 * One layer of prefix removal: every (prefix, remaining root) pair that s could start with.
 * The nasal prefixes meN-/peN- restore the dropped k/p/t/s as an extra option.
 */
interface PrefixOption {
	form: string;
	surface: string;
	rest: string;
	restoredK?: boolean;
}

const nasalHeads = [
	['me', 'meN-'],
	['pe', 'peN-']
] as const;
/** Every prefix starts with one of these letters; anything else needs no prefix search. */
const prefixInitials = new Set(['m', 'p', 'b', 't', 'd', 'k', 's']);

function prefixOptions(s: string, out: PrefixOption[]): void {
	if (!prefixInitials.has(s[0])) return;
	const add = (form: string, surface: string, rest: string) => {
		if (rest.length >= 2) out.push({ form, surface, rest });
	};
	for (const [head, form] of nasalHeads) {
		if (!s.startsWith(head)) continue;
		const c2 = s[2];
		const n = head[0] + 'e';
		if (s.startsWith(n + 'ng')) {
			const c4 = s[4];
			if (s.startsWith(n + 'nge')) add(form, n + 'nge-', s.slice(5));
			if (isVowel(c4) || c4 === 'g' || c4 === 'h' || c4 === 'k' || c4 === 'q')
				add(form, n + 'ng-', s.slice(4));
			if (isVowel(c4) && s.length > 5)
				out.push({ form, surface: n + 'ng-', rest: 'k' + s.slice(4), restoredK: true });
		} else if (s.startsWith(n + 'ny')) {
			if (isVowel(s[4])) add(form, n + 'ny-', 's' + s.slice(4));
		} else if (s.startsWith(n + 'n')) {
			const c3 = s[3];
			if (isVowel(c3)) add(form, n + 'n-', 't' + s.slice(3));
			else if ('cdjzst'.includes(c3)) add(form, n + 'n-', s.slice(3));
		} else if (s.startsWith(n + 'm')) {
			const c3 = s[3];
			if (isVowel(c3)) add(form, n + 'm-', 'p' + s.slice(3));
			else if ('bfvp'.includes(c3)) add(form, n + 'm-', s.slice(3));
		}
		// me-/pe- before l, r, w, y and nasals: melipat, meminum, menyanyi, menganga, pewarna.
		if (c2 && 'lwymn'.includes(c2)) add(form, n + '-', s.slice(2));
		if (c2 === 'r' && head === 'me') add(form, 'me-', s.slice(2));
		if (head === 'pe') {
			if (s.startsWith('pelajar')) add(form, 'pel-', s.slice(3));
			// pe- before a plain consonant: petani, pekerja, pedagang.
			if (c2 && !isVowel(c2) && !'lrwymn'.includes(c2)) add(form, 'pe-', s.slice(2));
		}
	}
	if (s.startsWith('ber')) add('ber-', 'ber-', s.slice(3));
	if (s.startsWith('be')) {
		if (s[2] === 'r' || isCer(s, 2)) add('ber-', 'be-', s.slice(2));
		if (s.startsWith('belajar')) add('ber-', 'bel-', s.slice(3));
	}
	if (s.startsWith('ter')) add('ter-', 'ter-', s.slice(3));
	if (s.startsWith('te') && (s[2] === 'r' || isCer(s, 2))) add('ter-', 'te-', s.slice(2));
	if (s.startsWith('per')) add('per-', 'per-', s.slice(3));
	if (s.startsWith('pe') && s[2] === 'r') add('per-', 'pe-', s.slice(2));
	if (s.startsWith('di')) add('di-', 'di-', s.slice(2));
	if (s.startsWith('ke')) add('ke-', 'ke-', s.slice(2));
	if (s.startsWith('se')) add('se-', 'se-', s.slice(2));
	if (s.startsWith('kau')) add('kau-', 'kau-', s.slice(3));
	if (s.startsWith('ku')) add('ku-', 'ku-', s.slice(2));
}

interface Base {
	base: string;
	derivational?: string;
	/** -kan written with one k after a root ending in k (menaikan for menaikkan), a common slip. */
	sharedK?: boolean;
	possessive?: string;
	particle?: string;
}

/** Every way to peel particle, then possessive, then derivational suffix off the end. */
function suffixOptions(w: string): Base[] {
	const out: Base[] = [{ base: w }];
	const afterParticle: Base[] = [{ base: w }];
	for (const p of particles) {
		if (w.length - p.length >= minRootLength && w.endsWith(p))
			afterParticle.push({ base: w.slice(0, -p.length), particle: p });
	}
	const afterPossessive: Base[] = [];
	for (const b of afterParticle) {
		afterPossessive.push(b);
		for (const p of possessives) {
			if (b.base.length - p.length >= minRootLength && b.base.endsWith(p))
				afterPossessive.push({ ...b, base: b.base.slice(0, -p.length), possessive: p });
		}
	}
	for (const b of afterPossessive) {
		if (b !== afterPossessive[0]) out.push(b);
		for (const d of derivationals) {
			// Borrowed -is/-isme/-isasi sit on long loan roots ending in a consonant (ideal, final),
			// never on kam(is) or menang(is).
			if (!b.base.endsWith(d)) continue;
			const rest = b.base.slice(0, -d.length);
			const foreign = d.length > 3 || d === 'is';
			if (foreign && (rest.length < 4 || isVowel(rest[rest.length - 1]) || rest.endsWith('ng')))
				continue;
			if (rest.length >= minRootLength) out.push({ ...b, base: rest, derivational: d });
			if (d === 'an' && rest.endsWith('k') && rest.length > minRootLength)
				out.push({ ...b, base: rest, derivational: 'kan', sharedK: true });
		}
	}
	return out;
}

function zipfOf(dict: RootDictionary, root: string): number {
	return dict.zipf ? dict.zipf(root) : 0;
}

/**
 * Higher is better. Long roots beat short ones (dimulai: mulai, not mula+i), frequent roots
 * beat rare ones (berada: ada, not rada), and each layer of affix costs a little, so the
 * reading with the fewest assumptions wins; a suffix-only reading breaks exact ties, as in
 * Nazief–Adriani (berikan: beri+kan, not ber+ikan).
 */
function scoreReading(r: Omit<Reading, 'score'>, dict: RootDictionary): number {
	let layers =
		r.prefixes.length + (r.derivational ? 1 : 0) + (r.possessive ? 1 : 0) + (r.particle ? 1 : 0);
	if (r.infix || r.partialRedup) layers += 3;
	let score = lengthWeight * r.root.length + zipfOf(dict, r.root) - 1.5 * layers;
	if (r.prefixes.length === 0) score += 0.5;
	// A misspelling is the reading of last resort: menarikan is tari's, menaikan naik's.
	if (r.sharedK) score -= 2;
	// A bare -i verb is an imperative, rare in prose; most words ending in i are roots (petani: tani).
	if (r.prefixes.length === 0 && r.derivational === 'i') score -= 3;
	// Nasal assimilation that keeps the consonant (mentaati, penstabilan) is the exception.
	// meng- before a vowel keeps the vowel's root first (mengubah: ubah, not kubah), as in Nazief–Adriani.
	for (const p of r.prefixes) if (p.restoredK) score -= 1;
	// A k restored where the root without it has as large a word family (mengurus, pengurus: urus
	// "manage", not kurus "thin"): wordfreq counts the short root alone less often only because it
	// mostly stands in derived forms.
	if (
		r.prefixes.some((p) => p.restoredK) &&
		dict.familyZipf &&
		dict.has(r.root.slice(1)) &&
		dict.familyZipf(r.root.slice(1)) >= dict.familyZipf(r.root) - 0.5
	)
		score -= 3;
	// ber-/ter- lose their r only before an r-initial root (berambut); prefer ber+usia to be+rusia.
	// So does per-…-an (perumahan, perincian), but when the root without its r has the larger word
	// family, per+ubah+an beats pe+rubah+an (perubahan); without -an, pe- before r is the agent noun (peramal).
	for (const p of r.prefixes) if (p.surface === 'be-' || p.surface === 'te-') score -= 1;
	if (
		r.derivational === 'an' &&
		dict.familyZipf &&
		r.prefixes.some((p) => p.surface === 'pe-' && p.form === 'per-') &&
		dict.familyZipf(r.root.slice(1)) > dict.familyZipf(r.root)
	)
		score -= 1;
	for (const p of r.prefixes)
		if ((p.surface === 'men-' || p.surface === 'pen-') && /^[st][aeiou]/.test(r.root)) score -= 1;
	// peN- makes nouns of verbs and adjectives, not of nouns that already end in -an: pengawasan
	// is peN-…-an + awas (supervision), not peN- + kawasan (area), pelayanan is layan's.
	if (
		!r.derivational &&
		r.prefixes.length === 1 &&
		r.prefixes[0].form === 'peN-' &&
		r.root.length >= 6 &&
		r.root.endsWith('an')
	)
		score -= 6;
	// Nor does meN- take such a noun without a suffix: memasukan is masuk's -kan (spelt with one
	// k), not meN- + pasukan.
	if (
		!r.derivational &&
		r.prefixes.length === 1 &&
		r.prefixes[0].form === 'meN-' &&
		r.root.length >= 7 &&
		r.root.endsWith('kan')
	)
		score -= 6;
	return score;
}

const foreignSuffixes = new Set(['is', 'isme', 'isasi']);

function confixAllowed(prefixes: PrefixStep[], derivational: string | undefined): boolean {
	if (!derivational || prefixes.length === 0) return true;
	// Borrowed suffixes come with their loan root, never under a native prefix (menangis is not menang+is).
	if (foreignSuffixes.has(derivational)) return false;
	return !disallowedPairs.has(prefixes[0].form + '|' + derivational);
}

function collectReadings(word: string, dict: RootDictionary, extraRoot?: string): Reading[] {
	const readings: Reading[] = [];
	const known = (s: string) => s.length >= minRootLength && (dict.has(s) || s === extraRoot);
	const options: PrefixOption[] = [];
	for (const b of suffixOptions(word)) {
		const visit = (s: string, prefixes: PrefixStep[]) => {
			if (prefixes.length > 0 || b.base !== word) {
				if (known(s) && confixAllowed(prefixes, b.derivational)) {
					const r = {
						root: s,
						prefixes,
						derivational: b.derivational,
						possessive: b.possessive,
						particle: b.particle,
						...(b.sharedK ? { sharedK: true } : {})
					};
					readings.push({ ...r, score: scoreReading(r, dict) });
				}
			}
			if (prefixes.length >= 3) return;
			options.length = 0;
			prefixOptions(s, options);
			if (options.length === 0) return;
			const mine = options.slice();
			const last = prefixes[prefixes.length - 1];
			for (const o of mine) {
				if (last && !(innerPrefixes[last.form] ?? []).includes(o.form)) continue;
				// meN-/di- directly over ber- only ever come with -kan (memberdayakan, diberlakukan).
				if (
					last &&
					o.form === 'ber-' &&
					(last.form === 'meN-' || last.form === 'di-') &&
					b.derivational !== 'kan'
				)
					continue;
				visit(o.rest, [
					...prefixes,
					o.restoredK
						? { form: o.form, surface: o.surface, restoredK: true }
						: { form: o.form, surface: o.surface }
				]);
			}
		};
		visit(b.base, []);
	}
	return readings;
}

/** Old infixes and Ce- partial reduplication, tried only when nothing regular fits. */
function fallbackReadings(word: string, dict: RootDictionary): Reading[] {
	const out: Reading[] = [];
	for (const b of suffixOptions(word)) {
		const s = b.base;
		// Infixes are fossils: never stacked under clitics or particles (perintah is not p-er-in+tah).
		if (s.length < 5 || isVowel(s[0]) || b.particle || b.possessive) continue;
		for (const inf of ['el', 'em', 'er', 'in']) {
			if (s.slice(1, 3) === inf) {
				const root = s[0] + s.slice(3);
				if (root.length >= minRootLength && dict.has(root)) {
					const r = {
						root,
						prefixes: [],
						derivational: b.derivational,
						possessive: b.possessive,
						particle: b.particle,
						infix: '-' + inf + '-'
					};
					out.push({ ...r, score: scoreReading(r, dict) });
				}
			}
		}
		if (s[1] === 'e' && s[2] === s[0]) {
			const root = s.slice(2);
			if (dict.has(root)) {
				const r = {
					root,
					prefixes: [],
					derivational: b.derivational,
					possessive: b.possessive,
					particle: b.particle,
					partialRedup: true
				};
				out.push({ ...r, score: scoreReading(r, dict) });
			}
		}
	}
	return out;
}

function best(readings: Reading[]): Reading | undefined {
	let top: Reading | undefined;
	for (const r of readings) if (!top || r.score > top.score) top = r;
	return top;
}

function affixesOf(r: Reading): Affix[] {
	const prefixes: Affix[] = [];
	const steps = r.prefixes;
	let i = 0;
	while (i < steps.length) {
		const p = steps[i];
		const next = steps[i + 1];
		// meN- or di- over per-/pe- is taught as one prefix, memper-/diper-.
		if (
			next &&
			(p.form === 'meN-' || p.form === 'di-') &&
			(next.form === 'per-' ||
				(next.form === 'peN-' && (next.surface === 'pe-' || next.surface === 'pel-')))
		) {
			const form = p.form === 'meN-' ? 'memper-' : 'diper-';
			const surface = (p.form === 'meN-' ? 'mem' : 'di') + next.surface;
			prefixes.push(makeAffix(form, surface === form ? undefined : surface));
			i += 2;
			continue;
		}
		// pe- before r makes agent nouns like peN- (perawat "nurse"); only with -an is it per- (perumahan).
		if (p.form === 'per-' && p.surface === 'pe-' && r.derivational !== 'an')
			prefixes.push(makeAffix('peN-', 'pe-'));
		else prefixes.push(makeAffix(p.form, p.surface));
		i++;
	}
	const suffixes: Affix[] = [];
	if (r.infix) prefixes.push(makeAffix(r.infix));
	if (r.partialRedup) prefixes.push(makeAffix('partial reduplication'));
	let possessiveUsed = false;
	let confix: Affix | undefined;
	if (r.derivational) {
		// The confix pairs with the outermost prefix (keberhasilan = ke-…-an around ber-hasil).
		const outer = steps[0];
		const form = outer ? confixes[outer.form + '|' + r.derivational] : undefined;
		if (form) {
			const first = prefixes.shift()!;
			confix = makeAffix(form, first.surface ? first.surface + '…-an' : undefined);
		} else suffixes.push(makeAffix('-' + r.derivational));
	} else if (
		r.possessive === 'nya' &&
		steps.length === 1 &&
		steps[0].form === 'se-' &&
		!r.particle
	) {
		prefixes.shift();
		confix = makeAffix('se-…-nya');
		possessiveUsed = true;
	}
	if (r.possessive && !possessiveUsed) suffixes.push(makeAffix('-' + r.possessive));
	if (r.particle) suffixes.push(makeAffix('-' + r.particle));
	return confix ? [confix, ...prefixes, ...suffixes] : [...prefixes, ...suffixes];
}

const plainWord = /^[a-z]+$/;
const cliticParts = new Set(['ku', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun']);

/**
 * Place and time words that the preposition di is often written joined to (disini, dipasaran,
 * ditempatnya, diakhir): never the root of a passive without a suffix, so the reading is safe.
 */
const locativeWords = new Set(
	(
		'sini situ sana mana tempat wilayah daerah kawasan lokasi pasar pasaran rumah kota desa kampung ' +
		'sekolah kantor dalam luar atas bawah depan belakang samping sekitar antara tengah akhir awal ' +
		'ujung pinggir tepi sebelah jalan lapangan menit detik tahun bulan minggu pekan hari masa era ' +
		'media lantai kelas ruang pusat lahan sawah kebun laut pantai sungai perbatasan simpang ' +
		'perempatan pertigaan kisaran tingkat seberang'
	).split(' ')
);

/** Where "ke" written joined means "to": kekanan, kesini, kepasar. */
const directionWords = new Set(
	'sini situ sana mana kanan kiri atas bawah depan belakang samping tengah pasar rumah sekolah kantor lokasi'.split(
		' '
	)
);
for (const w of ['kanan', 'kiri']) locativeWords.add(w);

/** Whether a word is the preposition di or ke written joined to a place or time word (disini). */
export const isJoinedPreposition = (word: string) => !!joinedPreposition(word.toLowerCase());

/** "ditempatnya" → tempat with the joined preposition and -nya; undefined when it is not that. */
function joinedPreposition(word: string): WordAnalysis | undefined {
	const preposition = word.startsWith('di') ? 'di' : word.startsWith('ke') ? 'ke' : undefined;
	if (!preposition) return undefined;
	const rest = word.slice(2);
	const base = rest.endsWith('nya') ? rest.slice(0, -3) : rest;
	// ke- also makes ordinals and ke-…-an nouns: only directions and places take it as "to".
	if (!locativeWords.has(base) || (preposition === 'ke' && !directionWords.has(base)))
		return undefined;
	const affixes = [makeAffix(`${preposition} (joined)`)];
	if (base !== rest) affixes.push(makeAffix('-nya'));
	return { word, root: base, affixes };
}

function analyzePlain(
	word: string,
	dict: RootDictionary,
	extraRoot?: string
): WordAnalysis | undefined {
	if (word.length <= minRootLength || dict.has(word)) return { word, root: word, affixes: [] };
	const joined = joinedPreposition(word);
	if (joined) return joined;
	const top = best(collectReadings(word, dict, extraRoot)) ?? best(fallbackReadings(word, dict));
	return top ? { word, root: top.root, affixes: affixesOf(top) } : undefined;
}

const decadeOrOrdinal = /^(?:(ke)-(\d+)|(\d+)-(an))$/;

function analyzeHyphenated(lower: string, dict: RootDictionary): WordAnalysis | undefined {
	// ke-3 "third" and 1970-an "the 1970s" keep the number as the root.
	const numeric = decadeOrOrdinal.exec(lower);
	if (numeric)
		return numeric[1]
			? { word: lower, root: numeric[2], affixes: [makeAffix('ke-')] }
			: { word: lower, root: numeric[3], affixes: [makeAffix('-an')] };
	const parts = lower.split('-');
	if (parts.some((p) => !plainWord.test(p))) return undefined;
	const trailing: Affix[] = [];
	while (parts.length > 1 && cliticParts.has(parts[parts.length - 1]))
		trailing.unshift(makeAffix('-' + parts.pop()!));
	const withTrailing = (a: WordAnalysis | undefined): WordAnalysis | undefined =>
		a && { word: lower, root: a.root, affixes: [...a.affixes, ...trailing] };
	if (parts.length === 1)
		return withTrailing(
			analyzePlain(parts[0], dict) ?? { word: parts[0], root: parts[0], affixes: [] }
		);
	const joined = parts.join('-');
	if (dict.has(joined)) return withTrailing({ word: joined, root: joined, affixes: [] });
	if (parts.length !== 2 && !parts.every((p) => p === parts[0])) return undefined;
	const [first, second] = [parts[0], parts[parts.length - 1]];
	const redup = makeAffix('reduplication');
	const merge = (a: Affix[], b: Affix[]) => {
		const seen = new Set(a.map((x) => x.form));
		return [...a, ...b.filter((x) => !seen.has(x.form))];
	};
	const a = analyzePlain(first, dict);
	if (first === second)
		return withTrailing({
			word: lower,
			root: a ? a.root : first,
			affixes: [...(a ? a.affixes : []), redup]
		});
	const b = analyzePlain(second, dict);
	if (a && b && a.root === b.root)
		return withTrailing({
			word: lower,
			root: a.root,
			affixes: [...merge(a.affixes, b.affixes), redup]
		});
	// meniru-nirukan, menyepak-nyepak: the second half lost the prefix's first letters.
	if (a && a.affixes.length > 0) {
		for (let k = 2; k <= Math.min(5, first.length - 1); k++) {
			const c = analyzePlain(first.slice(0, k) + second, dict);
			if (c && c.root === a.root && c.affixes.length > 0)
				return withTrailing({
					word: lower,
					root: a.root,
					affixes: [...merge(a.affixes, c.affixes), redup]
				});
		}
	}
	// tergesa-gesa: the bare second half is the root even when the dictionary lacks it.
	if (first.endsWith(second) && second.length >= minRootLength) {
		const c = analyzePlain(first, dict, second);
		if (c && c.root === second)
			return withTrailing({ word: lower, root: second, affixes: [...c.affixes, redup] });
	}
	return undefined;
}

const caches = new WeakMap<RootDictionary, Map<string, WordAnalysis>>();
const maxCacheSize = 200_000;

/**
 * Common slips and variant spellings of news writers, tried only on a word nothing else reads:
 * a doubled k (kenaikkan), one g for gg (tingal), b for a final p (bertahab), o for u (berlobang),
 * e for a (mengevekuasi). A variant counts only when
 * it reaches a common root, so a name is not turned into a word by chance.
 */
function variantReading(word: string, dict: RootDictionary): WordAnalysis | undefined {
	if (word.length < 6) return undefined;
	// A doubled k is a slip wherever it stands; o for u and e for a only inside a verb with its
	// prefix (berlobang, mengevekuasi), where no place or person name has that shape.
	const verbal = (r: WordAnalysis) =>
		r.affixes.length > 0 &&
		['meN-', 'ber-', 'di-', 'ter-'].includes(r.affixes[0].form) &&
		r.affixes.every((a) => a.kind === 'prefix' || a.kind === 'suffix' || a.kind === 'clitic');
	const tries: [string, boolean][] = [];
	if (word.includes('kk')) tries.push([word.replace('kk', 'k'), false]);
	// One g for gg (tingal, meningal) and b for a final p (bertahab): slips of the ear.
	for (let i = word.indexOf('ng'); i >= 0; i = word.indexOf('ng', i + 1))
		if (word[i + 2] !== 'g') tries.push([word.slice(0, i + 2) + 'g' + word.slice(i + 2), false]);
	if (word.endsWith('b')) tries.push([word.slice(0, -1) + 'p', true]);
	for (const [from, to] of [
		['o', 'u'],
		['e', 'a']
	])
		for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1))
			tries.push([word.slice(0, i) + to + word.slice(i + 1), true]);
	for (const [v, needsVerb] of tries) {
		const r = analyzePlain(v, dict);
		if (!r || zipfOf(dict, r.root) < 4 || (needsVerb && !verbal(r))) continue;
		if (r.affixes.some((a) => a.kind === 'infix')) continue;
		return { word, root: r.root, affixes: r.affixes };
	}
	return undefined;
}

function analyzeUncached(word: string, dict: RootDictionary): WordAnalysis {
	const lower = word.toLowerCase();
	let result: WordAnalysis | undefined;
	if (plainWord.test(lower)) result = analyzePlain(lower, dict) ?? variantReading(lower, dict);
	else if (lower.includes('-') && lower.length < 200) result = analyzeHyphenated(lower, dict);
	return { word, root: result ? result.root : lower, affixes: result ? result.affixes : [] };
}

/** Root and affixes of one word. Never throws; unknown words come back as their own root. */
export function analyzeWord(word: string, dict: RootDictionary): WordAnalysis {
	let cache = caches.get(dict);
	if (!cache) caches.set(dict, (cache = new Map()));
	const hit = cache.get(word);
	if (hit) return hit;
	const result = analyzeUncached(word, dict);
	if (cache.size >= maxCacheSize) cache.clear();
	cache.set(word, result);
	return result;
}

export function stem(word: string, dict: RootDictionary): string {
	return analyzeWord(word, dict).root;
}

/** Stems every word of a text and joins the roots with spaces (the Sastrawi sentence convention). */
export function stemText(text: string, dict: RootDictionary): string {
	const words = text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
	return words.map((w) => stem(w, dict)).join(' ');
}

/** A dictionary over a plain list of roots, e.g. the Sastrawi test dictionary. */
export function rootSet(roots: Iterable<string>, zipf?: (root: string) => number): RootDictionary {
	const set = new Set<string>();
	for (const r of roots) set.add(r.toLowerCase());
	return zipf ? { has: (r) => set.has(r), zipf } : { has: (r) => set.has(r) };
}

/**
 * The stems left after peeling optional suffixes and exactly one prefix layer, with no
 * dictionary check. The lexicon builder counts them to see which words behave as roots
 * (menerbitkan, diterbitkan, penerbit all peel to terbit).
 */
export function oneLayerStems(
	word: string
): { prefix: string; stem: string; derivational: boolean }[] {
	const out: { prefix: string; stem: string; derivational: boolean }[] = [];
	const options: { form: string; surface: string; rest: string }[] = [];
	for (const b of suffixOptions(word)) {
		const derivational = b.derivational !== undefined;
		if (b.base !== word) out.push({ prefix: '', stem: b.base, derivational });
		options.length = 0;
		prefixOptions(b.base, options);
		for (const o of options)
			if (o.rest.length >= minRootLength) out.push({ prefix: o.form, stem: o.rest, derivational });
	}
	return out;
}
