/**
 * Parses of request header values, kept: browsers send a handful of distinct Accept-Encoding and
 * Accept-Language values, so on a busy page nearly every request repeats one already parsed. The
 * map is emptied when full rather than ordered by use: a client that sends a new value on every
 * request costs a parse each, as without the memo, and never more than `limit` entries.
 */
export function memoByHeader<T>(parse: (value: string) => T, limit = 256): (value: string) => T {
	const parsed = new Map<string, T>();
	return (value) => {
		if (parsed.has(value)) return parsed.get(value) as T;
		const result = parse(value);
		if (parsed.size >= limit) parsed.clear();
		parsed.set(value, result);
		return result;
	};
}
