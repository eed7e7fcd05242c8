/**
 * Security headers: a strict Content-Security-Policy on every page (scripts only from us, with
 * SvelteKit's start-up script allowed by a nonce), the other headers on static files too, and a
 * page that still hydrates and works under the policy with no violation reported.
 */
import { expect, test } from '../support/fixtures';
import { open, shippedArticle, violationsOf } from '../support/e2e';

const pages = ['/', '/login', '/register', `/articles/${shippedArticle.slug}`];

test('every page has a strict Content-Security-Policy', async ({ request }) => {
	for (const path of pages) {
		const response = await request.get(path);
		const csp = response.headers()['content-security-policy'] ?? '';
		expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
		expect(csp, path).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
		expect(csp, path).toContain("frame-ancestors 'none'");
		expect(csp, path).toContain("object-src 'none'");
		// the nonce in the header is the one on the page's inline script
		const nonce = /'nonce-([^']+)'/.exec(csp)![1];
		expect(await response.text(), path).toContain(`nonce="${nonce}"`);
	}
});

test('static files carry the security headers too', async ({ request }) => {
	const response = await request.get('/favicon.svg');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('same-origin');
});

test('the reader hydrates and works under the policy, with no violation reported', async ({
	page,
	javaScriptEnabled
}) => {
	test.skip(!javaScriptEnabled, 'needs JavaScript');
	const violations = violationsOf(page);
	await open(page, `/articles/${shippedArticle.slug}`);
	// a client-side panel opening proves hydration ran (SvelteKit's nonce script was allowed)
	await page.getByRole('link', { name: 'menghukum', exact: true }).click();
	const panel = page.getByRole('complementary', { name: 'Word details' });
	await expect(panel.getByRole('heading', { name: 'menghukum' })).toBeVisible();
	await open(page, '/login');
	expect(violations).toEqual([]);
});
