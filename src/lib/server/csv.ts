/**
 * CSV for spreadsheets (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads the accents.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, which some strip first) as a formula, and student names, answers and imported titles
 * are typed by people. Such cells get a leading apostrophe, OWASP's advice, so they show as text.
 * Numbers we write ourselves stay numbers (a negative score cannot occur).
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text =
		typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
	if (typeof value !== 'number' && formulaStart.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
	header: string[],
	rows: (string | number | boolean | null | undefined)[][]
): string {
	return (
		'\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
	);
}

/** A download response; `filename` is ASCII-safe already (we build it from ids and dates). */
export function csvResponse(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
			'cache-control': 'private, no-store'
		}
	});
}
