/**
 * Affix catalogue: the canonical learner name of every Indonesian affix the stemmer strips,
 * its kind, and one line a learner can read. Kept apart from the stemmer so the wording can
 * be edited (or translated) without touching the algorithm.
 */
import type { Affix, AffixKind } from './types';

interface AffixInfo {
	kind: AffixKind;
	explanation: string;
}

export const affixCatalogue: Record<string, AffixInfo> = {
	'meN-': {
		kind: 'prefix',
		explanation:
			'meN-: makes an active verb; the N changes with the next sound (mem-, men-, meng-, meny-, menge-) and k/p/t/s drop'
	},
	'di-': { kind: 'prefix', explanation: 'di-: makes a passive verb ("is/was …-ed")' },
	'ke (joined)': {
		kind: 'clitic',
		explanation:
			'ke (joined): the preposition "to" written onto a place or direction word (standard spelling keeps it apart: ke kanan, ke pasar)'
	},
	'di (joined)': {
		kind: 'clitic',
		explanation:
			'di (joined): the preposition "in, at" written onto a place or time word (standard spelling keeps it apart: di sini, di pasar)'
	},
	'ber-': {
		kind: 'prefix',
		explanation:
			'ber-: intransitive verb: to have, to wear or to do the root (be-, bel- before some roots)'
	},
	'ter-': {
		kind: 'prefix',
		explanation: 'ter-: an accidental or resulting state ("got …-ed"), or the superlative "most …"'
	},
	'ke-': {
		kind: 'prefix',
		explanation: 'ke-: ordinal or group with numbers (kedua "second, both"); "to" a place'
	},
	'se-': {
		kind: 'prefix',
		explanation: 'se-: "one", "the same …" or "as … as" (sebuah "one", setinggi "as high as")'
	},
	'per-': {
		kind: 'prefix',
		explanation: 'per-: makes a causative stem, "make more …" (perbesar "enlarge")'
	},
	'peN-': {
		kind: 'prefix',
		explanation:
			'peN-: a person or tool that does the action (pembaca "reader"); sound changes as with meN-'
	},
	'memper-': {
		kind: 'prefix',
		explanation: 'memper-: active verb "make (more) …" or "treat as …" (memperbaiki "repair")'
	},
	'diper-': { kind: 'prefix', explanation: 'diper-: passive of memper- ("was made more …")' },
	'-kan': {
		kind: 'suffix',
		explanation:
			'-kan: makes the verb transitive, often causative ("make/cause …") or "for someone"'
	},
	'-i': {
		kind: 'suffix',
		explanation:
			'-i: verb acting on a place or object, or repeatedly (datangi "visit", lewati "pass")'
	},
	'-an': {
		kind: 'suffix',
		explanation: '-an: makes a noun: the result or thing of the action (makanan "food")'
	},
	'-is': { kind: 'suffix', explanation: '-is: borrowed "-ist/-istic" (idealis "idealist")' },
	'-isme': { kind: 'suffix', explanation: '-isme: borrowed "-ism" (idealisme "idealism")' },
	'-isasi': {
		kind: 'suffix',
		explanation: '-isasi: borrowed "-isation" (finalisasi "finalisation")'
	},
	'ke-…-an': {
		kind: 'confix',
		explanation:
			'ke-…-an: abstract noun, state or place (kesepakatan "agreement"); or "suffering from"'
	},
	'peN-…-an': {
		kind: 'confix',
		explanation: 'peN-…-an: noun for the process or act of the verb (pembangunan "development")'
	},
	'per-…-an': {
		kind: 'confix',
		explanation: 'per-…-an: noun for the matter, place or result (perumahan "housing")'
	},
	'ber-…-an': {
		kind: 'confix',
		explanation: 'ber-…-an: many doing it together or all over (bertebaran "scattered about")'
	},
	'se-…-nya': {
		kind: 'confix',
		explanation: 'se-…-nya: adverb "as … as possible" or "…-ly" (secepatnya "as soon as possible")'
	},
	'-ku': { kind: 'clitic', explanation: '-ku: "my" (or "me" after a verb)' },
	'-mu': { kind: 'clitic', explanation: '-mu: "your" (or "you" after a verb)' },
	'-nya': {
		kind: 'clitic',
		explanation: '-nya: "his/her/its/their", or "the" for something already known'
	},
	'ku-': { kind: 'clitic', explanation: 'ku-: "I" doing the action (kupukul "I hit")' },
	'kau-': { kind: 'clitic', explanation: 'kau-: "you" doing the action (kauambil "you take")' },
	'-lah': {
		kind: 'particle',
		explanation: '-lah: softens a command or stresses the word ("do …", "it is … that")'
	},
	'-kah': { kind: 'particle', explanation: '-kah: marks the word a question is about' },
	'-tah': { kind: 'particle', explanation: '-tah: old-fashioned question particle ("I wonder")' },
	'-pun': {
		kind: 'particle',
		explanation: '-pun: "even", "also", or "-ever" (siapapun "whoever")'
	},
	'-el-': { kind: 'infix', explanation: '-el-: old infix inside the root (telunjuk from tunjuk)' },
	'-em-': { kind: 'infix', explanation: '-em-: old infix inside the root (gemetar from getar)' },
	'-er-': { kind: 'infix', explanation: '-er-: old infix inside the root (gerigi from gigi)' },
	'-in-': { kind: 'infix', explanation: '-in-: old infix inside the root (kinerja from kerja)' },
	reduplication: {
		kind: 'reduplication',
		explanation: 'reduplication: plural, variety or repeated action (negara-negara "countries")'
	},
	'partial reduplication': {
		kind: 'reduplication',
		explanation: 'partial reduplication: the first syllable repeated with e (lelaki, rerata)'
	}
};

export function makeAffix(form: string, surface?: string): Affix {
	const info = affixCatalogue[form];
	const affix: Affix = { form, kind: info.kind, explanation: info.explanation };
	if (surface && surface !== form) affix.surface = surface;
	return affix;
}
