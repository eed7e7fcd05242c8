/**
 * The language core writes its line on each affix in English (src/lib/text/affixes.ts, kept
 * language-neutral in every other way); the reader's panel and the word page show it in the
 * interface language. This table gives each affix of the core's catalogue its message: the
 * English one says exactly what the core says (affix-notes.test.ts checks it), the Indonesian one
 * says the same for a reader of Indonesian. Runs on the server (the cards and the word page).
 */
import { m } from '$lib/paraglide/messages';

const notes: Record<string, () => string> = {
	'meN-': m.affix_prefix_men,
	'di-': m.affix_prefix_di,
	'ber-': m.affix_prefix_ber,
	'ter-': m.affix_prefix_ter,
	'ke-': m.affix_prefix_ke,
	'se-': m.affix_prefix_se,
	'per-': m.affix_prefix_per,
	'peN-': m.affix_prefix_pen,
	'memper-': m.affix_prefix_memper,
	'diper-': m.affix_prefix_diper,
	'-kan': m.affix_suffix_kan,
	'-i': m.affix_suffix_i,
	'-an': m.affix_suffix_an,
	'-is': m.affix_suffix_is,
	'-isme': m.affix_suffix_isme,
	'-isasi': m.affix_suffix_isasi,
	'ke-…-an': m.affix_confix_ke_an,
	'peN-…-an': m.affix_confix_pen_an,
	'per-…-an': m.affix_confix_per_an,
	'ber-…-an': m.affix_confix_ber_an,
	'se-…-nya': m.affix_confix_se_nya,
	'-ku': m.affix_clitic_ku,
	'-mu': m.affix_clitic_mu,
	'-nya': m.affix_clitic_nya,
	'di (joined)': m.affix_joined_di,
	'ke (joined)': m.affix_joined_ke,
	'ku-': m.affix_proclitic_ku,
	'kau-': m.affix_proclitic_kau,
	'-lah': m.affix_particle_lah,
	'-kah': m.affix_particle_kah,
	'-tah': m.affix_particle_tah,
	'-pun': m.affix_particle_pun,
	'-el-': m.affix_infix_el,
	'-em-': m.affix_infix_em,
	'-er-': m.affix_infix_er,
	'-in-': m.affix_infix_in,
	reduplication: m.affix_reduplication,
	'partial reduplication': m.affix_partial_reduplication
};

/** The affixes this table knows, for the test that holds it to the core's catalogue. */
export const affixesWithNotes = Object.keys(notes);

/** `{ affix: note }` from the core, in the interface language (an affix unknown here keeps its note). */
export function affixNotesIn(coreNotes: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(coreNotes).map(([affix, note]) => [affix, notes[affix]?.() ?? note])
	);
}
