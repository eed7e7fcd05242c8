/**
 * Lexicon: root → part of speech, learner gloss and frequency band. Built from the compact
 * generated table (data/lexicon.json) with the hand-curated entries laid over it, so a
 * curated gloss always wins and stays recognisable as curated. Takes the data as arguments
 * and never imports it, so the browser bundle only carries it when a page asks for it.
 *
 * Roots follow KBBI (terhadap is filed under hadap), but a learner needs the meaning of the form
 * on the page ("terhadap: towards"), so the lexicon also answers `formGloss(form)` for derived
 * forms whose meaning is not simply the root's: hand-written (data/curated-forms.json) first,
 * then the forms named in a curated root's gloss ("invite (undangan: invitation)"), then the
 * dictionaries' own headwords for derived forms (the build's `forms` table).
 */
import type { FrequencyBand, Lexicon, LexiconEntry, RootDictionary, Sense } from './types';

/** data/lexicon.json: rows of [lemma, pos, gloss, band, round(Zipf × 10), round(family Zipf × 10)]. */
export interface GeneratedLexicon {
	entries: (
		[string, string, string, number, number] | [string, string, string, number, number, number]
	)[];
	/** Derived headwords the build dropped from the roots: [form, pos, gloss]. */
	forms?: [string, string, string][];
	/** Words with several senses, ranked by prior: [word, pos, gloss, pos, gloss, …]. */
	senses?: string[][];
	/** Multiword expressions from the dictionaries: [expression, pos, gloss]. */
	multiwords?: [string, string, string][];
}

/** data/curated-multiwords.json: hand-written expressions common in news, each with why it is listed. */
export interface CuratedMultiwords {
	expressions: Record<string, { pos: string; gloss: string; reason: string }>;
}

/**
 * data/curated-multiwords.json also reviews the dictionaries' expressions: `rejected` ones are not
 * units in news (their word sequence usually means something else), `corrections` fix their glosses.
 */
export interface CuratedMultiwordRejections {
	rejected?: string[];
	/** Dictionary expressions whose gloss a lexicographer corrected: expression → gloss. */
	corrections?: Record<string, string>;
}

/** data/curated-acronyms.json: acronyms as news writes them (BPS, Polres), with their expansion. */
export interface CuratedAcronyms {
	acronyms: Record<string, { expansion: string; gloss: string }>;
}

/** data/curated-forms.json: hand-written glosses of derived forms, keyed by the lower-case form. */
export interface CuratedForms {
	forms: Record<string, { pos?: string; gloss: string }>;
}

/** data/curated-lexicon.json: hand-written entries, keyed by lemma. */
export interface CuratedLexicon {
	roots: Record<string, { pos: string; gloss: string; band?: number; reason?: string }>;
}

export interface LoadedLexicon extends Lexicon {
	formGloss(form: string): string | undefined;
	formCurated(form: string): boolean;
	senses(word: string): Sense[] | undefined;
	multiword(expression: string): LexiconEntry | undefined;
	acronym(written: string): string | undefined;
	/** The longest expression in words, so a matcher knows how far to look ahead. */
	longestMultiword: number;
	dictionary: RootDictionary;
	size: number;
}

/** Zipf frequency assumed for a curated root wordfreq does not count. */
const curatedRootZipf = 3.5;

function toBand(n: number | undefined): FrequencyBand {
	return n === 1 || n === 2 || n === 3 || n === 4 ? n : 5;
}

/**
 * The "form: meaning" pairs in brackets at the end of a curated gloss:
 * "invite (mengundang: invite; undangan: invitation)". Brackets without a colon are part of the gloss.
 */
export function bracketedForms(gloss: string): [string, string][] {
	const open = formNoteStart(gloss);
	if (open < 0) return [];
	const out: [string, string][] = [];
	for (const part of gloss.slice(open + 2, -1).split(';')) {
		const colon = part.indexOf(':');
		if (colon < 0) continue;
		const form = part.slice(0, colon).trim().toLowerCase();
		const meaning = part.slice(colon + 1).trim();
		if (/^[a-z]+(?:-[a-z]+)*$/.test(form) && meaning) out.push([form, meaning]);
	}
	return out;
}

/** The gloss without its trailing "(form: meaning)" note: the word's own senses only. */
export function withoutFormNote(gloss: string): string {
	const open = formNoteStart(gloss);
	return open < 0 || !gloss.slice(open).includes(':') ? gloss : gloss.slice(0, open).trim();
}

/** Where the trailing bracket of a curated gloss opens, or -1. */
function formNoteStart(gloss: string): number {
	const open = gloss.lastIndexOf(' (');
	return open < 0 || !gloss.endsWith(')') ? -1 : open;
}

/**
 * News prefixes an office's acronym with Ka- for its head and Ma- for its headquarters
 * (Kapolrestabes, Mapolres): the office's own acronym, with "chief of" or "headquarters of".
 */
