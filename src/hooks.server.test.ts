import { describe, expect, it } from 'vitest';
import { inLocale } from '../tests/support/locale';
import { handleError } from './hooks.server';

const refused = (status: number, message: string) =>
	handleError({
		error: new Error(message),
		event: { request: new Request('http://localhost/'), url: new URL('http://localhost/') },
		status,
		message
	} as never);

describe('handleError', () => {
	it('says the requests SvelteKit refuses itself in the interface language', () => {
		const method = 'POST method not allowed. No form actions exist for this page';
		expect(refused(405, method)).toEqual({
			message: 'This page does not take that kind of request. Reload the page and try again.'
		});
		expect(inLocale('id', () => refused(405, method))).toEqual({
			message:
				'Halaman ini tidak menerima permintaan seperti itu. Muat ulang halaman, lalu coba lagi.'
		});
		expect(inLocale('id', () => refused(404, 'Not Found'))).toEqual({
			message: 'Kami tidak dapat menemukan halaman itu.'
		});
	});
});
