import type { ParamMatcher } from '@sveltejs/kit';

/** A row id: a positive integer that fits PostgreSQL's `integer`, without leading zeros. */
export const match: ParamMatcher = (param) =>
	/^[1-9][0-9]{0,9}$/.test(param) && Number(param) <= 2_147_483_647;
