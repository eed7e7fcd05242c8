import type { ParamMatcher } from '@sveltejs/kit';

/** Article slugs: lower-case words joined by hyphens, as the shipped file names and the importer make them. */
export const match: ParamMatcher = (param) =>
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) && param.length <= 120;
