import type { ParamMatcher } from '@sveltejs/kit';

/** A question's base id: a generated id (14 base-36 characters) or a teacher's (`c` + 14 hex digits). */
export const match: ParamMatcher = (param) => /^[a-z0-9]{6,40}$/.test(param);