function headOf(written: string, acronyms: Map<string, string>): string | undefined {
	const m = /^(Ka|Ma)(\p{Ll}{4,})$/u.exec(written);
	const office = m && acronyms.get(m[2][0].toUpperCase() + m[2].slice(1));
	if (!m || !office) return undefined;
	return `${m[1] === 'Ka' ? 'chief of the' : 'headquarters of the'} ${office}`;
}

export function createLexicon(
	generated: GeneratedLexicon,
	curated: CuratedLexicon,
	curatedForms: CuratedForms = { forms: {} },
	curatedMultiwords: CuratedMultiwords & CuratedMultiwordRejections = { expressions: {} },
	curatedAcronyms: CuratedAcronyms = { acronyms: {} }
): LoadedLexicon {
	const entries = new Map<string, LexiconEntry>();
	const formGlosses = new Map<string, string>();
	/** Forms whose gloss was written by hand: their generated senses are not offered. */
	const curatedFormSet = new Set<string>();
	for (const [form, , gloss] of generated.forms ?? []) if (gloss) formGlosses.set(form, gloss);
	for (const c of Object.values(curated.roots))
		for (const [form, meaning] of bracketedForms(c.gloss)) {
			formGlosses.set(form, meaning);
			curatedFormSet.add(form);
		}
	for (const [form, c] of Object.entries(curatedForms.forms)) {
		formGlosses.set(form.toLowerCase(), c.gloss);
		curatedFormSet.add(form.toLowerCase());
	}
	const zipf = new Map<string, number>();
	const familyZipf = new Map<string, number>();
	for (const [lemma, pos, gloss, band, zipf10, family10] of generated.entries) {
		entries.set(lemma, { lemma, pos, gloss, band: toBand(band), curated: false });
		if (zipf10 > 0) zipf.set(lemma, zipf10 / 10);
		if (family10 && family10 > 0) familyZipf.set(lemma, family10 / 10);
	}
	for (const [lemma, c] of Object.entries(curated.roots)) {
		const before = entries.get(lemma);
		// A root a person added is a real word even where wordfreq has no count for it: count it as
		// moderately common, as the build counts an unattested root with a family of forms, so the
		// stemmer prefers it to a shorter, unrelated root (kemasan: kemas, not mas).
		if (!before && !zipf.has(lemma)) zipf.set(lemma, curatedRootZipf);
		entries.set(lemma, {
			lemma,
			pos: c.pos,
			gloss: c.gloss,
			band: toBand(c.band ?? before?.band),
			curated: true
		});
	}
	const senses = new Map<string, Sense[]>();
	for (const [word, ...rest] of generated.senses ?? []) {
		const list: Sense[] = [];
		for (let i = 0; i + 1 < rest.length; i += 2) list.push({ pos: rest[i], gloss: rest[i + 1] });
		senses.set(word, list);
	}
	const multiwords = new Map<string, LexiconEntry>();
	for (const [expression, pos, gloss] of generated.multiwords ?? [])
		multiwords.set(expression, { lemma: expression, pos, gloss, band: 3, curated: false });
	for (const [expression, c] of Object.entries(curatedMultiwords.expressions))
		multiwords.set(expression.toLowerCase(), {
			lemma: expression.toLowerCase(),
			pos: c.pos,
			gloss: c.gloss,
			band: 2,
			curated: true
		});
	for (const expression of curatedMultiwords.rejected ?? []) multiwords.delete(expression);
	// A person checked the dictionaries' expression glosses: corrected ones are vouched for.
	for (const [expression, gloss] of Object.entries(curatedMultiwords.corrections ?? {})) {
		const entry = multiwords.get(expression);
		if (entry) multiwords.set(expression, { ...entry, gloss, curated: true });
	}
	// "Ministry of Trade (Kementerian Perdagangan)": the English first, then what it abbreviates,
	// unless the English already carries a bracket or the expansion's words.
	const acronyms = new Map(
		Object.entries(curatedAcronyms.acronyms).map(([written, a]) => {
			const said = a.gloss.toLowerCase();
			const redundant =
				!a.expansion || a.gloss.includes('(') || said.includes(a.expansion.toLowerCase());
			return [written, redundant ? a.gloss : `${a.gloss} (${a.expansion})`];
		})
	);
	const longestMultiword = Math.max(0, ...[...multiwords.keys()].map((k) => k.split(' ').length));
	const dictionary: RootDictionary = {
		has: (r) => entries.has(r),
		zipf: (r) => zipf.get(r) ?? 0,
		familyZipf: (r) => familyZipf.get(r) ?? 0
	};
	return {
		lookup: (root) => entries.get(root.toLowerCase()),
		formGloss: (form) => formGlosses.get(form.toLowerCase()),
		formCurated: (form) => curatedFormSet.has(form.toLowerCase()),
		// A curated gloss is the whole truth for its word: its generated senses are not offered.
		senses: (word) => {
			const w = word.toLowerCase();
			return entries.get(w)?.curated || curatedFormSet.has(w) ? undefined : senses.get(w);
		},
		multiword: (expression) => multiwords.get(expression.toLowerCase()),
		acronym: (written) => acronyms.get(written) ?? headOf(written, acronyms),
		longestMultiword,
		dictionary,
		size: entries.size
	};
}
