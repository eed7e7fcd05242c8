import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const origin = 'http://localhost:3000';

describe('safeReturnPath', () => {
	it.each([
		['/classes?code=AB12', '/classes?code=AB12'],
		['/articles/putin-terima/quiz', '/articles/putin-terima/quiz'],
		['/teacher/classes/3?tab=2#students', '/teacher/classes/3?tab=2#students'],
		['/a/./b/../c', '/a/c'],
		['/../../classes', '/classes'],
		['/%2e%2e/classes', '/classes'],
		['/caf%C3%A9', '/caf%C3%A9'],
		['/search?q=//evil.example', '/search?q=//evil.example'],
		['/', '/']
	])('keeps the same-site path %j as %j', (input, expected) => {
		expect(safeReturnPath(input, origin)).toBe(expected);
	});

	it.each([
		'//evil.example',
		'///evil.example',
		'/.//evil.example',
		'/..//evil.example',
		'/././/evil.example',
		'/%2e//evil.example',
		'/%2E%2E//evil.example',
		'/a/..//evil.example',
		'/\\evil.example',
		'/\\/evil.example',
		'\\\\evil.example',
		'/%5c%5cevil.example/..//x',
		'https://evil.example/',
		'http://localhost:3000.evil.example/',
		'HTTP://evil.example',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'evil.example',
		'@evil.example',
		' /classes',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/ /evil.example',
		'/\u0000/evil.example',
		'/\u001f/evil.example',
		'/\u007f/evil.example',
		'/\u2028/evil.example',
		'/\ufeff/evil.example',
		'',
		'?redirect=1',
		'#top',
		'/' + 'a'.repeat(3000)
	])('sends %j to /', (input) => {
		expect(safeReturnPath(input, origin)).toBe('/');
	});

	it.each([null, undefined, 42, ['/classes'], { toString: () => '/classes' }])(
		'sends the non-string %j to /',
		(input) => {
			expect(safeReturnPath(input, origin)).toBe('/');
		}
	);

	it('never produces a Location a browser could read as another site', () => {
		for (const prefix of ['/', '/.', '/..', '/%2e', '/%2e%2e', '/x/..', '/%2F']) {
			for (const tail of [
				'/evil.example',
				'//evil.example',
				'\\evil.example',
				'/%2fevil.example'
			]) {
				const out = safeReturnPath(prefix + tail, origin);
				expect(new URL(out, origin).origin, prefix + tail).toBe(origin);
				expect(out.startsWith('//'), prefix + tail).toBe(false);
			}
		}
	});
});
