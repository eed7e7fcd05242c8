import type { ParamMatcher } from '@sveltejs/kit';

/** A root as the stemmer writes it: lower-case letters, possibly hyphenated (kupu-kupu); or a multiword
 * unit's lemma, its words joined by single spaces (rumah sakit). */
export const match: ParamMatcher = (param) =>
	/^\p{Ll}+(?:[- ]\p{Ll}+)*$/u.test(param) && param.length <= 60;
