import { describe, expect, it } from 'vitest';
import { unavailablePage } from './unavailable';

describe('unavailablePage', () => {
	it('says to try again, in the language it is given, and is never cached', async () => {
		const english = unavailablePage('en');
		expect(english.status).toBe(503);
		expect(english.headers.get('retry-after')).toBe('5');
		expect(english.headers.get('cache-control')).toBe('no-store');
		expect(await english.text()).toMatch(/<html lang="en">.*<h1>Try again in a moment<\/h1>/s);

		const indonesian = unavailablePage('id');
		expect(indonesian.headers.get('content-language')).toBe('id');
		const html = await indonesian.text();
		expect(html).toContain('<html lang="id">');
		expect(html).toContain('<h1>Coba lagi sebentar lagi</h1>');
		expect(html).toContain('Muat ulang halaman');
		expect(html).not.toMatch(/Try again|Reload/);
	});
});
