/**
 * Word status codes as the reader marks words: k known, i ignored, l1…l4 learning by stage; a new
 * word has none. Its own small module because the reader's first load needs only this; the
 * known-share arithmetic loads with the word panel.
 */
export type StatusCode = 'k' | 'i' | 'l1' | 'l2' | 'l3' | 'l4';

/**
 * Reads the reader's per-card status string (one character per card: `.` none, `k`, `i`, or the
 * learning stage `1`…`4`; see `words.forReader` on the server) into root → code.
 */
export function decodeStatuses(
	codes: string,
	roots: (string | null)[]
): Record<string, StatusCode | undefined> {
	const statuses: Record<string, StatusCode | undefined> = {};
	for (let i = 0; i < codes.length; i++) {
		const root = roots[i];
		const c = codes[i];
		if (root !== null && root !== undefined && c !== '.')
			statuses[root] = (c === 'k' || c === 'i' ? c : `l${c}`) as StatusCode;
	}
	return statuses;
}
