/**
 * Transparent cognates: an Indonesian word whose English gloss a learner can read off its spelling
 * (ekspansi/expansion, komitmen/commitment, teknologi/technology, kualitas/quality).
 *
 * Algorithm: both words are reduced to one spelling "skeleton". English is rewritten the way
 * Indonesian spells loanwords (the regular suffix correspondences -tion → -si, -ty → -tas,
 * -ism → -isme, -ment → -men, -ive → -if, -ic → -ik, -y → -i; then the letters ph → f, th → t,
 * ch → k, qu → ku, x → ks, c → s before e/i/y and k elsewhere, y → i, doubled letters single, a silent
 * final e dropped); Indonesian only loses its doubled letters. Equal skeletons are cognates; long
 * words may also differ by one edit (presiden/president, polisi/police). Rules rather than a list,
 * so loanwords no list foresaw are caught too.
 */

/** English suffix → its usual Indonesian spelling, longest first so -ization wins over -tion. */
const suffixes: [RegExp, string][] = [
	[/i[sz]ation$/, 'isasi'],
	[/ssion$/, 'si'],
	[/[ts]ion$/, 'si'],
	[/ency$/, 'ensi'],
	[/ancy$/, 'ansi'],
	[/ence$/, 'ensi'],
	[/ance$/, 'ansi'],
	[/ity$/, 'itas'],
	[/ism$/, 'isme'],
	[/ment$/, 'men'],
	[/ive$/, 'if'],
	[/ical$/, 'ik'],
	[/ics$/, 'ik'],
	[/ique$/, 'ik'],
	[/ic$/, 'ik'],
	[/ist$/, 'is'],
	[/ure$/, 'ur'],
	[/ate$/, 'at'],
	[/y$/, 'i']
];

/** The English word respelled the way Indonesian spells its loanwords (information → informasi). */
export function englishSkeleton(word: string): string {
	let w = word.toLowerCase().replace(/[^a-z]/g, '');
	for (const [re, to] of suffixes) {
		if (re.test(w)) {
			w = w.replace(re, to);
			break;
		}
	}
	w = w
		.replace(/ph/g, 'f')
		.replace(/th/g, 't')
		.replace(/ch/g, 'k')
		.replace(/ck/g, 'k')
		.replace(/qu/g, 'ku')
		.replace(/x/g, 'ks')
		.replace(/c(?=[eiy])/g, 's')
		.replace(/c/g, 'k')
		.replace(/y/g, 'i');
	w = collapse(w);
	return w.length > 3 ? w.replace(/([^aeiou])e$/, '$1') : w;
}

/** The Indonesian word with doubled letters made single, to compare with `englishSkeleton`. */
export function indonesianSkeleton(word: string): string {
	return collapse(
		word
			.toLowerCase()
			.replace(/[^a-z]/g, '')
			.replace(/kh/g, 'k')
	);
}

const collapse = (w: string) => w.replace(/(.)\1+/g, '$1');

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			best = Math.min(best, row[j]);
		}
		if (best > limit) return limit + 1;
		prev = row;
	}
	return prev[b.length];
}

/** The English words a gloss offers: "expansion; growth" → expansion, growth; "to expand" → expand. */
function glossWords(glosses: string | readonly string[]): string[] {
	const list = typeof glosses === 'string' ? [glosses] : glosses;
	return list
		.flatMap((g) => g.split(/[;,/()]/))
		.map((g) => g.trim().replace(/^to /, ''))
		.filter((g) => g && !g.includes(' '));
}

/**
 * The English word of `englishGlosses` that `indonesianWord` is a transparent cognate of, or undefined.
 * Glosses may be one string with ";"-separated senses or a list; multiword senses are skipped.
 */
export function cognateOf(
	indonesianWord: string,
	englishGlosses: string | readonly string[]
): string | undefined {
	const id = indonesianSkeleton(indonesianWord);
	if (id.length < 4) return undefined;
	for (const en of glossWords(englishGlosses)) {
		const skeleton = englishSkeleton(en);
		if (skeleton.length < 4) continue;
		// Indonesian often adds a final vowel to a borrowed stem (polisi/police, krisis is exact).
		if (
			skeleton === id ||
			(id.length === skeleton.length + 1 && id.startsWith(skeleton) && /[aeiou]$/.test(id))
		)
			return en;
		// One edit for words of six letters or more (polisi/police), two from ten (administrasi/administration).
		const limit = Math.min(id.length, skeleton.length) >= 10 ? 2 : 1;
		if (Math.min(id.length, skeleton.length) >= 6 && editDistance(id, skeleton, limit) <= limit)
			return en;
	}
	return undefined;
}

/** True when a learner can read `englishGlosses` off the spelling of `indonesianWord` (ekspansi: expansion). */
export function isTransparentCognate(
	indonesianWord: string,
	englishGlosses: string | readonly string[]
): boolean {
	return cognateOf(indonesianWord, englishGlosses) !== undefined;
}

/**
 * Whether a word has the shape of a Western loan: a borrowed ending (-si, -tas, -isme, -ik, -if, -al, -or,
 * -us, -um, -ur, -en), a letter native words lack (f, v, z, q, x), an initial cluster (kl-, pr-, tr-,
 * st-) or an inner one (ks, kt, nt, mp, st). Native words that happen to look like English (guru, saing)
 * have none of these, so a "cognate" is only trusted on a word of this shape.
 */
export function looksBorrowed(word: string): boolean {
	const w = word.toLowerCase();
	return (
		/(?:si|tas|isme|ik|if|al|or|us|um|ur|en|er)$/.test(w) ||
		/[fvzqx]/.test(w) ||
		/^[bcdfgkpst][lr]/.test(w) ||
		/^st|ks|kt|mp[^a]|st/.test(w)
	);
}
