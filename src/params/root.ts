import type { ParamMatcher } from '@sveltejs/kit';

/** A root as the stemmer writes it: lower-case letters, possibly hyphenated (kupu-kupu). */
export const match: ParamMatcher = (param) =>
	/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(param) && param.length <= 40;
