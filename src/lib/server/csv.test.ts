import { describe, expect, it } from 'vitest';
import { csvCell, csvResponse, toCsv } from './csv';

describe('CSV', () => {
	it('quotes what needs quoting and doubles quotes', () => {
		expect(csvCell('Sari')).toBe('Sari');
		expect(csvCell('Dewi, Sari')).toBe('"Dewi, Sari"');
		expect(csvCell('kata "dasar"')).toBe('"kata ""dasar"""');
		expect(csvCell('dua\nbaris')).toBe('"dua\nbaris"');
		expect(csvCell(null)).toBe('');
		expect(csvCell(75)).toBe('75');
		expect(csvCell(true)).toBe('true');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		for (const attack of [
			'=1+1',
			'+628123',
			'-2+3',
			'@SUM(A1)',
			'=HYPERLINK("http://evil.example","x")',
			'\t=1',
			'\r=1'
		]) {
			const cell = csvCell(attack);
			expect(cell.replace(/^"/, '').startsWith("'"), attack).toBe(true);
		}
		expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
		expect(csvCell('meN- + -kan')).toBe('meN- + -kan'); // only the first character counts
		expect(csvCell(-1)).toBe('-1'); // our own numbers stay numbers
	});

	it('writes a BOM, a header and CRLF rows, and downloads as an attachment', async () => {
		const text = toCsv(
			['Student', 'Score'],
			[
				['Sari', 75],
				['=cmd', '']
			]
		);
		expect(text).toBe("\uFEFFStudent,Score\r\nSari,75\r\n'=cmd,\r\n");
		const response = csvResponse(text, 'class 1/roster.csv');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="class_1_roster.csv"'
		);
		expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)]).toEqual([
			0xef, 0xbb, 0xbf, 0x53
		]); // BOM, then 'S'
	});
});
